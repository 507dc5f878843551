"""URL values keep only safe schemes (security review finding 9): a url field refuses `javascript:`, `data:` and
`vbscript:` values on write, and converting a text field to url is refused while it holds such values (the rows
are named; nothing is changed)."""

from django.urls import reverse
from rest_framework import status

from utilities.testing import APITestCase

from netbox_custom_objects.constants import model_name
from netbox_custom_objects.models import CustomObjectTypeField

from . import base

UNSAFE = (
    "javascript:fetch('/api/users/tokens/')//",
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
)


class URLValuesTest(base.PluginAPITestMixin, APITestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='site_page', slug='site-pages')
        cls.homepage = cls.create_custom_object_type_field(cls.cot, name='homepage')
        cls.link = cls.create_custom_object_type_field(cls.cot, name='link', type='url')

    def setUp(self):
        super().setUp()
        self.add_permissions(
            'netbox_custom_objects.change_customobjecttypefield',
            *(f'netbox_custom_objects.{action}_{model_name(self.cot.pk)}' for action in ('view', 'add', 'change')),
        )
        self.model = self.cot.get_model()

    def objects_url(self):
        return reverse(f'{base.API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def convert(self):
        return self.client.patch(reverse(f'{base.API_NAMESPACE}:customobjecttypefield-detail',
                                         kwargs={'pk': self.homepage.pk}), {'type': 'url'}, format='json',
                                 **self.header)

    def test_url_field_refuses_unsafe_schemes_on_write(self):
        for value in UNSAFE:
            with self.subTest(value=value):
                response = self.client.post(self.objects_url(), {'link': value}, format='json', **self.header)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('link', response.data)
        self.assertFalse(self.model.objects.exists())

    def test_text_to_url_with_unsafe_values_is_refused_naming_the_rows(self):
        good = self.model.objects.create(homepage='https://example.com/')
        bad = [self.model.objects.create(homepage=value) for value in UNSAFE]
        response = self.convert()
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        message = str(response.data['type'])
        for obj in bad:
            self.assertIn(f'#{obj.pk}', message)
        self.assertNotIn(f'#{good.pk} ', message)
        self.assertEqual(CustomObjectTypeField.objects.get(pk=self.homepage.pk).type, 'text')
        self.assertEqual(sorted(self.cot.get_model().objects.values_list('homepage', flat=True)),
                         sorted(['https://example.com/', *UNSAFE]))

    def test_text_to_url_with_safe_values_converts(self):
        self.model.objects.create(homepage='https://example.com/')
        self.model.objects.create(homepage='')
        self.model.objects.create(homepage=None)
        self.assertHttpStatus(self.convert(), status.HTTP_200_OK)
        self.assertEqual(CustomObjectTypeField.objects.get(pk=self.homepage.pk).type, 'url')
        response = self.client.get(self.objects_url(), **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
