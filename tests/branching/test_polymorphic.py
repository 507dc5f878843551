"""Acceptance matrix A1/F5 (unreplicated-link-tables) and C6 (incomplete-merged-records): polymorphic link tables are
copied into branches, edited there without touching main, merged, reverted, and reach other branches on sync; each under
both strategies."""

from core.models import ObjectChange
from dcim.models import Site
from tenancy.models import Tenant

from netbox_custom_objects.constants import table_name, through_table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, schema_tables
from .strategies import both_strategies


def link_rows(schema, table):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'SELECT source_id, content_type_id, object_id FROM "{schema}"."{table}" ORDER BY 1, 2, 3')
        return cursor.fetchall()


class PolymorphicBranchTest(BranchingTestCase):

    def make_targets(self):
        self.sites = [Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(2)]
        self.tenants = [Tenant.objects.create(name=f'T{i}', slug=f't{i}') for i in range(2)]
        self.allowed = [self.object_type_of('dcim', 'site'), self.object_type_of('tenancy', 'tenant')]

    def links_of(self, cot, pk):
        model = current_model(cot)
        obj = model.objects.get(pk=pk)
        return {(type(target).__name__, target.pk) for target in obj.links.all()}, getattr(obj, 'ref', None)

    @both_strategies
    def test_existing_type(self, strategy):
        """F5/unreplicated-link-tables: a type of main with polymorphic fields; the branch edits its links; merge;
        revert."""
        self.make_targets()
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='ref', type='object', is_polymorphic=True,
                                             related_object_types=self.allowed)
        self.create_custom_object_type_field(cot, name='links', type='multiobject', is_polymorphic=True,
                                             related_object_types=self.allowed)
        cot.refresh_from_db()
        model = cot.get_model()
        obj = model.objects.create(code='a', ref=self.sites[0])
        obj.links.set([self.sites[0], self.tenants[0]])
        untouched = model.objects.create(code='b')
        untouched.links.set([self.tenants[1]])
        links_table = through_table_name(cot.pk, 'links')
        main_rows = link_rows('public', links_table)

        branch = self.provision(strategy)
        self.assertIn(
            links_table, schema_tables(branch.schema_name), 'unreplicated-link-tables: the link table is copied'
        )
        self.assertEqual(link_rows(branch.schema_name, links_table), main_rows)

        with self.tracked(branch):
            instance = current_model(cot).objects.get(pk=obj.pk)
            instance.snapshot()
            instance.ref = self.tenants[1]
            instance.save()  # before the link changes: NetBox reloads an object after each m2m change
            instance.links.remove(self.sites[0])
            instance.links.add(self.sites[1])
            created = instance.__class__.objects.create(code='c', ref=self.sites[1])
            created.links.set([self.sites[0], self.tenants[1]])
        self.assertEqual(link_rows('public', links_table), main_rows, 'main is untouched before the merge')

        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.links_of(cot, obj.pk), ({('Site', self.sites[1].pk), ('Tenant', self.tenants[0].pk)},
                                                      self.tenants[1]))
        self.assertEqual(self.links_of(cot, created.pk)[0], {('Site', self.sites[0].pk),
                                                             ('Tenant', self.tenants[1].pk)})
        self.assertEqual(self.links_of(cot, untouched.pk)[0], {('Tenant', self.tenants[1].pk)})

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(link_rows('public', links_table), main_rows)
        self.assertEqual(self.links_of(cot, obj.pk)[1], self.sites[0])
        self.assertFalse(current_model(cot).objects.filter(pk=created.pk).exists())

    @both_strategies
    def test_field_added_then_synced(self, strategy):
        """C6/incomplete-merged-records: a branch adds a polymorphic multiobject field and fills it; after the merge,
        main's change log carries the values, and a second branch receives the link table and its rows on sync."""
        self.make_targets()
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        obj = cot.get_model().objects.create(code='a')
        branch = self.provision(strategy)
        other_branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='links',
                                                 type='multiobject', is_polymorphic=True,
                                                 related_object_types=self.allowed)
            instance = current_model(cot).objects.get(pk=obj.pk)
            instance.snapshot()
            instance.links.set([self.sites[0], self.tenants[1]])
            instance.save()
        links_table = through_table_name(cot.pk, 'links')
        self.assertNotIn(links_table, schema_tables('public'))

        branch.merge(user=self.user, commit=True)
        expected = {('Site', self.sites[0].pk), ('Tenant', self.tenants[1].pk)}
        self.assertEqual(self.links_of(cot, obj.pk)[0], expected)
        merged_change = ObjectChange.objects.filter(
            changed_object_type__model=f'table{cot.pk}model', changed_object_id=obj.pk,
        ).order_by('-time').first()
        self.assertEqual(
            sorted((ref['object_id']) for ref in merged_change.postchange_data['links']),
            sorted([self.sites[0].pk, self.tenants[1].pk]),
            'main\'s change log of the merged object carries its polymorphic values',
        )

        other_branch.refresh_from_db()
        other_branch.sync(user=self.user, commit=True)
        self.assertIn(links_table, schema_tables(other_branch.schema_name))
        self.assertEqual(link_rows(other_branch.schema_name, links_table), link_rows('public', links_table))
        self.assertIn(table_name(cot.pk), schema_tables(other_branch.schema_name))
