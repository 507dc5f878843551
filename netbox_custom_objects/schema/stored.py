"""A type's stored schema document (`CustomObjectType.schema_document`): what the last applied document said about
the type, kept for its tombstones (`removed_fields`: ids never reused) and returned by the REST API.

Stored in upstream 0.7.1's shape, a one-type document: `{"schema_version": "1", "types": [<the type's entry>]}`.
Before migration 0005 ours stored the entry alone, and a branch's change records made before it still carry that
shape: every save stores the new one (`in_stored_shape`, from receivers), and the readers take both.
"""

from .format import SCHEMA_FORMAT_VERSION

__all__ = (
    'in_stored_shape',
    'stored_document',
    'stored_entry',
)


def stored_entry(document):
    """The type's entry of a stored document ({} when there is none)."""
    if not isinstance(document, dict):
        return {}
    if 'types' not in document:
        return document  # the entry alone (ours before migration 0005)
    entries = document['types'] if isinstance(document['types'], list) else []
    return next((entry for entry in entries if isinstance(entry, dict)), {})


def in_stored_shape(document):
    """`document` in the stored shape: an entry alone (a change record of a branch made before migration 0005,
    replayed by a merge) becomes a one-type document; anything else is returned as it is."""
    if isinstance(document, dict) and document and 'types' not in document:
        return stored_document(document)
    return document


def stored_document(entry, previous=None):
    """The document to store for `entry`. Other top-level keys of the `previous` document are kept, as upstream
    keeps its own bookkeeping there."""
    kept = (
        {key: value for key, value in previous.items() if key not in ('schema_version', 'types')}
        if isinstance(previous, dict) and 'types' in previous
        else {}
    )
    return {**kept, 'schema_version': SCHEMA_FORMAT_VERSION, 'types': [entry]}
