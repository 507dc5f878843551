"""Acceptance matrix groups C, D, F and G on a type that exists in main: fields added and renamed in a branch,
link changes (clear), a dry run; each under the iterative and the squash strategy."""

from django.apps import apps

from dcim.models import Site
from utilities.exceptions import AbortTransaction

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, rename, schema_columns, schema_tables
from .strategies import both_strategies


class RenameInBranchTest(BranchingTestCase):
    """D1: rename A→B in the branch with object edits before and after, and an object created after."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        obj = cot.get_model().objects.create(code='v0')
        branch = self.provision(strategy)
        with self.tracked(branch):
            model = current_model(cot)
            before = model.objects.get(pk=obj.pk)
            before.snapshot()
            before.code = 'edited before the rename'
            before.save()
            rename(cot, 'code', 'serial')
            model = current_model(cot)
            other = model.objects.create(serial='created after')
        main_columns = schema_columns('public', table_name(cot.pk))
        self.assertIn('code', main_columns)
        self.assertNotIn('serial', main_columns)
        self.assert_branch_pages(branch, 'Widget', 'serial', 'edited before the rename', 'created after')

        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'serial', 'created after')
        self.assertIn('serial', schema_columns('public', table_name(cot.pk)))
        model = current_model(cot)
        self.assertEqual(
            dict(model.objects.values_list('pk', 'serial')),
            {obj.pk: 'edited before the rename', other.pk: 'created after'},
        )
        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'serial', 'created after')
        columns = schema_columns('public', table_name(cot.pk))
        self.assertIn('code', columns)
        self.assertNotIn('serial', columns)
        model = current_model(cot)
        self.assertEqual(dict(model.objects.values_list('pk', 'code')), {obj.pk: 'v0'})


class LinksAndFieldsInBranchTest(BranchingTestCase):
    """C1/C5/F3: fields added in a branch and set on objects made before provisioning; multiobject add, remove,
    set([]) and clear() all reach main."""

    @both_strategies
    def test_merge(self, strategy):
        site_type = self.object_type_of('dcim', 'site')
        sites = [Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(3)]
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
        cot.refresh_from_db()
        model = cot.get_model()
        cleared, emptied, changed = (model.objects.create() for _ in range(3))
        for obj in (cleared, emptied, changed):
            obj.sites.set(sites)
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank',
                                                 type='integer')
            model = current_model(cot)
            for obj, operation in (
                (cleared, lambda o: o.sites.clear()),
                (emptied, lambda o: o.sites.set([])),
                (changed, lambda o: (o.sites.remove(sites[0]), o.sites.add(sites[0]), o.sites.remove(sites[1]))),
            ):
                instance = model.objects.get(pk=obj.pk)
                instance.snapshot()
                operation(instance)
                instance.rank = obj.pk
                instance.save()
        main_model = current_model(cot)
        self.assertEqual(main_model.objects.get(pk=cleared.pk).sites.count(), 3, 'main untouched before merge')

        branch.merge(user=self.user, commit=True)
        model = current_model(cot)
        links = {obj.pk: set(model.objects.get(pk=obj.pk).sites.values_list('pk', flat=True))
                 for obj in (cleared, emptied, changed)}
        self.assertEqual(links, {cleared.pk: set(), emptied.pk: set(), changed.pk: {sites[0].pk, sites[2].pk}})
        self.assertEqual(dict(model.objects.values_list('pk', 'rank')), {o.pk: o.pk for o in (cleared, emptied,
                                                                                              changed)})


class DryRunTest(BranchingTestCase):
    """G3: a dry-run merge of a branch-created type leaves main's database and this worker's registry as they
    were (pitfall non-transactional-memory)."""

    def test_dry_run_merge(self):
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='ephemeral')
            self.create_custom_object_type_field(cot, name='code')
        registered = set(apps.all_models['netbox_custom_objects'])
        try:
            branch.merge(user=self.user, commit=False)
        except AbortTransaction:  # how the engine rolls a dry run back, where it lets it escape
            pass
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        apps.get_models()  # any model lookup discards the classes of the rolled-back transaction
        self.assertEqual(set(apps.all_models['netbox_custom_objects']), registered)
