"""Squash ordering of unique constraints (models/unique_constraints.py): the edges the engine cannot see.

A constraint names its fields by id in a JSON list, not by foreign keys, and its index is built against the type's
stored objects. Rules (keys `(label, pk)`; revert reverses the final order itself):
- a constraint CREATE/UPDATE comes after the CREATE/UPDATE of each field it names (its index needs their columns),
  and after every change of its type's objects (a branch that cleared a clash before adding the constraint merges);
- a constraint DELETE comes before every CREATE/UPDATE of its type's objects (a branch that dropped a constraint
  and then wrote objects it would refuse merges), and before the DELETE of each field it named.
"""

from ..constants import APP_LABEL
from .ordering import FIELD_LABEL, _comes_after, _depends, _object_type_id

__all__ = ('add_unique_constraint_edges',)

UNIQUE_LABEL = f'{APP_LABEL}.customobjecttypeuniqueconstraint'


def _named_fields(data):
    ids = data.get('field_ids')
    named = {i for i in ids if isinstance(i, int)} if isinstance(ids, list) else set()
    if isinstance(data.get('condition_field'), int):
        named.add(data['condition_field'])
    return named


def _order(changes, dependent, dependency):
    """`dependent` after `dependency`, unless the reverse is already required."""
    if dependent in changes and dependency in changes and not _comes_after(changes, dependency, dependent):
        _depends(changes, dependent, dependency)


def add_unique_constraint_edges(sender, collapsed_changes, **kwargs):
    constraints = [key for key in collapsed_changes if key[0] == UNIQUE_LABEL]
    if not constraints:
        return
    objects_by_type = {}
    for key in collapsed_changes:
        if (type_id := _object_type_id(key[:2])) is not None:
            objects_by_type.setdefault(type_id, []).append(key)
    for key in constraints:
        change = collapsed_changes[key]
        deleted = str(change.final_action) == 'delete'
        data = (change.prechange_data if deleted else change.postchange_data) or {}
        type_id = data.get('custom_object_type')
        for field_id in _named_fields(data):
            field_key = (FIELD_LABEL, field_id)
            if field_key not in collapsed_changes:
                continue
            field_deleted = str(collapsed_changes[field_key].final_action) == 'delete'
            if deleted and field_deleted:
                _order(collapsed_changes, field_key, key)
            elif not deleted and not field_deleted:
                _order(collapsed_changes, key, field_key)
        for object_key in objects_by_type.get(type_id, ()):
            if deleted:
                if str(collapsed_changes[object_key].final_action) != 'delete':
                    _order(collapsed_changes, object_key, key)
            else:
                _order(collapsed_changes, key, object_key)
