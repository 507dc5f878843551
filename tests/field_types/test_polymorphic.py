"""Polymorphic object and multiobject fields: storage, values, definition rules, deletions of targets, signals, the
change log, and the form, API, filter and table surfaces."""

import django_filters
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models.signals import m2m_changed
from django.test import RequestFactory, TestCase
from django.test.utils import CaptureQueriesContext
from rest_framework import serializers

from core.models import ObjectChange
from dcim.models import Manufacturer, Site
from tenancy.models import Tenant
from users.models import User
from utilities.api import get_serializer_for_model
from utilities.serialization import deserialize_object

from netbox_custom_objects.constants import APP_LABEL, table_name, through_model_name, through_table_name
from netbox_custom_objects.field_types import FormMode
from netbox_custom_objects.field_types.relations.polymorphic import (
    PolymorphicMultiObjectFieldType,
    PolymorphicObjectFieldType,
    polymorphic_targets,
)

from ..base import CustomObjectsTestMixin, column_names, column_type, table_exists


def index_columns(index):
    with connection.cursor() as cursor:
        cursor.execute('SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = %s',
                       [index])
        row = cursor.fetchone()
        return row[0] if row else None


def nested_serializer_for(target, many=False, **kwargs):
    return get_serializer_for_model(target)(nested=True, many=many, **kwargs)


class PolymorphicTestCase(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        cls.tenants = [Tenant.objects.create(name=f'Tenant {i}', slug=f'tenant-{i}') for i in range(2)]
        cls.manufacturer = Manufacturer.objects.create(name='Acme', slug='acme')
        cls.other_cot = cls.create_custom_object_type(name='gadget')
        cls.create_custom_object_type_field(cls.other_cot, name='name', primary=True)
        cls.cot = cls.create_custom_object_type(name='thing')
        allowed = [cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant'),
                   cls.other_cot.object_type]
        cls.ref_field = cls.create_custom_object_type_field(
            cls.cot, name='ref', type='object', is_polymorphic=True, related_object_types=allowed)
        cls.links_field = cls.create_custom_object_type_field(
            cls.cot, name='links', type='multiobject', is_polymorphic=True, related_object_types=allowed)

    def setUp(self):
        self.cot.refresh_from_db()
        self.model = self.cot.get_model()
        self.other_cot.refresh_from_db()
        self.gadget = self.other_cot.get_model().objects.create(name='G1')

    def snapshot(self, name):
        return self.model._snapshot.field_named(name)

    def reload(self, obj):
        self.cot.refresh_from_db()
        self.model = self.cot.get_model()
        return self.model.objects.get(pk=obj.pk)


class StorageTest(PolymorphicTestCase):

    def test_object_columns_and_index(self):
        table = table_name(self.cot.pk)
        self.assertEqual(column_type(table, 'ref_content_type_id'), 'integer')
        self.assertEqual(column_type(table, 'ref_object_id'), 'bigint')
        self.assertNotIn('ref_id', column_names(table))
        definition = index_columns(f'co_{self.cot.pk}_ref_gfk')
        self.assertIn('(ref_content_type_id, ref_object_id)', definition)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
                "AND a.attnum = ANY(c.conkey) WHERE c.contype = 'f' AND c.conrelid = %s::regclass "
                "AND a.attname LIKE 'ref%%'", [table])
            self.assertEqual(cursor.fetchone()[0], 0)  # targets are not tied by a foreign key

    def test_a_rename_saved_without_validation_moves_the_columns_and_the_index(self):
        """Validation refuses the rename (DefinitionTest); a row saved without it still gets its DDL carried out."""
        table = table_name(self.cot.pk)
        self.ref_field.name = 'moved'
        self.ref_field.save()
        self.assertTrue({'moved_content_type_id', 'moved_object_id'} <= column_names(table))
        self.assertIsNone(index_columns(f'co_{self.cot.pk}_ref_gfk'))
        self.assertIn('(moved_content_type_id, moved_object_id)', index_columns(f'co_{self.cot.pk}_moved_gfk'))

    def test_link_table_and_link_model(self):
        link_table = through_table_name(self.cot.pk, 'links')
        self.assertTrue(table_exists(link_table))
        self.assertEqual(column_names(link_table), {'id', 'source_id', 'content_type_id', 'object_id'})
        self.assertEqual(column_type(link_table, 'content_type_id'), 'integer')
        self.assertEqual(column_type(link_table, 'object_id'), 'bigint')
        link_model = apps.get_model(APP_LABEL, through_model_name(self.cot.pk, 'links'))
        self.assertIs(link_model, self.model.__dict__['links'].link_model)
        self.assertEqual(link_model._meta.db_table, link_table)

    def test_variants(self):
        self.assertIsInstance(self.snapshot('ref').field_type, PolymorphicObjectFieldType)
        self.assertIsInstance(self.snapshot('links').field_type, PolymorphicMultiObjectFieldType)
        self.assertEqual(self.snapshot('ref').related_object_types, tuple(sorted(
            [('dcim', 'site'), ('tenancy', 'tenant'), (APP_LABEL, f'table{self.other_cot.pk}model')])))

    def test_model_and_ddl_without_types_yet(self):
        field = self.create_custom_object_type_field(self.cot, name='later', type='multiobject', is_polymorphic=True)
        self.create_custom_object_type_field(self.cot, name='later_one', type='object', is_polymorphic=True)
        self.assertTrue(table_exists(through_table_name(self.cot.pk, 'later')))
        model = self.reload(self.model.objects.create())._meta.model
        self.assertEqual(model._snapshot.field_named('later').related_object_types, ())
        with self.assertRaises(ValidationError) as cm:
            field.full_clean()
        self.assertIn('related_object_types', cm.exception.message_dict)
        field.related_object_types.set([self.object_type_of('dcim', 'site')])
        self.assertEqual(self.reload(model.objects.create())._snapshot.field_named('later').related_object_types,
                         (('dcim', 'site'),))

    def test_deleting_fields_drops_their_storage(self):
        table = table_name(self.cot.pk)
        self.ref_field.delete()
        self.links_field.delete()
        self.assertFalse({'ref_content_type_id', 'ref_object_id'} & column_names(table))
        self.assertFalse(table_exists(through_table_name(self.cot.pk, 'links')))


