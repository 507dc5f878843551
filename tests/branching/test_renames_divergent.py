"""Acceptance matrix D3 (revert-after-divergent-rename): the branch and main rename the same field to different names;
a sync converges the branch on main's name, a merge without sync gives main the branch's name, and its revert gives
back the original name with the values."""




from .base import current_model, edit, rename
from .renaming import RenamesTestCase
from .strategies import both_strategies


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
