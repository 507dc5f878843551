"""In a branch: the indexed display text (`_display`) follows a rename made in the branch, in the branch's search
cache only, and a polymorphic field's reverse accessor reads the branch's objects (issue 13 items 4 and 5)."""

from unittest import mock

from dcim.models import Site
from extras.models import CachedValue

from .base import BranchingTestCase, current_model, update

NO_WORKERS = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)


class DisplaySearchInBranchTest(BranchingTestCase):
    check_pages_around_operations = False

    def setUp(self):
        super().setUp()
        site_type = self.object_type_of('dcim', 'site')
        self.cot = self.create_custom_object_type(name='uplink', display_expression='{{ name }}-{{ site }}')
        self.create_custom_object_type_field(self.cot, name='name')
        self.create_custom_object_type_field(self.cot, name='site', type='object', related_object_type=site_type)
        self.create_custom_object_type_field(
            self.cot,
            name='peer',
            type='object',
            is_polymorphic=True,
            related_name='peered_uplinks',
            related_object_types=[site_type],
        )
        with NO_WORKERS:
            self.site = Site.objects.create(name='Paris', slug='paris')
            self.obj = current_model(self.cot).objects.create(name='edge', site=self.site, peer=self.site)

    def indexed(self):
        return CachedValue.objects.filter(object_id=self.obj.pk, field='_display').values_list('value', flat=True)

    def test_a_rename_in_a_branch_refreshes_the_branch_only(self):
        self.assertEqual(list(self.indexed()), ['edge-Paris'])
        branch = self.provision()
        with NO_WORKERS, self.tracked(branch):
            update(Site.objects.get(pk=self.site.pk), name='Lyon')
        with self.tracked(branch):
            self.assertEqual(list(self.indexed()), ['edge-Lyon'])
        self.assertEqual(list(self.indexed()), ['edge-Paris'])

    def test_the_reverse_accessor_reads_the_branch(self):
        branch = self.provision()
        with NO_WORKERS, self.tracked(branch):
            other = current_model(self.cot).objects.create(name='branch only', peer=self.site)
            self.assertEqual(
                sorted(o.pk for o in Site.objects.get(pk=self.site.pk).peered_uplinks.all()),
                sorted([self.obj.pk, other.pk]),
            )
        self.assertEqual([o.pk for o in Site.objects.get(pk=self.site.pk).peered_uplinks.all()], [self.obj.pk])
