"""What upstream 0.7.1 accepts is accepted (issue 13 item 6): unknown keys in object writes ignored (a field's previous
name still refused), object/multiobject/multiselect/json fields as primary, any search weight 0-32767, type names up
to 100 characters, the six field filters upstream has; and what stays refused, with why (docs/field-types.md)."""

from django.urls import reverse
from rest_framework import status

from core.models import ObjectType
from dcim.models import Site
from utilities.testing import APITestCase, TestCase

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import CustomObjectsTestMixin
from . import base


class ObjectWriteKeysTest(base.InventoryAPITestMixin, APITestCase):
    item_count = 1

    def setUp(self):
        super().setUp()
        base.grant(self.user, self.model, ['view', 'add', 'change'])

    def test_keys_that_are_no_field_are_ignored(self):
        payload = {'name': 'x', 'count': 3, 'custom_fields': {}, 'nope': 1, 'custom_object_type': 5}
        response = self.client.post(self._get_list_url(), payload, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        self.assertEqual(self.model.objects.get(pk=response.data['id']).count, 3)
        item = self.model.objects.get(name='Item 1')
        response = self.client.patch(self._get_detail_url(item), {'count': 7, 'nope': 2}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        item.refresh_from_db()
        self.assertEqual(item.count, 7)

    def test_a_fields_previous_name_is_refused_not_dropped(self):
        field = self.cot.fields.get(name='count')
        field.name = 'quantity'
        field.full_clean()
        field.save()
        self.model = self.cot.get_model()
        item = self.model.objects.get(name='Item 1')
        response = self.client.patch(self._get_detail_url(item), {'count': 9}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('quantity', str(response.data['count']))
        item.refresh_from_db()
        self.assertEqual(item.quantity, 1)


class DefinitionsAPIMixin(CustomObjectsTestMixin):
    """A user who may do everything with types and fields, and REST helpers."""

    def setUp(self):
        super().setUp()
        self.add_permissions(*(f'netbox_custom_objects.{action}_{model}' for action in ('view', 'add', 'change',
                                                                                         'delete')
                               for model in ('customobjecttype', 'customobjecttypefield')))

    def url(self, model, pk=None):
        name = f'plugins-api:netbox_custom_objects-api:{model}-{"detail" if pk else "list"}'
        return reverse(name, kwargs={'pk': pk} if pk else {})

    def post(self, model, data):
        return self.client.post(self.url(model), data, format='json', **self.header)


class DefinitionsTest(DefinitionsAPIMixin, APITestCase):

    def test_type_names_up_to_100_characters(self):
        name = 'n' * 60 + '_' + 'x' * 39
        response = self.post('customobjecttype', {'name': name, 'slug': 'long-one'})
        self.assertHttpStatus(response, status.HTTP_201_CREATED)
        cot = CustomObjectType.objects.get(pk=response.data['id'])
        self.create_custom_object_type_field(cot, name='name', primary=True)
        cot.get_model().objects.create(name='a')
        list_url = reverse('plugins-api:netbox_custom_objects-api:customobject-list',
                           kwargs={'custom_object_type': 'long-one'})
        self.add_permissions(f'netbox_custom_objects.view_{cot.get_model()._meta.model_name}')
        self.assertEqual(self.client.get(list_url, **self.header).data['count'], 1)
        response = self.post('customobjecttype', {'name': 'n' * 101, 'slug': 'too-long'})
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_names_that_start_with_a_digit_and_reserved_slugs_stay_refused(self):
        for data, key in (({'name': '1abc', 'slug': 'abc'}, 'name'), ({'name': 'abc', 'slug': 'schema'}, 'slug')):
            response = self.post('customobjecttype', data)
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn(key, response.data)
        cot = self.create_custom_object_type(name='widget')
        for name in ('1abc', 'pk', 'save', 'tags', 'x' * 51):
            response = self.post('customobjecttypefield', {'custom_object_type': cot.pk, 'name': name})
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)

    def test_any_search_weight_from_0_to_32767(self):
        cot = self.create_custom_object_type(name='widget')
        for weight in (0, 1, 200, 32767):
            response = self.post('customobjecttypefield', {'custom_object_type': cot.pk, 'name': f'w{weight}',
                                                           'search_weight': weight})
            self.assertHttpStatus(response, status.HTTP_201_CREATED)
            self.assertEqual(CustomObjectTypeField.objects.get(pk=response.data['id']).search_weight, weight)
        for weight in (-1, 32768):
            response = self.post('customobjecttypefield', {'custom_object_type': cot.pk, 'name': 'bad',
                                                           'search_weight': weight})
            self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
            self.assertIn('search_weight', response.data)

    def test_object_multiobject_multiselect_and_json_fields_may_be_primary(self):
        choice_set = self.create_choice_set()
        sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in (1, 2)]
        for field_type, options, value, display in (
            ('object', {'app_label': 'dcim', 'model': 'site'}, sites[0].pk, 'Site 1'),
            ('multiobject', {'app_label': 'dcim', 'model': 'site'}, [s.pk for s in sites], 'Site 1, Site 2'),
            ('multiselect', {'choice_set': choice_set.pk}, ['a', 'b'], 'Choice A, Choice B'),
            ('json', {}, {'k': 1}, '{"k": 1}'),
        ):
            with self.subTest(type=field_type):
                cot = self.create_custom_object_type(name=f'by_{field_type}')
                response = self.post('customobjecttypefield', {'custom_object_type': cot.pk, 'name': 'key',
                                                               'type': field_type, 'primary': True, **options})
                self.assertHttpStatus(response, status.HTTP_201_CREATED)
                model = cot.get_model()
                self.add_permissions(f'netbox_custom_objects.add_{model._meta.model_name}',
                                     f'netbox_custom_objects.view_{model._meta.model_name}')
                list_url = reverse('plugins-api:netbox_custom_objects-api:customobject-list',
                                   kwargs={'custom_object_type': cot.slug})
                response = self.client.post(list_url, {'key': value}, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_201_CREATED)
                self.assertEqual(response.data['display'], display)
                self.assertEqual(self.client.get(list_url, **self.header).data['results'][0]['display'], display)

    def test_objects_whose_primary_fields_name_each_other_display(self):
        cot = self.create_custom_object_type(name='node')
        self.create_custom_object_type_field(cot, name='label')
        self.create_custom_object_type_field(
            cot, name='peer', type='object', primary=True,
            related_object_type=ObjectType.objects.get_for_model(cot.get_model()),
        )
        model = cot.get_model()
        a, b = model.objects.create(label='a'), model.objects.create(label='b')
        a.peer, b.peer = b, a
        a.save()
        b.save()
        a = model.objects.get(pk=a.pk)
        self.assertEqual(str(a), f'{cot.get_verbose_name()} {b.pk}')

    def test_the_six_upstream_field_filters(self):
        site_type = ObjectType.objects.get_for_model(Site)
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='plain')
        self.create_custom_object_type_field(cot, name='bounded', type='integer', validation_minimum=5,
                                             validation_maximum=50)
        self.create_custom_object_type_field(cot, name='coded', validation_regex='^[A-Z]+$')
        self.create_custom_object_type_field(cot, name='old', deprecated=True, deprecated_since='1.2',
                                             scheduled_removal='2.0')
        self.create_custom_object_type_field(cot, name='anything', type='object', is_polymorphic=True,
                                             related_object_types=[site_type])
        for query, names in (
            (f'related_object_types_id={site_type.pk}', ['anything']),
            ('validation_minimum=5', ['bounded']),
            ('validation_maximum__gte=10', ['bounded']),
            ('validation_regex=^[A-Z]%2B$', ['coded']),
            ('validation_regex__ic=a-z', ['coded']),
            ('deprecated_since=1.2', ['old']),
            ('scheduled_removal=2.0', ['old']),
        ):
            with self.subTest(query=query):
                response = self.client.get(f'{self.url("customobjecttypefield")}?{query}', **self.header)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.assertEqual(sorted(f['name'] for f in response.data['results']), names)

    def test_deleting_a_type_other_types_point_at_is_409_naming_the_fields(self):
        target = self.create_custom_object_type(name='target')
        target_type = ObjectType.objects.get_for_model(target.get_model())
        other = self.create_custom_object_type(name='other')
        self.create_custom_object_type_field(other, name='link', type='object', related_object_type=target_type)
        self.create_custom_object_type_field(other, name='anything', type='object', is_polymorphic=True,
                                             related_object_types=[target_type])
        response = self.client.delete(self.url('customobjecttype', target.pk), **self.header)
        self.assertHttpStatus(response, status.HTTP_409_CONFLICT)
        self.assertIn(f'{other}.link', response.data['detail'])
        self.assertIn(f'{other}.anything', response.data['detail'])
        self.assertEqual(other.fields.count(), 2)
        self.assertTrue(CustomObjectType.objects.filter(pk=target.pk).exists())


