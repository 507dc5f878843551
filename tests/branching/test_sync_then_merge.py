"""Acceptance matrix G2: scenarios with main-side activity, merged after a sync instead of directly; the end state
must be the same. Each class reruns an existing scenario with every merge preceded by a sync of that branch."""

from . import test_renames, test_sync


class SyncBeforeMerge:
    """Every branch this test provisions syncs right before it merges."""

    def provision(self, strategy='iterative'):
        branch = super().provision(strategy)
        merge = branch.merge

        def sync_then_merge(user, commit=True):
            branch.refresh_from_db()
            branch.sync(user=user, commit=True)
            branch.refresh_from_db()
            return merge(user=user, commit=commit)

        branch.merge = sync_then_merge
        return branch


class SyncedRenamedInMainTest(SyncBeforeMerge, test_renames.RenamedInMainTest):
    """D2 with a sync first."""


class SyncedFieldsAddedOnBothSidesTest(SyncBeforeMerge, test_sync.FieldsAddedOnBothSidesTest):
    """C2/C4/I7 with a sync first."""

