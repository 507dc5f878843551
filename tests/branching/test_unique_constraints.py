"""Unique constraints in branches (issue 19 item 1), each scenario with both merge strategies: a constraint created
in a branch (over a field the branch adds) gets its index in the branch's schema only, in main's on merge, and loses
it on revert; a merge whose objects would clash with a constraint is refused naming the objects, main unchanged; a
constraint the branch adds over values main has meanwhile duplicated is refused naming them."""

from django.core.exceptions import ValidationError
from django.db import connection

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.ddl.naming import unique_index_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint

from .base import BranchingTestCase, current_model
from .strategies import both_strategies


def index_exists(schema, table, name):
    with connection.cursor() as cursor:
        cursor.execute('SELECT 1 FROM pg_indexes WHERE schemaname = %s AND tablename = %s AND indexname = %s',
                       [schema, table, name])
        return cursor.fetchone() is not None


class UniqueConstraintBranchTestCase(BranchingTestCase):

    def make_type(self):
        cot = self.create_custom_object_type(name='circuit', slug='circuits')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        self.create_custom_object_type_field(cot, name='provider')
        return cot

    @staticmethod
    def add_constraint(cot, name, field_names, **kwargs):
        cot = CustomObjectType.objects.get(pk=cot.pk)
        fields = {f.name: f.pk for f in CustomObjectTypeField.objects.filter(custom_object_type=cot)}
        constraint = CustomObjectTypeUniqueConstraint(custom_object_type=cot, name=name,
                                                      field_ids=[fields[n] for n in field_names], **kwargs)
        constraint.full_clean()
        constraint.save()
        return constraint

    def assert_merge_refused(self, branch, *named):
        """The merge raises a ValidationError naming each of `named`; the branch is READY again."""
        with self.assertRaises(ValidationError) as raised:
            branch.merge(user=self.user, commit=True)
        message = ' '.join(raised.exception.messages)
        for text in named:
            self.assertIn(text, message)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')


class ConstraintCreatedInBranchTest(UniqueConstraintBranchTestCase):

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.make_type()
        table = table_name(cot.pk)
        current_model(cot).objects.create(name='c1', provider='p1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='region')
            constraint = self.add_constraint(cot, 'per region', ['name', 'region'], case_insensitive=True)
            model = current_model(cot)
            model.objects.create(name='c2', region='eu')
            with self.assertRaises(ValidationError):
                model(name='C2', region='EU').full_clean()
        index = unique_index_name(table, constraint.pk)
        self.assertTrue(index_exists(branch.schema_name, table, index))
        self.assertFalse(index_exists('public', table, index))
        # Main knows nothing of it yet
        current_model(cot)(name='c2', provider='x').full_clean()

        branch.merge(user=self.user, commit=True)
        self.assertTrue(index_exists('public', table, index))
        model = current_model(cot)
        self.assertEqual(sorted(model.objects.values_list('name', flat=True)), ['c1', 'c2'])
        with self.assertRaises(ValidationError) as raised:
            model(name='C2', region='Eu').full_clean()
        self.assertIn('per region', ' '.join(raised.exception.messages))

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertFalse(index_exists('public', table, index))
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.exists())
        self.assertEqual(list(current_model(cot).objects.values_list('name', flat=True)), ['c1'])