class PolymorphicDefaultTest(DefinitionsAPIMixin, APITestCase):
    """`default` on polymorphic fields: upstream 0.7.1 accepts and stores one without applying it to new objects (an
    adopted database may hold such rows); ours does the same, so such fields can be created and edited."""

    def test_a_polymorphic_field_takes_a_default_that_new_objects_do_not_get(self):
        cot = self.create_custom_object_type(name='thing')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        site = Site.objects.create(name='Site 1', slug='site-1')
        for field_type, default in (('object', {'object_type': 'dcim.site', 'id': site.pk}), ('multiobject', [1])):
            with self.subTest(field_type=field_type):
                response = self.post('customobjecttypefield', {
                    'custom_object_type': cot.pk, 'name': f'p_{field_type}', 'type': field_type,
                    'is_polymorphic': True, 'related_object_types_input': [{'app_label': 'dcim', 'model': 'site'}],
                    'default': default,
                })
                self.assertHttpStatus(response, status.HTTP_201_CREATED)
                self.assertEqual(response.data['default'], default)
                self.assertEqual([t['model'] for t in response.data['related_object_types']], ['site'])
                field_id = response.data['id']
                response = self.client.patch(self.url('customobjecttypefield', field_id), {'label': 'Anything'},
                                             format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.assertEqual(CustomObjectTypeField.objects.get(pk=field_id).default, default)
        obj = cot.get_model().objects.create(name='new')
        self.assertIsNone(obj.p_object)
        self.assertEqual(list(obj.p_multiobject.all()), [])


class PolymorphicCloneTest(CustomObjectsTestMixin, TestCase):
    """`is_cloneable` on polymorphic fields (upstream accepts it): the clone link fills the pickers of the types the
    source's references belong to."""

    def test_a_cloneable_polymorphic_field_prefills_the_clone(self):
        sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in (1, 2)]
        cot = self.create_custom_object_type(name='thing')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        allowed = [ObjectType.objects.get_for_model(Site), self.object_type_of('tenancy', 'tenant')]
        for field_type in ('object', 'multiobject'):
            self.create_custom_object_type_field(cot, name=f'p_{field_type}', type=field_type, is_polymorphic=True,
                                                 is_cloneable=True, related_object_types=allowed)
        model = cot.get_model()
        source = model.objects.create(name='a', p_object=sites[1])
        source.p_multiobject.set(sites)
        clone = source.clone()
        self.assertEqual((clone['p_object__dcim_site'], sorted(clone['p_multiobject__dcim_site'])),
                         (sites[1].pk, [sites[0].pk, sites[1].pk]))
        self.add_permissions(f'netbox_custom_objects.view_{model._meta.model_name}',
                             f'netbox_custom_objects.add_{model._meta.model_name}')
        content = self.client.get(source.get_absolute_url()).content.decode()
        self.assertIn(f'p_object__dcim_site={sites[1].pk}', content)
        add_url = reverse('plugins:netbox_custom_objects:customobject_add', kwargs={'custom_object_type': cot.slug})
        response = self.client.get(add_url, {'p_object__dcim_site': sites[1].pk,
                                             'p_multiobject__dcim_site': [s.pk for s in sites]})
        self.assertEqual(response.context['form']['p_object__dcim_site'].value(), str(sites[1].pk))
