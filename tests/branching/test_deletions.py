"""Acceptance matrix E1/E6/F8 (type-deletion-loses-objects, undo-bypassing-the-model): types, fields and objects deleted
in a branch; merged; reverted with everything they held; each under both strategies."""

from dcim.models import Site
from tenancy.models import Tenant

from netbox_custom_objects.constants import table_name, through_table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, schema_tables
from .strategies import both_strategies


class DeletionTestCase(BranchingTestCase):

    def build_main_type(self):
        """A type of main holding every kind of relation, with two objects."""
        self.sites = [Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(2)]
        self.tenant = Tenant.objects.create(name='T', slug='t')
        site_type = self.object_type_of('dcim', 'site')
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code', primary=True)
        self.create_custom_object_type_field(cot, name='rank', type='integer')
        self.create_custom_object_type_field(cot, name='site', type='object', related_object_type=site_type)
        self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
        cot.refresh_from_db()
        self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                             related_object_type=cot.object_type)
        self.create_custom_object_type_field(
            cot, name='links', type='multiobject', is_polymorphic=True,
            related_object_types=[site_type, self.object_type_of('tenancy', 'tenant')],
        )
        cot.refresh_from_db()
        model = cot.get_model()
        first = model.objects.create(code='a', rank=1, site=self.sites[0])
        second = model.objects.create(code='b', rank=2)
        first.sites.set(self.sites)
        first.peers.set([second])
        second.peers.set([first, second])
        first.links.set([self.sites[1], self.tenant])
        return cot, first, second

    def state(self, cot):
        """Everything the type holds, as comparable values."""
        model = current_model(cot)
        return {
            obj.pk: (
                obj.code, obj.rank, obj.site_id,
                sorted(obj.sites.values_list('pk', flat=True)),
                sorted(obj.peers.values_list('pk', flat=True)),
                sorted((type(t).__name__, t.pk) for t in obj.links.all()),
            )
            for obj in model.objects.all()
        }

    def tables_of(self, cot):
        return {table_name(cot.pk), *(through_table_name(cot.pk, name) for name in ('sites', 'peers', 'links'))}


class TypeDeletedInBranchTest(DeletionTestCase):
    """E1 (type-deletion-loses-objects, branch-local-id-sequences): a main type with objects and every relation kind is
    deleted in a branch; merge drops it; revert brings back the type (same ObjectType), its fields, tables and every
    object with its relations."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot, first, second = self.build_main_type()
        before = self.state(cot)
        object_type_id = cot.object_type_id
        fields_before = sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot)
                               .values_list('pk', 'name'))
        branch = self.provision(strategy)
        with self.tracked(branch):
            doomed = CustomObjectType.objects.get(pk=cot.pk)
            doomed.snapshot()
            doomed.delete()
        self.assertTrue(self.tables_of(cot) <= schema_tables('public'), 'main is untouched before the merge')
        self.assertEqual(self.state(cot), before)
        self.assert_branch_pages(branch, 'Widget', 'peers', 'links')  # in the branch, the type is gone

        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'peers', 'links')  # now gone from main too
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertFalse(self.tables_of(cot) & schema_tables('public'))
        other = self.create_custom_object_type(name='other')
        self.create_custom_object_type_field(other, name='code')

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'peers', 'links')
        restored = CustomObjectType.objects.get(pk=cot.pk)
        self.assertEqual(restored.object_type_id, object_type_id, 'same ObjectType (permissions stay valid)')
        self.assertEqual(sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot)
                                .values_list('pk', 'name')), fields_before)
        self.assertTrue(self.tables_of(cot) <= schema_tables('public'))
        self.assertEqual(self.state(cot), before)
        fresh = restored.get_model().objects.create(code='new in main')  # branch-local-id-sequences: no id collision
        self.assertNotIn(fresh.pk, before)


class ObjectDeletedInBranchTest(DeletionTestCase):
    """F8 (undo-bypassing-the-model): an object with multiobject, self-multiobject and polymorphic links is deleted in a
    branch; merge; revert restores it and all its relations."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot, first, second = self.build_main_type()
        before = self.state(cot)
        branch = self.provision(strategy)
        with self.tracked(branch):
            obj = current_model(cot).objects.get(pk=first.pk)
            obj.snapshot()
            obj.delete()
        branch.merge(user=self.user, commit=True)
        after_merge = self.state(cot)
        self.assertEqual(set(after_merge), {second.pk})
        self.assertEqual(after_merge[second.pk][4], [second.pk], 'the link to the deleted object went with it')

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(self.state(cot), before)


