"""Acceptance matrix A5, C2/C3/C4/I7, D9, E5, I1, I3 (schema-id-outside-changelog, main-class-on-branch-tables,
incomplete-merged-records): main moves on while a branch is open (by its own changes, or by another branch's merge);
the branch syncs and merges; each under both strategies."""

from dcim.models import Site

from netbox_custom_objects.constants import table_name, through_table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, rename, schema_columns, schema_tables
from .strategies import both_strategies


class SyncTestCase(BranchingTestCase):

    def make_type(self, name='widget'):
        cot = self.create_custom_object_type(name=name)
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        return cot


class FieldMergedThenSyncedTest(SyncTestCase):
    """I1: branch 1 adds a field and merges; branch 2, with edits of its own, syncs: it gets the column and keeps
    its edits."""

    @both_strategies
    def test_sync_then_merge(self, strategy):
        cot = self.make_type()
        obj = cot.get_model().objects.create(code='v0')
        first, second = self.provision(strategy), self.provision(strategy)
        with self.tracked(second):
            edit(current_model(cot), obj.pk, code='edited in branch 2')
        with self.tracked(first):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank',
                                                 type='integer')
            edit(current_model(cot), obj.pk, rank=7)
        first.merge(user=self.user, commit=True)

        second.refresh_from_db()
        second.sync(user=self.user, commit=True)
        self.assertIn('rank', schema_columns(second.schema_name, table_name(cot.pk)))
        with self.tracked(second):
            self.assertEqual(current_model(cot).objects.filter(pk=obj.pk).values_list('code', 'rank').get(),
                             ('edited in branch 2', 7))
        second.refresh_from_db()
        second.merge(user=self.user, commit=True)
        self.assertEqual(current_model(cot).objects.filter(pk=obj.pk).values_list('code', 'rank').get(),
                         ('edited in branch 2', 7))


class TypeMergedThenSyncedTest(SyncTestCase):
    """I3 (incomplete-merged-records) and A5: a type created in main (here by merging branch 1) is absent from an open
    branch until it syncs; then the branch has its table, link tables and rows with their relations."""

    @both_strategies
    def test_sync(self, strategy):
        site = Site.objects.create(name='S', slug='s')
        site_type = self.object_type_of('dcim', 'site')
        first, second = self.provision(strategy), self.provision(strategy)
        with self.tracked(first):
            cot = self.make_type()
            self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
            self.create_custom_object_type_field(cot, name='any', type='multiobject', is_polymorphic=True,
                                                 related_object_types=[site_type])
            obj = current_model(cot).objects.create(code='a')
            obj.sites.set([site])
            obj.any.set([site])
        first.merge(user=self.user, commit=True)
        self.assert_branch_pages(first, 'Widget', 'sites', 'any')

        with self.tracked(second):
            self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists(), 'A5: not in the branch yet')
        self.assertNotIn(table_name(cot.pk), schema_tables(second.schema_name))
        self.assert_branch_pages(second, 'Widget')  # main's changes behind, of a type the branch lacks
        self.assert_branch_pages(first, 'Widget', 'sites', from_branches=[second])  # viewed from that branch

        second.refresh_from_db()
        second.sync(user=self.user, commit=True)
        self.assert_branch_pages(second, 'Widget')
        self.assertTrue({table_name(cot.pk), through_table_name(cot.pk, 'sites'), through_table_name(cot.pk, 'any')}
                        <= schema_tables(second.schema_name))
        with self.tracked(second):
            synced = current_model(cot).objects.get(pk=obj.pk)
            self.assertEqual((synced.code, list(synced.sites.all()), list(synced.any.all())), ('a', [site], [site]))


