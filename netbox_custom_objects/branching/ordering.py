"""Squash ordering: the edges netbox-branching's dependency graph cannot see.

The engine orders collapsed changes by concrete foreign keys only. Objects of a custom type also depend on the
*schema* of their type — its row and its fields' rows, whose replay creates the table and columns — and on the
objects their multiobject links point at. Without these edges an object CREATE can run before its type's table or
a field's column exists, and its values are lost (pitfall objects-before-columns, H1).

Rules (keys are `(label, pk)` as the engine builds them; revert reverses the final order itself), each carried out
by the step named after it:

1. `_object_after_definitions`: an object CREATE/UPDATE comes after every non-DELETE change of its type's
   definition rows.
2. `_object_after_definitions` too: a definition DELETE comes after every change of the type's objects — except a
   field DELETE in a merge: the objects' payloads are re-keyed by field identity first (`_rekey_for_merge`), so they
   no longer hold a deleted field's values, and the field must be able to go before a new field takes its name (D8).
3. `_field_deletes_first`: a field CREATE/UPDATE comes after the type's field DELETEs (a name and column freed
   before being reused), unless that would close a cycle.
4. `_object_after_targets`: an object CREATE/UPDATE comes after the CREATE of every object it links to through a
   multiobject field, unless that object already (transitively) comes after it: link tables check their foreign
   keys at commit, so the edge only orders, and one that closed a cycle (objects linking to each other, or to
   themselves) would make the engine's cycle-breaking, which works on nullable foreign keys, fail (F7/H7).
5. `_object_after_targets` too: likewise after the CREATE of every object it points at through an object or
   multiobject field the merged changes define: the engine reads foreign keys from main's classes, which lack the
   fields a branch added (B6).
6. `_deletes_after_new_references`: a DELETE of an object (of a custom type or a NetBox model) comes after the
   CREATE/UPDATE of every field the changes define that points at its model (polymorphic included), unless that
   would close a cycle: the deletion collects the objects pointing at it through every relation its class knows,
   and during the operation it knows the fields of the types being merged, whose tables and columns must exist by
   then.
"""

from core.models import ObjectType

from ..constants import APP_LABEL, extract_type_id
from ..field_types.registry import get_field_type
from .renames import rekey_collapsed_objects

__all__ = ('add_custom_object_edges',)

TYPE_LABEL = f'{APP_LABEL}.customobjecttype'
FIELD_LABEL = f'{APP_LABEL}.customobjecttypefield'


def _depends(changes, dependent_key, dependency_key):
    if dependent_key == dependency_key:
        return
    changes[dependent_key].depends_on.add(dependency_key)
    changes[dependency_key].depended_by.add(dependent_key)


def _comes_after(changes, key, other_key):
    """True when `key` (transitively) depends on `other_key`."""
    seen, pending = set(), [key]
    while pending:
        current = pending.pop()
        if current == other_key:
            return True
        if current not in seen and current in changes:
            seen.add(current)
            pending.extend(changes[current].depends_on)
    return False


def _definition_keys_by_type(changes):
    """{type id: [keys of the type's own row and of its fields' rows]}."""
    by_type = {}
    for key, change in changes.items():
        if key[0] == TYPE_LABEL:
            by_type.setdefault(key[1], []).append(key)
        elif key[0] == FIELD_LABEL:
            data = change.postchange_data or change.prechange_data or {}
            if (type_id := data.get('custom_object_type')) is not None:
                by_type.setdefault(type_id, []).append(key)
    return by_type


def _object_type_id(key):
    label = key[0]
    if not label.startswith(f'{APP_LABEL}.'):
        return None
    return extract_type_id(label.split('.', 1)[1])


def _link_targets(change):
    """(target label, pk) of every object the change's multiobject values point at."""
    model = change.model_class
    if model is None:
        return
    data = change.postchange_data or {}
    for field in model._meta.local_many_to_many:
        target = field.related_model
        if not isinstance(target, type) or not isinstance(data.get(field.name), list):
            continue
        for pk in data[field.name]:
            yield target._meta.label_lower, pk


def _defined_relations(changes):
    """{type id: [(field name, target label)]}: the (non-polymorphic) fields with a related object type that the
    field changes being applied define or redefine."""
    relations = {}
    for key, change in changes.items():
        data = change.postchange_data or {}
        if key[0] != FIELD_LABEL or str(change.final_action) == 'delete' or data.get('is_polymorphic'):
            continue
        try:
            takes_target = 'related_object_type' in get_field_type(data.get('type')).options
        except LookupError:
            continue
        target = data.get('related_object_type')
        object_type = ObjectType.objects.filter(pk=target).first() if takes_target and target else None
        if object_type is not None:
            relations.setdefault(data.get('custom_object_type'), []).append(
                (data.get('name'), f'{object_type.app_label}.{object_type.model}')
            )
    return relations


