"""REST API views: the root, the definition endpoints, the objects of each type, and linked objects.

All model endpoints are NetBox viewsets, so they share NetBox's conventions: object permissions (with
constraints) through `queryset.restrict()`, brief mode, `?fields=`/`?omit=`, pagination, ordering, ETag/If-Match,
changelog messages and bulk create/update/delete on the list URL.
"""

import logging
from contextlib import contextmanager

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError
from django.db.models import Prefetch
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from netbox.api.authentication import IsAuthenticatedOrLoginNotRequired
from netbox.api.viewsets import HTTP_ACTIONS, NetBoxModelViewSet
from utilities.exceptions import AbortRequest

from ..branching.context import active_branch_key
from ..change_plan import plan_field_change
from ..constants import APP_LABEL, model_name
from ..dynamic_models import model_cache
from ..filtersets import (
    CustomObjectTypeFieldFilterSet,
    CustomObjectTypeFilterSet,
    CustomObjectTypeUniqueConstraintFilterSet,
    get_filterset_class,
)
from ..jobs import ConvertFieldJob
from ..models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint
from ..models.constraints import refuse_deletion_if_constrained
from .linked import LinkedObjectsView
from .openapi import CustomObjectAutoSchema, GenericCustomObjectSerializer
from .parsers import JSONParser
from .querysets import object_lookups
from .serializers import (
    CustomObjectTypeFieldSerializer,
    CustomObjectTypeSerializer,
    CustomObjectTypeUniqueConstraintSerializer,
    get_serializer_class,
)

__all__ = (
    'CustomObjectTypeFieldViewSet',
    'CustomObjectTypeUniqueConstraintViewSet',
    'CustomObjectTypeViewSet',
    'CustomObjectViewSet',
    'CustomObjectsRootView',
    'LinkedObjectsView',
)

NAMESPACE = f'plugins-api:{APP_LABEL}-api'
logger = logging.getLogger('netbox_custom_objects.api')

DATA_REFUSED = gettext_lazy('The database cannot store a value of this change (out of range or malformed).')
CONFLICT_REFUSED = gettext_lazy(
    'This change conflicts with stored data (a value that must be unique, or a related object that is missing or '
    'still in use).')


class CustomObjectsRootView(APIView):
    """The custom-object endpoints: definitions, linked objects, and one entry per type the user may view."""
    _ignore_model_permissions = True
    schema = None

    def get_view_name(self):
        return 'Custom Objects'

    def get(self, request, format=None):
        links = {
            name: reverse(f'{NAMESPACE}:{view}', request=request, format=format)
            for name, view in (
                ('custom-object-types', 'customobjecttype-list'),
                ('custom-object-type-fields', 'customobjecttypefield-list'),
                ('linked-objects', 'linked-objects'),
            )
        }
        for type_id, slug in CustomObjectType.objects.order_by('slug').values_list('pk', 'slug'):
            if request.user.has_perm(f'{APP_LABEL}.view_{model_name(type_id)}'):
                links[slug] = reverse(f'{NAMESPACE}:customobject-list', kwargs={'custom_object_type': slug},
                                      request=request, format=format)
        return Response(links)


@contextmanager
def bad_request_on_model_errors():
    """Errors the models raise while saving (a definition change the stored data refuses, a unique clash that
    slipped past validation) are the client's to fix: answer 400, never 500. The write has been rolled back by the
    transaction NetBox wraps around it."""
    try:
        yield
    except DjangoValidationError as e:
        raise serializers.ValidationError(serializers.as_serializer_error(e))
    except (DataError, IntegrityError) as e:
        # (DataError: a value the database cannot store that validation did not foresee.) The database's text names
        # tables and constraints and quotes stored values: it is logged, and the client gets what went wrong.
        logger.warning('The database refused a change through the REST API: %s', e)
        message = DATA_REFUSED if isinstance(e, DataError) else CONFLICT_REFUSED
        raise serializers.ValidationError({'__all__': [message]})


class ModelErrorsMixin:
    # (NetBox's parsers, with the JSON one refusing NUL characters as a 400: api/parsers.py)
    parser_classes = (JSONParser, MultiPartParser)

    def perform_create(self, serializer):
        with bad_request_on_model_errors():
            super().perform_create(serializer)

    def perform_update(self, serializer):
        with bad_request_on_model_errors():
            super().perform_update(serializer)


