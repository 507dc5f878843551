"""A type deleted by another process (another web worker, or an RQ worker reverting a merged branch) while this worker
still has its class in Django's app registry: NetBox's own pages of the objects it pointed at walk the relation graph
without looking a custom model up, so no lookup syncs the cache first. The site's page and its deletion must still
work (found by tests/ui/test_branch_browser.py: the site's page answered 500 after the revert).

A TransactionTestCase: the retry of a request overtaken by a definition change (middleware.py) happens only outside
a transaction, as in a real request."""

from django.db import connection
from django.test import Client, TransactionTestCase
from django.urls import reverse

from dcim.models import Site
from users.models import User

from netbox_custom_objects.constants import APP_LABEL, table_name
from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin


class TypeDeletedElsewhereTest(CustomObjectsTestMixin, TransactionTestCase):
    """Committed data is removed by the test itself: the database is shared with the other tests, which rely on
    NetBox's migrated rows that a flush would wipe."""

    def setUp(self):
        self.user = User.objects.create_user(username='elsewhere-admin', is_superuser=True)
        self.site = Site.objects.create(name='Elsewhere Site', slug='elsewhere-site')
        self.cot = self.create_custom_object_type(name='beacon', slug='beacons')
        self.create_custom_object_type_field(self.cot, name='serial', primary=True)
        self.create_custom_object_type_field(
            self.cot, name='site', type='object', related_object_type=self.object_type_of('dcim', 'site')
        )
        self.model = self.cot.get_model()
        self.model.objects.create(serial='B-1', site=self.site)
        self.client = Client(raise_request_exception=False)
        self.client.force_login(self.user)

    def _fixture_teardown(self):
        from netbox_custom_objects.dynamic_models import model_cache

        model_cache.sync()
        for custom_object_type in CustomObjectType.objects.filter(pk=self.cot.pk):
            custom_object_type.delete()
        Site.objects.filter(pk=self.site.pk).delete()
        self.user.delete()

    def delete_type_elsewhere(self):
        """What another process's deletion leaves in the database; this process is not told."""
        with connection.cursor() as cursor:
            cursor.execute(f'DROP TABLE "{table_name(self.cot.pk)}"')
            cursor.execute(
                f'DELETE FROM "{APP_LABEL}_customobjecttypefield" WHERE custom_object_type_id = %s', [self.cot.pk]
            )
            cursor.execute(f'DELETE FROM "{APP_LABEL}_customobjecttype" WHERE id = %s', [self.cot.pk])

    def test_the_page_of_a_site_the_type_pointed_at_answers(self):
        self.assertEqual(self.client.get(self.site.get_absolute_url()).status_code, 200)
        self.delete_type_elsewhere()
        response = self.client.get(self.site.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'Beacon')

    def test_the_site_can_be_deleted(self):
        self.delete_type_elsewhere()
        url = reverse('dcim:site_delete', args=[self.site.pk])
        self.assertEqual(self.client.get(url).status_code, 200)
        # Sent as a browser sends the form (a multipart body is not answered again: middleware.py)
        response = self.client.post(url, 'confirm=true', content_type='application/x-www-form-urlencoded')
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Site.objects.filter(pk=self.site.pk).exists())
