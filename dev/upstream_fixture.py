"""Build a database the way upstream netboxlabs-netbox-custom-objects leaves it, and dump what a switch needs.

A lab tool, run by hand, never in CI, and never with this project's virtualenv: it drives *upstream's* plugin
(`pip install netbox==4.7.3 netboxlabs-netbox-branching==1.2.2 netboxlabs-netbox-custom-objects==0.7.1` in a
virtualenv of its own, outside this repository) through its public Python API, so that the fixture holds exactly
what upstream writes. Nothing of upstream's is copied here.

    # once: the NetBox-only template (dev/dbtool.py builds it with the tests' templates)
    NETBOX_ROOT=/work/upstream-root NCO_DB_NAME=nco_switch_upstream \
        /work/upstream-venv/bin/python dev/upstream_fixture.py build
    /work/upstream-venv/bin/python dev/upstream_fixture.py dump nco_switch_upstream tests/switching/upstream_071.sql

The same with a virtualenv holding netboxlabs-netbox-custom-objects==0.6.1 (the newest 0.6 release; it runs on NetBox
4.7) makes tests/switching/upstream_061.sql.

`build` copies the NetBox template (`nco_tpl_nb473_br122`: NetBox and netbox-branching migrated, no custom
objects plugin) into NCO_DB_NAME, runs upstream's migrations, then makes a representative content: types covering
every field type (polymorphic included), types pointing at each other and at themselves, objects with a value in
every field, tags, journal entries, a change log (creations, edits, a deletion), and an open branch holding a new
type, a new field, a renamed field and object edits.

`dump` writes one SQL file: the plugin's tables and the generated tables (schema and rows), the branch schemas
(schema and rows), and, as INSERTs that skip rows already present, the rows of NetBox's own tables that the build
added (content types, object types, permissions, tags, journal entries, change log, branches, django_migrations,
sites, ...). Loaded onto a fresh copy of the same template, it gives back the upstream database.
"""

import datetime
import decimal
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from importlib.metadata import version

BASE_TEMPLATE = 'nco_tpl_nb473_br122'


def pg_params(dbname='postgres'):
    env = os.environ.get
    return {
        'host': env('NCO_PG_HOST', '127.0.0.1'), 'port': env('NCO_PG_PORT', '5432'),
        'user': env('NCO_PG_USER', 'postgres'), 'password': env('NCO_PG_PASSWORD', ''), 'dbname': dbname,
    }


def connect(dbname='postgres'):
    import psycopg

    return psycopg.connect(**pg_params(dbname), autocommit=True)


# ------------------------------------------------------------------------------------------------------------- build
def create_database(name):
    if not name.startswith('nco_switch_'):
        sys.exit('NCO_DB_NAME must start with nco_switch_ (the lab never touches other databases)')
    with connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{BASE_TEMPLATE}"')


def setup_django():
    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'netbox.settings')
    import django

    django.setup()


@contextmanager
def tracked(user, branch=None):
    """A request by `user` (so that every save is change-logged), in `branch` when given."""
    from django.test import RequestFactory

    from netbox.context_managers import event_tracking
    from netbox_branching.utilities import activate_branch

    request = RequestFactory().get('/')
    request.id = uuid.uuid4()
    request.user = user
    if branch is None:
        with event_tracking(request):
            yield
    else:
        with activate_branch(branch), event_tracking(request):
            yield


def add_field(cot, name, type_, **attrs):
    from netbox_custom_objects.models import CustomObjectTypeField

    targets = attrs.pop('targets', None)
    field = CustomObjectTypeField(custom_object_type=cot, name=name, type=type_, **attrs)
    field.full_clean()
    field.save()
    if targets:
        field.related_object_types.set(targets)
    return field


def object_type(model):
    from core.models import ObjectType

    return ObjectType.objects.get_for_model(model)


