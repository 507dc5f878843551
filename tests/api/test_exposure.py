"""What the REST API shows about the custom object types to clients who may not view them (security review
findings 14 and 22): the OpenAPI description, through NetBox's day-long cache of it."""

from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from rest_framework import status

from users.constants import TOKEN_PREFIX
from users.models import Token, User
from utilities.testing import APITestCase

from netbox_custom_objects.api.schema import SCHEMA_CACHE_KEYS

from . import base
from .fixtures import create_inventory

PREFIX = '/api/plugins/custom-objects'
SCHEMA_URL = '/api/schema/?format=json'


class SchemaExposureTest(base.PluginAPITestMixin, APITestCase):
    """/api/schema/ through the test client, so through NetBox's `cache_page` and the real (Redis) cache."""

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls)

    def setUp(self):
        super().setUp()
        cache.delete_pattern(SCHEMA_CACHE_KEYS)
        self.addCleanup(cache.delete_pattern, SCHEMA_CACHE_KEYS)
        # the limited user (self.user, with self.header) may view the items, not the vendors
        base.grant(self.user, self.inventory.cot.get_model(), ['view'], {'name': 'x'})

    def _token_header(self, user):
        token = Token.objects.create(user=user)
        return {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}

    def _described(self, **headers):
        """(slugs with paths of their own, the slug parameter's values, the types' own components, the response) of
        the description the client gets."""
        response = self.client.get(SCHEMA_URL, **headers)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        schema = response.json()
        types = (self.inventory.cot, self.inventory.vendor_type)
        typed = {cot.slug for cot in types for path in schema['paths'] if path.startswith(f'{PREFIX}/{cot.slug}/')}
        generic = schema['paths'][f'{PREFIX}/{{custom_object_type}}/']
        parameter = next(p for p in generic['get']['parameters'] if p['name'] == 'custom_object_type')
        components = {cot.slug for cot in types if f'Table{cot.pk}Model' in schema['components']['schemas']}
        return typed, parameter['schema'].get('enum'), components, response

    def _cached_keys(self):
        return cache.keys(SCHEMA_CACHE_KEYS)

    def test_anonymous_first_then_users(self):
        items, vendors = self.inventory.cot, self.inventory.vendor_type
        typed, enum, components, _response = self._described()
        self.assertEqual((typed, enum, components), (set(), None, set()))
        self.assertTrue(self._cached_keys(), 'the anonymous description is cached for everyone')

        with self.assertNumQueries(0):  # served from the cache
            self.assertEqual(self._described()[:3], (set(), None, set()))

        typed, enum, components, response = self._described(**self.header)
        self.assertEqual((typed, enum, components), ({items.slug}, [items.slug], {items.slug}))
        self.assertIn('private', response['Cache-Control'])

        admin = User.objects.create_superuser(username='schema-admin')
        self.client.force_login(admin)  # a session cookie
        typed, enum, _components, response = self._described()
        self.assertEqual((typed, enum), ({items.slug, vendors.slug}, sorted([items.slug, vendors.slug])))
        self.assertIn('private', response['Cache-Control'])

    def test_user_first_then_anonymous(self):
        items, vendors = self.inventory.cot, self.inventory.vendor_type
        typed, enum, _components, response = self._described(**self.header)
        self.assertEqual((typed, enum), ({items.slug}, [items.slug]))
        self.assertIn('private', response['Cache-Control'])
        self.assertTrue(self._cached_keys(), 'stored for the clients who are shown the same types')

        self.assertEqual(self._described()[:3], (set(), None, set()))
        header = self._token_header(User.objects.create_user(username='no-permissions'))
        # the cached description: only the token is read (its user, its last use), then the types and permissions
        with self.assertNumQueries(5):
            self.assertEqual(self._described(**header)[:3], (set(), None, set()))

        # a user's new permission takes effect at their next request, whatever is cached
        base.grant(self.user, vendors.get_model(), ['view'])
        typed, enum, _components, _response = self._described(**self.header)
        self.assertEqual((typed, enum), ({items.slug, vendors.slug}, sorted([items.slug, vendors.slug])))
        # a revoked token gets NetBox's refusal, not the description cached for it
        self.token.delete()
        self.assertHttpStatus(self.client.get(SCHEMA_URL, **self.header), status.HTTP_403_FORBIDDEN)


