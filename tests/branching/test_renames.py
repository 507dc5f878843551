"""Acceptance matrix D2 and I2 (rewritten-history): a field renamed on one side while the other side edits values under
the old name; the values land in the renamed column, with and without a sync first; each under both strategies."""

from .base import BranchingTestCase, current_model, edit, rename
from .strategies import both_strategies


class RenameTestCase(BranchingTestCase):

    def make_type(self):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        self.obj = cot.get_model().objects.create(code='v0')
        return cot


class RenamedInMainTest(RenameTestCase):
    """D2: main renames code→serial after provisioning; the branch edits code; merge without sync: the value is in
    serial."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), self.obj.pk, code='edited in branch')
        with self.tracked():
            rename(cot, 'code', 'serial')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(current_model(cot).objects.get(pk=self.obj.pk).serial, 'edited in branch')


class RenameMergedFromOtherBranchTest(RenameTestCase):
    """I2: branch 1 renames code→serial and merges; branch 2 edited code: (a) it syncs, then merges, (b) it merges
    without a sync. Both: branch 2's value ends in serial."""

    @both_strategies(synced={'sync_first': True}, unsynced={'sync_first': False})
    def test_merge(self, strategy, sync_first):
        cot = self.make_type()
        first, second = self.provision(strategy), self.provision(strategy)
        with self.tracked(second):
            edit(current_model(cot), self.obj.pk, code='edited in branch 2')
        with self.tracked(first):
            rename(cot, 'code', 'serial')
        first.merge(user=self.user, commit=True)
        second.refresh_from_db()
        if sync_first:
            second.sync(user=self.user, commit=True)
            with self.tracked(second):
                self.assertEqual(current_model(cot).objects.get(pk=self.obj.pk).serial, 'edited in branch 2')
            second.refresh_from_db()
        second.merge(user=self.user, commit=True)
        self.assertEqual(current_model(cot).objects.get(pk=self.obj.pk).serial, 'edited in branch 2')
