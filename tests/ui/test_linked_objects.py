"""The "Custom Objects" tab on objects that custom objects refer to."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from dcim.models import Site
from extras.models import Tag
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
        self.client.get(self.url, {'per_page': 25, **params})  # warm-up: one-off lookups (session, content types)
        with CaptureQueriesContext(connection) as queries:
            self.assertHttpStatus(self.client.get(self.url, {'per_page': 25, **params}), 200)
        return len(queries)

    def test_no_tab_for_unreferenced_objects(self):
        content = self.client.get(reverse('dcim:site', kwargs={'pk': Site.objects.create(
            name='Unused', slug='unused').pk})).content.decode()
        self.assertNotIn('custom-objects/', content)


class LinkedObjectsTabFiltersTest(CustomObjectsTestMixin, TestCase):
    """Polymorphic references in the tab, and its quick search, type and tag filters and sorting (issue 13 item 4)."""

    @classmethod
    def setUpTestData(cls):
        site_type, vlan_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('ipam', 'vlan')
        cls.site = Site.objects.create(name='Tab Site', slug='tab-site')
        cls.notes = cls.create_custom_object_type(name='rack_note', verbose_name='Rack note')
        cls.create_custom_object_type_field(cls.notes, name='title', primary=True)
        cls.create_custom_object_type_field(cls.notes, name='site', type='object', related_object_type=site_type)
        cls.plans = cls.create_custom_object_type(name='wan_plan', verbose_name='WAN plan')
        cls.create_custom_object_type_field(cls.plans, name='title', primary=True)
        cls.create_custom_object_type_field(cls.plans, name='anchor', type='object', is_polymorphic=True,
                                            related_object_types=[site_type, vlan_type])
        cls.create_custom_object_type_field(cls.plans, name='members', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type, vlan_type])
        cls.red = Tag.objects.create(name='Red', slug='red')
        cls.blue = Tag.objects.create(name='Blue', slug='blue')

    def setUp(self):
        super().setUp()
        self.add_permissions('dcim.view_site')
        notes, plans = self.notes.get_model(), self.plans.get_model()
        for title in ('Delta', 'alpha'):
            notes.objects.create(title=title, site=self.site)
        self.anchored = plans.objects.create(title='Charlie', anchor=self.site)
        self.anchored.tags.add(self.red)
        self.member = plans.objects.create(title='Bravo', members=[self.site])
        self.member.tags.add(self.red, self.blue)
        plans.objects.create(title='Unrelated')
        self.url = reverse('dcim:site_custom_objects', kwargs={'pk': self.site.pk})

    def allow(self, *types, constraints=None):
        permission = ObjectPermission.objects.create(name='view some', actions=['view'], constraints=constraints)
        permission.users.add(self.user)
        for t in types:
            permission.object_types.add(self.object_type_of('netbox_custom_objects', f'table{t.pk}model'))

    def titles(self, **params):
        response = self.client.get(self.url, params)
        self.assertHttpStatus(response, 200)
        table = response.content.decode().split('<tbody>')[1].split('</tbody>')[0]
        return [title for title in re.findall(r'<a href="[^"]+">([^<]+)</a>', table) if title not in ('Red', 'Blue')]

    def test_polymorphic_references_are_rows(self):
        self.allow(self.notes, self.plans)
        self.assertEqual(sorted(self.titles()), ['Bravo', 'Charlie', 'Delta', 'alpha'])

    def test_the_badge_counts_polymorphic_references_the_user_may_view(self):
        self.allow(self.plans, constraints={'title': 'Bravo'})
        content = self.client.get(self.site.get_absolute_url()).content.decode()
        self.assertRegex(content, r'Custom Objects\s*<span class="badge[^"]*">1<')
        self.assertEqual(self.titles(), ['Bravo'])

    def test_quick_search(self):
        self.allow(self.notes, self.plans)
        self.assertEqual(self.titles(q='ELT'), ['Delta'])
        self.assertEqual(sorted(self.titles(q='wan pl')), ['Bravo', 'Charlie'])  # the type's name
        self.assertEqual(sorted(self.titles(q='members')), ['Bravo'])  # the field's name
        self.assertEqual(self.titles(q='nothing like it'), [])

    def test_type_and_tag_filters(self):
        self.allow(self.notes, self.plans)
        self.assertEqual(sorted(self.titles(type=self.plans.slug)), ['Bravo', 'Charlie'])
        self.assertEqual(sorted(self.titles(tag='red')), ['Bravo', 'Charlie'])
        self.assertEqual(self.titles(tag=['red', 'blue']), ['Bravo'])
        content = self.client.get(self.url).content.decode()
        self.assertIn('<option value="blue"', content)

    def test_tag_choices_are_those_of_viewable_objects(self):
        self.allow(self.notes, self.plans, constraints={'title__in': ['Charlie', 'Delta', 'alpha']})
        content = self.client.get(self.url).content.decode()
        self.assertIn('<option value="red"', content)
        self.assertNotIn('<option value="blue"', content)

    def test_sorting_by_column(self):
        self.allow(self.notes, self.plans)
        self.assertEqual(self.titles(sort='object'), ['alpha', 'Bravo', 'Charlie', 'Delta'])
        self.assertEqual(self.titles(sort='-object'), ['Delta', 'Charlie', 'Bravo', 'alpha'])
        self.assertEqual(self.titles(sort='type')[:2], ['Delta', 'alpha'])  # Rack note before WAN plan
        self.assertEqual(self.titles(sort='-type')[2:], ['Delta', 'alpha'])
        self.assertEqual(self.titles(sort='field'), ['Charlie', 'Bravo', 'Delta', 'alpha'])  # anchor, members, site
        content = self.client.get(self.url, {'sort': 'object'}).content.decode()
        self.assertIn('sort=-object', content)  # the header toggles the order

    def test_sorted_pages_cost_the_same_however_many_rows(self):
        self.allow(self.notes, self.plans)
        few = self.count_queries(sort='object', page=1)
        notes = self.notes.get_model()
        for i in range(30):
            notes.objects.create(title=f'Note {i:02}', site=self.site)
        self.assertEqual(self.count_queries(sort='object', page=1), few)
        notes.objects.create(title='Note 30', site=self.site).tags.add(self.red)
        filtered = self.count_queries(sort='-field', q='Note', tag='red')
        for i in range(31, 40):
            notes.objects.create(title=f'Note {i:02}', site=self.site).tags.add(self.red)
        self.assertEqual(self.count_queries(sort='-field', q='Note', tag='red'), filtered)
        self.assertEqual(self.titles(sort='object', per_page=25, page=2),
                         [f'Note {i:02}' for i in range(21, 40)])

    def count_queries(self, **params):
        self.client.get(self.url, {'per_page': 25, **params})  # warm-up: one-off lookups (session, content types)
        with CaptureQueriesContext(connection) as queries:
            self.assertHttpStatus(self.client.get(self.url, {'per_page': 25, **params}), 200)
        return len(queries)
