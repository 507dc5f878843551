"""Ambient state of the plugin, each value set through a context manager that resets its token."""

from contextlib import contextmanager
from contextvars import ContextVar

__all__ = (
    'attempting',
    'column_converted',
    'converted_columns',
    'deleting_types',
    'display_being_rendered',
    'related_primary_being_rendered',
    'rendering_display',
    'rendering_related_primary',
    'request_attempt',
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


# The attempt of the HTTP request being answered (middleware.py): set while a request runs, None otherwise. Writes
# check their class against the committed definition while it is set (dynamic_models/freshness.py).
request_attempt = ContextVar('request_attempt', default=None)


@contextmanager
def attempting(attempt):
    token = request_attempt.set(attempt)
    try:
        yield attempt
    finally:
        request_attempt.reset(token)


# {field id: whether the converted column is unique}: the fields whose column an online conversion has just given
# its new type (field_conversion.py), while their new definition is saved: the DDL of that save starts from the
# converted column (FieldChange.columns_before).
converted_columns = ContextVar('converted_columns', default={})


@contextmanager
def column_converted(field_id, unique):
    token = converted_columns.set({**converted_columns.get(), field_id: unique})
    try:
        yield
    finally:
        converted_columns.reset(token)


# True while an object's display expression is rendered (dynamic_models/base.py): the objects shown inside it use
# their primary field, or the display strings of objects that refer to each other would render each other forever.
rendering_display = ContextVar('nco_rendering_display', default=False)


@contextmanager
def display_being_rendered():
    token = rendering_display.set(True)
    try:
        yield
    finally:
        rendering_display.reset(token)


# True while an object's primary field that is a relation is rendered (dynamic_models/base.py): the related objects
# then show their own primary field only if it is no relation, so that objects naming each other (a cycle) cannot
# recurse forever.
rendering_related_primary = ContextVar('nco_rendering_related_primary', default=False)


@contextmanager
def related_primary_being_rendered():
    token = rendering_related_primary.set(True)
    try:
        yield
    finally:
        rendering_related_primary.reset(token)
