"""Classes for types main does not have while a merge or a revert replays them (pitfall no-class-for-branch-only-type).

The squash strategy looks up `ContentType.model_class()` for every change *before* applying any of them, and a
fresh worker has never seen a type it did not load. Two cases:
- merge: a type the branch created has no row in main yet. Its definition is read from the branch schema;
- revert: a type the branch deleted (and the merge dropped) has no row in main any more, nor in the branch. Its
  definition is rebuilt from the pre-change data of the branch's DELETE changes of the type and its fields (as
  for a merge of a type the branch created and deleted again, H5).
The snapshots are handed to the model cache, which builds main-registry classes from them until the replay
creates the real rows; they are re-checked against the database when the operation ends
(lifecycle.resync_model_cache)."""

import dataclasses
from functools import partial

from core.choices import ObjectChangeActionChoices
from core.models import ObjectType
from netbox_branching.choices import BranchStatusChoices
from netbox_branching.models import Branch
from netbox_branching.utilities import activate_branch
from utilities.serialization import deserialize_object

from ..constants import APP_LABEL, extract_type_id
from ..dynamic_models import model_cache
from ..dynamic_models.rows import load_snapshots
from ..dynamic_models.snapshot import FieldSnapshot, TypeSnapshot
from ..models import CustomObjectType, CustomObjectTypeField

__all__ = (
    'preload_branch_types',
    'preload_deleted_types',
    'preload_vanished_types',
)


def preload_branch_types(sender, branch, **kwargs):
    """Before a merge: the types the branch created (whether it still has them or deleted them again), and
    stand-ins for the types whose objects the branch changed but main deleted meanwhile."""
    main_ids = set(load_snapshots())
    with activate_branch(branch):
        branch_snapshots = load_snapshots()
    created = _type_ids(branch.get_changes(), ObjectChangeActionChoices.ACTION_CREATE)
    snapshots = _deleted_type_snapshots(branch, exclude=main_ids | set(branch_snapshots))
    snapshots.update({type_id: s for type_id, s in branch_snapshots.items()
                      if type_id not in main_ids and type_id in created})
    vanished = _object_type_ids(branch.get_changes()) - main_ids - set(snapshots)
    _preload(snapshots, vanished, partial(_in_status, branch.pk, BranchStatusChoices.MERGING))


def preload_vanished_types(sender, branch, **kwargs):
    """Before a sync: stand-ins for the types the branch deleted while main changed their objects (a type main
    created meanwhile is created by the sync itself)."""
    changes = branch.get_unsynced_changes()
    with activate_branch(branch):
        branch_ids = set(load_snapshots())
        vanished = (_object_type_ids(changes) - branch_ids
                    - _type_ids(changes, ObjectChangeActionChoices.ACTION_CREATE))
        if vanished:
            _preload({}, vanished, partial(_in_status, branch.pk, BranchStatusChoices.SYNCING))


def preload_deleted_types(sender, branch, **kwargs):
    """Before a revert: the types the branch deleted."""
    snapshots = _deleted_type_snapshots(branch, exclude=set(load_snapshots()))
    if snapshots:
        model_cache.preload(snapshots, needed=partial(_in_status, branch.pk, BranchStatusChoices.REVERTING))


def _preload(snapshots, vanished, needed):
    """Preload `snapshots`, and for each type id in `vanished` a class without fields that reads and writes
    nothing (dynamic_models/managers.py): its objects are gone where the changes are replayed."""
    stand_ins = {type_id: TypeSnapshot(id=type_id, name=f'deleted type {type_id}', slug=f'deleted-type-{type_id}')
                 for type_id in vanished}
    if not snapshots and not stand_ins:
        return
    models = model_cache.preload({**snapshots, **stand_ins}, needed=needed)
    for type_id in stand_ins:
        models[type_id].vanished = True


def _type_ids(changes, action):
    """Ids of the types that `changes` (ObjectChanges) create (or update, delete: `action`)."""
    return set(changes.filter(changed_object_type=ObjectType.objects.get_for_model(CustomObjectType), action=action)
               .values_list('changed_object_id', flat=True))


def _object_type_ids(changes):
    """Ids of the types whose objects `changes` (ObjectChanges) touch."""
    names = changes.filter(changed_object_type__app_label=APP_LABEL).values_list('changed_object_type__model',
                                                                               flat=True).distinct()
    return {type_id for name in names if (type_id := extract_type_id(name)) is not None}


def _deleted_type_snapshots(branch, exclude):
    """{type id: TypeSnapshot} of the types the branch deleted, other than those in `exclude`."""
    deletions = branch.get_changes().filter(action=ObjectChangeActionChoices.ACTION_DELETE)
    type_rows = {
        change.changed_object_id: change.prechange_data
        for change in deletions.filter(changed_object_type=ObjectType.objects.get_for_model(CustomObjectType))
        if change.changed_object_id not in exclude and change.prechange_data
    }
    if not type_rows:
        return {}
    field_rows = {}
    for change in deletions.filter(changed_object_type=ObjectType.objects.get_for_model(CustomObjectTypeField)):
        data = change.prechange_data or {}
        if data.get('custom_object_type') in type_rows:
            field_rows.setdefault(data['custom_object_type'], {})[change.changed_object_id] = data
    return {
        type_id: _snapshot(CustomObjectType, CustomObjectTypeField, type_id, data, field_rows.get(type_id, {}))
        for type_id, data in type_rows.items()
    }


def _snapshot(type_model, field_model, type_id, type_data, fields_data):
    """The TypeSnapshot of a deleted type, from the pre-change data of its DELETE and its fields' DELETEs."""
    type_row = deserialize_object(type_model, type_data, pk=type_id).object
    fields = []
    for field_id, data in sorted(fields_data.items()):
        deserialized = deserialize_object(field_model, data, pk=field_id)
        snapshot = FieldSnapshot.from_row(deserialized.object)
        if snapshot.is_polymorphic:  # the allowed types' rows are gone with the field: take them from its data
            allowed = ObjectType.objects.filter(pk__in=deserialized.m2m_data.get('related_object_types') or ())
            snapshot = dataclasses.replace(
                snapshot, related_object_types=tuple(sorted((ot.app_label, ot.model) for ot in allowed)))
        fields.append(snapshot)
    return dataclasses.replace(TypeSnapshot.from_row(type_row, ()), fields=tuple(fields))


def _in_status(branch_pk, status):
    """The preloaded classes serve until the engine's operation ends — committed, failed or a dry run (the branch
    leaves the transitional status in every case, and no other signal marks the last two)."""
    return Branch.objects.filter(pk=branch_pk, status=status).exists()
