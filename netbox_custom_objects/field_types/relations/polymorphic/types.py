"""The shared base of the polymorphic variants, and the polymorphic object variant (a generic foreign key in two
columns). The object type hands out the instance at the end from its `variant_for()`; the multiobject variant is in
`multi_types`."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from utilities.filters import MultiValueNumberFilter
from utilities.forms.fields import DynamicModelChoiceField, DynamicModelMultipleChoiceField

from ....choices import CustomObjectFieldTypeChoices, ObjectFieldOnDeleteChoices
from ....ddl import AddColumn, AlterColumn, CreateIndex, DropColumn, RenameIndex
from ....ddl.naming import safe_identifier
from ...base import FieldType, FormMode
from ...common import filter_disabled, finish_form_field, serializer_kwargs
from ..relation_type import offers_quick_add
from ..rules import (
    cycle_error,
    polymorphic_related_name_error,
    referred_type_ids,
    related_filter_error,
    related_name_format_error,
)
from .references import (
    allowed_content_types,
    allowed_targets,
    object_link,
    reference_key,
    refuse_disallowed,
    type_verbose_name,
)
from .surfaces import (
    PolymorphicObjectColumn,
    PolymorphicObjectSerializerField,
    TargetMatch,
)

__all__ = (
    'PolymorphicFieldType',
    'PolymorphicObjectFieldType',
    'polymorphic_object_type',
)


class PolymorphicFieldType(FieldType):
    """What both variants share: definition rules, per-type form fields and filters, display."""
    options = frozenset({'is_polymorphic', 'related_object_filter', 'related_name'})
    supports_unique = False
    supports_default = False
    stores_unused_default = True  # (as upstream: a default reference is never applied to new objects)
    supports_primary = False

    # Definition

    def definition_errors(self, field):
        errors = {}
        if field.related_object_type_id:
            errors['related_object_type'] = _(
                'Polymorphic fields take their types from related object types, not related object type.')
        if error := related_filter_error(field.related_object_filter):
            errors['related_object_filter'] = error
        if error := related_name_format_error(field.related_name):
            errors['related_name'] = error
        # Targets are not tied by a foreign key: a deleted target is always detached (set null).
        field.on_delete_behavior = ObjectFieldOnDeleteChoices.SET_NULL
        stored = field.stored_row()
        if stored is not None:  # (a replayed CREATE carries its pk before its row exists)
            if stored.name != field.name:
                errors['name'] = _('Polymorphic fields cannot be renamed.')
            # The types are set after the row is first saved, so an existing row must have them.
            if not field.related_object_types.exists():
                errors['related_object_types'] = _('Polymorphic fields need at least one related object type.')
            elif error := cycle_error(field, referred_type_ids(field)):
                errors['related_object_types'] = error
            elif error := polymorphic_related_name_error(field, list(field.related_object_types.all())):
                errors.setdefault('related_name', error)
        return errors

    # Cloning: NetBox clones a generic foreign key under names its own form takes; ours has a picker per type.

    def clone_attributes(self, field):
        return ()

    def clone_values(self, field, instance):
        return self.form_initial(field, instance)

    def validate_value(self, field, value):
        """Objects (or references) of the allowed types only."""
        if value is None:
            return
        if self.many and not isinstance(value, (list, tuple)):
            raise ValidationError(_('A list of objects is expected.'))
        try:
            keys = [reference_key(v) for v in (value if self.many else [value])]
        except (TypeError, ValueError) as e:
            raise ValidationError(str(e)) from None
        refuse_disallowed(field, {ct for ct, _ in keys})

    # Forms

    def form_name(self, field, content_type):
        return f'{field.name}__{content_type.app_label}_{content_type.model}'

    def form_fields(self, field, mode, model):
        if mode is FormMode.IMPORT:
            return {}
        form_fields = {}
        for content_type, target in allowed_targets(field):
            queryset = target.objects.all()
            if mode is FormMode.FILTER:
                name = self.filter_name(field, content_type)
                form_field = DynamicModelMultipleChoiceField(queryset=queryset, required=False)
            else:
                name = self.form_name(field, content_type)
                picker = DynamicModelMultipleChoiceField if self.many else DynamicModelChoiceField
                form_field = picker(
                    queryset=queryset, required=False, query_params=field.related_object_filter or {}, selector=True,
                    quick_add=offers_quick_add(target, mode),
                )
            finish_form_field(form_field, field, mode)
            form_field.label = f'{field.verbose_name} ({capfirst(target._meta.verbose_name)})'
            form_fields[name] = form_field
        return form_fields

    def _chosen(self, field, cleaned_data):
        """{form field name: chosen objects} of the per-type pickers that hold a value."""
        chosen = {}
        for content_type in allowed_content_types(field):
            name = self.form_name(field, content_type)
            value = cleaned_data.get(name)
            values = list(value) if self.many and value is not None else [value]
            if any(v is not None for v in values):
                chosen[name] = [v for v in values if v is not None]
        return chosen

    # Filters

    def filter_name(self, field, content_type):
        return f'{field.name}_{content_type.app_label}_{content_type.model}'

    def filters(self, field, model):
        if filter_disabled(field):
            return {}
        return {
            self.filter_name(field, ct): MultiValueNumberFilter(
                method=TargetMatch((ct.app_label, ct.model), self.filter_match(field, model)),
                field_name=self.filter_name(field, ct), label=f'{field.verbose_name} ({type_verbose_name(ct)})',
                distinct=False,
            )
            for ct in allowed_content_types(field)
        }

    def filter_match(self, field, model):
        raise NotImplementedError

    # Links

    def reverse_accessor(self, field):
        # (put on the targets by dynamic_models/reverse_accessors.py)
        return field.related_name or None

    def target_labels(self, field):
        return tuple(field.related_object_types)

    def referring(self, field, model, queryset, target):
        content_type = ContentType.objects.get_for_model(target)
        return self.filter_match(field, model)(queryset, content_type.pk, [target.pk])

    def graphql_fields(self, field, model, graphql):
        filters = {self.filter_name(field, ct): (ct.pk, self.filter_match(field, model))
                   for ct in allowed_content_types(field)}
        targets = [target for _, target in allowed_targets(field)]
        return {field.name: graphql.polymorphic(targets, many=self.many, filters=filters)}


class PolymorphicObjectFieldType(PolymorphicFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_OBJECT

    @staticmethod
    def columns(field):
        """Model field names: (content type foreign key, object id)."""
        return f'{field.name}_content_type', f'{field.name}_object_id'

    @staticmethod
    def db_columns(field):
        """Column names (= attribute names of the raw values): (content type id, object id)."""
        return f'{field.name}_content_type_id', f'{field.name}_object_id'

    # Model

    def model_attributes(self, field):
        return field.name, self.columns(field)[0], *self.db_columns(field)

    def unique_key_attributes(self, field):
        # The (content type, object id) pair: alone not unique (supports_unique), but a compound key can hold it.
        return self.columns(field)

    def model_fields(self, field, resolve_model):
        content_type, object_id = self.columns(field)
        return {
            content_type: models.ForeignKey(
                ContentType, on_delete=models.DO_NOTHING, null=True, blank=True, db_constraint=False,
                related_name='+', editable=False,
            ),
            object_id: models.PositiveBigIntegerField(null=True, blank=True, editable=False),
            field.name: GenericForeignKey(content_type, object_id),
        }

    def prefetch_related(self, field):
        return (field.name,)

    # DDL

    def ddl_columns(self, field):
        content_type, object_id = self.columns(field)
        return {
            content_type: models.ForeignKey(
                ContentType, on_delete=models.DO_NOTHING, null=True, db_constraint=False, db_index=False,
                related_name='+',
            ),
            object_id: models.PositiveBigIntegerField(null=True),
        }

    @staticmethod
    def index_name(field):
        return safe_identifier(f'co_{field.custom_object_type_id}_{field.name}_gfk')

    def schema_ops(self, table, old, new, resolve_model):
        if old is None:
            return [
                *(AddColumn(table, name, column) for name, column in self.ddl_columns(new).items()),
                CreateIndex(table, self.index_name(new), self.db_columns(new)),
            ]
        if new is None:
            return [DropColumn(table, name, column) for name, column in self.ddl_columns(old).items()]
        if old.name == new.name:
            return []
        # Renames are refused when the row is validated; a row saved without validation is still carried out.
        return [
            *(AlterColumn(table, old_name, old_column, new_name, new_column) for (old_name, old_column), (
                new_name, new_column) in zip(self.ddl_columns(old).items(), self.ddl_columns(new).items())),
            RenameIndex(table, self.index_name(old), self.index_name(new)),
        ]

    # Values

    def instance_value(self, field, instance):
        try:
            return getattr(instance, field.name)
        except (ObjectDoesNotExist, AttributeError):  # a content type or model that no longer exists
            return None

    def clean_instance(self, field, instance):
        content_type_id, object_id = (getattr(instance, column) for column in self.db_columns(field))
        if (content_type_id is None) != (object_id is None):
            return {field.name: _('The object type and the object id must be given together.')}
        if content_type_id is None:
            return {field.name: _('This field is required.')} if field.required else {}
        try:
            refuse_disallowed(field, [content_type_id])
        except ValidationError as e:
            return {field.name: e.messages[0]}
        return {}

    def display_value(self, field, value):
        return '' if value is None else str(value)

    def render_html(self, field, value):
        return '' if value is None else object_link(value)

    def detach(self, field, model, target, using):
        """Null the references of `model`'s objects to `target` (being deleted), change-logged as NetBox does."""
        content_type = ContentType.objects.db_manager(using).get_for_model(target)
        column_ct, column_id = self.db_columns(field)
        referring = model.objects.using(using).filter(**{column_ct: content_type.pk, column_id: target.pk})
        for obj in referring:
            if hasattr(obj, 'snapshot'):
                obj.snapshot()
            setattr(obj, field.name, None)
            obj.save(using=using)

    # Forms

    def form_initial(self, field, instance):
        value = self.instance_value(field, instance)
        if value is None:
            return {}
        return {self.form_name(field, ContentType.objects.get_for_model(value)): value.pk}

    def form_clean(self, field, instance, cleaned_data, mode=FormMode.EDIT):
        chosen = self._chosen(field, cleaned_data)
        if len(chosen) > 1:
            return {name: _('Choose one object only.') for name in list(chosen)[1:]}
        if not chosen:
            if mode is FormMode.BULK_EDIT:
                return {}
            if field.required:
                return {self.form_name(field, ct): _('This field is required.')
                        for ct in allowed_content_types(field)[:1]}
        setattr(instance, field.name, next(iter(chosen.values()))[0] if chosen else None)
        return {}

    # API, filters, tables

    def serializer_fields(self, field, model, nested_serializer_for):
        kwargs = serializer_kwargs(field)
        kwargs.pop('default', None)
        return {field.name: PolymorphicObjectSerializerField(
            field=field, nested_serializer_for=nested_serializer_for, **kwargs)}

    def filter_match(self, field, model):
        column_ct, column_id = self.db_columns(field)

        def match(qs, content_type_id, object_ids):
            return qs.filter(**{column_ct: content_type_id, f'{column_id}__in': object_ids})
        return match

    def table_columns(self, field):
        return {field.name: PolymorphicObjectColumn(verbose_name=field.verbose_name)}


polymorphic_object_type = PolymorphicObjectFieldType()
