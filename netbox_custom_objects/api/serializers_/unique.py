"""Serializer of the unique constraints of types: fields named as the objects' payloads name them.

`fields` lists field names in key order and `condition_field` is a field name: the row holds field ids (a rename keeps
the constraint), the API speaks names, as the portable schema does. The model's `full_clean()` (NetBox's
ValidatedModelSerializer) answers every bad definition, and stored objects that already clash, with a 400.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from rest_framework import serializers

from netbox.api.serializers import ChangeLogMessageSerializer, ValidatedModelSerializer

from ...models import CustomObjectType, CustomObjectTypeUniqueConstraint

__all__ = (
    'CustomObjectTypeUniqueConstraintSerializer',
)


class CustomObjectTypeUniqueConstraintSerializer(ChangeLogMessageSerializer, ValidatedModelSerializer):
    custom_object_type = serializers.PrimaryKeyRelatedField(queryset=CustomObjectType.objects.all())
    fields = serializers.ListField(
        source='field_ids', child=serializers.CharField(), allow_empty=False,
        help_text=_('The names of the fields whose values, together, no two objects may share (in key order).'),
    )
    condition_field = serializers.CharField(
        required=False, allow_null=True,
        help_text=_('A field name: the constraint applies to the objects whose value of it is condition_value.'),
    )
    condition_value = serializers.JSONField(required=False, allow_null=True)

    class Meta:
        model = CustomObjectTypeUniqueConstraint
        fields = (
            'id', 'url', 'display', 'custom_object_type', 'name', 'fields', 'case_insensitive', 'condition_field',
            'condition_value', 'description', 'created', 'last_updated',
        )
        brief_fields = ('description', 'display', 'id', 'name', 'url')

    def to_representation(self, instance):
        data = super().to_representation(instance)
        names = {field.pk: field.name for field in instance.custom_object_type.fields.all()}
        if 'fields' in data:
            data['fields'] = [names.get(field_id, field_id) for field_id in instance.field_ids or ()]
        if 'condition_field' in data:
            data['condition_field'] = names.get(instance.condition_field_id)
        return data

    def validate(self, data):
        if self.nested:
            return super().validate(data)
        cot = data.get('custom_object_type') or getattr(self.instance, 'custom_object_type', None)
        if self.instance is not None and cot.pk != self.instance.custom_object_type_id:
            raise serializers.ValidationError({'custom_object_type': _('A constraint cannot move to another type.')})
        fields = {field.name: field for field in cot.fields.all()} if cot is not None else {}
        if 'field_ids' in data:
            data['field_ids'] = self._field_ids(data['field_ids'], fields)
        if 'condition_field' in data:
            name = data['condition_field']
            if name not in (None, '') and name not in fields:
                raise serializers.ValidationError({'condition_field': _('This type has no field named "{name}".')
                                                   .format(name=name)})
            data['condition_field'] = fields.get(name) if name else None
        try:
            return super().validate(data)
        except DjangoValidationError as e:
            # (the model's errors on its field ids are about what the client sent as `fields`)
            errors = serializers.as_serializer_error(e)
            raise serializers.ValidationError(
                {'fields' if key == 'field_ids' else key: value for key, value in errors.items()}) from e

    @staticmethod
    def _field_ids(names, fields):
        if unknown := [name for name in names if name not in fields]:
            raise serializers.ValidationError({'fields': _('This type has no fields named {names}.').format(
                names=', '.join(f'"{name}"' for name in unknown))})
        return [fields[name].pk for name in names]
