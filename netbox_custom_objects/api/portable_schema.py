"""REST endpoints of the portable schema, under /api/plugins/custom-objects/schema/:

- `preview/` (POST a document): `{"diffs": [...]}`, the plan; nothing is written. The view permission on custom object
  types; the existing types the document names, and their fields, must be viewable under the user's constraints.
- `apply/` (POST `{"allow_destructive": false, "schema": {...}}`): `{"applied": true, "diffs": [...]}`. A write-enabled
  token, and for each type and field the plan adds, changes or deletes the matching permission under the user's
  constraints, checked on the rows before and after writing (schema.permissions).
- `export/?types=<slug>,<slug>&format=yaml|json` (GET): the document of the types the user may view.

Bodies may be JSON or YAML (Content-Type application/yaml or text/yaml); responses are JSON, or YAML with
`Accept: application/yaml`. Bad input is a 400 (`schema_errors`, each with its `path` as a list of keys and indexes
as strings, stopping at a field entry, as upstream gives it; `schema` when apply's body has no document; or `error` +
`detail`), destructive changes not allowed a 409, missing permissions a 403
(`detail`, and `problems` when the plan is refused); never a 500.
"""

import json

from django.urls import path
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import APIView

from users.models import Token

from ..constants import APP_LABEL
from ..models import CustomObjectType
from ..schema import (
    MAX_REPORTED_ERRORS,
    CircularDependencyError,
    DestructiveChangesError,
    InvalidDefinitionError,
    SchemaPermissionError,
    SchemaPermissions,
    SchemaValidationError,
    UnresolvableReferenceError,
    apply_diffs,
    dump_document,
    export_cots,
    load_document,
    plan_document,
)
from .parsers import JSONParser

__all__ = (
    'SchemaApplyView',
    'SchemaExportView',
    'SchemaPreviewView',
    'urlpatterns',
)

class YAMLParser(BaseParser):
    media_type = 'application/yaml'

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return load_document(stream.read(), format='yaml')
        except SchemaValidationError as e:
            raise ParseError(e.errors[0]['message']) from None


class TextYAMLParser(YAMLParser):
    media_type = 'text/yaml'


class LegacyYAMLParser(YAMLParser):
    media_type = 'application/x-yaml'


class YAMLRenderer(BaseRenderer):
    media_type = 'application/yaml'
    format = 'yaml'
    charset = 'utf-8'

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Error payloads hold str subclasses (ErrorDetail) that YAML's safe dumper refuses: plain JSON values first.
        return dump_document(json.loads(json.dumps(data)), format='yaml').encode(self.charset)


VIEW_PERMISSION = f'{APP_LABEL}.view_customobjecttype'
PARSERS = (JSONParser, YAMLParser, TextYAMLParser, LegacyYAMLParser)


class CanPreviewSchema(BasePermission):
    """The view permission on custom object types (which ones: schema.permissions)."""
    message = _('Previewing a schema needs the permission to view custom object types.')

    def has_permission(self, request, view):
        return request.user.is_authenticated and request.user.has_perm(VIEW_PERMISSION)


class CanApplySchema(BasePermission):
    """A write-enabled token (when a token is used) and some permission to write types or fields (what each plan
    needs, row by row: schema.permissions)."""
    message = _('Applying a schema needs a write-enabled token and permissions to add, change or delete custom object '
                'types or their fields.')

    def has_permission(self, request, view):
        if not request.user.is_authenticated:
            return False
        if isinstance(request.auth, Token) and not request.auth.write_enabled:
            return False
        return SchemaPermissions.may_apply_any(request.user)


# Upstream's error paths stop at the item of these lists (its checks of an item are alternatives, one per field type)
ITEM_LISTS = frozenset({'fields', 'removed_fields'})


def api_error(error):
    """A document error as upstream's API gives it: the path a list of strings that stops at a field entry
    ('types.0.fields.2.type' → ['types', '0', 'fields', '2']); the keys left out of the path open the message
    ('type: ...'), so it still says what is wrong."""
    parts = error['path'].split('.') if error['path'] else []
    for index in range(1, len(parts) - 2):
        if parts[index] in ITEM_LISTS and parts[index + 1].isdigit():
            parts, inner = parts[:index + 2], parts[index + 2:]
            return {**error, 'path': parts, 'message': f'{".".join(inner)}: {error["message"]}'}
    return {**error, 'path': parts}


def schema_errors_response(errors):
    errors = [api_error(error) for error in errors[:MAX_REPORTED_ERRORS]]
    return Response({'schema_errors': errors}, status=status.HTTP_400_BAD_REQUEST)


