"""Serializers of the definition rows: custom object types and their fields.

Both run the models' `full_clean()` (NetBox's ValidatedModelSerializer), so every rule of the definition models and
field types (names, options per type, cycles, conversions of stored data) answers a bad request with a 400.
"""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.models import ObjectType
from extras.models import CustomFieldChoiceSet
from netbox.api.serializers import ChangeLogMessageSerializer, NetBoxModelSerializer, ValidatedModelSerializer

from ...choices import ObjectFieldOnDeleteChoices
from ...constants import APP_LABEL, extract_type_id, model_class_name, model_name
from ...field_types.relations.polymorphic.validation import lacks_targets
from ...models import CustomObjectType, CustomObjectTypeField
from ...models.type_features import SETTING_DEFAULTS, changed_settings
from .fields import ObjectTypeReferenceSerializer

__all__ = (
    'CustomObjectTypeFieldSerializer',
    'CustomObjectTypeSerializer',
    'resolve_object_type',
)

# Accepted for `app_label` in place of the plugin's app label (upstream's alias, the plugin's URL path).
APP_LABEL_ALIASES = frozenset({APP_LABEL, 'custom-objects'})


def resolve_object_type(app_label, model):
    """The ObjectType named by (app_label, model); for custom objects `model` may also be a type's slug."""
    app_label, model = app_label.strip(), model.strip()
    if app_label in APP_LABEL_ALIASES:
        app_label = APP_LABEL
        if extract_type_id(model) is None:
            type_id = CustomObjectType.objects.filter(slug=model).values_list('pk', flat=True).first()
            if type_id is None:
                raise serializers.ValidationError(
                    _('No custom object type has the slug "{slug}".').format(slug=model))
            model = model_name(type_id)
    object_type = ObjectType.objects.filter(app_label=app_label, model=model.lower()).first()
    if object_type is None:
        raise serializers.ValidationError(
            _('Unknown object type: {app_label}.{model}').format(app_label=app_label, model=model))
    return object_type


class ObjectTypeInputSerializer(serializers.Serializer):
    app_label = serializers.CharField()
    model = serializers.CharField()


