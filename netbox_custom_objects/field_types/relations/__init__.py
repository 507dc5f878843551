"""Relation field types: fields whose values are other objects (NetBox's or custom objects).

Two type keys, `object` (one object) and `multiobject` (a list of objects), each with a polymorphic variant (objects
of any of several allowed types) that their `variant_for()` hands out when `field.is_polymorphic`.

- `relation_type.py`: `RelationFieldType`, the base of the two types: the target model, the objects referring to
  a target, and the picker, import field, nested serializer, filters and GraphQL relation built for that target.
- `object.py`, `multiobject.py`: the two types (a foreign key column; a link table with a through model).
- `link_tables.py`: the link tables of multiobject fields, plain and polymorphic (DDL), and the through model.
- `rules.py`: what a relation definition may be, for every variant: a target, a filter, a valid and free related
  name, no cycle of references between types (one check, `cycle_error`).
- `targets.py`: which models relation fields may refer to.
- `pending_links.py`: links of an object being created, written together with its row (one change-log record).
- `branch_links.py`: the multiobject manager of classes built for a branch, which must not touch main's classes.
- `polymorphic/`: the polymorphic variants (its own map in its `__init__`).

Importing this package registers the two types.
"""

from .multiobject import MultiObjectFieldType
from .object import ObjectFieldType

__all__ = (
    'MultiObjectFieldType',
    'ObjectFieldType',
)