class CustomObjectTypeViewSet(ModelErrorsMixin, NetBoxModelViewSet):
    queryset = CustomObjectType.objects.all()
    serializer_class = CustomObjectTypeSerializer
    filterset_class = CustomObjectTypeFilterSet

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Each type nests its fields with every attribute (their object types and choice sets included): those the
        # user may view, as on the type's page (the type's view permission does not extend to its fields). First
        # among the prefetches, so that NetBox's own lookups of the same path come after it.
        fields = CustomObjectTypeField.objects.restrict(request.user, 'view').select_related(
            'related_object_type').prefetch_related('related_object_types')
        self.queryset = self.queryset.prefetch_related(Prefetch('fields', queryset=fields))


class CustomObjectTypeFieldViewSet(ModelErrorsMixin, NetBoxModelViewSet):
    queryset = CustomObjectTypeField.objects.all()
    serializer_class = CustomObjectTypeFieldSerializer
    filterset_class = CustomObjectTypeFieldFilterSet

    def perform_destroy(self, instance):
        refuse_deletion_if_constrained(instance)  # a 409 naming the permissions (NetBox's ProtectedError handling)
        super().perform_destroy(instance)

    # A change that rewrites a big table is queued as a background job (change_plan.py): 202 with the job, as
    # NetBox answers its background writes. `?dry_run=true` answers with the plan and changes nothing.

    def update(self, request, *args, **kwargs):
        if _flag(request.query_params.get('dry_run')):
            return self._preview(request, partial=kwargs.get('partial', False))
        self._queued_response = None
        response = super().update(request, *args, **kwargs)
        return self._queued_response or response

    def perform_update(self, serializer):
        plan = plan_field_change(serializer.instance)
        if not plan.runs_in_background:
            super().perform_update(serializer)
            return
        if not hasattr(self, '_queued_response'):
            # A bulk update (its answer lists the objects as updated): the change is refused for that field, and
            # the batch rolled back, rather than reported done while a job makes it later.
            raise AbortRequest(_('This change rewrites the table of {rows} objects, so it runs as a background job: '
                                 'send it alone, to the field\'s own URL.').format(rows=plan.rows))
        # (set by the serializer's save(), which a queued change skips)
        serializer.instance._changelog_message = serializer.validated_data.get('changelog_message') or ''
        job = ConvertFieldJob.enqueue_for(serializer.instance, self.request.user, self.request.id, plan)
        job_url = reverse('core-api:job-detail', kwargs={'pk': job.pk}, request=self.request)
        self._queued_response = Response({
            'job': {'id': job.pk, 'url': job_url, 'status': job.status},
            'detail': _('This change rewrites the table of {rows} objects: it runs as a background job, and the '
                        'field keeps its current definition until the job has finished.').format(rows=plan.rows),
            'plan': plan.as_dict(),
        }, status=status.HTTP_202_ACCEPTED, headers={'Location': job_url})

    def _preview(self, request, partial):
        instance = self.get_object_with_snapshot()
        serializer = self.get_serializer(instance, data=request.data, partial=partial)
        valid = serializer.is_valid()
        plan = plan_field_change(serializer.instance, count_unconvertible=True)
        return Response({'dry_run': True, 'valid': valid, 'errors': serializer.errors if not valid else {},
                         'plan': plan.as_dict()})


class CustomObjectTypeUniqueConstraintViewSet(ModelErrorsMixin, NetBoxModelViewSet):
    # (the type's fields name the constraint's fields in the payload)
    queryset = CustomObjectTypeUniqueConstraint.objects.select_related('custom_object_type').prefetch_related(
        'custom_object_type__fields')
    serializer_class = CustomObjectTypeUniqueConstraintSerializer
    filterset_class = CustomObjectTypeUniqueConstraintFilterSet