class CustomObjectTypeFieldSerializer(ChangeLogMessageSerializer, ValidatedModelSerializer):
    custom_object_type = serializers.PrimaryKeyRelatedField(queryset=CustomObjectType.objects.all())
    choice_set = serializers.PrimaryKeyRelatedField(
        queryset=CustomFieldChoiceSet.objects.all(), required=False, allow_null=True,
    )
    related_object_type = ObjectTypeReferenceSerializer(read_only=True)
    related_object_types = ObjectTypeReferenceSerializer(many=True, read_only=True)
    on_delete_behavior = serializers.ChoiceField(
        choices=ObjectFieldOnDeleteChoices, required=False, allow_null=True,
        help_text=_('Object fields only (null for other types).'),
    )
    app_label = serializers.CharField(
        write_only=True, required=False,
        help_text=_('With "model": the related object type of an object or multiobject field. "custom-objects" '
                    'stands for this plugin.'),
    )
    model = serializers.CharField(
        write_only=True, required=False,
        help_text=_('With "app_label": a model name; for custom objects a type\'s slug or "table<id>model".'),
    )
    related_object_types_input = ObjectTypeInputSerializer(
        many=True, write_only=True, required=False,
        help_text=_('The related object types of a polymorphic field.'),
    )

    class Meta:
        model = CustomObjectTypeField
        fields = (
            'id', 'url', 'display', 'name', 'label', 'custom_object_type', 'description', 'type', 'primary',
            'context', 'required', 'unique', 'default', 'choice_set', 'validation_regex', 'validation_minimum',
            'validation_maximum', 'is_polymorphic', 'related_object_type', 'related_object_types',
            'related_object_filter', 'related_name', 'on_delete_behavior', 'app_label', 'model',
            'related_object_types_input', 'group_name', 'search_weight', 'filter_logic', 'ui_visible',
            'ui_editable', 'weight', 'is_cloneable', 'comments', 'schema_id', 'deprecated', 'deprecated_since',
            'scheduled_removal', 'created', 'last_updated',
        )
        # No brief_fields, as upstream: the brief form (`?brief=1`), and the `fields` a type nests, carry every
        # attribute of the field, so that a client reads a type's whole definition from `custom-object-types/<id>/`.

    def to_representation(self, instance):
        data = super().to_representation(instance)
        if 'on_delete_behavior' in data and not _has_on_delete(instance):
            data['on_delete_behavior'] = None
        return data

    def validate(self, data):
        if self.nested:
            return super().validate(data)
        related_object_type = self._pop_related_object_type(data)
        related_object_types = self._pop_related_object_types(data)
        if related_object_type is not None:
            data['related_object_type'] = related_object_type
        if related_object_types is not None:
            data['related_object_types'] = related_object_types
        self._check_polymorphic_targets(data)
        self._check_on_delete(data)
        return super().validate(data)

    def _pop_related_object_type(self, data):
        app_label, model = data.pop('app_label', None), data.pop('model', None)
        if app_label is None and model is None:
            return None
        if not app_label or not model:
            raise serializers.ValidationError({'model': _('Give both "app_label" and "model".')})
        try:
            object_type = resolve_object_type(app_label, model)
        except serializers.ValidationError as e:
            raise serializers.ValidationError({'model': e.detail})
        stored = self.instance.related_object_type_id if self.instance else None
        if stored is not None and stored != object_type.pk:
            raise serializers.ValidationError({'model': _('The related object type cannot be changed.')})
        return object_type

    def _pop_related_object_types(self, data):
        entries = data.pop('related_object_types_input', None)
        if entries is None:
            return None
        try:
            object_types = [resolve_object_type(e['app_label'], e['model']) for e in entries]
        except serializers.ValidationError as e:
            raise serializers.ValidationError({'related_object_types_input': e.detail})
        if self.instance is not None:
            stored = set(self.instance.related_object_types.values_list('pk', flat=True))
            if stored != {ot.pk for ot in object_types}:
                raise serializers.ValidationError({
                    'related_object_types_input': _('The related object types cannot be changed.')
                })
        return object_types

    def _check_polymorphic_targets(self, data):
        if self.instance is None and lacks_targets(
                data.get('type'), data.get('is_polymorphic'), data.get('related_object_types')):
            raise serializers.ValidationError(
                _('A polymorphic field needs its related object types: give "related_object_types_input".'))

    def _check_on_delete(self, data):
        """On-delete behaviour is an option of object fields only; null stands for the default."""
        if 'on_delete_behavior' not in data:
            return
        if data['on_delete_behavior'] is None:
            data['on_delete_behavior'] = ObjectFieldOnDeleteChoices.SET_NULL
            return
        row = CustomObjectTypeField(
            name=data.get('name') or getattr(self.instance, 'name', ''),
            type=data.get('type') or getattr(self.instance, 'type', ''),
        )
        if not _has_on_delete(row):
            raise serializers.ValidationError({
                'on_delete_behavior': _('This option applies to object fields only.')
            })


def _has_on_delete(row):
    """Whether `row`'s type has an on-delete behaviour: a single foreign key to the referenced object."""
    try:
        field_type = row.field_type
    except LookupError:
        return False
    return 'on_delete_behavior' in field_type.options


class CustomObjectTypeSerializer(NetBoxModelSerializer):
    fields = CustomObjectTypeFieldSerializer(nested=True, many=True, read_only=True)
    table_model_name = serializers.SerializerMethodField()
    object_type_name = serializers.SerializerMethodField()

    class Meta:
        model = CustomObjectType
        fields = (
            'id', 'url', 'display', 'name', 'verbose_name', 'verbose_name_plural', 'slug', 'version', 'group_name',
            'display_expression', 'description', 'config_context_enabled', 'tags', 'custom_fields', 'created',
            'last_updated', 'fields', 'schema_document', 'table_model_name', 'object_type_name',
            # features and menu (models/type_features.py)
            'journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled',
            'menu_name', 'menu_weight',
        )
        brief_fields = ('description', 'display', 'id', 'name', 'slug', 'url')

    def to_representation(self, instance):
        """The features and menu settings only where they differ from their defaults: a type that uses none of
        them reads exactly as upstream's (models/type_features.py)."""
        data = super().to_representation(instance)
        changed = changed_settings(data)
        for name in SETTING_DEFAULTS:
            if name not in changed:
                data.pop(name, None)
        return data

    @extend_schema_field(OpenApiTypes.STR)
    def get_table_model_name(self, obj):
        return model_class_name(obj.pk)

    @extend_schema_field(OpenApiTypes.STR)
    def get_object_type_name(self, obj):
        return f'{APP_LABEL}.{model_name(obj.pk)}'
