"""Acceptance matrix E2, E3, F1, I4, I5 (type-deletion-loses-objects): one side deletes a type, a link target or changes
objects while the other side edits them; ChangeDiff conflicts, sync, merge and revert; each under both strategies."""

from django.contrib.contenttypes.models import ContentType

from dcim.models import Site
from netbox_branching.models import ChangeDiff

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, edit, schema_tables
from .strategies import both_strategies


def delete_type(cot):
    doomed = CustomObjectType.objects.get(pk=cot.pk)
    doomed.snapshot()
    doomed.delete()


class ConflictTestCase(BranchingTestCase):

    def make_type(self):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='rank', type='integer')
        cot.refresh_from_db()
        model = cot.get_model()
        self.objs = [model.objects.create(code=f'v{i}', rank=i) for i in range(2)]
        return cot

    def diffs(self, branch, cot):
        """{object id: (action, sorted conflicts)} of the branch's ChangeDiffs for the type's objects."""
        content_type = ContentType.objects.get(pk=cot.object_type_id)
        return {
            diff.object_id: (diff.action, sorted(diff.conflicts or ()))
            for diff in ChangeDiff.objects.filter(branch=branch, object_type=content_type)
        }


class TypeDeletedInBranchEditedInMainTest(ConflictTestCase):
    """E2: the branch deletes a type while main edits one of its objects. The object's ChangeDiff (a DELETE) shows
    the attributes main changed as conflicts before the merge; the merge drops the type and its objects in main.
    The revert restores them as the *branch* recorded them when it deleted them (netbox-branching's undo of a
    DELETE deserializes the branch's pre-change data; main's later edit is not in the branch's change log), so
    main's post-edit value is not restored."""

    @both_strategies(unsynced={'sync_first': False}, synced={'sync_first': True})
    def test_merge_and_revert(self, strategy, sync_first=False):
        cot = self.make_type()
        edited, untouched = self.objs
        branch = self.provision(strategy)
        with self.tracked(branch):
            delete_type(cot)
        with self.tracked():
            edit(current_model(cot), edited.pk, code='edited in main')

        self.assertEqual(self.diffs(branch, cot), {edited.pk: ('delete', ['code']), untouched.pk: ('delete', [])})
        if sync_first:
            branch.refresh_from_db()
            branch.sync(user=self.user, commit=True)
            self.assertNotIn(table_name(cot.pk), schema_tables(branch.schema_name), 'the branch keeps its delete')
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertIn(table_name(cot.pk), schema_tables('public'))
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', 'code', 'rank')),
                         [(edited.pk, 'v0', 0), (untouched.pk, 'v1', 1)])


class TypeDeletedInMainEditedInBranchTest(ConflictTestCase):
    """E3 (type-deletion-loses-objects) and I4: main deletes a type — directly, or by merging another branch that
    deleted it — while a branch has edited one of its objects and created another. Main's delete keeps the branch's
    ChangeDiffs and flags the edited attributes as conflicts. Syncing removes the type from the branch (the object the
    branch created goes with it; netbox-branching records no synthetic DELETE for it, see below). Merging the branch
    afterwards, or without a sync: the squash strategy skips the changes of the type main no longer has and
    applies the rest; the iterative strategy refuses the merge with an error naming the object (netbox-branching's
    iterative replay fails on any object deleted in main)."""

    @both_strategies(unsynced={'sync_first': False}, synced={'sync_first': True},
                     other_branch_unsynced={'sync_first': False, 'via_branch': True},
                     other_branch_synced={'sync_first': True, 'via_branch': True})
    def test_merge(self, strategy, sync_first, via_branch=False):
        cot = self.make_type()
        edited, untouched = self.objs
        other = self.create_custom_object_type(name='other')
        self.create_custom_object_type_field(other, name='code')
        branch = self.provision(strategy)
        deleter = self.provision(strategy) if via_branch else None
        with self.tracked(branch):
            edit(current_model(cot), edited.pk, code='edited in branch')
            created = current_model(cot).objects.create(code='new in branch', rank=9)
            kept = current_model(other).objects.create(code='other type, new in branch')
        with self.tracked(deleter):
            delete_type(cot)
        if deleter is not None:
            deleter.merge(user=self.user, commit=True)
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))

        self.assertEqual(self.diffs(branch, cot), {edited.pk: ('update', ['code']), created.pk: ('create', [])})
        branch.refresh_from_db()
        if sync_first:
            branch.sync(user=self.user, commit=True)
            self.assertNotIn(table_name(cot.pk), schema_tables(branch.schema_name))
            with self.tracked(branch):
                self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
            # Pinned engine behaviour: the branch-only object went with the type's table, but netbox-branching
            # records a synthetic DELETE only for cascade deletions of the classes it listed when the sync started;
            # main's field deletions, replayed before the type's, gave the type a new class. Its CREATE stays in
            # the branch's log, and merges skip it (the type is gone).
            deleted_in_sync = branch.get_unmerged_changes().filter(
                changed_object_type_id=cot.object_type_id, action='delete').values_list('changed_object_id', flat=True)
            self.assertEqual(list(deleted_in_sync), [])
            branch.refresh_from_db()

        if strategy == 'iterative':
            # The iterative strategy replays the branch's UPDATE of an object main no longer has: refused, as
            # netbox-branching refuses it for any object deleted in main; nothing is applied.
            with self.assertRaisesMessage(Exception, 'the type was deleted while the branch was open'):
                branch.merge(user=self.user, commit=True)
            branch.refresh_from_db()
            self.assertEqual(branch.status, 'ready')
            self.assertFalse(current_model(other).objects.exists())
            return
        branch.merge(user=self.user, commit=True)  # squash skips the deleted type's changes, applies the rest
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        self.assertEqual(list(current_model(other).objects.values_list('pk', 'code')),
                         [(kept.pk, 'other type, new in branch')])


