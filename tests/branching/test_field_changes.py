"""Acceptance matrix C7, F4, F6 (constraints-not-replicated): non-schema and constraint changes of fields merged and
reverted exactly; on_delete behaviour inside a branch for a provisioned table and for one created in the branch."""

from django.db import connection
from django.db.models import ProtectedError

from dcim.models import Site
from tenancy.models import Tenant

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, change_field, current_model
from .strategies import both_strategies


def constraints(schema, table):
    """{constraint type ('u' unique, 'f' foreign key): {ON DELETE action of each FK or the column names}}."""
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT con.contype, con.confdeltype, pg_get_constraintdef(con.oid) FROM pg_constraint con '
            'JOIN pg_class cls ON cls.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = cls.relnamespace '
            'WHERE ns.nspname = %s AND cls.relname = %s', [schema, table],
        )
        return {(kind, on_delete if kind == 'f' else definition) for kind, on_delete, definition in cursor.fetchall()}


ATTRIBUTES = ('label', 'description', 'weight', 'required', 'unique', 'on_delete_behavior')


class FieldAttributesTest(BranchingTestCase):
    """C7: label, description, weight, required, unique and on_delete changed in a branch; merged (the unique
    constraint and the FK's ON DELETE follow in main) and reverted exactly."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        site = Site.objects.create(name='S', slug='s')
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code', label='Code', weight=10)
        self.create_custom_object_type_field(cot, name='site', type='object', on_delete_behavior='set_null',
                                             related_object_type=self.object_type_of('dcim', 'site'))
        current_model(cot).objects.create(code='a', site=site)

        def state():
            fields = CustomObjectTypeField.objects.filter(custom_object_type=cot).order_by('name')
            return [tuple(getattr(f, a) for a in ATTRIBUTES) for f in fields], constraints('public', table_name(cot.pk))

        before = state()
        branch = self.provision(strategy)
        with self.tracked(branch):
            for name, values in (
                ('code', {'label': 'Serial', 'description': 'The serial', 'weight': 5, 'required': True,
                          'unique': True}),
                ('site', {'on_delete_behavior': 'protect'}),
            ):
                change_field(cot, name, **values)
        self.assertEqual(state(), before, 'main untouched before the merge')

        branch.merge(user=self.user, commit=True)
        fields, merged_constraints = state()
        self.assertEqual(fields, [('Serial', 'The serial', 5, True, True, 'set_null'),
                                  ('', '', 100, False, False, 'protect')])
        self.assertIn(('f', 'r'), merged_constraints, 'the FK restricts deletion in main')
        self.assertNotIn(('f', 'n'), merged_constraints)
        self.assertTrue(any(kind == 'u' and '(code)' in definition for kind, definition in merged_constraints))
        with self.assertRaises(ProtectedError):
            site.delete()

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(state(), before)


class OnDeleteInBranchTest(BranchingTestCase):
    """F4/F6 (constraints-not-replicated): deleting targets inside a branch cascades, nulls or is refused the same way
    for a type copied at provisioning and for a type created in the branch."""

    def add_fields(self, cot):
        site_type, tenant_type = self.object_type_of('dcim', 'site'), self.object_type_of('tenancy', 'tenant')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='owned_by', type='object', related_object_type=site_type,
                                             on_delete_behavior='cascade')
        self.create_custom_object_type_field(cot, name='near', type='object', related_object_type=site_type,
                                             on_delete_behavior='set_null')
        self.create_custom_object_type_field(cot, name='tenant', type='object', related_object_type=tenant_type,
                                             on_delete_behavior='protect')

    def test_copied_and_branch_created_tables_behave_alike(self):
        doomed, nulled = Site.objects.create(name='A', slug='a'), Site.objects.create(name='B', slug='b')
        tenant = Tenant.objects.create(name='T', slug='t')
        copied = self.create_custom_object_type(name='copied')
        self.add_fields(copied)
        current_model(copied).objects.create(code='gone', owned_by=doomed)
        current_model(copied).objects.create(code='kept', near=nulled, tenant=tenant)
        branch = self.provision()
        with self.tracked(branch):
            created = self.create_custom_object_type(name='created')
            self.add_fields(created)
            current_model(created).objects.create(code='gone', owned_by=doomed)
            current_model(created).objects.create(code='kept', near=nulled, tenant=tenant)

            Site.objects.get(pk=doomed.pk).delete()
            Site.objects.get(pk=nulled.pk).delete()
            with self.assertRaises(ProtectedError):
                Tenant.objects.get(pk=tenant.pk).delete()
            for cot in (copied, created):
                self.assertEqual(list(current_model(cot).objects.values_list('code', 'near_id', 'tenant_id')),
                                 [('kept', None, tenant.pk)], cot.name)
        self.assertEqual(sorted(current_model(copied).objects.values_list('code', flat=True)), ['gone', 'kept'],
                         'main untouched')
        self.assertFalse(CustomObjectType.objects.filter(pk=created.pk).exists())
