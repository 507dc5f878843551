"""A type's features changed in a branch (issue 19 item 5): the branch's objects follow its settings at once, main's
and NetBox's object type registry keep theirs until the merge; merged, main's class and ObjectType.features follow,
and a revert takes them back. Each under the iterative and the squash strategy."""

from core.models import ObjectType
from extras.models import ImageAttachment

from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, update
from .strategies import both_strategies


class FeaturesChangedInBranchTest(BranchingTestCase):

    def features(self, cot):
        return set(ObjectType.objects.get(pk=CustomObjectType.objects.get(pk=cot.pk).object_type_id).features)

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.create_custom_object_type(name='enclosure')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        cot.refresh_from_db()
        obj = cot.get_model().objects.create(name='E1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            update(CustomObjectType.objects.get(pk=cot.pk), journal_enabled=False, image_attachments_enabled=True,
                   menu_weight=3)
            model = current_model(cot)
            self.assertTrue(hasattr(model, 'images'))
            self.assertFalse(hasattr(model, 'journal_entries'))
        # main is untouched: its class and the shared object type registry
        model = current_model(cot)
        self.assertFalse(hasattr(model, 'images'))
        self.assertTrue(hasattr(model, 'journal_entries'))
        self.assertEqual({'journaling', 'image_attachments'} & self.features(cot), {'journaling'})
        self.assert_branch_pages(branch, 'Enclosure')

        branch.merge(user=self.user, commit=True)
        row = CustomObjectType.objects.get(pk=cot.pk)
        self.assertEqual((row.journal_enabled, row.image_attachments_enabled, row.menu_weight), (False, True, 3))
        model = current_model(cot)
        self.assertTrue(hasattr(model, 'images'))
        self.assertFalse(hasattr(model, 'journal_entries'))
        self.assertEqual({'journaling', 'image_attachments'} & self.features(cot), {'image_attachments'})
        attachment = ImageAttachment(parent=model.objects.get(pk=obj.pk), name='Front', image='x.png',
                                     image_height=1, image_width=1)
        attachment.full_clean(exclude=['image'])  # NetBox's check of the feature passes now

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        row = CustomObjectType.objects.get(pk=cot.pk)
        self.assertEqual((row.journal_enabled, row.image_attachments_enabled, row.menu_weight), (True, False, 100))
        model = current_model(cot)
        self.assertFalse(hasattr(model, 'images'))
        self.assertTrue(hasattr(model, 'journal_entries'))
        self.assertEqual({'journaling', 'image_attachments'} & self.features(cot), {'journaling'})


