"""Bad input on the object endpoints: every class of mistake is a 400 naming the field, and nothing is written."""

from rest_framework import status

from utilities.testing import APITestCase

from . import base

# (payload, key expected in the error response)
BAD_CREATES = (
    ({'name': 'x', 'count': 'many'}, 'count'),                        # wrong type
    ({'name': 'x', 'active': 'maybe'}, 'active'),
    ({'name': 'x', 'bought': '2024-13-45'}, 'bought'),
    ({'name': 'x', 'seen': 'yesterday'}, 'seen'),
    ({'name': 'x', 'labels': 'a'}, 'labels'),
    ({'name': 'x', 'sites': 5}, 'sites'),
    ({'name': 'x', 'site': 'Site 1'}, 'site'),
    ({'name': 'x', 'count': -1}, 'count'),                            # below the minimum
    ({'name': 'x', 'count': 1001}, 'count'),                          # above the maximum
    ({'name': 'x', 'code': 'lower'}, 'code'),                         # regex
    ({'name': 'x', 'status': 'zzz'}, 'status'),                       # not in the choice set
    ({'name': 'x', 'labels': ['a', 'zzz']}, 'labels'),
    ({'name': 'x', 'site': 999999}, 'site'),                          # missing referenced object
    ({'name': 'x', 'sites': [999999]}, 'sites'),
    ({'name': 'x', 'vendor': 999999}, 'vendor'),
    ({'name': 'x', 'homepage': 'https://example.com/' + 'a' * 200}, 'homepage'),  # oversized
    ({'name': 'x', 'homepage': 'not a url'}, 'homepage'),
    ({'name': 'x', 'price': 10 ** 14}, 'price'),
    ({'name': 'x', 'price': 1.23456}, 'price'),
    ({'name': 'x', 'count': 2 ** 63}, 'count'),
    ({'name': 'x', 'location_latitude': 91, 'location_longitude': 0}, 'location_latitude'),
    ({'name': 'x', 'tags': [999999]}, 'tags'),
    ({'name': None}, 'name'),
)
# Only wrong on create: a missing value the stored object has, a value the object already holds.
BAD_CREATES_ONLY = (
    ({'name': 'x', 'location_latitude': 10}, 'location_longitude'),  # coordinates come in pairs
    ({'code': 'X1'}, 'name'),                                         # required
    ({'name': 'x', 'code': 'C1'}, 'code'),                            # unique (item 1 has C1)
)


class ObjectValidationTest(base.InventoryAPITestMixin, APITestCase):
    item_count = 1

    def setUp(self):
        super().setUp()
        name = self.model._meta.model_name
        self.add_permissions(*(f'netbox_custom_objects.{action}_{name}' for action in ('view', 'add', 'change')))

    def test_bad_creates_are_400_and_write_nothing(self):
        for payload, key in (*BAD_CREATES, *BAD_CREATES_ONLY):
            with self.subTest(payload=payload):
                response = self.client.post(self._get_list_url(), payload, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
                self.assertEqual(self.model.objects.count(), 1)

    def test_bad_updates_are_400_and_change_nothing(self):
        item = self.model.objects.get()
        url = self._get_detail_url(item)
        for payload, key in BAD_CREATES:
            with self.subTest(payload=payload):
                response = self.client.patch(url, payload, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
        item.refresh_from_db()
        self.assertEqual((item.name, item.count, item.site_id), ('Item 1', 1, self.inventory.sites[1].pk))
        self.assertEqual(sorted(s.pk for s in item.sites.all()), sorted(s.pk for s in self.inventory.sites[:2]))

    def test_unique_clash_on_update(self):
        other = self.model.objects.create(name='Other', code='C2')
        response = self.client.patch(self._get_detail_url(other), {'code': 'C1'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('code', response.data)
        response = self.client.patch(self._get_detail_url(other), {'name': ''}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_bad_item_in_bulk_create_rolls_back_the_batch(self):
        response = self.client.post(self._get_list_url(), [
            {'name': 'Good', 'code': 'G1', 'sites': [self.inventory.sites[0].pk]},
            {'name': 'Bad', 'count': 'many'},
        ], format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.data['errors'][0]['index'], 1)
        self.assertIn('count', response.data['errors'][0]['errors'])
        self.assertEqual(self.model.objects.count(), 1)

    def test_duplicate_within_bulk_create_is_400(self):
        response = self.client.post(self._get_list_url(), [
            {'name': 'One', 'code': 'D1'}, {'name': 'Two', 'code': 'D1'},
        ], format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(self.model.objects.count(), 1)

    def test_unique_object_field(self):
        self.create_custom_object_type_field(self.cot, name='primary_site', type='object', unique=True,
                                             related_object_type=self.object_type_of('dcim', 'site'))
        self.model = self.cot.get_model()
        site = self.inventory.sites[0].pk
        first = self.client.post(self._get_list_url(), {'name': 'A', 'primary_site': site}, format='json',
                                 **self.header)
        self.assertHttpStatus(first, status.HTTP_201_CREATED)
        second = self.client.post(self._get_list_url(), {'name': 'B', 'primary_site': site}, format='json',
                                  **self.header)
        self.assertHttpStatus(second, status.HTTP_400_BAD_REQUEST)
        self.assertIn('primary_site', second.data)

    def test_integer_beyond_bigint_is_400(self):
        self.create_custom_object_type_field(self.cot, name='big', type='integer')
        for value in (2 ** 63, -(2 ** 63) - 1):
            response = self.client.post(self._get_list_url(), {'name': 'x', 'big': value}, format='json',
                                        **self.header)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn('big', response.data)

    def test_non_dict_body_is_400(self):
        for body in ('text', 5, [[1]]):
            response = self.client.post(self._get_list_url(), body, format='json', **self.header)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_nul_characters_are_400(self):
        """A NUL character in a nested tag's name (PostgreSQL cannot store one, and NetBox looks the tag up by name
        before any field validates it) is a 400, in one object, a bulk write or a type's PATCH (found by
        tests/api/test_schemathesis.py as a 500 on a type's PUT; a NUL elsewhere is a 400 on its field:
        tests/api/test_inputs.py NulCharacterTest)."""
        self.add_permissions('netbox_custom_objects.change_customobjecttype',
                             'netbox_custom_objects.view_customobjecttype')
        bodies = (
            (self._get_list_url(), 'post', {'name': 'x', 'tags': [{'name': '\x00tag'}]}),
            (self._get_list_url(), 'post', [{'name': 'x', 'tags': [{'name': 'tag\x00'}]}]),
            (f'/api/plugins/custom-objects/custom-object-types/{self.cot.pk}/', 'patch',
             {'tags': [{'name': '\x00tag'}]}),
        )
        for url, method, body in bodies:
            with self.subTest(url=url, body=body):
                response = getattr(self.client, method)(url, body, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('Null characters', response.data['detail'])
        self.assertEqual(self.model.objects.count(), 1)
