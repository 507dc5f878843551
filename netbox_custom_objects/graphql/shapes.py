"""The vocabulary in which field types describe their GraphQL fields (`FieldType.graphql_fields(field, model,
graphql)` receives `shapes` as `graphql`), and what each scalar kind becomes: its output type and its filter input.

Field types say *what* a field is (a scalar of some kind, a relation, a polymorphic reference); this package decides
*how* that is served (strawberry annotations, resolvers, filters, permissions).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from strawberry.annotation import StrawberryAnnotation
from strawberry.scalars import JSON
from strawberry_django import (
    ComparisonFilterLookup,
    DateFilterLookup,
    DatetimeFilterLookup,
    FilterLookup,
    StrFilterLookup,
)

from netbox.graphql.filter_lookups import JSONFilter, StringArrayLookup
from netbox.graphql.scalars import BigInt

__all__ = (
    'SCALARS',
    'Polymorphic',
    'Relation',
    'Scalar',
    'shapes',
    'specialised',
)



def specialised(generic):
    """A generic lookup input specialised once, here: strawberry specialises `Lookup[T]` afresh for every class
    that names it, which would dominate the cost of building the filter inputs of many types."""
    return StrawberryAnnotation(generic).resolve()


# kind -> (output type, filter input), following NetBox's own choices for such columns.
SCALARS = {
    'string': (str, StrFilterLookup),
    'strings': (list[str], StringArrayLookup),
    # select / multiselect: CustomObjectChoiceType {value label} (types.py), filtered by the stored values
    'choice': (None, StrFilterLookup),
    'choices': (None, StringArrayLookup),
    'bigint': (BigInt, specialised(ComparisonFilterLookup[BigInt])),
    'decimal': (Decimal, specialised(ComparisonFilterLookup[Decimal])),
    'boolean': (bool, specialised(FilterLookup[bool])),
    'date': (datetime.date, DateFilterLookup),
    'datetime': (datetime.datetime, DatetimeFilterLookup),
    'json': (JSON, JSONFilter),
}


@dataclass(frozen=True)
class Scalar:
    """The model attribute of the same name, a value of `kind` (a key of SCALARS)."""
    kind: str


@dataclass(frozen=True, eq=False)
class Relation:
    """The model relation of the same name: one object of `target` (a foreign key) or several (`many`); `filters`
    maps more filter names (of object ids) to match(queryset, object ids) -> queryset (e.g. a tree's ancestor)."""
    target: type
    many: bool = False
    filters: dict = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Polymorphic:
    """Objects of any of `targets`, read through the field type's instance_value(); `filters` maps filter names to
    (content type id, match(queryset, content type id, object ids) -> queryset)."""
    targets: tuple
    many: bool = False
    filters: dict = field(default_factory=dict)


class Shapes:
    """The `graphql` argument of FieldType.graphql_fields()."""

    @staticmethod
    def scalar(kind):
        if kind not in SCALARS:
            raise ValueError(f'Unknown GraphQL scalar kind {kind!r}; one of {", ".join(SCALARS)}')
        return Scalar(kind)

    @staticmethod
    def relation(target, many=False, filters=None):
        return Relation(target, many, dict(filters or {}))

    @staticmethod
    def polymorphic(targets, many=False, filters=None):
        return Polymorphic(tuple(targets), many, dict(filters or {}))


shapes = Shapes()
