"""Trees in branches (issue 19 item 3): a subtree moved in a branch is merged (each strategy) and reverted with the
tree consistent; a branch and main that each move one node under the other cannot merge into a cycle: the merge is
refused naming both objects, main and the branch are left as they were, and once main undoes its move the merge
succeeds; a sync bringing main's move into such a branch is refused too; nodes swapped within a branch merge (the
squash strategy orders the moves)."""

from django.core.exceptions import ValidationError

from netbox_custom_objects.filtersets import get_filterset_class
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, edit
from .strategies import both_strategies


class TreeBranchingTestCase(BranchingTestCase):

    def make_type(self):
        cot = self.create_custom_object_type(name='region', slug='regions')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        self.create_custom_object_type_field(cot, name='parent', type='tree_parent',
                                             related_object_type=cot.object_type)
        return cot

    def make_tree(self, cot):
        """world > europe > france; mars. Returns {name: pk}."""
        model = current_model(cot)
        world = model.objects.create(name='world')
        europe = model.objects.create(name='europe', parent=world)
        france = model.objects.create(name='france', parent=europe)
        mars = model.objects.create(name='mars')
        return {obj.name: obj.pk for obj in (world, europe, france, mars)}

    def parents(self, cot):
        """{name: parent name or None}, as stored in the active context."""
        return {obj.name: obj.parent.name if obj.parent else None
                for obj in current_model(cot).objects.select_related('parent')}

    def below(self, cot, pk):
        """Names of the objects below `pk`, through the REST/UI filter (`ancestor_id`)."""
        model = current_model(cot)
        filterset = get_filterset_class(model)({'ancestor_id': [pk]}, model.objects.all())
        return sorted(filterset.qs.values_list('name', flat=True))


class MovedSubtreeTest(TreeBranchingTestCase):
    """A branch moves europe (with france) under mars and adds spain under europe: merged, main's tree is the
    branch's; reverted, it is main's again."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.make_type()
        pks = self.make_tree(cot)
        before = self.parents(cot)
        branch = self.provision(strategy)
        with self.tracked(branch):
            model = current_model(cot)
            edit(model, pks['europe'], parent=model.objects.get(pk=pks['mars']))
            model.objects.create(name='spain', parent=model.objects.get(pk=pks['europe']))
            self.assertEqual(self.below(cot, pks['mars']), ['europe', 'france', 'spain'])
            self.assertEqual(self.below(cot, pks['world']), [])
            self.assertEqual(model.objects.get(name='spain')._tree_depth, 2)
        self.assertEqual(self.parents(cot), before)
        self.assertEqual(self.below(cot, pks['world']), ['europe', 'france'])

        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.parents(cot), {**before, 'europe': 'mars', 'spain': 'europe'})
        self.assertEqual(self.below(cot, pks['mars']), ['europe', 'france', 'spain'])
        self.assertEqual(current_model(cot).objects.get(name='france')._tree_depth, 2)

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(self.parents(cot), before)
        self.assertEqual(self.below(cot, pks['world']), ['europe', 'france'])


class CycleAcrossMergeTest(TreeBranchingTestCase):
    """The branch moves world under mars while main moves mars under france (below world): each move is valid where
    it was made, together they would loop world → europe → france → mars → world."""

    @both_strategies
    def test_merge_refused_then_merged(self, strategy):
        cot = self.make_type()
        pks = self.make_tree(cot)
        branch = self.provision(strategy)
        with self.tracked(branch):
            model = current_model(cot)
            edit(model, pks['world'], parent=model.objects.get(pk=pks['mars']))
        with self.tracked():
            model = current_model(cot)
            edit(model, pks['mars'], parent=model.objects.get(pk=pks['france']))
        main_tree = self.parents(cot)

        with self.assertRaises(ValidationError) as refused:
            branch.merge(user=self.user, commit=True)
        message = ' '.join(refused.exception.messages)
        self.assertIn('mars is below world (world → europe → france → mars)', message)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertEqual(self.parents(cot), main_tree)
        with self.tracked(branch):
            self.assertEqual(self.parents(cot)['world'], 'mars')

        # Main takes its move back: the branch's merges
        with self.tracked():
            model = current_model(cot)
            edit(model, pks['mars'], parent=None)
        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.parents(cot), {'world': 'mars', 'europe': 'world', 'france': 'europe', 'mars': None})
        self.assertEqual(current_model(cot).objects.get(name='france')._tree_depth, 3)


class SwapInBranchTest(TreeBranchingTestCase):
    """In the branch europe leaves world, then world goes under europe (a swap of parent and child): each step is
    valid, and so is the merge, whatever order the strategy applies the two changes in."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.make_type()
        pks = self.make_tree(cot)
        branch = self.provision(strategy)
        with self.tracked(branch):
            model = current_model(cot)
            edit(model, pks['europe'], parent=None)
            edit(model, pks['world'], parent=model.objects.get(pk=pks['europe']))
        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.parents(cot), {'world': 'europe', 'europe': None, 'france': 'europe', 'mars': None})
        self.assertEqual(CustomObjectType.objects.get(pk=cot.pk).get_model().objects.get(name='world')._tree_depth, 1)


class CycleAcrossSyncTest(TreeBranchingTestCase):
    """The same two moves, brought into the branch by a sync: refused naming the loop, the branch keeps its tree."""

    def test_sync(self):
        cot = self.make_type()
        pks = self.make_tree(cot)
        branch = self.provision('iterative')
        with self.tracked(branch):
            model = current_model(cot)
            edit(model, pks['world'], parent=model.objects.get(pk=pks['mars']))
            branch_tree = self.parents(cot)
        with self.tracked():
            model = current_model(cot)
            edit(model, pks['mars'], parent=model.objects.get(pk=pks['france']))

        with self.assertRaises(ValidationError) as refused:
            branch.sync(user=self.user, commit=True)
        self.assertIn('france is below mars (mars → world → europe → france)', ' '.join(refused.exception.messages))
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        with self.tracked(branch):
            self.assertEqual(self.parents(cot), branch_tree)
