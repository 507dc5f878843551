"""Quick add ("+" beside a picker) for custom object targets: the button, the modal form and the created response
NetBox's widget reads."""

import re

from django.urls import reverse

from dcim.models import Site
from utilities.testing import TestCase

from ..base import CustomObjectsTestMixin

NAME = 'plugins:netbox_custom_objects:customobject_{}'


class QuickAddTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.part_type = cls.create_custom_object_type(name='part', slug='parts', verbose_name='Part')
        cls.create_custom_object_type_field(cls.part_type, name='serial', primary=True, required=True)
        cls.part_type.refresh_from_db()
        cls.machine_type = cls.create_custom_object_type(name='machine', slug='machines')
        part = cls.part_type.object_type
        site = cls.object_type_of('dcim', 'site')
        cls.create_custom_object_type_field(cls.machine_type, name='name', primary=True)
        cls.create_custom_object_type_field(cls.machine_type, name='part', type='object', related_object_type=part)
        cls.create_custom_object_type_field(cls.machine_type, name='parts', type='multiobject',
                                            related_object_type=part)
        cls.create_custom_object_type_field(cls.machine_type, name='site', type='object', related_object_type=site)
        cls.create_custom_object_type_field(cls.machine_type, name='anything', type='object', is_polymorphic=True,
                                            related_object_types=[part, site])
        cls.machine_type.refresh_from_db()
        Site.objects.create(name='Site 1', slug='site-1')

    def setUp(self):
        super().setUp()
        self.part_model = self.part_type.get_model()
        self.machine_model = self.machine_type.get_model()
        self.add_permissions(
            f'netbox_custom_objects.add_{self.part_model._meta.model_name}',
            f'netbox_custom_objects.view_{self.part_model._meta.model_name}',
            f'netbox_custom_objects.add_{self.machine_model._meta.model_name}',
            'dcim.view_site',
        )
        self.part_add = reverse(NAME.format('add'), kwargs={'custom_object_type': 'parts'})

    def quick_add_buttons(self, content):
        return set(re.findall(r'hx-get="([^"]*_quickadd=True[^"]*)"', content))

    def test_pickers_of_custom_object_targets_offer_quick_add(self):
        content = self.client.get(reverse(NAME.format('add'), kwargs={'custom_object_type': 'machines'})).content
        buttons = self.quick_add_buttons(content.decode())
        self.assertEqual(buttons, {
            f'{self.part_add}?_quickadd=True&target=id_{name}'
            for name in ('part', 'parts', f'anything__netbox_custom_objects_{self.part_model._meta.model_name}')
        })

    def test_quick_add_form_renders_in_the_modal(self):
        response = self.client.get(self.part_add, {'_quickadd': 'True', 'target': 'id_part'})
        self.assertHttpStatus(response, 200)
        self.assertTemplateUsed(response, 'htmx/quick_add.html')
        content = response.content.decode()
        self.assertIn('Quick Add', content)
        self.assertIn('name="quickadd-serial"', content)
        self.assertIn(f'hx-post="{self.part_add}?_quickadd=True&target=id_part"', content)

    def test_quick_add_form_offers_no_nested_quick_add(self):
        machine_add = reverse(NAME.format('add'), kwargs={'custom_object_type': 'machines'})
        content = self.client.get(machine_add, {'_quickadd': 'True', 'target': 'id_x'}).content.decode()
        self.assertIn('name="quickadd-part"', content)
        self.assertEqual(self.quick_add_buttons(content), set())

    def test_quick_add_post_creates_and_answers_with_the_created_object(self):
        response = self.client.post(f'{self.part_add}?_quickadd=True&target=id_part', {
            'quickadd-serial': 'SN-1', '_quickadd': '',
        })
        self.assertHttpStatus(response, 200)
        self.assertTemplateUsed(response, 'htmx/quick_add_created.html')
        part = self.part_model.objects.get(serial='SN-1')
        content = response.content.decode()
        self.assertIn('id="quick-add-object"', content)
        self.assertIn(f'data-object-id="{part.pk}"', content)
        self.assertIn('data-object-repr="SN-1"', content)
        self.assertIn('data-target-id="id_part"', content)

    def test_quick_add_post_with_errors_shows_the_modal_form_again(self):
        response = self.client.post(f'{self.part_add}?_quickadd=True&target=id_part', {'_quickadd': ''})
        self.assertHttpStatus(response, 200)
        self.assertTemplateUsed(response, 'htmx/quick_add.html')
        self.assertFalse(self.part_model.objects.exists())
