"""The link title of url fields (`<name>_title`, as upstream 0.7): its column follows the field (added, renamed,
converted, dropped, healed into tables made before it existed), and the UI edits, imports and shows it."""

from django.core.exceptions import ValidationError
from django.urls import reverse

from utilities.testing import TestCase

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.ddl import DropColumn, apply
from netbox_custom_objects.field_types.text import title_column
from netbox_custom_objects.healing import heal_type

from ..base import CustomObjectsTestMixin, column_names, column_type


class LinkTitleColumnTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='bookmark', slug='bookmarks')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.table = table_name(cls.cot.pk)

    def field(self, name):
        return self.cot.fields.get(name=name)

    def test_the_column_follows_the_field(self):
        field = self.create_custom_object_type_field(self.cot, name='link', type='url')
        self.assertEqual(column_type(self.table, 'link_title'), 'character varying(200)')
        self.cot.get_model().objects.create(name='a', link='https://example.com', link_title='Example')

        field.name = 'address'
        field.save()
        self.assertEqual({'address', 'address_title'} & column_names(self.table), {'address', 'address_title'})
        self.assertNotIn('link_title', column_names(self.table))
        self.assertEqual(self.cot.get_model().objects.get().address_title, 'Example')

        field.type = 'text'
        field.save()
        self.assertNotIn('address_title', column_names(self.table))
        field.type = 'url'
        field.save()
        self.assertIn('address_title', column_names(self.table))
        self.assertIsNone(self.cot.get_model().objects.get().address_title)

        field.delete()
        self.assertFalse({'address', 'address_title'} & column_names(self.table))

    def test_healing_adds_the_column_to_url_fields_made_before_it(self):
        self.create_custom_object_type_field(self.cot, name='link', type='url')
        self.create_custom_object_type_field(self.cot, name='note')
        apply([DropColumn(self.table, 'link_title', title_column())])
        self.assertEqual(heal_type(self.cot, dry_run=True)['added'], ['link_title'])
        self.assertNotIn('link_title', column_names(self.table))
        self.assertEqual(heal_type(self.cot)['added'], ['link_title'])
        self.assertIn('link_title', column_names(self.table))
        self.assertEqual(heal_type(self.cot)['added'], [])
        self.cot.get_model().objects.create(name='a', link='https://example.com', link_title='t')

    def test_the_title_cannot_be_taken_by_another_field(self):
        self.create_custom_object_type_field(self.cot, name='link', type='url')
        with self.assertRaises(ValidationError) as raised:
            self.create_custom_object_type_field(self.cot, name='link_title')
        self.assertIn('name', raised.exception.message_dict)


class LinkTitleUITest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='bookmark', slug='bookmarks')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True, required=True)
        cls.create_custom_object_type_field(cls.cot, name='link', type='url', label='Link')

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()
        name = self.model._meta.model_name
        self.add_permissions(*(f'netbox_custom_objects.{action}_{name}' for action in ('view', 'add', 'change')))

    def url(self, action, obj=None):
        kwargs = {'custom_object_type': self.cot.slug, **({'pk': obj.pk} if obj is not None else {})}
        return reverse(f'plugins:netbox_custom_objects:customobject{action}', kwargs=kwargs)

    def test_edit_form(self):
        response = self.client.get(self.url('_add'))
        self.assertContains(response, 'name="link_title"')
        self.assertContains(response, 'Link (link title)')
        response = self.client.post(self.url('_add'), {'name': 'One', 'link': 'https://example.com/1',
                                                       'link_title': 'First'})
        self.assertHttpStatus(response, 302)
        obj = self.model.objects.get(name='One')
        self.assertEqual((obj.link, obj.link_title), ('https://example.com/1', 'First'))
        response = self.client.post(self.url('_edit', obj), {'name': 'One', 'link': 'https://example.com/1',
                                                              'link_title': ''})
        self.assertHttpStatus(response, 302)
        obj.refresh_from_db()
        self.assertIsNone(obj.link_title)

    def test_csv_import(self):
        response = self.client.post(self.url('_bulk_import'), {
            'data': 'name,link,link_title\nA,https://a.example,Site A\nB,https://b.example,',
            'format': 'csv', 'csv_delimiter': ',',
        })
        self.assertHttpStatus(response, 302)
        self.assertEqual(sorted(self.model.objects.values_list('name', 'link_title')), [('A', 'Site A'), ('B', None)])

    def test_link_text_on_detail_and_list_pages(self):
        titled = self.model.objects.create(name='T', link='https://t.example/', link_title='Titled <b>')
        plain = self.model.objects.create(name='P', link='https://p.example/')
        response = self.client.get(titled.get_absolute_url())
        self.assertContains(response, '<a href="https://t.example/" rel="noopener noreferrer">Titled &lt;b&gt;</a>',
                            html=True)
        response = self.client.get(plain.get_absolute_url())
        self.assertContains(response, '<a href="https://p.example/" rel="noopener noreferrer">https://p.example/</a>',
                            html=True)
        long = self.model.objects.create(name='L', link='https://l.example/', link_title='x' * 80)
        self.assertContains(self.client.get(long.get_absolute_url()), f'{"x" * 69}…</a>')
        response = self.client.get(self.url('_list'))
        self.assertContains(response, '<a href="https://t.example/" rel="noopener noreferrer">Titled &lt;b&gt;</a>',
                            html=True)
        self.assertContains(response, '<a href="https://p.example/" rel="noopener noreferrer">https://p.example/</a>',
                            html=True)
