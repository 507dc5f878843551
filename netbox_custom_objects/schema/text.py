"""Reading and writing schema documents as YAML or JSON text.

Both spellings hold the same content. YAML is read with the safe loader minus its timestamp rule, so that a date
written without quotes (a date field's default, say) stays the string a JSON document would hold; whatever is read
must then survive a JSON round trip (no binary values, no sets), so the two formats can never diverge.
"""

import json
import re

import yaml

from .exceptions import SchemaValidationError
from .format import schema_errors

__all__ = (
    'CONTENT_TYPES',
    'FORMATS',
    'MAX_DEPTH',
    'dump_document',
    'load_document',
    'nesting_depth',
    'validate_document',
)

FORMATS = ('yaml', 'json')
# A document nests about six levels (types, fields, a field's attributes, a JSON default); the rest of this bound is
# for JSON defaults. Deeper documents are refused before anything walks them recursively.
MAX_DEPTH = 64
TOO_DEEP = {'path': '', 'message': f'The document nests too deeply (at most {MAX_DEPTH} levels).'}
CONTENT_TYPES = {'yaml': 'application/yaml', 'json': 'application/json'}


class _Loader(yaml.SafeLoader):
    """The safe loader without the timestamp resolver (dates stay strings, as in JSON) and without aliases (a
    document never needs them, and nested aliases can expand a small text into a huge document)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, 'aliases (*name) are not allowed', event.start_mark)
        return super().compose_node(parent, index)


_BOOL = 'tag:yaml.org,2002:bool'
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in ('tag:yaml.org,2002:timestamp', _BOOL)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# Booleans are `true` and `false` in any case, as in YAML 1.2 and upstream's documents: YAML 1.1's yes/no/on/off
# stay strings (a choice value "no", a label "On").
_Loader.add_implicit_resolver(_BOOL, re.compile(r'^(?:true|false)$', re.IGNORECASE), list('tTfF'))


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as people write YAML by hand; never writes aliases."""

    def increase_indent(self, flow=False, indentless=False):
        return super().increase_indent(flow, False)

    def ignore_aliases(self, data):
        return True  # a value used twice is written twice: the loader refuses aliases


def load_document(text, format=None):
    """Parse YAML or JSON `text` (str or bytes) into a document (a dict); `format` None guesses from the text.

    Raises SchemaValidationError when the text cannot be parsed or is not a mapping. The content is not validated
    against the format here (see validate_document)."""
    if isinstance(text, bytes):
        try:
            text = text.decode('utf-8-sig')
        except UnicodeDecodeError:
            raise SchemaValidationError([{'path': '', 'message': 'The document is not UTF-8 text.'}]) from None
    if format is None:
        format = 'json' if text.lstrip().startswith('{') else 'yaml'
    try:
        document = json.loads(text) if format == 'json' else yaml.load(text, Loader=_Loader)
        document = json.loads(json.dumps(document))
    except (ValueError, TypeError, yaml.YAMLError) as e:
        raise SchemaValidationError([{'path': '', 'message': f'Not a valid {format.upper()} document: {e}'}]) from None
    except RecursionError:
        # The parsers recurse per level of nesting (`[[[[...`): a document this deep is no schema.
        raise SchemaValidationError([TOO_DEEP]) from None
    if not isinstance(document, dict):
        raise SchemaValidationError([{'path': '', 'message': 'The document must be a mapping (schema_version, '
                                                             'types).'}])
    return document


def validate_document(document):
    """Raise SchemaValidationError listing what the format refuses in `document` (at most 10 errors)."""
    if nesting_depth(document) > MAX_DEPTH:
        # Refused before anything walks the document recursively (the JSON Schema validator, comparisons).
        raise SchemaValidationError([TOO_DEEP])
    if errors := schema_errors(document):
        raise SchemaValidationError(errors)
    return document


def nesting_depth(value):
    """How deeply lists and mappings nest in `value` (a scalar: 0), found without recursion."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is not None:
            deepest = max(deepest, depth)
            pending.extend((child, depth + 1) for child in children)
    return deepest


def dump_document(document, format='yaml'):
    """The document as YAML (keys in document order) or indented JSON text, ending with a newline."""
    if format == 'json':
        return json.dumps(document, indent=2, ensure_ascii=False) + '\n'
    if format != 'yaml':
        raise ValueError(f'Unknown format {format!r}; use one of {", ".join(FORMATS)}.')
    return yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=120)
