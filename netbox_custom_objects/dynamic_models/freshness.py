"""Writes never go through a class that no longer matches its table.

Before the first write of a type in a request, `check_definition()` takes the type's shared lock (ddl/locks.py) and
compares the committed definition with the one the class was built from. A class that only lacks fields added since
(or differs in validation) still writes every column it knows correctly, and the lock keeps any further DDL out
until the request is answered. A class with a field since deleted, renamed or retyped raises `StaleDefinition` before
anything is written: the request is answered again with the current class (middleware.py), where a value sent under a
field's old name is carried to its new one.
"""

from django.apps import apps
from django.db import connections

from ..constants import APP_LABEL
from ..contextvars import request_attempt
from ..ddl.locks import lock_for_write

__all__ = (
    'StaleDefinition',
    'check_definition',
    'written_columns_changed',
)


class StaleDefinition(Exception):  # noqa: N818 (a state, not a failure of the caller)
    """The class a write was prepared with has a field that the committed definition deleted, renamed or retyped."""

    def __init__(self, model):
        self.type_id = model._snapshot.id
        self.snapshot = model._snapshot
        super().__init__(f'The definition of custom object type {self.type_id} changed while this write was prepared; '
                         'it must be prepared again with the current definition.')


def check_definition(model, using):
    """In a request: raise StaleDefinition if `model` writes a column the committed definition no longer has as it
    knows it. Once per type and request: the lock taken keeps the definition as checked until the request ends."""
    attempt = request_attempt.get()
    snapshot = getattr(model, '_snapshot', None)
    if attempt is None or snapshot is None:  # a field-less stand-in (standins.py) writes nothing of a definition
        return
    if snapshot.id in attempt.write_locks.setdefault(using, set()):
        return
    attempt.write_locks[using].add(snapshot.id)
    type_model = apps.get_model(APP_LABEL, 'CustomObjectType')
    if not lock_for_write(connections[using], snapshot.id, type_model._meta.db_table, snapshot.cache_timestamp,
                          compatible=lambda: not written_columns_changed(snapshot, using)):
        raise StaleDefinition(model)


def written_columns_changed(snapshot, using):
    """True if a field of `snapshot` is gone, or has another name or type in the committed definition."""
    field_model = apps.get_model(APP_LABEL, 'CustomObjectTypeField')
    current = {
        pk: (name, kind) for pk, name, kind in field_model.objects.using(using).filter(
            custom_object_type_id=snapshot.id).values_list('pk', 'name', 'type')
    }
    return any(current.get(field.id) != (field.name, field.type) for field in snapshot.fields)
