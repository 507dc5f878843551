"""Unique constraints over the REST API: their endpoint (NetBox's generic API tests, so a constrained user's
ObjectPermissions too), and what they do to the objects' endpoint: a clash is a 400 naming the object that holds the
values, never a 500."""

from django.urls import reverse
from rest_framework import status

from dcim.models import Site
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint

from ..base import CustomObjectsTestMixin
from . import base

CONSTRAINT_FIELDS = {
    'id', 'url', 'display', 'custom_object_type', 'name', 'fields', 'case_insensitive', 'condition_field',
    'condition_value', 'description', 'created', 'last_updated',
}


def make_circuit_type(test_case):
    """A `circuit` type with name, provider, status (select) and a polymorphic `target` (site or region)."""
    cot = test_case.create_custom_object_type(name='circuit')
    choices = test_case.create_choice_set(extra_choices=[['active', 'Active'], ['planned', 'Planned']])
    test_case.create_custom_object_type_field(cot, name='name', primary=True)
    test_case.create_custom_object_type_field(cot, name='provider')
    test_case.create_custom_object_type_field(cot, name='status', type='select', choice_set=choices)
    test_case.create_custom_object_type_field(
        cot, name='target', type='object', is_polymorphic=True,
        related_object_types=[test_case.object_type_of('dcim', 'site'), test_case.object_type_of('dcim', 'region')],
    )
    return cot


