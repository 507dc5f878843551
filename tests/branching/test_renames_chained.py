"""Acceptance matrix D4 (renames-found-in-history): the branch renames a field several times in a row while main
renames it once; every value, set under any of the names, ends in the final one after a sync or a merge."""




from .base import current_model, edit, rename
from .renaming import RenamesTestCase
from .strategies import both_strategies


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
