"""Polymorphic object and multiobject fields in the object forms: one picker per allowed type on add, edit, clone and
bulk edit, posted through the views."""

from django.urls import reverse

from dcim.models import Site
from extras.validators import CustomValidator
from tenancy.models import Tenant
from utilities.testing import TestCase

from ..base import CustomObjectsTestMixin

NAME = 'plugins:netbox_custom_objects:customobject_{}'


class RefValidator(CustomValidator):
    def validate(self, instance, request):
        if instance.ref is None:
            self.fail('Choose a reference.', field='ref')


class PolymorphicFormsTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        cls.tenants = [Tenant.objects.create(name=f'Tenant {i}', slug=f'tenant-{i}') for i in range(2)]
        allowed = [cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant')]
        cls.cot = cls.create_custom_object_type(name='holder', slug='holders')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True, required=True)
        cls.create_custom_object_type_field(cls.cot, name='ref', type='object', is_polymorphic=True,
                                            related_object_types=allowed)
        cls.create_custom_object_type_field(cls.cot, name='links', type='multiobject', is_polymorphic=True,
                                            related_object_types=allowed)
        cls.cot.refresh_from_db()

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(
            *(f'netbox_custom_objects.{action}_{self.model._meta.model_name}' for action in ('view', 'add', 'change')),
            'dcim.view_site', 'tenancy.view_tenant',
        )

    def url(self, action, obj=None):
        kwargs = {'custom_object_type': 'holders', **({'pk': obj.pk} if obj is not None else {})}
        return reverse(NAME.format(action), kwargs=kwargs)

    def make(self, name, ref=None, links=()):
        obj = self.model.objects.create(name=name, ref=ref)
        obj.links.set(links)
        return obj

    def test_add_stores_the_chosen_objects_of_several_types(self):
        response = self.client.post(self.url('add'), {
            'name': 'H1',
            'ref__tenancy_tenant': self.tenants[1].pk,
            'links__dcim_site': [self.sites[0].pk, self.sites[1].pk],
            'links__tenancy_tenant': [self.tenants[0].pk],
        })
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(name='H1')
        self.assertEqual(obj.ref, self.tenants[1])
        self.assertEqual(set(obj.links.all()), {*self.sites, self.tenants[0]})

    def test_two_objects_for_one_reference_is_a_form_error(self):
        response = self.client.post(self.url('add'), {
            'name': 'H2', 'ref__dcim_site': self.sites[0].pk, 'ref__tenancy_tenant': self.tenants[0].pk,
        })
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'Choose one object only.')
        self.assertFalse(self.model.objects.filter(name='H2').exists())

    def test_model_errors_on_a_polymorphic_field_show_on_its_first_picker(self):
        # The validator names the model attribute `ref`, which has no form field of that name.
        with self.settings(CUSTOM_VALIDATORS={'netbox_custom_objects.holders': [f'{__name__}.RefValidator']}):
            response = self.client.post(self.url('add'), {'name': 'H6'})
        self.assertHttpStatus(response, 200)
        self.assertEqual(response.context['form'].errors['ref__dcim_site'], ['Choose a reference.'])
        self.assertFalse(self.model.objects.filter(name='H6').exists())

    def test_edit_shows_and_replaces_the_stored_objects(self):
        obj = self.make('H3', ref=self.sites[0], links=[self.sites[1], self.tenants[0]])
        form = self.client.get(self.url('edit', obj)).context['form']
        self.assertEqual(form['ref__dcim_site'].value(), self.sites[0].pk)
        self.assertEqual(form['links__tenancy_tenant'].value(), [self.tenants[0].pk])
        self.assertIsNone(form['ref__tenancy_tenant'].value())
        response = self.client.post(self.url('edit', obj), {
            'name': 'H3', 'ref__tenancy_tenant': self.tenants[0].pk, 'links__dcim_site': [self.sites[0].pk],
        })
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(pk=obj.pk)
        self.assertEqual(obj.ref, self.tenants[0])
        self.assertEqual(obj.links.all(), [self.sites[0]])

    def test_edit_with_no_choice_clears_the_field(self):
        obj = self.make('H4', ref=self.sites[0], links=[self.sites[1]])
        self.assertHttpStatus(self.client.post(self.url('edit', obj), {'name': 'H4'}), 302)
        obj = self.model.objects.get(pk=obj.pk)
        self.assertIsNone(obj.ref)
        self.assertEqual(obj.links.all(), [])

    def test_clone_link_prefills_a_picker_and_saves_a_new_object(self):
        response = self.client.get(self.url('add'), {'name': 'H5', 'ref__tenancy_tenant': self.tenants[0].pk})
        self.assertEqual(response.context['form']['ref__tenancy_tenant'].value(), str(self.tenants[0].pk))
        source = self.make('H5', ref=self.sites[0])
        response = self.client.post(self.url('add'), {'name': 'H5 copy', 'ref__dcim_site': self.sites[1].pk})
        self.assertHttpStatus(response, 302)
        self.assertEqual(self.model.objects.get(name='H5 copy').ref, self.sites[1])
        self.assertEqual(self.model.objects.get(pk=source.pk).ref, self.sites[0])

    def test_bulk_edit_sets_the_chosen_objects(self):
        objs = [self.make('B1', ref=self.sites[0]), self.make('B2', links=[self.sites[0]])]
        response = self.client.post(self.url('bulk_edit'), {
            'pk': [o.pk for o in objs], '_apply': True,
            'ref__tenancy_tenant': self.tenants[1].pk, 'links__tenancy_tenant': [self.tenants[0].pk],
        })
        self.assertHttpStatus(response, 302)
        for obj in self.model.objects.filter(pk__in=[o.pk for o in objs]):
            self.assertEqual(obj.ref, self.tenants[1])
            self.assertEqual(obj.links.all(), [self.tenants[0]])

    def test_bulk_edit_leaves_fields_alone_when_empty(self):
        obj = self.make('B3', ref=self.sites[0], links=[self.tenants[0]])
        response = self.client.post(self.url('bulk_edit'), {'pk': [obj.pk], '_apply': True, 'name': 'B3 renamed'})
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(pk=obj.pk)
        self.assertEqual(obj.name, 'B3 renamed')
        self.assertEqual(obj.ref, self.sites[0])
        self.assertEqual(obj.links.all(), [self.tenants[0]])

    def test_bulk_edit_set_null_clears_the_fields(self):
        obj = self.make('B4', ref=self.sites[0], links=[self.tenants[0], self.sites[1]])
        form = self.client.post(self.url('bulk_edit'), {'pk': [obj.pk]}).content.decode()
        self.assertIn('name="_nullify" value="ref__dcim_site"', form)
        response = self.client.post(self.url('bulk_edit'), {
            'pk': [obj.pk], '_apply': True, '_nullify': ['ref__tenancy_tenant', 'links__dcim_site'],
        })
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(pk=obj.pk)
        self.assertIsNone(obj.ref)
        self.assertEqual(obj.links.all(), [])

    def test_bulk_edit_refuses_two_objects_for_one_reference(self):
        obj = self.make('B5', ref=self.sites[0])
        response = self.client.post(self.url('bulk_edit'), {
            'pk': [obj.pk], '_apply': True,
            'ref__dcim_site': self.sites[1].pk, 'ref__tenancy_tenant': self.tenants[0].pk,
        })
        self.assertHttpStatus(response, 200)
        self.assertContains(response, 'Choose one object only.')
        self.assertEqual(self.model.objects.get(pk=obj.pk).ref, self.sites[0])


class RequiredPolymorphicFormsTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.site = Site.objects.create(name='Site', slug='site')
        allowed = [cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant')]
        cls.cot = cls.create_custom_object_type(name='mandatory', slug='mandatory')
        cls.create_custom_object_type_field(cls.cot, name='ref', type='object', is_polymorphic=True, required=True,
                                            related_object_types=allowed)
        cls.create_custom_object_type_field(cls.cot, name='links', type='multiobject', is_polymorphic=True,
                                            required=True, related_object_types=allowed)
        cls.cot.refresh_from_db()

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        self.add_permissions(f'netbox_custom_objects.add_{self.model._meta.model_name}', 'dcim.view_site')
        self.add_url = reverse(NAME.format('add'), kwargs={'custom_object_type': 'mandatory'})

    def test_required_fields_are_enforced(self):
        response = self.client.post(self.add_url, {})
        self.assertHttpStatus(response, 200)
        self.assertEqual(set(response.context['form'].errors), {'ref__dcim_site', 'links__dcim_site'})
        self.assertFalse(self.model.objects.exists())

    def test_required_fields_accept_a_choice_on_creation(self):
        response = self.client.post(self.add_url, {'ref__dcim_site': self.site.pk, 'links__dcim_site': [self.site.pk]})
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get()
        self.assertEqual(obj.ref, self.site)
        self.assertEqual(obj.links.all(), [self.site])
