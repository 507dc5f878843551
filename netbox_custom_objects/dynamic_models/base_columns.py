"""The base columns of a custom object table: those of the generated model's abstract bases, plus `id`."""

from django.apps import apps
from django.db import models

from .factory import model_bases

__all__ = (
    'base_columns',
)


def base_columns(config_context_enabled=False):
    """((attname, unbound Field), ...) for the columns the abstract bases of a generated model declare (see
    `factory.model_bases`), with relation targets resolved to classes (the DDL executor builds its throwaway models
    from these)."""
    columns = [('id', models.BigAutoField(primary_key=True))]
    seen = set()
    for base in model_bases(config_context_enabled):
        for field in base._meta.local_fields:
            if field.name in seen:
                continue
            seen.add(field.name)
            name, path, args, kwargs = field.deconstruct()
            if field.remote_field is not None:
                kwargs['to'] = apps.get_model(kwargs['to']) if isinstance(kwargs['to'], str) else kwargs['to']
            columns.append((field.name, field.__class__(*args, **kwargs)))
    return tuple(columns)
