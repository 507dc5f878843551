"""Shared pieces of the UI tests: URL hooks for generated models and a list query-count check."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import ObjectType
from users.models import ObjectPermission

__all__ = (
    'CustomObjectURLMixin',
    'ListQueryCountMixin',
)


class CustomObjectURLMixin:
    """NetBox's view test cases for the objects of one type: every URL takes the type's slug."""
    custom_object_type = None

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobject_{}'

    def _get_url(self, action, instance=None):
        kwargs = {'custom_object_type': self.custom_object_type.slug}
        if instance is not None:
            kwargs['pk'] = instance.pk
        return reverse(self._get_base_url().format(action), kwargs=kwargs)


class ListQueryCountMixin:
    """Replaces NetBox's baseline-file query count of the list view by a stronger check: the count does not grow
    with the number of objects listed (no query per row)."""
    query_count_sizes = (10, 500)

    def make_list_objects(self, count):
        """Create objects until there are `count` of them."""
        raise NotImplementedError

    def count_list_queries(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(self._get_url('list'), {'per_page': 1000})
        self.assertHttpStatus(response, 200)
        return len(queries)

    def test_list_objects_with_permission(self):
        permission = ObjectPermission.objects.create(name='Test permission', actions=['view'])
        permission.users.add(self.user)
        permission.object_types.add(ObjectType.objects.get_for_model(self.model))
        counts = []
        for size in self.query_count_sizes:
            self.make_list_objects(size)
            counts.append(self.count_list_queries())
        self.assertEqual(counts[0], counts[-1], f'list queries for {self.query_count_sizes}: {counts}')