class ObjectsChangedByOtherBranchMergeTest(ConflictTestCase):
    """I5: branch 1's merge changes objects branch 2 also edited: without branch 2 doing anything, its ChangeDiffs
    hold main's new state as `current` and flag the attributes both changed differently."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        both, only_second = self.objs
        first, second = self.provision(strategy), self.provision(strategy)
        with self.tracked(second):
            edit(current_model(cot), both.pk, code='from branch 2', rank=20)
            edit(current_model(cot), only_second.pk, code='only branch 2')
        with self.tracked(first):
            edit(current_model(cot), both.pk, code='from branch 1', rank=20)
        self.assertEqual(self.diffs(second, cot), {both.pk: ('update', []), only_second.pk: ('update', [])})

        first.merge(user=self.user, commit=True)
        self.assertEqual(self.diffs(second, cot), {both.pk: ('update', ['code']), only_second.pk: ('update', [])})
        diff = ChangeDiff.objects.get(branch=second, object_id=both.pk, object_type_id=cot.object_type_id)
        self.assertEqual((diff.current['code'], diff.current['rank']), ('from branch 1', 20))
        self.assertEqual((diff.modified['code'], diff.original['code']), ('from branch 2', 'v0'))

        second.refresh_from_db()
        second.merge(user=self.user, commit=True)  # the branch wins for the attributes it changed
        self.assertEqual(sorted(current_model(cot).objects.values_list('code', 'rank')),
                         [('from branch 2', 20), ('only branch 2', 1)])


class SiteDeletedInMainTest(BranchingTestCase):
    """F1: object fields → dcim.Site (set null, cascade); the branch assigns and changes sites and creates objects
    pointing at a site that main deletes meanwhile. Sync applies main's delete in the branch with each field's
    on_delete: set null clears the references, cascade deletes the objects. The merge afterwards is refused (see
    below)."""

    @both_strategies
    def test_sync_then_merge_refused(self, strategy):
        keep, doomed = (Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(2))
        site_type = self.object_type_of('dcim', 'site')
        types = {}
        for behaviour in ('set_null', 'cascade'):
            cot = self.create_custom_object_type(name=f'holder_{behaviour}')
            self.create_custom_object_type_field(cot, name='code')
            self.create_custom_object_type_field(cot, name='site', type='object', related_object_type=site_type,
                                                 on_delete_behavior=behaviour)
            cot.refresh_from_db()
            types[behaviour] = (cot, cot.get_model().objects.create(code='main', site=keep))
        branch = self.provision(strategy)
        with self.tracked(branch):
            for cot, obj in types.values():
                edit(current_model(cot), obj.pk, site_id=doomed.pk)
                current_model(cot).objects.create(code='branch', site_id=doomed.pk)
        with self.tracked():
            Site.objects.get(pk=doomed.pk).delete()

        def state(behaviour):
            return sorted(current_model(types[behaviour][0]).objects.values_list('code', 'site_id'))

        branch.refresh_from_db()
        branch.sync(user=self.user, commit=True)
        with self.tracked(branch):
            self.assertFalse(Site.objects.filter(pk=doomed.pk).exists())
            self.assertEqual(state('set_null'), [('branch', None), ('main', None)])
            self.assertEqual(state('cascade'), [])
        # Pinned engine limit: the sync records no change for what on_delete did to objects main also has (a
        # synthetic DELETE is written only for branch-only objects a cascade removed; a SET_NULL is not recorded
        # at all), so the branch's log still assigns the deleted site, and the merge refuses it in validation.
        # Main and the branch are left as they were; the user re-assigns the objects in the branch, then merges.
        main_before = (state('set_null'), state('cascade'))
        branch.refresh_from_db()
        with self.assertRaisesMessage(Exception, f'site instance with id {doomed.pk} is not a valid choice'):
            branch.merge(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertEqual((state('set_null'), state('cascade')), main_before)
        self.assertEqual(main_before, ([('main', keep.pk)], [('main', keep.pk)]))
