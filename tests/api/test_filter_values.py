"""Filter values the database would refuse are a 400 naming the filter (found by the schemathesis run), on the
object endpoints and on the definition endpoints; the filter names are the field types' own lookups."""

from urllib.parse import urlencode

from django.urls import reverse
from rest_framework import status

from utilities.testing import APITestCase

from netbox_custom_objects.filtersets import CustomObjectTypeFieldFilterSet, get_filterset_class

from . import base

# (filter, value PostgreSQL refuses)
BAD_FILTERS = (
    ('name__regex', '*'),                      # text
    ('name__iregex', '(unclosed'),
    ('homepage__regex', '['),                  # url
    ('labels__regex', '*'),                    # multiselect
    ('seen__gte', '2024-01-01T00:00:00+16:30'),  # datetime: a UTC offset PostgreSQL cannot read
    ('created', '1016-08-02T10:17:01+21:47'),
    ('last_updated__lt', '2024-01-01T00:00:00-16:00'),
)


class FilterValueTest(base.InventoryAPITestMixin, APITestCase):
    item_count = 2

    def get(self, url, **params):
        return self.client.get(f'{url}?{urlencode(params)}', **self.header)

    def test_values_the_database_refuses_are_400(self):
        base.grant(self.user, self.model, ['view'])
        for name, value in BAD_FILTERS:
            with self.subTest(filter=name):
                response = self.get(self._get_list_url(), **{name: value})
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(name, response.data)

    def test_valid_values_still_filter(self):
        base.grant(self.user, self.model, ['view'])
        for params, names in (
            ({'name__regex': '^Item [2-9]$'}, ['Item 2']),
            ({'name__iregex': 'item'}, ['Item 1', 'Item 2']),
            ({'created__gte': '2000-01-01T00:00:00+15:30'}, ['Item 1', 'Item 2']),
        ):
            with self.subTest(params=params):
                response = self.get(self._get_list_url(), **params)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.assertEqual(sorted(obj['name'] for obj in response.data['results']), names)

    def test_definition_endpoints(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype',
                             'netbox_custom_objects.view_customobjecttypefield')
        for view, name, value in (('customobjecttype-list', 'name__regex', '*'),
                                  ('customobjecttypefield-list', 'label__iregex', '('),
                                  ('customobjecttypefield-list', 'created__lt', '2024-01-01T00:00:00+17:00')):
            with self.subTest(view=view, filter=name):
                response = self.get(reverse(f'{base.API_NAMESPACE}:{view}'), **{name: value})
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(name, response.data)

    def test_search_weight_is_a_number(self):
        # A model field with choices: left to NetBox it got text lookups (`search_weight__ie` → a 500).
        self.add_permissions('netbox_custom_objects.view_customobjecttypefield')
        filters = CustomObjectTypeFieldFilterSet.get_filters()
        self.assertIn('search_weight__gt', filters)
        self.assertNotIn('search_weight__ie', filters)
        url = reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list')
        response = self.get(url, search_weight__gte=0, custom_object_type_id=self.cot.pk)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.data['count'], self.cot.fields.count())

    def test_no_lookups_of_lookups(self):
        filters = get_filterset_class(self.model).get_filters()
        self.assertTrue({'name__ie', 'name__n', 'count__gte', 'count__n'} <= set(filters))
        self.assertFalse([name for name in filters if name.count('__') > 1], 'lookups of lookups')

    def test_choice_filters_take_only_choices_of_the_set(self):
        # As NetBox's own choice filters and upstream: a value that is not a choice is a 400 naming it, not 200 with
        # no rows. The text lookups (`__ic`, ...) still take any text.
        base.grant(self.user, self.model, ['view'])
        for name in ('status', 'status__n', 'labels', 'labels__n'):
            with self.subTest(filter=name):
                response = self.get(self._get_list_url(), **{name: 'zzz'})
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertEqual(
                    response.data, {name: ['Select a valid choice. zzz is not one of the available choices.']}
                )
        for params, count in (({'status': 'a'}, 2), ({'status__n': 'a'}, 0), ({'labels': 'b'}, 2),
                              ({'labels__n': 'b'}, 0), ({'status__ic': 'zz'}, 0), ({'labels__ic': 'zz'}, 0)):
            with self.subTest(params=params):
                response = self.get(self._get_list_url(), **params)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.assertEqual(response.data['count'], count)
