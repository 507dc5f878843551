"""What polymorphic fields show to the REST API, filter sets and tables."""

import django_tables2 as tables
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from rest_framework import serializers

from .references import object_link, resolve_reference

__all__ = (
    'PolymorphicLinksColumn',
    'PolymorphicMultiObjectSerializerField',
    'PolymorphicObjectColumn',
    'PolymorphicObjectSerializerField',
    'TargetMatch',
)


#
# REST API fields
#

class _PolymorphicSerializerField(serializers.Field):
    def __init__(self, *, field, nested_serializer_for=None, **kwargs):
        self.definition = field
        self.nested_serializer_for = nested_serializer_for
        super().__init__(**kwargs)

    def represent(self, obj):
        """`{"_content_type": "app.model", "id", "url", "display", ...}`: the target's brief representation."""
        data = {'_content_type': f'{obj._meta.app_label}.{obj._meta.model_name}'}
        if self.nested_serializer_for is not None:
            data.update(self._nested_serializer(type(obj)).to_representation(obj))
        data.setdefault('id', obj.pk)
        data.setdefault('display', str(obj))
        return data

    def _nested_serializer(self, model):
        # One per target class while this field lives (a field is copied for each serializer, so for one request):
        # building a serializer and its fields for every listed object is what a nested representation costs most.
        nested = self.__dict__.setdefault('_nested_serializers', {})
        if model not in nested:
            nested[model] = self.nested_serializer_for(model, context=self.context)
        return nested[model]

    def resolve(self, data):
        try:
            return resolve_reference(self.definition, data)
        except ValidationError as e:
            raise serializers.ValidationError(e.messages) from None


class PolymorphicObjectSerializerField(_PolymorphicSerializerField):
    """One reference: read as the target's brief representation plus `_content_type`; written as a dict with
    `content_type_id` (or `app_label` + `model`) and `object_id` (or `id`). Validates to the target object."""

    def to_representation(self, value):
        return self.represent(value)

    def to_internal_value(self, data):
        return self.resolve(data)


class PolymorphicMultiObjectSerializerField(_PolymorphicSerializerField):
    """A list of references (see PolymorphicObjectSerializerField); `null` or `[]` unlinks everything. Validates to
    the list of target objects, which the model takes as an assignment applied when it is saved."""

    def to_representation(self, value):
        return [self.represent(obj) for obj in value.all()]

    def to_internal_value(self, data):
        if not isinstance(data, list):
            raise serializers.ValidationError(_('Expected a list of objects.'))
        objects, errors = [], {}
        for index, item in enumerate(data):
            try:
                obj = self.resolve(item)
            except serializers.ValidationError as e:
                errors[index] = e.detail
                continue
            if obj not in objects:
                objects.append(obj)
        if errors:
            raise serializers.ValidationError(errors)
        if self.definition.required and not objects:
            raise serializers.ValidationError(_('This field is required.'))
        return objects


#
# Filters and table columns
#

class TargetMatch:
    """The method of a `<name>_<app_label>_<model>` filter: objects referring to the given objects of that type.

    A filter with a method gets no lookup variants from NetBox's FilterSet (`__n`, `__gt`, ...), which would
    address a model field of that name."""

    def __init__(self, content_type_label, match):
        self.content_type_label = content_type_label
        self.match = match  # (queryset, content type id, object ids) -> queryset

    def __call__(self, queryset, name, value):
        try:
            content_type = ContentType.objects.get_by_natural_key(*self.content_type_label)
        except ContentType.DoesNotExist:
            return queryset.none()
        return self.match(queryset, content_type.pk, value)


class PolymorphicObjectColumn(tables.Column):
    """The referenced object, linked, with its type."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault('orderable', False)
        super().__init__(*args, **kwargs)

    def render(self, value):
        return object_link(value)

    def value(self, value):
        return str(value) if value is not None else ''


class PolymorphicLinksColumn(PolymorphicObjectColumn):
    """The linked objects, each linked, with its type."""

    def render(self, value):
        return format_html_join(', ', '{}', ((object_link(obj),) for obj in value.all())) or self.default

    def value(self, value):
        return ', '.join(str(obj) for obj in value.all())