def build_content():
    from django.contrib.auth import get_user_model

    from dcim.models import Site
    from extras.models import CustomFieldChoiceSet, JournalEntry, Tag
    from tenancy.models import Tenant

    from netbox_custom_objects.models import CustomObjectType

    user = get_user_model().objects.create_superuser('admin', 'admin@example.com', 'admin')
    with tracked(user):
        sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in (1, 2, 3)]
        tenants = [Tenant.objects.create(name=f'Tenant {i}', slug=f'tenant-{i}') for i in (1, 2)]
        tags = [Tag.objects.create(name=f'Tag {i}', slug=f'tag-{i}') for i in (1, 2)]
        colours = CustomFieldChoiceSet.objects.create(
            name='Colours', extra_choices=[['red', 'Red'], ['green', 'Green'], ['blue', 'Blue']],
        )

        # A type pointing at another (object and multiobject) and at itself; upstream refuses cycles between types.
        server = CustomObjectType.objects.create(
            name='server_info', slug='server-info', verbose_name='Server info', description='Every field type',
        )
        rack_note = CustomObjectType.objects.create(name='rack_note', slug='rack-notes')
        server_ot, note_ot = server.object_type, rack_note.object_type

        add_field(server, 'hostname', 'text', primary=True, required=True, unique=True)
        add_field(server, 'notes', 'longtext')
        add_field(server, 'cores', 'integer', validation_minimum=1, validation_maximum=512)
        add_field(server, 'price', 'decimal')
        add_field(server, 'active', 'boolean', default=True)
        add_field(server, 'purchased', 'date')
        add_field(server, 'seen_at', 'datetime')
        add_field(server, 'homepage', 'url')
        add_field(server, 'facts', 'json')
        add_field(server, 'colour', 'select', choice_set=colours)
        add_field(server, 'palette', 'multiselect', choice_set=colours)
        add_field(server, 'site', 'object', related_object_type=object_type(Site), related_name='servers')
        add_field(server, 'tenants', 'multiobject', related_object_type=object_type(Tenant))
        add_field(server, 'location', 'coordinates')
        add_field(server, 'owner_ref', 'object', is_polymorphic=True,
                  targets=[object_type(Site), object_type(Tenant)])
        add_field(server, 'linked', 'multiobject', is_polymorphic=True,
                  targets=[object_type(Site), object_type(Tenant)])

        add_field(rack_note, 'title', 'text', primary=True)
        add_field(rack_note, 'server', 'object', related_object_type=server_ot, related_name='rack_notes')
        add_field(rack_note, 'parent', 'object', related_object_type=note_ot, related_name='children')
        add_field(rack_note, 'servers', 'multiobject', related_object_type=server_ot, related_name='noted_in')

    server.refresh_from_db()
    rack_note.refresh_from_db()
    with tracked(user):
        Server, Note = server.get_model(), rack_note.get_model()
        servers = []
        for i in range(1, 13):
            obj = Server.objects.create(
                hostname=f'srv-{i:02d}', notes=f'Line one\nline two of server {i}', cores=4 * i,
                price=decimal.Decimal(f'{1000 + i}.{i:02d}'), active=i % 3 != 0,
                purchased=datetime.date(2024, 1, i), seen_at=datetime.datetime(2025, 6, i, 12, i, tzinfo=datetime.UTC),
                homepage=f'https://srv-{i}.example.com/', facts={'rack': i, 'roles': ['web', 'db'][: i % 3]},
                colour=['red', 'green', 'blue'][i % 3], palette=['red', 'blue'][: i % 3],
                site=sites[i % 3], location_latitude=decimal.Decimal('48.856613'),
                location_longitude=decimal.Decimal('2.352222'), owner_ref=(sites + tenants)[i % 5],
            )
            if i % 4 == 0:
                obj.snapshot()
                setattr(obj, 'homepage_title', f'Home of {i}')
                obj.save()
            obj.tenants.set(tenants[: i % 3])
            obj.tags.set(tags[: i % 3])
            servers.append(obj)
        notes = []
        for i in range(1, 6):
            note = Note.objects.create(title=f'Note {i}', server=servers[i], parent=notes[-1] if notes else None)
            note.servers.set(servers[i: i + 3])
            notes.append(note)
        for i, obj in enumerate(servers[:4]):
            obj.snapshot()
            obj.linked.set([sites[0], tenants[1], sites[2]][: i + 1])
        # Edits and a deletion in the change log; journal entries on objects.
        # As NetBox's views and API do, a snapshot before each edit (the change record's prechange data).
        servers[0].snapshot()
        servers[0].cores = 64
        servers[0].save()
        servers[11].delete()
        for obj in servers[:3]:
            JournalEntry.objects.create(assigned_object=obj, created_by=user, kind='info', comments=f'About {obj}')
        JournalEntry.objects.create(assigned_object=notes[0], created_by=user, kind='warning', comments='Note journal')
    return user, server, rack_note, sites, tenants


