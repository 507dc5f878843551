"""The advisory locks that order definition changes against object writes, across every worker and thread.

A definition change takes `pg_advisory_xact_lock(NAMESPACE, type id)` before its first DDL statement (`apply`),
released when its transaction ends. A request writing a custom object takes the shared form for its session, then
reads the type's committed `cache_timestamp` in a statement of its own (so after any change it waited for), and
keeps the lock until the request is answered (middleware.py). The request then either sees every change committed
before it (and its class is checked against them) or is answered completely, reading back what it wrote included,
before the next change's DDL starts: a column is never renamed or dropped under a write in flight. A lock is per
type, not per schema, so a change in one branch waits for writes of the same type in another: rare, and short.
"""

import re

from ..constants import USER_TABLE_DATABASE_NAME_PREFIX

__all__ = (
    'NAMESPACE',
    'lock_for_change',
    'lock_for_write',
    'release_write_locks',
    'type_ids_of_tables',
)

NAMESPACE = 0x4E434F  # "NCO": the first key of every lock taken here
_TABLE_RE = re.compile(rf'^{re.escape(USER_TABLE_DATABASE_NAME_PREFIX)}(\d+)(?:_|$)')


def type_ids_of_tables(tables):
    """The ids of the types owning `tables` (their own tables and link tables)."""
    return sorted({int(match[1]) for table in tables if (match := _TABLE_RE.match(table or ''))})


def lock_for_change(connection, type_ids):
    """Wait for writes of `type_ids` in flight and keep new ones out until this transaction ends (ids in order, so two
    changes never wait for each other in a cycle)."""
    if not type_ids or not connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        for type_id in sorted(type_ids):
            cursor.execute('SELECT pg_advisory_xact_lock(%s, %s)', [NAMESPACE, type_id])


def lock_for_write(connection, type_id, type_table, built_from, compatible):
    """Take the shared lock of type `type_id` for the connection's session (until `release_write_locks`: a request
    holds it to its end, so that what it reads back after its commit still matches its class) and tell whether a
    class built from the definition stamped `built_from` may write: the type's `cache_timestamp`, read after the
    lock was granted, is still that stamp, or `compatible()` says the differences do not matter. One round trip
    (two statements, each with its own snapshot)."""
    q = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT pg_advisory_lock_shared({NAMESPACE:d}, {int(type_id):d}); '
                       f'SELECT cache_timestamp FROM {q(type_table)} WHERE id = {int(type_id):d}')
        cursor.nextset()
        row = cursor.fetchone()
    return row is not None and (row[0] == built_from or compatible())


def release_write_locks(connection, type_ids):
    """Release the shared locks `lock_for_write` took on `connection` (once each)."""
    if connection.connection is None or not type_ids:
        return  # closed: its session, and the locks with it, are gone
    unlocks = ', '.join(f'pg_advisory_unlock_shared({NAMESPACE:d}, {int(type_id):d})' for type_id in type_ids)
    with connection.cursor() as cursor:
        cursor.execute(f'SELECT {unlocks}')
