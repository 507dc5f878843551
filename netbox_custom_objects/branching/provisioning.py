"""After a branch is provisioned: what netbox-branching's table copy cannot know about our tables.

1. Link tables of polymorphic multiobject fields (pitfall unreplicated-link-tables). The engine copies the
   tables of models whose ObjectType has the `branching` feature, plus their Django many-to-many tables; a
   polymorphic link table is neither (its rows are owned by the object's ObjectChange, not by an ObjectType of their
   own). Every `custom_objects_*` table of main that the branch lacks is therefore copied here, rows included. Main
   changes made between the engine's snapshot and this copy reach the branch as usual on sync (the owner object's
   change carries its links).
2. Id defaults. netbox-branching re-points each copied table's `id` default at the *owned* sequence of main's table
   (`pg_get_serial_sequence`). Our tables use one shared, unowned sequence (migration 0002), which that lookup does
   not find, so the copies would have no id default at all: point them at the shared sequence.

Both run on the branch's own connection (its schema first in the search path)."""

from django.db import connections

from netbox.plugins import get_plugin_config

from ..constants import USER_TABLE_DATABASE_NAME_PREFIX
from ..ddl import apply, tables_with_prefix
from ..ddl.operations import CopyTable, SetIdDefault

__all__ = (
    'complete_provisioned_branch',
)


def complete_provisioned_branch(sender, branch, **kwargs):
    using = branch.connection_name
    main_schema = get_plugin_config('netbox_branching', 'main_schema')
    main_tables = tables_with_prefix(connections['default'], USER_TABLE_DATABASE_NAME_PREFIX)
    copied = set(tables_with_prefix(connections[using], USER_TABLE_DATABASE_NAME_PREFIX))
    missing = [CopyTable(table, main_schema) for table in main_tables if table not in copied]
    apply(missing + [SetIdDefault(table) for table in sorted(copied)], using=using)
