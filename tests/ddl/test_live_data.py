"""Every schema change on a table that holds data: values before = values after, or a clean refusal."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import ProtectedError
from django.test import TestCase

from dcim.models import Site

from netbox_custom_objects.constants import model_name, table_name, through_table_name

from ..base import CustomObjectsTestMixin, column_names, column_type, table_exists


def fk_on_delete(table, column):
    """The ON DELETE action of the foreign key on `table.column` ('a' no action, 'n' set null, 'c' cascade,
    'r' restrict) or None."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.confdeltype FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid "
            "AND a.attnum = ANY(c.conkey) WHERE c.contype = 'f' AND c.conrelid = %s::regclass AND a.attname = %s",
            [table, column],
        )
        row = cursor.fetchone()
        return row[0] if row else None


class LiveDataTestMixin(CustomObjectsTestMixin):
    """`cot` is the type under test (set by setUpTestData)."""

    def model(self):
        self.cot.refresh_from_db()
        return self.cot.get_model()

    def change(self, field, **attrs):
        """Save `field` with `attrs` (validated); returns the type's model as it is then."""
        for name, value in attrs.items():
            setattr(field, name, value)
        field.full_clean()
        field.save()
        return self.model()


class FieldChangesOnDataTest(LiveDataTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.table = table_name(cls.cot.pk)

    def values(self, name):
        return list(self.model().objects.order_by('pk').values_list(name, flat=True))

    def test_adding_a_field_keeps_existing_rows(self):
        self.create_custom_object_type_field(self.cot, name='code')
        self.model().objects.bulk_create([self.model()(code=c) for c in 'abc'])
        self.create_custom_object_type_field(self.cot, name='count', type='integer')
        self.assertEqual(self.values('code'), ['a', 'b', 'c'])
        self.assertEqual(self.values('count'), [None, None, None])

    def test_a_field_added_with_a_default_fills_existing_rows(self):
        """As Django's AddField (and upstream, whose default is the column default); later rows get the model
        default, and no default is left in the database."""
        self.create_custom_object_type_field(self.cot, name='code')
        self.model().objects.bulk_create([self.model()(code=c) for c in 'ab'])
        self.create_custom_object_type_field(self.cot, name='count', type='integer', required=True, default=3)
        self.create_custom_object_type_field(self.cot, name='since', type='date', default='2026-01-02')
        self.assertEqual(self.values('count'), [3, 3])
        self.assertEqual([str(d) for d in self.values('since')], ['2026-01-02', '2026-01-02'])
        with connection.cursor() as cursor:
            cursor.execute('SELECT column_default FROM information_schema.columns WHERE table_name = %s AND '
                           'column_name = %s', [self.table, 'count'])
            self.assertIsNone(cursor.fetchone()[0])

    def test_toggling_required_keeps_values(self):
        field = self.create_custom_object_type_field(self.cot, name='code')
        self.model().objects.create(code='a')
        self.change(field, required=True)
        self.change(field, required=False)
        self.assertEqual(self.values('code'), ['a'])

    def test_making_a_field_unique_with_duplicates_is_refused_naming_them(self):
        field = self.create_custom_object_type_field(self.cot, name='code')
        for code in ('dup', 'dup', 'ok'):
            self.model().objects.create(code=code)
        with self.assertRaisesMessage(ValidationError, 'dup'):
            self.change(field, unique=True)
        field.refresh_from_db()
        self.assertFalse(field.unique)
        self.model().objects.create(code='dup')  # still not unique in the database

    def test_making_a_field_unique_adds_the_constraint(self):
        field = self.create_custom_object_type_field(self.cot, name='code')
        self.model().objects.create(code='a')
        model = self.change(field, unique=True)
        with self.assertRaises(ValidationError):
            model(code='a').full_clean()
        self.change(field, unique=False)
        self.model().objects.create(code='a')
        self.assertEqual(self.values('code'), ['a', 'a'])

    def test_changing_the_default(self):
        field = self.create_custom_object_type_field(self.cot, name='code', default='x')
        self.model().objects.create()
        model = self.change(field, default='y')
        model.objects.create()
        self.assertEqual(self.values('code'), ['x', 'y'])

    def test_type_change_converts_values(self):
        field = self.create_custom_object_type_field(self.cot, name='amount')
        for value in ('1', ' 22 ', None):
            self.model().objects.create(amount=value)
        self.change(field, type='integer')
        self.assertEqual(column_type(self.table, 'amount'), 'bigint')
        self.assertEqual(self.values('amount'), [1, 22, None])
        self.change(field, type='decimal')
        self.assertEqual(self.values('amount'), [Decimal('1'), Decimal('22'), None])
        self.change(field, type='text')
        self.assertEqual(self.values('amount'), ['1.0000', '22.0000', None])

    def test_type_change_that_does_not_convert_is_refused_naming_rows(self):
        field = self.create_custom_object_type_field(self.cot, name='amount')
        good = self.model().objects.create(amount='5')
        bad = self.model().objects.create(amount='five')
        with self.assertRaises(ValidationError) as cm:
            self.change(field, type='integer')
        self.assertIn(f'#{bad.pk}', str(cm.exception))
        self.assertNotIn(f'#{good.pk}', str(cm.exception))
        self.assertEqual(column_type(self.table, 'amount'), 'character varying')
        self.assertEqual(self.values('amount'), ['5', 'five'])

    def test_impossible_type_changes_are_refused(self):
        field = self.create_custom_object_type_field(self.cot, name='location', type='coordinates')
        with self.assertRaises(ValidationError) as cm:
            self.change(field, type='text')
        self.assertIn('type', cm.exception.message_dict)

    def test_text_to_date_and_boolean(self):
        when = self.create_custom_object_type_field(self.cot, name='when')
        flag = self.create_custom_object_type_field(self.cot, name='flag')
        self.model().objects.create(when='2026-11-25', flag='yes')
        self.change(when, type='date')
        self.change(flag, type='boolean')
        obj = self.model().objects.get()
        self.assertEqual((str(obj.when), obj.flag), ('2026-11-25', True))

    def test_text_to_select_requires_values_in_the_choice_set(self):
        choices = self.create_choice_set()
        field = self.create_custom_object_type_field(self.cot, name='status')
        self.model().objects.create(status='a')
        bad = self.model().objects.create(status='x')
        with self.assertRaisesMessage(ValidationError, f'#{bad.pk}'):
            self.change(field, type='select', choice_set=choices)
        bad.delete()
        self.change(field, type='select', choice_set=choices)
        self.assertEqual(self.values('status'), ['a'])


class RelationChangesOnDataTest(LiveDataTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.site_type = cls.object_type_of('dcim', 'site')
        cls.cot = cls.create_custom_object_type(name='thing')
        cls.table = table_name(cls.cot.pk)
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]

    def test_on_delete_follows_the_field(self):
        field = self.create_custom_object_type_field(self.cot, name='site', type='object',
                                                     related_object_type=self.site_type)
        self.assertEqual(fk_on_delete(self.table, 'site_id'), 'n')
        self.change(field, on_delete_behavior='cascade')
        self.assertEqual(fk_on_delete(self.table, 'site_id'), 'c')
        obj = self.model().objects.create(site=self.sites[0])
        self.sites[0].delete()
        self.assertFalse(self.model().objects.filter(pk=obj.pk).exists())
        self.change(field, on_delete_behavior='protect')
        self.assertEqual(fk_on_delete(self.table, 'site_id'), 'r')
        self.model().objects.create(site=self.sites[1])
        with self.assertRaises(ProtectedError):
            self.sites[1].delete()

    def test_renaming_an_object_field_keeps_links_and_constraint(self):
        field = self.create_custom_object_type_field(self.cot, name='site', type='object',
                                                     related_object_type=self.site_type, on_delete_behavior='cascade')
        obj = self.model().objects.create(site=self.sites[0])
        model = self.change(field, name='home_site')
        self.assertEqual(model.objects.get(pk=obj.pk).home_site, self.sites[0])
        self.assertEqual(fk_on_delete(self.table, 'home_site_id'), 'c')

    def test_changing_related_name_moves_the_reverse_accessor(self):
        field = self.create_custom_object_type_field(self.cot, name='site', type='object',
                                                     related_object_type=self.site_type, related_name='things')
        obj = self.model().objects.create(site=self.sites[0])
        self.change(field, related_name='gadgets')
        self.assertEqual([o.pk for o in self.sites[0].gadgets.all()], [obj.pk])
        self.assertFalse(hasattr(self.sites[0], 'things'))

    def test_renaming_a_multiobject_field_renames_its_table_and_keeps_links(self):
        field = self.create_custom_object_type_field(self.cot, name='sites', type='multiobject',
                                                     related_object_type=self.site_type)
        obj = self.model().objects.create()
        obj.sites.set(self.sites[:2])
        model = self.change(field, name='linked_sites')
        self.assertFalse(table_exists(through_table_name(self.cot.pk, 'sites')))
        self.assertTrue(table_exists(through_table_name(self.cot.pk, 'linked_sites')))
        self.assertEqual(set(model.objects.get(pk=obj.pk).linked_sites.all()), set(self.sites[:2]))
        # deleting objects on either side keeps working without a restart
        self.sites[0].delete()
        model.objects.get(pk=obj.pk).delete()
        self.assertFalse(model.objects.exists())

    def test_deleting_a_multiobject_field_leaves_no_stale_state(self):
        field = self.create_custom_object_type_field(self.cot, name='sites', type='multiobject',
                                                     related_object_type=self.site_type)
        obj = self.model().objects.create()
        obj.sites.set(self.sites)
        field.delete()
        self.assertFalse(table_exists(through_table_name(self.cot.pk, 'sites')))
        self.sites[0].delete()
        self.model().objects.get(pk=obj.pk).delete()

    def test_the_target_type_is_immutable(self):
        field = self.create_custom_object_type_field(self.cot, name='site', type='object',
                                                     related_object_type=self.site_type)
        with self.assertRaises(ValidationError) as cm:
            self.change(field, related_object_type=self.object_type_of('dcim', 'device'))
        self.assertIn('related_object_type', cm.exception.message_dict)


class CrossTypeReferencesTest(CustomObjectsTestMixin, TestCase):

    def object_type(self, cot):
        return self.object_type_of('netbox_custom_objects', model_name(cot.pk))

    def test_self_reference_is_allowed(self):
        cot = self.create_custom_object_type(name='node')
        self.create_custom_object_type_field(cot, name='parent', type='object',
                                             related_object_type=self.object_type(cot))
        self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                             related_object_type=self.object_type(cot))
        cot.refresh_from_db()
        model = cot.get_model()
        root = model.objects.create()
        child = model.objects.create(parent=root)
        child.peers.add(root)
        self.assertEqual(model.objects.get(pk=child.pk).parent, root)
        self.assertEqual(list(model.objects.get(pk=child.pk).peers.all()), [root])

    def test_cycles_between_types_are_refused(self):
        a = self.create_custom_object_type(name='alpha')
        b = self.create_custom_object_type(name='beta')
        self.create_custom_object_type_field(a, name='beta', type='object', related_object_type=self.object_type(b))
        with self.assertRaises(ValidationError) as cm:
            self.create_custom_object_type_field(b, name='alpha', type='multiobject',
                                                 related_object_type=self.object_type(a))
        self.assertIn('related_object_type', cm.exception.message_dict)

    def test_a_target_rebuild_keeps_references_current(self):
        a = self.create_custom_object_type(name='alpha')
        b = self.create_custom_object_type(name='beta')
        self.create_custom_object_type_field(a, name='beta', type='object', related_object_type=self.object_type(b))
        b_obj = b.get_model().objects.create()
        self.create_custom_object_type_field(b, name='code')  # rebuilds beta's class
        b.refresh_from_db()
        a.refresh_from_db()
        new_b_obj = b.get_model().objects.get(pk=b_obj.pk)
        a_obj = a.get_model().objects.create(beta=new_b_obj)  # no "must be a Table<id>Model instance" error
        self.assertEqual(a.get_model().objects.get(pk=a_obj.pk).beta, new_b_obj)

    def test_deleting_a_referenced_type_is_refused(self):
        a = self.create_custom_object_type(name='alpha')
        b = self.create_custom_object_type(name='beta')
        self.create_custom_object_type_field(a, name='beta', type='object', related_object_type=self.object_type(b))
        with self.assertRaisesMessage(ProtectedError, 'Alpha.beta'):
            b.delete()
        self.assertTrue(table_exists(table_name(b.pk)))

    def test_deleting_a_type_with_objects_and_links(self):
        site_type = self.object_type_of('dcim', 'site')
        cot = self.create_custom_object_type(name='thing')
        self.create_custom_object_type_field(cot, name='sites', type='multiobject', related_object_type=site_type)
        cot.refresh_from_db()
        obj = cot.get_model().objects.create()
        obj.sites.add(Site.objects.create(name='S', slug='s'))
        cot.delete()
        self.assertFalse(table_exists(table_name(cot.pk)))
        self.assertFalse(table_exists(through_table_name(cot.pk, 'sites')))
        self.assertEqual(Site.objects.count(), 1)
        self.assertNotIn(f'{table_name(cot.pk)}', column_names('dcim_site'))


class SelfLinksTest(CustomObjectsTestMixin, TestCase):

    def test_links_to_the_own_type_are_one_way(self):
        cot = self.create_custom_object_type(name='node', display_expression='{{ peers }}')
        self.create_custom_object_type_field(
            cot, name='peers', type='multiobject',
            related_object_type=self.object_type_of('netbox_custom_objects', model_name(cot.pk)),
        )
        cot.refresh_from_db()
        model = cot.get_model()
        a, b = model.objects.create(), model.objects.create()
        a.peers.add(b)
        b.peers.add(a)  # a cycle: display strings must not render each other forever
        self.assertEqual(list(model.objects.get(pk=b.pk).peers.all()), [a])
        self.assertEqual(str(a), f'Node {b.pk}')
