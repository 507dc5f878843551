"""Serializers of generated models, composed from the field types (one class per model class).

Each field type contributes its API keys through `serializer_fields(field, model, nested_serializer_for)`; this module
adds what every custom object has (id, url, display, owner, created, last_updated, tags, `_context`; for types with
config context `local_context_data` and the rendered `config_context`) and NetBox's write behaviour (model
`full_clean()`, tags, changelog message). Relation targets are represented by NetBox's own nested serializer, or by the
brief serializer of a generated target.

Classes are kept on the model class they serialize (private attributes), not in a module-level dict: a serializer
refers to its model through `Meta.model`, so any mapping keyed by the model would keep every replaced model class
alive, weak keys included. On the class itself the pair is dropped together when the model cache lets go of it.
"""

import logging
from collections.abc import Mapping
from functools import partial

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from netbox.api.exceptions import SerializerNotFound
from netbox.api.serializers import (
    ChangeLogMessageSerializer,
    TaggableModelSerializer,
    ValidatedModelSerializer,
    WritableNestedSerializer,
)
from users.api.serializers_.mixins import OwnerMixin
from users.constants import CONSTRAINT_TOKEN_USER
from utilities.api import get_serializer_for_model
from utilities.permissions import permission_is_exempt, qs_filter_from_constraints

from ...constants import APP_LABEL
from ...dynamic_models.per_class import per_class
from ...field_types.relations.pending_links import assign_pending
from .fields import CustomObjectURLField, NestedObjectListSerializer
from .urls import with_templated_url

__all__ = (
    'CustomObjectSerializer',
    'get_brief_serializer_class',
    'get_serializer_class',
    'is_custom_object_model',
    'nested_serializer_for',
)

logger = logging.getLogger('netbox_custom_objects.api')

SERIALIZER_MODULE = f'{APP_LABEL}.api.serializers'
BASE_FIELDS = ('id', 'url', 'display', 'owner', 'created', 'last_updated', 'tags')
BRIEF_FIELDS = ('display', 'id', 'url')
CONTEXT_SCHEMA = {
    'type': 'object',
    'properties': {'display': {'type': 'string'}},
    'description': 'The values of the context fields, shown next to the object in selectors.',
}
CONFIG_CONTEXT_SCHEMA = {
    'type': 'object',
    'additionalProperties': True,
    'description': 'The rendered config context: the config contexts that apply, then the local context data.',
}


def is_custom_object_model(model):
    return getattr(model, '_snapshot', None) is not None and model._meta.app_label == APP_LABEL


class _CreateWithLinks:
    """ModelSerializer.create() (under NetBox's tag handling), with the multiobject values written together with
    the new row, so that the object is change-logged once, links included (field_types/relations/pending_links.py)."""

    def create(self, validated_data):
        links = self._pop_links(validated_data)
        instance = self.Meta.model(**validated_data)
        for name, objects in links.items():
            assign_pending(instance, name, objects)
        instance.save(force_insert=True)
        return instance


