"""The "All data (YAML)" export of a custom object: its values as the bulk import reads them.

NetBox's list views export YAML documents (one per object) for models that have `to_yaml()`; CustomObject's calls
`export_data()`. Keys are the model attributes the fields' values live in (the import form's names), plus `id`,
`owner`, `tags` and, for types with config context, `local_context_data`. Related objects are given by id; a
reference that may point at several models (polymorphic fields, which the import does not take) is given as
`{"content_type": "app.model", "object_id": id}`, the form the change log uses.
"""

import datetime
import decimal

from django.core.exceptions import FieldDoesNotExist
from django.db import models

__all__ = (
    'export_data',
)


def export_data(obj):
    """{key: plain value} of `obj` (YAML-safe: no model instances, decimals or dates)."""
    data = {'id': obj.pk}
    for field in obj._snapshot.fields:
        for attribute in field.field_type.value_attributes(field):
            data[attribute] = export_value(obj, attribute)
    if obj._snapshot.config_context_enabled:
        data['local_context_data'] = obj.local_context_data
    data['owner'] = obj.owner.name if obj.owner_id else None
    data['tags'] = sorted(tag.slug for tag in obj.tags.all())
    return data


def export_value(obj, attribute):
    value = getattr(obj, attribute)
    if hasattr(value, 'all'):  # a related manager: the linked objects
        return [_reference(obj, attribute, target) for target in value.all()]
    if isinstance(value, models.Model):
        return _reference(obj, attribute, value)
    return _scalar(value)


def _reference(obj, attribute, target):
    """A related object by id when the relation has one target model; otherwise with its type."""
    try:
        field = obj._meta.get_field(attribute)
    except FieldDoesNotExist:
        field = None
    if field is not None and getattr(field, 'related_model', None) is not None:
        return target.pk
    return {'content_type': f'{target._meta.app_label}.{target._meta.model_name}', 'object_id': target.pk}


def _scalar(value):
    if isinstance(value, decimal.Decimal):
        return float(value)  # as NetBox's own YAML exports (e.g. a device type's weight)
    if isinstance(value, (datetime.date, datetime.time)):  # datetimes are dates too
        return value.isoformat()
    return value
