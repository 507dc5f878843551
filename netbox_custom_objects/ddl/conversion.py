"""Online conversion of one column to another type, for big tables: the DDL of the background type change.

`ALTER COLUMN ... TYPE` rewrites the whole table under an ACCESS EXCLUSIVE lock, so every reader of the type waits
until it commits (3.3 s on 1,000,000 objects, docs/operations.md). A `ColumnConversion` does the same work in steps
that never hold that lock for longer than a catalogue change:

1. `prepare`: a shadow column of the new type (catalogue only) and a trigger that fills it from the column on every
   INSERT and every UPDATE of the column, so writes made while the conversion runs are converted too (a value that
   does not convert is refused by the database, as the request's validation would have refused it).
2. `backfill`: the existing rows, in batches of short transactions (row locks only: readers never wait).
3. `build_unique_index` (when the field is or becomes unique): the unique index on the shadow column, built
   concurrently when the connection is not in a transaction.
4. `swap`, in the transaction that saves the field's new definition: drop the trigger and the old column, rename
   the shadow column to the column's name (catalogue changes: readers wait for an instant).
5. `discard`, after a failure: drop the trigger, its function and the shadow column; the old column is untouched.

The cast is PostgreSQL's `<column>::<new type>`, the expression Django's schema editor gives `ALTER COLUMN ... TYPE
... USING`, so a value converts online exactly as it would in the request.
"""

import re
from contextlib import nullcontext
from dataclasses import dataclass

from django.db import connections, transaction

from .locks import lock_for_change, type_ids_of_tables
from .naming import safe_identifier

__all__ = (
    'ColumnConversion',
    'conversions_in_progress',
    'rewrites_table',
)

# PostgreSQL refuses to alter a table with pending deferred foreign-key checks of rows written earlier in the same
# transaction (a job run inside a caller's transaction; see executor.deferred_checks_fired): run them first.
FIRE_DEFERRED_CHECKS = 'SET CONSTRAINTS ALL IMMEDIATE'
DEFER_CHECKS = 'SET CONSTRAINTS ALL DEFERRED'

# Character types a column moves between without a rewrite (same representation; a wider or no limit).
_CHARACTER_TYPES = ('varchar', 'character varying', 'text')
SHADOW_PREFIX = '_nco_convert_'
_TYPE_RE = re.compile(r'^\s*([a-z ]+?)\s*(?:\((\d+)(?:\s*,\s*\d+)?\))?\s*$')


def _parsed(db_type):
    match = _TYPE_RE.match((db_type or '').lower())
    if match is None:
        return db_type, None
    base = 'varchar' if match[1] == 'character varying' else match[1]
    return base, int(match[2]) if match[2] else None


def rewrites_table(old_db_type, new_db_type):
    """Whether PostgreSQL rewrites (or scans to re-check) every row when a column of `old_db_type` becomes
    `new_db_type`: any change of type, except between character types towards a wider or no length limit."""
    if old_db_type == new_db_type:
        return False
    (old_base, old_length), (new_base, new_length) = _parsed(old_db_type), _parsed(new_db_type)
    if old_base in _CHARACTER_TYPES and new_base in _CHARACTER_TYPES:
        if new_base == 'text' or new_length is None:
            return False
        return old_base == 'text' or old_length is None or new_length < old_length
    return True


