"""The module every generated class names as its `__module__`: its attributes are the generated classes themselves.

Python (pickle, and so RQ jobs, Django's cache) refers to a class by `module.qualname`. A generated model
(`Table<id>Model`) or through/link model (`Through_custom_objects_<id>_<field>`) is made at runtime, so this module
resolves those names through the model cache, in the active branch: a queryset or an object holding a generated class
(a webhook's event payload holds the object, whose prefetch cache holds querysets of the link models) pickles, and
unpickles in another process (the RQ worker) as the class of that process.
"""

import re

from ..constants import APP_LABEL, TABLE_MODEL_RE, USER_TABLE_DATABASE_NAME_PREFIX
from .cache import model_cache

__all__ = ()

# constants.through_model_name()
THROUGH_MODEL_RE = re.compile(rf'^Through_{USER_TABLE_DATABASE_NAME_PREFIX}(?P<id>\d+)_(?P<field>[a-z0-9_]+)$')


def _owner(type_id, name):
    try:
        return model_cache.get_model_by_id(int(type_id))
    except LookupError as error:
        raise AttributeError(f'{__name__} has no attribute {name!r} (no custom object type {type_id})') from error


def __getattr__(name):
    if match := TABLE_MODEL_RE.fullmatch(name):
        return _owner(match['id'], name)
    if match := THROUGH_MODEL_RE.fullmatch(name):
        owner = _owner(match['id'], name)
        through = owner._meta.apps.all_models[APP_LABEL].get(name.lower())
        if through is not None:
            return through
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
