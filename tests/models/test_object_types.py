"""CustomObjectType end to end: table, ObjectType row, generated model, deletion, and validation of definitions."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test import TestCase

from core.models import ObjectType

from netbox_custom_objects.constants import model_name, table_name
from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin, column_names, table_exists


class CustomObjectTypeTableTest(CustomObjectsTestMixin, TestCase):

    def test_saving_a_type_creates_its_table_and_object_type(self):
        cot = self.create_custom_object_type(name='circuit_link')
        table = table_name(cot.pk)
        self.assertTrue(table_exists(table))
        self.assertEqual(column_names(table), {'id', 'created', 'last_updated', 'owner_id'})
        object_type = ObjectType.objects.get(app_label='netbox_custom_objects', model=model_name(cot.pk))
        self.assertTrue(object_type.public)
        self.assertIn('change_logging', object_type.features)
        self.assertIn('tags', object_type.features)
        cot.refresh_from_db()
        self.assertEqual(cot.object_type, object_type)

    def test_get_model_returns_the_generated_model(self):
        cot = self.create_custom_object_type(name='widget', verbose_name='Widget')
        model = cot.get_model()
        self.assertEqual(model.__name__, f'Table{cot.pk}Model')
        self.assertEqual(model._meta.db_table, f'custom_objects_{cot.pk}')
        self.assertEqual(model._meta.app_label, 'netbox_custom_objects')
        self.assertIs(apps.get_model('netbox_custom_objects', model_name(cot.pk)), model)
        self.assertIs(ContentType.objects.get_for_model(model).model_class(), model)
        self.assertIs(cot.get_model(), model, 'a warm get_model() returns the cached class')

    def test_warm_get_model_runs_no_query(self):
        cot = self.create_custom_object_type(name='widget')
        cot.get_model()
        with self.assertNumQueries(0):
            cot.get_model()

    def test_deleting_a_type_drops_its_table_and_objects(self):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='label_text')
        model = cot.get_model()
        model.objects.create(label_text='one')
        table = table_name(cot.pk)
        cot.delete()
        self.assertFalse(table_exists(table))
        with self.assertRaises(LookupError):
            apps.get_model('netbox_custom_objects', model_name(cot.pk))

    def test_a_failed_save_leaves_no_table(self):
        self.create_custom_object_type(name='widget')
        with self.assertRaises(IntegrityError), transaction.atomic():
            CustomObjectType(name='widget', slug='other-slug').save()
        self.assertEqual(CustomObjectType.objects.count(), 1)

    def test_str_falls_back_to_type_name_and_pk(self):
        cot = self.create_custom_object_type(name='patch_panel')
        obj = cot.get_model().objects.create()
        self.assertEqual(str(obj), f'Patch_panel {obj.pk}')  # upstream's label: NetBox's title() of the name

    def test_display_expression_renders_field_values(self):
        cot = self.create_custom_object_type(name='widget', display_expression='{{ code }}/{{ missing }}')
        self.create_custom_object_type_field(cot, name='code')
        obj = cot.get_model().objects.create(code='W1')
        self.assertEqual(str(obj), 'W1/')

    def test_primary_field_is_the_display_name(self):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code', primary=True)
        obj = cot.get_model().objects.create(code='W42')
        self.assertEqual(str(obj), 'W42')


class CustomObjectTypeValidationTest(CustomObjectsTestMixin, TestCase):

    def assertInvalid(self, field, **kwargs):
        kwargs.setdefault('slug', 'some-slug')
        with self.assertRaises(ValidationError) as cm:
            CustomObjectType(**kwargs).full_clean()
        self.assertIn(field, cm.exception.message_dict, cm.exception.message_dict)

    def test_bad_names_are_refused(self):
        for name in ('1abc', 'Widget', 'a__b', '_a', 'a_', 'a-b', 'a b', 'x' * 101, ''):
            with self.subTest(name=name):
                self.assertInvalid('name', name=name)

    def test_good_names_are_accepted(self):
        for name in ('a', 'widget', 'circuit_link', 'v2_port'):
            with self.subTest(name=name):
                CustomObjectType(name=name, slug='s').full_clean()

    def test_duplicate_name_and_slug_are_refused(self):
        self.create_custom_object_type(name='widget', slug='widgets')
        self.assertInvalid('name', name='widget', slug='other')
        self.assertInvalid('slug', name='gadget', slug='widgets')

    def test_name_uniqueness_ignores_case(self):
        self.create_custom_object_type(name='widget', slug='widgets')
        with self.assertRaises(IntegrityError), transaction.atomic():
            CustomObjectType.objects.create(name='WIDGET', slug='other')

    def test_slugs_of_fixed_routes_are_refused(self):
        for slug in ('custom-object-types', 'custom-object-type-fields', 'linked-objects', 'schema'):
            with self.subTest(slug=slug):
                self.assertInvalid('slug', name='widget', slug=slug)

    def test_version_must_be_pep440(self):
        self.assertInvalid('version', name='widget', version='not a version')
        CustomObjectType(name='widget', slug='w', version='1.2.0rc1').full_clean()

    def test_display_expression_must_parse(self):
        self.assertInvalid('display_expression', name='widget', display_expression='{{ name ')

    def test_type_limit(self):
        plugins_config = {**settings.PLUGINS_CONFIG, 'netbox_custom_objects': {'max_custom_object_types': 2}}
        with self.settings(PLUGINS_CONFIG=plugins_config):
            self.create_custom_object_type(name='one')
            self.create_custom_object_type(name='two')
            with self.assertRaisesMessage(ValidationError, '(2)'):
                CustomObjectType(name='three', slug='three').full_clean()

    def test_config_context_flag_is_immutable(self):
        cot = self.create_custom_object_type(name='widget')
        cot.config_context_enabled = True
        with self.assertRaises(ValidationError) as cm:
            cot.full_clean()
        self.assertIn('config_context_enabled', cm.exception.message_dict)


class IntegrationsTest(CustomObjectsTestMixin, TestCase):

    def test_object_type_has_the_branching_feature_when_branching_is_installed(self):
        if not apps.is_installed('netbox_branching'):
            self.skipTest('netbox-branching is not installed')
        cot = self.create_custom_object_type(name='widget')
        self.assertIn('branching', ObjectType.objects.get(model=model_name(cot.pk)).features)

    def test_custom_validators_by_slug_and_by_model_name(self):
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code')
        model = cot.get_model()
        for key in ('netbox_custom_objects.widgets', f'netbox_custom_objects.{model_name(cot.pk)}'):
            with self.subTest(key=key), self.settings(CUSTOM_VALIDATORS={key: [{'code': {'min_length': 3}}]}):
                with self.assertRaises(ValidationError):
                    model(code='ab').full_clean()
                model(code='abc').full_clean()


class SharedIdSequenceTest(CustomObjectsTestMixin, TestCase):

    def test_objects_and_links_of_all_types_draw_ids_from_one_sequence(self):
        """Ids stay unique across types, branches, merges and reverts (pitfall branch-local-id-sequences)."""
        site_type = self.object_type_of('dcim', 'site')
        a = self.create_custom_object_type(name='alpha')
        b = self.create_custom_object_type(name='beta')
        self.create_custom_object_type_field(b, name='sites', type='multiobject', related_object_type=site_type)
        b.refresh_from_db()
        ids = [a.get_model().objects.create().pk, b.get_model().objects.create().pk,
               a.get_model().objects.create().pk]
        self.assertEqual(len(set(ids)), 3)
        self.assertEqual(ids, sorted(ids))
        with connection.cursor() as cursor:
            for table in (table_name(a.pk), 'custom_objects_%d_sites' % b.pk):
                cursor.execute(
                    "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a "
                    "ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = %s::regclass "
                    "AND a.attname = 'id'", [table])
                self.assertIn('netbox_custom_objects_object_id_seq', cursor.fetchone()[0])
