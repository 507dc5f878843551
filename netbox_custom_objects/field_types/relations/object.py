"""The object type: a foreign key to one object of a NetBox model or of a custom object type.

The column `<name>_id` carries a real, non-deferrable foreign key whose ON DELETE follows `on_delete_behavior`; the
generated model's ForeignKey mirrors it in the ORM (so NetBox's delete views show protected objects and change-log
cascaded deletions). The constraint is named after the field's id, so renames never orphan it.
"""

import django_filters
import django_tables2 as tables
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _

from utilities.filters import MultiValueNumberFilter
from utilities.forms.fields import CSVModelChoiceField, DynamicModelChoiceField, DynamicModelMultipleChoiceField

from ...choices import CustomObjectFieldTypeChoices, ObjectFieldOnDeleteChoices
from ...constants import model_name as custom_model_name
from ...ddl import AddColumn, AddForeignKey, AlterColumn, DropColumn, DropConstraint
from ...ddl.naming import safe_identifier
from ..base import FormMode
from ..registry import register
from .polymorphic import polymorphic_object_type
from .relation_type import RelationFieldType, target_model, target_table
from .rules import relation_definition_errors

__all__ = (
    'ObjectFieldType',
    'fk_constraint_name',
)

ORM_ON_DELETE = {
    ObjectFieldOnDeleteChoices.SET_NULL: models.SET_NULL,
    ObjectFieldOnDeleteChoices.CASCADE: models.CASCADE,
    ObjectFieldOnDeleteChoices.PROTECT: models.PROTECT,
}


def fk_constraint_name(table, field):
    return safe_identifier(f'{table}_f{field.id}_fk')


def default_related_name(field):
    return f'{custom_model_name(field.custom_object_type_id)}_{field.name}_set'


@register
class ObjectFieldType(RelationFieldType):
    key = CustomObjectFieldTypeChoices.TYPE_OBJECT
    options = frozenset({
        'related_object_type', 'is_polymorphic', 'related_object_filter', 'related_name', 'on_delete_behavior',
    })
    import_field_class = CSVModelChoiceField
    picker_class = DynamicModelChoiceField
    polymorphic_variant = polymorphic_object_type

    # Definition

    def definition_errors(self, field):
        # (The target cannot change: the row checks that for every relation type.)
        return relation_definition_errors(field, _('Object fields need a related object type.'))

    def validate_value(self, field, value):
        if value is not None and not isinstance(value, int):
            raise ValidationError(_('An object id is expected.'))

    # Model

    def model_fields(self, field, resolve_model):
        return {field.name: models.ForeignKey(
            to=target_model(field, resolve_model),
            on_delete=ORM_ON_DELETE[field.on_delete_behavior],
            null=True,
            blank=not field.required,
            related_name=field.related_name or default_related_name(field),
            db_constraint=False,  # the constraint is ours (see AddForeignKey)
            verbose_name=field.verbose_name,
        )}

    def model_attributes(self, field):
        return field.name, f'{field.name}_id'

    def reverse_accessor(self, field):
        return field.related_name or default_related_name(field)

    def select_related(self, field):
        return (field.name,)

    # DDL

    def ddl_field(self, field, resolve_model):
        target = target_model(field, resolve_model)
        return models.ForeignKey(
            to=target, on_delete=models.DO_NOTHING, null=True, db_constraint=False, unique=bool(field.unique),
            related_name='+',
        )

    def schema_ops(self, table, old, new, resolve_model):
        if old is None:
            return [
                AddColumn(table, new.name, self.ddl_field(new, resolve_model)),
                self._constraint(table, new, resolve_model),
            ]
        if new is None:
            return [
                DropConstraint(table, fk_constraint_name(table, old)),
                DropColumn(table, old.name, self.ddl_field(old, resolve_model)),
            ]
        ops = []
        old_ddl, new_ddl = self.ddl_field(old, resolve_model), self.ddl_field(new, resolve_model)
        if old.name != new.name or old.unique != new.unique:
            ops.append(AlterColumn(table, old.name, old_ddl, new.name, new_ddl))
        if old.on_delete_behavior != new.on_delete_behavior or old.name != new.name:
            ops.append(DropConstraint(table, fk_constraint_name(table, old)))
            ops.append(self._constraint(table, new, resolve_model))
        return ops

    def _constraint(self, table, field, resolve_model):
        return AddForeignKey(
            table, f'{field.name}_id', target_table(field, table, resolve_model), field.on_delete_behavior,
            fk_constraint_name(table, field),
        )

    # Values

    def display_value(self, field, value):
        return '' if value is None else str(value)

    def render_html(self, field, value):
        if value is None:
            return ''
        url = getattr(value, 'get_absolute_url', None)
        return format_html('<a href="{}">{}</a>', url(), value) if url else escape(str(value))

    # Surfaces

    def form_field_name(self, field, mode):
        return f'{field.name}_id' if mode is FormMode.FILTER else field.name

    def picker(self, field, mode, queryset):
        if mode is FormMode.FILTER:  # any number of target objects, whatever the field's filter
            return DynamicModelMultipleChoiceField(queryset=queryset, required=False)
        return super().picker(field, mode, queryset)

    def id_filters(self, field, target):
        return {
            f'{field.name}_id': MultiValueNumberFilter(field_name=f'{field.name}_id'),
            f'{field.name}_id__n': MultiValueNumberFilter(field_name=f'{field.name}_id', exclude=True),
            f'{field.name}__empty': django_filters.BooleanFilter(field_name=f'{field.name}_id', lookup_expr='isnull'),
        }

    def table_columns(self, field):
        return {field.name: tables.Column(verbose_name=field.verbose_name, linkify=True)}
