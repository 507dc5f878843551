"""Request parsers of the plugin's endpoints (the portable schema's, and the JSON bodies of the model endpoints)."""

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError

__all__ = (
    'JSONParser',
)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with a body nested too deeply for Python's parser (`[[[[...`: a RecursionError) refused as
    a parse error (400) instead of a 500, and so is a NUL character in the tags of a body: PostgreSQL cannot store
    one, and NetBox looks a nested tag up by its name before any field validates it (a DataError, so a 500). A NUL
    anywhere else is left to the fields, which answer a 400 naming the field (tests/api/test_inputs.py)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_('JSON parse error - the body nests too deeply.')) from None
        if _holds_nul(_tags_of(data)):
            raise ParseError(_('Null characters are not allowed.'))
        return data


def _tags_of(data):
    """The `tags` values of a body: one object, or a list of them (a bulk write)."""
    bodies = data if isinstance(data, list) else [data]
    return [body['tags'] for body in bodies if isinstance(body, dict) and 'tags' in body]


def _holds_nul(data):
    """Whether a NUL character is in any string (key or value) of parsed JSON `data`."""
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if '\x00' in value:
                return True
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return False
