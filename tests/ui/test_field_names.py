"""Names that cannot break a model, in the UI (security review findings 4, 5, 6 and 18): the field form shows the
refusal as a form error on the name (a 200 re-rendering the form), nothing is created; the same for a display
expression over the rendering budget (finding 3) in the type form."""

from django.urls import reverse

from core.models import ObjectType
from utilities.testing import TestCase

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import CustomObjectsTestMixin
from .html import page
from .html import text as html_text
from .test_fields import BEHAVIOUR

FIELD_ADD = 'plugins:netbox_custom_objects:customobjecttypefield_add'
TYPE_EDIT = 'plugins:netbox_custom_objects:customobjecttype_edit'


class FieldNameFormTest(CustomObjectsTestMixin, TestCase):
    user_permissions = ('netbox_custom_objects.view_customobjecttype',
                        'netbox_custom_objects.add_customobjecttypefield',
                        'netbox_custom_objects.change_customobjecttype')

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='cabinet')
        cls.create_custom_object_type_field(
            cls.cot, name='site', type='object', related_object_type=ObjectType.objects.get(app_label='dcim',
                                                                                           model='site'))

    def post_field(self, **data):
        return self.client.post(reverse(FIELD_ADD), {**BEHAVIOUR, 'custom_object_type': self.cot.pk, **data})

    def assertFormError(self, response, text):
        self.assertHttpStatus(response, 200)
        self.assertIn(text, html_text(page(response)))

    def test_reserved_and_clashing_names_are_form_errors(self):
        for name, text in (
            ('from_db', 'reserved name'),
            ('validate_unique', 'reserved name'),
            ('site_id', 'clashes with the field "site"'),
        ):
            with self.subTest(name=name):
                self.assertFormError(self.post_field(name=name, type='text'), text)
        self.assertFormError(self.post_field(name='links_' + 'x' * 44, type='multiobject',
                                             related_object_type=ObjectType.objects.get(app_label='dcim',
                                                                                        model='site').pk),
                             '63 bytes')
        self.assertEqual(list(CustomObjectTypeField.objects.values_list('name', flat=True)), ['site'])

    def test_display_expression_over_budget_is_a_form_error(self):
        response = self.client.post(reverse(TYPE_EDIT, kwargs={'pk': self.cot.pk}), {
            'name': 'cabinet', 'slug': 'cabinet',
            'display_expression': '{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}',
        })
        self.assertFormError(response, 'budget')
        self.assertEqual(CustomObjectType.objects.get(pk=self.cot.pk).display_expression, '')
