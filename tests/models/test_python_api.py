"""The Python API scripts written for upstream 0.7.1 use: CustomObjectType.get_model_with_serializer(),
CustomObjectType.clear_model_cache(), an object's get_list_url(), `custom_object_type` on the generated class,
CustomObjectTypeField.choices as (value, label) pairs, upstream's reverse accessor names and its default labels."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from core.models import ObjectType
from dcim.models import Site
from utilities.api import get_serializer_for_model

from netbox_custom_objects.models import CustomObjectType

from ..base import CustomObjectsTestMixin


class PythonAPITest(CustomObjectsTestMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.create_custom_object_type_field(cls.cot, name='serial', primary=True)

    def test_get_model_with_serializer(self):
        model = self.cot.get_model_with_serializer()
        self.assertIs(model, self.cot.get_model())
        obj = model.objects.create(serial='W1')
        serializer = get_serializer_for_model(model)
        data = serializer(obj, context={'request': None}).data
        self.assertEqual(data['serial'], 'W1')

    def test_clear_model_cache(self):
        first = self.cot.get_model()
        CustomObjectType.clear_model_cache(self.cot.pk)
        second = self.cot.get_model()
        self.assertIsNot(second, first)
        CustomObjectType.clear_model_cache()
        third = self.cot.get_model()
        self.assertIsNot(third, second)
        self.assertEqual(third._meta.db_table, first._meta.db_table)
        third.objects.create(serial='W2')
        self.assertEqual(list(self.cot.get_model().objects.values_list('serial', flat=True)), ['W2'])

    def test_get_list_url_of_an_object(self):
        obj = self.cot.get_model().objects.create(serial='W1')
        self.assertEqual(obj.get_list_url(), self.cot.get_list_url())
        self.assertEqual(obj.get_list_url(), '/plugins/custom-objects/widgets/')

    def test_custom_object_type_on_the_generated_class(self):
        model = self.cot.get_model()
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(model.custom_object_type, self.cot)
            self.assertEqual(model.custom_object_type.slug, 'widgets')  # read once per class
        self.assertEqual(len(queries), 1)
        self.assertEqual(list(model.custom_object_type.fields.values_list('name', flat=True)), ['serial'])
        obj = model.objects.create(serial='W1')
        self.assertIs(obj.custom_object_type, model.custom_object_type)


class FieldChoicesTest(CustomObjectsTestMixin, TestCase):
    """`CustomObjectTypeField.choices` is the choice set's (value, label) pairs, as upstream and NetBox's own custom
    fields give them; the colour has its own method."""

    @classmethod
    def setUpTestData(cls):
        cls.choice_set = cls.create_choice_set(choice_colors={'a': 'red'})
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.status = cls.create_custom_object_type_field(
            cls.cot, name='status', type='select', choice_set=cls.choice_set
        )
        cls.serial = cls.create_custom_object_type_field(cls.cot, name='serial')

    def test_value_label_pairs(self):
        self.assertEqual(dict(self.status.choices), {'a': 'Choice A', 'b': 'Choice B', 'c': 'Choice C'})
        self.assertEqual(
            [tuple(choice) for choice in self.status.choices], [('a', 'Choice A'), ('b', 'Choice B'), ('c', 'Choice C')]
        )
        self.assertEqual(self.serial.choices, [])

    def test_label_and_colour_of_a_value(self):
        self.assertEqual((self.status.get_choice_label('b'), self.status.get_choice_label('x')), ('Choice B', 'x'))
        self.assertEqual((self.status.get_choice_color('a'), self.status.get_choice_color('b')), ('red', None))
        self.assertIsNone(self.serial.get_choice_color('a'))

    def test_objects_still_show_labels_and_colours(self):
        obj = self.cot.get_model().objects.create(status='a')
        field = obj._snapshot.field_named('status')
        self.assertEqual(field.field_type.display_value(field, 'a'), 'Choice A')
        self.assertIn('text-bg-red', str(field.field_type.render_html(field, 'a')))


class ReverseAccessorsTest(CustomObjectsTestMixin, TestCase):
    """Upstream's reverse accessor names, from the rows a type's definition points at."""

    @classmethod
    def setUpTestData(cls):
        cls.choice_set = cls.create_choice_set()
        cls.site_type = ObjectType.objects.get_for_model(Site)
        cls.cot = cls.create_custom_object_type(name='widget', slug='widgets')
        cls.status = cls.create_custom_object_type_field(
            cls.cot, name='status', type='select', choice_set=cls.choice_set
        )
        cls.site = cls.create_custom_object_type_field(
            cls.cot, name='site', type='object', related_object_type=cls.site_type
        )
        cls.anything = cls.create_custom_object_type_field(
            cls.cot, name='anything', type='object', is_polymorphic=True, related_object_types=[cls.site_type]
        )

    def test_object_type_custom_object_types(self):
        self.assertEqual(ObjectType.objects.get(pk=self.cot.object_type_id).custom_object_types, self.cot)
        self.assertEqual(ObjectType.objects.get(custom_object_types=self.cot).pk, self.cot.object_type_id)

    def test_choice_set_choices_for_object_type(self):
        self.assertEqual(list(self.choice_set.choices_for_object_type.all()), [self.status])

    def test_related_object_type_default_accessor(self):
        self.assertEqual(list(self.site_type.customobjecttypefield_set.all()), [self.site])
        self.assertEqual(list(self.site_type.polymorphic_custom_object_type_fields.all()), [self.anything])


class DefaultLabelsTest(CustomObjectsTestMixin, TestCase):
    """A type without a verbose name is labelled as upstream labels it: NetBox's title() of its name (the first
    letter raised, underscores kept), and so are its objects' default display strings."""

    def test_type_without_verbose_name(self):
        cot = self.create_custom_object_type(name='dhcp_scope', slug='dhcp-scopes')
        self.assertEqual((cot.get_verbose_name(), cot.get_verbose_name_plural()), ('Dhcp_scope', 'Dhcp_scopes'))
        self.assertEqual((str(cot), cot.display_name), ('Dhcp_scope', 'Dhcp_scope'))
        self.assertEqual((cot.title_case_name, cot.title_case_name_plural), ('Dhcp_scope', 'Dhcp_scopes'))
        self.assertEqual(CustomObjectType.get_content_type_label(cot.pk), 'Custom Objects > Dhcp_scope')
        model = cot.get_model()
        self.assertEqual((model._meta.verbose_name, model._meta.verbose_name_plural), ('Dhcp_scope', 'Dhcp_scopes'))
        obj = model.objects.create()
        self.assertEqual(str(obj), f'Dhcp_scope {obj.pk}')

    def test_plural_of_a_verbose_name(self):
        cot = self.create_custom_object_type(name='dhcp_scope', slug='dhcp-scopes', verbose_name='DHCP scope')
        self.assertEqual((cot.get_verbose_name(), cot.get_verbose_name_plural()), ('DHCP scope', 'DHCP Scopes'))
        cot.verbose_name_plural = 'DHCP scopes'
        self.assertEqual(cot.get_verbose_name_plural(), 'DHCP scopes')
