"""What the REST API and the pages show about types and objects to clients who may not view them (security review
findings 14 and 22): the OpenAPI description (through NetBox's day-long cache of it), answers for slugs that name no
type, and error messages."""

from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from rest_framework import status

from users.constants import TOKEN_PREFIX
from users.models import Token, User
from utilities.testing import APITestCase

from netbox_custom_objects import startup
from netbox_custom_objects.api.openapi import SCHEMA_CACHE_KEYS

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

    def test_migrate_drops_a_description_cached_by_an_earlier_release(self):
        # (NetBox's key names the NetBox version only: after an upgrade of the plugin, a description cached by the
        # earlier release would be served for up to a day; the upgrade's migrate drops it)
        key = 'views.decorators.cache.cache_page.api_schema_4.7.3.GET.a.b.en-us.UTC'
        cache.set(key, 'every type, to everyone', 60)
        startup._after_migrate(sender=apps.get_app_config('netbox_custom_objects'))
        self.assertIsNone(cache.get(key))


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


class ErrorMessageTest(base.PluginAPITestMixin, APITestCase):
    """Errors show stored values only to users who may view the objects holding them (ids to the others), and never
    the database's own text (table and constraint names, the refused row), which is logged instead."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.code = cls.create_custom_object_type_field(cls.cot, name='code')
        cls.size = cls.create_custom_object_type_field(cls.cot, name='size', type='integer')

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        make = self.model.objects.create
        self.shown = [make(name='open 1', code='x1'), make(name='open 2', code='x1')]
        self.hidden = [
            make(name='secret 1', code='SECRET-A'),
            make(name='secret 2', code='SECRET-A'),
            make(name='secret 3', code='2024-02-30'),
        ]
        # a designer, who may view the open widgets only
        self.add_permissions(
            'netbox_custom_objects.change_customobjecttypefield', 'netbox_custom_objects.view_customobjecttypefield'
        )
        base.grant(self.user, self.model, ['view', 'add'], {'name__startswith': 'open'})

    def _patch_code(self, data):
        url = reverse(f'{base.API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': self.code.pk})
        response = self.client.patch(url, data, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        return str(response.data)

    def test_shared_values_of_hidden_objects_are_not_shown(self):
        message = self._patch_code({'unique': True})
        self.assertIn('x1', message)
        self.assertNotIn('SECRET', message)
        self.assertIn(f'#{self.hidden[0].pk}, #{self.hidden[1].pk}', message)

    def test_unconvertible_values_of_hidden_objects_are_not_shown(self):
        message = self._patch_code({'type': 'integer'})
        self.assertIn(f"#{self.shown[0].pk} ('x1')", message)
        self.assertIn(f'#{self.hidden[0].pk}', message)
        self.assertNotIn('SECRET', message)

    def test_a_conversion_the_database_refuses(self):
        # `2024-02-30` looks like a date; PostgreSQL refuses it while converting the column
        self.model.objects.exclude(pk=self.hidden[2].pk).update(code=None)
        with self.assertLogs('netbox_custom_objects', 'WARNING') as logs:
            message = self._patch_code({'type': 'date'})
        self.assertIn('cannot be converted', message)
        self.assertNotIn('2024-02-30', message)
        self.assertIn('2024-02-30', '\n'.join(logs.output))

    def test_object_writes_the_database_refuses(self):
        table = self.model._meta.db_table
        self.model.objects.update(code=None)
        with connection.cursor() as cursor:  # what a database administrator may add
            cursor.execute('SET CONSTRAINTS ALL IMMEDIATE')  # (the test's rows are not committed)
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT small_widgets CHECK (size < 100)')
            cursor.execute(f'ALTER TABLE {table} ALTER COLUMN code TYPE varchar(3)')
        url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})
        for data, expected in (
            ({'name': 'open 3', 'size': 500}, 'conflicts with stored data'),
            ({'name': 'open 4', 'code': 'LONGER'}, 'cannot store a value'),
        ):
            with self.subTest(data=data), self.assertLogs('netbox_custom_objects.api', 'WARNING') as logs:
                response = self.client.post(url, data, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(expected, str(response.data))
                for raw in (table, 'small_widgets', 'varchar', 'DETAIL'):
                    self.assertNotIn(raw, str(response.data))
                self.assertIn(table if 'size' in data else 'character varying(3)', '\n'.join(logs.output))
        self.assertFalse(self.model.objects.filter(name__in=['open 3', 'open 4']).exists())
