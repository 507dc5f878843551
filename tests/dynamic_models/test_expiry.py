"""Definition changes expire a type's class; it is built again once, at the next lookup, however many changes came
in between. Saving a field neither reads the definition back nor builds a class; its own queries are few and do
not depend on how many fields or types exist."""

from django.apps import apps
from django.db import connection
from django.db.models import CharField, ProtectedError
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from dcim.models import Site

from netbox_custom_objects.constants import APP_LABEL, table_name
from netbox_custom_objects.ddl import AddColumn, apply
from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.models import CustomObjectTypeField

from ..base import CustomObjectsTestMixin

DEFINITION_COLUMNS = (
    '"netbox_custom_objects_customobjecttypefield"."id"',
    '"netbox_custom_objects_customobjecttype"."id"',
)


def reads_definition(queries):
    """The SELECTs that load definition rows (what building a class does)."""
    selects = (q['sql'] for q in queries if q['sql'].startswith('SELECT'))
    return [sql for sql in selects if any(column in sql for column in DEFINITION_COLUMNS)]


class ExpiryTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='gadget')

    def test_fields_saved_one_by_one_are_built_into_one_class_at_the_next_lookup(self):
        old = self.cot.get_model()
        built = []
        original = model_cache._build_now
        model_cache._build_now = lambda key, snapshot: built.append(key) or original(key, snapshot)
        try:
            for name in ('serial', 'size', 'colour'):
                self.create_custom_object_type_field(self.cot, name=name)
            self.assertEqual(built, [], 'a field save builds no class')
            model = self.cot.get_model()
            self.assertEqual(self.cot.get_model(), model)
        finally:
            model_cache._build_now = original
        self.assertEqual(built, [(self.cot.pk, None)])
        self.assertIsNot(model, old)
        for name in ('serial', 'size', 'colour'):
            self.assertTrue(hasattr(model, name))

    def test_an_expired_class_is_listed_by_get_models(self):
        name = self.cot.get_model()._meta.model_name
        self.create_custom_object_type_field(self.cot, name='serial')
        self.assertNotIn(name, apps.all_models[APP_LABEL], 'expired, not rebuilt yet')
        listed = [m for m in apps.get_models() if m._meta.model_name == name]
        self.assertEqual(len(listed), 1)
        self.assertTrue(hasattr(listed[0], 'serial'))
        self.assertIs(apps.get_model(APP_LABEL, name), listed[0])

    def test_deleting_a_target_sees_objects_of_a_type_whose_class_expired(self):
        """Django's deletion collector finds the objects through get_models(), which rebuilds expired classes (the
        database alone would answer with an IntegrityError instead)."""
        site = Site.objects.create(name='Site 1', slug='site-1')
        self.create_custom_object_type_field(
            self.cot, name='site', type='object', related_object_type=self.object_type_of('dcim', 'site'),
            on_delete_behavior='protect',
        )
        self.cot.get_model().objects.create(site=site)
        self.create_custom_object_type_field(self.cot, name='serial')  # expires the class again
        with self.assertRaises(ProtectedError):
            site.delete()

    def test_saving_a_field_reads_no_definition_and_builds_nothing(self):
        """Only the name checks read definition rows (the fields that put attributes on the same models, in one
        query: models/names.py); no class is built."""
        self.cot.get_model()
        field = CustomObjectTypeField(custom_object_type=self.cot, name='serial', type='text')
        with CaptureQueriesContext(connection) as queries:
            field.full_clean()
            field.save()
        self.assertEqual(len(reads_definition(queries.captured_queries)), 1)

    def test_saving_a_changed_field_reads_its_stored_row_once(self):
        """save() reads the stored row once, for the change it sends to the receivers (FieldChange), the check of
        the target and the field's previous names; validation reads it once more, for itself and the field type."""
        self.create_custom_object_type_field(
            self.cot, name='site', type='object', related_object_type=self.object_type_of('dcim', 'site'),
            related_name='gadgets',
        )
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='site')
        field.name = 'home_site'
        for step, expected in ((field.full_clean, 1), (field.save, 1)):
            with CaptureQueriesContext(connection) as queries:
                step()
            reads = [q['sql'] for q in queries.captured_queries if q['sql'].startswith('SELECT') and
                     f'WHERE "netbox_custom_objects_customobjecttypefield"."id" = {field.pk}' in q['sql']]
            self.assertEqual(len(reads), expected, step.__name__)
        self.assertEqual(CustomObjectTypeField.objects.get(pk=field.pk).previous_names, ['site'])

    def test_ddl_fires_deferred_checks_unless_the_transaction_holds_only_the_definition_row(self):
        """A field saved in a transaction of its own skips the round trips; one saved after other writes (a merge
        replaying objects, then fields) needs them, or PostgreSQL refuses to alter the table."""
        model = self.cot.get_model()
        model.objects.create()
        for name, rows_written, expected in (('a', True, 2), ('b', False, 0)):
            operation = AddColumn(table_name(self.cot.pk), name, CharField(max_length=10, null=True))
            with CaptureQueriesContext(connection) as queries:
                apply([operation], rows_written=rows_written)
            self.assertEqual(sum('SET CONSTRAINTS' in q['sql'] for q in queries.captured_queries), expected)

    def test_full_clean_of_a_field_asks_only_whether_the_name_is_taken(self):
        """One query for the unique name, one for the attributes other fields take (models/names.py)."""
        field = CustomObjectTypeField(custom_object_type=self.cot, name='serial', type='text')
        with self.assertNumQueries(2):
            field.full_clean()

    def test_queries_of_a_field_save_do_not_grow_with_fields_or_types(self):
        def queries_of_adding(cot, name):
            field = CustomObjectTypeField(custom_object_type=cot, name=name, type='text')
            with CaptureQueriesContext(connection) as queries:
                field.full_clean()
                field.save()
            return len(queries)

        first = queries_of_adding(self.cot, 'first')
        for i in range(3):
            other = self.create_custom_object_type(name=f'other_{i}')
            self.create_custom_object_type_field(other, name='serial')
            self.create_custom_object_type_field(self.cot, name=f'extra_{i}')
        self.assertEqual(queries_of_adding(self.cot, 'last'), first)


class TypeRowOfObjectsTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='gadget')
        cls.create_custom_object_type_field(cls.cot, name='serial')

    def test_the_type_row_is_read_once_per_class(self):
        model = self.cot.get_model()
        first, second = model.objects.create(serial='a'), model.objects.create(serial='b')
        first, second = model.objects.get(pk=first.pk), model.objects.get(pk=second.pk)
        with self.assertNumQueries(1):
            self.assertEqual(first.custom_object_type, self.cot)
            self.assertEqual(second.custom_object_type, self.cot)

    def test_a_changed_type_gives_its_objects_the_new_row(self):
        obj = self.cot.get_model().objects.create(serial='a')
        self.assertEqual(obj.custom_object_type.description, '')
        self.cot.description = 'Changed'
        self.cot.save()
        obj = self.cot.get_model().objects.get(pk=obj.pk)
        self.assertEqual(obj.custom_object_type.description, 'Changed')
