"""Compound and conditional unique constraints (models/unique_constraints.py): the index PostgreSQL enforces, the
validation that names the object holding the values, the check of stored data, and what a constraint does to the
fields it uses."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError
from django.test import TestCase

from dcim.models import Site

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.ddl.naming import unique_index_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeUniqueConstraint

from ..base import CustomObjectsTestMixin


def index_definition(table, name):
    with connection.cursor() as cursor:
        cursor.execute('SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s '
                       'AND indexname = %s', [table, name])
        row = cursor.fetchone()
    return row[0] if row else None


class UniqueConstraintTestMixin(CustomObjectsTestMixin):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='circuit')
        cls.table = table_name(cls.cot.pk)
        cls.choices = cls.create_choice_set(extra_choices=[['active', 'Active'], ['planned', 'Planned']])
        cls.name = cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.provider = cls.create_custom_object_type_field(cls.cot, name='provider')
        cls.count = cls.create_custom_object_type_field(cls.cot, name='count', type='integer')
        cls.status = cls.create_custom_object_type_field(cls.cot, name='status', type='select',
                                                         choice_set=cls.choices)
        cls.tags_f = cls.create_custom_object_type_field(cls.cot, name='labels', type='multiselect',
                                                         choice_set=cls.choices)
        cls.target = cls.create_custom_object_type_field(
            cls.cot, name='target', type='object', is_polymorphic=True,
            related_object_types=[cls.object_type_of('dcim', 'site'), cls.object_type_of('dcim', 'region')],
        )
        cls.site1 = Site.objects.create(name='Site 1', slug='site-1')
        cls.site2 = Site.objects.create(name='Site 2', slug='site-2')

    def add_constraint(self, fields, **kwargs):
        constraint = CustomObjectTypeUniqueConstraint(
            custom_object_type=CustomObjectType.objects.get(pk=self.cot.pk), name=kwargs.pop('name', 'uq'),
            field_ids=[field.pk for field in fields], **kwargs,
        )
        constraint.full_clean()
        constraint.save()
        return constraint

    def model(self):
        return CustomObjectType.objects.get(pk=self.cot.pk).get_model()


class CompoundUniqueTest(UniqueConstraintTestMixin, TestCase):

    def test_the_index_is_created_and_enforced_by_the_database(self):
        constraint = self.add_constraint([self.name, self.provider])
        definition = index_definition(self.table, unique_index_name(self.table, constraint.pk))
        self.assertIn('CREATE UNIQUE INDEX', definition)
        self.assertIn('(name, provider)', definition)
        model = self.model()
        model.objects.create(name='c1', provider='p1')
        model.objects.create(name='c1', provider='p2')
        model.objects.create(name='c1')  # (NULLs never clash)
        model.objects.create(name='c1')
        with self.assertRaises(IntegrityError), transaction.atomic():
            model.objects.create(name='c1', provider='p1')

    def test_validation_names_the_object_holding_the_values(self):
        self.add_constraint([self.name, self.provider], name='one per provider')
        model = self.model()
        first = model.objects.create(name='c1', provider='p1')
        clash = model(name='c1', provider='p1')
        with self.assertRaises(ValidationError) as raised:
            clash.full_clean()
        message = ' '.join(raised.exception.messages)
        self.assertIn('one per provider', message)
        self.assertIn(f'c1 (#{first.pk})', message)
        # The object itself may keep its values
        first.full_clean()

    def test_case_insensitive_compares_text_regardless_of_case(self):
        constraint = self.add_constraint([self.name, self.count], case_insensitive=True)
        self.assertIn('lower((name)', index_definition(self.table, unique_index_name(self.table, constraint.pk)))
        model = self.model()
        model.objects.create(name='Alpha', count=1)
        with self.assertRaises(ValidationError):
            model(name='ALPHA', count=1).full_clean()
        model(name='ALPHA', count=2).full_clean()
        with self.assertRaises(IntegrityError), transaction.atomic():
            model.objects.create(name='alpha', count=1)

    def test_partial_constraint_applies_only_where_the_condition_holds(self):
        constraint = self.add_constraint([self.name], condition_field=self.status, condition_value='active')
        self.assertIn("WHERE ((status)::text = 'active'::text)",
                      index_definition(self.table, unique_index_name(self.table, constraint.pk)))
        model = self.model()
        model.objects.create(name='c1', status='active')
        model.objects.create(name='c1', status='planned')
        model(name='c1', status='planned').full_clean()
        with self.assertRaises(ValidationError):
            model(name='c1', status='active').full_clean()
        with self.assertRaises(IntegrityError), transaction.atomic():
            model.objects.create(name='c1', status='active')

    def test_a_polymorphic_reference_takes_part_as_its_content_type_and_object_id(self):
        constraint = self.add_constraint([self.name, self.target])
        self.assertIn('(name, target_content_type_id, target_object_id)',
                      index_definition(self.table, unique_index_name(self.table, constraint.pk)))
        model = self.model()
        model.objects.create(name='c1', target=self.site1)
        model(name='c1', target=self.site2).full_clean()
        with self.assertRaises(ValidationError):
            model(name='c1', target=self.site1).full_clean()

    def test_existing_duplicates_refuse_the_constraint_naming_them(self):
        model = self.model()
        a = model.objects.create(name='c1', provider='p1')
        b = model.objects.create(name='c1', provider='p1')
        with self.assertRaises(ValidationError) as raised:
            self.add_constraint([self.name, self.provider])
        message = ' '.join(raised.exception.messages)
        self.assertIn(f'#{a.pk}', message)
        self.assertIn(f'#{b.pk}', message)
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.exists())

    def test_bad_definitions_are_refused(self):
        cases = (
            ([self.name], {}),  # one field, no condition: the field's own unique option does that
            ([self.name, self.tags_f], {}),  # a multiselect has no single comparable value
            ([self.name, self.name], {}),
            ([self.count, self.status], {'case_insensitive': True}),  # no text field
            ([self.name], {'condition_field': self.status}),  # no condition value
            ([self.name], {'condition_field': self.status, 'condition_value': 'nope'}),  # not a choice
            ([self.name, self.provider], {'condition_value': 'active'}),  # a value without a field
        )
        for fields, options in cases:
            with self.subTest(fields=[f.name for f in fields], options=options), self.assertRaises(ValidationError):
                self.add_constraint(fields, **options)

    def test_deleting_the_constraint_drops_its_index_and_validation(self):
        constraint = self.add_constraint([self.name, self.provider])
        name = unique_index_name(self.table, constraint.pk)
        constraint.delete()
        self.assertIsNone(index_definition(self.table, name))
        model = self.model()
        model.objects.create(name='c1', provider='p1')
        model(name='c1', provider='p1').full_clean()

    def test_changing_the_fields_rebuilds_the_index(self):
        constraint = self.add_constraint([self.name, self.provider])
        constraint.field_ids = [self.name.pk, self.count.pk]
        constraint.full_clean()
        constraint.save()
        self.assertIn('(name, count)', index_definition(self.table, unique_index_name(self.table, constraint.pk)))


class FieldsInConstraintsTest(UniqueConstraintTestMixin, TestCase):

    def test_a_field_in_a_constraint_cannot_be_deleted(self):
        self.add_constraint([self.name, self.provider], name='per provider')
        with self.assertRaises(ProtectedError) as raised:
            self.provider.delete()
        self.assertIn('"per provider"', str(raised.exception.args[0]))

    def test_the_condition_field_cannot_be_deleted(self):
        self.add_constraint([self.name], condition_field=self.status, condition_value='active')
        with self.assertRaises(ProtectedError):
            self.status.delete()

    def test_a_field_in_a_constraint_cannot_change_its_type(self):
        self.add_constraint([self.name, self.provider])
        self.provider.type = 'longtext'
        with self.assertRaises(ValidationError) as raised:
            self.provider.full_clean()
        self.assertIn('type', raised.exception.message_dict)

    def test_a_renamed_field_stays_in_the_constraint(self):
        constraint = self.add_constraint([self.name, self.provider])
        self.provider.name = 'carrier'
        self.provider.full_clean()
        self.provider.save()
        self.assertIn('(name, carrier)', index_definition(self.table, unique_index_name(self.table, constraint.pk)))
        model = self.model()
        model.objects.create(name='c1', carrier='p1')
        with self.assertRaises(ValidationError) as raised:
            model(name='c1', carrier='p1').full_clean()
        self.assertIn('name, carrier', ' '.join(raised.exception.messages))

    def test_deleting_the_type_deletes_its_constraints(self):
        self.add_constraint([self.name], condition_field=self.status, condition_value='active')
        CustomObjectType.objects.get(pk=self.cot.pk).delete()
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.exists())
