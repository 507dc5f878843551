"""DDL operations as immutable values.

Each operation names the table it changes, can describe itself, and carries itself out with a schema editor
(`forwards`). Operations never pick a database: the executor runs them on the connection it is given. Columns are
described by unbound Django model fields; the operation binds a fresh copy of them to a throwaway model class that
exists only for the schema editor (it is never registered in Django's app registry).
"""

from dataclasses import dataclass

from django.apps.registry import Apps
from django.db import models

from .naming import link_table_index_names

__all__ = (
    'ID_SEQUENCE',
    'AddColumn',
    'AddForeignKey',
    'AlterColumn',
    'CopyTable',
    'CreateIndex',
    'CreateTable',
    'CreateThroughTable',
    'DropColumn',
    'DropConstraint',
    'DropTable',
    'Operation',
    'RenameIndex',
    'RenameLinkTable',
    'RenameTable',
    'SetIdDefault',
    'bare_model',
    'id_default_sql',
)

DDL_APP_LABEL = 'netbox_custom_objects_ddl'


def fresh_field(field):
    """An unbound copy of `field` that keeps a model class as its target (`Field.clone()` would turn it into a
    label that a throwaway registry cannot resolve)."""
    if field.remote_field is not None:
        # The swappable setting matters to migrations only; looking it up would list every registered model.
        field.swappable = False
    name, path, args, kwargs = field.deconstruct()
    if field.remote_field is not None and not isinstance(field.remote_field.model, str):
        kwargs['to'] = field.remote_field.model
    return field.__class__(*args, **kwargs)


# Every custom object and link table draws its ids from this sequence in main's schema (migration 0002).
ID_SEQUENCE = 'netbox_custom_objects_object_id_seq'


def id_default_sql(editor, table):
    """Point `table.id` at the shared sequence. The name is resolved to the sequence's OID when the statement
    runs, so a branch connection (search_path branch,main) binds to main's sequence too."""
    return f"ALTER TABLE {editor.quote_name(table)} ALTER COLUMN \"id\" SET DEFAULT nextval('{ID_SEQUENCE}')"


def bare_model(table, fields):
    """A throwaway model class for `table` holding copies of `fields` ({attname: Field}) plus an `id` column."""
    meta = type('Meta', (), {'db_table': table, 'app_label': DDL_APP_LABEL, 'apps': Apps()})
    attrs = {'__module__': __name__, 'Meta': meta}
    if 'id' not in fields:
        attrs['id'] = models.BigIntegerField(primary_key=True)
    attrs.update({name: fresh_field(field) for name, field in fields.items()})
    return type(f'DDL_{table}', (models.Model,), attrs)


@dataclass(frozen=True)
class Operation:
    table: str

    def forwards(self, editor):  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def requires_existing_table(self):
        """True when the table must exist before the operation runs (checked by the executor)."""
        return True


@dataclass(frozen=True)
class CreateTable(Operation):
    columns: tuple  # ((attname, Field), ...)

    def requires_existing_table(self):
        return False

    def forwards(self, editor):
        columns = dict(self.columns)
        columns['id'] = models.BigIntegerField(primary_key=True)  # ids come from the shared sequence
        editor.create_model(bare_model(self.table, columns))
        editor.execute(id_default_sql(editor, self.table))

    def describe(self):
        return f'Create table {self.table}'


@dataclass(frozen=True)
class DropTable(Operation):
    def forwards(self, editor):
        editor.execute(f'DROP TABLE {editor.quote_name(self.table)} CASCADE')

    def describe(self):
        return f'Drop table {self.table}'


@dataclass(frozen=True)
class RenameTable(Operation):
    new_table: str

    def forwards(self, editor):
        editor.execute(f'ALTER TABLE {editor.quote_name(self.table)} RENAME TO {editor.quote_name(self.new_table)}')


@dataclass(frozen=True)
class RenameLinkTable(RenameTable):
    """A link table renamed with its field, and the indexes named after it (CreateThroughTable), so that a new
    field of the old name can create its own."""

    def forwards(self, editor):
        super().forwards(editor)
        for old, new in zip(link_table_index_names(self.table), link_table_index_names(self.new_table)):
            RenameIndex(self.new_table, old, new).forwards(editor)

    def describe(self):
        return f'Rename table {self.table} to {self.new_table}'


@dataclass(frozen=True)
class AddColumn(Operation):
    name: str
    field: models.Field

    def forwards(self, editor):
        model = bare_model(self.table, {self.name: self.field})
        editor.add_field(model, model._meta.get_field(self.name))

    def describe(self):
        return f'Add column {self.name} to {self.table}'


@dataclass(frozen=True)
class AlterColumn(Operation):
    """Rename, retype, change nullability/uniqueness or the foreign key of one column (Django's alter_field)."""
    old_name: str
    old_field: models.Field
    new_name: str
    new_field: models.Field

    def forwards(self, editor):
        old_model = bare_model(self.table, {self.old_name: self.old_field})
        new_model = bare_model(self.table, {self.new_name: self.new_field})
        editor.alter_field(
            new_model, old_model._meta.get_field(self.old_name), new_model._meta.get_field(self.new_name), strict=True
        )

    def describe(self):
        if self.old_name != self.new_name:
            return f'Alter column {self.old_name} of {self.table} (rename to {self.new_name})'
        return f'Alter column {self.old_name} of {self.table}'


