"""The FieldType contract: one subclass per field type answers every per-type question.

A field type works on a field *definition*: a `CustomObjectTypeField` row while validating it, or a frozen
`FieldSnapshot` (same attribute names) everywhere else. The concerns, as methods:

- definition:   validate_definition(row)
- model:        model_fields(field, resolve_model), value_attributes(field), select_related/prefetch_related
- DDL:          schema_ops(table, old, new, resolve_model), conversion_errors(...) for type changes,
                rewritten_column(...) for the changes that rewrite the table (cost preview, online conversion)
- values:       validate_value(field, value), display_value(field, value), render_html(field, value),
                clean_instance(field, instance), after_write(field, instance, using) once a row is written
- lists:        list_queryset(field, queryset): annotations and order of the list page and the REST list
- change log:   serialize_value(field, instance) for values NetBox's serialize_object() cannot see;
                held_values(field, model, using) reads, and restore_values(field, model, values, using) writes back,
                what a field held when it was deleted
- forms:        form_fields(field, mode, model) with mode a FormMode (edit, bulk edit, import, filter), and for
                fields whose form fields are not model fields: form_initial, form_clean, form_save
- REST API:     serializer_fields(field, model, nested_serializer_for)
- filters:      filters(field), search_q(field, text)
- tables:       table_columns(field)
- links:        target_labels(field), referring(field, model, queryset, target) for linked objects
- GraphQL:      graphql_fields(field, model, graphql)

Nothing outside this package switches on a field's type.
"""

import enum
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import django_filters
import django_tables2 as tables
from django import forms
from django.contrib.postgres.aggregates import ArrayAgg
from django.core.exceptions import ValidationError
from django.db.models import Count, Field, Model, Q, QuerySet
from django.utils.html import escape
from django.utils.translation import gettext as _
from rest_framework import serializers

from ..ddl import Operation
from .held import held_model_values
from .visibility import viewable_pks

__all__ = (
    'FieldDefinition',
    'FieldType',
    'FormMode',
    'ModelResolver',
)

# How relation targets are looked up while a class or its DDL is built: (app label, model name) -> the model class,
# or 'self' for the class being built.
ModelResolver = Callable[[str, str], type[Model] | str]


class FieldDefinition(Protocol):
    """A field as a field type reads it: a `CustomObjectTypeField` row while it is validated, a frozen
    `dynamic_models.snapshot.FieldSnapshot` everywhere else. Both carry every attribute of FieldSnapshot; these are
    the ones every type reads."""
    name: str
    type: str
    required: bool
    unique: bool
    primary: bool
    default: Any
    custom_object_type_id: int | None

# Options that only some types use (with their empty value); a type lists the ones it accepts in `options`.
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


class FormMode(enum.Enum):
    EDIT = 'edit'
    BULK_EDIT = 'bulk_edit'
    IMPORT = 'import'
    FILTER = 'filter'