class CustomObjectSerializer(
    OwnerMixin, ChangeLogMessageSerializer, TaggableModelSerializer, _CreateWithLinks, ValidatedModelSerializer
):
    """Base of the generated serializers: NetBox's write path (full_clean, tags, changelog message, owner)."""
    url = CustomObjectURLField()

    def to_internal_value(self, data):
        if not self.nested and isinstance(data, Mapping):
            # Keys that are no field are ignored, as NetBox core and upstream do (a script may send `custom_fields`
            # or keys of another version). A field's previous name is the exception: a write sent under it would
            # otherwise store nothing and be answered 200 (docs/operations.md).
            renamed = {old: field.name for field in self.Meta.model._snapshot.fields for old in field.previous_names
                       if old in data and old not in self.fields}
            if renamed:
                raise serializers.ValidationError({
                    old: [_('This field has been renamed to "{name}".').format(name=new)]
                    for old, new in sorted(renamed.items())
                })
        return super().to_internal_value(data)

    def validate(self, data):
        data = super().validate(data)
        if not self.nested:
            self._reject_duplicates(data)
        return data

    # Multiobject values arrive through nested list serializers, which DRF's ModelSerializer refuses to write:
    # on update, set them once the object is saved (as ModelSerializer does for plain many-to-many fields).

    def update(self, instance, validated_data):
        links = self._pop_links(validated_data)
        instance = super().update(instance, validated_data)
        return self._set_links(instance, links)

    def _pop_links(self, validated_data):
        names = {field.name for field in self.Meta.model._meta.local_many_to_many} - {'tags'}
        return {name: validated_data.pop(name) for name in names if name in validated_data}

    @staticmethod
    def _set_links(instance, links):
        for name, objects in links.items():
            getattr(instance, name).set(objects)
        return instance

    def _reject_duplicates(self, data):
        """Unique fields are declared by the field types, so DRF adds no UniqueValidator and NetBox skips the
        model's unique checks: run them here, so that a clash is a 400 and not an IntegrityError."""
        instance = self.instance
        if instance is None:
            model = self.Meta.model
            columns = {field.name for field in model._meta.concrete_fields}
            instance = model(**{key: value for key, value in data.items() if key in columns})
        instance.validate_unique()

    @extend_schema_field(CONFIG_CONTEXT_SCHEMA)
    def get_config_context(self, obj):
        # one lookup per distinct set of dimension objects and tags in a response, not one per object
        return obj.render_config_context(shared=self.context.setdefault('_nco_config_contexts', {}))

    @extend_schema_field(CONTEXT_SCHEMA)
    def get_context_display(self, obj):
        values = (field.field_type.display_value(field, field.field_type.instance_value(field, obj))
                  for field in obj._snapshot.fields if field.context)
        return {'display': ', '.join(value for value in values if value)}

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if '_context' in data and not self._shows_context_of(instance):
            del data['_context']
        return data

    def _shows_context_of(self, obj):
        """`_context` shows the values of an object's context fields. A related object (nested below another one)
        is shown to anyone who may view the object referring to it, as NetBox shows related objects; its `_context`
        only to users who may view it too (without a request, as in event payloads, there is no one to hide it
        from)."""
        request = self.context.get('request')
        if request is None or not _below_another_object(self):
            return True
        memo = self.context.setdefault('_nco_context_visible', {})
        model = type(obj)
        if model not in memo:
            memo[model] = _view_filter(request.user, model)
        visible = memo[model]
        if visible is None or not visible:  # (no object, or every object: Q() is false)
            return visible is not None
        if (model, obj.pk) not in memo:  # constraints: NetBox's own check of one object, once per object
            memo[model, obj.pk] = model._default_manager.filter(visible, pk=obj.pk).exists()
        return memo[model, obj.pk]


def _below_another_object(serializer):
    parent = serializer.parent
    while parent is not None:
        if not isinstance(parent, serializers.ListSerializer):
            return True
        parent = parent.parent
    return False


def _view_filter(user, model):
    """The objects of `model` that `user` may view: None (none), Q() (all), or the Q of NetBox's constraints."""
    permission = f'{model._meta.app_label}.view_{model._meta.model_name}'
    if (user.is_active and user.is_superuser) or permission_is_exempt(permission):
        return Q()
    if not user.has_perm(permission):
        return None
    # has_perm() has filled NetBox's cache of the user's permissions and their constraints (restrict() reads it too)
    constraints = getattr(user, '_object_perm_cache', {}).get(permission)
    return Q() if constraints is None else qs_filter_from_constraints(constraints, {CONSTRAINT_TOKEN_USER: user})


def get_serializer_class(model, skip_object_fields=False):
    """The serializer class of generated `model`, built once per model class.

    With `skip_object_fields`, relation fields are left out (upstream's variant for nesting)."""
    attribute = '_nco_api_serializer_flat' if skip_object_fields else '_nco_api_serializer'
    return per_class(model, attribute, partial(_build_serializer, skip_object_fields=skip_object_fields))


