"""The custom-object endpoints in NetBox's OpenAPI description (upstream leaves them out, #702)."""

from django.core.cache import cache
from django.test import TestCase
from django.urls import resolve
from drf_spectacular.views import SpectacularAPIView
from rest_framework.test import APIRequestFactory, force_authenticate

from users.models import User

from ..base import CustomObjectsTestMixin
from .fixtures import FIELD_KEYS, create_inventory

PREFIX = '/api/plugins/custom-objects'


class OpenAPISchemaTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls)

    def _schema(self):
        # The view behind /api/schema/, called directly: NetBox caches that URL's response for a day.
        view = resolve('/api/schema/').func
        self.assertIs(view.view_class, SpectacularAPIView)
        request = APIRequestFactory().get('/api/schema/', {'format': 'json'})
        force_authenticate(request, User.objects.create_superuser(username='schema'))
        response = SpectacularAPIView.as_view()(request)
        self.assertEqual(response.status_code, 200)
        return response.data

    def test_custom_object_endpoints_are_described(self):
        schema = self._schema()
        paths, components = schema['paths'], schema['components']['schemas']
        for path in ('custom-object-types/', 'custom-object-types/{id}/', 'custom-object-type-fields/',
                     'linked-objects/'):
            self.assertIn(f'{PREFIX}/{path}', paths)

        generic = paths[f'{PREFIX}/{{custom_object_type}}/']
        self.assertEqual(set(generic) - {'parameters'}, {'get', 'post', 'put', 'patch', 'delete'})
        parameter = next(p for p in generic['get']['parameters'] if p['name'] == 'custom_object_type')
        self.assertEqual(parameter['in'], 'path')
        self.assertEqual(parameter['schema']['enum'], ['inventory-items', 'vendors'])
        self.assertIn(f'{PREFIX}/{{custom_object_type}}/{{id}}/', paths)

        typed = paths[f'{PREFIX}/inventory-items/']
        self.assertEqual(set(typed) - {'parameters'}, {'get', 'post', 'put', 'patch', 'delete'})
        self.assertIn(f'{PREFIX}/inventory-items/{{id}}/', paths)
        filters = {p['name'] for p in typed['get']['parameters']}
        self.assertTrue({'count__gte', 'site_id', 'status', 'q', 'tag', 'limit', 'ordering'} <= filters)

        model_name = f'Table{self.inventory.cot.pk}Model'
        self.assertTrue(set(FIELD_KEYS) <= set(components[model_name]['properties']))
        request_component = next(name for name in components if name.endswith(f'{model_name}Request'))
        self.assertIn('site', components[request_component]['properties'])
        self.assertNotIn('display', components[request_component]['properties'])

    def test_definition_changes_drop_the_cached_schema(self):
        key = 'views.decorators.cache.cache_header.api_schema_test.nco'
        cache.set(key, 'stale', 60)
        with self.captureOnCommitCallbacks(execute=True):
            self.create_custom_object_type_field(self.inventory.cot, name='serial')
        self.assertIsNone(cache.get(key))
