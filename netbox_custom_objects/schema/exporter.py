"""Custom object types → a schema document.

Every attribute of a type and of its fields is written, except those that hold their default (so documents stay
short), in a fixed order: types in the order given, fields by schema id. Tombstones come from the type's stored
`schema_document`. A field without a schema id cannot be matched later, so it is left out with a warning.
"""

import logging

from django.db.models import Prefetch

from core.models import ObjectType

from ..models import CustomObjectTypeField
from .format import (
    FIELD_BASE_ATTRS,
    FIELD_DEFAULTS,
    FIELD_TYPE_ATTRS,
    SCHEMA_FORMAT_VERSION,
    TOMBSTONE_KEYS,
    TYPE_ATTRS,
    TYPE_DEFAULTS,
    field_defaults,
)
from .references import References
from .stored import stored_entry
from .unique import UNIQUE_KEY, export_unique_constraints

__all__ = (
    'export_cot',
    'export_cots',
    'field_definition',
    'type_definition',
)

logger = logging.getLogger('netbox_custom_objects.schema')


def export_cots(cots):
    """A complete document describing the given types (an iterable of CustomObjectType; at least one)."""
    cots = list(cots)
    if not cots:
        raise ValueError('There are no custom object types to export.')
    references = References()
    return {
        'schema_version': SCHEMA_FORMAT_VERSION,
        'types': [export_cot(cot, references=references) for cot in cots],
    }


def export_cot(cot, *, references=None, warnings=None):
    """The document entry (`cot_def`) of one type. Warnings (fields left out) are logged and appended to
    `warnings` when a list is given."""
    references = references or References()
    type_def = {attr: value for attr, value in type_definition(cot).items()
                if attr in ('name', 'slug') or value != TYPE_DEFAULTS[attr]}
    fields = []
    for field in _fields_of(cot):
        if field.schema_id is None:
            message = f'{cot.slug}: field "{field.name}" has no schema id and is left out of the document.'
            logger.warning(message)
            if warnings is not None:
                warnings.append(message)
            continue
        fields.append(export_field(field, references))
    if fields:
        type_def['fields'] = fields
    if unique_constraints := export_unique_constraints(cot):
        type_def[UNIQUE_KEY] = unique_constraints
    if tombstones := stored_tombstones(cot):
        type_def['removed_fields'] = tombstones
    return type_def


def type_definition(cot):
    """Every document attribute of a type, defaults included."""
    return {attr: getattr(cot, attr) for attr in TYPE_ATTRS}


def export_field(field, references):
    definition = field_definition(field, references)
    entry = {'id': field.schema_id, 'name': field.name, 'type': field.type}
    defaults = field_defaults(field.type)
    for attr in (*FIELD_BASE_ATTRS, *FIELD_TYPE_ATTRS.get(field.type, ())):
        if definition[attr] != defaults[attr]:
            entry[attr] = definition[attr]
    return entry


def field_definition(field, references):
    """Name, type and every other document attribute of a field row (defaults included), references in their
    portable form. The comparator puts document fields in the same shape, so the two compare attribute by
    attribute."""
    definition = {'name': field.name, 'type': field.type}
    definition.update((attr, getattr(field, attr)) for attr in FIELD_DEFAULTS if attr not in _REFERENCES)
    definition['choice_set'] = field.choice_set.name if field.choice_set_id else None
    definition['related_object_type'] = references.name_of(field.related_object_type)
    definition['related_object_types'] = sorted(
        references.name_of(object_type) for object_type in field.related_object_types.all()
    ) if field.pk else []
    return definition


_REFERENCES = frozenset({'choice_set', 'related_object_type', 'related_object_types'})


def stored_tombstones(cot):
    """The tombstones recorded in the type's stored document, ordered by id."""
    tombstones = [t for t in stored_entry(cot.schema_document).get('removed_fields') or ()
                  if isinstance(t, dict) and 'id' in t]
    return [
        {key: tombstone[key] for key in TOMBSTONE_KEYS if key in tombstone}
        for tombstone in sorted(tombstones, key=lambda t: t['id'])
    ]


def _fields_of(cot):
    return (
        CustomObjectTypeField.objects.filter(custom_object_type=cot)
        .select_related('choice_set', 'related_object_type')
        .prefetch_related(Prefetch('related_object_types', queryset=ObjectType.objects.all()))
        .order_by('schema_id', 'name')
    )