class ClashingMergeRefusedTest(UniqueConstraintBranchTestCase):
    """Main's constraint: the branch creates an object whose values main has meanwhile taken."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        branch = self.provision(strategy)
        with self.tracked(branch):
            current_model(cot).objects.create(name='c1', provider='p1')
            current_model(cot).objects.create(name='c2', provider='p1')
        with self.tracked():
            taken = current_model(cot).objects.create(name='c1', provider='p1')

        self.assert_merge_refused(branch, 'one per provider', f'c1 (#{taken.pk})')
        self.assertEqual(list(current_model(cot).objects.values_list('pk', flat=True)), [taken.pk])

        # Once main gives the values up, the merge goes through
        with self.tracked():
            obj = current_model(cot).objects.get(pk=taken.pk)
            obj.snapshot()
            obj.provider = 'p9'
            obj.full_clean()
            obj.save()
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(sorted(current_model(cot).objects.values_list('name', 'provider')),
                         [('c1', 'p1'), ('c1', 'p9'), ('c2', 'p1')])


class ConstraintOverMainsDuplicatesRefusedTest(UniqueConstraintBranchTestCase):
    """The branch adds a constraint; main meanwhile stores two objects it would refuse."""

    @both_strategies
    def test_merge_refused(self, strategy):
        cot = self.make_type()
        branch = self.provision(strategy)
        with self.tracked(branch):
            constraint = self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        with self.tracked():
            first = current_model(cot).objects.create(name='c1', provider='p1')
            second = current_model(cot).objects.create(name='c1', provider='p1')

        self.assert_merge_refused(branch, f'#{first.pk}', f'#{second.pk}')
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.exists())
        self.assertFalse(index_exists('public', table_name(cot.pk), unique_index_name(table_name(cot.pk),
                                                                                      constraint.pk)))


class BranchClearsClashThenAddsConstraintTest(UniqueConstraintBranchTestCase):
    """The branch renames one of two clashing objects, then adds the constraint: a squash merge must apply the
    rename first (unique_ordering.py), as the iterative one does by history."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        model = current_model(cot)
        model.objects.create(name='c1', provider='p1')
        second = model.objects.create(name='c1', provider='p1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            obj = current_model(cot).objects.get(pk=second.pk)
            obj.snapshot()
            obj.name = 'c2'
            obj.save()
            self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        branch.merge(user=self.user, commit=True)
        self.assertEqual(CustomObjectTypeUniqueConstraint.objects.get().name, 'one per provider')
        self.assertEqual(sorted(current_model(cot).objects.values_list('name', flat=True)), ['c1', 'c2'])


class ConstraintDeletedInBranchTest(UniqueConstraintBranchTestCase):
    """The branch deletes main's constraint, then stores objects it would have refused: the merge drops main's index
    first and takes the objects; the revert takes them back out, then restores the constraint and its index."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.make_type()
        table = table_name(cot.pk)
        constraint = self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        index = unique_index_name(table, constraint.pk)
        current_model(cot).objects.create(name='c1', provider='p1')
        branch = self.provision(strategy)
        self.assertTrue(index_exists(branch.schema_name, table, index))
        with self.tracked(branch):
            CustomObjectTypeUniqueConstraint.objects.get(pk=constraint.pk).delete()
            self.assertFalse(index_exists(branch.schema_name, table, index))
            self.assertTrue(index_exists('public', table, index))
            current_model(cot).objects.create(name='c1', provider='p1')

        branch.merge(user=self.user, commit=True)
        self.assertFalse(index_exists('public', table, index))
        self.assertEqual(current_model(cot).objects.count(), 2)

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertTrue(index_exists('public', table, index))
        self.assertEqual(current_model(cot).objects.count(), 1)
        self.assertEqual(CustomObjectTypeUniqueConstraint.objects.get().pk, constraint.pk)


class ConstraintSyncedIntoBranchTest(UniqueConstraintBranchTestCase):
    """Main adds a constraint after the branch was made: syncing the branch builds its index in the branch's schema,
    and the branch's objects are checked against it."""

    def test_sync(self):
        cot = self.make_type()
        table = table_name(cot.pk)
        branch = self.provision()
        with self.tracked():
            constraint = self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        index = unique_index_name(table, constraint.pk)
        self.assertFalse(index_exists(branch.schema_name, table, index))
        branch.sync(user=self.user, commit=True)
        self.assertTrue(index_exists(branch.schema_name, table, index))
        with self.tracked(branch):
            current_model(cot).objects.create(name='c1', provider='p1')
            with self.assertRaises(ValidationError):
                current_model(cot)(name='c1', provider='p1').full_clean()


class FieldRenamedUnderConstraintTest(UniqueConstraintBranchTestCase):
    """A branch renames a field main's constraint uses: after the merge the constraint names the field by its new
    name and still refuses clashes."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        self.add_constraint(cot, 'one per provider', ['name', 'provider'])
        branch = self.provision(strategy)
        with self.tracked(branch):
            field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='provider')
            field.snapshot()
            field.name = 'carrier'
            field.full_clean()
            field.save()
            current_model(cot).objects.create(name='c1', carrier='p1')
        branch.merge(user=self.user, commit=True)
        self.assertEqual(CustomObjectTypeUniqueConstraint.objects.get().fields_display, 'name, carrier')
        with self.assertRaises(ValidationError):
            current_model(cot)(name='c1', carrier='p1').full_clean()


