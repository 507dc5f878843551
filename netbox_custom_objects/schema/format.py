"""The portable schema document, version 1: its keys, their defaults, and validation against the JSON Schema.

A document describes custom object types by their slugs and their fields by stable ids (`id` = the field's
`schema_id`), so that it can be applied to another NetBox and compared with what a NetBox holds:

    schema_version: "1"
    types:
      - name: circuit_link            # every key of TYPE_ATTRS; defaults may be left out
        slug: circuit-links
        fields:
          - {id: 1, name: label, type: text, primary: true}
          - {id: 2, name: site, type: object, related_object_type: dcim/site}
        removed_fields:                # tombstones: fields removed on purpose (applying drops them)
          - {id: 3, name: old, type: text, removed_in: "1.2"}
    removed_types:                     # types removed on purpose (applying deletes them)
      - {slug: old-things}

References are portable names: choice sets by name, object types as "<app_label>/<model>" or
"custom-objects/<slug>" for custom object types. The same content is written as YAML or JSON
(`cot_schema_v1.json` validates both, once parsed).
"""

import json
from functools import cache
from itertools import islice
from pathlib import Path
from types import SimpleNamespace

from jsonschema import Draft202012Validator

from ..field_types import all_field_types

__all__ = (
    'ALL_FIELD_ATTRS',
    'CHOICES_TO_SCHEMA_TYPE',
    'CUSTOM_OBJECTS_PREFIX',
    'EXTENSION_FIELD_ATTRS',
    'EXTENSION_TYPE_ATTRS',
    'FIELD_BASE_ATTRS',
    'FIELD_DEFAULTS',
    'FIELD_TYPE_ATTRS',
    'FIELD_TYPE_DEFAULTS',
    'JSON_SCHEMA_PATH',
    'MAX_REPORTED_ERRORS',
    'SCHEMA_FORMAT_VERSION',
    'TOMBSTONE_KEYS',
    'TYPE_ATTRS',
    'TYPE_DEFAULTS',
    'field_defaults',
    'get_json_schema',
    'schema_errors',
)

SCHEMA_FORMAT_VERSION = '1'
JSON_SCHEMA_PATH = Path(__file__).with_name('cot_schema_v1.json')

# "custom-objects/<slug>" names a custom object type in object references.
CUSTOM_OBJECTS_PREFIX = 'custom-objects'

# Validation reports at most this many errors (the REST API's limit), chosen among at most MAX_COLLECTED_ERRORS.
MAX_REPORTED_ERRORS = 10
MAX_COLLECTED_ERRORS = 1000

# Attributes of a type, in document order, with their defaults (`name` and `slug` are required).
TYPE_DEFAULTS = {
    'verbose_name': '',
    'verbose_name_plural': '',
    'description': '',
    'version': '',
    'group_name': '',
    'display_expression': '',
    'config_context_enabled': False,
    'comments': '',
    # features and menu (models/type_features.py)
    'journal_enabled': True,
    'contacts_enabled': True,
    'image_attachments_enabled': False,
    'change_logging_enabled': True,
    'menu_name': '',
    'menu_weight': 100,
}
TYPE_ATTRS = ('name', 'slug', *TYPE_DEFAULTS)

# Attributes every field type has (besides `id`, `name` and `type`), with their defaults.
_BASE_DEFAULTS = {
    'label': '',
    'description': '',
    'group_name': '',
    'primary': False,
    'context': False,
    'required': False,
    'unique': False,
    'default': None,
    'weight': 100,
    'search_weight': 500,
    'filter_logic': 'loose',
    'ui_visible': 'always',
    'ui_editable': 'yes',
    'is_cloneable': False,
    'comments': '',
    'deprecated': False,
    'deprecated_since': '',
    'scheduled_removal': '',
}
FIELD_BASE_ATTRS = tuple(_BASE_DEFAULTS)

# Options that only some types take, with their defaults.
_OPTION_DEFAULTS = {
    'validation_regex': '',
    'validation_minimum': None,
    'validation_maximum': None,
    'choice_set': None,
    'is_polymorphic': False,
    'related_object_type': None,
    'related_object_types': [],
    'related_object_filter': None,
    'related_name': '',
    'on_delete_behavior': 'set_null',
}


def _document_options(field_type):
    """The options a field of `field_type` carries in a document, in the order of _OPTION_DEFAULTS: the type's own
    `options` and its polymorphic variant's, and `related_object_types` (a polymorphic field's allowed types, which
    the rows keep in a relation rather than an option) when the type can be polymorphic."""
    variant = field_type.variant_for(SimpleNamespace(is_polymorphic=True))
    options = {*field_type.options, *variant.options}
    if 'is_polymorphic' in options:
        options.add('related_object_types')
    return tuple(option for option in _OPTION_DEFAULTS if option in options)


# The options each field type takes in a document (the field types' `options`, in portable form).
FIELD_TYPE_ATTRS = {field_type.key: _document_options(field_type) for field_type in all_field_types()}

