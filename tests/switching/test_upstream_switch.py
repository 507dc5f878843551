"""Switching in place from upstream netboxlabs-netbox-custom-objects 0.7.1 (issue 14): `netbox migrate` adopts the
database, and every type, object, change record and link reads back through the REST API as upstream held it."""

import datetime
import decimal
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.test import Client

from core.models import ObjectChange, ObjectType
from extras.models import JournalEntry, TaggedItem
from users.models import User

from netbox_custom_objects import migrations as plugin_migrations
from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.migrations._upstream import UPSTREAM_MIGRATIONS, Refusal, adopt
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import request_context
from .base import FIXTURE, SwitchedDatabaseTestCase, raw_rows, run_migrate

pytestmark = [pytest.mark.slow]

SERVER_COLUMNS = (
    'id', 'hostname', 'notes', 'cores', 'price', 'active', 'purchased', 'seen_at', 'homepage', 'homepage_title',
    'facts', 'colour', 'palette', 'site_id', 'location_latitude', 'location_longitude', 'owner_ref_content_type_id',
    'owner_ref_object_id',
)


def plain(value):
    """A REST value reduced to what the database holds: a related object to its id, a choice to its value."""
    if isinstance(value, dict):
        if '_content_type' in value:
            return (value['_content_type'], value['id'])
        if 'id' in value:
            return value['id']
        if 'value' in value:
            return value['value']
    if isinstance(value, list):
        return sorted(plain(v) for v in value)
    return value