class ValuesTest(PolymorphicTestCase):

    def test_object_round_trip_for_each_allowed_type(self):
        for target in (self.sites[0], self.tenants[0], self.gadget):
            with self.subTest(target=target):
                obj = self.model(ref=target)
                obj.full_clean()
                obj.save()
                stored = self.reload(obj)
                self.assertEqual(stored.ref, target)
                self.assertEqual(stored.ref_content_type, ContentType.objects.get_for_model(target))
                self.assertEqual(stored.ref_object_id, target.pk)
        obj.ref = None
        obj.save()
        self.assertIsNone(self.reload(obj).ref)

    def test_disallowed_types_are_refused(self):
        with self.assertRaises(ValidationError) as cm:
            self.model(ref=self.manufacturer).full_clean()
        self.assertIn('ref', cm.exception.message_dict)
        with self.assertRaises(ValidationError) as cm:
            self.model(links=[self.sites[0], self.manufacturer]).full_clean()
        self.assertIn('links', cm.exception.message_dict)
        obj = self.model.objects.create()
        with self.assertRaises(ValidationError):
            obj.links.add(self.manufacturer)
        self.assertEqual(obj.links.all(), [])

    def test_multi_add_remove_set_clear(self):
        obj = self.model.objects.create()
        links = obj.links
        links.add(self.sites[0], self.tenants[0])
        links.add(self.sites[0], self.gadget)  # already linked objects are skipped
        self.assertEqual(self.reload(obj).links.all(), [self.sites[0], self.tenants[0], self.gadget])
        self.assertEqual((links.count(), links.exists()), (3, True))
        links.remove(self.tenants[0], self.sites[2])
        self.assertEqual(self.reload(obj).links.all(), [self.sites[0], self.gadget])
        links.set([self.gadget, self.tenants[1]])
        self.assertEqual(set(self.reload(obj).links.all()), {self.gadget, self.tenants[1]})
        links.clear()
        self.assertEqual((links.all(), links.count(), links.exists()), ([], 0, False))

    def test_assignment_is_applied_on_save(self):
        obj = self.model.objects.create(links=[self.sites[0], self.tenants[0]])
        self.assertEqual(self.reload(obj).links.all(), [self.sites[0], self.tenants[0]])
        obj = self.reload(obj)
        obj.links = [self.sites[1]]
        self.assertEqual(obj.links.all(), [self.sites[0], self.tenants[0]])  # not before the save
        obj.save()
        self.assertEqual(self.reload(obj).links.all(), [self.sites[1]])
        obj.links = [{'content_type': 'tenancy.tenant', 'object_id': self.tenants[1].pk}]  # change-log format
        obj.save()
        self.assertEqual(self.reload(obj).links.all(), [self.tenants[1]])
        obj.links = None
        obj.save()
        self.assertEqual(self.reload(obj).links.all(), [])

    def test_display_and_html(self):
        obj = self.model.objects.create(ref=self.sites[0], links=[self.tenants[0], self.gadget])
        obj = self.reload(obj)
        for name, text, links in (('ref', 'Site 0', 1), ('links', 'Tenant 0, G1', 2)):
            field = self.snapshot(name)
            value = field.field_type.instance_value(field, obj)
            self.assertEqual(field.field_type.display_value(field, value), text)
            html = field.field_type.render_html(field, value)
            self.assertEqual(html.count('<a href='), links)
            self.assertIn('Site' if name == 'ref' else 'Tenant', html)


