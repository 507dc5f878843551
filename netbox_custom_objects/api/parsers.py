"""Request parsers of the plugin's endpoints (the portable schema's, and the JSON bodies of the model endpoints)."""

from django.utils.translation import gettext as _
from rest_framework import parsers
from rest_framework.exceptions import ParseError

__all__ = (
    'JSONParser',
)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with a body nested too deeply for Python's parser (`[[[[...`: a RecursionError) refused as
    a parse error (400) instead of a 500, and so is a NUL character in any string: PostgreSQL cannot store one, and
    some lookups reach the database before any field validates them (a nested tag looked up by its name)."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(_('JSON parse error - the body nests too deeply.')) from None
        if _holds_nul(data):
            raise ParseError(_('Null characters are not allowed.'))
        return data


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
