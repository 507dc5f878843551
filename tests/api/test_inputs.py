"""Input that must never give a 5xx over REST (issue 16, "no 5xx from input"; review findings 7, 11, 12, 13, 15, 19
and the multiselect filter): each request gets a normal answer or a 400 that says what is wrong."""

import json
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework import status

from dcim.models import Device, DeviceRole, DeviceType, Location, Manufacturer, Site
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectTypeField
from netbox_custom_objects.schema import MAX_DEPTH

from ..base import CustomObjectsTestMixin
from . import base


class LinkedObjectsWithPolymorphicFieldsTest(CustomObjectsTestMixin, APITestCase):
    """Finding 11: a referring type with a polymorphic field made `linked-objects/` a 500; polymorphic references
    are listed like the others."""

    @classmethod
    def setUpTestData(cls):
        site_type, device_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('dcim', 'device')
        cls.cot = cls.create_custom_object_type(name='holder')
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='site', type='object', related_object_type=site_type)
        cls.create_custom_object_type_field(cls.cot, name='thing', type='object', is_polymorphic=True,
                                            related_object_types=[device_type, site_type])
        cls.create_custom_object_type_field(cls.cot, name='things', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type, device_type])
        cls.site = Site.objects.create(name='Site 1', slug='site-1')
        cls.other_site = Site.objects.create(name='Site 2', slug='site-2')
        manufacturer = Manufacturer.objects.create(name='M', slug='m')
        cls.device = Device.objects.create(
            name='Device 1', site=cls.other_site, role=DeviceRole.objects.create(name='R', slug='r'),
            device_type=DeviceType.objects.create(manufacturer=manufacturer, model='T', slug='t'),
        )

    def setUp(self):
        super().setUp()
        model = self.cot.get_model()
        self.by_site = model.objects.create(title='by site', site=self.site)
        self.by_thing = model.objects.create(title='by thing')
        self.by_thing.thing = self.site
        self.by_thing.save()
        self.by_things = model.objects.create(title='by things')
        self.by_things.things = [self.device, self.site]
        self.by_things.save()
        self.unrelated = model.objects.create(title='unrelated', site=self.other_site)
        self.unrelated.thing = self.device
        self.unrelated.save()
        self.add_permissions('dcim.view_site', 'dcim.view_device')

    def linked(self, target):
        label = f'{target._meta.app_label}.{target._meta.model_name}'
        url = reverse(f'{base.API_NAMESPACE}:linked-objects')
        response = self.client.get(f'{url}?{urlencode({"object_type": label, "object_id": target.pk})}',
                                   **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return sorted((row['field_name'], row['object']['id']) for row in response.data['results'])

    def test_polymorphic_references_are_listed(self):
        base.grant(self.user, self.cot.get_model(), ['view'])
        self.assertEqual(self.linked(self.site), sorted([
            ('site', self.by_site.pk), ('thing', self.by_thing.pk), ('things', self.by_things.pk),
        ]))
        self.assertEqual(self.linked(self.device), sorted([
            ('thing', self.unrelated.pk), ('things', self.by_things.pk),
        ]))

    def test_only_viewable_objects_are_listed(self):
        self.assertEqual(self.linked(self.site), [])
        base.grant(self.user, self.cot.get_model(), ['view'], constraints={'title': 'by things'})
        self.assertEqual(self.linked(self.site), [('things', self.by_things.pk)])


class QuickSearchTest(base.InventoryAPITestMixin, APITestCase):
    """Finding 12: `?q=` with texts Python reads as numbers or timestamps that PostgreSQL cannot take (NaN, 1e999999,
    a UTC offset of 20 hours) was a 500; such a text matches nothing in those fields."""
    item_count = 3

    ODD_TEXTS = (
        'NaN', 'nan', '-NaN', 'sNaN', 'Infinity', '-inf', 'inf', '1e999999', '-1e999999', '1e-999999', '1E+20',
        '123456789012.5', '0.00001', '99999999999999999999', '-9223372036854775809', '9' * 5000, '1_000', '0x10',
        '١٢٣', '2024-01-01T00:00:00+20:00', '2024-01-01T00:00:00-16:00', '2024-01-01T00:00:00+15:59', '2024-02-30',
        '0001-01-01T00:00:00+15:00', '9999-12-31T23:59:59-15:00', '0000-00-00',
    )

    def search(self, text):
        response = self.client.get(f'{self._get_list_url()}?{urlencode({"q": text})}', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return sorted(item['name'] for item in response.data['results'])

    def test_odd_numbers_and_timestamps_are_normal_searches(self):
        base.grant(self.user, self.model, ['view'])
        for text in self.ODD_TEXTS:
            with self.subTest(q=text):
                self.search(text)

    def test_numbers_still_match(self):
        base.grant(self.user, self.model, ['view'])
        self.model.objects.filter(name='Item 2').update(price='7.25', count=42)
        self.assertEqual(self.search('7.25'), ['Item 2'])
        self.assertEqual(self.search('7.2500'), ['Item 2'])
        self.assertEqual(self.search('42'), ['Item 2'])


class NumberFilterTest(base.InventoryAPITestMixin, APITestCase):
    """Filters by odd numbers (finding 12): a number PostgreSQL's numeric cannot hold (`1e999999`, a DataError until
    now) is a 400 naming the filter, like NaN; an integer beyond bigint matches what it can."""
    item_count = 2

    def test_odd_numbers(self):
        base.grant(self.user, self.model, ['view'])
        for name, value, expected in (
            ('price', 'NaN', 400), ('price', 'Infinity', 400), ('price__gt', '-inf', 400), ('price', '1e999999', 400),
            ('price__lt', '1e-999999', 400), ('price__gte', '-1E+999999', 400), ('price__lt', '1e20', 200),
            ('count', '99999999999999999999', 200), ('count__gte', '-99999999999999999999', 200),
        ):
            with self.subTest(filter=name, value=value):
                response = self.client.get(f'{self._get_list_url()}?{urlencode({name: value})}', **self.header)
                self.assertHttpStatus(response, expected)
                if expected == status.HTTP_400_BAD_REQUEST:
                    self.assertIn(name, response.data)


class MultiSelectFilterTest(base.InventoryAPITestMixin, APITestCase):
    """Filtering a multiselect field by one value was a 500 ("malformed array literal"): it lists the objects whose
    list holds the value, any of several values, or (`__n`) none of them."""
    item_count = 4

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view'])
        for name, labels in (('Item 1', ['a', 'b']), ('Item 2', ['b']), ('Item 3', ['c']), ('Item 4', None)):
            self.model.objects.filter(name=name).update(labels=labels)

    def names(self, query):
        response = self.client.get(f'{self._get_list_url()}?{query}', **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return sorted(item['name'] for item in response.data['results'])

    def test_one_value(self):
        self.assertEqual(self.names('labels=b'), ['Item 1', 'Item 2'])
        self.assertEqual(self.names('labels=a'), ['Item 1'])
        # not a choice of the set: a 400 naming the filter, as NetBox's choice filters (test_filter_values)
        response = self.client.get(f'{self._get_list_url()}?labels=nothing', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('labels', response.data)

    def test_several_values(self):
        self.assertEqual(self.names('labels=a&labels=c'), ['Item 1', 'Item 3'])

    def test_excluded_values(self):
        self.assertEqual(self.names('labels__n=b'), ['Item 3', 'Item 4'])

    def test_empty(self):
        self.assertEqual(self.names('labels__empty=true'), ['Item 4'])


class RelationTargetTest(CustomObjectsTestMixin, APITestCase):
    """Finding 13: fields refer to public, change-logged models with an integer `id` (relation_targets); any other
    ObjectType (core.objecttype: 500 on the DDL; extras.cachedvalue: a UUID key; users' tokens and permissions) is a
    400 on `related_object_type`, whatever the path."""

    REFUSED = (('core', 'objecttype'), ('extras', 'cachedvalue'), ('users', 'token'), ('users', 'objectpermission'),
               ('users', 'user'), ('core', 'job'), ('core', 'objectchange'))

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='holder')
        cls.other = cls.create_custom_object_type(name='other')

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def post_field(self, **data):
        return self.client.post(reverse(f'{base.API_NAMESPACE}:customobjecttypefield-list'),
                                {'custom_object_type': self.cot.pk, **data}, format='json', **self.header)

    def test_models_that_are_no_targets_are_refused(self):
        for field_type in ('object', 'multiobject'):
            for app_label, model in self.REFUSED:
                with self.subTest(type=field_type, target=f'{app_label}.{model}'):
                    response = self.post_field(name='ref', type=field_type, app_label=app_label, model=model)
                    self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                    self.assertIn(f'{app_label}.{model}', str(response.data['related_object_type']))
        self.assertFalse(CustomObjectTypeField.objects.filter(name='ref').exists())

    def test_polymorphic_targets_are_checked_too(self):
        response = self.post_field(name='ref', type='multiobject', is_polymorphic=True, related_object_types_input=[
            {'app_label': 'dcim', 'model': 'site'}, {'app_label': 'users', 'model': 'token'}])
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('users.token', str(response.data))
        self.assertFalse(CustomObjectTypeField.objects.filter(name='ref').exists())

    def test_a_polymorphic_field_without_targets_is_refused(self):
        for field_type in ('object', 'multiobject'):
            for targets in ({}, {'related_object_types_input': []}):
                with self.subTest(type=field_type, targets=targets):
                    response = self.post_field(name='ref', type=field_type, is_polymorphic=True, **targets)
                    self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                    self.assertIn('related_object_types_input', str(response.data['__all__']))
        self.assertFalse(CustomObjectTypeField.objects.filter(name='ref').exists())

    def test_netbox_objects_and_custom_objects_are_targets(self):
        for name, app_label, model in (('site', 'dcim', 'site'), ('tag', 'extras', 'tag'),
                                       ('other', 'custom-objects', 'other')):
            with self.subTest(target=f'{app_label}.{model}'):
                response = self.post_field(name=name, type='object', app_label=app_label, model=model)
                self.assertHttpStatus(response, status.HTTP_201_CREATED)

    def test_schema_documents_are_checked_too(self):
        document = {'schema_version': '1', 'types': [{'name': 'holder', 'slug': 'holder', 'fields': [
            {'id': 1, 'name': 'ref', 'type': 'object', 'related_object_type': 'core/objecttype'}]}]}
        for view, body in (('schema-preview', document), ('schema-apply', {'schema': document})):
            with self.subTest(view=view):
                response = self.client.post(reverse(f'{base.API_NAMESPACE}:{view}'), body, format='json',
                                            **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('core.objecttype', response.data['detail'])
        self.assertFalse(CustomObjectTypeField.objects.filter(name='ref').exists())


class RelationTargetChangeTest(CustomObjectsTestMixin, APITestCase):
    """Finding 7: a multiobject field's target cannot change through any path (the links would name other objects)."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='t')
        cls.field = cls.create_custom_object_type_field(
            cls.cot, name='sites', type='multiobject', related_object_type=cls.object_type_of('dcim', 'site'))
        cls.site = Site.objects.create(name='Site 1', slug='site-1')
        Location.objects.create(name='Location 1', slug='location-1', site=cls.site)

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.obj = self.cot.get_model().objects.create()
        self.obj.sites.set([self.site])

    def assert_unchanged(self):
        self.field.refresh_from_db()
        self.assertEqual(self.field.related_object_type, self.object_type_of('dcim', 'site'))
        obj = self.cot.get_model().objects.get(pk=self.obj.pk)
        self.assertEqual(list(obj.sites.all()), [self.site])

    def test_orm_save_refuses(self):
        self.field.related_object_type = self.object_type_of('dcim', 'location')
        with self.assertRaises(ValidationError) as refused:
            self.field.save()
        self.assertIn('related_object_type', refused.exception.message_dict)
        self.assert_unchanged()

    def test_object_fields_too(self):
        field = self.create_custom_object_type_field(self.cot, name='site', type='object',
                                                     related_object_type=self.object_type_of('dcim', 'site'))
        field.related_object_type = self.object_type_of('dcim', 'location')
        with self.assertRaises(ValidationError):
            field.save()

    def test_schema_apply_refuses(self):
        document = {'schema_version': '1', 'types': [{'name': 't', 'slug': 't', 'fields': [
            {'id': self.field.schema_id, 'name': 'sites', 'type': 'multiobject',
             'related_object_type': 'dcim/location'}]}]}
        response = self.client.post(reverse(f'{base.API_NAMESPACE}:schema-apply'), {'schema': document},
                                    format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('related_object_type', response.data['errors'])
        self.assert_unchanged()


class DeepDocumentTest(CustomObjectsTestMixin, APITestCase):
    """Finding 15: deeply nested JSON or YAML to the schema endpoints was a RecursionError (500)."""

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def post(self, view, body, content_type):
        response = self.client.generic('POST', reverse(f'{base.API_NAMESPACE}:{view}'), body,
                                       content_type=content_type, **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        return response

    def test_nesting_beyond_the_parsers(self):
        for view in ('schema-preview', 'schema-apply'):
            for content_type, body in (('application/json', '[' * 100000), ('application/yaml', '[' * 100000),
                                       ('application/json', '{"schema": ' + '[' * 100000)):
                with self.subTest(view=view, content_type=content_type, body=body[:12]):
                    response = self.post(view, body, content_type)
                    self.assertIn('schema_errors', response.data)

    def test_nesting_the_parsers_read(self):
        default = 'x'
        for _ in range(MAX_DEPTH * 10):
            default = [default]
        document = {'schema_version': '1', 'types': [{'name': 'deep', 'slug': 'deep', 'fields': [
            {'id': 1, 'name': 'data', 'type': 'json', 'default': default}]}]}
        for view, body in (('schema-preview', document), ('schema-apply', {'schema': document})):
            with self.subTest(view=view):
                response = self.post(view, json.dumps(body), 'application/json')
                self.assertIn('nests too deeply', str(response.data['schema_errors']))


class NulCharacterTest(CustomObjectsTestMixin, APITestCase):
    """Finding 19: U+0000 in a JSON value (or key), which PostgreSQL's jsonb refuses, is a 400 on the field."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='doc', config_context_enabled=True)
        cls.create_custom_object_type_field(cls.cot, name='title', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='data', type='json')

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def test_create_and_update(self):
        obj = self.cot.get_model().objects.create(title='kept', data={'a': 1})
        detail = reverse(f'{base.API_NAMESPACE}:customobject-detail',
                         kwargs={'custom_object_type': self.cot.slug, 'pk': obj.pk})
        for key, value in (('data', {'a': 'x\u0000'}), ('data', {'a\u0000': 1}), ('data', ['\u0000']),
                           ('data', '\u0000'), ('local_context_data', {'a': {'b': ['\u0000']}})):
            with self.subTest(key=key, value=value):
                response = self.client.post(self.url, {'title': 'new', key: value}, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
                response = self.client.patch(detail, {key: value}, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
        obj.refresh_from_db()
        self.assertEqual(obj.data, {'a': 1})
        self.assertFalse(self.cot.get_model().objects.filter(title='new').exists())
