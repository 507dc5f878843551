"""The base columns every custom object table has: those of the CustomObject base class, plus `id`."""

from django.apps import apps
from django.db import models

from .base import CustomObject

__all__ = (
    'base_columns',
)


def base_columns():
    """((attname, unbound Field), ...) for the columns CustomObject's mixins declare, with relation targets
    resolved to classes (the DDL executor builds its throwaway models from these)."""
    columns = [('id', models.BigAutoField(primary_key=True))]
    for field in CustomObject._meta.local_fields:
        name, path, args, kwargs = field.deconstruct()
        if field.remote_field is not None:
            kwargs['to'] = apps.get_model(kwargs['to']) if isinstance(kwargs['to'], str) else kwargs['to']
        columns.append((field.name, field.__class__(*args, **kwargs)))
    return tuple(columns)