def _field_targets(changes):
    """{target label: [keys of the field changes (not DELETEs) that define a field pointing at that model]}."""
    targets, object_types = {}, {}
    for key, change in changes.items():
        data = change.postchange_data or {}
        if key[0] != FIELD_LABEL or str(change.final_action) == 'delete':
            continue
        ids = data.get('related_object_types') if data.get('is_polymorphic') else [data.get('related_object_type')]
        for object_type_id in ids if isinstance(ids, list) else ():
            if isinstance(object_type_id, int) and object_type_id not in object_types:
                object_types[object_type_id] = ObjectType.objects.filter(pk=object_type_id).first()
            if (object_type := object_types.get(object_type_id)) is not None:
                targets.setdefault(f'{object_type.app_label}.{object_type.model}', []).append(key)
    return targets


def _deletes_after_new_references(changes):
    """Rule 6: each DELETE after the definition of the fields that will point at its model."""
    targets = _field_targets(changes)
    for key, change in changes.items():
        if str(change.final_action) != 'delete':
            continue
        for field_key in targets.get(key[0], ()):
            if not _comes_after(changes, field_key, key):
                _depends(changes, key, field_key)


def _reference_targets(change, type_id, relations):
    """(target label, pk) of every object the change points at through fields `relations` knows and main's class
    may not (a field the branch added)."""
    data = change.postchange_data or {}
    for name, target_label in relations.get(type_id, ()):
        value = data.get(name)
        for pk in value if isinstance(value, list) else (value,):
            if isinstance(pk, int):
                yield target_label, pk


def _field_deletes_first(changes, definition_keys):
    """Rule 3: a type's field DELETEs before its other field changes (unless the reverse is already required)."""
    fields = [key for key in definition_keys if key[0] == FIELD_LABEL]
    deletes = [key for key in fields if str(changes[key].final_action) == 'delete']
    for key in fields:
        for delete_key in deletes:
            if key not in deletes and not _comes_after(changes, delete_key, key):
                _depends(changes, key, delete_key)


def _rekey_for_merge(changes):
    """The objects' payloads keyed by field identity, so that they hold no value of a field deleted (rule 2)."""
    rekey_collapsed_objects(changes, FIELD_LABEL, lambda label: _object_type_id((label,)) is not None)


def _object_changes(changes):
    """(key, change, type id) of each change of a custom object."""
    for key, change in changes.items():
        if (type_id := _object_type_id(key[:2])) is not None:
            yield key, change, type_id


def _object_after_definitions(changes, key, change, definition_keys, merging):
    """Rules 1 and 2: the object's change after its type's definition changes, and definition DELETEs after it."""
    action = str(change.final_action)
    for definition_key in definition_keys:
        definition_action = str(changes[definition_key].final_action)
        if action != 'delete' and definition_action != 'delete':
            _depends(changes, key, definition_key)
        elif definition_action == 'delete' and (not merging or definition_key[0] != FIELD_LABEL):
            _depends(changes, definition_key, key)


def _object_after_targets(changes, key, change, type_id, relations):
    """Rules 4 and 5: an object CREATE/UPDATE after the CREATE of the objects it links or points to, where that
    closes no cycle."""
    if str(change.final_action) not in ('create', 'update'):
        return
    for target_key in (*_link_targets(change), *_reference_targets(change, type_id, relations)):
        target = changes.get(target_key)
        if target is not None and str(target.final_action) == 'create' and not _comes_after(changes, target_key, key):
            _depends(changes, key, target_key)


def add_custom_object_edges(sender, collapsed_changes, operation=None, **kwargs):
    """netbox-branching's `squash_dependency_graph_built` receiver: add the edges of rules 1-6 to
    `collapsed_changes` ({key: collapsed change}, the engine's graph) before it orders a squash merge or revert
    (`operation`). Each object gets the edges of rules 1-2 and then of 4-5 before the next object is looked at:
    the cycle checks of rules 4-5 see the edges added so far."""
    merging = operation == 'merge'
    if merging:
        _rekey_for_merge(collapsed_changes)
    definitions = _definition_keys_by_type(collapsed_changes)
    relations = _defined_relations(collapsed_changes)
    for key, change, type_id in list(_object_changes(collapsed_changes)):
        _object_after_definitions(collapsed_changes, key, change, definitions.get(type_id, ()), merging)
        _object_after_targets(collapsed_changes, key, change, type_id, relations)
    for definition_keys in definitions.values():
        _field_deletes_first(collapsed_changes, definition_keys)
    _deletes_after_new_references(collapsed_changes)
