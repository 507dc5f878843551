"""Every page of the plugin renders for a superuser (a wide net for template and URL errors)."""

from django.urls import reverse

from utilities.testing import TestCase

from ..base import CustomObjectsTestMixin

NAME = 'plugins:netbox_custom_objects:{}'


class EveryPageRendersTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets', group_name='Lab')
        cls.create_custom_object_type_field(cls.cot, name='serial', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='color', type='select', choice_set=cls.create_choice_set())
        cls.create_custom_object_type_field(cls.cot, name='notes', type='longtext', group_name='Details')
        cls.create_custom_object_type_field(cls.cot, name='position', type='coordinates')
        cls.cot.refresh_from_db()
        cls.obj = cls.cot.get_model().objects.create(serial='A1', color='a', notes='*bold*')

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def type_urls(self):
        field = self.cot.fields.get(name='serial')
        add_field = reverse(NAME.format('customobjecttypefield_add'))
        return [
            reverse(NAME.format('customobjecttype_list')),
            reverse(NAME.format('customobjecttype_add')),
            reverse(NAME.format('customobjecttype_bulk_import')),
            *(reverse(NAME.format(f'customobjecttype{suffix}'), args=[self.cot.pk])
              for suffix in ('', '_edit', '_delete', '_fields', '_changelog', '_journal')),
            f'{add_field}?custom_object_type={self.cot.pk}',
            *(f'{add_field}?custom_object_type={self.cot.pk}&type={key}'
              for key in ('integer', 'select', 'object', 'multiobject', 'coordinates', 'json', 'boolean')),
            *(reverse(NAME.format(f'customobjecttypefield_{action}'), args=[field.pk])
              for action in ('edit', 'delete', 'changelog')),
        ]

    def object_urls(self):
        slug = {'custom_object_type': 'widgets'}
        detail = {**slug, 'pk': self.obj.pk}
        list_url = reverse(NAME.format('customobject_list'), kwargs=slug)
        return [
            list_url, f'{list_url}?export', f'{list_url}?export=table', f'{list_url}?q=A1',
            *(reverse(NAME.format(f'customobject_{action}'), kwargs=slug) for action in ('add', 'bulk_import')),
            self.obj.get_absolute_url(),
            *(reverse(NAME.format(f'customobject_{action}'), kwargs=detail)
              for action in ('edit', 'delete', 'journal', 'changelog', 'contacts')),
        ]

    def test_every_page_renders(self):
        for url in [*self.type_urls(), *self.object_urls(), reverse('home')]:
            with self.subTest(url=url):
                self.assertHttpStatus(self.client.get(url), 200)

    def test_pages_of_a_type_referring_to_another_type(self):
        part = self.create_custom_object_type(name='part', slug='parts', config_context_enabled=True)
        self.create_custom_object_type_field(part, name='widget', type='object',
                                             related_object_type=self.cot.object_type)
        self.create_custom_object_type_field(part, name='widgets', type='multiobject',
                                             related_object_type=self.cot.object_type)
        part.refresh_from_db()
        obj = part.get_model().objects.create(widget=self.obj)
        obj.widgets.set([self.obj])
        slug = {'custom_object_type': 'parts'}
        add = self.client.get(reverse(NAME.format('customobject_add'), kwargs=slug))
        self.assertHttpStatus(add, 200)
        # The picker of a custom object target reads the target type's REST endpoint.
        self.assertContains(add, 'data-url="/api/plugins/custom-objects/widgets/"')
        self.assertContains(self.client.get(obj.get_absolute_url()), self.obj.get_absolute_url())
        config_context = reverse(NAME.format('customobject_configcontext'), kwargs={**slug, 'pk': obj.pk})
        self.assertHttpStatus(self.client.get(config_context), 200)
        linked = reverse(NAME.format('customobject_custom_objects'), kwargs={'custom_object_type': 'widgets',
                                                                            'pk': self.obj.pk})
        self.assertContains(self.client.get(linked), obj.get_absolute_url())

    def test_polymorphic_toggle_offers_several_target_types(self):
        add_field = reverse(NAME.format('customobjecttypefield_add'))
        response = self.client.get(
            f'{add_field}?custom_object_type={self.cot.pk}&type=object&is_polymorphic=on',
            headers={'HX-Request': 'true'},
        )
        self.assertContains(response, 'name="related_object_types"')
        self.assertNotContains(response, 'name="related_object_type"')
        self.assertNotContains(response, 'name="on_delete_behavior"')

    def test_menu_lists_the_type_in_its_group(self):
        content = self.client.get(reverse('home')).content.decode()
        self.assertIn('Custom Object Types', content)
        self.assertIn('Lab', content)
        self.assertIn(self.cot.get_list_url(), content)
        self.assertIn(reverse(NAME.format('customobject_add'), kwargs={'custom_object_type': 'widgets'}), content)