class UpstreamSwitchTests(SwitchedDatabaseTestCase):
    suffix = 'main'

    @classmethod
    def snapshot_before_switch(cls):
        name = cls.database
        labels = dict(raw_rows(name, "SELECT id, app_label || '.' || model FROM django_content_type"))
        present = {row[0] for row in raw_rows(
            name, "SELECT column_name FROM information_schema.columns WHERE table_name = 'custom_objects_1'")}
        columns = [c for c in SERVER_COLUMNS if c in present]  # 0.6 has no url title column
        return {
            'servers': {row[0]: dict(zip(columns, row)) for row in raw_rows(
                name, f'SELECT {", ".join(columns)} FROM custom_objects_1')},
            'notes': {row[0]: row for row in raw_rows(
                name, 'SELECT id, title, server_id, parent_id FROM custom_objects_2')},
            'tenants': raw_rows(name, 'SELECT source_id, target_id FROM custom_objects_1_tenants'),
            'linked': [(s, labels[ct], o) for s, ct, o in raw_rows(
                name, 'SELECT source_id, content_type_id, object_id FROM custom_objects_1_linked')],
            'note_servers': raw_rows(name, 'SELECT source_id, target_id FROM custom_objects_2_servers'),
            'types': raw_rows(
                name, 'SELECT id, name, slug, next_schema_id FROM netbox_custom_objects_customobjecttype'),
            'fields': raw_rows(name, 'SELECT id, custom_object_type_id, name, type, schema_id '
                                     'FROM netbox_custom_objects_customobjecttypefield'),
            'changes': raw_rows(name, 'SELECT id, changed_object_type_id, changed_object_id, action, postchange_data '
                                      'FROM core_objectchange ORDER BY id'),
            'tagged': raw_rows(
                name, 'SELECT object_id, content_type_id, tag_id FROM extras_taggeditem ORDER BY 1, 2, 3'),
            'journal': raw_rows(name, 'SELECT assigned_object_type_id, assigned_object_id, comments '
                                      'FROM extras_journalentry ORDER BY id'),
            'labels': labels,
        }

    def setUp(self):
        self.client = Client()
        self.client.force_login(User.objects.get(username='admin'))

    def get(self, path):
        response = self.client.get(path, HTTP_ACCEPT='application/json')
        self.assertEqual(response.status_code, 200, response.content[:500])
        return response.json()

    def objects(self, slug):
        return {o['id']: o for o in self.get(f'/api/plugins/custom-objects/{slug}/?limit=1000')['results']}

    def test_migrate_reports_the_adoption(self):
        self.assertIn('0004_adopt_upstream', self.migrate_output)
        applied = {name for (name,) in raw_rows(
            self.database, "SELECT name FROM django_migrations WHERE app = 'netbox_custom_objects'")}
        # every migration of the plugin (those after the adoption add to the adopted tables)
        ours = {path.stem for path in Path(plugin_migrations.__file__).parent.glob('0*.py')}
        self.assertIn('0005_upstream_accessors_and_schema_document', ours)
        self.assertEqual(applied, ours)

    def test_definitions_keep_their_ids_and_gain_our_bookkeeping(self):
        types = {t.pk: t for t in CustomObjectType.objects.all()}
        for type_id, name, slug, last_assigned in self.before['types']:
            self.assertEqual((types[type_id].name, types[type_id].slug), (name, slug))
            highest = max(s or 0 for _id, t, _n, _k, s in self.before['fields'] if t == type_id)
            self.assertEqual(types[type_id].next_schema_id, max(last_assigned, highest) + 1)
            self.assertIsNone(types[type_id].schema_document)
        fields = {f.pk: f for f in CustomObjectTypeField.objects.all()}
        self.assertEqual(
            {(f, t, n, k, s) for f, t, n, k, s in self.before['fields']},
            {(f.pk, f.custom_object_type_id, f.name, f.type, f.schema_id) for f in fields.values()},
        )
        self.assertTrue(all(f.previous_names == [] for f in fields.values()))

    def test_every_object_reads_back_with_upstream_values(self):
        objects = self.objects('server-info')
        self.assertLessEqual(set(self.before['servers']), set(objects))
        for pk, row in self.before['servers'].items():
            data = objects[pk]
            with self.subTest(pk=pk):
                for column in ('hostname', 'notes', 'cores', 'active', 'homepage', 'colour'):
                    self.assertEqual(plain(data[column]), row[column], column)
                self.assertEqual(decimal.Decimal(str(data['price'])), row['price'])
                self.assertEqual(datetime.date.fromisoformat(data['purchased']), row['purchased'])
                self.assertEqual(datetime.datetime.fromisoformat(data['seen_at']), row['seen_at'])
                self.assertEqual(data['facts'], row['facts'] if not isinstance(row['facts'], str)
                                 else json.loads(row['facts']))
                self.assertEqual(plain(data['palette']), sorted(row['palette'] or []))
                self.assertEqual(plain(data['site']), row['site_id'])
                self.assertEqual(decimal.Decimal(str(data['location_latitude'])), row['location_latitude'])
                self.assertEqual(decimal.Decimal(str(data['location_longitude'])), row['location_longitude'])
                self.assertEqual(plain(data['owner_ref']),
                                 (self.before['labels'][row['owner_ref_content_type_id']], row['owner_ref_object_id']))
                self.assertEqual(plain(data['tenants']), sorted(t for s, t in self.before['tenants'] if s == pk))
                self.assertEqual(plain(data['linked']),
                                 sorted((ct, o) for s, ct, o in self.before['linked'] if s == pk))
                if 'homepage_title' in data:  # ours shows the link title where it supports it
                    self.assertEqual(data['homepage_title'] or '', row.get('homepage_title') or '')

    def test_types_pointing_at_types_and_at_themselves(self):
        notes = self.objects('rack-notes')
        self.assertLessEqual(set(self.before['notes']), set(notes))
        for pk, (_id, title, server_id, parent_id) in self.before['notes'].items():
            self.assertEqual(notes[pk]['title'], title)
            self.assertEqual(plain(notes[pk]['server']), server_id)
            self.assertEqual(plain(notes[pk]['parent']), parent_id)
            self.assertEqual(plain(notes[pk]['servers']), sorted(t for s, t in self.before['note_servers'] if s == pk))

    def test_change_log_tags_and_journal_untouched(self):
        last = self.before['changes'][-1][0]
        after = list(ObjectChange.objects.filter(pk__lte=last).order_by('pk').values_list(
            'pk', 'changed_object_type_id', 'changed_object_id', 'action', 'postchange_data'))
        self.assertEqual([row[:4] for row in after], [row[:4] for row in self.before['changes']])
        self.assertEqual([row[4] for row in after], [row[4] for row in self.before['changes']])
        server_type = ObjectType.objects.get(app_label='netbox_custom_objects', model='table1model')
        # (Read with the ORM: NetBox's change-log API lists the types of the models this process has registered,
        # and this process has switched databases under its registry.)
        self.assertEqual(ObjectChange.objects.filter(changed_object_type=server_type, pk__lte=last).count(),
                         sum(1 for row in self.before['changes'] if row[1] == server_type.pk))
        self.assertEqual(sorted(TaggedItem.objects.values_list('object_id', 'content_type_id', 'tag_id')),
                         self.before['tagged'])
        self.assertEqual(list(JournalEntry.objects.order_by('pk').values_list(
            'assigned_object_type_id', 'assigned_object_id', 'comments')), self.before['journal'])
        tagged = self.get('/api/plugins/custom-objects/server-info/?tag=tag-1')
        self.assertEqual(tagged['count'], sum(1 for _o, ct, tag in self.before['tagged']
                                              if ct == server_type.pk and tag == 1))

    def test_columns_are_ours(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                           "'custom_objects_1'::regclass AND attname IN ('price', 'palette') ORDER BY attname")
            self.assertEqual([r[0] for r in cursor.fetchall()], ['character varying(100)[]', 'numeric(16,4)'])
            cursor.execute("SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid IN "
                           "('custom_objects_1'::regclass, 'custom_objects_1_tenants'::regclass, "
                           "'custom_objects_1_linked'::regclass, 'custom_objects_2'::regclass)")
            self.assertEqual({r[0] for r in cursor.fetchall()},
                             {"nextval('netbox_custom_objects_object_id_seq'::regclass)"})

    def test_new_objects_get_fresh_ids_everywhere_and_decimals_are_wider(self):
        highest = max(row[0] for row in raw_rows(self.database, """
            SELECT max(id) FROM custom_objects_1 UNION ALL SELECT max(id) FROM custom_objects_2
            UNION ALL SELECT max(id) FROM custom_objects_1_tenants UNION ALL SELECT max(id) FROM custom_objects_1_linked
            UNION ALL SELECT max(id) FROM custom_objects_2_servers"""))
        response = self.client.post('/api/plugins/custom-objects/server-info/', {
            'hostname': 'after-switch', 'price': '123456789.1234', 'tenants': [1], 'site': 1,
            'linked': [{'_content_type': 'dcim.site', 'id': 2}],
        }, content_type='application/json', HTTP_ACCEPT='application/json')
        self.assertEqual(response.status_code, 201, response.content[:500])
        created = response.json()
        self.assertGreater(created['id'], highest)
        self.assertEqual(decimal.Decimal(str(created['price'])), decimal.Decimal('123456789.1234'))
        note = self.client.post('/api/plugins/custom-objects/rack-notes/', {
            'title': 'after', 'server': created['id'], 'servers': [created['id']],
        }, content_type='application/json', HTTP_ACCEPT='application/json')
        self.assertEqual(note.status_code, 201, note.content[:500])
        self.assertGreater(note.json()['id'], created['id'])
        for table in ('custom_objects_1_tenants', 'custom_objects_1_linked', 'custom_objects_2_servers'):
            (newest,) = raw_rows(self.database, f'SELECT max(id) FROM {table}')[0]
            self.assertGreater(newest, highest, table)
        # Deleting objects takes their links with them (ours cascades in the database).
        for slug, pk in (('rack-notes', note.json()['id']), ('server-info', created['id'])):
            self.assertEqual(self.client.delete(f'/api/plugins/custom-objects/{slug}/{pk}/').status_code, 204)
        self.assertEqual(raw_rows(self.database, f'SELECT count(*) FROM custom_objects_1_tenants '
                                                 f'WHERE source_id = {created["id"]}'), [(0,)])

    def test_a_second_migrate_changes_nothing_and_the_check_names_only_the_branch(self):
        # (In a process of its own: `migrate` cannot run where generated models are loaded, as in this one.)
        _seconds, migrated = run_migrate(self.database, 'netbox_custom_objects')
        self.assertIn('No migrations to apply', migrated)
        output = io.StringIO()
        call_command('upgrade_custom_objects', from_upstream=True, check=True, stdout=output)
        # Main is adopted; the branch upstream provisioned waits for its Migrate action.
        self.assertNotIn('Schema public', output.getvalue())
        self.assertIn('when the branch is migrated', output.getvalue())
        self.assertIn('Check passed: nothing was written', output.getvalue())


    def test_an_incomplete_upstream_history_is_refused_before_anything_is_written(self):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO django_migrations (app, name, applied) VALUES ('netbox_custom_objects', %s, now())",
                    [[name] for name in UPSTREAM_MIGRATIONS[:9]],
                )
                with self.assertRaisesMessage(CommandError, 'interrupted migration'):
                    call_command('upgrade_custom_objects', from_upstream=True, check=True, stdout=io.StringIO())
                with self.assertRaisesMessage(Refusal, '0011_non_deferrable_fk_constraints'):
                    adopt(cursor, 'public')
            transaction.set_rollback(True)


