"""Change logging of custom objects: complete payloads for every field type, and link changes (add, remove,
set, clear) recorded as updates."""

import datetime
import json
from decimal import Decimal

from django.test import TestCase

from core.choices import ObjectChangeActionChoices
from core.models import ObjectChange
from dcim.models import Site
from users.models import User

from ..base import CustomObjectsTestMixin


class ChangeLogPayloadTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.user = User.objects.create_user(username='changer')
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        site_type = cls.object_type_of('dcim', 'site')
        choices = cls.create_choice_set()
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.add_field_of_every_type(cls.cot, choices, site_type)

    def setUp(self):
        self.cot.refresh_from_db()
        self.model = self.cot.get_model()

    def changes(self, obj):
        return ObjectChange.objects.filter(
            changed_object_id=obj.pk, changed_object_type__model=self.model._meta.model_name
        )

    def test_create_payload_has_every_field(self):
        values = {
            'text_f': 't', 'longtext_f': 'long', 'integer_f': 7, 'decimal_f': Decimal('1.5'), 'boolean_f': True,
            'date_f': datetime.date(2026, 1, 2),
            'datetime_f': datetime.datetime(2026, 1, 2, 3, 4, tzinfo=datetime.UTC),
            'url_f': 'https://x.example', 'json_f': {'k': [1]}, 'select_f': 'a', 'multiselect_f': ['b', 'c'],
            'object_f': self.sites[0], 'coords_latitude': Decimal('1.5'), 'coords_longitude': Decimal('-2.25'),
        }
        with self.tracked():
            obj = self.model.objects.create(**values)
            obj.multiobject_f.set(self.sites[1:])
        change = self.changes(obj).get()
        self.assertEqual(change.action, ObjectChangeActionChoices.ACTION_CREATE)
        data = change.postchange_data
        expected = {
            'text_f': 't', 'longtext_f': 'long', 'integer_f': 7, 'decimal_f': Decimal('1.5'), 'boolean_f': True,
            'date_f': '2026-01-02', 'datetime_f': '2026-01-02T03:04:00Z', 'url_f': 'https://x.example',
            'json_f': {'k': [1]}, 'select_f': 'a', 'multiselect_f': ['b', 'c'], 'object_f': self.sites[0].pk,
            'multiobject_f': sorted(s.pk for s in self.sites[1:]), 'coords_latitude': Decimal('1.5'),
            'coords_longitude': Decimal('-2.25'),
        }
        # Each value in the form Django's serializer gives it (decimals as strings, arrays as JSON), which is
        # what replay deserializes.
        normalise = {
            'decimal_f': Decimal, 'coords_latitude': Decimal, 'coords_longitude': Decimal, 'multiobject_f': sorted,
            'multiselect_f': json.loads,
        }
        for key, value in expected.items():
            with self.subTest(key=key):
                self.assertEqual(normalise.get(key, lambda v: v)(data[key]), value)

    def test_the_object_can_be_rebuilt_from_its_payload(self):
        with self.tracked():
            obj = self.model.objects.create(text_f='x', integer_f=3, object_f=self.sites[0], select_f='b')
        data = self.changes(obj).get().postchange_data
        concrete = {f.attname: data[f.name] for f in self.model._meta.concrete_fields
                    if f.name in data and f.name not in ('created', 'last_updated')}
        rebuilt = self.model(pk=obj.pk, **concrete)
        rebuilt.full_clean(validate_unique=False)
        self.assertEqual((rebuilt.text_f, rebuilt.integer_f, rebuilt.object_f_id, rebuilt.select_f),
                         ('x', 3, self.sites[0].pk, 'b'))

    def test_update_and_delete(self):
        obj = self.model.objects.create(text_f='before')
        with self.tracked():
            obj.snapshot()
            obj.text_f = 'after'
            obj.save()
        change = self.changes(obj).get()
        self.assertEqual(change.action, ObjectChangeActionChoices.ACTION_UPDATE)
        self.assertEqual((change.prechange_data['text_f'], change.postchange_data['text_f']), ('before', 'after'))
        with self.tracked():
            pk = obj.pk
            obj.snapshot()  # as NetBox's delete views do
            obj.delete()
        deletion = ObjectChange.objects.filter(changed_object_id=pk, action='delete').get()
        self.assertEqual(deletion.prechange_data['text_f'], 'after')

    def test_link_add_remove_and_clear_are_recorded(self):
        obj = self.model.objects.create()
        for operation, expected in (
            (lambda: obj.multiobject_f.add(*self.sites), {s.pk for s in self.sites}),
            (lambda: obj.multiobject_f.remove(self.sites[0]), {s.pk for s in self.sites[1:]}),
            (lambda: obj.multiobject_f.set([self.sites[0]]), {self.sites[0].pk}),
            (lambda: obj.multiobject_f.clear(), set()),
        ):
            with self.subTest(expected=expected):
                ObjectChange.objects.all().delete()
                with self.tracked():
                    obj.snapshot()
                    operation()
                change = self.changes(obj).get()
                self.assertEqual(change.action, ObjectChangeActionChoices.ACTION_UPDATE)
                self.assertEqual(set(change.postchange_data['multiobject_f']), expected)
