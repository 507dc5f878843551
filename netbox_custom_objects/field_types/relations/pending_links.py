"""Links of an object being created, written together with its row.

Django writes many-to-many links after the row (the related manager, after save()); NetBox then logs a new object
twice: the row's post_save writes its ObjectChange, and each link change reads that record back and rewrites it.
Links assigned before the first save are instead inserted right after the row, inside save() and without m2m
signals, so the post_save that follows (change log, event rules, search cache) sees them, once. Links of objects
that already exist keep going through the managers (and their signals)."""

__all__ = (
    'PENDING_LINKS',
    'assign_pending',
    'pending_links',
    'write_pending',
)

PENDING_LINKS = '_nco_pending_links'  # instance attribute: {field name: value assigned, applied at the next save}


def assign_pending(instance, name, value):
    """Keep `value` (objects, or None to unlink everything) for `name`, to be written at the next save."""
    instance.__dict__.setdefault(PENDING_LINKS, {})[name] = None if value is None else list(value)


def pending_links(instance, name):
    """(True, value) when a value was assigned to `name` and not saved yet, else (False, None)."""
    pending = instance.__dict__.get(PENDING_LINKS, {})
    return (True, pending[name]) if name in pending else (False, None)


def write_pending(instance, using):
    """Insert the pending links of `instance`, whose row was just inserted (called from its save)."""
    pending = instance.__dict__.get(PENDING_LINKS)
    if not pending:
        return
    for field in instance._snapshot.fields:
        if field.name in pending and field.field_type.many:
            field.field_type.insert_links(field, instance, pending.pop(field.name) or (), using)
