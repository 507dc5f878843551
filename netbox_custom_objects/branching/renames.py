"""Replaying payloads recorded under a field's old name (pitfall edits-replayed-before-rename, rewritten-history,
renames-found-in-history).

netbox-branching passes every UPDATE payload (and each side of a ChangeDiff) through the registered ObjectChange
field migrators before applying or comparing it. A key that is no longer a field name is mapped to the field that
carried that name before (each field row keeps its `previous_names`, so nothing depends on change-log history,
which retention purges, and no history is rewritten).

Names alone are ambiguous once a name is reused (a field renamed or deleted and its name given to another field).
Replayed in time order (iterative merge, sync) that does not matter: each change meets the fields as they were when
it was recorded. The squash strategy collapses an object's changes and applies them after the definition changes;
so each object payload also names the field behind every value (`FIELD_IDS`: {attribute: [field id, field name]},
a key NetBox leaves out of diffs), and the collapsed payloads are re-keyed by field identity before the squash
applies them (`rekey_by_identity`)."""

from ..dynamic_models.payloads import FIELD_IDS, field_ids, translate_renamed_keys

__all__ = (
    'FIELD_IDS',
    'field_ids',
    'rekey_by_identity',
    'rekey_collapsed_objects',
    'translate_renamed_keys',
)


def rekey_by_identity(data, final_names, keys=None):
    """`data` with each value of a field in `final_names` ({field id: final name, or None: the field is gone})
    under that field's final name (or left out); other keys as they are. `keys`: the keys to keep (None: all)."""
    ids = data.get(FIELD_IDS) if isinstance(data, dict) else None
    if not isinstance(ids, dict):
        return data
    kept, moved = {}, {}
    for key, value in data.items():
        if keys is not None and key not in keys:
            continue
        field_id, name = ids.get(key) or (None, None)
        if field_id not in final_names:
            kept[key] = value
        elif (final := final_names[field_id]) is not None:
            moved[final + key[len(name):]] = value
    return {**kept, **moved}


def rekey_collapsed_objects(collapsed_changes, field_label, is_object_label):
    """Before a squash merge applies them: the collapsed object payloads re-keyed by field identity, with the
    names the branch's field changes end with (a field the branch deleted: its values are left out). A collapsed
    payload merges every change of the object; keys its last change no longer has are names it gave up."""
    final_names = {
        key[1]: None if str(change.final_action) == 'delete' else (change.postchange_data or {}).get('name')
        for key, change in collapsed_changes.items() if key[0] == field_label and len(key) == 2
    }
    if not final_names:
        return
    for key, change in collapsed_changes.items():
        if len(key) != 2 or not is_object_label(key[0]) or str(change.final_action) not in ('create', 'update'):
            continue
        change.prechange_data = rekey_by_identity(change.prechange_data, final_names)
        last = getattr(change.last_change, 'postchange_data', None)
        if isinstance(last, dict) and FIELD_IDS in last:  # (a sync's own records carry no ids)
            change.postchange_data = rekey_by_identity(change.postchange_data, final_names, keys=set(last))
