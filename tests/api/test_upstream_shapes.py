"""REST (and so webhook) payloads in upstream 0.7's shapes: select values as {value, label}, multiselect as a list of
those (writes take the bare value or that representation), a type's nested fields with every attribute, the rendered
config context of objects of config-context types, and the link title of url fields."""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_rq import get_queue
from rest_framework import status

from core.events import OBJECT_CREATED, OBJECT_UPDATED
from dcim.models import Site
from extras.models import ConfigContext, EventRule, Webhook
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin
from . import base

A = {'value': 'a', 'label': 'Choice A'}
B = {'value': 'b', 'label': 'Choice B'}
C = {'value': 'c', 'label': 'Choice C'}

# Every attribute of a field, as a type nests its fields (upstream's field serializer has no brief form).
FIELD_ATTRIBUTES = {
    'id', 'url', 'display', 'name', 'label', 'custom_object_type', 'description', 'type', 'primary', 'context',
    'required', 'unique', 'default', 'choice_set', 'validation_regex', 'validation_minimum', 'validation_maximum',
    'is_polymorphic', 'related_object_type', 'related_object_types', 'related_object_filter', 'related_name',
    'on_delete_behavior', 'group_name', 'search_weight', 'filter_logic', 'ui_visible', 'ui_editable', 'weight',
    'is_cloneable', 'comments', 'schema_id', 'deprecated', 'deprecated_since', 'scheduled_removal', 'created',
    'last_updated',
}


