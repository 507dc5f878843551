"""ColumnFieldType: the base of the field types stored in one column named after the field (text, numbers, select,
the scalars, network addresses), with the DDL of that column."""

from typing import Any

from django.db.models import Field

from ..ddl import AddColumn, AlterColumn, DropColumn, Operation
from ..ddl.conversion import rewrites_table
from .base import FieldDefinition, FieldType, ModelResolver

__all__ = (
    'ColumnFieldType',
)


class ColumnFieldType(FieldType):
    """A type stored in one column named after the field."""

    def db_field(self, field: FieldDefinition) -> Field:
        """The Django field for `field`'s column (unbound; null=True: columns are always nullable)."""
        raise NotImplementedError

    def column_options(self, field: FieldDefinition) -> dict[str, Any]:
        options = {'null': True, 'blank': not field.required, 'unique': bool(field.unique)}
        if field.default is not None:
            options['default'] = field.default
        return options

    def model_fields(self, field: FieldDefinition, resolve_model: ModelResolver) -> dict[str, Field]:
        return {field.name: self.db_field(field)}

    def validate_value(self, field: FieldDefinition, value: Any) -> None:
        self.db_field(field).clean(value, None)

    def schema_ops(self, table: str, old: FieldDefinition | None, new: FieldDefinition | None,
                   resolve_model: ModelResolver) -> list[Operation]:
        if old is None:
            return [AddColumn(table, new.name, self.added_column(new, resolve_model))]
        if new is None:
            return [DropColumn(table, old.name, old.field_type.ddl_field(old, resolve_model))]
        old_field, new_field = old.field_type.ddl_field(old, resolve_model), self.ddl_field(new, resolve_model)
        if old.name == new.name and old_field.deconstruct()[1:] == new_field.deconstruct()[1:]:
            return []
        return [AlterColumn(table, old.name, old_field, new.name, new_field)]

    def rewritten_column(self, table: str, old: FieldDefinition | None, new: FieldDefinition | None,
                         resolve_model: ModelResolver, connection) -> str | None:
        if old is None or new is None:
            return None
        operations = self.schema_ops(table, old, new, resolve_model)
        if len(operations) != 1 or not isinstance(operations[0], AlterColumn) or operations[0].old_name != old.name:
            return None  # (e.g. a url field's title column comes or goes with the conversion)
        old_type = operations[0].old_field.db_type(connection)
        new_type = operations[0].new_field.db_type(connection)
        return new_type if rewrites_table(old_type, new_type) else None

    def added_column(self, field: FieldDefinition, resolve_model: ModelResolver) -> Field:
        """The column to add: with the field's default, so that the objects that exist get it, as Django's AddField
        does (the schema editor drops the database default again once the rows are filled)."""
        column = self.ddl_field(field, resolve_model)
        if field.default is None:
            return column
        name, path, args, kwargs = column.deconstruct()
        return column.__class__(*args, **{**kwargs, 'default': field.default})

    def ddl_field(self, field: FieldDefinition, resolve_model: ModelResolver) -> Field:
        """The column as the schema editor must see it: type, nullability and uniqueness only (defaults and
        validators live in the model, not in the database)."""
        name, path, args, kwargs = self.db_field(field).deconstruct()
        for attribute in ('default', 'validators', 'blank', 'verbose_name', 'help_text', 'choices'):
            kwargs.pop(attribute, None)
        return self.db_field(field).__class__(*args, **kwargs)
