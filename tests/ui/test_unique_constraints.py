"""Unique constraints in the UI: their pages (NetBox's view test cases), the panel on the type's page, the form's
errors, and the objects' forms refusing a clash with a form error naming the object (add, edit, bulk import, bulk
edit), never a 500."""

from django.urls import reverse

from utilities.testing import TestCase, ViewTestCases

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint

from ..base import CustomObjectsTestMixin
from .base import ListQueryCountMixin

TYPE_VIEW = 'plugins:netbox_custom_objects:customobjecttype'


def make_circuit_type(test_case):
    cot = test_case.create_custom_object_type(name='circuit', slug='circuits')
    choices = test_case.create_choice_set(extra_choices=[['active', 'Active'], ['planned', 'Planned']])
    test_case.create_custom_object_type_field(cot, name='name', primary=True)
    test_case.create_custom_object_type_field(cot, name='provider')
    test_case.create_custom_object_type_field(cot, name='status', type='select', choice_set=choices)
    return cot


def field(cot, name):
    return CustomObjectTypeField.objects.get(custom_object_type=cot, name=name)


class UniqueConstraintViewTest(
    CustomObjectsTestMixin,
    ListQueryCountMixin,
    ViewTestCases.GetObjectViewTestCase,
    ViewTestCases.GetObjectChangelogViewTestCase,
    ViewTestCases.CreateObjectViewTestCase,
    ViewTestCases.EditObjectViewTestCase,
    ViewTestCases.DeleteObjectViewTestCase,
    ViewTestCases.ListObjectsViewTestCase,
    ViewTestCases.BulkDeleteObjectsViewTestCase,
):
    model = CustomObjectTypeUniqueConstraint
    user_permissions = ('netbox_custom_objects.view_customobjecttype',
                        'netbox_custom_objects.view_customobjecttypefield')
    query_count_sizes = (3, 8)
    validation_excluded_fields = ('key_fields', 'condition_value')

    @classmethod
    def setUpTestData(cls):
        cls.cot = make_circuit_type(cls)
        name, provider, status = (field(cls.cot, n) for n in ('name', 'provider', 'status'))
        for label, keys in (('a', [name, provider]), ('b', [name, status]), ('c', [provider, status])):
            CustomObjectTypeUniqueConstraint.objects.create(
                custom_object_type=cls.cot, name=label, field_ids=[f.pk for f in keys])
        cls.form_data = {
            'custom_object_type': cls.cot.pk, 'name': 'active names', 'key_fields': [name.pk],
            'condition_field': status.pk, 'condition_value': 'active', 'description': 'One active circuit a name',
        }

    def _get_base_url(self):
        return 'plugins:netbox_custom_objects:customobjecttypeuniqueconstraint_{}'

    def make_list_objects(self, count):
        keys = [field(self.cot, 'name').pk, field(self.cot, 'provider').pk]
        for index in range(CustomObjectTypeUniqueConstraint.objects.count(), count):
            CustomObjectTypeUniqueConstraint.objects.create(custom_object_type=self.cot, name=f'n{index}',
                                                            field_ids=keys)

    def test_the_form_saves_fields_and_condition(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypeuniqueconstraint')
        response = self.client.post(self._get_url('add'), {
            'custom_object_type': self.cot.pk, 'name': 'new', 'key_fields': [field(self.cot, 'name').pk,
                                                                            field(self.cot, 'provider').pk],
            'case_insensitive': True,
        })
        self.assertHttpStatus(response, 302)
        constraint = CustomObjectTypeUniqueConstraint.objects.get(name='new')
        self.assertEqual(constraint.fields_display, 'name, provider')
        self.assertTrue(constraint.case_insensitive)

    def test_the_form_shows_errors_on_its_fields(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttypeuniqueconstraint')
        CustomObjectTypeUniqueConstraint.objects.get(name='a').delete()
        model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        first, second = (model.objects.create(name='C1', provider='P1') for _ in range(2))
        self.add_permissions(f'netbox_custom_objects.view_{model._meta.model_name}')  # (else named by id only)
        cases = (
            ({'key_fields': [field(self.cot, 'name').pk]}, 'Give two or more fields'),
            ({'key_fields': [field(self.cot, 'name').pk], 'condition_field': field(self.cot, 'status').pk,
              'condition_value': 'zzz'}, 'zzz'),
            ({'key_fields': [field(self.cot, 'name').pk, field(self.cot, 'provider').pk]},
             f'C1 (#{first.pk}), C1 (#{second.pk})'),
        )
        for data, message in cases:
            with self.subTest(data=data):
                response = self.client.post(self._get_url('add'), {
                    'custom_object_type': self.cot.pk, 'name': 'new', **data})
                self.assertHttpStatus(response, 200)
                self.assertContains(response, message)
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.filter(name='new').exists())

    def test_the_type_page_lists_its_constraints(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttypeuniqueconstraint')
        content = self.client.get(reverse(TYPE_VIEW, args=[self.cot.pk])).content.decode()
        self.assertIn('Unique Constraints', content)
        self.assertIn('name, provider', content)
        self.assertIn(CustomObjectTypeUniqueConstraint.objects.get(name='a').get_absolute_url(), content)


class ObjectFormsUnderUniqueConstraintsTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = make_circuit_type(cls)
        CustomObjectTypeUniqueConstraint.objects.create(
            custom_object_type=cls.cot, name='per provider', case_insensitive=True,
            field_ids=[field(cls.cot, 'name').pk, field(cls.cot, 'provider').pk])

    def setUp(self):
        super().setUp()
        self.model = CustomObjectType.objects.get(pk=self.cot.pk).get_model()
        self.existing = self.model.objects.create(name='C1', provider='P1')
        name = self.model._meta.model_name
        self.add_permissions(*(f'netbox_custom_objects.{action}_{name}' for action in ('view', 'add', 'change')))

    def url(self, action, obj=None):
        kwargs = {'custom_object_type': 'circuits', **({'pk': obj.pk} if obj else {})}
        return reverse(f'plugins:netbox_custom_objects:customobject_{action}', kwargs=kwargs)

    def assert_refused(self, response):
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'per provider')
        self.assertContains(response, f'C1 (#{self.existing.pk})')

    def test_add_form(self):
        self.assert_refused(self.client.post(self.url('add'), {'name': 'c1', 'provider': 'p1'}))
        self.assertEqual(self.model.objects.count(), 1)

    def test_edit_form(self):
        other = self.model.objects.create(name='C2', provider='P1')
        self.assert_refused(self.client.post(self.url('edit', other), {'name': 'c1', 'provider': 'P1'}))
        other.refresh_from_db()
        self.assertEqual(other.name, 'C2')

    def test_bulk_import(self):
        response = self.client.post(self.url('bulk_import'), {
            'data': 'name,provider\nC9,P9\nc1,p1', 'format': 'csv', 'csv_delimiter': ','})
        self.assert_refused(response)
        self.assertEqual(self.model.objects.count(), 1)

    def test_bulk_edit(self):
        others = [self.model.objects.create(name='c1', provider=f'P{i}') for i in (2, 3)]
        response = self.client.post(self.url('bulk_edit'), {
            'pk': [obj.pk for obj in others], '_apply': True, 'provider': 'p1'})
        self.assert_refused(response)
        self.assertEqual(sorted(self.model.objects.values_list('provider', flat=True)), ['P1', 'P2', 'P3'])
