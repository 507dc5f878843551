"""A schema document compared with the database: the plan of what applying it would change (read-only).

Types are matched by slug, fields by schema id (the document's `id`), so a field whose name differs is a rename
(an ALTER), never a removal plus an addition. Only tombstoned ids are removed; a field the database has but the
document does not mention (or one without a schema id) is left alone, with a warning. Types listed under
`removed_types` are deleted. Removals and deletions are the destructive changes.
"""

import json
from dataclasses import dataclass, field

from ..field_types import get_field_type
from ..models import CustomObjectType, CustomObjectTypeField
from .exceptions import UnknownFieldTypeError
from .exporter import field_definition, type_definition
from .format import EXTENSION_FIELD_ATTRS, EXTENSION_TYPE_ATTRS, TYPE_DEFAULTS, field_defaults
from .permissions import SchemaPermissions
from .references import References
from .text import validate_document
from .unique import diff_unique_constraints

__all__ = (
    'COTDiff',
    'FieldChange',
    'diff_cot',
    'diff_document',
    'document_field_definition',
)

ADD, REMOVE, ALTER = 'add', 'remove', 'alter'


@dataclass
class FieldChange:
    """One field operation. `schema_def` is the document's entry (its tombstone for a removal); `changed_attrs`
    maps each changed attribute to (database value, document value); `definition` is the complete target
    definition (every attribute, references in portable form) that the applier applies."""
    op: str
    schema_id: int
    db_name: str | None = None
    schema_def: dict | None = None
    changed_attrs: dict = field(default_factory=dict)
    definition: dict | None = None

    @property
    def name(self):
        return self.schema_def['name'] if self.schema_def else self.db_name

    @property
    def is_rename(self):
        return self.op == ALTER and 'name' in self.changed_attrs

    @property
    def is_type_change(self):
        return self.op == ALTER and 'type' in self.changed_attrs

    @property
    def is_destructive(self):
        return self.op == REMOVE

    def to_dict(self):
        return {
            'op': self.op,
            'schema_id': self.schema_id,
            'name': self.name,
            'db_name': self.db_name,
            'type': (self.schema_def or {}).get('type'),
            'is_rename': self.is_rename,
            'is_type_change': self.is_type_change,
            'is_destructive': self.is_destructive,
            'changed_attrs': _changes_dict(self.changed_attrs),
            'schema_def': self.schema_def,
        }


@dataclass
class COTDiff:
    """What applying a document changes in one type. `cot_changes` maps the changed attributes of an existing type to
    (database, document); a new type has none (as upstream's plans), its attributes set by the document are in
    `created_attrs`, as (None, document) pairs, for the plan pages."""
    name: str
    slug: str
    is_new: bool = False
    is_delete: bool = False
    cot_changes: dict = field(default_factory=dict)
    created_attrs: dict = field(default_factory=dict)
    field_changes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    unique_changes: list = field(default_factory=list)  # UniqueConstraintChanges (schema/unique.py)

    @property
    def has_changes(self):
        return bool(self.is_new or self.is_delete or self.cot_changes or self.field_changes or self.unique_changes)

    @property
    def has_destructive_changes(self):
        return self.is_delete or any(change.is_destructive for change in self.field_changes)

    @property
    def adds(self):
        return [change for change in self.field_changes if change.op == ADD]

    @property
    def removes(self):
        return [change for change in self.field_changes if change.op == REMOVE]

    @property
    def alters(self):
        return [change for change in self.field_changes if change.op == ALTER]

    def to_dict(self):
        data = {
            'name': self.name,
            'slug': self.slug,
            'is_new': self.is_new,
            'is_delete': self.is_delete,
            'has_changes': self.has_changes,
            'has_destructive_changes': self.has_destructive_changes,
            'cot_changes': _changes_dict(self.cot_changes),
            'field_changes': [change.to_dict() for change in self.field_changes],
            'warnings': list(self.warnings),
        }
        if self.unique_changes:  # (an addition to upstream's plans, only where there is something to say)
            data['unique_constraint_changes'] = [change.to_dict() for change in self.unique_changes]
        return data

    def to_page_dict(self):
        """to_dict(), plus the attributes a new type is created with (`created_attrs`, in the same pair form), which
        the schema page shows."""
        return {**self.to_dict(), 'created_attrs': _changes_dict(self.created_attrs)}


def _changes_dict(changes):
    # [database value, document value] pairs, as upstream's diffs give them
    return {attr: [db, schema] for attr, (db, schema) in changes.items()}


def diff_document(document, *, user=None):
    """[COTDiff] for each type of a document (in document order), then for each removed type that exists.

    With a `user`, the comparison reads only what the user may view (schema.permissions). Raises
    SchemaValidationError for a document the format refuses, SchemaPermissionError for a type the user may not
    view, and an UnresolvableReferenceError subclass for a choice set or object type that does not exist (nor is
    created by the document)."""
    validate_document(document)
    types = SchemaPermissions(user).readable_types(document) if user is not None else CustomObjectType.objects.all()
    slugs = [type_def['slug'] for type_def in document['types']]
    existing = set(types.filter(slug__in=slugs).values_list('slug', flat=True))
    references = References(new_slugs=set(slugs) - existing)
    diffs = [diff_cot(type_def, references=references, types=types) for type_def in document['types']]
    removed = [entry['slug'] for entry in document.get('removed_types', ())]
    diffs += [_deletion(cot) for cot in types.filter(slug__in=removed).order_by('name')]
    return diffs


