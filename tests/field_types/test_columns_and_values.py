"""Every field type: its DB column(s), a value round trip, and validation of bad values and options."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.test import TestCase

from dcim.models import Site

from netbox_custom_objects.constants import table_name, through_table_name

from ..base import CustomObjectsTestMixin, column_names, column_type, table_exists

# type, extra field options, DB column type, a valid value, an invalid value
SCALAR_CASES = (
    ('text', {}, 'character varying', 'hello', None),
    ('longtext', {}, 'text', 'line 1\nline 2', None),
    ('integer', {'validation_minimum': -5, 'validation_maximum': 10 ** 12}, 'bigint', 10 ** 11, -6),
    ('decimal', {'validation_minimum': 0}, 'numeric(16,4)', Decimal('123456789012.1234'), Decimal('-1')),
    ('boolean', {}, 'boolean', True, None),
    ('date', {}, 'date', datetime.date(2026, 11, 25), None),
    ('datetime', {}, 'timestamp with time zone', datetime.datetime(2026, 11, 25, 8, 30, tzinfo=datetime.UTC), None),
    ('url', {}, 'character varying(200)', 'https://example.com/a', 'not a url'),
    ('json', {}, 'jsonb', {'a': [1, 2, {'b': None}]}, None),
)


class ScalarTypesTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.table = table_name(cls.cot.pk)
        for field_type, options, *_ in SCALAR_CASES:
            cls.create_custom_object_type_field(cls.cot, name=f'f_{field_type}', type=field_type, **options)

    def test_columns_have_the_documented_types(self):
        for field_type, options, db_type, *_ in SCALAR_CASES:
            with self.subTest(type=field_type):
                self.assertEqual(column_type(self.table, f'f_{field_type}'), db_type)

    def test_values_round_trip(self):
        model = self.cot.get_model()
        values = {f'f_{case[0]}': case[3] for case in SCALAR_CASES}
        obj = model(**values)
        obj.full_clean()
        obj.save()
        stored = model.objects.get(pk=obj.pk)
        for name, value in values.items():
            with self.subTest(field=name):
                self.assertEqual(getattr(stored, name), value)

    def test_invalid_values_are_validation_errors(self):
        model = self.cot.get_model()
        for field_type, options, db_type, valid, invalid in SCALAR_CASES:
            if invalid is None:
                continue
            with self.subTest(type=field_type), self.assertRaises(ValidationError) as cm:
                model(**{f'f_{field_type}': invalid}).full_clean()
            self.assertIn(f'f_{field_type}', cm.exception.message_dict)

    def test_unique_value_clash_is_a_validation_error(self):
        field = self.create_custom_object_type_field(self.cot, name='code', unique=True)
        model = self.cot.get_model()
        model.objects.create(code='A')
        with self.assertRaises(ValidationError) as cm:
            model(code='A').full_clean()
        self.assertIn(field.name, cm.exception.message_dict)

    def test_defaults_apply_to_new_objects(self):
        self.create_custom_object_type_field(self.cot, name='status_text', default='planned')
        self.create_custom_object_type_field(self.cot, name='count', type='integer', default=3)
        obj = self.cot.get_model().objects.create()
        self.assertEqual((obj.status_text, obj.count), ('planned', 3))

    def test_boolean_cannot_be_unique(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='flag', type='boolean', unique=True)
        self.assertIn('unique', cm.exception.message_dict)


class ChoiceTypesTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.choices = cls.create_choice_set(choice_colors={'a': 'red'})
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.create_custom_object_type_field(cls.cot, name='status', type='select', choice_set=cls.choices)
        cls.create_custom_object_type_field(cls.cot, name='tags_list', type='multiselect', choice_set=cls.choices)

    def test_columns(self):
        table = table_name(self.cot.pk)
        self.assertEqual(column_type(table, 'status'), 'character varying(100)')
        self.assertEqual(column_type(table, 'tags_list'), 'character varying(100)[]')

    def test_round_trip_and_labels(self):
        model = self.cot.get_model()
        obj = model(status='a', tags_list=['b', 'c'])
        obj.full_clean()
        obj.save()
        stored = model.objects.get(pk=obj.pk)
        self.assertEqual((stored.status, stored.tags_list), ('a', ['b', 'c']))
        status = self.cot.get_model()._snapshot.field_named('status')
        self.assertEqual(status.field_type.display_value(status, 'a'), 'Choice A')
        self.assertIn('text-bg-red', status.field_type.render_html(status, 'a'))

    def test_values_outside_the_choice_set_are_refused(self):
        model = self.cot.get_model()
        for values in ({'status': 'zzz'}, {'tags_list': ['a', 'zzz']}):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                model(**values).full_clean()

    def test_select_needs_a_choice_set(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='other', type='select')
        self.assertIn('choice_set', cm.exception.message_dict)

    def test_default_must_be_a_choice(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='other', type='select', choice_set=self.choices,
                                                 default='nope')
        self.assertIn('default', cm.exception.message_dict)

    def test_a_changed_choice_set_refreshes_validation(self):
        self.choices.extra_choices = [*self.choices.extra_choices, ['d', 'Choice D']]
        self.choices.full_clean()
        self.choices.save()
        self.cot.refresh_from_db()
        self.cot.get_model()(status='d').full_clean()


class RelationTypesTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.site_type = cls.object_type_of('dcim', 'site')
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.create_custom_object_type_field(cls.cot, name='site', type='object', related_object_type=cls.site_type,
                                            related_name='things')
        cls.create_custom_object_type_field(cls.cot, name='sites', type='multiobject',
                                            related_object_type=cls.site_type)

    def test_columns_and_through_table(self):
        table = table_name(self.cot.pk)
        self.assertIn('site_id', column_names(table))
        self.assertEqual(column_type(table, 'site_id'), 'bigint')
        through = through_table_name(self.cot.pk, 'sites')
        self.assertTrue(table_exists(through))
        self.assertEqual(column_names(through), {'id', 'source_id', 'target_id'})

    def test_round_trip_and_reverse_accessor(self):
        model = self.cot.get_model()
        obj = model.objects.create(site=self.sites[0])
        obj.sites.set(self.sites[1:])
        stored = model.objects.get(pk=obj.pk)
        self.assertEqual(stored.site, self.sites[0])
        self.assertEqual(set(stored.sites.all()), set(self.sites[1:]))
        self.assertEqual(list(self.sites[0].things.all()), [stored])

    def test_on_delete_set_null_is_the_default(self):
        model = self.cot.get_model()
        obj = model.objects.create(site=self.sites[0])
        self.sites[0].delete()
        self.assertIsNone(model.objects.get(pk=obj.pk).site)

    def test_deleting_a_target_removes_links(self):
        model = self.cot.get_model()
        obj = model.objects.create()
        obj.sites.set(self.sites[:2])
        self.sites[1].delete()
        self.assertEqual(list(model.objects.get(pk=obj.pk).sites.all()), [self.sites[0]])

    def test_related_name_must_not_clash_with_the_target(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='other', type='object',
                                                 related_object_type=self.site_type, related_name='tenant')
        self.assertIn('related_name', cm.exception.message_dict)

    def test_object_fields_need_a_target(self):
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(self.cot, name='other', type='object')
        self.assertIn('related_object_type', cm.exception.message_dict)


class CoordinatesTypeTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='place')
        cls.create_custom_object_type_field(cls.cot, name='location', type='coordinates')

    def test_two_columns(self):
        table = table_name(self.cot.pk)
        self.assertEqual(column_type(table, 'location_latitude'), 'numeric(8,6)')
        self.assertEqual(column_type(table, 'location_longitude'), 'numeric(9,6)')

    def test_round_trip(self):
        model = self.cot.get_model()
        obj = model(location_latitude=Decimal('52.520008'), location_longitude=Decimal('13.404954'))
        obj.full_clean()
        obj.save()
        stored = model.objects.get(pk=obj.pk)
        self.assertEqual((stored.location_latitude, stored.location_longitude),
                         (Decimal('52.520008'), Decimal('13.404954')))

    def test_both_or_neither_and_ranges(self):
        model = self.cot.get_model()
        for values in ({'location_latitude': 1}, {'location_latitude': 91, 'location_longitude': 0},
                       {'location_latitude': 0, 'location_longitude': -181}):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                model(**values).full_clean()

    def test_no_unique_and_no_default(self):
        for options in ({'unique': True}, {'default': [1, 2]}):
            with self.subTest(options=options), self.assertRaises(ValidationError):
                self.create_custom_object_type_field(self.cot, name='other', type='coordinates', **options)
