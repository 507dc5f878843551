"""Allowed types of a polymorphic field, and references to objects: a model instance, a (content type id,
object id) pair, or a reference dict (the API's write format and the change-log format)."""

from collections.abc import Mapping

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.html import escape, format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _

__all__ = (
    'allowed_content_types',
    'allowed_labels',
    'allowed_targets',
    'content_type_from',
    'object_id_from',
    'object_link',
    'reference_key',
    'refuse_disallowed',
    'resolve_reference',
    'type_label',
    'type_verbose_name',
)


def allowed_labels(field):
    """The allowed `(app_label, model)` pairs of a FieldSnapshot or a field row (sorted)."""
    types = field.related_object_types
    if isinstance(types, tuple):
        return types
    if not field.pk:
        return ()
    return tuple(sorted((ot.app_label, ot.model) for ot in types.all()))


def allowed_content_types(field):
    """ContentTypes of the allowed types (Django caches them per process; unknown labels are skipped)."""
    content_types = []
    for app_label, model in allowed_labels(field):
        try:
            content_types.append(ContentType.objects.get_by_natural_key(app_label, model))
        except ContentType.DoesNotExist:
            continue
    return content_types


def allowed_targets(field):
    """(content type, model class) of each allowed type whose model exists."""
    return [(ct, model) for ct in allowed_content_types(field) if (model := ct.model_class()) is not None]


def type_label(content_type):
    return f'{content_type.app_label}.{content_type.model}'


def type_verbose_name(content_type):
    model = content_type.model_class()
    return capfirst(model._meta.verbose_name) if model is not None else type_label(content_type)


def content_type_from(data):
    """The ContentType a reference dict names: `content_type_id`, `content_type` ("app.model" or an id),
    `_content_type` ("app.model", the API's read format) or `app_label` + `model`."""
    try:
        if data.get('content_type_id') is not None:
            return ContentType.objects.get_for_id(int(data['content_type_id']))
        label = data.get('content_type', data.get('_content_type'))
        if isinstance(label, int):
            return ContentType.objects.get_for_id(label)
        if isinstance(label, str) and label.count('.') == 1:
            return ContentType.objects.get_by_natural_key(*label.split('.'))
        if data.get('app_label') and data.get('model'):
            return ContentType.objects.get_by_natural_key(data['app_label'], data['model'])
    except (ContentType.DoesNotExist, TypeError, ValueError):
        raise ValidationError(_('Unknown object type.')) from None
    raise ValidationError(_('Name the object type with content_type_id, or with app_label and model.'))


def object_id_from(data):
    value = data.get('object_id', data.get('id'))
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).isdigit():
        raise ValidationError(_('Name the object with object_id (or id), an integer.'))
    return int(value)


def reference_key(value):
    """(content type id, object id) of a reference: a saved model instance, such a pair, or a reference dict."""
    if isinstance(value, models.Model):
        if value.pk is None:
            raise ValueError(f'{value!r} must be saved before it can be referenced')
        return ContentType.objects.get_for_model(value).pk, value.pk
    if isinstance(value, Mapping):
        return content_type_from(value).pk, object_id_from(value)
    if isinstance(value, tuple) and len(value) == 2:
        return int(value[0]), int(value[1])
    raise TypeError(f'Not a reference to an object: {value!r}')


def refuse_disallowed(field, content_type_ids):
    """ValidationError unless every content type id is one of the field's allowed types."""
    allowed = {ct.pk for ct in allowed_content_types(field)}
    refused = set(content_type_ids) - allowed
    if refused:
        names = ', '.join(sorted(type_label(ContentType.objects.get_for_id(pk)) for pk in refused))
        raise ValidationError(_('Objects of type {types} are not allowed in {field} (allowed: {allowed}).').format(
            types=names, field=field.name, allowed=', '.join('.'.join(label) for label in allowed_labels(field))
            or _('none')))


def resolve_reference(field, data):
    """The object a reference dict names, refused (ValidationError) unless it exists and its type is allowed."""
    if not isinstance(data, Mapping):
        raise ValidationError(_('Expected an object with content_type_id (or app_label and model) and object_id.'))
    content_type, object_id = content_type_from(data), object_id_from(data)
    refuse_disallowed(field, [content_type.pk])
    try:
        return content_type.get_object_for_this_type(pk=object_id)
    except (ObjectDoesNotExist, AttributeError):
        raise ValidationError(_('There is no {type} with id {id}.').format(
            type=type_label(content_type), id=object_id)) from None


def object_link(obj, with_type=True):
    url = obj.get_absolute_url() if hasattr(obj, 'get_absolute_url') else None
    link = format_html('<a href="{}">{}</a>', url, obj) if url else escape(str(obj))
    if not with_type:
        return link
    verbose = capfirst(obj._meta.verbose_name)
    return format_html('{} <span class="text-secondary">({})</span>', link, verbose)
