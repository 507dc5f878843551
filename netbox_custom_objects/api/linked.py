"""`linked-objects/`: the custom objects whose object or multiobject fields (polymorphic ones included) refer to a given
object.

Only objects the caller may view are listed (per type, with constraints), and the referenced object itself must be
visible to the caller, so the endpoint reveals nothing the caller could not list otherwise; the type of each object
is shown to callers who may view the type, and is null for the others.
"""

from django.db.models import Q
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from core.models import ObjectType
from netbox.api.authentication import IsAuthenticatedOrLoginNotRequired

from ..dynamic_models import model_cache
from ..models import CustomObjectType, CustomObjectTypeField
from .querysets import object_lookups
from .serializers import CustomObjectTypeSerializer, get_serializer_class

__all__ = (
    'LinkedObjectsView',
)

LINKED_OBJECTS_RESPONSE = inline_serializer('LinkedCustomObjects', {
    'count': serializers.IntegerField(),
    'results': inline_serializer('LinkedCustomObject', {
        'custom_object_type': CustomObjectTypeSerializer(nested=True, allow_null=True),
        'field_name': serializers.CharField(),
        'object': serializers.JSONField(),
    }, many=True),
})


class LinkedObjectsView(APIView):
    """The custom objects referring to the object named by `object_type` and `object_id`, with the field that
    refers to it; only objects the caller may view."""
    permission_classes = [IsAuthenticatedOrLoginNotRequired]

    def get_view_name(self):
        return 'Linked Custom Objects'

    @extend_schema(
        parameters=[
            OpenApiParameter('object_type', OpenApiTypes.STR, required=True,
                             description='The referenced object\'s type, as "<app_label>.<model>".'),
            OpenApiParameter('object_id', OpenApiTypes.INT, required=True,
                             description='The referenced object\'s ID.'),
        ],
        responses={200: LINKED_OBJECTS_RESPONSE},
    )
    def get(self, request):
        object_type, target = self._target(request)
        context = {'request': request}
        results = []
        referring = self._referring_types(object_type)
        # The type of each object, to whom may view the type (its objects may be open to more users than its row)
        viewable_types = set(referring.restrict(request.user, 'view').values_list('pk', flat=True))
        for custom_object_type in referring:
            model = model_cache.get_model_by_id(custom_object_type.pk)
            type_data = None
            if custom_object_type.pk in viewable_types:
                type_data = CustomObjectTypeSerializer(custom_object_type, nested=True, context=context).data
            serializer_class = get_serializer_class(model)
            for field_name, objects in self._linked(model, target, request.user):
                results.extend(
                    {'custom_object_type': type_data, 'field_name': field_name, 'object': data}
                    for data in serializer_class(objects, many=True, context=context).data
                )
        return Response({'count': len(results), 'results': results})

    @staticmethod
    def _target(request):
        """(ObjectType, object) named by the query; 400 for a malformed or unknown type, 404 for no object."""
        label, object_id = request.query_params.get('object_type'), request.query_params.get('object_id')
        if not label or not object_id:
            raise ValidationError(_('Both "object_type" (<app_label>.<model>) and "object_id" are required.'))
        app_label, _dot, model = label.partition('.')
        object_type = ObjectType.objects.filter(app_label=app_label, model=model.lower()).first() if model else None
        model_class = object_type.model_class() if object_type else None
        if model_class is None:
            # (a list, as upstream answers it)
            raise ValidationError(_('There is no object type {label!r}.').format(label=label))
        try:
            object_id = int(object_id)
        except ValueError:
            raise ValidationError({'object_id': _('An integer is expected.')})
        queryset = model_class._default_manager.all()
        if hasattr(queryset, 'restrict'):
            queryset = queryset.restrict(request.user, 'view')
        target = queryset.filter(pk=object_id).first()
        if target is None:
            raise NotFound(_('No such object.'))
        return object_type, target

    @staticmethod
    def _referring_types(object_type):
        fields = CustomObjectTypeField.objects.filter(
            Q(related_object_type=object_type) | Q(related_object_types=object_type))
        return CustomObjectType.objects.filter(pk__in=fields.values('custom_object_type')).order_by('name')

    @staticmethod
    def _linked(model, target, user):
        """(field name, queryset of linking objects) for each field of `model` that can refer to `target` (object,
        multiobject and their polymorphic variants)."""
        label = (target._meta.app_label, target._meta.model_name)
        select, prefetch = object_lookups(model, shown=frozenset(get_serializer_class(model).Meta.fields))
        for field in model._snapshot.fields:
            if label not in field.field_type.target_labels(field):
                continue
            objects = field.field_type.referring(field, model, model.objects.restrict(user, 'view'), target)
            objects = objects.prefetch_related(*prefetch, 'tags', 'owner')
            yield field.name, objects.select_related(*select) if select else objects