class DefinitionTest(PolymorphicTestCase):

    def test_rename_refused(self):
        self.ref_field.name = 'renamed'
        with self.assertRaises(ValidationError) as cm:
            self.ref_field.full_clean()
        self.assertIn('name', cm.exception.message_dict)

    def test_polymorphic_flag_immutable(self):
        for field in (self.ref_field, self.links_field):
            field.is_polymorphic = False
            field.related_object_type = self.object_type_of('dcim', 'site')
            with self.subTest(field=field.name), self.assertRaises(ValidationError) as cm:
                field.full_clean()
            self.assertIn('is_polymorphic', cm.exception.message_dict)

    def test_related_object_types_immutable(self):
        with self.assertRaises(ValidationError), transaction.atomic():
            self.ref_field.related_object_types.add(self.object_type_of('dcim', 'manufacturer'))
        with self.assertRaises(ValidationError), transaction.atomic():
            self.links_field.related_object_types.clear()
        self.assertEqual(self.links_field.related_object_types.count(), 3)

    def test_single_related_object_type_refused(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='x', type='object', is_polymorphic=True,
                                                 related_object_type=self.object_type_of('dcim', 'site'))
        self.assertIn('related_object_type', cm.exception.message_dict)

    def test_no_unique_or_primary(self):
        # (is_cloneable and default are accepted, as upstream: tests/api/test_upstream_accepts.py)
        for options in ({'unique': True}, {'primary': True}):
            with self.subTest(options=options), self.assertRaises(ValidationError):
                self.create_custom_object_type_field(self.cot, name='x', type='object', is_polymorphic=True,
                                                     **options)

    def test_on_delete_is_always_set_null(self):
        self.ref_field.on_delete_behavior = 'cascade'
        self.ref_field.full_clean()
        self.assertEqual(self.ref_field.on_delete_behavior, 'set_null')

    def test_cycles_refused(self):
        # gadget may already be referred to by thing; gadget -> thing closes the cycle, in either field kind.
        with self.assertRaises(ValidationError):
            self.create_custom_object_type_field(self.other_cot, name='back', type='object',
                                                 related_object_type=self.cot.object_type)
        with self.assertRaises(ValidationError):
            self.create_custom_object_type_field(self.other_cot, name='back_many', type='multiobject',
                                                 is_polymorphic=True, related_object_types=[self.cot.object_type])

    def test_non_polymorphic_fields_take_no_types(self):
        field = self.create_custom_object_type_field(self.cot, name='plain', type='object',
                                                     related_object_type=self.object_type_of('dcim', 'site'))
        with self.assertRaises(ValidationError):
            field.related_object_types.add(self.object_type_of('dcim', 'site'))


class TargetDeletionTest(PolymorphicTestCase):

    def test_deleting_a_target_nulls_references_and_unlinks(self):
        pointing = self.model.objects.create(ref=self.sites[0], links=[self.sites[0], self.tenants[0]])
        other = self.model.objects.create(ref=self.tenants[0], links=[self.sites[1]])
        self.sites[0].delete()
        pointing, other = self.reload(pointing), self.reload(other)
        self.assertIsNone(pointing.ref)
        self.assertEqual((pointing.ref_content_type_id, pointing.ref_object_id), (None, None))
        self.assertEqual(pointing.links.all(), [self.tenants[0]])
        self.assertEqual((other.ref, other.links.all()), (self.tenants[0], [self.sites[1]]))

    def test_deleting_a_custom_object_target(self):
        obj = self.model.objects.create(ref=self.gadget, links=[self.gadget, self.sites[2]])
        self.gadget.delete()
        obj = self.reload(obj)
        self.assertEqual((obj.ref, obj.links.all()), (None, [self.sites[2]]))

    def test_unrelated_deletions_cost_no_query(self):
        polymorphic_targets.fields_allowing(Manufacturer)  # warm
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(polymorphic_targets.fields_allowing(Manufacturer), ())
        self.assertEqual(len(queries), 0)
        self.assertIn((self.cot.pk, 'ref'), polymorphic_targets.fields_allowing(Site))


