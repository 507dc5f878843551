"""Compound and conditional unique constraints of a type, as the generated model and the DDL see them.

A `CustomObjectTypeUniqueConstraint` row (models/unique_constraints.py) is frozen into a `UniqueSnapshot` beside the
type's field snapshots. From both, `build_constraints()` gives the generated model one `CompoundUniqueConstraint`
(a Django UniqueConstraint over index expressions: a column, or lower(column) for a case-insensitive text field,
with a partial-index condition) per row. The same object is what the DDL layer creates the index from, and what
Django's `validate_constraints()` (forms, REST serializers, bulk edit, netbox-branching's replays) calls to refuse a
clash before the database does, naming the object that already holds the values.
"""

import json
from dataclasses import dataclass

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Count, F, Q, UniqueConstraint, Value
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from ..constants import table_name
from ..ddl.indexes import CreateUniqueIndex, DropIndex
from ..ddl.naming import unique_index_name
from ..field_types.visibility import viewable_pks

__all__ = (
    'CompoundUniqueConstraint',
    'UniqueSnapshot',
    'build_constraints',
    'duplicate_groups',
    'index_operations',
    'key_parts',
    'unique_constraints_of',
)


@dataclass(frozen=True, eq=True)
class UniqueSnapshot:
    id: int
    name: str
    field_ids: tuple = ()
    case_insensitive: bool = False
    condition_field_id: int | None = None
    condition_value: object = None

    __hash__ = None  # (the condition value is JSON)

    @classmethod
    def from_row(cls, row):
        return cls(
            id=row.pk, name=row.name, field_ids=tuple(row.field_ids or ()), case_insensitive=row.case_insensitive,
            condition_field_id=row.condition_field_id, condition_value=row.condition_value,
        )


@dataclass(frozen=True)
class KeyPart:
    field: object  # a FieldSnapshot (or a field row)
    attribute: str  # a model attribute (column) of the field
    folded: bool  # compared with lower()


def key_parts(unique, fields_by_id):
    """The KeyParts of `unique`'s index, in order; None when one of its fields is missing (a replay in progress)."""
    parts = []
    for field_id in unique.field_ids:
        field = fields_by_id.get(field_id)
        if field is None:
            return None
        field_type = field.field_type
        folded = unique.case_insensitive and field_type.folds_case
        parts.extend(KeyPart(field, attribute, folded) for attribute in field_type.unique_key_attributes(field))
    return parts


def condition_of(unique, fields_by_id):
    """(attribute, value) of the constraint's condition, None without one; False when its field is missing."""
    if unique.condition_field_id is None:
        return None
    field = fields_by_id.get(unique.condition_field_id)
    if field is None:
        return False
    attributes = field.field_type.unique_key_attributes(field)
    return (attributes[0], unique.condition_value) if len(attributes) == 1 else False


class CompoundUniqueConstraint(UniqueConstraint):
    """A UniqueConstraint whose validation names the object already holding the values (Django's names none)."""

    def __init__(self, *expressions, parts, condition_pair, label, **kwargs):
        super().__init__(*expressions, **kwargs)
        self.parts = parts
        self.condition_pair = condition_pair
        self.label = label

    def deconstruct(self):
        path, args, kwargs = super().deconstruct()
        return path, args, {**kwargs, 'parts': self.parts, 'condition_pair': self.condition_pair, 'label': self.label}

    def validate(self, model, instance, exclude=None, using=None):
        # `exclude` is not honoured: the forms set the values of fields they show under other names (polymorphic
        # pickers) on the instance before validation, and a key is only complete with every part.
        if self.condition_pair is not None and not self._condition_holds(model, instance):
            return
        queryset = model.objects.using(using)
        for index, part in enumerate(self.parts):
            attname = model._meta.get_field(part.attribute).attname
            value = getattr(instance, attname)
            if value is None:
                return  # PostgreSQL's unique indexes never see NULLs as equal
            if part.folded:
                alias = f'_nco_key{index}'
                queryset = queryset.alias(**{alias: Lower(attname)}).filter(**{alias: Lower(Value(value))})
            else:
                queryset = queryset.filter(**{attname: value})
        if self.condition is not None:
            queryset = queryset.filter(self.condition)
        if not instance._state.adding and instance.pk is not None:
            queryset = queryset.exclude(pk=instance.pk)
        existing = queryset.order_by('pk').first()
        if existing is not None:
            raise ValidationError({NON_FIELD_ERRORS: ValidationError(
                self.clash_message(model, existing), code='unique')})

    def _condition_holds(self, model, instance):
        attribute, value = self.condition_pair
        field = model._meta.get_field(attribute)
        try:
            return getattr(instance, field.attname) == field.to_python(value)
        except ValidationError:
            return False

    def clash_message(self, model, existing):
        shown = f'{existing} (#{existing.pk})' if viewable_pks(model, [existing.pk]) else f'#{existing.pk}'
        return _('Unique constraint "{name}" ({fields}): another object already has these values: {object}.').format(
            name=self.label, fields=self.fields_label(), object=shown)

    def describe(self):
        """One line for readers of the schema (GraphQL's type description): name, fields, case and condition."""
        details = [self.fields_label()]
        if any(part.folded for part in self.parts):
            details.append('case-insensitive')
        if self.condition_pair:
            details.append(f'where {self.condition_pair[0]} = {json.dumps(self.condition_pair[1])}')
        return f'{self.label} ({"; ".join(details)})'

    def fields_label(self):
        names = []
        for part in self.parts:
            if part.field.name not in names:
                names.append(part.field.name)
        return ', '.join(names)


