"""Adoption of a database that upstream netboxlabs-netbox-custom-objects (0.6.1 – 0.7.x) migrated.

Both plugins use the app label `netbox_custom_objects` and both ship a `0001_initial`, so Django takes upstream's for
ours and applies our later migrations on top of upstream's definition tables (they have the same columns). What
remains differs in the generated tables and in a few bookkeeping values; `plan()` lists, for one schema (main, or a
branch schema when netbox-branching's Branch.migrate() runs our migrations there), the steps that bring it to ours,
each with its SQL. Migration 0004 runs them; `upgrade_custom_objects --from-upstream --check` prints them.

What changes, per type (rows, ids and names are kept; tables are altered in place):
- ids: the tables' own identity sequences give way to the shared `netbox_custom_objects_object_id_seq`, set above
  every id in main and in every branch schema;
- decimal columns widen from numeric(8,2) to numeric(16,4), multiselect arrays from varchar(50)[] to varchar(100)[];
- a url field's `<name>_title` column is kept, made nullable (ours writes NULL for "no title");
- object fields' foreign keys get our names (`<table>_f<field id>_fk`) and the field's ON DELETE;
- link tables get bigint ids, a source foreign key that cascades, and our constraint and index names; polymorphic
  link tables an integer content type column;
- in a branch, link tables upstream did not copy into the branch are copied from main (ours reads a branch's own);
- definitions: `next_schema_id` becomes "next to assign" (upstream's is "last assigned"), `schema_document` loses
  upstream's `base_columns` snapshot, `previous_names` is read from the change log of field renames;
- upstream's rows in `django_migrations` (0002–0018) are removed: our migrations never take their names.

Nothing else is touched: object types, permissions, tags, journal entries, bookmarks, subscriptions, event rules,
custom links, export templates, the search cache and the change log keep pointing at the same (type, id) pairs.

Only raw SQL on the connection given (the migration's schema editor's): no model class is used, so that this keeps
working whatever later versions of the models look like.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings

from ..ddl.naming import safe_identifier, stored_identifier

__all__ = (
    'SHARED_SEQUENCE',
    'UPSTREAM_MIGRATIONS',
    'Refusal',
    'Step',
    'adopt',
    'main_schema',
    'plan',
    'upstream_state',
)

APP_LABEL = 'netbox_custom_objects'
SHARED_SEQUENCE = 'netbox_custom_objects_object_id_seq'
TYPE_TABLE = 'netbox_custom_objects_customobjecttype'
FIELD_TABLE = 'netbox_custom_objects_customobjecttypefield'

# Upstream's migrations after the 0001_initial both plugins share (0.6.1 and 0.7.x have exactly these).
UPSTREAM_MIGRATIONS = (
    '0002_customobjecttype_cache_timestamp', '0003_ensure_fk_constraints', '0004_customobjecttype_group_name',
    '0005_customobjecttypefield_context', '0006_customobjecttypefield_related_name_and_more',
    '0007_portable_schema', '0008_backfill_schema_ids', '0009_alter_customobjecttype_version',
    '0010_backfill_base_columns', '0011_non_deferrable_fk_constraints', '0012_fix_fk_and_on_delete_behavior',
    '0013_polymorphic_object_fields', '0014_fix_mixed_case_field_names',
    '0015_customobjecttype_config_context_enabled', '0016_widen_integer_columns',
    '0017_customobjecttype_display_expression', '0018_alter_customobjecttypefield_schema_id',
)

ON_DELETE_SQL = {'set_null': 'SET NULL', 'cascade': 'CASCADE', 'protect': 'RESTRICT'}
DECIMAL_TYPE = 'numeric(16,4)'
MULTISELECT_TYPE = 'character varying(100)[]'


class Refusal(Exception):
    """The database holds something adoption cannot take over; nothing was written."""


@dataclass
class Step:
    description: str
    sql: list = field(default_factory=list)


def main_schema():
    """The schema of main (netbox-branching's `main_schema` setting, 'public' by default)."""
    return (getattr(settings, 'PLUGINS_CONFIG', {}).get('netbox_branching') or {}).get('main_schema', 'public')


def q(name):
    return '"' + name.replace('"', '""') + '"'


def fetch(cursor, sql, params=()):
    cursor.execute(sql, params)
    return cursor.fetchall()


def qualified(schema, table):
    return f'{q(schema)}.{q(table)}'


# ----------------------------------------------------------------------------------------------------- detection
def upstream_state(cursor, schema):
    """None when `schema` holds no trace of upstream, else the upstream migrations recorded there. Refusal when
    upstream's history there is incomplete (a release older than 0.6.1, or a migration that did not finish)."""
    if not table_in(cursor, schema, 'django_migrations') or not table_in(cursor, schema, TYPE_TABLE):
        return None
    names = {row[0] for row in fetch(
        cursor, f'SELECT name FROM {qualified(schema, "django_migrations")} WHERE app = %s', [APP_LABEL])}
    present = [name for name in UPSTREAM_MIGRATIONS if name in names]
    if not present:
        return None
    missing = [name for name in UPSTREAM_MIGRATIONS if name not in names]
    if missing:
        raise Refusal(
            f'Schema {schema}: upstream netboxlabs-netbox-custom-objects migrations are missing '
            f'({", ".join(missing)}). This is a release older than 0.6.1 or an interrupted migration. Reinstall '
            f'netboxlabs-netbox-custom-objects 0.7.1, run "netbox migrate" with it, then switch again. Nothing was '
            f'changed.'
        )
    return present


def table_in(cursor, schema, table):
    return bool(fetch(cursor, 'SELECT 1 FROM pg_tables WHERE schemaname = %s AND tablename = %s', [schema, table]))


def columns_of(cursor, schema, table):
    """{column: (type, not null, identity, default)}"""
    rows = fetch(cursor, """
        SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity <> '',
               pg_get_expr(d.adbin, d.adrelid)
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = %s AND c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped""", [schema, table])
    return {name: (type_, notnull, identity, default) for name, type_, notnull, identity, default in rows}


def constraints_on(cursor, schema, table, kind, columns):
    """[(name, definition)] of the constraints of `kind` ('f' foreign key, 'u' unique) over exactly `columns`."""
    return [(name, definition) for name, definition, cols in fetch(cursor, """
        SELECT con.conname, pg_get_constraintdef(con.oid),
               ARRAY(SELECT a.attname FROM unnest(con.conkey) k JOIN pg_attribute a
                     ON a.attrelid = con.conrelid AND a.attnum = k ORDER BY a.attname)
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %s AND c.relname = %s AND con.contype = %s""", [schema, table, kind])
        if list(cols) == sorted(columns)]


def plain_indexes_on(cursor, schema, table, columns):
    """Names of the non-unique indexes over exactly `columns`, in that order."""
    return [name for name, cols in fetch(cursor, """
        SELECT i.relname, ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(num, pos)
                                JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num ORDER BY k.pos)
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %s AND c.relname = %s AND NOT x.indisunique AND x.indexprs IS NULL""", [schema, table])
        if list(cols) == list(columns)]


def index_exists(cursor, schema, name):
    return bool(fetch(cursor, """
        SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = %s AND c.relname = %s""", [schema, name]))


# ---------------------------------------------------------------------------------------------------------- plan
def types_and_fields(cursor, schema):
    types = fetch(cursor, f'SELECT id, name, next_schema_id, schema_document FROM {qualified(schema, TYPE_TABLE)} '
                          f'ORDER BY id')
    fields = fetch(cursor, f'SELECT id, custom_object_type_id, name, type, is_polymorphic, on_delete_behavior, '
                           f'schema_id FROM {qualified(schema, FIELD_TABLE)} ORDER BY id')
    return types, fields


def link_table(cursor, schema, type_id, field_name):
    """The name a link table has in `schema` (ours and upstream's shorten long names alike; PostgreSQL cuts)."""
    name = f'custom_objects_{type_id}_{field_name}'
    for candidate in dict.fromkeys((safe_identifier(name), stored_identifier(name))):
        if table_in(cursor, schema, candidate):
            return candidate
    return None


def plan(cursor, schema, main_schema='public'):
    """The steps that adopt `schema`; [] when it holds no trace of upstream. Raises Refusal."""
    if upstream_state(cursor, schema) is None:
        return []
    types, fields = types_and_fields(cursor, schema)
    # Main's per-table sequences go away with their identity columns: branch tables still drawing from them first.
    steps = branch_default_steps(cursor, schema) if schema == main_schema else []
    for type_id, name, *_ in types:
        table = f'custom_objects_{type_id}'
        own = [f for f in fields if f[1] == type_id]
        if not table_in(cursor, schema, table):
            continue  # a type whose table is only in main (seen from a branch), or missing: nothing to alter here
        steps += object_table_steps(cursor, schema, name, table, own)
        for _id, _type, field_name, kind, polymorphic, _on_delete, _sid in own:
            if kind != 'multiobject':
                continue
            through = link_table(cursor, schema, type_id, field_name)
            if through is None and schema != main_schema:
                through = link_table(cursor, main_schema, type_id, field_name)
                if through is not None:
                    steps.append(copy_step(schema, main_schema, through))
                    continue  # copied as main has it, then adopted with main's tables
            if through is not None:
                steps += link_table_steps(cursor, schema, name, table, through, polymorphic)
    steps += definition_steps(cursor, schema, types, fields, main_schema)
    steps.append(sequence_step(cursor, schema, main_schema))
    steps.append(Step(
        f'Forget upstream\'s migration records 0002-0018 in {schema}.django_migrations',
        [f'DELETE FROM {qualified(schema, "django_migrations")} WHERE app = \'{APP_LABEL}\' AND name IN '
         f'({", ".join(repr(n) for n in UPSTREAM_MIGRATIONS)})'],
    ))
    return steps


def id_steps(schema, table, columns, label):
    type_, _notnull, identity, default = columns['id']
    sql = []
    if type_ != 'bigint':
        sql.append(f'ALTER TABLE {qualified(schema, table)} ALTER COLUMN "id" TYPE bigint')
    if identity:
        sql.append(f'ALTER TABLE {qualified(schema, table)} ALTER COLUMN "id" DROP IDENTITY IF EXISTS')
    if identity or SHARED_SEQUENCE not in (default or ''):
        sql.append(f'ALTER TABLE {qualified(schema, table)} ALTER COLUMN "id" SET DEFAULT '
                   f'nextval(\'{SHARED_SEQUENCE}\')')
    return [Step(f'{label}: ids from the shared sequence ({schema}.{table})', sql)] if sql else []


def object_table_steps(cursor, schema, type_name, table, own_fields):
    columns = columns_of(cursor, schema, table)
    steps = id_steps(schema, table, columns, type_name)
    target = qualified(schema, table)
    for field_id, _type_id, name, kind, polymorphic, on_delete, _sid in own_fields:
        if kind == 'decimal' and name in columns and columns[name][0] != DECIMAL_TYPE:
            steps.append(Step(f'{type_name}.{name}: decimal {columns[name][0]} → {DECIMAL_TYPE}',
                              [f'ALTER TABLE {target} ALTER COLUMN {q(name)} TYPE {DECIMAL_TYPE}']))
        if kind == 'multiselect' and name in columns and columns[name][0] != MULTISELECT_TYPE:
            steps.append(Step(f'{type_name}.{name}: multiselect {columns[name][0]} → {MULTISELECT_TYPE}',
                              [f'ALTER TABLE {target} ALTER COLUMN {q(name)} TYPE {MULTISELECT_TYPE}']))
        title = f'{name}_title'
        if kind == 'url' and title in columns and columns[title][1]:
            steps.append(Step(f'{type_name}.{title}: link titles kept, column made nullable',
                              [f'ALTER TABLE {target} ALTER COLUMN {q(title)} DROP NOT NULL']))
        if kind == 'object' and not polymorphic:
            steps += foreign_key_steps(cursor, schema, type_name, table, field_id, name, on_delete)
    return steps


def foreign_key_steps(cursor, schema, type_name, table, field_id, name, on_delete):
    """Upstream's foreign key of an object field under our name and with the field's ON DELETE (the target table
    is the one upstream's key references). A column without a key (a table copied into a branch) stays so."""
    ours = safe_identifier(f'{table}_f{field_id}_fk')
    keys = constraints_on(cursor, schema, table, 'f', [f'{name}_id'])
    if not keys or [key for key, _ in keys] == [ours]:
        return []
    target = keys[0][1].split('REFERENCES ', 1)[1].split('(', 1)[0].strip()
    sql = [f'ALTER TABLE {qualified(schema, table)} DROP CONSTRAINT {q(key)}' for key, _ in keys]
    sql.append(
        f'ALTER TABLE {qualified(schema, table)} ADD CONSTRAINT {q(ours)} FOREIGN KEY ({q(name + "_id")}) '
        f'REFERENCES {target} ("id") ON DELETE {ON_DELETE_SQL.get(on_delete, "SET NULL")} NOT DEFERRABLE NOT VALID'
    )
    sql.append(f'ALTER TABLE {qualified(schema, table)} VALIDATE CONSTRAINT {q(ours)}')
    return [Step(f'{type_name}.{name}: foreign key {", ".join(k for k, _ in keys)} → {ours}', sql)]


def link_table_steps(cursor, schema, type_name, source, table, polymorphic):
    columns = columns_of(cursor, schema, table)
    steps = id_steps(schema, table, columns, type_name)
    target = qualified(schema, table)
    sql = []
    source_keys = constraints_on(cursor, schema, table, 'f', ['source_id'])
    ours_source = safe_identifier(f'{table}_source_id_fkey')
    if source_keys and [key for key, _ in source_keys] != [ours_source]:
        sql += [f'ALTER TABLE {target} DROP CONSTRAINT {q(key)}' for key, _ in source_keys]
        sql.append(f'ALTER TABLE {target} ADD CONSTRAINT {q(ours_source)} FOREIGN KEY ("source_id") '
                   f'REFERENCES {qualified(schema, source)} ("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED')
    unique_columns = ['source_id', 'content_type_id', 'object_id'] if polymorphic else ['source_id', 'target_id']
    target_columns = ['content_type_id', 'object_id'] if polymorphic else ['target_id']
    unique_name, index_name = safe_identifier(f'{table}_uniq'), safe_identifier(f'{table}_target')
    for key, _ in constraints_on(cursor, schema, table, 'u', unique_columns)[:1]:
        if key != unique_name:
            sql.append(f'ALTER TABLE {target} RENAME CONSTRAINT {q(key)} TO {q(unique_name)}')
    indexes = plain_indexes_on(cursor, schema, table, target_columns)
    if index_name not in indexes:
        if indexes:
            sql.append(f'ALTER INDEX {qualified(schema, indexes[0])} RENAME TO {q(index_name)}')
        else:
            sql.append(f'CREATE INDEX {q(index_name)} ON {target} ({", ".join(map(q, target_columns))})')
    if polymorphic and columns.get('content_type_id', ('integer',))[0] != 'integer':
        sql.append(f'ALTER TABLE {target} ALTER COLUMN "content_type_id" TYPE integer')
    if sql:
        steps.append(Step(f'{type_name}: link table {table} keys, names and columns as ours', sql))
    return steps


def copy_step(schema, main_schema, table):
    source = qualified(main_schema, table)
    return Step(f'Copy link table {table} from {main_schema} into branch schema {schema} (upstream left it out)', [
        f'CREATE TABLE {qualified(schema, table)} (LIKE {source} INCLUDING DEFAULTS INCLUDING CONSTRAINTS '
        f'INCLUDING INDEXES)',
        f'INSERT INTO {qualified(schema, table)} SELECT * FROM {source}',
    ])


# ---------------------------------------------------------------------------------------------------- definitions
def definition_steps(cursor, schema, types, fields, main_schema):
    steps = []
    for type_id, name, next_schema_id, document in types:
        highest = max([f[6] or 0 for f in fields if f[1] == type_id], default=0)
        ours = max(next_schema_id + 1, highest + 1)
        converted = converted_document(document)
        sql = [f'UPDATE {qualified(schema, TYPE_TABLE)} SET next_schema_id = {ours} WHERE id = {type_id}']
        if converted != document:
            value = 'NULL' if converted is None else "'" + json.dumps(converted).replace("'", "''") + "'::jsonb"
            sql.append(f'UPDATE {qualified(schema, TYPE_TABLE)} SET schema_document = {value} WHERE id = {type_id}')
        steps.append(Step(
            f'{name}: next schema id {next_schema_id} (last assigned) → {ours} (next to assign)'
            + (f'; schema document {describe_document(converted)}' if converted != document else ''), sql))
    for field_id, old_names in previous_names(cursor, schema, fields, main_schema).items():
        steps.append(Step(f'Field {field_id}: previous names {old_names} from the change log', [
            f'UPDATE {qualified(schema, FIELD_TABLE)} SET previous_names = '
            f'\'{json.dumps(old_names)}\'::jsonb WHERE id = {field_id}']))
    old_index = 'netbox_custom_objects_customobjecttype_name'
    if index_exists(cursor, schema, old_index):
        steps.append(Step('Type names: case-insensitive unique index under our name', [
            f'ALTER INDEX {qualified(schema, old_index)} RENAME TO {q(old_index + "_ci_unique")}'
        ]))
    return steps


def describe_document(converted):
    return 'emptied (upstream kept only its own bookkeeping there)' if converted is None else \
        'without upstream\'s base_columns snapshot'


def converted_document(document):
    """Both store `{"schema_version", "types": [type_def]}` once a document was applied; upstream adds its snapshot
    of the base columns (`base_columns`, the only key of a type no document was applied to), which ours does not
    keep (its columns are checked against the model: see healing.py)."""
    if isinstance(document, str):
        document = json.loads(document)
    if not isinstance(document, dict):
        return None
    types = document.get('types')
    if isinstance(types, list) and types and isinstance(types[0], dict):
        return {key: value for key, value in document.items() if key != 'base_columns'}
    return None


def previous_names(cursor, schema, fields, main_schema):
    """{field id: [old names, oldest first]}: the renames of fields in `schema`'s change log, and, in a branch, the
    name main still gives a field the branch renamed (upstream's rename records may lack the old name)."""
    rows = []
    if schema != main_schema:
        if 'previous_names' in columns_of(cursor, main_schema, FIELD_TABLE):
            # Main was adopted first (with `migrate`): its rows have their previous names.
            rows += fetch(cursor, f"""
                SELECT m.id, n.name, '' FROM {qualified(main_schema, FIELD_TABLE)} m,
                     jsonb_array_elements_text(m.previous_names) WITH ORDINALITY n(name, position)
                ORDER BY m.id, n.position""")
        rows += fetch(cursor, f"""
            SELECT b.id, m.name, b.name FROM {qualified(schema, FIELD_TABLE)} b
            JOIN {qualified(main_schema, FIELD_TABLE)} m ON m.id = b.id WHERE m.name <> b.name""")
    if table_in(cursor, schema, 'core_objectchange'):
        rows += fetch(cursor, f"""
        SELECT oc.changed_object_id, oc.prechange_data->>'name', oc.postchange_data->>'name'
        FROM {qualified(schema, 'core_objectchange')} oc
        JOIN django_content_type ct ON ct.id = oc.changed_object_type_id
        WHERE ct.app_label = %s AND ct.model = 'customobjecttypefield' AND oc.action = 'update'
          AND oc.prechange_data->>'name' IS DISTINCT FROM oc.postchange_data->>'name'
        ORDER BY oc.time, oc.id""", [APP_LABEL])
    current = {f[0]: f[2] for f in fields}
    result = {}
    for field_id, old, _new in rows:
        if field_id in current and old and old != current[field_id] and old not in result.get(field_id, []):
            result.setdefault(field_id, []).append(old)
    return result


# ------------------------------------------------------------------------------------------------------ sequences
def sequence_step(cursor, schema, main_schema):
    """The shared sequence above every id of every custom object and link table, in main and in every branch."""
    tables = fetch(cursor, r"""
        SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND c.relname ~ '^custom_objects_[0-9]+'
          AND (n.nspname IN (%s, %s) OR n.nspname LIKE 'branch\_%%') ORDER BY 1, 2""", [schema, main_schema])
    highest = 0
    for table_schema, table in tables:
        row = fetch(cursor, f'SELECT COALESCE(MAX(id), 0) FROM {qualified(table_schema, table)}')[0]
        highest = max(highest, row[0])
    return Step(f'Shared id sequence above every existing id ({highest})', [
        f'SELECT setval(\'{SHARED_SEQUENCE}\', GREATEST({highest}, (SELECT last_value FROM {SHARED_SEQUENCE})), '
        f'true)',
    ])


def branch_default_steps(cursor, schema):
    """Tables in other schemas (netbox-branching's copies) whose id default draws from one of upstream's per-table
    sequences in `schema`: pointed at the shared sequence, so that those sequences can go with their columns."""
    users = fetch(cursor, r"""
        SELECT DISTINCT dn.nspname, dc.relname, a.attname
        FROM pg_depend d JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
        JOIN pg_class dc ON dc.oid = ad.adrelid JOIN pg_namespace dn ON dn.oid = dc.relnamespace
        JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
        JOIN pg_class s ON s.oid = d.refobjid AND s.relkind = 'S' JOIN pg_namespace sn ON sn.oid = s.relnamespace
        WHERE s.relname ~ '^custom_objects_[0-9]+' AND sn.nspname = %s AND dn.nspname <> %s
        ORDER BY 1, 2""", [schema, schema])
    if not users:
        return []
    return [Step('Branch tables drawing ids from upstream\'s per-table sequences: the shared one instead', [
        f'ALTER TABLE {qualified(s, t)} ALTER COLUMN {q(c)} SET DEFAULT nextval(\'{SHARED_SEQUENCE}\')'
        for s, t, c in users
    ])]


def adopt(cursor, schema, main_schema='public', log=None):
    """Carry out `plan()`; return the steps run."""
    steps = plan(cursor, schema, main_schema)
    for step in steps:
        if log:
            log(step.description)
        for statement in step.sql:
            cursor.execute(statement)
    return steps
