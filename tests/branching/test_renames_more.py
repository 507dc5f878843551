"""Acceptance matrix D3, D4, D7, D8 (renames-found-in-history, revert-after-divergent-rename): renames on both sides,
chained renames, polymorphic renames and a name reused by a new field; each under the iterative and the squash
strategy."""

from django.core.exceptions import ValidationError

from dcim.models import Site

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, rename, schema_columns
from .strategies import both_strategies


class RenamesTestCase(BranchingTestCase):

    def make_type(self, count):
        """A type `widget` with a text field `code` and `count` objects (code 'v0', 'v1', ...)."""
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        model = cot.get_model()
        return cot, [model.objects.create(code=f'v{i}') for i in range(count)]

    def assert_column(self, schema, cot, name, gone=()):
        """The type's table in `schema` has the column `name`, none of `gone`."""
        columns = schema_columns(schema, table_name(cot.pk))
        self.assertIn(name, columns)
        self.assertFalse(columns & set(gone), f'stale columns in {schema}')

    def field_names(self, cot):
        return sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('name', flat=True))

    def values(self, cot, name):
        return dict(current_model(cot).objects.values_list('pk', name))


class DivergentRenameTest(RenamesTestCase):
    """D3: the branch renames code→x, main renames code→y. The field's ChangeDiff shows a `name` conflict. Sync
    converges the branch to y (values and branch-only objects kept; a merge then keeps y); a merge without sync
    gives main x with every value; its revert gives back the name the branch renamed from
    (revert-after-divergent-rename), column and field row alike, with the values."""

    def prepare(self, strategy):
        from netbox_branching.models import ChangeDiff

        cot, objs = self.make_type(4)
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), objs[0].pk, code='branch, before rename')
            field = rename(cot, 'code', 'x')
            edit(current_model(cot), objs[1].pk, x='branch, after rename')
            new = current_model(cot).objects.create(x='branch only')
        with self.tracked():
            rename(cot, 'code', 'y')
            edit(current_model(cot), objs[2].pk, y='main')
        diff = ChangeDiff.objects.get(branch=branch, object_id=field.pk,
                                      object_type=self.object_type_of('netbox_custom_objects', 'customobjecttypefield'))
        self.assertEqual(diff.conflicts, ['name'])
        self.assertEqual((diff.original['name'], diff.modified['name'], diff.current['name']), ('code', 'x', 'y'))
        branch.refresh_from_db()
        expected = {objs[0].pk: 'branch, before rename', objs[1].pk: 'branch, after rename', objs[2].pk: 'main',
                    objs[3].pk: 'v3', new.pk: 'branch only'}
        return cot, objs, branch, expected

    @both_strategies
    def test_sync_then_merge(self, strategy):
        cot, objs, branch, expected = self.prepare(strategy)
        branch.sync(user=self.user, commit=True)
        self.assert_column(branch.schema_name, cot, 'y', gone=('x', 'code'))
        with self.tracked(branch):
            self.assertEqual(self.field_names(cot), ['y'])
            self.assertEqual(self.values(cot, 'y'), expected)
        self.assert_column('public', cot, 'y', gone=('x', 'code'))  # main untouched by the sync
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'y', gone=('x', 'code'))
        self.assertEqual(self.field_names(cot), ['y'])
        self.assertEqual(self.values(cot, 'y'), expected)

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot, objs, branch, expected = self.prepare(strategy)
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'x', gone=('y', 'code'))
        self.assertEqual(self.field_names(cot), ['x'])
        self.assertEqual(self.values(cot, 'x'), expected)

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assert_column('public', cot, 'code', gone=('x', 'y'))
        self.assertEqual(self.field_names(cot), ['code'])
        self.assertEqual(self.values(cot, 'code'),
                         {objs[0].pk: 'v0', objs[1].pk: 'v1', objs[2].pk: 'main', objs[3].pk: 'v3'})


