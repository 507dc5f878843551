"""Acceptance matrix group B (and A1): types and objects created in a branch, then merged and reverted (B1, B6: one
that a main type's new field points at), or dropped with the branch (B3, orphaned-object-types)."""

from django.apps import apps
from django.db import connection

from circuits.models import Provider

from netbox_custom_objects.constants import model_name, table_name, through_table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, edit, schema_columns, schema_tables
from .strategies import both_strategies


class ExistingTypeInBranchTest(BranchingTestCase):
    """A1/A2/C1: a type made in main is copied into the branch; edits and new fields there stay there."""

    def test_provisioned_branch_has_the_tables_and_edits_stay_in_the_branch(self):
        site_type = self.object_type_of('dcim', 'site')
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
        cot.refresh_from_db()
        main_obj = cot.get_model().objects.create(code='main')
        branch = self.provision()

        self.assertEqual(
            schema_tables(branch.schema_name), {table_name(cot.pk), through_table_name(cot.pk, 'sites')}
        )
        with self.tracked(branch):
            cot = CustomObjectType.objects.get(pk=cot.pk)
            self.create_custom_object_type_field(cot, name='serial')
            cot.refresh_from_db()
            model = cot.get_model()
            branch_obj = model.objects.create(code='branch', serial='S1')
            self.assertGreater(branch_obj.pk, main_obj.pk, 'ids continue main\'s sequence')
            obj = model.objects.get(pk=main_obj.pk)
            obj.snapshot()
            obj.code = 'edited in branch'
            obj.save()

        self.assertNotIn('serial', schema_columns('public', table_name(cot.pk)))
        self.assertIn('serial', schema_columns(branch.schema_name, table_name(cot.pk)))
        main_model = current_model(cot)
        self.assertEqual(list(main_model.objects.values_list('code', flat=True)), ['main'])

        branch.merge(user=self.user, commit=True)
        self.assertIn('serial', schema_columns('public', table_name(cot.pk)))
        cot.refresh_from_db()
        main_model = cot.get_model()
        self.assertEqual(
            sorted(main_model.objects.values_list('code', 'serial')),
            [('branch', 'S1'), ('edited in branch', None)],
        )


class TypeCreatedInBranchTest(BranchingTestCase):
    """B1: a type, its fields and objects created in a branch; merge; new objects in main; revert."""

    @both_strategies
    def test_merge_revert_and_merge_again(self, strategy):
        site_type = self.object_type_of('dcim', 'site')
        provider = Provider.objects.create(name='Provider 1', slug='provider-1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='code', primary=True)
            self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
            self.create_custom_object_type_field(
                cot, name='provider', type='object', related_object_type=self.object_type_of('circuits', 'provider'))
            cot.refresh_from_db()
            model = cot.get_model()
            created = [model.objects.create(code=f'g{i}', provider=provider) for i in range(3)]
        table = table_name(cot.pk)
        self.assertNotIn(table, schema_tables('public'), 'main is untouched before the merge')
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        # netbox-branching's pages show the type, its fields and objects by name, from main and in the branch
        self.assert_branch_pages(branch, 'Gadget', 'g0', 'g2', 'provider', 'sites')
        for report in self.dry_run_merges(branch).values():  # from the Merge page, under each strategy
            self.assertIn('Gadget', report)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists(), 'a dry run changes nothing')

        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Gadget', 'g0', 'provider')
        self.assertIn(table, schema_tables('public'))
        cot = CustomObjectType.objects.get(pk=cot.pk)
        model = cot.get_model()
        self.assertEqual(sorted(model.objects.values_list('pk', 'code')), sorted((o.pk, o.code) for o in created))
        fresh = model.objects.create(code='made in main')  # branch-local-id-sequences: no duplicate key
        self.assertNotIn(fresh.pk, [o.pk for o in created])
        fresh.delete()

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Gadget', 'g0', 'provider')  # the type is gone from main
        self.assertNotIn(table, schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        with self.assertRaises(LookupError):
            apps.get_model('netbox_custom_objects', model_name(cot.pk))

        # Merging again after the revert gives the same result (G1).
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        cot = CustomObjectType.objects.get(pk=cot.pk)
        self.assertEqual(sorted(cot.get_model().objects.values_list('pk', flat=True)), sorted(o.pk for o in created))


class AbandonedBranchTest(BranchingTestCase):
    """B3 (orphaned-object-types): a branch creates a type with objects, then is deleted: its schema is dropped; main
    has no table, no type row and no class for it (the ObjectType row created for it stays, harmless)."""

    def test_deleted_branch(self):
        tables_before = schema_tables('public')
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='code')
            current_model(cot).objects.create(code='g')
        branch.refresh_from_db()
        branch.delete()
        with connection.cursor() as cursor:
            cursor.execute('SELECT 1 FROM pg_namespace WHERE nspname = %s', [branch.schema_name])
            self.assertIsNone(cursor.fetchone(), 'the branch schema is dropped')
        self.assertEqual(schema_tables('public'), tables_before)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        with self.assertRaises(LookupError):
            apps.get_model('netbox_custom_objects', model_name(cot.pk))


class BranchTypeReferencedFromMainTypeTest(BranchingTestCase):
    """B6: a type created in a branch is the target of an object field the branch adds to a main type, and a main
    object points at a branch object. Merge creates type, field and values in order; revert removes the field
    (and its column) before the type."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        main_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(main_type, name='code')
        widget = main_type.get_model().objects.create(code='w')
        main_columns = schema_columns('public', table_name(main_type.pk))
        branch = self.provision(strategy)
        with self.tracked(branch):
            part = self.create_custom_object_type(name='part')
            self.create_custom_object_type_field(part, name='code')
            part.refresh_from_db()
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=main_type.pk), name='part',
                                                 type='object', related_object_type=part.object_type)
            p1 = current_model(part).objects.create(code='p1')
            edit(current_model(main_type), widget.pk, part_id=p1.pk)

        branch.merge(user=self.user, commit=True)
        self.assertIn(table_name(part.pk), schema_tables('public'))
        self.assertEqual(current_model(main_type).objects.get(pk=widget.pk).part_id, p1.pk)
        self.assertEqual(current_model(part).objects.get(pk=p1.pk).code, 'p1')

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertNotIn(table_name(part.pk), schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=part.pk).exists())
        self.assertEqual(schema_columns('public', table_name(main_type.pk)), main_columns)
        self.assertEqual(list(current_model(main_type).objects.values_list('pk', 'code')), [(widget.pk, 'w')])
