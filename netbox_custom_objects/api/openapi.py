"""The custom-object endpoints in NetBox's OpenAPI description (/api/schema/).

Requests for every type go through one route, `<custom_object_type>/`, whose fields depend on the type; the schema
describes it with the fields every custom object has and the existing slugs as the path parameter's values. For real
fields per type, `TypedSchemaRoutes` adds one path per type (`<slug>/`, `<slug>/<id>/`) that only the schema generator
sees: it sits after the generic route, which matches any slug first, so these routes never serve a request.

NetBox serves the description to anyone and caches it for a day (netbox/urls.py). The types are the users' own data
model, so the description shows a user only the types whose objects they may view (their slugs, paths and fields),
and an anonymous client none: just the generic route. `SchemaCacheMiddleware` keys NetBox's cache by what the
description shows, so that it never hands one client's description to another.
"""

import hashlib

from django.core.cache import cache
from django.db import transaction
from django.urls import URLResolver, path
from django.urls.resolvers import RoutePattern
from django.utils.cache import patch_cache_control, patch_vary_headers
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers
from rest_framework.exceptions import AuthenticationFailed

from core.api.schema import ChoiceFieldFix, NetBoxAutoSchema
from netbox.api.authentication import TokenAuthentication
from netbox.api.serializers import NestedTagSerializer
from users.api.serializers_.owners import OwnerSerializer

from ..branching.context import active_branch_key
from ..constants import APP_LABEL, OPENAPI_CACHE_KEYS, model_name
from ..dynamic_models import model_cache
from ..dynamic_models.loader import ensure_loaded
from ..models import CustomObjectType

__all__ = (
    'ChoiceValueFieldSchema',
    'CustomObjectAutoSchema',
    'GenericCustomObjectSerializer',
    'SchemaCacheMiddleware',
    'TypedSchemaRoutes',
    'forget_cached_schema',
)

TYPE_KWARG = 'custom_object_type'
SCHEMA_CACHE_KEYS = OPENAPI_CACHE_KEYS
SCAN_STEP = 1000
# NetBox's URL name of /api/schema/
SCHEMA_VIEW_NAME = 'schema'
# The request header that keys NetBox's cache of the description by what it shows (SchemaCacheMiddleware)
DESCRIBED_HEADER = 'X-NCO-Described-Types'
DESCRIBED_META = 'HTTP_X_NCO_DESCRIBED_TYPES'
ANONYMOUS_DIGEST, REFUSED_DIGEST = 'none', 'refused'


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
    target_class = 'netbox_custom_objects.field_types.select.ChoiceValueField'


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

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        # A type's own paths are described to the users who may view its objects (None leaves the path out).
        slug = getattr(self.view, 'type_slug', None)
        if slug is not None and slug not in described_slugs(self.view.request.user):
            return None
        return super().get_operation(path, path_regex, path_prefix, method, registry)

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if f'{{{TYPE_KWARG}}}' in self.path:
            parameters.append(OpenApiParameter(
                name=TYPE_KWARG, location=OpenApiParameter.PATH, required=True, type=OpenApiTypes.STR,
                enum=sorted(described_slugs(self.view.request.user)) or None,
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
        for slug in sorted(_type_slugs()):
            list_actions, detail_actions = self._actions
            patterns.append(path(f'{slug}/', self._viewset.as_view(list_actions, type_slug=slug)))
            patterns.append(path(f'{slug}/<int:pk>/', self._viewset.as_view(detail_actions, type_slug=slug)))
        return patterns


def _type_slugs():
    ensure_loaded()
    return {model._snapshot.slug for model in model_cache.cached_models()}


def described_slugs(user):
    """The slugs of the types the description shows `user`: those whose objects they may view (as the API root
    lists them); none to an anonymous client. Read once per description (kept on the user object it is made for)."""
    if user is None or not user.is_authenticated:
        return frozenset()
    slugs = getattr(user, '_nco_described_slugs', None)
    if slugs is None:
        slugs = user._nco_described_slugs = frozenset(
            slug for pk, slug in CustomObjectType.objects.values_list('pk', 'slug')
            if user.has_perm(f'{APP_LABEL}.view_{model_name(pk)}')
        )
    return slugs


class SchemaCacheMiddleware:
    """Keeps NetBox's cache of /api/schema/ from handing one client's description to another.

    `cache_page` keys a stored response by the URL and by the values of the request headers that the response names
    in `Vary`. Before the view (and its cache lookup) runs, this middleware puts a digest of what the description
    will show the client (the active branch and the slugs of `described_slugs()`) in a request header of its own,
    and every description names that header in `Vary`: clients who see the same types share one stored description,
    anonymous clients theirs, and a change of a user's permissions takes effect at their next request. The header
    is added before `cache_page` stores the response: NetBox's view answers with a DRF Response, whose rendering
    (and with it the storing) comes after the template-response hook. A client cannot choose the digest: the
    header it may send under that name is replaced. For the client, a user's description is `private` (for proxies
    on the way, which see neither header)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_schema(request) and request.META.get(DESCRIBED_META) not in (None, ANONYMOUS_DIGEST):
            patch_cache_control(response, private=True)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if _is_schema(request):
            request.META[DESCRIBED_META] = _described_digest(request)

    def process_template_response(self, request, response):
        if _is_schema(request):
            patch_vary_headers(response, (DESCRIBED_HEADER,))
        return response


def _is_schema(request):
    match = getattr(request, 'resolver_match', None)
    return match is not None and match.view_name == SCHEMA_VIEW_NAME


def _described_digest(request):
    user = getattr(request, 'user', None)
    if (user is None or not user.is_authenticated) and 'Authorization' in request.headers:
        # API tokens are read by the view (DRF), after the cache lookup: read the token here as NetBox's pages do
        try:
            user = (TokenAuthentication().authenticate(request) or (None,))[0]
        except AuthenticationFailed:
            return REFUSED_DIGEST  # never stored: the view refuses the token
    slugs = described_slugs(user)
    if not slugs:
        return ANONYMOUS_DIGEST
    described = '\n'.join((str(active_branch_key() or ''), *sorted(slugs)))
    return hashlib.sha256(described.encode()).hexdigest()


def forget_cached_schema(using):
    """The custom-object paths of the cached OpenAPI description follow the definitions: drop it once the definition
    change being written through `using` commits (called by the definition receivers, receivers.py). (NetBox's cache
    is django-redis, which can delete by pattern.)"""
    delete_pattern = getattr(cache, 'delete_pattern', None)
    if delete_pattern is not None:
        # SCAN in large steps: the default of 10 keys per step costs a round trip per 10 keys of the whole cache.
        transaction.on_commit(lambda: delete_pattern(SCHEMA_CACHE_KEYS, itersize=SCAN_STEP), using=using)