def error_response(exception):
    """The response for an exception of the schema package (None for any other)."""
    if isinstance(exception, SchemaValidationError):
        return schema_errors_response(exception.errors)
    if isinstance(exception, SchemaPermissionError):
        return Response({'detail': _('You do not have permission to make these changes.'),
                         'problems': exception.problems}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exception, DestructiveChangesError):
        return Response({'error': 'destructive_changes', 'detail': str(exception),
                         'destructive_slugs': exception.slugs}, status=status.HTTP_409_CONFLICT)
    for kind, code in ((CircularDependencyError, 'circular_dependency'),
                       (UnresolvableReferenceError, 'unresolvable_reference')):
        if isinstance(exception, kind):
            return Response({'error': code, 'detail': str(exception)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exception, InvalidDefinitionError):
        return Response({'error': 'invalid_definition', 'detail': str(exception), 'slug': exception.slug,
                         'field': exception.field, 'errors': exception.message_dict},
                        status=status.HTTP_400_BAD_REQUEST)
    return None


class SchemaAPIView(APIView):
    parser_classes = PARSERS
    # JSON by default, YAML on `Accept: application/yaml` (as upstream)
    renderer_classes = (*api_settings.DEFAULT_RENDERER_CLASSES, YAMLRenderer)
    schema = None  # not a model endpoint; left out of the OpenAPI description

    def handle_exception(self, exc):
        if isinstance(exc, ParseError):
            return schema_errors_response([{'path': '', 'message': str(exc.detail)}])
        return error_response(exc) or super().handle_exception(exc)

    def body(self, request):
        if not isinstance(request.data, dict):
            raise SchemaValidationError([{'path': '', 'message': _('The body must be a mapping.')}])
        return request.data


class SchemaPreviewView(SchemaAPIView):
    """What applying the posted document would change; nothing is written."""
    permission_classes = (CanPreviewSchema,)

    def post(self, request):
        diffs = plan_document(self.body(request), user=request.user)
        return Response({'diffs': [diff.to_dict() for diff in diffs]})


class SchemaApplyView(SchemaAPIView):
    """Apply the posted document (`schema`) in one transaction."""
    permission_classes = (CanApplySchema,)

    def post(self, request):
        body = self.body(request)
        document, allow_destructive = body.get('schema'), body.get('allow_destructive', False)
        if not isinstance(document, dict):
            # (as upstream: the error under the body's key, not in `schema_errors`)
            message = _('The body needs "schema": the portable schema document to apply (a mapping).')
            return Response({'schema': message}, status=status.HTTP_400_BAD_REQUEST)
        if not isinstance(allow_destructive, bool):
            raise SchemaValidationError([{'path': 'allow_destructive', 'message': _('Must be true or false.')}])
        diffs = plan_document(document, user=request.user)
        type_defs = {type_def['slug']: type_def for type_def in document['types']}
        apply_diffs(diffs, type_defs, allow_destructive=allow_destructive, user=request.user)
        return Response({'applied': True, 'diffs': [diff.to_dict() for diff in diffs]})


class SchemaExportView(APIView):
    """The document of the types named in `types` (comma-separated slugs; all by default) that the user may view,
    as YAML (the default) or JSON (`format=json`)."""
    permission_classes = (IsAuthenticated,)
    renderer_classes = (YAMLRenderer, JSONRenderer)
    schema = None

    def get(self, request, format=None):
        viewable = CustomObjectType.objects.restrict(request.user, 'view').order_by('name')
        slugs = [slug.strip() for slug in request.query_params.get('types', '').split(',') if slug.strip()]
        if slugs:
            found = {cot.slug: cot for cot in viewable.filter(slug__in=slugs)}
            if unknown := [slug for slug in slugs if slug not in found]:
                return Response({'detail': _('Unknown custom object types: {slugs}').format(slugs=', '.join(unknown))},
                                status=status.HTTP_404_NOT_FOUND)
            types = [found[slug] for slug in dict.fromkeys(slugs)]
        else:
            types = list(viewable)
        if not types:
            return Response({'detail': _('There are no custom object types to export.')},
                            status=status.HTTP_404_NOT_FOUND)
        return Response(export_cots(types))


urlpatterns = [
    path('preview/', SchemaPreviewView.as_view(), name='schema-preview'),
    path('apply/', SchemaApplyView.as_view(), name='schema-apply'),
    path('export/', SchemaExportView.as_view(), name='schema-export'),
]