def build_constraints(type_id, uniques, fields):
    """The CompoundUniqueConstraints of a type's `uniques` (UniqueSnapshots) over its `fields` (FieldSnapshots);
    a constraint naming a field the snapshot lacks is left out."""
    fields_by_id = {field.id: field for field in fields}
    built = []
    for unique in uniques:
        constraint = build_constraint(type_id, unique, fields_by_id)
        if constraint is not None:
            built.append(constraint)
    return built


def build_constraint(type_id, unique, fields_by_id):
    parts = key_parts(unique, fields_by_id)
    condition_pair = condition_of(unique, fields_by_id)
    if not parts or condition_pair is False:
        return None
    expressions = [Lower(F(part.attribute)) if part.folded else F(part.attribute) for part in parts]
    condition = Q(**{condition_pair[0]: condition_pair[1]}) if condition_pair else None
    return CompoundUniqueConstraint(
        *expressions, name=unique_index_name(table_name(type_id), unique.id), condition=condition,
        parts=tuple(parts), condition_pair=condition_pair, label=unique.name,
    )


def duplicate_groups(model, constraint, limit=5):
    """[[pk, ...], ...]: the first `limit` groups of objects of `model` that share a key of `constraint` (and meet
    its condition), each group's ids in order."""
    aliases = {}
    queryset = model.objects.all()
    for index, part in enumerate(constraint.parts):
        attname = model._meta.get_field(part.attribute).attname
        queryset = queryset.exclude(**{f'{attname}__isnull': True})
        aliases[f'_nco_key{index}'] = Lower(attname) if part.folded else F(attname)
    if constraint.condition is not None:
        queryset = queryset.filter(constraint.condition)
    rows = (
        queryset.annotate(**aliases).values(*aliases)
        .annotate(count=Count('pk'), pks=ArrayAgg('pk', ordering='pk')).filter(count__gt=1)
        .order_by(*aliases)
    )
    return [row['pks'] for row in rows[:limit]]


def _definition(unique):
    """What the index is made of (the name and description are labels only)."""
    return unique.field_ids, unique.case_insensitive, unique.condition_field_id, unique.condition_value


def index_operations(type_id, old, new, fields, resolve_model):
    """The DDL that turns the index of UniqueSnapshot `old` into that of `new` (either may be None), over the type's
    `fields` (FieldSnapshots) as they are now."""
    if old is not None and new is not None and _definition(old) == _definition(new):
        return []
    table = table_name(type_id)
    operations = [DropIndex(table, unique_index_name(table, old.id))] if old is not None else []
    if new is None:
        return operations
    fields_by_id = {field.id: field for field in fields}
    constraint = build_constraint(type_id, new, fields_by_id)
    if constraint is None:
        return operations  # (a field it names is gone; validation refuses this outside of replays)
    attributes = {part.attribute for part in constraint.parts}
    if constraint.condition_pair:
        attributes.add(constraint.condition_pair[0])
    columns = {}
    for field in fields:
        for attribute, model_field in field.field_type.model_fields(field, resolve_model).items():
            if attribute in attributes:
                columns[attribute] = model_field
    return [*operations, CreateUniqueIndex(table, tuple(sorted(columns.items())), constraint)]


def unique_constraints_of(model):
    """The CompoundUniqueConstraints of a generated model."""
    return [c for c in model._meta.constraints if isinstance(c, CompoundUniqueConstraint)]