class RenamedInBranchUpdatedInMainTest(SyncTestCase):
    """D9 (main-class-on-branch-tables): the branch renames A→B; main updates A on an object; sync: the branch shows
    main's value under B; merge: main's column is B with that value."""

    @both_strategies
    def test_sync_then_merge(self, strategy):
        cot = self.make_type()
        obj = cot.get_model().objects.create(code='v0')
        branch = self.provision(strategy)
        with self.tracked(branch):
            rename(cot, 'code', 'serial')
        with self.tracked():
            edit(current_model(cot), obj.pk, code='set in main')
        self.assert_branch_pages(branch, 'Widget', 'serial', 'set in main')

        branch.refresh_from_db()
        branch.sync(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'serial', 'set in main')
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.get(pk=obj.pk).serial, 'set in main')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'serial')
        self.assertEqual(current_model(cot).objects.get(pk=obj.pk).serial, 'set in main')


class FieldsAddedOnBothSidesTest(SyncTestCase):
    """C2/C4/I7 (schema-id-outside-changelog): the branch adds F1 (required, with a default) while main adds F2 and
    creates objects; merge; main then adds F3. Every field keeps a unique stable id; main's new objects get F1's
    default."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='f1', type='integer',
                                                 required=True, default=5)
            branch_obj = current_model(cot).objects.create(code='b', f1=1)
        with self.tracked():
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='f2')
            main_obj = current_model(cot).objects.create(code='m', f2='x')

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='f3')
        schema_ids = list(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('schema_id',
                                                                                                    flat=True))
        self.assertEqual(len(schema_ids), 4)
        self.assertEqual(len(set(schema_ids)), 4, 'stable field ids are unique (schema-id-outside-changelog)')
        self.assertEqual(
            sorted(current_model(cot).objects.values_list('pk', 'f1', 'f2')),
            sorted([(branch_obj.pk, 1, None), (main_obj.pk, 5, 'x')]),
        )


class FieldDeletedInBranchUsedInMainTest(SyncTestCase):
    """E5: the branch deletes a field while main creates objects using it; sync drops only that field's data in
    the branch; merge succeeds."""

    @both_strategies
    def test_sync_then_merge(self, strategy):
        cot = self.make_type()
        self.create_custom_object_type_field(cot, name='note')
        branch = self.provision(strategy)
        with self.tracked(branch):
            field = CustomObjectTypeField.objects.get(custom_object_type=cot, name='note')
            field.snapshot()
            field.delete()
        with self.tracked():
            main_obj = current_model(cot).objects.create(code='m', note='main note')

        branch.refresh_from_db()
        branch.sync(user=self.user, commit=True)
        self.assertNotIn('note', schema_columns(branch.schema_name, table_name(cot.pk)))
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.get(pk=main_obj.pk).code, 'm')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertNotIn('note', schema_columns('public', table_name(cot.pk)))
        self.assertEqual(current_model(cot).objects.get(pk=main_obj.pk).code, 'm')


class FieldsAddedByTwoBranchesTest(BranchingTestCase):
    """C3 (schema-id-outside-changelog): two branches add a field each to the same type and set it; both merge, in
    either order, with no unique violation on the fields' stable ids; a field added in main afterwards gets a fresh
    one."""

    @both_strategies(first_then_second={'reverse_order': False}, second_then_first={'reverse_order': True})
    def test_merge(self, strategy, reverse_order):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        obj = cot.get_model().objects.create(code='w')
        first, second = self.provision(strategy), self.provision(strategy)
        for branch, name in ((first, 'alpha'), (second, 'beta')):
            with self.tracked(branch):
                self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name=name)
                edit(current_model(cot), obj.pk, **{name: f'{name} value'})
        for branch in ((second, first) if reverse_order else (first, second)):
            branch.refresh_from_db()
            branch.merge(user=self.user, commit=True)
        self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='gamma')
        schema_ids = list(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('schema_id',
                                                                                                    flat=True))
        self.assertEqual(len(set(schema_ids)), 4)
        self.assertTrue({'alpha', 'beta', 'gamma'} <= schema_columns('public', table_name(cot.pk)))
        self.assertEqual(current_model(cot).objects.filter(pk=obj.pk).values_list('alpha', 'beta').get(),
                         ('alpha value', 'beta value'))
