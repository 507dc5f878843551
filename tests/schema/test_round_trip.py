"""Export → delete → apply → export: types with every field type and every option come back exactly, in the
document and in the database (columns and their types, link tables, foreign keys and their ON DELETE, unique
constraints)."""

from django.db import connection
from django.test import TestCase

from netbox_custom_objects.constants import model_name, table_name
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, diff_document, dump_document, export_cots, load_document

from ..base import CustomObjectsTestMixin

ALL_OPTIONS = {
    'label': 'Serial number', 'description': 'The **serial**', 'group_name': 'Identity', 'primary': True,
    'required': True, 'unique': True, 'default': 'SN-0', 'weight': 10, 'search_weight': 100, 'filter_logic': 'exact',
    'ui_visible': 'if-set', 'ui_editable': 'no', 'is_cloneable': True, 'comments': 'Printed on the box',
    'deprecated': True, 'deprecated_since': '1.1', 'scheduled_removal': '2.0', 'validation_regex': '^SN-[0-9]+$',
}


def shape(table, slugs_by_table):
    """Columns (name → SQL type), foreign keys (column, target, ON DELETE) and unique column sets of `table`, with
    custom object tables named by their type's slug (ids differ after a round trip)."""
    def portable(name):
        for prefix, slug in sorted(slugs_by_table.items(), key=lambda item: -len(item[0])):
            if name == prefix or name.startswith(f'{prefix}_'):
                return slug + name[len(prefix):]
        return name

    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a '
            'WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped', [table])
        columns = {name: (sql_type, not_null) for name, sql_type, not_null in cursor.fetchall()}
        cursor.execute(
            "SELECT c.contype, c.confrelid::regclass::text, c.confdeltype, "
            "array(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey) "
            "ORDER BY attname) FROM pg_constraint c WHERE c.conrelid = %s::regclass AND c.contype IN ('f', 'u')",
            [table])
        constraints = {(kind, portable(target) if kind == 'f' else None, action if kind == 'f' else None,
                        tuple(cols)) for kind, target, action, cols in cursor.fetchall()}
    return {'columns': columns, 'constraints': constraints}


def database_shape():
    """{slug: {table suffix: shape}} for every custom object type: its table and link tables."""
    types = list(CustomObjectType.objects.all())
    slugs_by_table = {table_name(cot.pk): cot.slug for cot in types}
    result = {}
    with connection.cursor() as cursor:
        for cot in types:
            main = table_name(cot.pk)
            cursor.execute('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() '
                           'AND (tablename = %s OR tablename LIKE %s)', [main, f'{main}\\_%'])
            tables = sorted(row[0] for row in cursor.fetchall())
            result[cot.slug] = {t[len(main):] or '(table)': shape(t, slugs_by_table) for t in tables}
    return result


class RoundTripTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        colours = cls.create_choice_set(name='Colours')
        site, device = cls.object_type_of('dcim', 'site'), cls.object_type_of('dcim', 'device')
        target = cls.create_custom_object_type(name='target', slug='targets')
        cls.create_custom_object_type_field(target, name='name', primary=True)
        target_type = cls.object_type_of('netbox_custom_objects', model_name(target.pk))
        cot = cls.create_custom_object_type(
            name='every_thing', slug='every_thing', verbose_name='Every thing', verbose_name_plural='Every things',
            description='All of it', comments='Long *comments*', version='1.2.0', group_name='Inventory',
            display_expression='{{ serial }} ({{ size }})', config_context_enabled=True,
        )
        self_type = cls.object_type_of('netbox_custom_objects', model_name(cot.pk))
        add = cls.create_custom_object_type_field
        add(cot, name='serial', type='text', **ALL_OPTIONS)
        add(cot, name='notes', type='longtext', context=True, validation_regex='.*', default='none')
        add(cot, name='homepage', type='url', validation_regex='^https://', ui_visible='hidden')
        add(cot, name='size', type='integer', validation_minimum=1, validation_maximum=99, default=5, unique=True)
        add(cot, name='ratio', type='decimal', validation_minimum=0, validation_maximum=1, default=0.5)
        add(cot, name='active', type='boolean', default=True, filter_logic='disabled')
        add(cot, name='bought', type='date', default='2024-01-31')
        add(cot, name='seen', type='datetime', default='2024-01-31T10:00:00+00:00')
        add(cot, name='extra', type='json', default={'a': [1, 2]})
        add(cot, name='colour', type='select', choice_set=colours, default='a', ui_editable='hidden')
        add(cot, name='colours', type='multiselect', choice_set=colours, default=['a', 'b'])
        add(cot, name='site', type='object', related_object_type=site, related_name='every_things',
            related_object_filter={'status': 'active'}, on_delete_behavior='cascade', required=True)
        add(cot, name='target', type='object', related_object_type=target_type, on_delete_behavior='protect')
        add(cot, name='parent', type='object', related_object_type=self_type)
        add(cot, name='devices', type='multiobject', related_object_type=device, related_name='every_things',
            related_object_filter={'role': 'router'})
        add(cot, name='targets', type='multiobject', related_object_type=target_type)
        add(cot, name='children', type='multiobject', related_object_type=self_type)
        add(cot, name='anything', type='object', is_polymorphic=True, related_object_types=[site, target_type],
            related_object_filter={'tag': 'x'})
        add(cot, name='many_things', type='multiobject', is_polymorphic=True, related_object_types=[device, site])
        add(cot, name='location', type='coordinates', label='Where', required=True)
        cot.refresh_from_db()
        # The entry alone, as documents were before migration 0005 (a save stores it in upstream's shape).
        cot.schema_document = {'removed_fields': [{'id': 99, 'name': 'gone', 'type': 'text', 'removed_in': '1.1'}]}
        cot.next_schema_id = 100
        cot.save()

    def types(self):
        return CustomObjectType.objects.order_by('name')  # every_thing refers to targets: it goes first

    def test_export_then_apply_on_an_empty_netbox_reproduces_the_types(self):
        document = export_cots(self.types())
        self.assertEqual(len(document['types'][0]['fields']), 20)
        shape_before = database_shape()
        thing = shape_before['every_thing']
        self.assertEqual(sorted(thing), ['(table)', '_children', '_devices', '_many_things', '_targets'])
        self.assertIn(('f', 'dcim_site', 'c', ('site_id',)), thing['(table)']['constraints'])
        self.assertIn(('f', 'targets', 'r', ('target_id',)), thing['(table)']['constraints'])
        self.assertIn('location_latitude', thing['(table)']['columns'])
        for cot in self.types():
            cot.delete()
        self.assertFalse(CustomObjectType.objects.exists())

        apply_document(load_document(dump_document(document)))

        self.assertEqual(export_cots(self.types()), document)
        self.assertEqual(database_shape(), shape_before)
        self.assertFalse(any(diff.has_changes for diff in diff_document(document)))
        cot = CustomObjectType.objects.get(slug='every_thing')
        self.assertEqual(cot.next_schema_id, 100)
        self.assertEqual(cot.schema_document['types'][0]['removed_fields'][0]['id'], 99)

    def test_the_json_spelling_round_trips_too(self):
        document = export_cots(self.types())
        self.assertEqual(load_document(dump_document(document, format='json')), document)
        self.assertEqual(load_document(dump_document(document, format='yaml')), document)

    def test_every_attribute_is_in_the_document(self):
        document = export_cots(self.types())
        thing = document['types'][0]
        self.assertEqual(thing['slug'], 'every_thing')
        for attr in ('display_expression', 'config_context_enabled', 'comments', 'version', 'group_name'):
            self.assertIn(attr, thing)
        fields = {f['name']: f for f in thing['fields']}
        self.assertEqual({key: fields['serial'][key] for key in ALL_OPTIONS}, ALL_OPTIONS)
        self.assertEqual(fields['location'], {'id': 20, 'name': 'location', 'type': 'coordinates', 'label': 'Where',
                                              'required': True})
        self.assertEqual(fields['site']['related_name'], 'every_things')
        self.assertTrue(fields['notes']['context'])
        self.assertEqual(fields['target']['related_object_type'], 'custom-objects/targets')
        self.assertEqual(fields['parent']['related_object_type'], 'custom-objects/every_thing')
        self.assertEqual(fields['anything']['related_object_types'], ['custom-objects/targets', 'dcim/site'])
        self.assertEqual([f['id'] for f in thing['fields']], list(range(1, 21)))
        self.assertEqual(thing['removed_fields'], [{'id': 99, 'name': 'gone', 'type': 'text', 'removed_in': '1.1'}])