FIELD_DEFAULTS = {**_BASE_DEFAULTS, **_OPTION_DEFAULTS}
ALL_FIELD_ATTRS = tuple(FIELD_DEFAULTS)

# Attributes upstream's format (netboxlabs-netbox-custom-objects) has no key for. Upstream's documents never carry
# them, so on a type or field that exists, a document without one leaves its stored value alone (anywhere else an
# absent key means its default, as upstream reads it); a new type or field takes the default.
EXTENSION_TYPE_ATTRS = (
    'display_expression', 'config_context_enabled', 'comments', 'journal_enabled', 'contacts_enabled',
    'image_attachments_enabled', 'change_logging_enabled', 'menu_name', 'menu_weight',
)
EXTENSION_FIELD_ATTRS = ('context', 'comments', 'related_name')

# Defaults that differ by type: what the field type stores whatever it is given (coordinates are never searched).
FIELD_TYPE_DEFAULTS = {
    'coordinates': {'search_weight': 0},
}

# Field type keys as stored in the database → as written in documents (the same words).
CHOICES_TO_SCHEMA_TYPE = {key: key for key in FIELD_TYPE_ATTRS}

TOMBSTONE_KEYS = ('id', 'name', 'type', 'removed_in')


def field_defaults(field_type):
    """{attribute: default} of a field of type `field_type`."""
    return {**FIELD_DEFAULTS, **FIELD_TYPE_DEFAULTS.get(field_type, {})}


@cache
def get_json_schema():
    """The JSON Schema (Draft 2020-12) of format version 1, as shipped in this package."""
    return json.loads(JSON_SCHEMA_PATH.read_text())


@cache
def _validator():
    return Draft202012Validator(get_json_schema())


def schema_errors(document, limit=MAX_REPORTED_ERRORS):
    """[{path, message}] of `document` against the JSON Schema, then against the rules a JSON Schema cannot say
    (unique slugs, ids and names). Paths are dotted (`types.0.fields.2.type`); the document itself is ''."""
    # A huge document can hold tens of thousands of errors: collecting (and sorting) a bounded number of them is
    # enough to report the first `limit`.
    errors = [_report(error) for error in islice(_validator().iter_errors(document), MAX_COLLECTED_ERRORS)]
    # "Unevaluated properties" repeats, less clearly, what another error at or under the same place says.
    flagged = [e['path'] for e in errors if not e['unevaluated']]
    errors = [
        {'path': e['path'], 'message': e['message']} for e in errors
        if not e['unevaluated'] or not any(_within(path, e['path']) for path in flagged)
    ]
    errors.sort(key=lambda e: e['path'])
    if not errors:
        errors = _consistency_errors(document)
    return errors[:limit]


def _within(path, parent):
    return path == parent or not parent or path.startswith(f'{parent}.')


def _report(error):
    if error.context:
        # A failed `anyOf` says little by itself; its deepest sub-error says what to fix.
        error = max(error.context, key=lambda e: len(e.absolute_path))
    message = error.message
    if error.validator == 'not' and isinstance(error.validator_value, dict) and 'required' in error.validator_value:
        keys = ', '.join(error.validator_value['required'])
        message = f'{keys!r} is not allowed here.'
    return {
        'path': '.'.join(str(part) for part in error.absolute_path),
        'message': message,
        'unevaluated': error.validator == 'unevaluatedProperties',
    }


def _consistency_errors(document):
    errors = []
    errors += _duplicates(document['types'], 'slug', 'types')
    errors += _duplicates(document['types'], 'name', 'types')
    type_slugs = {t['slug'] for t in document['types']}
    for i, removed in enumerate(document.get('removed_types', ())):
        if removed['slug'] in type_slugs:
            errors.append({'path': f'removed_types.{i}.slug',
                           'message': f'"{removed["slug"]}" is both a type and a removed type.'})
    for i, type_def in enumerate(document['types']):
        errors += _field_errors(type_def, f'types.{i}')
    return errors


def _field_errors(type_def, path):
    fields, removed = type_def.get('fields', ()), type_def.get('removed_fields', ())
    errors = _duplicates(fields, 'id', f'{path}.fields') + _duplicates(fields, 'name', f'{path}.fields')
    errors += _duplicates(removed, 'id', f'{path}.removed_fields')
    field_ids = {f['id'] for f in fields}
    for i, tombstone in enumerate(removed):
        if tombstone['id'] in field_ids:
            errors.append({'path': f'{path}.removed_fields.{i}.id',
                           'message': f'Field id {tombstone["id"]} is both a field and a removed field.'})
    return errors


def _duplicates(items, key, path):
    seen, errors = set(), []
    for i, item in enumerate(items):
        if item[key] in seen:
            errors.append({'path': f'{path}.{i}.{key}', 'message': f'Duplicate {key}: {item[key]!r}.'})
        seen.add(item[key])
    return errors
