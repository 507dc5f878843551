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

    def test_menu_lists_the_type_in_its_group(self):
        content = self.client.get(reverse('home')).content.decode()
        self.assertIn('Custom Object Types', content)
        self.assertIn('Lab', content)
        self.assertIn(self.cot.get_list_url(), content)
        self.assertIn(reverse(NAME.format('customobject_add'), kwargs={'custom_object_type': 'widgets'}), content)
