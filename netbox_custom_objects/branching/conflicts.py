"""Conflicts of the change diffs of custom objects and of fields, compared like with like.

netbox-branching compares a ChangeDiff's `original` and `modified` (recorded in the branch) with `current` (main's
state) key by key. For our objects the keys are field names, and the two sides may name a field differently (a
rename on either side), or one side may not have the field at all (added in the branch, deleted on either side):
compared by name, such a field looks changed on the side that lacks it. And a field's DELETE change carries
`held_values` (models/held_values.py), which main's copy of the field never has.

So before a ChangeDiff of ours is saved, its conflicts are computed again: object payloads keyed by field identity
(each side's keys read with that side's definition of the type: current and previous names), a value counting as
changed by a side only if that side has the field; field payloads without `held_values`. A conflict remains where
main and the branch changed the same value, differently — netbox-branching's own rule."""

from django.db import DEFAULT_DB_ALIAS

from core.choices import ObjectChangeActionChoices

from ..constants import APP_LABEL, extract_type_id
from ..models import CustomObjectTypeField
from ..models.held_values import HELD_VALUES

__all__ = (
    'recompute_conflicts',
    'store_conflict_names',
)

FIELD_MODEL = CustomObjectTypeField._meta.model_name


def recompute_conflicts(sender, instance, update_fields=None, **kwargs):
    """pre_save receiver of netbox-branching's ChangeDiff (after its own computation, before the row is written)."""
    if instance.original is None or (update_fields is not None and 'conflicts' not in update_fields):
        return
    if instance.object_type.app_label != APP_LABEL:
        return
    if instance.object_type.model == FIELD_MODEL:
        sides = [_without_held_values(data) for data in (instance.original, instance.modified, instance.current)]
        instance.conflicts = [getattr(key, 'recorded', key) for key in _conflicts(instance.action, *sides)] or None
    elif (type_id := extract_type_id(instance.object_type.model)) is not None:
        branch_side = _Definition(type_id, instance.branch.connection_name)
        main_side = _Definition(type_id, DEFAULT_DB_ALIAS)
        modified = branch_side.keyed(instance.modified, main_side)
        current = main_side.keyed(instance.current, branch_side)
        conflicts = _conflicts(
            instance.action, branch_side.keyed(instance.original, main_side), modified, current,
            branch_has=branch_side.has, main_has=main_side.has,
        )
        instance.conflicts = [getattr(key, 'recorded', key) for key in conflicts] or None
        instance.modified = _with_conflict_names(instance.modified, modified, conflicts)
        instance.current = _with_conflict_names(instance.current, current, conflicts)


def store_conflict_names(sender, instance, using=None, update_fields=None, **kwargs):
    """post_save receiver of ChangeDiff: netbox-branching saves some updates with `update_fields` that leave out
    `modified` or `current`; the names recompute_conflicts added to them are written all the same."""
    if update_fields is None or 'conflicts' not in update_fields or not instance.conflicts:
        return
    if instance.object_type.app_label != APP_LABEL or instance.object_type.model == FIELD_MODEL:
        return
    missing = {'modified', 'current'} - set(update_fields)
    if missing:
        sender.objects.using(using).filter(pk=instance.pk).update(**{name: getattr(instance, name) for name in missing})


def _without_held_values(data):
    return {key: value for key, value in data.items() if key != HELD_VALUES} if isinstance(data, dict) else data


def _conflicts(action, original, modified, current, branch_has=None, main_has=None):
    """netbox-branching's rule (ChangeDiff._update_conflicts) on payloads keyed alike: the keys of `original` whose
    value both sides changed, differently. A side that has no such field (`*_has(key)` false) did not change it."""
    def changed(has, side, key, value):
        return (has is None or has(key)) and side.get(key) != value

    conflicts = []
    for key, value in original.items():
        branch_changed = changed(branch_has, modified or {}, key, value)
        if action == ObjectChangeActionChoices.ACTION_UPDATE:
            if current is None:  # deleted in main: every change the branch made conflicts
                conflict = branch_changed
            else:
                conflict = branch_changed and changed(main_has, current, key, value) and \
                    (modified or {}).get(key) != current.get(key)
        elif action == ObjectChangeActionChoices.ACTION_DELETE:
            conflict = current is not None and changed(main_has, current, key, value)
        else:
            conflict = False
        if conflict:
            conflicts.append(key)
    return conflicts


def _with_conflict_names(data, keyed, conflicts):
    """`data` (one side's payload) with each conflicting value also under the name the conflict is reported by.
    netbox-branching's change page reads both sides' payloads by that name, and a side that renamed the field holds
    its value under another one."""
    if not isinstance(data, dict) or not conflicts:
        return data
    names = {key: key.recorded for key in keyed if isinstance(key, _FieldKey)}
    aliases = {
        conflict.recorded: data[names[conflict]]
        for conflict in conflicts
        if isinstance(conflict, _FieldKey) and conflict in names and conflict.recorded not in data
    }
    return {**data, **aliases} if aliases else data


class _Definition:
    """One side's definition of a type (its field rows, read through `using`): payload keys → field identity."""

    def __init__(self, type_id, using):
        rows = CustomObjectTypeField.objects.using(using).filter(custom_object_type_id=type_id)
        self.field_ids = set()
        self.identities = {}
        previous = {}
        for row in rows:
            self.field_ids.add(row.pk)
            attributes = dict.fromkeys((*row.field_type.value_attributes(row), *row.field_type.model_attributes(row)))
            for attribute in attributes:
                suffix = attribute[len(row.name):]
                self.identities[attribute] = (row.pk, suffix)
                for old_name in row.previous_names or ():
                    previous[old_name + suffix] = (row.pk, suffix)
        for key, identity in previous.items():
            self.identities.setdefault(key, identity)  # a name in use now means the field that has it now

    def keyed(self, data, other):
        """`data` keyed by identity, (field id, attribute suffix) for field values, read with this definition, else
        with the `other` side's (a side that deleted the type has none); other keys as they are. None stays None."""
        if not isinstance(data, dict):
            return data
        return {self._identity(key, other): value for key, value in data.items()}

    def _identity(self, key, other):
        identity = self.identities.get(key) or other.identities.get(key)
        return key if identity is None else _FieldKey(identity, key)

    def has(self, key):
        return not isinstance(key, _FieldKey) or key.field_id in self.field_ids


class _FieldKey(tuple):
    """(field id, attribute suffix), hashed and compared by those two only; remembers the key as recorded."""

    def __new__(cls, identity, recorded):
        key = super().__new__(cls, identity)
        key.recorded = recorded
        return key

    @property
    def field_id(self):
        return self[0]