def build_branch(user, server, rack_note, sites):
    from netbox_branching.models import Branch

    from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

    branch = Branch(name='upstream-open-branch', description='Opened under upstream custom objects')
    branch.save(provision=False)
    branch.provision(user=user)
    branch.refresh_from_db()
    with tracked(user, branch):
        # A new type, a new field, a renamed field, object edits, a new object.
        ticket = CustomObjectType.objects.create(name='ticket', slug='tickets')
        add_field(ticket, 'summary', 'text', primary=True)
        add_field(ticket, 'server', 'object', related_object_type=server.object_type, related_name='tickets')
        add_field(ticket, 'effort', 'decimal')
        add_field(server, 'serial', 'text')
        field = CustomObjectTypeField.objects.get(custom_object_type=server, name='notes')
        field.snapshot()
        field.name = 'remarks'
        field.save()
    with tracked(user, branch):
        server = CustomObjectType.objects.get(pk=server.pk)
        Server = server.get_model()
        obj = Server.objects.get(hostname='srv-02')
        obj.snapshot()
        obj.serial = 'SN-0002'
        obj.remarks = 'Changed in the branch'
        obj.cores = 16
        obj.save()
        Server.objects.create(hostname='srv-branch', cores=2, site_id=sites[0].pk, remarks='Made in the branch')
        ticket = CustomObjectType.objects.get(name='ticket')
        Ticket = ticket.get_model()
        Ticket.objects.create(summary='Replace disk', server_id=obj.pk, effort=decimal.Decimal('1.50'))
        try:
            Server.objects.get(hostname='srv-11').delete()
        except ValueError:  # 0.6.1 cannot: 'Cannot query "srv-11": Must be "Table1Model" instance.'
            print('upstream could not delete an object in the branch; the fixture has no such deletion')
    return branch


def build():
    name = os.environ.get('NCO_DB_NAME', '')
    create_database(name)
    subprocess.run([os.path.join(os.path.dirname(sys.executable), 'netbox'), 'migrate', '--no-input', '-v', '0'],
                   check=True)
    setup_django()
    user, server, rack_note, sites, tenants = build_content()
    build_branch(user, server, rack_note, sites)
    print(f'built {name}')


# -------------------------------------------------------------------------------------------------------------- dump
def primary_key(conn, table):
    return [row[0] for row in conn.execute("""
        SELECT a.attname FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey)
        WHERE x.indrelid = %s::regclass AND x.indisprimary ORDER BY a.attnum""", [f'public."{table}"'])]


def rows_by_key(conn, table, key):
    """{primary key: the row as JSON text}"""
    columns = ', '.join(f't."{c}"' for c in key) or 't::text'
    return {tuple(row[:-1]): row[-1] for row in conn.execute(
        f'SELECT {columns}, row_to_json(t)::text FROM public."{table}" t ORDER BY {columns}')}


