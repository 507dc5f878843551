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
from ...constants import APP_LABEL, model_name, through_model_name, through_table_name
from ..base import FieldType, FormMode
from ..common import filter_disabled, finish_form_field, form_required, serializer_kwargs
from ..registry import register
from .branch_links import IsolatedLinksDescriptor
from .polymorphic import polymorphic_multiobject_type
from .rules import (
    SingleTargetLinks,
    link_table_ops,
    offers_quick_add,
    relation_definition_errors,
    target_model,
    target_table,
)

__all__ = (
    'MultiObjectFieldType',
    'build_through_model',
)


def build_through_model(field, target, apps=None):
    """The through model of `field` (target: a model class or 'self'), registered in `apps` (Django's when None).

    Marked auto_created so that it stays out of `get_models()` lists and admin-like listings, as Django's own
    implicit through models do."""
    owner = f'{APP_LABEL}.{model_name(field.custom_object_type_id)}'
    meta = {
        'app_label': APP_LABEL,
        'db_table': through_table_name(field.custom_object_type_id, field.name),
        'managed': False,
        'auto_created': True,
        'unique_together': (('source', 'target'),),
    }
    if apps is not None:
        meta['apps'] = apps
    attrs = {
        '__module__': f'{APP_LABEL}.dynamic_models.generated',
        'Meta': type('Meta', (), meta),
        'source': models.ForeignKey(owner, on_delete=models.CASCADE, related_name='+', db_constraint=False),
        'target': models.ForeignKey(
            owner if target == 'self' else target, on_delete=models.CASCADE, related_name='+', db_constraint=False
        ),
    }
    return type(through_model_name(field.custom_object_type_id, field.name), (models.Model,), attrs)


@register
class MultiObjectFieldType(SingleTargetLinks, FieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MULTIOBJECT
    many = True
    options = frozenset({'related_object_type', 'is_polymorphic', 'related_object_filter', 'related_name'})
    supports_unique = False

    def variant_for(self, field):
        return polymorphic_multiobject_type if field.is_polymorphic else self

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

    def _target(self, model, field):
        return model._meta.get_field(field.name).related_model

    def form_fields(self, field, mode, model):
        queryset = self._target(model, field).objects.all()
        required = form_required(field, mode)
        if mode is FormMode.IMPORT:
            form_field = CSVModelMultipleChoiceField(queryset=queryset, required=required, to_field_name='pk')
        else:
            form_field = DynamicModelMultipleChoiceField(
                queryset=queryset, required=required,
                initial=field.default if mode is FormMode.EDIT else None,
                query_params=field.related_object_filter or {}, selector=mode is not FormMode.FILTER,
                quick_add=offers_quick_add(queryset.model, mode),
            )
        return {field.name: finish_form_field(form_field, field, mode)}

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        kwargs.pop('allow_null', None)
        return {field.name: nested_serializer_for(self._target(model, field), many=True, **kwargs)}

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        target = self._target(model, field)
        return {
            field.name: django_filters.ModelMultipleChoiceFilter(
                field_name=field.name, queryset=target.objects.all(), label=field.verbose_name
            ),
            f'{field.name}_id': django_filters.ModelMultipleChoiceFilter(
                field_name=field.name, queryset=target.objects.all(), label=field.verbose_name
            ),
        }

    def table_columns(self, field):
        return {field.name: columns.ManyToManyColumn(verbose_name=field.verbose_name, linkify_item=True)}

    def graphql_fields(self, field, model, graphql):
        return {field.name: graphql.relation(self._target(model, field), many=True)}

