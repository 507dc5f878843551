"""The multiobject type: a many-to-many link to objects of a NetBox model or a custom object type.

Links live in a through table `custom_objects_<type id>_<field name>` (source_id, target_id), modelled as a real
Django ManyToManyField with an explicit through model: Django's related managers then send `m2m_changed` for
add/remove/set/clear (NetBox's change log), and netbox-branching's provisioning copies the table because it is a
`local_many_to_many` of a branchable model.
"""

import django_filters
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from netbox.tables import columns
from utilities.forms.fields import CSVModelMultipleChoiceField, DynamicModelMultipleChoiceField

from ...choices import CustomObjectFieldTypeChoices
from ...constants import through_table_name
from ..registry import register
from .branch_links import IsolatedLinksDescriptor
from .link_tables import build_through_model, link_table_ops
from .polymorphic import polymorphic_multiobject_type
from .relation_type import RelationFieldType, target_model, target_table
from .rules import relation_definition_errors

__all__ = (
    'MultiObjectFieldType',
)


@register
class MultiObjectFieldType(RelationFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MULTIOBJECT
    many = True
    options = frozenset({'related_object_type', 'is_polymorphic', 'related_object_filter', 'related_name'})
    supports_unique = False
    import_field_class = CSVModelMultipleChoiceField
    picker_class = DynamicModelMultipleChoiceField
    polymorphic_variant = polymorphic_multiobject_type

    def definition_errors(self, field):
        return relation_definition_errors(field, _('Multi-object fields need a related object type.'))

    def validate_value(self, field, value):
        if not isinstance(value, list) or not all(isinstance(v, int) for v in value):
            raise ValidationError(_('A list of object ids is expected.'))

    # Model

    def model_fields(self, field, resolve_model):
        target = target_model(field, resolve_model)
        through = build_through_model(field, target, apps=getattr(resolve_model, 'apps', None))
        return {field.name: models.ManyToManyField(
            to=target,
            through=through,
            through_fields=('source', 'target'),
            symmetrical=False,  # links to the own type are one-way, like links to any other type
            related_name=field.related_name or '+',
            blank=not field.required,
            verbose_name=field.verbose_name,
        )}

    def db_identifiers(self, field):
        return field.name, through_table_name(field.custom_object_type_id, field.name)

    def reverse_accessor(self, field):
        return field.related_name or None

    def finish_model(self, field, model, isolated):
        if isolated:
            setattr(model, field.name, IsolatedLinksDescriptor(model._meta.get_field(field.name)))

    def prefetch_related(self, field):
        return (field.name,)

    def insert_links(self, field, instance, objects, using):
        through = type(instance)._meta.get_field(field.name).remote_field.through
        target_ids = dict.fromkeys(getattr(obj, 'pk', obj) for obj in objects)
        through.objects.using(using).bulk_create([through(source_id=instance.pk, target_id=pk) for pk in target_ids])

    # DDL

    def schema_ops(self, table, old, new, resolve_model):
        return link_table_ops(table, old, new, target_table(new, table, resolve_model) if old is None else None)

    # Values

    def display_value(self, field, value):
        if value is None:
            return ''
        return ', '.join(str(obj) for obj in value.all())

    def render_html(self, field, value):
        if value is None:
            return ''
        return format_html_join(', ', '<a href="{}">{}</a>', ((o.get_absolute_url(), o) for o in value.all()))

    # Surfaces

    def nested_serializer_kwargs(self, field):
        kwargs = super().nested_serializer_kwargs(field)
        kwargs.pop('allow_null', None)
        return {**kwargs, 'many': True}

    def id_filters(self, field, target):
        return {
            f'{field.name}_id': django_filters.ModelMultipleChoiceFilter(
                field_name=field.name, queryset=target.objects.all(), label=field.verbose_name
            ),
        }

    def table_columns(self, field):
        return {field.name: columns.ManyToManyColumn(verbose_name=field.verbose_name, linkify_item=True)}