class SignalsAndChangeLogTest(PolymorphicTestCase):

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.user = User.objects.create_user(username='poly-changer')

    def test_m2m_changed_for_add_remove_and_clear(self):
        link_model = self.model.__dict__['links'].link_model
        received = []

        def record(sender, instance, action, pk_set, model, reverse, **kwargs):
            received.append((action, pk_set))

        m2m_changed.connect(record, sender=link_model)
        self.addCleanup(m2m_changed.disconnect, record, sender=link_model)
        site_key = (ContentType.objects.get_for_model(Site).pk, self.sites[0].pk)
        tenant_key = (ContentType.objects.get_for_model(Tenant).pk, self.tenants[0].pk)
        obj = self.model.objects.create()
        obj.links.add(self.sites[0], self.tenants[0])
        obj.links.remove(self.sites[0])
        obj.links.clear()
        self.assertEqual(received, [
            ('pre_add', {site_key, tenant_key}), ('post_add', {site_key, tenant_key}),
            ('pre_remove', {site_key}), ('post_remove', {site_key}),
            ('pre_clear', {tenant_key}), ('post_clear', {tenant_key}),
        ])

    def changes(self, obj):
        return ObjectChange.objects.filter(changed_object_id=obj.pk,
                                           changed_object_type=ContentType.objects.get_for_model(self.model))

    def test_change_log_payloads(self):
        with self.tracked():
            obj = self.model.objects.create(ref=self.tenants[0], links=[self.sites[1], self.gadget])
        data = self.changes(obj).get().postchange_data
        self.assertEqual(data['links'], sorted([
            {'content_type': 'dcim.site', 'object_id': self.sites[1].pk},
            {'content_type': f'{APP_LABEL}.table{self.other_cot.pk}model', 'object_id': self.gadget.pk},
        ], key=lambda link: (ContentType.objects.get_by_natural_key(*link['content_type'].split('.')).pk,
                             link['object_id'])))
        self.assertEqual((data['ref_content_type'], data['ref_object_id']),
                         (ContentType.objects.get_for_model(Tenant).pk, self.tenants[0].pk))

    def test_link_changes_are_recorded_clear_included(self):
        obj = self.model.objects.create(links=[self.sites[0]])
        for operation, expected in (
            (lambda: obj.links.add(self.tenants[0]), 2),
            (lambda: obj.links.remove(self.sites[0]), 1),
            (lambda: obj.links.clear(), 0),
        ):
            ObjectChange.objects.all().delete()
            with self.subTest(expected=expected), self.tracked():
                obj.snapshot()
                operation()
            change = self.changes(obj).get()
            self.assertEqual(len(change.postchange_data['links']), expected)

    def test_a_deleted_object_is_rebuilt_from_its_payload(self):
        # What reverting a deletion does: NetBox's generic deserializer assigns the payload, then saves
        # (undo-bypassing-the-model).
        obj = self.model.objects.create(ref=self.sites[0], links=[self.sites[1], self.tenants[0]])
        pk = obj.pk
        with self.tracked():
            obj.snapshot()
            obj.delete()
        data = ObjectChange.objects.get(changed_object_id=pk, action='delete').prechange_data
        deserialize_object(self.model, data, pk=pk).save()
        restored = self.reload(self.model(pk=pk))
        self.assertEqual((restored.ref, restored.links.all()), (self.sites[0], [self.sites[1], self.tenants[0]]))

    def test_target_deletion_is_recorded_on_the_referring_object(self):
        obj = self.model.objects.create(ref=self.sites[0], links=[self.sites[0]])
        with self.tracked():
            self.sites[0].delete()
        change = self.changes(obj).order_by('pk').last()
        self.assertEqual(change.action, 'update')
        self.assertEqual((change.postchange_data['ref_object_id'], change.postchange_data['links']), (None, []))


