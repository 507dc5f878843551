"""The plugin's serializers, where NetBox looks for them (`<app>.api.serializers.<Model>Serializer`).

Generated models' serializers are reachable here too as `Table<id>ModelSerializer` (built on first access), the
import path upstream documents; NetBox itself finds them through the serializer resolver (see `resolver`).
"""

from ..constants import TABLE_MODEL_RE
from ..dynamic_models import model_cache
from .resolver import serializer_resolver  # noqa: F401  (upstream's import path)
from .serializers_.definitions import *
from .serializers_.dynamic import *
from .serializers_.unique import *


def __getattr__(name):
    if name.endswith('Serializer') and (match := TABLE_MODEL_RE.match(name.removesuffix('Serializer'))):
        try:
            return get_serializer_class(model_cache.get_model_by_id(int(match.group('id'))))
        except LookupError:
            pass
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
