"""The polymorphic multiobject variant (a link table). The multiobject type hands out the instance at the end from
its `variant_for()`."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from ....choices import CustomObjectFieldTypeChoices
from ....constants import through_table_name
from ...base import FormMode
from ...common import serializer_kwargs
from ...held import BATCH_SIZE as HELD_BATCH_SIZE
from ..link_tables import link_table_ops
from ..pending_links import pending_links
from .links import PolymorphicLinksDescriptor, build_link_model
from .references import (
    allowed_content_types,
    content_type_from,
    object_link,
    type_label,
)
from .surfaces import (
    PolymorphicLinksColumn,
    PolymorphicMultiObjectSerializerField,
)
from .types import PolymorphicFieldType

__all__ = (
    'PolymorphicMultiObjectFieldType',
    'polymorphic_multiobject_type',
)


class PolymorphicMultiObjectFieldType(PolymorphicFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_MULTIOBJECT
    many = True

    # Model

    def model_fields(self, field, resolve_model):
        link_model = build_link_model(field, apps=getattr(resolve_model, 'apps', None))
        return {field.name: PolymorphicLinksDescriptor(field, link_model)}

    def db_identifiers(self, field):
        return field.name, through_table_name(field.custom_object_type_id, field.name)

    def prefetch_related(self, field):
        return (field.name,)

    @staticmethod
    def link_model(model, field):
        return model.__dict__[field.name].link_model

    def insert_links(self, field, instance, objects, using):
        getattr(instance, field.name).insert_new(objects, using)

    # DDL

    def schema_ops(self, table, old, new, resolve_model):
        return link_table_ops(table, old, new, None)

    # Values

    def instance_value(self, field, instance):
        return getattr(instance, field.name)

    def clean_instance(self, field, instance):
        assigned, value = pending_links(instance, field.name)
        if assigned:
            try:
                self.validate_value(field, value or [])
            except ValidationError as e:
                return {field.name: e.messages[0]}
            empty = not value
        else:
            empty = instance.pk is None or not getattr(instance, field.name).exists()
        return {field.name: _('This field is required.')} if field.required and empty else {}

    def display_value(self, field, value):
        return '' if value is None else ', '.join(str(obj) for obj in value.all())

    def render_html(self, field, value):
        if value is None:
            return ''
        return format_html_join(', ', '{}', ((object_link(obj),) for obj in value.all()))

    def restore_values(self, field, model, values, using):
        """Link rows written directly: the allowed types of a re-created field are set after its row is saved."""
        link_model = self.link_model(model, field)
        rows = []
        for pk, entry in values.items():
            for reference in entry.get(field.name) or ():
                content_type = content_type_from(reference)
                rows.append(link_model(source_id=int(pk), content_type=content_type, object_id=reference['object_id']))
        link_model.objects.using(using).bulk_create(rows, ignore_conflicts=True)

    def held_values(self, field, model, using):
        """The links of every object, as serialize_value() gives them, read from the link table in one stream."""
        held = {}
        rows = (self.link_model(model, field).objects.using(using)
                .order_by('source_id', 'content_type_id', 'object_id')
                .values_list('source_id', 'content_type_id', 'object_id'))
        for source_id, content_type_id, object_id in rows.iterator(chunk_size=HELD_BATCH_SIZE):
            try:
                label = type_label(ContentType.objects.get_for_id(content_type_id))
            except ContentType.DoesNotExist:
                continue
            references = held.setdefault(str(source_id), {}).setdefault(field.name, [])
            references.append({'content_type': label, 'object_id': object_id})
        return held

    def serialize_value(self, field, instance):
        """`[{"content_type": "app.model", "object_id": id}, ...]`, sorted, read from the database."""
        if instance.pk is None:
            return []
        links = []
        for content_type_id, object_id in sorted(getattr(instance, field.name).keys()):
            try:
                label = type_label(ContentType.objects.get_for_id(content_type_id))
            except ContentType.DoesNotExist:
                continue
            links.append({'content_type': label, 'object_id': object_id})
        return links

    def detach(self, field, model, target, using):
        """Unlink `target` (being deleted) from `model`'s objects, change-logged as NetBox does for M2M."""
        content_type = ContentType.objects.db_manager(using).get_for_model(target)
        links = self.link_model(model, field).objects.using(using).filter(
            content_type_id=content_type.pk, object_id=target.pk)
        for obj in model.objects.using(using).filter(pk__in=links.values('source_id')):
            if hasattr(obj, 'snapshot'):
                obj.snapshot()
            getattr(obj, field.name).remove((content_type.pk, target.pk))

    # Forms

    def form_initial(self, field, instance):
        if instance.pk is None:
            return {}
        initial = {}
        for obj in getattr(instance, field.name).all():
            initial.setdefault(self.form_name(field, ContentType.objects.get_for_model(obj)), []).append(obj.pk)
        return initial

    def form_clean(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        if mode is not FormMode.EDIT:
            return {}
        chosen = self._chosen(field, cleaned_data)
        if field.required and not chosen:
            return {self.form_name(field, ct): _('This field is required.') for ct in allowed_content_types(field)[:1]}
        # Assigned now, so that validating the instance (its required check) sees the choice of a new object; the
        # links are written when the instance is saved.
        setattr(instance, field.name, [obj for objects in chosen.values() for obj in objects])
        return {}

    def form_save(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        chosen = [obj for objects in self._chosen(field, cleaned_data).values() for obj in objects]
        if chosen or mode is FormMode.EDIT:
            getattr(instance, field.name).set(chosen)

    # API, filters, tables

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        kwargs['allow_null'] = True  # null unlinks everything, as for multiobject fields
        return {field.name: PolymorphicMultiObjectSerializerField(
            field=field, nested_serializer_for=nested_serializer_for, **kwargs)}

    def filter_match(self, field, model):
        link_model = self.link_model(model, field)

        def match(qs, content_type_id, object_ids):
            links = link_model.objects.filter(content_type_id=content_type_id, object_id__in=object_ids)
            return qs.filter(pk__in=links.values('source_id'))
        return match

    def table_columns(self, field):
        return {field.name: PolymorphicLinksColumn(verbose_name=field.verbose_name)}


polymorphic_multiobject_type = PolymorphicMultiObjectFieldType()
