"""The FieldType contract: one subclass per field type answers every per-type question.

A field type works on a field *definition* — a `CustomObjectTypeField` row while validating, or a frozen
`FieldSnapshot` (same attribute names) when building models and planning DDL — and never switches on another type.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..ddl import AddColumn, AlterColumn, DropColumn

__all__ = (
    'ColumnFieldType',
    'FieldType',
)

# Options that only some types use; a type lists the ones it accepts in `options`.
TYPE_SPECIFIC_OPTIONS = {
    'validation_regex': '',
    'validation_minimum': None,
    'validation_maximum': None,
    'choice_set': None,
    'related_object_type': None,
    'is_polymorphic': False,
    'related_object_filter': None,
    'related_name': '',
}


class FieldType:
    """Base class of all field types. Subclasses set `key` and override the concerns that differ."""
    key: str = ''
    many = False
    supports_unique = True
    supports_default = True
    supports_primary = True
    # Type-specific options (keys of TYPE_SPECIFIC_OPTIONS) this type accepts.
    options = frozenset()

    def __repr__(self):
        return f'<{type(self).__name__} {self.key!r}>'

    # ① Definition validation

    def validate_definition(self, field):
        """Raise ValidationError when the row's options do not suit this type."""
        errors = {}
        for option, empty in TYPE_SPECIFIC_OPTIONS.items():
            if option not in self.options and self._option_value(field, option) not in (empty, None, ''):
                errors[option] = _('This option does not apply to {type} fields.').format(type=self.key)
        if field.unique and not self.supports_unique:
            errors['unique'] = _('{type} fields cannot be unique.').format(type=self.key)
        if field.primary and not self.supports_primary:
            errors['primary'] = _('{type} fields cannot be the primary name field.').format(type=self.key)
        if field.default is not None:
            if not self.supports_default:
                errors['default'] = _('{type} fields have no default value.').format(type=self.key)
            else:
                try:
                    self.validate_value(field, field.default)
                except ValidationError as e:
                    errors['default'] = _('Invalid default value: {error}').format(error='; '.join(e.messages))
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _option_value(field, option):
        if option in ('choice_set', 'related_object_type'):
            return getattr(field, f'{option}_id', None)
        return getattr(field, option, None)

    # ② Values

    def validate_value(self, field, value):
        """Validate a value (a default, or data) for `field`; raise ValidationError with a readable message."""
        model_field = self.value_field(field)
        model_field.clean(value, None)

    def value_field(self, field):
        """A standalone Django field used to validate values of `field`."""
        fields = self.model_fields(field, resolve_model=None)
        return next(iter(fields.values()))

    def display_value(self, field, value):
        return '' if value is None else str(value)

    # ③ Model

    def model_fields(self, field, resolve_model):
        """Return {attribute name: unbound Django field} for the generated model.

        `resolve_model(app_label, model_name)` returns a model class for relation targets.
        """
        raise NotImplementedError

    # ④ DDL

    def schema_ops(self, table, old, new, resolve_model):
        """The DDL that turns the columns of definition `old` into those of `new` (either may be None)."""
        raise NotImplementedError


class ColumnFieldType(FieldType):
    """A type stored in one column named after the field."""

    def db_field(self, field):
        """The Django field for `field`'s column (unbound; null=True: columns are always nullable)."""
        raise NotImplementedError

    def column_options(self, field):
        options = {'null': True, 'blank': not field.required, 'unique': bool(field.unique)}
        if field.default is not None:
            options['default'] = field.default
        return options

    def model_fields(self, field, resolve_model):
        return {field.name: self.db_field(field)}

    def schema_ops(self, table, old, new, resolve_model):
        if old is None:
            return [AddColumn(table, new.name, self.ddl_field(new, resolve_model))]
        old_type = old.field_type
        if new is None:
            return [DropColumn(table, old.name, old_type.ddl_field(old, resolve_model))]
        old_field, new_field = old_type.ddl_field(old, resolve_model), self.ddl_field(new, resolve_model)
        if old.name == new.name and old_field.deconstruct()[1:] == new_field.deconstruct()[1:]:
            return []
        return [AlterColumn(table, old.name, old_field, new.name, new_field)]

    def ddl_field(self, field, resolve_model):
        """The column as the schema editor must see it: type, nullability and uniqueness only (defaults and
        validators live in the model, not in the database)."""
        db_field = self.db_field(field)
        name, path, args, kwargs = db_field.deconstruct()
        for attribute in ('default', 'validators', 'blank', 'verbose_name', 'help_text'):
            kwargs.pop(attribute, None)
        return db_field.__class__(*args, **kwargs)

