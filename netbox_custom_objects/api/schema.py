"""The custom-object endpoints in NetBox's OpenAPI description (/api/schema/).

Requests for every type go through one route, `<custom_object_type>/`, whose fields depend on the type; the schema
describes it with the fields every custom object has and the existing slugs as the path parameter's values. For real
fields per type, `TypedSchemaRoutes` adds one path per type (`<slug>/`, `<slug>/<id>/`) that only the schema generator
sees: it sits after the generic route, which matches any slug first, so these routes never serve a request.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import URLResolver, path
from django.urls.resolvers import RoutePattern
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

from core.api.schema import ChoiceFieldFix, NetBoxAutoSchema
from netbox.api.serializers import NestedTagSerializer
from users.api.serializers_.owners import OwnerSerializer

from ..dynamic_models import model_cache
from ..dynamic_models.loader import ensure_loaded
from ..models import CustomObjectType, CustomObjectTypeField

__all__ = (
    'ChoiceValueFieldSchema',
    'CustomObjectAutoSchema',
    'GenericCustomObjectSerializer',
    'TypedSchemaRoutes',
    'forget_cached_schema',
)

TYPE_KWARG = 'custom_object_type'
# NetBox caches /api/schema/ for a day under this key prefix (netbox/urls.py), for every user alike.
SCHEMA_CACHE_KEYS = 'views.decorators.cache.cache_*.api_schema_*'
SCAN_STEP = 1000


class GenericCustomObjectSerializer(serializers.Serializer):
    """The keys every custom object has; each type's own fields are described on its own path."""
    id = serializers.IntegerField(read_only=True)
    url = serializers.URLField(read_only=True)
    display = serializers.CharField(read_only=True)
    owner = OwnerSerializer(nested=True, required=False, allow_null=True)
    created = serializers.DateTimeField(read_only=True, allow_null=True)
    last_updated = serializers.DateTimeField(read_only=True, allow_null=True)
    tags = NestedTagSerializer(many=True, required=False)

    class Meta:
        fields = ('id', 'url', 'display', 'owner', 'created', 'last_updated', 'tags')


class ChoiceValueFieldSchema(ChoiceFieldFix):
    """Select values as NetBox describes its choice fields: the bare value in requests, {value, label} in responses
    (drf-spectacular matches an extension to the exact class, so NetBox's does not cover the subclass)."""
    target_class = 'netbox_custom_objects.field_types.choices.ChoiceValueField'


class CustomObjectAutoSchema(NetBoxAutoSchema):
    """Names the type in descriptions and documents the `custom_object_type` path parameter."""

    def get_description(self):
        model = getattr(self.view, 'model', None)
        noun = f'{model._meta.verbose_name} objects' if model is not None else 'custom objects of the given type'
        if '{id}' in self.path:
            return f'{self.method.capitalize()} one of the {noun}.'
        return f'{self.method.capitalize()} a list of {noun}.'

    def get_tags(self):
        return ['plugins']

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if f'{{{TYPE_KWARG}}}' in self.path:
            parameters.append(OpenApiParameter(
                name=TYPE_KWARG, location=OpenApiParameter.PATH, required=True, type=OpenApiTypes.STR,
                enum=sorted(_type_slugs()) or None,
                description='The slug of a custom object type.',
            ))
        return parameters


class TypedSchemaRoutes(URLResolver):
    """Per-type routes for the schema generator (see the module docstring).

    Built from the classes the model cache holds in memory, so resolving and reversing URLs never queries the
    database for them; a type created in another worker appears once this worker has loaded it."""

    def __init__(self, viewset, list_actions, detail_actions):
        super().__init__(RoutePattern(''), urlconf_name=[])
        self._viewset = viewset
        self._actions = (list_actions, detail_actions)

    @property
    def url_patterns(self):
        patterns = []
        for slug in sorted(_type_slugs(from_cache=True)):
            list_actions, detail_actions = self._actions
            patterns.append(path(f'{slug}/', self._viewset.as_view(list_actions, type_slug=slug)))
            patterns.append(path(f'{slug}/<int:pk>/', self._viewset.as_view(detail_actions, type_slug=slug)))
        return patterns


def _type_slugs(from_cache=False):
    if from_cache:
        ensure_loaded()
        return {model._snapshot.slug for model in model_cache.cached_models()}
    return set(CustomObjectType.objects.values_list('slug', flat=True))


@receiver(post_save, sender=CustomObjectType, dispatch_uid='nco_api_schema_type_saved')
@receiver(post_delete, sender=CustomObjectType, dispatch_uid='nco_api_schema_type_deleted')
@receiver(post_save, sender=CustomObjectTypeField, dispatch_uid='nco_api_schema_field_saved')
@receiver(post_delete, sender=CustomObjectTypeField, dispatch_uid='nco_api_schema_field_deleted')
def forget_cached_schema(sender, using=None, raw=False, **kwargs):
    """The custom-object paths of the cached OpenAPI description follow the definitions: drop it once a definition
    change commits. (NetBox's cache is django-redis, which can delete by pattern.)"""
    delete_pattern = getattr(cache, 'delete_pattern', None)
    if delete_pattern is not None and not raw:
        # SCAN in large steps: the default of 10 keys per step costs a round trip per 10 keys of the whole cache.
        transaction.on_commit(lambda: delete_pattern(SCHEMA_CACHE_KEYS, itersize=SCAN_STEP), using=using)
