"""Acceptance matrix F2, F7, H1, H3, H5, H6, H7, H9 (squash-ordering-cycles): changes whose order matters, made in a
branch and merged under both strategies (squash reorders collapsed changes; our edges and deferrals must keep every
value)."""

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, schema_columns, schema_tables
from .strategies import both_strategies


class FieldAddedAfterObjectsTest(BranchingTestCase):
    """H1/H3: a type and an object created, then a field created and set on the object; another field set and then
    deleted. Values land in the column that was created after the object."""

    @both_strategies
    def test_merge(self, strategy):
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='code')
            obj = current_model(cot).objects.create(code='a')
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='serial')
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='scratch')
            edit(current_model(cot), obj.pk, serial='S1', scratch='gone soon')
            field = CustomObjectTypeField.objects.get(custom_object_type=cot, name='scratch')
            field.snapshot()
            field.delete()
            edit(current_model(cot), obj.pk, code='b')
        branch.merge(user=self.user, commit=True)
        self.assertNotIn('scratch', schema_columns('public', table_name(cot.pk)))
        self.assertEqual(current_model(cot).objects.filter(pk=obj.pk).values_list('code', 'serial').get(),
                         ('b', 'S1'))


class CreatedThenDeletedTest(BranchingTestCase):
    """H5/H6: a type with objects, and a field of a main type, created and deleted again in the branch: merging
    leaves main as it was (no table, no column, no rows)."""

    @both_strategies
    def test_merge(self, strategy):
        main_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(main_type, name='code')
        tables_before = schema_tables('public')
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='ephemeral')
            self.create_custom_object_type_field(cot, name='code')
            current_model(cot).objects.create(code='x')
            CustomObjectType.objects.get(pk=cot.pk).delete()
            field = self.create_custom_object_type_field(CustomObjectType.objects.get(pk=main_type.pk), name='tmp')
            field.snapshot()
            field.delete()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(schema_tables('public'), tables_before)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertNotIn('tmp', schema_columns('public', table_name(main_type.pk)))


class CrossReferencesTest(BranchingTestCase):
    """F2/F7/H7: two types created in a branch, one pointing at the other (object and multiobject fields; cycles
    between types are refused) and each at itself, with objects that reference each other in a cycle through
    nullable self-references."""

    @both_strategies
    def test_merge(self, strategy):
        branch = self.provision(strategy)
        with self.tracked(branch):
            left = self.create_custom_object_type(name='left')
            right = self.create_custom_object_type(name='right')
            for cot in (left, right):
                self.create_custom_object_type_field(cot, name='code', primary=True)
                self.create_custom_object_type_field(cot, name='parent', type='object',
                                                     related_object_type=cot.object_type)
                self.create_custom_object_type_field(cot, name='siblings', type='multiobject',
                                                     related_object_type=cot.object_type)
            self.create_custom_object_type_field(right, name='partner', type='object',
                                                 related_object_type=left.object_type)
            self.create_custom_object_type_field(right, name='friends', type='multiobject',
                                                 related_object_type=left.object_type)
            l1 = current_model(left).objects.create(code='l1')
            l2 = current_model(left).objects.create(code='l2', parent_id=l1.pk)
            edit(current_model(left), l1.pk, parent_id=l2.pk)  # a cycle: l1 ↔ l2
            r1 = current_model(right).objects.create(code='r1', partner_id=l1.pk)
            r2 = current_model(right).objects.create(code='r2', partner_id=l2.pk, parent_id=r1.pk)
            left_model, right_model = current_model(left), current_model(right)
            left_model.objects.get(pk=l1.pk).siblings.set([l1.pk, l2.pk])
            right_model.objects.get(pk=r1.pk).friends.set([l1.pk, l2.pk])
            right_model.objects.get(pk=r2.pk).siblings.set([r1.pk])

        def state():
            lm, rm = current_model(left), current_model(right)
            return (
                sorted(lm.objects.values_list('code', 'parent_id')),
                sorted(rm.objects.values_list('code', 'partner_id', 'parent_id')),
                sorted(lm.objects.get(pk=l1.pk).siblings.values_list('pk', flat=True)),
                sorted(rm.objects.get(pk=r1.pk).friends.values_list('pk', flat=True)),
                sorted(rm.objects.get(pk=r2.pk).siblings.values_list('pk', flat=True)),
            )

        with self.tracked(branch):
            expected = state()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(state(), expected)


class LinkCycleSquashTest(BranchingTestCase):
    """H9 (squash-ordering-cycles): objects linking to each other in a cycle only through a self-multiobject field (a1 →
    a2 → a3 → a1), created in a branch, in a type made in the branch and in a type of main; the squash merge orders them
    (link tables check their foreign keys at commit) and main gets every link. (Cycles between two types are
    refused when the fields are defined, so object cycles exist only within a type.)"""

    def run_scenario(self, in_branch):
        if not in_branch:
            cot = self.create_custom_object_type(name='ring')
            self.create_custom_object_type_field(cot, name='code')
            cot.refresh_from_db()
            self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                                 related_object_type=cot.object_type)
        branch = self.provision('squash')
        with self.tracked(branch):
            if in_branch:
                cot = self.create_custom_object_type(name='ring')
                self.create_custom_object_type_field(cot, name='code')
                cot.refresh_from_db()
                self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                                     related_object_type=cot.object_type)
            model = current_model(cot)
            ring = [model.objects.create(code=f'a{i}') for i in range(3)]
            for i, obj in enumerate(ring):
                current_model(cot).objects.get(pk=obj.pk).peers.set([ring[(i + 1) % 3].pk])

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        model = current_model(cot)
        self.assertEqual(
            sorted((o.code, list(o.peers.values_list('code', flat=True))) for o in model.objects.all()),
            [('a0', ['a1']), ('a1', ['a2']), ('a2', ['a0'])],
        )

    def test_type_created_in_branch(self):
        self.run_scenario(in_branch=True)

    def test_type_of_main(self):
        self.run_scenario(in_branch=False)
