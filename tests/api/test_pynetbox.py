"""Clients: pynetbox (list, get, filter, create, save, delete and its bulk update()/delete(), upstream #584) and
plain `requests` with a token, in-process and against a live `netbox runserver`."""

import pynetbox
import requests
from rest_framework import status

from users.constants import TOKEN_PREFIX
from utilities.testing import APITestCase

from . import base
from .clients import DjangoTransport, LiveNetBoxTestCase


def pynetbox_api(url, token, transport=None):
    api = pynetbox.api(url, token=token)
    if transport is not None:
        session = requests.Session()
        session.mount(url, transport)
        api.http_session = session
    return api


class PynetboxTest(base.InventoryAPITestMixin, APITestCase):
    """pynetbox through a requests transport that answers from Django's test client."""

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view', 'add', 'change', 'delete'])
        token = f'{TOKEN_PREFIX}{self.token.key}.{self.token.token}'
        self.nb = pynetbox_api('http://testserver', token, DjangoTransport())
        self.endpoint = self.nb.plugins.custom_objects.inventory_items

    def test_list_get_filter(self):
        self.assertEqual(sorted(item.name for item in self.endpoint.all()), ['Item 1', 'Item 2', 'Item 3'])
        item = self.endpoint.get(name='Item 2')
        self.assertEqual(item.count, 2)
        self.assertEqual(item.site.name, 'Site 3')
        self.assertEqual(sorted(s.name for s in item.sites), ['Site 1', 'Site 2'])
        self.assertEqual([i.name for i in self.endpoint.filter(count__gte=3)], ['Item 3'])
        self.assertEqual(self.endpoint.count(), 3)

    def test_create_save_delete(self):
        site = self.inventory.sites[0]
        item = self.endpoint.create(name='New', count=5, site=site.pk, sites=[site.pk], status='b')
        self.assertEqual(item.site.id, site.pk)
        item.count = 6
        item.sites = []
        self.assertTrue(item.save())
        stored = self.model.objects.get(pk=item.id)
        self.assertEqual((stored.count, stored.sites.count()), (6, 0))
        self.assertTrue(item.delete())
        self.assertFalse(self.model.objects.filter(pk=item.id).exists())

    def test_bulk_create_update_delete(self):
        created = self.endpoint.create([{'name': 'Bulk 1'}, {'name': 'Bulk 2', 'labels': ['a']}])
        self.assertEqual([item.name for item in created], ['Bulk 1', 'Bulk 2'])
        items = list(self.endpoint.filter(name__isw='Bulk'))
        for item in items:
            item.count = 42
        updated = self.endpoint.update(items)
        self.assertEqual({item.count for item in updated}, {42})
        self.assertEqual(self.model.objects.filter(count=42).count(), 2)
        self.assertTrue(self.endpoint.delete(items))
        self.assertFalse(self.model.objects.filter(name__startswith='Bulk').exists())

    def test_choice_values_and_link_titles_round_trip(self):
        """A script written for upstream 0.7: `record.status.value`, multiselect items as records, the url's title;
        what was read saves back (pynetbox sends changed keys only, a multiselect as its items' dicts)."""
        item = self.endpoint.get(name='Item 1')
        self.assertEqual((item.status.value, item.status.label), ('a', 'Choice A'))
        self.assertEqual([(label.value, label.label) for label in item.labels], [('a', 'Choice A'), ('b', 'Choice B')])
        self.assertEqual(item.homepage_title, '')
        item.count = 8
        item.labels.append('c')
        item.homepage, item.homepage_title = 'https://example.com/item-1', 'Item one'
        self.assertTrue(item.save())
        stored = self.model.objects.get(pk=item.id)
        self.assertEqual((stored.count, stored.status, stored.labels), (8, 'a', ['a', 'b', 'c']))
        self.assertEqual((stored.homepage, stored.homepage_title), ('https://example.com/item-1', 'Item one'))
        item = self.endpoint.get(item.id)
        item.status = 'b'
        item.labels = [label for label in item.labels if label.value != 'a']
        self.assertTrue(item.save())
        stored.refresh_from_db()
        self.assertEqual((stored.status, stored.labels), ('b', ['b', 'c']))
        self.assertEqual(self.endpoint.get(item.id).status.label, 'Choice B')
        self.assertEqual([i.name for i in self.endpoint.filter(status='b')], ['Item 1'])

    def test_errors_surface_as_request_errors(self):
        with self.assertRaises(pynetbox.RequestError) as raised:
            self.endpoint.create(name='Bad', count=-5)
        self.assertEqual(raised.exception.req.status_code, status.HTTP_400_BAD_REQUEST)
        self.assertIn('count', raised.exception.error)