def conversions_in_progress(connection, table):
    """The keys (field ids) of the conversions whose shadow column `table` has, in the connection's own schema:
    until they finish, their column must not be renamed or dropped (the trigger reads it by name)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped AND starts_with(a.attname, %s)",
            [table, SHADOW_PREFIX])
        return {int(name[len(SHADOW_PREFIX):]) for name, in cursor.fetchall()
                if name[len(SHADOW_PREFIX):].isdigit()}


@dataclass(frozen=True)
class ColumnConversion:
    """Converting column `column` of `table` to `db_type` through a shadow column named after `key` (the field's
    id: stable across the job's steps and worker processes)."""
    table: str
    column: str
    db_type: str
    key: int

    @property
    def shadow(self):
        return f'{SHADOW_PREFIX}{self.key}'

    @property
    def trigger(self):
        return safe_identifier(f'_nco_convert_{self.table}_{self.key}')

    @property
    def unique_index(self):
        return safe_identifier(f'{self.table}_{self.shadow}_uniq')

    def _q(self, using):
        return connections[using].ops.quote_name

    def prepare(self, using='default', lock_timeout='2s'):
        """Add the shadow column and the trigger that keeps it converted (one short transaction). `lock_timeout`:
        the ACCESS EXCLUSIVE lock of ADD COLUMN waits for the reads in flight, and reads arriving meanwhile would
        queue behind it: rather give up (an OperationalError) than stall them."""
        q = self._q(using)
        table, column, shadow, function = q(self.table), q(self.column), q(self.shadow), q(self.trigger)
        with transaction.atomic(using=using), connections[using].cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{lock_timeout}'")
            cursor.execute(FIRE_DEFERRED_CHECKS)
            cursor.execute(f'ALTER TABLE {table} ADD COLUMN {shadow} {self.db_type} NULL')
            cursor.execute(
                f'CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
                f'NEW.{shadow} := NEW.{column}::{self.db_type}; RETURN NEW; END $$'
            )
            cursor.execute(f'CREATE TRIGGER {function} BEFORE INSERT OR UPDATE OF {column} ON {table} '
                           f'FOR EACH ROW EXECUTE FUNCTION {function}()')
            cursor.execute(DEFER_CHECKS)

    def backfill(self, after_id, size, using='default'):
        """Convert the values of the next `size` rows with an id above `after_id` (one short transaction).
        Returns (the last id of the batch, rows in it); (None, 0) when no row is left."""
        q = self._q(using)
        table, column, shadow = q(self.table), q(self.column), q(self.shadow)
        with transaction.atomic(using=using), connections[using].cursor() as cursor:
            cursor.execute(
                f'WITH batch AS (SELECT id FROM {table} WHERE id > %s ORDER BY id LIMIT %s), '
                f'converted AS (UPDATE {table} t SET {shadow} = t.{column}::{self.db_type} FROM batch '
                f'WHERE t.id = batch.id AND t.{column} IS NOT NULL RETURNING 1) '
                f'SELECT max(id), count(*) FROM batch', [after_id, size])
            last_id, rows = cursor.fetchone()
        return last_id, rows

    def build_unique_index(self, using='default'):
        """The unique index of the shadow column: built concurrently (writes go on) unless the connection is in a
        transaction, where PostgreSQL does not allow it."""
        connection = connections[using]
        q = connection.ops.quote_name
        in_transaction = connection.in_atomic_block
        concurrently = '' if in_transaction else 'CONCURRENTLY '
        # (in a transaction, a savepoint of its own: a failure leaves the caller's transaction usable for discard())
        savepoint = transaction.atomic(using=using) if in_transaction else nullcontext()
        with savepoint, connection.cursor() as cursor:
            cursor.execute(f'CREATE UNIQUE INDEX {concurrently}{q(self.unique_index)} ON {q(self.table)} '
                           f'({q(self.shadow)})')

    def swap(self, using='default', unique=False, lock_timeout='2s'):
        """Put the converted column in place of the old one, inside the caller's transaction (the one saving the
        field's new definition). Takes the type's advisory lock first: writes in flight finish, later ones wait
        for the commit and then see the new definition (ddl/locks.py)."""
        connection = connections[using]
        q = connection.ops.quote_name
        table, shadow, function = q(self.table), q(self.shadow), q(self.trigger)
        lock_for_change(connection, type_ids_of_tables([self.table]))
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL lock_timeout = '{lock_timeout}'")
            cursor.execute(FIRE_DEFERRED_CHECKS)
            cursor.execute(f'DROP TRIGGER {function} ON {table}')
            cursor.execute(f'DROP FUNCTION {function}()')
            cursor.execute(f'ALTER TABLE {table} DROP COLUMN {q(self.column)}')
            cursor.execute(f'ALTER TABLE {table} RENAME COLUMN {shadow} TO {q(self.column)}')
            if unique:
                constraint = safe_identifier(f'{self.table}_{self.column}_{self.key}_uniq')
                cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT {q(constraint)} UNIQUE USING INDEX '
                               f'{q(self.unique_index)}')
            cursor.execute('SET LOCAL lock_timeout = DEFAULT')
            cursor.execute(DEFER_CHECKS)

    def discard(self, using='default'):
        """Remove what `prepare` and `build_unique_index` added (after a failure); the old column is untouched."""
        q = self._q(using)
        table, function = q(self.table), q(self.trigger)
        with transaction.atomic(using=using), connections[using].cursor() as cursor:
            cursor.execute(FIRE_DEFERRED_CHECKS)
            cursor.execute(f'DROP TRIGGER IF EXISTS {function} ON {table}')
            cursor.execute(f'DROP FUNCTION IF EXISTS {function}()')
            cursor.execute(f'DROP INDEX IF EXISTS {q(self.unique_index)}')
            cursor.execute(f'ALTER TABLE {table} DROP COLUMN IF EXISTS {q(self.shadow)}')
            cursor.execute(DEFER_CHECKS)