class ChoiceValuesTest(base.InventoryAPITestMixin, APITestCase):
    """`status` (select) and `labels` (multiselect) of the inventory items, choices a/b/c labelled "Choice A"..."""

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view', 'add', 'change'])
        self.item = self.model.objects.order_by('pk').first()

    def patch(self, data):
        return self.client.patch(self._get_detail_url(self.item), data, format='json', **self.header)

    def test_read_in_detail_and_list(self):
        detail = self.client.get(self._get_detail_url(self.item), **self.header).data
        self.assertEqual((detail['status'], detail['labels']), (A, [A, B]))
        results = self.client.get(self._get_list_url(), **self.header).data['results']
        self.assertEqual([(o['status'], o['labels']) for o in results], [(A, [A, B])] * 3)

    def test_null_stays_null_and_empty_list_stays_empty(self):
        self.model.objects.filter(pk=self.item.pk).update(status=None, labels=[])
        data = self.client.get(self._get_detail_url(self.item), **self.header).data
        self.assertEqual((data['status'], data['labels']), (None, []))
        self.model.objects.filter(pk=self.item.pk).update(labels=None)
        self.assertIsNone(self.client.get(self._get_detail_url(self.item), **self.header).data['labels'])

    def test_a_value_no_longer_in_the_choice_set_reads_with_an_empty_label(self):
        self.model.objects.filter(pk=self.item.pk).update(status='gone', labels=['a', 'gone'])
        data = self.client.get(self._get_detail_url(self.item), **self.header).data
        self.assertEqual(data['status'], {'value': 'gone', 'label': ''})
        self.assertEqual(data['labels'], [A, {'value': 'gone', 'label': ''}])

    def test_writes_take_the_bare_value_or_the_read_representation(self):
        for status_value, labels_value in (
            ('b', ['c']),
            ({'value': 'c'}, [{'value': 'a', 'label': 'Choice A'}, 'b']),
            (B, [C]),
            (None, None),
        ):
            with self.subTest(status=status_value, labels=labels_value):
                response = self.patch({'status': status_value, 'labels': labels_value})
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.item.refresh_from_db()
                expected_status = status_value['value'] if isinstance(status_value, dict) else status_value
                expected_labels = None if labels_value is None else [
                    v['value'] if isinstance(v, dict) else v for v in labels_value]
                self.assertEqual((self.item.status, self.item.labels), (expected_status, expected_labels))

    def test_what_was_read_can_be_written_back(self):
        url = self._get_detail_url(self.item)
        data = self.client.get(url, **self.header).data
        response = self.client.put(url, {key: data[key] for key in ('name', 'status', 'labels')}, format='json',
                                   **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual((response.data['status'], response.data['labels']), (A, [A, B]))

    def test_create_takes_both_forms(self):
        response = self.client.post(self._get_list_url(), {'name': 'New', 'status': {'value': 'c', 'label': 'x'},
                                                           'labels': ['a', C]}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual((response.data['status'], response.data['labels']), (C, [A, C]))

    def test_invalid_values_are_refused(self):
        for data in (
            {'status': 'z'}, {'status': {'value': 'z'}}, {'status': {'label': 'Choice A'}}, {'status': ['a']},
            {'status': ''}, {'labels': ['z']}, {'labels': [{'value': 'z'}]}, {'labels': 'a'},
        ):
            with self.subTest(data=data):
                response = self.patch(data)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(next(iter(data)), response.data)

    def test_values_that_look_like_numbers_or_booleans_stay_strings(self):
        self.inventory.choice_set.extra_choices = [['1', 'One'], ['true', 'Yes'], ['a', 'Choice A']]
        self.inventory.choice_set.save()
        self.model = self.cot.get_model()
        response = self.patch({'status': '1', 'labels': ['true', {'value': '1'}]})
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['status'], {'value': '1', 'label': 'One'})
        self.assertEqual(response.data['labels'], [{'value': 'true', 'label': 'Yes'}, {'value': '1', 'label': 'One'}])

    def test_openapi_describes_both_shapes(self):
        self.user.is_superuser = True
        self.user.save()
        schema = self.client.get(f'{reverse("schema")}?format=json', **self.header).json()
        components = schema['components']['schemas']
        name = f'Table{self.cot.pk}Model'
        response_status = components[name]['properties']['status']
        self.assertEqual(set(response_status['properties']), {'value', 'label'})
        request_status = components[f'{name}Request']['properties']['status']
        self.assertIn('a', request_status.get('enum', []) or [
            v for option in request_status.get('oneOf', []) for v in option.get('enum', [])])


class TypeDefinitionTest(CustomObjectsTestMixin, APITestCase):
    """`GET custom-object-types/<id>/` nests every attribute of each field."""

    @classmethod
    def setUpTestData(cls):
        cls.choice_set = cls.create_choice_set()
        cls.cot = cls.create_custom_object_type(name='device_note', slug='device-notes')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True, required=True)
        cls.create_custom_object_type_field(cls.cot, name='state', type='select', choice_set=cls.choice_set,
                                            default='a', description='The state')
        cls.create_custom_object_type_field(cls.cot, name='site', type='object',
                                            related_object_type=cls.object_type_of('dcim', 'site'))

    def test_nested_fields_carry_every_attribute(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype',
                             'netbox_custom_objects.view_customobjecttypefield')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttype-detail', kwargs={'pk': self.cot.pk})
        response = self.client.get(url, **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        fields = {field['name']: field for field in response.data['fields']}
        self.assertEqual(set(fields), {'name', 'state', 'site'})
        for field in fields.values():
            self.assertEqual(set(field), FIELD_ATTRIBUTES)
        self.assertTrue(fields['name']['required'])
        self.assertTrue(fields['name']['primary'])
        self.assertEqual(fields['state']['choice_set'], self.choice_set.pk)
        self.assertEqual((fields['state']['default'], fields['state']['description']), ('a', 'The state'))
        site_type = self.object_type_of('dcim', 'site')
        self.assertEqual(fields['site']['related_object_type'],
                         {'id': site_type.pk, 'app_label': 'dcim', 'model': 'site'})
        self.assertEqual(fields['site']['on_delete_behavior'], 'set_null')
        self.assertIsNone(fields['state']['on_delete_behavior'])

    def test_list_nests_them_too_without_a_query_per_field(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype',
                             'netbox_custom_objects.view_customobjecttypefield')
        other = self.create_custom_object_type(name='other')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttype-list')
        counts = []
        for i in range(2):
            self.create_custom_object_type_field(other, name=f'f{i}', type='multiobject',
                                                 related_object_type=self.object_type_of('dcim', 'site'))
            self.client.get(url, **self.header)  # (the first request after a definition change refreshes caches)
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get(url, **self.header)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertEqual(sorted(len(t['fields']) for t in response.data['results']), [2, 3])
        self.assertEqual(set(response.data['results'][0]['fields'][0]), FIELD_ATTRIBUTES)

    def test_brief_field_form_is_the_whole_field(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttypefield')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list')
        results = self.client.get(f'{url}?brief=1', **self.header).data['results']
        self.assertEqual({frozenset(field) for field in results}, {frozenset(FIELD_ATTRIBUTES)})


class ConfigContextTest(CustomObjectsTestMixin, APITestCase):
    """Objects of a type with config context show the rendered context, as NetBox's devices do."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='rack_plan', slug='rack-plans', config_context_enabled=True)
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object',
                                            related_object_type=cls.object_type_of('dcim', 'site'))
        cls.plain = cls.create_custom_object_type(name='plain')
        cls.create_custom_object_type_field(cls.plain, name='name', primary=True)
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        context = ConfigContext.objects.create(name='ntp', weight=100, data={'ntp': ['a'], 'dns': 'x'})
        context.sites.add(cls.sites[0])
        ConfigContext.objects.create(name='everywhere', weight=50, data={'motd': 'hi'})

    def url(self, cot, obj=None):
        if obj is None:
            return reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': cot.slug})
        return reverse(f'{base.API_NAMESPACE}:customobject-detail', kwargs={'custom_object_type': cot.slug,
                                                                            'pk': obj.pk})

    def test_rendered_context(self):
        model = self.cot.get_model()
        base.grant(self.user, model, ['view', 'change'])
        scoped = model.objects.create(name='scoped', site=self.sites[0], local_context_data={'dns': 'local'})
        unscoped = model.objects.create(name='unscoped', site=self.sites[1])
        data = self.client.get(self.url(self.cot, scoped), **self.header).data
        self.assertEqual(list(data)[:9], ['id', 'url', 'display', 'owner', 'created', 'last_updated', 'tags',
                                          'local_context_data', 'config_context'])
        # the context scoped to the site, the unscoped one, then the local data on top
        self.assertEqual(data['config_context'], {'ntp': ['a'], 'dns': 'local', 'motd': 'hi'})
        results = {o['display']: o for o in self.client.get(self.url(self.cot), **self.header).data['results']}
        self.assertEqual(results['unscoped']['config_context'], {'motd': 'hi'})
        self.assertEqual(results['scoped']['config_context'], {'ntp': ['a'], 'dns': 'local', 'motd': 'hi'})
        # read-only: what a client read may be sent back
        response = self.client.patch(self.url(self.cot, unscoped), {'site': self.sites[0].pk,
                                                                    'config_context': {'ignored': True}},
                                     format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['config_context'], {'ntp': ['a'], 'dns': 'x', 'motd': 'hi'})

    def test_a_list_looks_the_contexts_up_once_per_scope(self):
        model = self.cot.get_model()
        base.grant(self.user, model, ['view'])
        counts = []
        for total in (2, 8):
            while model.objects.count() < total:
                n = model.objects.count()
                model.objects.create(name=f'o{n}', site=self.sites[n % 2], local_context_data={'n': n})
            self.client.get(self.url(self.cot), **self.header)
            with CaptureQueriesContext(connection) as queries:
                results = self.client.get(self.url(self.cot), **self.header).data['results']
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
        self.assertEqual([o['config_context'] for o in results[:2]], [
            {'ntp': ['a'], 'dns': 'x', 'motd': 'hi', 'n': 0}, {'motd': 'hi', 'n': 1}])

    def test_types_without_config_context_have_neither_key(self):
        model = self.plain.get_model()
        base.grant(self.user, model, ['view'])
        obj = model.objects.create(name='x')
        data = self.client.get(self.url(self.plain, obj), **self.header).data
        self.assertNotIn('config_context', data)
        self.assertNotIn('local_context_data', data)

    def test_a_field_named_config_context_wins(self):
        self.create_custom_object_type_field(self.cot, name='config_context')
        model = self.cot.get_model()
        base.grant(self.user, model, ['view'])
        obj = model.objects.create(name='x', config_context='mine')
        self.assertEqual(self.client.get(self.url(self.cot, obj), **self.header).data['config_context'], 'mine')


class LinkTitleTest(base.InventoryAPITestMixin, APITestCase):
    """`homepage_title` beside the url field `homepage`."""

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view', 'add', 'change'])

    def test_read_and_write(self):
        response = self.client.post(self._get_list_url(), {
            'name': 'Linked', 'homepage': 'https://example.com/x', 'homepage_title': 'Example',
        }, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual((response.data['homepage'], response.data['homepage_title']),
                         ('https://example.com/x', 'Example'))
        obj = self.model.objects.get(pk=response.data['id'])
        self.assertEqual(obj.homepage_title, 'Example')
        url = self._get_detail_url(obj)
        for value in (None, ''):
            response = self.client.patch(url, {'homepage_title': value}, format='json', **self.header)
            self.assertHttpStatus(response, status.HTTP_200_OK)
            self.assertEqual(response.data['homepage_title'], '')
            obj.refresh_from_db()
            self.assertIsNone(obj.homepage_title)
        response = self.client.patch(url, {'homepage_title': 'x' * 201}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_quick_search_finds_the_title(self):
        self.model.objects.create(name='Titled', homepage='https://example.com/t', homepage_title='Vendor portal')
        results = self.client.get(f'{self._get_list_url()}?q=portal', **self.header).data['results']
        self.assertEqual([o['name'] for o in results], ['Titled'])

    def test_objects_without_a_title_read_an_empty_string(self):
        data = self.client.get(self._get_list_url(), **self.header).data['results']
        self.assertEqual({o['homepage_title'] for o in data}, {''})


def webhook_payloads(rule):
    """The payloads of the webhooks queued for `rule` (taken off the queue: no worker runs them in tests)."""
    found = []
    for job in get_queue('default').get_jobs():
        if job.func_name == 'extras.webhooks.send_webhook' and job.kwargs['event_rule'].pk == rule.pk \
                and job.kwargs['event_rule'].name == rule.name:
            found.append((job.kwargs['event_type'], job.kwargs['data']))
            job.delete()
    return found


class WebhookPayloadTest(base.InventoryAPITestMixin, APITestCase):
    """An event rule's webhook carries the REST representation: the same select, multiselect and title shapes."""

    def test_webhook_payload(self):
        base.grant(self.user, self.model, ['add', 'change'])
        webhook = Webhook.objects.create(name=f'hook-{uuid.uuid4()}', payload_url='http://localhost/hook')
        rule = EventRule.objects.create(name=f'rule-{uuid.uuid4()}', event_types=[OBJECT_CREATED, OBJECT_UPDATED],
                                        action_type='webhook', action_object=webhook)
        rule.object_types.set([self.cot.object_type])
        # (django-rq enqueues once the transaction commits; the test's never does)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self._get_list_url(), {
                'name': 'Hooked', 'status': 'b', 'labels': ['a', 'c'], 'homepage': 'https://example.com/h',
                'homepage_title': 'Home',
            }, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.patch(self._get_detail_url(self.model.objects.get(pk=response.data['id'])),
                                         {'status': {'value': 'c'}}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        payloads = webhook_payloads(rule)
        self.assertEqual([event for event, data in payloads], [OBJECT_CREATED, OBJECT_UPDATED])
        created, updated = (data for event, data in payloads)
        self.assertEqual((created['status'], created['labels']), (B, [A, C]))
        self.assertEqual((created['homepage'], created['homepage_title']), ('https://example.com/h', 'Home'))
        self.assertEqual((updated['status'], updated['labels']), (C, [A, C]))


class DefaultDisplayTest(CustomObjectsTestMixin, APITestCase):
    """A type without a verbose name, and its objects without a primary field, are displayed as upstream displays
    them: NetBox's title() of the type's name ("Dhcp_scope"), then the object's id."""

    def test_display_of_type_and_object(self):
        cot = self.create_custom_object_type(name='dhcp_scope', slug='dhcp-scopes')
        self.create_custom_object_type_field(cot, name='notes')
        model = cot.get_model()
        obj = model.objects.create(notes='first')
        base.grant(self.user, model, ['view'], {'notes': 'first'})
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        url = reverse(f'{base.API_NAMESPACE}:customobject-detail', kwargs={'custom_object_type': cot.slug,
                                                                           'pk': obj.pk})
        self.assertEqual(self.client.get(url, **self.header).data['display'], f'Dhcp_scope {obj.pk}')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttype-detail', kwargs={'pk': cot.pk})
        self.assertEqual(self.client.get(url, **self.header).data['display'], 'Dhcp_scope')


class SchemaDocumentTest(CustomObjectsTestMixin, APITestCase):
    """`schema_document` of a type is stored and returned in upstream's shape, a one-type document, with the
    tombstones of every document applied so far."""

    def apply(self, fields, removed_fields):
        document = {'schema_version': '1', 'types': [
            {'name': 'widget', 'slug': 'widgets', 'fields': fields, 'removed_fields': removed_fields}]}
        response = self.client.post(reverse(f'{base.API_NAMESPACE}:schema-apply'),
                                    {'schema': document, 'allow_destructive': True}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)

    def test_stored_and_returned_as_a_one_type_document(self):
        self.add_permissions(*(f'netbox_custom_objects.{action}_{model}'
                               for model in ('customobjecttype', 'customobjecttypefield')
                               for action in ('view', 'add', 'change', 'delete')))
        serial, notes = {'id': 1, 'name': 'serial', 'type': 'text'}, {'id': 2, 'name': 'notes', 'type': 'text'}
        self.apply([serial, notes], [{'id': 3, 'name': 'count', 'type': 'integer'}])
        self.apply([serial], [{'id': 2, 'name': 'notes', 'type': 'text'}])
        cot = CustomObjectType.objects.get(slug='widgets')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttype-detail', kwargs={'pk': cot.pk})
        document = self.client.get(url, **self.header).data['schema_document']
        self.assertEqual(document, {'schema_version': '1', 'types': [{
            'name': 'widget', 'slug': 'widgets', 'fields': [serial],
            'removed_fields': [{'id': 2, 'name': 'notes', 'type': 'text'},
                               {'id': 3, 'name': 'count', 'type': 'integer'}],
        }]})
        self.assertEqual(cot.schema_document, document)
