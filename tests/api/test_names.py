"""Names that cannot break a model (security review findings 4, 5, 6 and 18), through the REST API.

Every refused name is a 400 naming the attribute, never a 201 followed by 500s; every refusal holds in both orders
(the clashing field first, or second); and after each refusal the types stay readable and writable.
"""

from django.urls import reverse
from rest_framework import status

from utilities.testing import APITestCase

from netbox_custom_objects.constants import IDENTIFIER_MAX_LENGTH, IDENTIFIER_RE, model_name, through_table_name
from netbox_custom_objects.dynamic_models.reserved import reserved_attribute_names
from netbox_custom_objects.models import CustomObjectTypeField

from ..base import column_names, table_exists
from . import base

FIELDS_URL = f'{base.API_NAMESPACE}:customobjecttypefield'
SITE_TYPES = [{'app_label': 'dcim', 'model': 'site'}]
# Names the review found accepted (each broke its type or the process): they must be among the introspected ones.
REVIEW_NAMES = (
    'adelete', 'arefresh_from_db', 'asave', 'check', 'clean_fields', 'date_error_message', 'from_db',
    'get_constraints', 'get_contacts', 'get_deferred_fields', 'prepare_database_save', 'save_base',
    'serializable_value', 'unique_error_message', 'validate_constraints', 'validate_unique', 'verify_mro',
    'deserialize_object', 'vanished', 'branch_key', 'clone_fields',
)


