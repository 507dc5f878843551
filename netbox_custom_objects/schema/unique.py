"""Unique constraints in the portable schema: the `unique_constraints` key of a type entry.

    unique_constraints:
      - name: one per provider
        fields: [name, provider]        # field names of the type, in key order
        case_insensitive: true          # optional (default false)
        condition: {field: status, value: active}   # optional: unique among the objects where status = active
        description: ...                # optional

Written only for a type that has constraints, so a type without any exports exactly as before (and as upstream's
format). A document without the key leaves a type's constraints alone (upstream's documents never carry it); with it,
the list is the type's whole set: constraints are matched by name, added, changed (deleted and created again, so that
a change may drop a field the same document removes) or deleted.
"""

import json
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ..models import CustomObjectTypeField, CustomObjectTypeUniqueConstraint

__all__ = (
    'UNIQUE_KEY',
    'UniqueConstraintChange',
    'diff_unique_constraints',
    'export_unique_constraints',
    'unique_constraint_row',
)

UNIQUE_KEY = 'unique_constraints'
ADD, REMOVE, ALTER = 'add', 'remove', 'alter'


def export_unique_constraints(cot):
    """The document entries of a type's constraints (by name); [] for a type without."""
    if cot is None or not cot.pk:
        return []
    names = dict(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('pk', 'name'))
    return [_entry(row, names) for row in CustomObjectTypeUniqueConstraint.objects.filter(
        custom_object_type=cot).order_by('name')]


def _entry(row, names):
    entry = {'name': row.name, 'fields': [names.get(field_id, field_id) for field_id in row.field_ids or ()]}
    if row.case_insensitive:
        entry['case_insensitive'] = True
    if row.condition_field_id is not None:
        entry['condition'] = {'field': names.get(row.condition_field_id), 'value': row.condition_value}
    if row.description:
        entry['description'] = row.description
    return entry


def _normalized(entry):
    """A document entry with its defaults left out, as export writes it."""
    normalized = {'name': entry['name'], 'fields': list(entry['fields'])}
    if entry.get('case_insensitive'):
        normalized['case_insensitive'] = True
    if entry.get('condition') is not None:
        normalized['condition'] = {'field': entry['condition']['field'], 'value': entry['condition'].get('value')}
    if entry.get('description'):
        normalized['description'] = entry['description']
    return normalized


@dataclass
class UniqueConstraintChange:
    op: str
    name: str
    stored: dict | None = None  # the constraint as exported now
    definition: dict | None = None  # the document's entry

    def to_dict(self):
        return {'op': self.op, 'name': self.name, 'stored': self.stored, 'definition': self.definition}


def diff_unique_constraints(cot, type_def):
    """[UniqueConstraintChange] turning the constraints of `cot` (None for a new type) into those of the document
    entry `type_def`: removals, then changes, then additions, each by name."""
    if UNIQUE_KEY not in type_def:
        return []
    stored = {entry['name']: entry for entry in export_unique_constraints(cot)}
    wanted = {entry['name']: _normalized(entry) for entry in type_def[UNIQUE_KEY]}
    changes = [UniqueConstraintChange(REMOVE, name, stored=stored[name]) for name in stored if name not in wanted]
    changes += [UniqueConstraintChange(ALTER, name, stored=stored[name], definition=wanted[name])
                for name in wanted if name in stored and _json(stored[name]) != _json(wanted[name])]
    changes += [UniqueConstraintChange(ADD, name, definition=wanted[name]) for name in wanted if name not in stored]
    return changes


def _json(value):
    return json.dumps(value, sort_keys=True, default=str)


def unique_constraint_row(cot, definition):
    """A new (unsaved) CustomObjectTypeUniqueConstraint of `cot` as a document entry defines it; a field name the type
    does not have is a ValidationError."""
    fields = {field.name: field for field in CustomObjectTypeField.objects.filter(custom_object_type=cot)}
    named = [*definition['fields'], *([definition['condition']['field']] if definition.get('condition') else [])]
    if unknown := [name for name in named if name not in fields]:
        raise ValidationError(_('Unique constraint "{name}": the type has no fields named {names}.').format(
            name=definition['name'], names=', '.join(f'"{name}"' for name in unknown)))
    condition = definition.get('condition')
    return CustomObjectTypeUniqueConstraint(
        custom_object_type=cot, name=definition['name'], field_ids=[fields[name].pk for name in definition['fields']],
        case_insensitive=definition.get('case_insensitive', False), description=definition.get('description', ''),
        condition_field=fields[condition['field']] if condition else None,
        condition_value=condition.get('value') if condition else None,
    )