def get_brief_serializer_class(model):
    """The nested (brief) serializer class of generated `model`: id, url, display and `_context`, no field values,
    so that building it never needs the serializer of another type (self references included)."""
    return per_class(model, '_nco_api_brief_serializer', _build_brief_serializer)


def _build_brief_serializer(model):
    meta = {'model': model, 'fields': _brief_fields(model), 'brief_fields': _brief_fields(model),
            'ref_name': f'Brief{model.__name__}'}
    return _make_class(f'{model.__name__}BriefSerializer', model, {}, meta)


def nested_serializer_for(target, many=False, **kwargs):
    """A nested serializer instance for relation target `target` (the callback handed to the field types): NetBox's
    serializer for NetBox models, our brief serializer for generated ones. `many` yields a list serializer whose
    `null` means "no objects"."""
    serializer_class = _nested_class(target)
    if many:
        return NestedObjectListSerializer(child=serializer_class(nested=True), **kwargs)
    return serializer_class(nested=True, **kwargs)


def _nested_class(target):
    if is_custom_object_model(target):
        return get_brief_serializer_class(target)
    try:
        return with_templated_url(get_serializer_for_model(target))
    except SerializerNotFound:
        return _fallback_nested_class(target)


_fallback_classes = {}


def _fallback_nested_class(target):
    """Models without a REST serializer (some plugins') are shown as {id, display} and written by PK."""
    if target not in _fallback_classes:
        meta = type('Meta', (), {'model': target, 'fields': ('id', 'display'), 'brief_fields': ('id', 'display')})
        _fallback_classes[target] = type(f'{target.__name__}FallbackSerializer', (WritableNestedSerializer,),
                                         {'Meta': meta})
    return _fallback_classes[target]


def _build_serializer(model, skip_object_fields):
    declared = {}
    for field in model._snapshot.fields:
        field_type = field.field_type
        if skip_object_fields and (field_type.select_related(field) or field_type.prefetch_related(field)):
            continue
        declared.update(_field_serializers(field, model))
    optional, computed = [name for name in ('local_context_data',) if _has_model_field(model, name)], {}
    if optional and 'config_context' not in declared:  # (a field of that name wins, as upstream)
        computed['config_context'] = serializers.SerializerMethodField(read_only=True)
        optional.append('config_context')
    meta = {
        'model': model,
        # upstream's order: `_context` next to `display`, the config context keys after the base keys
        'fields': (*BASE_FIELDS[:3], *_context_fields(model), *BASE_FIELDS[3:], *optional, *declared),
        'brief_fields': _brief_fields(model),
    }
    suffix = 'FlatSerializer' if skip_object_fields else 'Serializer'
    return _make_class(f'{model.__name__}{suffix}', model, {**computed, **declared}, meta)


def _field_serializers(field, model):
    try:
        return field.field_type.serializer_fields(field, model, nested_serializer_for)
    except (NotImplementedError, LookupError, FieldDoesNotExist):
        # A type without API support yet must not take the whole endpoint down: show its stored values read-only.
        logger.exception('No serializer for field %s of %s; exposing it read-only', field.name, model.__name__)
        return {name: serializers.JSONField(read_only=True) for name in field.field_type.value_attributes(field)}


def _make_class(name, model, declared, meta):
    attrs = {'__module__': SERIALIZER_MODULE, 'Meta': type('Meta', (), meta), **declared}
    if any(field.context for field in model._snapshot.fields):
        attrs['_context'] = serializers.SerializerMethodField(method_name='get_context_display')
    return type(name, (CustomObjectSerializer,), attrs)


def _context_fields(model):
    return ('_context',) if any(field.context for field in model._snapshot.fields) else ()


def _brief_fields(model):
    return tuple(sorted((*BRIEF_FIELDS, *_context_fields(model))))


def _has_model_field(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
