"""Which of main's classes a branch may use as its own.

A branch whose definition of a type equals main's can use main's class instead of building one per branch — but
only if every type related to it does too. A class carries its relations in both directions: Django derives
its reverse relations (used by deletion cascades, NetBox's change log of deletions, reverse accessors) from the
classes that point at it. If a branch changed a type that points at X, main's class of X would still lead to
main's class of that type, with columns the branch's table no longer has. So sharing is decided per connected
group of types: all identical in both definitions, or none shared."""

from collections import defaultdict

from ..constants import APP_LABEL, extract_type_id

__all__ = (
    'shareable_type_ids',
)


def shareable_type_ids(branch_snapshots, main_snapshots):
    """Ids of the types whose main class the branch can use: each type connected to them by relations (either
    direction, transitively, in either definition) has the same snapshot in the branch and in main."""
    neighbours = defaultdict(set)
    for snapshots in (branch_snapshots, main_snapshots):
        for type_id, snapshot in snapshots.items():
            neighbours[type_id]  # a type without relations is a group of its own
            for target in _related_type_ids(snapshot):
                neighbours[type_id].add(target)
                neighbours[target].add(type_id)
    identical = {type_id for type_id, snapshot in branch_snapshots.items() if main_snapshots.get(type_id) == snapshot}
    shareable, seen = set(), set()
    for start in neighbours:
        if start in seen:
            continue
        group, pending = set(), [start]
        while pending:
            type_id = pending.pop()
            if type_id not in group:
                group.add(type_id)
                pending.extend(neighbours[type_id] - group)
        seen |= group
        if group <= identical:
            shareable |= group
    return frozenset(shareable)


def _related_type_ids(snapshot):
    for field in snapshot.fields:
        labels = (*((field.related_object_type,) if field.related_object_type else ()), *field.related_object_types)
        for app_label, model in labels:
            if app_label == APP_LABEL and (type_id := extract_type_id(model)) is not None:
                yield type_id