class LiveServerTest(LiveNetBoxTestCase):
    """A real server: definitions and objects created, listed, changed and deleted over HTTP with a token."""

    def test_requests_and_pynetbox(self):
        url, token = self.server.url, self.server.token
        headers = {'Authorization': f'Bearer {token}', 'Accept': 'application/json'}
        api = f'{url}/api/plugins/custom-objects'
        response = requests.post(f'{api}/custom-object-types/', json={'name': 'cable_label', 'slug': 'cable-labels'},
                                 headers=headers, timeout=120)
        self.assertEqual(response.status_code, 201, response.text)
        type_id = response.json()['id']
        choice_set = requests.post(f'{url}/api/extras/custom-field-choice-sets/', json={
            'name': 'Colours', 'extra_choices': [['red', 'Red'], ['blue', 'Blue']]}, headers=headers, timeout=120)
        self.assertEqual(choice_set.status_code, 201, choice_set.text)
        for field in ({'name': 'text', 'primary': True}, {'name': 'length', 'type': 'integer'},
                      {'name': 'sites', 'type': 'multiobject', 'app_label': 'dcim', 'model': 'site'},
                      {'name': 'colour', 'type': 'select', 'choice_set': choice_set.json()['id']},
                      {'name': 'colours', 'type': 'multiselect', 'choice_set': choice_set.json()['id']},
                      {'name': 'doc', 'type': 'url'}):
            response = requests.post(f'{api}/custom-object-type-fields/', json={'custom_object_type': type_id, **field},
                                     headers=headers, timeout=120)
            self.assertEqual(response.status_code, 201, response.text)

        nb = pynetbox_api(url, token)
        site = nb.dcim.sites.create(name='Live site', slug='live-site')
        labels = nb.plugins.custom_objects.cable_labels
        created = labels.create([{'text': f'L{i}', 'length': i, 'sites': [site.id]} for i in range(3)])
        self.assertEqual([label.text for label in created], ['L0', 'L1', 'L2'])
        self.assertEqual(sorted(label.text for label in labels.filter(length__gte=1)), ['L1', 'L2'])
        label = labels.get(text='L0')
        label.length = 10
        self.assertTrue(label.save())
        self.assertEqual(labels.get(label.id).length, 10)
        self.choices_round_trip(labels)
        for item in created:
            item.length = 7
        self.assertEqual({item.length for item in labels.update(created)}, {7})
        self.assertTrue(labels.delete(created))
        self.assertEqual(labels.count(), 0)

    def choices_round_trip(self, labels):
        """Upstream 0.7's shapes, read and written back by pynetbox over HTTP."""
        label = labels.create(text='C1', colour='red', colours=['red'], doc='https://example.com/c1',
                              doc_title='Datasheet')
        self.assertEqual((label.colour.value, label.colour.label), ('red', 'Red'))
        self.assertEqual([c.value for c in label.colours], ['red'])
        label = labels.get(label.id)
        self.assertEqual((label.doc, label.doc_title), ('https://example.com/c1', 'Datasheet'))
        label.colour = 'blue'
        label.colours.append('blue')
        label.doc_title = 'Spec'
        self.assertTrue(label.save())
        label = labels.get(label.id)
        self.assertEqual((label.colour.value, [c.value for c in label.colours], label.doc_title),
                         ('blue', ['red', 'blue'], 'Spec'))
        label.delete()