@dataclass(frozen=True)
class DropColumn(Operation):
    name: str
    field: models.Field

    def forwards(self, editor):
        model = bare_model(self.table, {self.name: self.field})
        editor.remove_field(model, model._meta.get_field(self.name))

    def describe(self):
        return f'Drop column {self.name} from {self.table}'


@dataclass(frozen=True)
class SetIdDefault(Operation):
    """Make the table's ids come from the shared sequence (tables copied into a branch lose their default)."""

    def forwards(self, editor):
        editor.execute(id_default_sql(editor, self.table))

    def describe(self):
        return f'Point {self.table}.id at the shared id sequence'


@dataclass(frozen=True)
class CopyTable(Operation):
    """A copy of `source_schema.table` (columns, defaults, indexes, unique and check constraints, rows) in the
    connection's own schema. Foreign keys are not copied, like netbox-branching's own table copies."""
    source_schema: str

    def requires_existing_table(self):
        return False

    def forwards(self, editor):
        q = editor.quote_name
        source = f'{q(self.source_schema)}.{q(self.table)}'
        editor.execute(
            f'CREATE TABLE {q(self.table)} (LIKE {source} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)'
        )
        editor.execute(f'INSERT INTO {q(self.table)} SELECT * FROM {source}')

    def describe(self):
        return f'Copy {self.source_schema}.{self.table}'


@dataclass(frozen=True)
class CreateIndex(Operation):
    """An index on `columns` of the table, looked up together (a polymorphic reference's two columns)."""
    name: str
    columns: tuple

    def forwards(self, editor):
        q = editor.quote_name
        editor.execute(f'CREATE INDEX {q(self.name)} ON {q(self.table)} ({", ".join(q(c) for c in self.columns)})')

    def describe(self):
        return f'Create index {self.name} on {self.table}'


@dataclass(frozen=True)
class RenameIndex(Operation):
    """An index renamed with what it is named after; nothing happens when it does not exist (tables made before it
    was)."""
    name: str
    new_name: str

    def forwards(self, editor):
        q = editor.quote_name
        editor.execute(f'ALTER INDEX IF EXISTS {q(self.name)} RENAME TO {q(self.new_name)}')

    def describe(self):
        return f'Rename index {self.name} of {self.table} to {self.new_name}'


ON_DELETE_SQL = {'set_null': 'SET NULL', 'cascade': 'CASCADE', 'protect': 'RESTRICT'}


@dataclass(frozen=True)
class AddForeignKey(Operation):
    """A real, non-deferrable foreign key with the chosen ON DELETE (so the database enforces what the user chose,
    even for deletions that bypass Django)."""
    column: str
    target_table: str
    on_delete: str
    name: str

    def forwards(self, editor):
        q = editor.quote_name
        editor.execute(
            f'ALTER TABLE {q(self.table)} ADD CONSTRAINT {q(self.name)} FOREIGN KEY ({q(self.column)}) '
            f'REFERENCES {q(self.target_table)} ("id") ON DELETE {ON_DELETE_SQL[self.on_delete]} NOT DEFERRABLE'
        )

    def describe(self):
        return f'Add foreign key {self.name} on {self.table}.{self.column} → {self.target_table}'


@dataclass(frozen=True)
class DropConstraint(Operation):
    name: str

    def forwards(self, editor):
        q = editor.quote_name
        editor.execute(f'ALTER TABLE {q(self.table)} DROP CONSTRAINT IF EXISTS {q(self.name)}')

    def describe(self):
        return f'Drop constraint {self.name} from {self.table}'


@dataclass(frozen=True)
class CreateThroughTable(Operation):
    """The link table of a multiobject field: (source, target) pairs, unique, cascading from both sides.

    `target_table` None makes a polymorphic link table: (source, content type, object id) triples."""
    source_table: str
    target_table: str | None

    def requires_existing_table(self):
        return False

    def forwards(self, editor):
        q = editor.quote_name
        name = self.table
        unique_name, target_name = link_table_index_names(name)
        if self.target_table is None:
            target_columns = '"content_type_id" integer NOT NULL, "object_id" bigint NOT NULL'
            unique = '("source_id", "content_type_id", "object_id")'
            index_columns = '("content_type_id", "object_id")'
        else:
            target_columns = (
                f'"target_id" bigint NOT NULL REFERENCES {q(self.target_table)} ("id") ON DELETE CASCADE '
                f'DEFERRABLE INITIALLY DEFERRED'
            )
            unique = '("source_id", "target_id")'
            index_columns = '("target_id")'
        editor.execute(
            f'CREATE TABLE {q(name)} ('
            f'"id" bigint PRIMARY KEY DEFAULT nextval(\'{ID_SEQUENCE}\'), '
            f'"source_id" bigint NOT NULL REFERENCES {q(self.source_table)} ("id") ON DELETE CASCADE '
            f'DEFERRABLE INITIALLY DEFERRED, {target_columns}, '
            f'CONSTRAINT {q(unique_name)} UNIQUE {unique})'
        )
        editor.execute(f'CREATE INDEX {q(target_name)} ON {q(name)} {index_columns}')

    def describe(self):
        return f'Create link table {self.table}'
