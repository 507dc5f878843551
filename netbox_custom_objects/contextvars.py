"""Ambient state of the plugin, each value set through a context manager that resets its token."""

from contextlib import contextmanager
from contextvars import ContextVar

__all__ = (
    'deleting_types',
    'types_being_deleted',
)

# Ids of the types whose deletion is in progress: their fields are deleted by cascade, and dropping each column
# of a table that is about to be dropped would be wasted work.
deleting_types = ContextVar('deleting_types', default=frozenset())


@contextmanager
def types_being_deleted(*type_ids):
    token = deleting_types.set(deleting_types.get() | frozenset(type_ids))
    try:
        yield
    finally:
        deleting_types.reset(token)
