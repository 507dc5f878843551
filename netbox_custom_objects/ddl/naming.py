"""Identifiers for tables, indexes and constraints, within PostgreSQL's 63-byte limit."""

import hashlib

__all__ = (
    'MAX_IDENTIFIER_LENGTH',
    'link_table_index_names',
    'safe_identifier',
    'stored_identifier',
    'unique_index_name',
)

MAX_IDENTIFIER_LENGTH = 63


def safe_identifier(name):
    """Return `name`, or a truncated form with a stable hash suffix when it is longer than PostgreSQL allows."""
    if len(name) <= MAX_IDENTIFIER_LENGTH:
        return name
    digest = hashlib.md5(name.encode(), usedforsecurity=False).hexdigest()[:8]
    return f'{name[:54]}_{digest}'


def stored_identifier(name):
    """The name PostgreSQL stores for `name`: cut at 63 bytes (on a character boundary). New names never need it
    (models/names.py refuses them); tables made before that rule still have such names."""
    data = name.encode()
    return name if len(data) <= MAX_IDENTIFIER_LENGTH else data[:MAX_IDENTIFIER_LENGTH].decode(errors='ignore')


def link_table_index_names(table):
    """The indexes a link table is created with (its unique constraint's and its target's), named after it: renamed
    with it, so that a new link table of the old name can have them."""
    return safe_identifier(f'{table}_uniq'), safe_identifier(f'{table}_target')


def unique_index_name(table, constraint_id):
    """The unique index of a type's compound unique constraint (a CustomObjectTypeUniqueConstraint row): named by the
    row's id, so that renaming the constraint or its fields leaves the index alone."""
    return safe_identifier(f'{table}_u{constraint_id}')
