"""Relation field types: fields whose values are other objects (NetBox's or custom objects).

Two type keys, `object` (one object) and `multiobject` (a list of objects), each with a polymorphic variant (objects
of any of several allowed types) that their `variant_for()` hands out when `field.is_polymorphic`.

- `object.py`, `multiobject.py`: the two types (a foreign key column; a through table).
- `rules.py`: what a relation definition may be, for every variant: a target, a valid and free related name, no
  cycle of references between types (one check).
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