class ChainedRenameTest(RenamesTestCase):
    """D4: the branch renames a→b→c with an object edited at each step and one created at the end; main renames
    a→d and edits another object. Sync: the branch has d with every value (a merge then keeps d); merge without
    sync: main has c with every value."""

    def prepare(self, strategy):
        cot, objs = self.make_type(5)
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), objs[0].pk, code='branch at code')
            rename(cot, 'code', 'b')
            edit(current_model(cot), objs[1].pk, b='branch at b')
            rename(cot, 'b', 'c')
            edit(current_model(cot), objs[2].pk, c='branch at c')
            new = current_model(cot).objects.create(c='branch only')
        with self.tracked():
            rename(cot, 'code', 'd')
            edit(current_model(cot), objs[3].pk, d='main at d')
        branch.refresh_from_db()
        expected = {objs[0].pk: 'branch at code', objs[1].pk: 'branch at b', objs[2].pk: 'branch at c',
                    objs[3].pk: 'main at d', objs[4].pk: 'v4', new.pk: 'branch only'}
        return cot, branch, expected

    @both_strategies
    def test_sync_then_merge(self, strategy):
        cot, branch, expected = self.prepare(strategy)
        branch.sync(user=self.user, commit=True)
        self.assert_column(branch.schema_name, cot, 'd', gone=('code', 'b', 'c'))
        with self.tracked(branch):
            self.assertEqual(self.field_names(cot), ['d'])
            self.assertEqual(self.values(cot, 'd'), expected)
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'd', gone=('code', 'b', 'c'))
        self.assertEqual(self.values(cot, 'd'), expected)

    @both_strategies
    def test_merge(self, strategy):
        cot, branch, expected = self.prepare(strategy)
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'c', gone=('code', 'b', 'd'))
        self.assertEqual(self.field_names(cot), ['c'])
        self.assertEqual(self.values(cot, 'c'), expected)


class PolymorphicRenameRefusedTest(RenamesTestCase):
    """D7: polymorphic fields cannot be renamed — refused by validation, with a clear message, in main and in a
    branch (plain and multi variants); nothing changes."""

    def test_refused_in_main_and_in_branch(self):
        site_type = self.object_type_of('dcim', 'site')
        cot = self.create_custom_object_type(name='widget')
        for name, kind in (('target', 'object'), ('targets', 'multiobject')):
            self.create_custom_object_type_field(cot, name=name, type=kind, is_polymorphic=True,
                                                 related_object_types=[site_type])
        site = Site.objects.create(name='S', slug='s')
        obj = current_model(cot).objects.create(target=site)
        obj.targets.set([site])
        branch = self.provision()
        for context in (None, branch):
            for name in ('target', 'targets'):
                with self.subTest(branch=context is not None, field=name), self.tracked(context):
                    with self.assertRaises(ValidationError) as raised:
                        rename(cot, name, f'{name}_renamed')
                    self.assertEqual(raised.exception.message_dict['name'], ['Polymorphic fields cannot be renamed.'])
                    self.assertEqual(self.field_names(cot), ['target', 'targets'])
                    obj = current_model(cot).objects.get(pk=obj.pk)
                    self.assertEqual((obj.target, list(obj.targets.all())), (site, [site]))
        self.assertIn('target_object_id', schema_columns(branch.schema_name, table_name(cot.pk)))
        self.assertIn('target_object_id', schema_columns('public', table_name(cot.pk)))


class NameReusedTest(RenamesTestCase):
    """D8 (renames-found-in-history): the branch edits `code`, renames it to `old`, edits it again, deletes it, then
    creates a new field named `code` and edits that. Each value goes to the field it was set on (identity, not name):
    the deleted field's values vanish with it; the new field holds only what was set on it."""

    @both_strategies
    def test_merge(self, strategy):
        cot, objs = self.make_type(4)
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), objs[0].pk, code='old field, before rename')
            edit(current_model(cot), objs[1].pk, code='old field, before rename')
            field = rename(cot, 'code', 'old')
            edit(current_model(cot), objs[2].pk, old='old field, after rename')
            field.snapshot()
            field.delete()
            new_field = self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='code')
            edit(current_model(cot), objs[1].pk, code='new field')
            new = current_model(cot).objects.create(code='new field, new object')
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'code', gone=('old',))
        self.assertEqual(list(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('pk', 'name')),
                         [(new_field.pk, 'code')])
        self.assertEqual(self.values(cot, 'code'), {objs[0].pk: None, objs[1].pk: 'new field', objs[2].pk: None,
                                                    objs[3].pk: None, new.pk: 'new field, new object'})