class NamesAPITestCase(base.PluginAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.a = cls.create_custom_object_type(name='alpha', slug='alpha')
        cls.b = cls.create_custom_object_type(name='bravo', slug='bravo')

    def setUp(self):
        super().setUp()
        self.add_permissions(
            'netbox_custom_objects.add_customobjecttypefield', 'netbox_custom_objects.change_customobjecttypefield',
            'netbox_custom_objects.delete_customobjecttypefield',
            *(f'netbox_custom_objects.{action}_{model_name(cot.pk)}' for cot in (self.a, self.b)
              for action in ('view', 'add', 'change', 'delete')),
        )

    def add_field(self, cot, **data):
        data.setdefault('type', 'text')
        return self.client.post(reverse(f'{FIELDS_URL}-list'), {'custom_object_type': cot.pk, **data},
                                format='json', **self.header)

    def change_field(self, field, **data):
        return self.client.patch(reverse(f'{FIELDS_URL}-detail', kwargs={'pk': field.pk}), data, format='json',
                                 **self.header)

    def objects_url(self, cot):
        return reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': cot.slug})

    def assertRefused(self, response, key='name'):
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(key, response.data)

    def assertUsable(self, *types):
        """Each type's objects can be listed and created over REST (what the refused names used to break)."""
        for cot in types:
            self.assertHttpStatus(self.client.get(self.objects_url(cot), **self.header), status.HTTP_200_OK)
            created = self.client.post(self.objects_url(cot), {}, format='json', **self.header)
            self.assertHttpStatus(created, status.HTTP_201_CREATED)
            self.assertHttpStatus(self.client.get(self.objects_url(cot), **self.header), status.HTTP_200_OK)


class ReservedNamesTest(NamesAPITestCase):
    """Finding 4: no field name may shadow an attribute of the generated model's bases."""

    def test_the_introspected_names_include_those_the_review_found(self):
        self.assertLessEqual(set(REVIEW_NAMES), reserved_attribute_names())

    def test_every_reserved_name_is_refused(self):
        names = sorted(n for n in reserved_attribute_names()
                       if IDENTIFIER_RE.match(n) and len(n) <= IDENTIFIER_MAX_LENGTH)
        self.assertGreater(len(names), 50)
        for name in names:
            with self.subTest(name=name):
                self.assertRefused(self.add_field(self.a, name=name))
        self.assertFalse(CustomObjectTypeField.objects.filter(custom_object_type=self.a).exists())
        self.assertUsable(self.a)

    def test_renaming_to_a_reserved_name_is_refused(self):
        field = self.create_custom_object_type_field(self.a, name='serial')
        for name in ('from_db', 'validate_unique', 'check', 'vanished'):
            self.assertRefused(self.change_field(field, name=name))
        self.assertUsable(self.a)

    def test_model_attributes_are_all_the_attributes_fields_add(self):
        """What the name checks rely on: each type declares every attribute its fields give the model (so a clash
        with a derived attribute cannot go unseen)."""
        for data in (
            {'name': 'serial'}, {'name': 'site', 'type': 'object', 'app_label': 'dcim', 'model': 'site'},
            {'name': 'sites', 'type': 'multiobject', 'app_label': 'dcim', 'model': 'site'},
            {'name': 'place', 'type': 'coordinates'},
            {'name': 'ref', 'type': 'object', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES},
            {'name': 'refs', 'type': 'multiobject', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES},
        ):
            self.assertHttpStatus(self.add_field(self.a, **data), status.HTTP_201_CREATED)
        model = self.a.get_model()
        added = {name for name in vars(model) if IDENTIFIER_RE.match(name)} - reserved_attribute_names()
        declared = {attribute for field in model._snapshot.fields
                    for attribute in field.field_type.model_attributes(field)}
        self.assertLessEqual(added, declared)
        self.assertEqual(declared - added, {'place'})  # (coordinates keep their name free for the API and forms)


class DerivedAttributeClashTest(NamesAPITestCase):
    """Finding 18: a name equal to another field's derived attribute, in both orders (and by renaming)."""

    CASES = (
        # (first field, second field): the second is refused; then the same in the other order
        ({'name': 'site', 'type': 'object', 'app_label': 'dcim', 'model': 'site'}, {'name': 'site_id'}),
        ({'name': 'loc', 'type': 'coordinates'}, {'name': 'loc_latitude'}),
        ({'name': 'homepage', 'type': 'url'}, {'name': 'homepage_title'}),
        ({'name': 'loc', 'type': 'coordinates'}, {'name': 'loc_longitude', 'type': 'integer'}),
        ({'name': 'x', 'type': 'object', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES},
         {'name': 'x_content_type'}),
        ({'name': 'x', 'type': 'object', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES},
         {'name': 'x_object_id', 'type': 'integer'}),
    )

    def test_either_order_is_refused(self):
        for first, second in self.CASES:
            for one, other in ((first, second), (second, first)):
                with self.subTest(first=one, second=other):
                    created = self.add_field(self.a, **one)
                    self.assertHttpStatus(created, status.HTTP_201_CREATED)
                    self.assertRefused(self.add_field(self.a, **other))
                    self.assertUsable(self.a)
                    CustomObjectTypeField.objects.get(pk=created.data['id']).delete()

    def test_renaming_into_a_clash_is_refused(self):
        self.assertHttpStatus(self.add_field(self.a, name='site', type='object', app_label='dcim', model='site'),
                              status.HTTP_201_CREATED)
        field = self.create_custom_object_type_field(self.a, name='serial')
        self.assertRefused(self.change_field(field, name='site_id'))
        coordinates = self.create_custom_object_type_field(self.a, name='place', type='coordinates')
        self.assertRefused(self.change_field(coordinates, name='serial'), key='__all__')  # (a duplicate name)
        self.create_custom_object_type_field(self.a, name='site_latitude')
        self.assertRefused(self.change_field(coordinates, name='site'))
        self.assertUsable(self.a)


class IncomingRelatedNameTest(NamesAPITestCase):
    """Finding 5: a field named like the accessor of a relation pointing at its type, in both orders."""

    def ref(self, **data):
        return self.add_field(self.a, name='b_ref', type='object', app_label='custom-objects', model='bravo', **data)

    def test_field_named_like_an_existing_related_name(self):
        self.assertHttpStatus(self.ref(related_name='widgets'), status.HTTP_201_CREATED)
        self.b.get_model().objects.create()
        self.assertRefused(self.add_field(self.b, name='widgets'))
        self.assertUsable(self.a, self.b)

    def test_related_name_of_an_existing_field(self):
        self.assertHttpStatus(self.add_field(self.b, name='widgets'), status.HTTP_201_CREATED)
        self.assertRefused(self.ref(related_name='widgets'), key='related_name')
        self.assertUsable(self.a, self.b)

    def test_default_accessor_in_both_orders(self):
        accessor = f'{model_name(self.a.pk)}_b_ref_set'
        self.assertHttpStatus(self.ref(), status.HTTP_201_CREATED)
        self.assertRefused(self.add_field(self.b, name=accessor))
        CustomObjectTypeField.objects.get(custom_object_type=self.a, name='b_ref').delete()
        self.assertHttpStatus(self.add_field(self.b, name=accessor), status.HTTP_201_CREATED)
        self.assertRefused(self.ref())
        self.assertUsable(self.a, self.b)

    def test_multiobject_related_name_and_self_reference(self):
        response = self.add_field(self.a, name='b_links', type='multiobject', app_label='custom-objects',
                                  model='bravo', related_name='linked_from')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertRefused(self.add_field(self.b, name='linked_from', type='integer'))
        response = self.add_field(self.a, name='parent', type='object', app_label='custom-objects', model='alpha',
                                  related_name='children')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertRefused(self.add_field(self.a, name='children'))
        self.assertRefused(self.add_field(self.a, name='kid', type='object', app_label='custom-objects',
                                          model='alpha', related_name='parent'), key='related_name')
        self.assertUsable(self.a, self.b)

    def test_renaming_into_an_accessor_is_refused(self):
        self.assertHttpStatus(self.ref(related_name='widgets'), status.HTTP_201_CREATED)
        field = self.create_custom_object_type_field(self.b, name='serial')
        self.assertRefused(self.change_field(field, name='widgets'))
        self.assertUsable(self.a, self.b)


class IdentifierLengthTest(NamesAPITestCase):
    """Finding 6: names whose tables or columns would exceed PostgreSQL's 63 bytes are refused, with the limit in
    the message; names that fit are created, renamed and deleted completely (tables, columns, indexes)."""

    def longest_link_name(self, cot):
        return 63 - len(through_table_name(cot.pk, ''))

    def name_of(self, length):
        return ('links_' + 'x' * length)[:length]

    def test_link_table_over_63_bytes_is_refused_on_create_and_rename(self):
        limit = self.longest_link_name(self.a)
        for field_type in ('multiobject', 'polymorphic'):
            extra = {'type': 'multiobject', 'app_label': 'dcim', 'model': 'site'} if field_type == 'multiobject' \
                else {'type': 'multiobject', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES}
            with self.subTest(field_type):
                response = self.add_field(self.a, name=self.name_of(limit + 1), **extra)
                self.assertRefused(response)
                self.assertIn(str(limit), str(response.data['name']))
        response = self.add_field(self.a, name='sites', type='multiobject', app_label='dcim', model='site')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        field = CustomObjectTypeField.objects.get(pk=response.data['id'])
        self.assertRefused(self.change_field(field, name=self.name_of(limit + 1)))
        self.assertTrue(table_exists(through_table_name(self.a.pk, 'sites')))
        self.assertUsable(self.a)

    def test_longest_link_table_is_renamed_and_dropped_completely(self):
        from dcim.models import Site

        site = Site.objects.create(name='Site 1', slug='site-1')
        long_name = self.name_of(self.longest_link_name(self.a))
        response = self.add_field(self.a, name=long_name, type='multiobject', app_label='dcim', model='site')
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        field = CustomObjectTypeField.objects.get(pk=response.data['id'])
        self.assertTrue(table_exists(through_table_name(self.a.pk, long_name)))
        created = self.client.post(self.objects_url(self.a), {long_name: [site.pk]}, format='json', **self.header)
        self.assertHttpStatus(created, status.HTTP_201_CREATED)

        self.assertHttpStatus(self.change_field(field, name='sites'), status.HTTP_200_OK)
        self.assertFalse(table_exists(through_table_name(self.a.pk, long_name)))
        self.assertTrue(table_exists(through_table_name(self.a.pk, 'sites')))
        listed = self.client.get(self.objects_url(self.a), **self.header)
        self.assertHttpStatus(listed, status.HTTP_200_OK)
        self.assertEqual([s['id'] for s in listed.data['results'][0]['sites']], [site.pk])

        # The old name is free again: a new link table of that name gets its own indexes.
        again = self.add_field(self.a, name=long_name, type='multiobject', app_label='dcim', model='site')
        self.assertHttpStatus(again, status.HTTP_201_CREATED)
        response = self.client.delete(reverse(f'{FIELDS_URL}-detail', kwargs={'pk': again.data['id']}),
                                      **self.header)
        self.assertHttpStatus(response, status.HTTP_204_NO_CONTENT)
        self.assertFalse(table_exists(through_table_name(self.a.pk, long_name)))
        self.assertHttpStatus(self.add_field(self.a, name=long_name, type='multiobject', app_label='dcim',
                                             model='site'), status.HTTP_201_CREATED)
        self.assertUsable(self.a)

    def test_polymorphic_object_column_over_63_bytes_is_refused(self):
        longest = 63 - len('_content_type_id')
        extra = {'type': 'object', 'is_polymorphic': True, 'related_object_types_input': SITE_TYPES}
        self.assertRefused(self.add_field(self.a, name=self.name_of(longest + 1), **extra))
        name = self.name_of(longest)
        self.assertHttpStatus(self.add_field(self.a, name=name, **extra), status.HTTP_201_CREATED)
        self.assertIn(f'{name}_content_type_id', column_names(self.a.get_model()._meta.db_table))
        self.assertUsable(self.a)
