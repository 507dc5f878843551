"""The "Custom Objects" tab on objects that custom objects refer to."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dcim.models import Site
from users.models import ObjectPermission
from utilities.testing import TestCase

from ..base import CustomObjectsTestMixin


class LinkedObjectsTabTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        site_type = cls.object_type_of('dcim', 'site')
        cls.site = Site.objects.create(name='Linked Site', slug='linked-site')
        cls.other_site = Site.objects.create(name='Lonely Site', slug='lonely-site')
        cls.rack_note = cls.create_custom_object_type(name='rack_note')
        cls.create_custom_object_type_field(cls.rack_note, name='title', primary=True)
        cls.create_custom_object_type_field(cls.rack_note, name='site', type='object', related_object_type=site_type)
        cls.circuit_plan = cls.create_custom_object_type(name='circuit_plan')
        cls.create_custom_object_type_field(cls.circuit_plan, name='title', primary=True)
        cls.create_custom_object_type_field(
            cls.circuit_plan, name='sites', type='multiobject', related_object_type=site_type,
        )

    def setUp(self):
        super().setUp()
        self.add_permissions('dcim.view_site')
        notes = self.rack_note.get_model()
        for i in range(3):
            notes.objects.create(title=f'Note {i}', site=self.site)
        plan = self.circuit_plan.get_model().objects.create(title='Plan A')
        plan.sites.set([self.site, self.other_site])
        self.url = reverse('dcim:site_custom_objects', kwargs={'pk': self.site.pk})

    def allow(self, *types):
        self.add_permissions(*(f'netbox_custom_objects.view_table{t.pk}model' for t in types))

    def test_tab_lists_referring_objects_of_every_type(self):
        self.allow(self.rack_note, self.circuit_plan)
        response = self.client.get(self.url)
        self.assertHttpStatus(response, 200)
        for title in ('Note 0', 'Note 2', 'Plan A'):
            self.assertContains(response, title)

    def test_tab_shows_on_the_site_page_with_its_count(self):
        self.allow(self.rack_note, self.circuit_plan)
        content = self.client.get(self.site.get_absolute_url()).content.decode()
        self.assertIn(self.url, content)
        self.assertRegex(content, r'Custom Objects\s*<span class="badge[^"]*">4<')

    def test_the_badge_counts_only_what_the_user_may_view(self):
        self.allow(self.circuit_plan)
        content = self.client.get(self.site.get_absolute_url()).content.decode()
        self.assertRegex(content, r'Custom Objects\s*<span class="badge[^"]*">1<')
        notes = ObjectPermission.objects.create(name='some notes', actions=['view'], constraints={'title': 'Note 1'})
        notes.users.add(self.user)
        notes.object_types.add(self.object_type_of('netbox_custom_objects', f'table{self.rack_note.pk}model'))
        content = self.client.get(self.site.get_absolute_url()).content.decode()
        self.assertRegex(content, r'Custom Objects\s*<span class="badge[^"]*">2<')

    def test_no_tab_when_the_user_may_view_none_of_them(self):
        content = self.client.get(self.site.get_absolute_url()).content.decode()
        self.assertNotIn(self.url, content)

    def test_rows_follow_view_permissions(self):
        self.allow(self.circuit_plan)
        response = self.client.get(self.url)
        self.assertContains(response, 'Plan A')
        self.assertNotContains(response, 'Note 0')

    def test_filter_by_type(self):
        self.allow(self.rack_note, self.circuit_plan)
        response = self.client.get(self.url, {'type': self.circuit_plan.get_model()._meta.model_name})
        self.assertContains(response, 'Plan A')
        self.assertNotContains(response, 'Note 0')

    def test_pagination_fetches_across_types(self):
        self.allow(self.rack_note, self.circuit_plan)
        few = self.count_queries(page=1)
        notes = self.rack_note.get_model()
        for i in range(3, 30):
            notes.objects.create(title=f'Note {i}', site=self.site)
        self.assertEqual(self.count_queries(page=1), few)
        response = self.client.get(self.url, {'per_page': 25, 'page': 2})
        # Types in alphabetical order: the plan, then the notes; the second page holds the last notes only.
        self.assertContains(response, 'Note 29<')
        self.assertNotContains(response, 'Plan A')
        self.assertNotContains(response, 'Note 3<')

    def count_queries(self, **params):
        with CaptureQueriesContext(connection) as queries:
            self.assertHttpStatus(self.client.get(self.url, {'per_page': 25, **params}), 200)
        return len(queries)

    def test_no_tab_for_unreferenced_objects(self):
        content = self.client.get(reverse('dcim:site', kwargs={'pk': Site.objects.create(
            name='Unused', slug='unused').pk})).content.decode()
        self.assertNotIn('custom-objects/', content)
