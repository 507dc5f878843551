"""Acceptance matrix A6, B2, B4, C8, G4 (no-class-for-branch-only-type, non-transactional-memory): merges that must fail
cleanly, then succeed once the cause is fixed; a merge run in a fresh worker process."""

from django.apps import apps
from django.core.exceptions import ValidationError

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.models import CustomObjectType

from ..startup.test_fresh_process import run_python
from .base import BranchingTestCase, change_field, current_model, edit, schema_columns, schema_tables, update
from .strategies import both_strategies


def registered_models():
    return set(apps.all_models['netbox_custom_objects'])


class FailingMergeTestCase(BranchingTestCase):

    def assert_merge_fails(self, branch, main_state):
        """The merge raises; main's tables, rows and this worker's registry are as before; the branch is READY."""
        registered = registered_models()
        tables = schema_tables('public')
        with self.assertRaises(Exception):
            branch.merge(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertEqual(schema_tables('public'), tables)
        self.assertEqual(main_state(), main_state.expected)
        apps.get_models()
        model_cache.sync()
        self.assertEqual(registered_models(), registered)


class LateUniqueViolationTest(FailingMergeTestCase):
    """G4: the last object of the branch violates a unique field (main took the value meanwhile): the merge rolls
    back; once the clash is resolved, a second merge succeeds."""

    @both_strategies
    def test_merge_fails_then_succeeds(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code', unique=True)
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='note')
            for code in ('a', 'b', 'dup'):
                current_model(cot).objects.create(code=code, note=code)
        with self.tracked():
            current_model(cot).objects.create(code='dup')

        def main_state():
            return sorted(current_model(cot).objects.values_list('code', flat=True)), \
                'note' in schema_columns('public', table_name(cot.pk))
        main_state.expected = (['dup'], False)
        self.assert_merge_fails(branch, main_state)

        # Fixed in main (the iterative strategy replays the branch's history, so a later fix in the branch would
        # come too late for it).
        with self.tracked():
            model = current_model(cot)
            edit(model, model.objects.get(code='dup').pk, code='main-dup')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(sorted(current_model(cot).objects.values_list('code', 'note')),
                         [('a', 'a'), ('b', 'b'), ('dup', 'dup'), ('main-dup', None)])


class SameTypeInTwoBranchesTest(FailingMergeTestCase):
    """B4: two branches create a type with the same name and slug; the first merges; the second fails cleanly,
    then, renamed in its branch, merges with the squash strategy."""

    def test_second_branch_renames_and_squash_merges(self):
        first, second = self.provision('iterative'), self.provision('iterative')
        made = {}
        for branch in (first, second):
            with self.tracked(branch):
                cot = self.create_custom_object_type(name='same')
                self.create_custom_object_type_field(cot, name='code')
                current_model(cot).objects.create(code=branch.name)
                made[branch.pk] = cot
        first.merge(user=self.user, commit=True)

        def main_state():
            return sorted(CustomObjectType.objects.values_list('pk', 'slug'))
        main_state.expected = [(made[first.pk].pk, 'same')]
        second.refresh_from_db()
        self.assert_merge_fails(second, main_state)

        with self.tracked(second):
            renamed = update(CustomObjectType.objects.get(pk=made[second.pk].pk), name='other', slug='other')
        second.refresh_from_db()
        second.merge_strategy = 'squash'
        second.save()
        second.merge(user=self.user, commit=True)
        self.assertEqual(sorted(CustomObjectType.objects.values_list('slug', flat=True)), ['other', 'same'])
        self.assertEqual(list(current_model(renamed).objects.values_list('code', flat=True)), [second.name])


class UnconvertibleTypeChangeTest(FailingMergeTestCase):
    """C8: a text field changed to integer in the branch. Convertible values merge; a value main stored meanwhile
    that does not convert makes the merge fail before anything is applied."""

    @both_strategies
    def test_merge_fails_then_succeeds(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='size')
        current_model(cot).objects.create(code='a', size='12')
        branch = self.provision(strategy)
        with self.tracked(branch):
            change_field(cot, 'size', type='integer')
        with self.tracked():
            bad = current_model(cot).objects.create(code='b', size='twelve')

        def main_state():
            return sorted(current_model(cot).objects.values_list('code', 'size'))
        main_state.expected = [('a', '12'), ('b', 'twelve')]
        branch.refresh_from_db()
        self.assert_merge_fails(branch, main_state)

        with self.tracked():
            edit(current_model(cot), bad.pk, size='13')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(sorted(current_model(cot).objects.values_list('code', 'size')), [('a', 12), ('b', 13)])


class MissingInBranchTest(BranchingTestCase):
    """A6: a type created in main after the branch was provisioned cannot be changed in the branch before a sync;
    main's table is untouched."""

    def test_field_on_a_type_the_branch_lacks_is_refused(self):
        branch = self.provision()
        cot = self.create_custom_object_type(name='late')
        self.create_custom_object_type_field(cot, name='code')
        columns = schema_columns('public', table_name(cot.pk))
        with self.tracked(branch), self.assertRaises(ValidationError):
            self.create_custom_object_type_field(cot, name='extra')
        self.assertEqual(schema_columns('public', table_name(cot.pk)), columns)
        self.assertNotIn(table_name(cot.pk), schema_tables(branch.schema_name))


class FreshWorkerMergeTest(BranchingTestCase):
    """B2 (no-class-for-branch-only-type): a branch-created type merged (and reverted) by a process that never loaded
    it."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='code')
            self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                                 related_object_type=CustomObjectType.objects.get(pk=cot.pk)
                                                 .object_type)
            first = current_model(cot).objects.create(code='a')
            second = current_model(cot).objects.create(code='b')
            current_model(cot).objects.get(pk=second.pk).peers.set([first.pk])
        run_python(f'''
            from netbox_branching.models import Branch
            from users.models import User
            Branch.objects.get(pk={branch.pk}).merge(user=User.objects.get(pk={self.user.pk}), commit=True)
        ''')
        model = current_model(cot)
        self.assertEqual(sorted(model.objects.values_list('code', flat=True)), ['a', 'b'])
        self.assertEqual(list(model.objects.get(pk=second.pk).peers.values_list('pk', flat=True)), [first.pk])
        run_python(f'''
            from netbox_branching.models import Branch
            from users.models import User
            Branch.objects.get(pk={branch.pk}).revert(user=User.objects.get(pk={self.user.pk}), commit=True)
        ''')
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