class CustomObjectViewSet(ModelErrorsMixin, NetBoxModelViewSet):
    """The objects of the custom object type whose slug is in the URL; model, serializer and filters follow it.

    Bulk writes with `?background=true` run as NetBox's AsyncAPIJob, which re-creates the viewset in the worker
    without the URL's arguments: the type is then read from the request's path, which the job carries."""
    model = None
    schema = CustomObjectAutoSchema()
    # Set on the per-type routes the OpenAPI description alone uses (see schema.TypedSchemaRoutes).
    type_slug = None
    _queryset = None
    _resolved_in = None  # the branch (key) the model was resolved in

    def initial(self, request, *args, **kwargs):
        if self._resolve_model() is None:
            self._refuse_unknown_type(request)
        elif request.method == 'OPTIONS' and not request.user.has_perm(self._permission('view')):
            # (NetBox answers OPTIONS without a permission: for a type, its name would tell that the slug exists)
            self.permission_denied(request)
        super().initial(request, *args, **kwargs)

    def _refuse_unknown_type(self, request):
        """A slug that names no type is answered as a type the client holds no permission on would be (NetBox's
        permission classes: 403), so that slugs cannot be probed; 404 to whom every type is open (superusers,
        `EXEMPT_VIEW_PERMISSIONS` for reading)."""
        action = HTTP_ACTIONS.get(request.method) or 'view'
        if not IsAuthenticatedOrLoginNotRequired().has_permission(request, self):
            self.permission_denied(request)
        if not request.user.has_perm(f'{APP_LABEL}.{action}_{model_name(0)}'):
            self.permission_denied(request)
        raise NotFound(_('No custom object type has this slug.'))

    def _permission(self, action):
        return f'{APP_LABEL}.{action}_{self.model._meta.model_name}'

    def check_background_enabled(self):
        # Called when a job is queued and again in the worker before the action runs: a type deleted or renamed in
        # between fails the job with a 404 instead of running the action without a model.
        super().check_background_enabled()
        if self._resolved_in != active_branch_key():
            self._resolve_again()
        if self._resolve_model() is None:
            raise NotFound(_('No custom object type has this slug.'))

    def _resolve_again(self):
        """The worker's AsyncAPIJob restricts the queryset before its request processors activate the request's
        branch, so the model was resolved in main: resolve it in the branch the action runs in, restricted alike."""
        self.model = self._queryset = None
        if self._resolve_model() is not None and (action := HTTP_ACTIONS[self.request.method.upper()]):
            self.queryset = self.queryset.restrict(self.request.user, action)

    @property
    def queryset(self):
        # NetBox's mixins read `self.queryset` (and restrict it in initial()); it follows the type in the URL. Only
        # the schema generator asks without a type (the generic route): it gets an empty stand-in.
        if self._queryset is None:
            model = self._resolve_model()
            self._queryset = model.objects.all() if model is not None else CustomObjectType.objects.none()
        return self._queryset

    @queryset.setter
    def queryset(self, value):
        self._queryset = value

    def _resolve_model(self):
        if self.model is None:
            self._resolved_in = active_branch_key()
            self.model = _model_for_slug(self.kwargs.get('custom_object_type') or self.type_slug
                                         or _slug_in_path(getattr(self, 'request', None)))
        return self.model

    @property
    def filterset_class(self):
        model = self._resolve_model()
        return get_filterset_class(model) if model is not None else None

    def get_serializer_class(self):
        model = self._resolve_model()
        return get_serializer_class(model) if model is not None else GenericCustomObjectSerializer

    def get_queryset(self):
        if self._resolve_model() is None:
            return self.queryset
        select, prefetch = object_lookups(self.model, shown=self.response_fields)
        queryset = super().get_queryset().prefetch_related(*prefetch)
        for field in self.model._snapshot.fields:
            queryset = field.field_type.list_queryset(field, queryset)
        # select_related() without arguments would follow every foreign key
        return queryset.select_related(*select) if select else queryset


def _flag(value):
    return (value or '').lower() in ('true', '1', 'yes')


def _slug_in_path(request):
    """The type slug of the URL `request` was made to (None when it names none)."""
    if request is None:
        return None
    try:
        return resolve(request.path_info).kwargs.get('custom_object_type')
    except Resolver404:
        return None


def _model_for_slug(slug):
    type_id = model_cache.type_id_for_slug(slug) if slug else None
    if type_id is None:
        return None
    try:
        return model_cache.get_model_by_id(type_id)
    except LookupError:
        return None