class UniqueConstraintEndpointTest(base.PluginAPITestMixin, base.APIViewTestCase):
    model = CustomObjectTypeUniqueConstraint
    brief_fields = ['description', 'display', 'id', 'name', 'url']
    validation_excluded_fields = ['condition_field']
    bulk_update_data = {'description': 'Updated'}
    bulk_update_invalid_data = {'fields': ['nope']}

    @classmethod
    def setUpTestData(cls):
        cls.cot = make_circuit_type(cls)
        fields = {field.name: field.pk for field in cls.cot.fields.all()}
        for name, keys in (('a', ['name', 'provider']), ('b', ['name', 'status']), ('c', ['provider', 'status'])):
            CustomObjectTypeUniqueConstraint.objects.create(
                custom_object_type=cls.cot, name=name, field_ids=[fields[key] for key in keys])
        cls.create_data = [
            {'custom_object_type': cls.cot.pk, 'name': 'per provider', 'fields': ['provider', 'name'],
             'case_insensitive': True},
            {'custom_object_type': cls.cot.pk, 'name': 'active names', 'fields': ['name'],
             'condition_field': 'status', 'condition_value': 'active'},
            {'custom_object_type': cls.cot.pk, 'name': 'one per target', 'fields': ['name', 'target'],
             'description': 'A polymorphic pair'},
        ]

    def test_fields_are_shown_by_name_in_key_order(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttypeuniqueconstraint')
        response = self.client.get(self._get_detail_url(CustomObjectTypeUniqueConstraint.objects.get(name='a')),
                                   **self.header)
        self.assertEqual(set(response.data), CONSTRAINT_FIELDS)
        self.assertEqual(response.data['fields'], ['name', 'provider'])
        self.assertIsNone(response.data['condition_field'])

    def test_a_renamed_field_is_shown_under_its_new_name(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttypeuniqueconstraint')
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='provider')
        field.name = 'carrier'
        field.save()
        response = self.client.get(self._get_detail_url(CustomObjectTypeUniqueConstraint.objects.get(name='a')),
                                   **self.header)
        self.assertEqual(response.data['fields'], ['name', 'carrier'])

    def test_bad_definitions_are_400(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypeuniqueconstraint')
        cases = (
            ({'fields': ['name', 'nope']}, 'fields'),
            ({'fields': []}, 'fields'),
            ({'fields': ['name']}, 'fields'),
            ({'fields': ['name', 'name']}, 'fields'),
            ({'fields': ['name'], 'condition_field': 'status', 'condition_value': {'a': 1}}, 'condition_value'),
            ({'fields': ['name'], 'condition_field': 'nope', 'condition_value': 'x'}, 'condition_field'),
            ({'fields': ['name'], 'condition_field': 'status', 'condition_value': 'zzz'}, 'condition_value'),
            ({'fields': ['status', 'target'], 'case_insensitive': True}, 'case_insensitive'),
            ({'fields': ['name', 'provider'], 'name': 'a'}, '__all__'),  # the name is taken on this type
        )
        for payload, key in cases:
            with self.subTest(payload=payload):
                data = {'custom_object_type': self.cot.pk, 'name': 'new', **payload}
                response = self.client.post(self._get_list_url(), data, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn(key, response.data)
        self.assertEqual(CustomObjectTypeUniqueConstraint.objects.count(), 3)

    def test_stored_duplicates_refuse_the_constraint_naming_them(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypeuniqueconstraint')
        model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        first = model.objects.create(name='c1', target=Site.objects.create(name='S1', slug='s1'))
        second = model.objects.create(name='c1', target=first.target)
        base.grant(self.user, model, ['view'])  # (else they are named by id only: the next test)
        data = {'custom_object_type': self.cot.pk, 'name': 'new', 'fields': ['name', 'target']}
        response = self.client.post(self._get_list_url(), data, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        message = str(response.data)
        self.assertIn(f'c1 (#{first.pk})', message)
        self.assertIn(f'c1 (#{second.pk})', message)

    def test_stored_duplicates_the_user_may_not_view_are_named_by_id(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypeuniqueconstraint')
        CustomObjectTypeUniqueConstraint.objects.filter(name='a').delete()
        model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        first, second = (model.objects.create(name='c1', provider='p1') for _ in range(2))
        base.grant(self.user, model, ['view'], constraints={'pk': first.pk})
        data = {'custom_object_type': self.cot.pk, 'name': 'new', 'fields': ['name', 'provider'],
                'condition_field': None}
        response = self.client.post(self._get_list_url(), data, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'c1 (#{first.pk}), #{second.pk}', str(response.data))

    def test_a_field_in_a_constraint_cannot_be_deleted(self):
        self.add_permissions('netbox_custom_objects.delete_customobjecttypefield')
        field = CustomObjectTypeField.objects.get(custom_object_type=self.cot, name='provider')
        url = reverse(f'{base.API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': field.pk})
        response = self.client.delete(url, **self.header)
        self.assertHttpStatus(response, status.HTTP_409_CONFLICT)
        constraints = CustomObjectTypeUniqueConstraint.objects.filter(name__in=('a', 'c')).order_by('name')
        self.assertIn(', '.join(f'{c.name} ({c.pk})' for c in constraints), str(response.data))
        self.assertTrue(CustomObjectTypeField.objects.filter(pk=field.pk).exists())


class ObjectsUnderUniqueConstraintsTest(CustomObjectsTestMixin, APITestCase):
    """The objects' endpoint of a type with constraints: clashes are 400s naming the object, for create, update and
    bulk update; objects the user may not view are named by id only."""

    @classmethod
    def setUpTestData(cls):
        cls.cot = make_circuit_type(cls)
        fields = {field.name: field.pk for field in cls.cot.fields.all()}
        CustomObjectTypeUniqueConstraint.objects.create(
            custom_object_type=cls.cot, name='per provider', field_ids=[fields['name'], fields['provider']],
            case_insensitive=True)
        CustomObjectTypeUniqueConstraint.objects.create(
            custom_object_type=cls.cot, name='active names', field_ids=[fields['name']],
            condition_field_id=fields['status'], condition_value='active')

    def setUp(self):
        super().setUp()
        self.model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        self.existing = self.model.objects.create(name='C1', provider='P1', status='active')
        self.list_url = reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': 'circuit'})

    def detail_url(self, obj):
        return reverse(f'{base.API_NAMESPACE}:customobject-detail',
                       kwargs={'custom_object_type': 'circuit', 'pk': obj.pk})

    def grant(self, *actions):
        name = self.model._meta.model_name
        self.add_permissions(*(f'netbox_custom_objects.{action}_{name}' for action in actions))

    def test_a_clashing_create_is_a_400_naming_the_object(self):
        self.grant('view', 'add')
        for payload, constraint in (({'name': 'c1', 'provider': 'p1'}, 'per provider'),
                                    ({'name': 'C1', 'status': 'active'}, 'active names')):
            with self.subTest(payload=payload):
                response = self.client.post(self.list_url, payload, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                message = str(response.data)
                self.assertIn(constraint, message)
                self.assertIn(f'C1 (#{self.existing.pk})', message)
        self.assertEqual(self.model.objects.count(), 1)

    def test_objects_outside_the_constraint_are_created(self):
        self.grant('view', 'add')
        for payload in ({'name': 'C1', 'provider': 'P2'}, {'name': 'C1', 'status': 'planned'}, {'name': 'C1'}):
            response = self.client.post(self.list_url, payload, format='json', **self.header)
            self.assertHttpStatus(response, status.HTTP_201_CREATED)

    def test_a_clashing_update_is_a_400(self):
        self.grant('view', 'change')
        other = self.model.objects.create(name='C2', provider='P1')
        response = self.client.patch(self.detail_url(other), {'name': 'c1'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'#{self.existing.pk}', str(response.data))
        other.refresh_from_db()
        self.assertEqual(other.name, 'C2')
        # Its own values are no clash
        response = self.client.patch(self.detail_url(self.existing), {'provider': 'P1'}, format='json',
                                     **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)

    def test_a_clashing_bulk_update_is_a_400_and_changes_nothing(self):
        self.grant('view', 'change')
        other = self.model.objects.create(name='C2', provider='P2')
        response = self.client.patch(self.list_url, [{'id': other.pk, 'name': 'c1', 'provider': 'p1'}],
                                     format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        other.refresh_from_db()
        self.assertEqual((other.name, other.provider), ('C2', 'P2'))

    def test_an_object_the_user_may_not_view_is_named_by_id_only(self):
        self.add_permissions(f'netbox_custom_objects.add_{self.model._meta.model_name}')
        base.grant(self.user, self.model, ['view'], constraints={'name': 'nothing'})
        response = self.client.post(self.list_url, {'name': 'c1', 'provider': 'p1'}, format='json', **self.header)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        message = str(response.data)
        self.assertIn(f'#{self.existing.pk}', message)
        self.assertNotIn('C1 (', message)