class InboundFieldsDeletedInBranchTest(DeletionTestCase):
    """E6: a type that other types point at (object, multiobject, polymorphic) is deleted in a branch — its
    inbound fields first, as deletion of a referenced type is refused — merged and reverted."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        target, first, second = self.build_main_type()
        target_ot = target.object_type
        source = self.create_custom_object_type(name='holder')
        self.create_custom_object_type_field(source, name='one', type='object', related_object_type=target_ot)
        self.create_custom_object_type_field(source, name='many', type='multiobject', related_object_type=target_ot)
        self.create_custom_object_type_field(source, name='any', type='multiobject', is_polymorphic=True,
                                             related_object_types=[target_ot, self.object_type_of('dcim', 'site')])
        source.refresh_from_db()
        holder = source.get_model().objects.create(one=first)
        holder.many.set([first, second])
        holder.any.set([second, self.sites[0]])

        def holder_state():
            model = current_model(source)
            obj = model.objects.get(pk=holder.pk)
            return (obj.one_id, sorted(obj.many.values_list('pk', flat=True)),
                    sorted((type(t).__name__, t.pk) for t in obj.any.all()))

        holder_before, target_before = holder_state(), self.state(target)
        branch = self.provision(strategy)
        with self.tracked(branch):
            doomed = CustomObjectType.objects.get(pk=target.pk)
            with self.assertRaisesMessage(Exception, 'refer to it'):
                doomed.delete()
            for field in CustomObjectTypeField.objects.filter(custom_object_type=source,
                                                              name__in=('one', 'many', 'any')):
                field.snapshot()
                field.delete()
            doomed = CustomObjectType.objects.get(pk=target.pk)
            doomed.snapshot()
            doomed.delete()

        branch.merge(user=self.user, commit=True)
        self.assertFalse(CustomObjectType.objects.filter(pk=target.pk).exists())
        self.assertEqual(sorted(CustomObjectTypeField.objects.filter(custom_object_type=source)
                                .values_list('name', flat=True)), [])
        self.assertFalse({through_table_name(source.pk, n) for n in ('many', 'any')} & schema_tables('public'))
        self.assertTrue(current_model(source).objects.filter(pk=holder.pk).exists())

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(self.state(target), target_before)
        self.assertEqual(holder_state(), holder_before)


class FieldDeletedInBranchTest(DeletionTestCase):
    """E4: fields deleted in a branch; merge drops their columns and link tables; revert re-creates them with the
    values they held in the branch when they were deleted (the field's DELETE change carries them)."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot, first, second = self.build_main_type()
        before = self.state(cot)
        branch = self.provision(strategy)
        with self.tracked(branch):
            for field in CustomObjectTypeField.objects.filter(custom_object_type=cot,
                                                              name__in=('rank', 'site', 'sites', 'links')):
                field.snapshot()
                field.delete()
        self.assert_branch_pages(branch, 'Widget', 'rank', 'sites', 'links')
        branch.merge(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'rank', 'sites', 'links')
        self.assertFalse({through_table_name(cot.pk, n) for n in ('sites', 'links')} & schema_tables('public'))
        model = current_model(cot)
        self.assertEqual(sorted(model.objects.values_list('code', flat=True)), ['a', 'b'])

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assert_branch_pages(branch, 'Widget', 'rank', 'sites', 'links')
        self.assertEqual(self.state(cot), before)