def diff_cot(type_def, *, references=None, types=None):
    """The COTDiff of one document entry (`cot_def`) against the type with its slug among `types` (a queryset;
    all types by default), if any."""
    references = references or References(new_slugs={type_def['slug']})
    types = CustomObjectType.objects.all() if types is None else types
    cot = types.filter(slug=type_def['slug']).first()
    if cot is None:
        return _creation(type_def, references)
    diff = COTDiff(name=type_def['name'], slug=cot.slug, cot_changes=_type_changes(cot, type_def))
    db_fields = list(CustomObjectTypeField.objects.filter(custom_object_type=cot).select_related(
        'choice_set', 'related_object_type').prefetch_related('related_object_types'))
    by_id = {f.schema_id: f for f in db_fields if f.schema_id is not None}
    tombstones = {t['id']: t for t in type_def.get('removed_fields', ())}
    diff.field_changes += [
        FieldChange(REMOVE, schema_id, db_name=by_id[schema_id].name, schema_def=tombstone)
        for schema_id, tombstone in sorted(tombstones.items()) if schema_id in by_id
    ]
    alters, adds = [], []
    for field_def in type_def.get('fields', ()):
        definition = document_field_definition(field_def, references)
        db_field = by_id.get(field_def['id'])
        if db_field is None:
            adds.append(FieldChange(ADD, field_def['id'], schema_def=field_def, definition=definition))
            continue
        stored = field_definition(db_field, references)
        for attr in EXTENSION_FIELD_ATTRS:
            if attr not in field_def and attr in definition and attr in stored:
                definition[attr] = stored[attr]
        if changed := _field_changes(stored, definition):
            alters.append(FieldChange(ALTER, field_def['id'], db_name=db_field.name, schema_def=field_def,
                                      changed_attrs=changed, definition=definition))
    diff.field_changes += alters + adds
    diff.unique_changes = diff_unique_constraints(cot, type_def)
    diff.warnings += _unmatched_fields(db_fields, {f['id'] for f in type_def.get('fields', ())}, tombstones)
    return diff


def document_field_definition(field_def, references):
    """A document's field entry with every attribute (defaults filled in) and references checked and spelled
    canonically: the shape of exporter.field_definition()."""
    try:
        get_field_type(field_def['type'])
    except LookupError:
        raise UnknownFieldTypeError(f'Unknown field type "{field_def["type"]}" (field "{field_def["name"]}").') \
            from None
    definition = {'name': field_def['name'], 'type': field_def['type']}
    for attr, default in field_defaults(field_def['type']).items():
        definition[attr] = field_def.get(attr, default)
    if definition['choice_set'] is not None:
        references.choice_set(definition['choice_set'])
    if definition['related_object_type'] is not None:
        definition['related_object_type'] = references.normalize(definition['related_object_type'])
        references.check(definition['related_object_type'])
    definition['related_object_types'] = sorted(references.normalize(r) for r in definition['related_object_types'])
    for reference in definition['related_object_types']:
        references.check(reference)
    return definition


def _creation(type_def, references):
    diff = COTDiff(name=type_def['name'], slug=type_def['slug'], is_new=True)
    diff.created_attrs = {
        attr: (None, type_def[attr]) for attr in ('name', *TYPE_DEFAULTS)
        if attr in type_def and (attr == 'name' or _differs(type_def[attr], TYPE_DEFAULTS[attr]))
    }
    diff.field_changes = [
        FieldChange(ADD, field_def['id'], schema_def=field_def,
                    definition=document_field_definition(field_def, references))
        for field_def in type_def.get('fields', ())
    ]
    diff.unique_changes = diff_unique_constraints(None, type_def)
    return diff


def _deletion(cot):
    diff = COTDiff(name=cot.name, slug=cot.slug, is_delete=True)
    try:
        count = cot.get_model().objects.count()
    except LookupError:
        count = None
    if count:
        diff.warnings.append(f'Deleting {cot.slug} deletes its {count} object(s).')
    return diff


def _type_changes(cot, type_def):
    stored = type_definition(cot)
    return {
        attr: (stored[attr], type_def.get(attr, TYPE_DEFAULTS.get(attr)))
        for attr in ('name', *TYPE_DEFAULTS)
        if (attr in type_def or attr not in EXTENSION_TYPE_ATTRS)
        and _differs(stored[attr], type_def.get(attr, TYPE_DEFAULTS.get(attr)))
    }


def _field_changes(stored, definition):
    return {attr: (stored[attr], value) for attr, value in definition.items() if _differs(stored[attr], value)}


def _differs(a, b):
    # JSON spelling tells True from 1 and "1" from 1, which == does not.
    return json.dumps(a, sort_keys=True, default=str) != json.dumps(b, sort_keys=True, default=str)


def _unmatched_fields(db_fields, document_ids, tombstones):
    warnings = []
    for db_field in db_fields:
        if db_field.schema_id is None:
            warnings.append(f'Field "{db_field.name}" has no schema id, so no document can refer to it; it is left '
                            f'unchanged.')
        elif db_field.schema_id not in document_ids and db_field.schema_id not in tombstones:
            warnings.append(f'Field "{db_field.name}" (id {db_field.schema_id}) is not in the document; it is left '
                            f'unchanged (list it under removed_fields to remove it).')
    return warnings
