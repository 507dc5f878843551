"""The attribute names a generated model has before any field is added, read from the real bases (introspection).

A field becomes a class attribute of its model (and so do its derived attributes, e.g. `<name>_id`), replacing
whatever the bases put there: a field named `from_db` or `validate_unique` would turn a Django method into a column
descriptor and break every read or write of the type (upstream kept a hand-written list, which fell behind Django
and NetBox). So the list is taken from a throwaway class built on the same bases as every generated model, with and
without config context, in a private registry: Django's `Model` API, NetBox's mixins and their relations, the
accessors Django adds (`get_next_by_created`, ...) and the plugin's own class attributes.
"""

from functools import cache

from ..constants import APP_LABEL, SURFACE_RESERVED_NAMES
from .factory import GENERATED_MODULE, model_bases
from .registration import branch_registry

__all__ = (
    'reserved_attribute_names',
)


@cache
def reserved_attribute_names():
    """Every name a field (or a field's derived attribute) must not take; computed once, when the plugin starts."""
    names = set(SURFACE_RESERVED_NAMES)
    for config_context_enabled in (False, True):
        names |= _attributes_of(_probe_model(config_context_enabled))
    return frozenset(names)


def _probe_model(config_context_enabled):
    registry = branch_registry()  # a private registry: the probe never appears in Django's
    meta = type('Meta', (), {'app_label': APP_LABEL, 'apps': registry, 'managed': False})
    attrs = {'__module__': GENERATED_MODULE, 'Meta': meta}
    return type('ReservedNamesProbe', model_bases(config_context_enabled), attrs)


def _attributes_of(model):
    names = set(dir(model))
    for field in model._meta.get_fields(include_hidden=True):
        names.add(field.name)
        names.add(getattr(field, 'attname', field.name))
        if accessor := getattr(field, 'get_accessor_name', None):
            names.add(accessor() or '')
    return {name for name in names if name}