class SurfacesTest(PolymorphicTestCase):

    def serializer_class(self):
        declared = {}
        for name in ('ref', 'links'):
            field = self.snapshot(name)
            declared.update(field.field_type.serializer_fields(field, self.model, nested_serializer_for))
        meta = type('Meta', (), {'model': self.model, 'fields': ('id', 'ref', 'links')})
        return type('ThingSerializer', (serializers.ModelSerializer,), {'Meta': meta, **declared})

    def context(self):
        return {'request': RequestFactory().get('/')}

    def test_serializer_write_and_read(self):
        site_type = ContentType.objects.get_for_model(Site)
        data = {
            'ref': {'app_label': 'tenancy', 'model': 'tenant', 'object_id': self.tenants[0].pk},
            'links': [{'content_type_id': site_type.pk, 'id': self.sites[0].pk},
                      {'app_label': APP_LABEL, 'model': f'table{self.other_cot.pk}model', 'id': self.gadget.pk}],
        }
        serializer = self.serializer_class()(data=data, context=self.context())
        self.assertTrue(serializer.is_valid(), serializer.errors)
        obj = self.reload(serializer.save())
        self.assertEqual((obj.ref, obj.links.all()), (self.tenants[0], [self.sites[0], self.gadget]))

        read = self.serializer_class()(obj, context=self.context()).data
        self.assertEqual(read['ref']['_content_type'], 'tenancy.tenant')
        self.assertEqual((read['ref']['id'], read['ref']['display']), (self.tenants[0].pk, 'Tenant 0'))
        self.assertIn('/api/tenancy/tenants/', read['ref']['url'])
        self.assertEqual([(link['_content_type'], link['id']) for link in read['links']],
                         [('dcim.site', self.sites[0].pk), (f'{APP_LABEL}.table{self.other_cot.pk}model',
                                                             self.gadget.pk)])

        # The read format can be written back; an update replaces the links.
        update = {'ref': read['links'][0], 'links': [read['ref']]}
        serializer = self.serializer_class()(obj, data=update, context=self.context(), partial=True)
        self.assertTrue(serializer.is_valid(), serializer.errors)
        obj = self.reload(serializer.save())
        self.assertEqual((obj.ref, obj.links.all()), (self.sites[0], [self.tenants[0]]))
        serializer = self.serializer_class()(obj, data={'links': None, 'ref': None}, partial=True)
        self.assertTrue(serializer.is_valid(), serializer.errors)
        obj = self.reload(serializer.save())
        self.assertEqual((obj.ref, obj.links.all()), (None, []))

    def test_serializer_refuses_bad_references(self):
        for data in (
            {'ref': {'app_label': 'dcim', 'model': 'manufacturer', 'object_id': self.manufacturer.pk}},
            {'ref': {'app_label': 'dcim', 'model': 'site', 'object_id': 999999}},
            {'ref': {'object_id': self.sites[0].pk}},
            {'ref': 5},
            {'links': [{'app_label': 'dcim', 'model': 'manufacturer', 'id': self.manufacturer.pk}]},
            {'links': {'app_label': 'dcim', 'model': 'site', 'id': self.sites[0].pk}},
        ):
            with self.subTest(data=data):
                serializer = self.serializer_class()(data=data, context=self.context())
                self.assertFalse(serializer.is_valid())
                self.assertIn(next(iter(data)), serializer.errors)

    def test_filters(self):
        a = self.model.objects.create(ref=self.sites[0], links=[self.tenants[0], self.gadget])
        b = self.model.objects.create(ref=self.tenants[0], links=[self.tenants[0], self.sites[0]])
        filters = {}
        for name in ('ref', 'links'):
            field = self.snapshot(name)
            filters.update(field.field_type.filters(field, self.model))
        gadget_key = f'table{self.other_cot.pk}model'
        self.assertEqual(set(filters), {
            'ref_dcim_site', 'ref_tenancy_tenant', f'ref_{APP_LABEL}_{gadget_key}',
            'links_dcim_site', 'links_tenancy_tenant', f'links_{APP_LABEL}_{gadget_key}',
        })
        meta = type('Meta', (), {'model': self.model, 'fields': []})
        filterset = type('ThingFilterSet', (django_filters.FilterSet,), {'Meta': meta, **filters})
        for params, expected in (
            ({'ref_dcim_site': [self.sites[0].pk]}, {a}),
            ({'ref_tenancy_tenant': [self.tenants[0].pk, self.tenants[1].pk]}, {b}),
            ({'ref_dcim_site': [self.sites[1].pk]}, set()),
            ({'links_tenancy_tenant': [self.tenants[0].pk]}, {a, b}),
            ({f'links_{APP_LABEL}_{gadget_key}': [self.gadget.pk]}, {a}),
            ({'links_dcim_site': [self.sites[0].pk], 'ref_dcim_site': [self.sites[0].pk]}, set()),
        ):
            with self.subTest(params=params):
                result = filterset(params, queryset=self.model.objects.all()).qs
                self.assertEqual({obj.pk for obj in result}, {obj.pk for obj in expected})

    def test_prefetch_keeps_the_query_count_constant(self):
        def run():
            with CaptureQueriesContext(connection) as queries:
                for obj in self.model.objects.prefetch_related('ref', 'links'):
                    str(obj.ref)
                    [str(o) for o in obj.links.all()]
                    obj.links.count()
            return len(queries)

        self.model.objects.create(ref=self.sites[0], links=[self.sites[0], self.tenants[0], self.gadget])
        self.model.objects.create(ref=self.tenants[0], links=[self.sites[1]])
        few = run()
        for i in range(6):
            self.model.objects.create(ref=self.tenants[i % 2], links=[self.sites[i % 3], self.tenants[i % 2]])
        self.assertEqual(run(), few)

    def test_form_fields_and_hooks(self):
        ref, links = self.snapshot('ref'), self.snapshot('links')
        gadget_key = f'{APP_LABEL}_table{self.other_cot.pk}model'
        self.assertEqual(set(ref.field_type.form_fields(ref, FormMode.EDIT, self.model)),
                         {'ref__dcim_site', 'ref__tenancy_tenant', f'ref__{gadget_key}'})
        self.assertEqual(set(links.field_type.form_fields(links, FormMode.FILTER, self.model)),
                         {'links_dcim_site', 'links_tenancy_tenant', f'links_{gadget_key}'})
        self.assertEqual(ref.field_type.form_fields(ref, FormMode.IMPORT, self.model), {})

        obj = self.model()
        cleaned = {'ref__tenancy_tenant': self.tenants[1], 'links__dcim_site': Site.objects.filter(
            pk__in=[self.sites[0].pk, self.sites[1].pk]), f'links__{gadget_key}': [self.gadget]}
        self.assertEqual(ref.field_type.form_clean(ref, obj, cleaned), {})
        self.assertEqual(links.field_type.form_clean(links, obj, cleaned), {})
        obj.save()
        links.field_type.form_save(links, obj, cleaned)
        obj = self.reload(obj)
        self.assertEqual(obj.ref, self.tenants[1])
        self.assertEqual(set(obj.links.all()), {self.sites[0], self.sites[1], self.gadget})
        self.assertEqual(ref.field_type.form_initial(ref, obj), {'ref__tenancy_tenant': self.tenants[1].pk})
        self.assertEqual(links.field_type.form_initial(links, obj), {
            'links__dcim_site': [self.sites[0].pk, self.sites[1].pk], f'links__{gadget_key}': [self.gadget.pk]})

        errors = ref.field_type.form_clean(ref, obj, {'ref__dcim_site': self.sites[0],
                                                      'ref__tenancy_tenant': self.tenants[0]})
        self.assertEqual(len(errors), 1)
        # Bulk edit: no choice leaves the value alone; edit with no choice empties it.
        ref.field_type.form_clean(ref, obj, {}, FormMode.BULK_EDIT)
        links.field_type.form_save(links, obj, {}, FormMode.BULK_EDIT)
        self.assertEqual((obj.ref, len(obj.links.all())), (self.tenants[1], 3))
        ref.field_type.form_clean(ref, obj, {})
        links.field_type.form_save(links, obj, {})
        self.assertEqual((obj.ref, obj.links.all()), (None, []))

    def test_table_columns(self):
        import django_tables2 as tables

        obj = self.model.objects.create(ref=self.sites[0], links=[self.tenants[0], self.gadget])
        columns = {}
        for name in ('ref', 'links'):
            field = self.snapshot(name)
            columns.update(field.field_type.table_columns(field))
        meta = type('Meta', (), {'model': self.model, 'fields': ('ref', 'links')})
        table = type('ThingTable', (tables.Table,), {'Meta': meta, **columns})(self.model.objects.filter(pk=obj.pk))
        row = table.rows[0]
        self.assertIn('Site 0', row.get_cell('ref'))
        self.assertIn('href', row.get_cell('links'))
        self.assertEqual(row.get_cell_value('links'), 'Tenant 0, G1')
