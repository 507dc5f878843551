"""The only code that runs DDL.

`apply(operations, using)` runs the operations with one schema editor on the connection `using` — main's, or a
branch's during branch work and merge replay — inside the caller's transaction, so the definition row change and
its DDL commit or roll back together. Before each operation it checks, in *that* connection's own schema
(`current_schema()`, never through the search path), that the table it alters exists.
"""

import logging
from contextlib import contextmanager

from django.db import connections, transaction

from .locks import lock_for_change, type_ids_of_tables
from .naming import stored_identifier
from .operations import DropTable, RenameTable

__all__ = (
    'apply',
    'table_exists',
    'tables_with_prefix',
)

logger = logging.getLogger('netbox_custom_objects.ddl')


def table_exists(connection, table):
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = %s',
            [stored_identifier(table)],
        )
        return cursor.fetchone() is not None


@contextmanager
def deferred_checks_fired(editor, needed=True):
    """PostgreSQL refuses to alter or drop a table with pending (deferred) foreign-key checks from rows written
    earlier in the same transaction — which is what a merge replaying objects and then fields does. Run those
    checks now, then defer again, as Django's DEFERRABLE INITIALLY DEFERRED constraints expect. Not `needed` when
    the transaction holds no rows but the definition row whose DDL this is."""
    if needed:
        editor.execute('SET CONSTRAINTS ALL IMMEDIATE')
    yield
    if needed:
        editor.execute('SET CONSTRAINTS ALL DEFERRED')


def tables_with_prefix(connection, prefix):
    """Tables of the connection's own schema whose names start with `prefix` (LIKE wildcards escaped)."""
    pattern = prefix.replace('\\', '\\\\').replace('_', '\\_').replace('%', '\\%') + '%'
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename LIKE %s '
            'ORDER BY tablename', [pattern]
        )
        return [row[0] for row in cursor.fetchall()]


def apply(operations, using='default', rows_written=True):
    """Run `operations` in order on the connection `using`, atomically with the caller's transaction.

    `rows_written`: False when the transaction was opened by the definition row save that asks for this DDL, so no
    other row written in it can hold deferred checks on the tables altered here."""
    if not operations:
        return
    connection = connections[using]
    # No savepoint of its own: the callers' row saves open one, and a failure rolls back the row with its DDL.
    with transaction.atomic(using=using, savepoint=False), connection.schema_editor(atomic=False) as editor, \
            deferred_checks_fired(editor, needed=rows_written):
        # Before the first DDL statement: writes of these types in flight finish first (ddl/locks.py).
        lock_for_change(connection, type_ids_of_tables(getattr(op, 'table', None) for op in operations))
        checked = set()  # tables found in this schema by an earlier operation of this list
        for operation in operations:
            if operation.requires_existing_table() and operation.table not in checked:
                if not table_exists(connection, operation.table):
                    logger.warning('Skipped "%s": table %s does not exist in this schema', operation.describe(),
                                   operation.table)
                    continue
                checked.add(operation.table)
            logger.debug('%s (%s)', operation.describe(), using)
            operation.forwards(editor)
            if isinstance(operation, (DropTable, RenameTable)):
                checked.discard(operation.table)
