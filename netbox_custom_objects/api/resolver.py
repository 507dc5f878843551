"""The serializer resolver NetBox consults for this app's models (`PluginConfig.serializer_resolver`).

`utilities.api.get_serializer_for_model()` cannot import a serializer for a generated model, so NetBox asks this
resolver first: event rules, webhooks, nested object representations and branch diffs all go through it. For the
definition models it answers None and NetBox imports their serializers from `api.serializers` as usual.
"""

from . import openapi  # noqa: F401  (loaded with the plugin: its receivers keep NetBox's cached OpenAPI fresh)
from .serializers_.dynamic import get_serializer_class, is_custom_object_model

__all__ = ('serializer_resolver',)


def serializer_resolver(model, prefix=''):
    # `prefix` named NetBox's old nested serializers; the generated serializer renders its brief form when
    # instantiated with nested=True, whatever was asked for. Some callers pass an instance (netbox-branching's
    # change diff serializer): NetBox's own lookup takes either.
    if not isinstance(model, type):
        model = type(model)
    if is_custom_object_model(model):
        return get_serializer_class(model)
    return None
