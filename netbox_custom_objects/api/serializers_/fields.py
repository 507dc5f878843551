"""Serializer building blocks shared by the definition and object serializers."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from netbox.api.serializers import BaseModelSerializer

from ...constants import APP_LABEL
from .urls import templated_reverse

__all__ = (
    'CUSTOM_OBJECT_DETAIL_VIEW',
    'CustomObjectURLField',
    'NestedObjectListSerializer',
    'ObjectTypeReferenceSerializer',
)

CUSTOM_OBJECT_DETAIL_VIEW = f'plugins-api:{APP_LABEL}-api:customobject-detail'


@extend_schema_field(OpenApiTypes.URI)
class CustomObjectURLField(serializers.HyperlinkedIdentityField):
    """The API URL of a custom object: its detail route takes the type's slug as well as the pk, which NetBox's own
    identity field (pk only) cannot express."""

    def __init__(self, **kwargs):
        super().__init__(view_name=CUSTOM_OBJECT_DETAIL_VIEW, **kwargs)

    def get_url(self, obj, view_name, request, format):
        if obj.pk is None:
            return None
        kwargs = {'custom_object_type': obj._snapshot.slug, 'pk': obj.pk}
        return templated_reverse(self, view_name, kwargs, 'pk', request, format)

    def to_representation(self, value):
        # A plain string, not DRF's Hyperlink, which keeps the object: an event's payload travels pickled to the RQ
        # worker that sends its webhooks, and there the class of a type created in a branch cannot be unpickled.
        url = super().to_representation(value)
        return None if url is None else str(url)


class NestedObjectListSerializer(serializers.ListSerializer):
    """The value of a multiobject field: a list of nested objects on read; a list of PKs (or attribute dicts) on write,
    where `null` clears the relation just as `[]` does."""

    def run_validation(self, data=serializers.empty):
        return super().run_validation([] if data is None else data)

    def to_internal_value(self, data):
        # NetBox's nested serializers look each PK up with its own query: look a list of PKs up at once, and leave
        # anything else (attribute dicts, PKs that do not exist) to them, for their errors.
        self._found = {}
        model = getattr(getattr(self.child, 'Meta', None), 'model', None)
        if isinstance(self.child, BaseModelSerializer) and self.child.nested and isinstance(data, list):
            pks = {_as_pk(item) for item in data} - {None}
            if pks:
                self._found = model.objects.in_bulk(pks)
        return super().to_internal_value(data)

    def run_child_validation(self, data):
        found = self._found.get(_as_pk(data))
        return found if found is not None else super().run_child_validation(data)


def _as_pk(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return int(value)
    return None


class ObjectTypeReferenceSerializer(serializers.Serializer):
    """A read-only reference to a core ObjectType: {id, app_label, model}."""
    id = serializers.IntegerField(read_only=True)
    app_label = serializers.CharField(read_only=True)
    model = serializers.CharField(read_only=True)
