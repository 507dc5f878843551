"""Acceptance matrix H2, H4 (P-6, P-8): object changes recorded before field renames, collapsed by the squash
strategy (and, for comparison, replayed by the iterative one): every value ends in the field it was set on, under
the field's final name."""

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, rename, schema_columns, schema_tables


class UpdateThenRenameTest(BranchingTestCase):
    """H2 (P-6): on a type of main, an object updated and another created, then the field renamed: the values are
    under the new name after the merge."""

    def run_scenario(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        untouched = cot.get_model().objects.create(code='v0')
        updated = cot.get_model().objects.create(code='v1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), updated.pk, code='updated before the rename')
            created = current_model(cot).objects.create(code='created before the rename')
            rename(cot, 'code', 'serial')
        branch.merge(user=self.user, commit=True)
        self.assertEqual(schema_columns('public', table_name(cot.pk)) & {'code', 'serial'}, {'serial'})
        self.assertEqual(dict(current_model(cot).objects.values_list('pk', 'serial')), {
            untouched.pk: 'v0', updated.pk: 'updated before the rename', created.pk: 'created before the rename',
        })

    def test_iterative(self):
        self.run_scenario('iterative')

    def test_squash(self):
        self.run_scenario('squash')


class CreatedThenRenamedTest(BranchingTestCase):
    """H4 (P-8): a type, its fields and objects created in a branch, then fields renamed several times — `a` and
    `c` swap names through `tmp`, `b` becomes `rank` — with updates in between and an object created at the end.
    The merge creates the fields under their final names, and each value is in the field it was set on."""

    def run_scenario(self, strategy):
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            for name, kind in (('a', 'text'), ('b', 'integer'), ('c', 'text')):
                self.create_custom_object_type_field(cot, name=name, type=kind)
            p = current_model(cot).objects.create(a='p-a', b=1, c='p-c')
            q = current_model(cot).objects.create(a='q-a', b=2)
            rename(cot, 'a', 'tmp')
            edit(current_model(cot), q.pk, tmp='q-a, updated while tmp')
            rename(cot, 'c', 'a')
            rename(cot, 'tmp', 'c')
            rename(cot, 'b', 'rank')
            edit(current_model(cot), p.pk, rank=10)
            r = current_model(cot).objects.create(a='r-a', c='r-c', rank=3)
            fields = sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot)
                            .values_list('pk', 'name', 'schema_id'))
        expected = {p.pk: ('p-a', 10, 'p-c'), q.pk: ('q-a, updated while tmp', 2, None), r.pk: ('r-c', 3, 'r-a')}

        branch.merge(user=self.user, commit=True)
        self.assertEqual(sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot)
                                .values_list('pk', 'name', 'schema_id')), fields)
        self.assertTrue({'a', 'c', 'rank'} <= schema_columns('public', table_name(cot.pk)))
        self.assertFalse({'b', 'tmp'} & schema_columns('public', table_name(cot.pk)))
        values = current_model(cot).objects.values_list('pk', 'c', 'rank', 'a')
        self.assertEqual({pk: rest for pk, *rest in values}, {pk: list(v) for pk, v in expected.items()})

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())

    def test_iterative(self):
        self.run_scenario('iterative')

    def test_squash(self):
        self.run_scenario('squash')