class SlugProbingTest(base.PluginAPITestMixin, APITestCase):
    """A slug that names no type is answered as a type the client may not use, in the REST API and the pages: 404
    only to whom every type is open."""

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls, sites=0)

    def setUp(self):
        super().setUp()
        # the limited user may view the vendors, not the items
        base.grant(self.user, self.inventory.vendor_type.get_model(), ['view'])
        self.known, self.unknown = self.inventory.cot.slug, 'no-such-type'

    def _api(self, slug, pk=None):
        if pk is None:
            return reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': slug})
        return reverse(f'{base.API_NAMESPACE}:customobject-detail', kwargs={'custom_object_type': slug, 'pk': pk})

    def _page(self, slug):
        return reverse('plugins:netbox_custom_objects:customobject_list', kwargs={'custom_object_type': slug})

    def _assert_same_answer(self, request, *urls):
        answers = [request(url) for url in urls]
        statuses = {response.status_code for response in answers}
        self.assertEqual(len(statuses), 1, [(url, r.status_code) for url, r in zip(urls, answers, strict=True)])
        if statuses != {302}:
            bodies = {getattr(response, 'data', None) and str(response.data) for response in answers}
            self.assertEqual(len(bodies), 1, bodies)
        return answers[0]

    def test_rest_user_without_permission(self):
        lists, details = (
            (self._api(self.known), self._api(self.unknown)),
            (self._api(self.known, 1), self._api(self.unknown, 1)),
        )
        for method, urls in (('get', lists), ('options', lists), ('post', lists), ('delete', details)):
            with self.subTest(method=method):
                send = getattr(self.client, method)
                response = self._assert_same_answer(
                    lambda url, send=send: send(url, format='json', **self.header), *urls
                )
                self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        # a type the user may view still answers as before
        self.assertHttpStatus(self.client.get(self._api(self.inventory.vendor_type.slug), **self.header), 200)
        self.assertHttpStatus(self.client.options(self._api(self.inventory.vendor_type.slug), **self.header), 200)

    def test_rest_anonymous(self):
        for login_required in (True, False):
            with self.subTest(login_required=login_required), override_settings(LOGIN_REQUIRED=login_required):
                response = self._assert_same_answer(self.client.get, self._api(self.known), self._api(self.unknown))
                self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)

    def test_rest_superuser_gets_404(self):
        self.user.is_superuser = True
        self.user.save()
        self.assertHttpStatus(self.client.get(self._api(self.unknown), **self.header), status.HTTP_404_NOT_FOUND)
        with override_settings(EXEMPT_VIEW_PERMISSIONS=['*']):
            self.user.is_superuser = False
            self.user.save()
            self.assertHttpStatus(self.client.get(self._api(self.unknown), **self.header), status.HTTP_404_NOT_FOUND)

    def test_pages(self):
        for login_required in (True, False):
            with self.subTest(login_required=login_required), override_settings(LOGIN_REQUIRED=login_required):
                response = self._assert_same_answer(self.client.get, self._page(self.known), self._page(self.unknown))
                self.assertHttpStatus(response, 302)
                self.assertIn('/login/', response['Location'])
        self.client.force_login(self.user)
        response = self._assert_same_answer(self.client.get, self._page(self.known), self._page(self.unknown))
        self.assertHttpStatus(response, 403)
        admin = User.objects.create_superuser(username='pages-admin')
        self.client.force_login(admin)
        self.assertHttpStatus(self.client.get(self._page(self.unknown)), 404)