class Upstream061SwitchTests(UpstreamSwitchTests):
    """The same from upstream 0.6.1 (the newest 0.6 release, whose migrations are those of 0.7.x; no url titles)."""

    suffix = 'main061'
    fixture = FIXTURE.with_name('upstream_061.sql')
    # Checked once, with 0.7.1's fixture (each `netbox migrate` process costs seconds).
    test_a_second_migrate_changes_nothing_and_the_check_names_only_the_branch = None


@pytest.mark.branching
class UpstreamBranchSwitchTests(SwitchedDatabaseTestCase):
    """The branch upstream provisioned: pending migrations after the switch, adopted by Branch.migrate(), then
    synced, merged (iterative), reverted and merged again (squash)."""

    suffix = 'branch'

    def setUp(self):
        from netbox_branching.models import Branch

        self.user = User.objects.get(username='admin')
        self.branch = Branch.objects.get(name='upstream-open-branch')

    def tearDown(self):
        # netbox-branching closes a branch alias's connection only at the end of a request.
        name = self.branch.connection_name
        if hasattr(connections._connections, name):
            connections[name].close()
            del connections[name]

    def in_branch(self, path):
        client = Client()
        client.force_login(self.user)
        response = client.get(path, HTTP_ACCEPT='application/json', HTTP_X_NETBOX_BRANCH=self.branch.schema_id)
        self.assertEqual(response.status_code, 200, response.content[:500])
        return response.json()

    def by_hostname(self, results):
        return {o['hostname']: o for o in results}

    def test_adopted_branch_merges_iteratively_and_reverts(self):
        self.assertEqual(self.branch.status, 'pending-migrations')
        self.branch.migrate(user=self.user)
        self.branch.refresh_from_db()
        self.assertEqual(self.branch.status, 'ready')
        schema = self.branch.schema_name
        self.assertEqual(raw_rows(self.database, f"SELECT previous_names FROM {schema}."
                                                 f"netbox_custom_objects_customobjecttypefield WHERE name = 'remarks'"),
                         [(['notes'],)])
        # The branch reads back as upstream left it.
        servers = self.by_hostname(self.in_branch('/api/plugins/custom-objects/server-info/?limit=100')['results'])
        self.assertEqual((servers['srv-02']['serial'], servers['srv-02']['remarks'], servers['srv-02']['cores']),
                         ('SN-0002', 'Changed in the branch', 16))
        self.assertIn('srv-branch', servers)
        self.assertNotIn('srv-11', servers)
        tickets = self.in_branch('/api/plugins/custom-objects/tickets/')['results']
        self.assertEqual([(t['summary'], plain(t['server'])) for t in tickets],
                         [('Replace disk', servers['srv-02']['id'])])
        # A change in main, synced into the branch.
        server_type = CustomObjectType.objects.get(name='server_info')
        with request_context(self.user):
            server_type.get_model().objects.create(hostname='main-after-switch', cores=1)
        self.branch.sync(user=self.user, commit=True)
        servers = self.by_hostname(self.in_branch('/api/plugins/custom-objects/server-info/?limit=100')['results'])
        self.assertIn('main-after-switch', servers)
        self.merge_and_revert('iterative')

    def test_adopted_branch_then_merges_by_squash(self):
        """After the iterative merge and revert above (tests run in name order)."""
        self.branch.refresh_from_db()
        if self.branch.status == 'pending-migrations':
            self.skipTest('runs after test_adopted_branch_merges_iteratively_and_reverts')
        self.merge_and_revert('squash')

    def merge_and_revert(self, strategy):
        self.branch.refresh_from_db()
        self.branch.merge_strategy = strategy
        self.branch.save(provision=False)
        self.branch.merge(user=self.user, commit=True)
        self.assert_merged()
        self.branch.refresh_from_db()
        self.branch.revert(user=self.user, commit=True)
        # Each branch job runs in a work-horse process of its own, which starts with the types of the database: so
        # does the next operation here.
        model_cache.sync()
        self.assert_reverted()

    def assert_merged(self):
        server_type = CustomObjectType.objects.get(name='server_info')
        names = set(server_type.fields.values_list('name', flat=True))
        self.assertLessEqual({'remarks', 'serial'}, names)
        self.assertNotIn('notes', names)
        client = Client()
        client.force_login(self.user)
        results = client.get('/api/plugins/custom-objects/server-info/?limit=100', HTTP_ACCEPT='application/json')
        servers = self.by_hostname(results.json()['results'])
        self.assertEqual((servers['srv-02']['serial'], servers['srv-02']['remarks'], servers['srv-02']['cores']),
                         ('SN-0002', 'Changed in the branch', 16))
        self.assertEqual(servers['srv-03']['remarks'], 'Line one\nline two of server 3')
        self.assertIn('srv-branch', servers)
        self.assertNotIn('srv-11', servers)
        tickets = client.get('/api/plugins/custom-objects/tickets/', HTTP_ACCEPT='application/json').json()['results']
        self.assertEqual([plain(t['server']) for t in tickets], [servers['srv-02']['id']])

    def assert_reverted(self):
        server_type = CustomObjectType.objects.get(name='server_info')
        names = set(server_type.fields.values_list('name', flat=True))
        self.assertIn('notes', names)
        self.assertFalse({'remarks', 'serial'} & names)
        self.assertFalse(CustomObjectType.objects.filter(name='ticket').exists())
        servers = self.by_hostname(self.get_main('/api/plugins/custom-objects/server-info/?limit=100')['results'])
        self.assertEqual(servers['srv-02']['cores'], 8)
        self.assertIn('srv-11', servers)
        self.assertNotIn('srv-branch', servers)

    def get_main(self, path):
        client = Client()
        client.force_login(self.user)
        response = client.get(path, HTTP_ACCEPT='application/json')
        self.assertEqual(response.status_code, 200, response.content[:500])
        return response.json()