def added_rows(dbname, tables):
    """SQL that adds to a fresh copy of the template the rows `dbname` has in `tables` that the template lacks (or
    holds otherwise), each as a JSON record, so that every column type comes back as it was."""
    statements = []
    with connect(BASE_TEMPLATE) as template, connect(dbname) as upstream:
        for table in tables:
            key = primary_key(upstream, table)
            before, after = rows_by_key(template, table, key), rows_by_key(upstream, table, key)
            record = 'json_populate_record(NULL::public."{}", {})'.format
            columns = ', '.join(f'"{c}"' for c in key)
            for pk, row in after.items():
                if before.get(pk) == row:
                    continue
                literal = "'" + row.replace("'", "''") + "'"
                if pk in before:  # a row the build changed: replaced
                    statements.append(f'DELETE FROM public."{table}" WHERE ({columns}) = '
                                      f'(SELECT {columns} FROM {record(table, literal)});')
                statements.append(f'INSERT INTO public."{table}" SELECT * FROM {record(table, literal)};')
            if 'id' not in key:
                continue
            (sequence,) = upstream.execute(
                'SELECT pg_get_serial_sequence(%s, %s)', [f'public."{table}"', 'id']).fetchone()
            if sequence:  # where upstream left it
                (value,) = upstream.execute(f'SELECT last_value FROM {sequence}').fetchone()
                statements.append(f"SELECT setval('{sequence}', {value});")
    return statements


def table_digests(dbname, tables):
    with connect(dbname) as conn:
        return {
            table: conn.execute(
                f'SELECT count(*), md5(coalesce(string_agg(t::text, \',\' ORDER BY t::text), \'\')) FROM "{table}" t'
            ).fetchone()
            for table in tables
        }


def public_tables(dbname):
    with connect(dbname) as conn:
        return [row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )]


def branch_schemas(dbname):
    with connect(dbname) as conn:
        return [row[0] for row in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'branch\\_%' ORDER BY nspname"
        )]


def pg_dump(dbname, *args):
    params = pg_params(dbname)
    env = {**os.environ, 'PGPASSWORD': params['password']}
    command = ['pg_dump', '-h', params['host'], '-p', params['port'], '-U', params['user'], '--no-owner',
               '--no-privileges', '--no-comments', *args, dbname]
    text = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    # psql meta-commands (\restrict, \connect) and SET lines of the session are not part of the content.
    return '\n'.join(
        line for line in text.splitlines()
        if not line.startswith(('\\', 'SET ', 'SELECT pg_catalog.set_config'))
    )


def dump(dbname, path):
    tables = public_tables(dbname)
    plugin = [t for t in tables if t.startswith(('netbox_custom_objects_', 'custom_objects_'))]
    others = [t for t in tables if t not in plugin]
    template, upstream = table_digests(BASE_TEMPLATE, others), table_digests(dbname, others)
    changed = [t for t in others if template.get(t) != upstream[t]]
    parts = [
        f'-- An upstream netboxlabs-netbox-custom-objects {version("netboxlabs-netbox-custom-objects")} database, '
        'made by dev/upstream_fixture.py;',
        f'-- load it onto a fresh copy of {BASE_TEMPLATE}. NetBox rows first, then the plugin and the branches.',
        # Foreign keys are checked by triggers, off while rows of several tables go in in any order.
        'SET session_replication_role = replica;',
        *added_rows(dbname, changed),
        'SET session_replication_role = DEFAULT;',
        pg_dump(dbname, *[f'--table=public.{t}' for t in plugin], '--inserts'),
    ]
    for schema in branch_schemas(dbname):
        parts.append(pg_dump(dbname, f'--schema={schema}', '--inserts'))
    with open(path, 'w') as out:
        out.write('\n'.join(parts) + '\n')
    print(f'{path}: {len(changed)} NetBox tables with rows, {len(plugin)} plugin tables, '
          f'{len(branch_schemas(dbname))} branch schema(s)')


if __name__ == '__main__':
    if sys.argv[1:2] == ['build']:
        build()
    elif sys.argv[1:2] == ['dump'] and len(sys.argv) == 4:
        dump(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
