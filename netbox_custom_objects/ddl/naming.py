"""Identifiers for tables, indexes and constraints, within PostgreSQL's 63-byte limit."""

import hashlib

__all__ = (
    'MAX_IDENTIFIER_LENGTH',
    'safe_identifier',
)

MAX_IDENTIFIER_LENGTH = 63


def safe_identifier(name):
    """Return `name`, or a truncated form with a stable hash suffix when it is longer than PostgreSQL allows."""
    if len(name) <= MAX_IDENTIFIER_LENGTH:
        return name
    digest = hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f'{name[:54]}_{digest}'
