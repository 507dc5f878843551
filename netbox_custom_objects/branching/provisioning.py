"""After a branch is provisioned: the copies of our tables take ids from main's shared sequence.

netbox-branching copies each table and re-points its `id` default at the *owned* sequence of main's table
(`pg_get_serial_sequence`). Our tables use one shared, unowned sequence (migration 0002), which that lookup does not
find, so the copies would have no id default at all. Point them at the shared sequence, on the branch's own
connection."""

from django.db import connections

from ..constants import USER_TABLE_DATABASE_NAME_PREFIX
from ..ddl import apply, tables_with_prefix
from ..ddl.operations import SetIdDefault

__all__ = (
    'point_ids_at_shared_sequence',
)


def point_ids_at_shared_sequence(sender, branch, **kwargs):
    using = branch.connection_name
    tables = tables_with_prefix(connections[using], USER_TABLE_DATABASE_NAME_PREFIX)
    apply([SetIdDefault(table) for table in tables], using=using)
