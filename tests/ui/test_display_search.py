"""Search on the rendered display expression (issue 13 item 5): global search and quick search find an object by the
name it shows, and the indexed text follows renames of the objects it reads and changes of the expression."""

from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import Job
from dcim.models import Site
from extras.models import CachedValue
from ipam.models import VLAN
from users.models import ObjectPermission
from utilities.testing import TestCase

from netbox_custom_objects import display_search
from netbox_custom_objects.jobs import ReindexCustomObjectTypeJob

from ..base import CustomObjectsTestMixin

# Index inline (a worker of another environment must not pick up the test's indexing jobs).
NO_WORKERS = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)


class DisplayExpressionSearchTest(CustomObjectsTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        site_type, vlan_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('ipam', 'vlan')
        cls.cot = cls.create_custom_object_type(name='uplink', display_expression='{{ name }}-{{ site }}')
        cls.create_custom_object_type_field(cls.cot, name='name', search_weight=0)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object', related_object_type=site_type)
        cls.create_custom_object_type_field(
            cls.cot, name='peer', type='object', is_polymorphic=True, related_object_types=[site_type, vlan_type]
        )
        cls.paris = Site.objects.create(name='Paris', slug='paris')
        cls.vlan = VLAN.objects.create(name='Blue', vid=10)

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()

    def saved(self, obj):
        # Callbacks run by an earlier capture stay registered, and NetBox's search indexing would add this save to
        # their (already run) batch: as after a real commit, start with none.
        connection.run_on_commit.clear()
        with NO_WORKERS, self.captureOnCommitCallbacks(execute=True):
            obj.save()
        return obj

    def create(self, **values):
        return self.saved(self.model(**values))

    def indexed(self, obj):
        return (
            CachedValue.objects.filter(object_type=self.cot.object_type, object_id=obj.pk, field='_display')
            .values_list('value', flat=True)
            .first()
        )

    def allow(self, constraints=None):
        permission = ObjectPermission.objects.create(name='uplinks', actions=['view'], constraints=constraints)
        permission.users.add(self.user)
        permission.object_types.add(self.cot.object_type)

    def global_search(self, text):
        response = self.client.get(reverse('search'), {'q': text})
        self.assertHttpStatus(response, 200)
        return response.content.decode()

    def test_global_search_finds_the_rendered_display_text(self):
        obj = self.create(name='edge', site=self.paris)
        self.create(name='core', site=self.paris)
        self.assertEqual(self.indexed(obj), 'edge-Paris')
        self.allow()
        self.assertIn(obj.get_absolute_url(), self.global_search('edge-paris'))

    def test_global_search_shows_only_what_the_user_may_view(self):
        obj = self.create(name='edge', site=self.paris)
        self.allow(constraints={'name': 'other'})
        self.assertNotIn(obj.get_absolute_url(), self.global_search('edge-paris'))

    def test_quick_search_matches_the_display_text(self):
        obj = self.create(name='edge', site=self.paris)
        other = self.create(name='core', site=self.paris)
        self.allow()
        url = reverse('plugins:netbox_custom_objects:customobject_list', kwargs={'custom_object_type': self.cot.slug})
        response = self.client.get(url, {'q': 'edge-par'})
        self.assertContains(response, obj.get_absolute_url())
        self.assertNotContains(response, other.get_absolute_url())

    def test_renaming_a_referenced_site_refreshes_the_display_text(self):
        obj = self.create(name='edge', site=self.paris)
        lyon = self.saved(Site(name='Lyon', slug='lyon'))
        other = self.create(name='other', site=lyon)
        self.paris.name = 'Paris-Nord'
        self.saved(self.paris)
        self.assertEqual(self.indexed(obj), 'edge-Paris-Nord')
        self.assertEqual(self.indexed(other), 'other-Lyon')
        self.allow()
        self.assertIn(obj.get_absolute_url(), self.global_search('edge-paris-nord'))

    def test_polymorphic_references_are_followed(self):
        self.cot.display_expression = '{{ name }} on {{ peer }}'
        self.cot.save()
        self.model = self.cot.get_model()
        obj = self.create(name='edge', peer=self.vlan)
        self.assertEqual(self.indexed(obj), 'edge on Blue (10)')
        self.vlan.name = 'Green'
        self.saved(self.vlan)
        self.assertEqual(self.indexed(obj), 'edge on Green (10)')

    def test_a_changed_expression_reindexes_the_type(self):
        obj = self.create(name='edge', site=self.paris)
        with mock.patch('django_rq.get_queue'), self.captureOnCommitCallbacks(execute=True):
            self.cot.display_expression = '{{ site }}/{{ name }}'
            self.cot.save()
        self.assertTrue(Job.objects.filter(name=f'Reindex Custom Object Type: {self.cot.name}').exists())
        ReindexCustomObjectTypeJob.enqueue(immediate=True, cot_id=self.cot.pk)
        self.assertEqual(self.indexed(obj), 'Paris/edge')

    def test_many_referrers_go_to_a_background_job(self):
        objects = [self.create(name=f'edge{i}', site=self.paris) for i in range(4)]
        self.paris.name = 'Paris-Sud'
        with (
            mock.patch.object(display_search, 'INLINE_LIMIT', 3),
            mock.patch('django_rq.get_queue'),
            CaptureQueriesContext(connection) as queries,
        ):
            self.saved(self.paris)
        self.assertEqual(self.indexed(objects[0]), 'edge0-Paris')  # not rendered in the request
        self.assertFalse(
            [q for q in queries.captured_queries if 'custom_objects_' in q['sql'] and 'COUNT' not in q['sql'].upper()]
        )
        self.assertTrue(Job.objects.filter(name__startswith='Refresh custom object display names').exists())
        display_search.RefreshDisplaySearchJob.enqueue(
            immediate=True,
            cot_id=self.cot.pk,
            field_name='site',
            app_label='dcim',
            model_name='site',
            object_id=self.paris.pk,
        )
        self.assertEqual([self.indexed(obj) for obj in objects], [f'edge{i}-Paris-Sud' for i in range(4)])