class FieldType:
    """Base class of all field types. Subclasses set `key` and override the concerns that differ."""
    key: str = ''
    many = False
    supports_unique = True
    supports_default = True
    # A default this type stores without applying it to new objects (upstream 0.7.1 accepts one on polymorphic
    # fields, and an adopted database may hold one): accepted as any JSON value, never used.
    stores_unused_default = False
    supports_primary = True
    # Type-specific options (keys of TYPE_SPECIFIC_OPTIONS) this type accepts.
    options = frozenset()

    def __repr__(self):
        return f'<{type(self).__name__} {self.key!r}>'

    #
    # Definition
    #

    def validate_definition(self, field: FieldDefinition) -> None:
        """Raise ValidationError ({attribute: message}) when the row's options do not suit this type."""
        errors = {}
        for option, empty in TYPE_SPECIFIC_OPTIONS.items():
            if option not in self.options and self._option_value(field, option) not in (empty, None, ''):
                errors[option] = _('This option does not apply to {type} fields.').format(type=self.key)
        if field.unique and not self.supports_unique:
            errors['unique'] = _('{type} fields cannot be unique.').format(type=self.key)
        if field.primary and not self.supports_primary:
            errors['primary'] = _('{type} fields cannot be the primary name field.').format(type=self.key)
        if field.default is not None and not self.stores_unused_default:
            if not self.supports_default:
                errors['default'] = _('{type} fields have no default value.').format(type=self.key)
            else:
                try:
                    self.validate_value(field, field.default)
                except ValidationError as e:
                    errors['default'] = _('Invalid default value: {error}').format(error='; '.join(e.messages))
        errors.update(self.definition_errors(field))
        if errors:
            raise ValidationError(errors)

    def definition_errors(self, field: FieldDefinition) -> dict[str, str]:
        """Type-specific definition checks: return {attribute: message}."""
        return {}

    @staticmethod
    def _option_value(field, option):
        if option in ('choice_set', 'related_object_type'):
            return getattr(field, f'{option}_id', None)
        return getattr(field, option, None)

    #
    # Model
    #

    def model_fields(self, field: FieldDefinition, resolve_model: ModelResolver) -> dict[str, Field]:
        """Return {attribute name: unbound Django field} for the generated model.

        `resolve_model(app_label, model_name)` returns a model class (or 'self') for relation targets.
        """
        raise NotImplementedError

    def variant_for(self, field: FieldDefinition) -> 'FieldType':
        """The type object that handles `field` (object types answer with their polymorphic variant)."""
        return self

    def finish_model(self, field: FieldDefinition, model: type[Model], isolated: bool) -> None:
        """Adjust the built class (`isolated`: it lives in a private registry, e.g. a branch's)."""

    def value_attributes(self, field: FieldDefinition) -> tuple[str, ...]:
        """Names of the model attributes that hold this field's value (as shown in forms and the API)."""
        return (field.name,)

    def model_attributes(self, field: FieldDefinition) -> tuple[str, ...]:
        """Every attribute the field gives the generated model, its own and derived ones (`<name>_id`, ...): none
        may be taken by the model's bases, another field or a relation pointing at the type (models/names.py)."""
        return (field.name,)

    def db_identifiers(self, field: FieldDefinition) -> tuple[str, ...]:
        """The database identifiers named after the field (columns, link tables): each must fit PostgreSQL's 63
        bytes, or PostgreSQL would silently truncate it (models/names.py refuses such names)."""
        return self.model_attributes(field)

    def reverse_accessor(self, field: FieldDefinition) -> str | None:
        """The attribute this field puts on its target model (its related name), or None."""
        return

    def healed_columns(self, field: FieldDefinition) -> dict[str, Field]:
        """{column name: unbound nullable Django field} of the columns beside its own that this type gained in a
        later release (e.g. the url title): tables made before lack them, and healing.py adds the missing ones."""
        return {}

    def select_related(self, field: FieldDefinition) -> tuple[str, ...]:
        return ()

    def insert_links(self, field: FieldDefinition, instance: Model, objects: Iterable[Model], using: str) -> None:
        """Link `instance`, whose row was just inserted, to `objects`, without m2m signals (types with `many`
        only; see relations/pending_links.py)."""
        raise NotImplementedError

    def prefetch_related(self, field: FieldDefinition) -> tuple[str, ...]:
        return ()

    def target_labels(self, field: FieldDefinition) -> tuple[tuple[str, str], ...]:
        """(app_label, model) of each model whose objects `field` can refer to; none for fields that hold values."""
        return ()

    def referring(self, field: FieldDefinition, model: type[Model], queryset: QuerySet, target: Model) -> QuerySet:
        """The objects of `queryset` (of generated `model`) whose `field` refers to `target`, an object of a model
        named by target_labels() (the linked objects of `target`)."""
        raise NotImplementedError

    #
    # DDL
    #

    def schema_ops(self, table: str, old: FieldDefinition | None, new: FieldDefinition | None,
                   resolve_model: ModelResolver) -> list[Operation]:
        """The DDL that turns the columns of definition `old` into those of `new` (either may be None)."""
        raise NotImplementedError

    def rewritten_column(self, table, old, new, resolve_model, connection):
        """The new column type (SQL) when changing definition `old` into `new` makes PostgreSQL rewrite the table
        and the change is that one column conversion, which can then run online (ddl/conversion.py); None for
        every other change (no rewrite, or DDL that is more than one column's type)."""
        return

    # Types whose values this type can take over when a field's type changes (the column is converted).
    converts_from = frozenset()

    def check_conversion(self, model: type[Model] | None, old: FieldDefinition, new: FieldDefinition) -> None:
        """Refuse (ValidationError on `type`) a type change whose stored values do not all convert."""
        if old.type not in self.converts_from:
            raise ValidationError({'type': _('A {old} field cannot be changed to {new}.').format(
                old=old.type, new=self.key)})
        if model is None:
            return
        bad_rows = self.conversion_errors(model, old, new)
        if bad_rows:
            # (values only of the objects the user may view: a designer need not be allowed to view the objects)
            viewable = viewable_pks(model, [pk for pk, _value in bad_rows])
            shown = ', '.join(f'#{pk} ({value!r})' if pk in viewable else f'#{pk}' for pk, value in bad_rows)
            raise ValidationError({'type': _(
                'These objects hold values that cannot be converted to {new}: {rows}. Change or clear them first.'
            ).format(new=self.key, rows=shown)})

    def conversion_errors(self, model: type[Model], old: FieldDefinition, new: FieldDefinition,
                          limit: int = 5) -> list[tuple[int, Any]]:
        """(pk, value) of the first rows whose value of `old` cannot become a value of this type."""
        return []

    #
    # Values
    #

    def validate_value(self, field: FieldDefinition, value: Any) -> None:
        """Validate a value (a default, or data) for `field`; raise ValidationError with a readable message."""
        model_field = next(iter(self.model_fields(field, resolve_model=_unresolved).values()))
        model_field.clean(value, None)

    def instance_value(self, field: FieldDefinition, instance: Model) -> Any:
        """The value of `field` on a model instance (what display_value and render_html receive)."""
        return getattr(instance, field.name, None)

    def clean_instance(self, field: FieldDefinition, instance: Model) -> dict[str, str]:
        """Checks across the attributes of one instance (run by the model's clean()): {attribute: message}."""
        return {}

    def after_write(self, field, instance, using):
        """Checks of the stored data once `instance`'s row is written on `using`, whatever wrote it (a form, the API,
        a script, a merge's replay): raise ValidationError to refuse (the caller's transaction rolls back)."""

    def list_queryset(self, field, queryset):
        """`queryset` as the list surfaces (list page, REST list) show it: annotations and order of this field."""
        return queryset

    # Compound unique constraints (models/unique_constraints.py, dynamic_models/unique.py)

    # Text types: a compound unique constraint may compare their values case-insensitively (an index on lower()).
    folds_case = False

    def unique_key_attributes(self, field):
        """The model attributes (columns) that stand for `field`'s value in a compound unique constraint, in index
        order; () when the type cannot take part in one (values kept outside the row, or without a useful
        equality)."""
        return self.value_attributes(field) if self.supports_unique else ()

    def check_unique(self, model: type[Model], field: FieldDefinition) -> None:
        """Refuse making `field` unique while objects share a value (names the values; nothing is changed)."""
        if not self.supports_unique:
            return
        duplicates = (
            model.objects.exclude(**{f'{field.name}__isnull': True}).values(field.name)
            .annotate(count=Count('pk'), pks=ArrayAgg('pk', ordering='pk')).filter(count__gt=1).order_by(field.name)
        )
        shared = [(row[field.name], row['pks'][:5]) for row in duplicates[:5]]
        if shared:
            # A value is shown if the user may view an object holding it, else the objects that share it (ids)
            viewable = viewable_pks(model, [pk for _value, pks in shared for pk in pks])
            values = [str(value) if viewable.intersection(pks) else _('a value of {ids}').format(
                ids=', '.join(f'#{pk}' for pk in pks)) for value, pks in shared]
            raise ValidationError({'unique': _(
                'Objects share these values, so the field cannot be made unique: {values}.'
            ).format(values=', '.join(values))})

    def display_value(self, field: FieldDefinition, value: Any) -> str:
        """Plain-text rendering (display strings, exports, search results)."""
        return '' if value is None else str(value)

    def render_html(self, field: FieldDefinition, value: Any) -> str:
        """HTML rendering for detail pages (escaped); defaults to the display value."""
        return escape(self.display_value(field, value))

    def serialize_value(self, field: FieldDefinition, instance: Model) -> Any:
        """The change-log value of `field` (payload key `field.name`) when NetBox's serialize_object() cannot see
        it (links kept outside Django's many-to-many fields); None: the default serialization holds it already."""
        return

    def held_values(self, field: FieldDefinition, model: type[Model], using: str) -> dict[str, dict[str, Any]]:
        """{object pk (str): {attribute: change-log value}}: what `field` holds in the objects of `model` that have a
        value, as their change records would show it, read in batches (for the record of the field's deletion)."""
        return held_model_values(field, model, using, {*self.value_attributes(field), *self.model_attributes(field)})

    def restore_values(self, field: FieldDefinition, model: type[Model], values: dict[str, dict[str, Any]],
                       using: str) -> None:
        """Write back `values` ({object pk: {value attribute: change-log value}}), recorded when the field was
        deleted, into the re-created field (models/held_values.py). Raw writes: the values were valid when they
        were recorded, and the objects' rows are not otherwise changed."""
        objects = model.objects.using(using)
        for pk, entry in values.items():
            columns = {}
            for attribute, value in entry.items():
                model_field = model._meta.get_field(attribute)
                if model_field.many_to_many:
                    if (instance := objects.filter(pk=pk).first()) is not None:
                        getattr(instance, attribute).set(value)
                else:
                    columns[model_field.attname] = model_field.to_python(value)
            if columns:
                objects.filter(pk=pk).update(**columns)

    #
    # Forms, API, filters, tables
    #

    def form_fields(self, field: FieldDefinition, mode: FormMode, model: type[Model]) -> dict[str, forms.Field]:
        """{form field name: django form field} for `mode` (a FormMode)."""
        raise NotImplementedError

    # A form built from form_fields() saves the fields named after model attributes itself. For the others (e.g.
    # polymorphic fields: one picker per allowed type), the form owner calls these three hooks, in EDIT and
    # BULK_EDIT mode; the defaults do nothing.

    def form_initial(self, field: FieldDefinition, instance: Model) -> dict[str, Any]:
        """{form field name: initial value} showing the value `instance` holds (edit forms of saved objects)."""
        return {}

    def clone_attributes(self, field: FieldDefinition) -> tuple[str, ...]:
        """The model attributes NetBox's clone() copies for a cloneable field (the model's `clone_fields`)."""
        return self.value_attributes(field)

    def clone_values(self, field: FieldDefinition, instance: Model) -> dict[str, Any]:
        """{add-form parameter: value} a cloneable field adds to NetBox's clone() beyond its clone_attributes."""
        return {}

    def form_clean(self, field: FieldDefinition, instance: Model, cleaned_data: dict[str, Any],
                   mode: FormMode = FormMode.EDIT) -> dict[str, str]:
        """Called by the form's clean(), before the instance is validated and saved: check the form values and
        assign those stored on the instance's own row. Return {form field name: message}."""
        return {}

    def form_save(self, field: FieldDefinition, instance: Model, cleaned_data: dict[str, Any],
                  mode: FormMode = FormMode.EDIT) -> None:
        """Called after `instance` is saved: store the values kept outside its row (links)."""

    def serializer_fields(self, field: FieldDefinition, model: type[Model],
                          nested_serializer_for: Callable[[type[Model]], serializers.Serializer],
                          ) -> dict[str, serializers.Field]:
        """{API key: DRF serializer field}. `nested_serializer_for(model)` returns a brief nested serializer
        instance for relation targets."""
        raise NotImplementedError

    def filters(self, field: FieldDefinition, model: type[Model]) -> dict[str, django_filters.Filter]:
        """{filter name: django-filter Filter} for the FilterSet of the generated model."""
        return {}

    def search_q(self, field: FieldDefinition, text: str) -> Q | None:
        """A Q object matching `text` in this field for quick search, or None if it cannot match."""
        return

    def table_columns(self, field: FieldDefinition) -> dict[str, tables.Column]:
        """{column name: django-tables2 Column} for the object list."""
        raise NotImplementedError

    def graphql_fields(self, field: FieldDefinition, model: type[Model], graphql: Any) -> dict[str, Any]:
        """{GraphQL field name: shape} for the GraphQL type of `model`, the shapes made by `graphql` (given by the
        GraphQL surface): graphql.scalar(kind) of a model attribute of that name, with kind one of string,
        strings, choice, choices (select/multiselect), bigint, decimal, boolean, date, datetime, json;
        graphql.relation(target model, many=False) of a model relation of that name; graphql.polymorphic(target
        models, many=False, filters={filter name: (content type id, match(queryset, content type id, object ids))})
        resolved by instance_value().
        {}: the field is not exposed."""
        return {}


def _unresolved(app_label, model_name):
    raise LookupError('relation targets are not resolved when validating values')

