"""Acceptance matrix H2, H4 (edits-replayed-before-rename, renames-found-in-history): object changes recorded before
field renames, collapsed by the squash strategy (and, for comparison, replayed by the iterative one): every value ends
in the field it was set on, under the field's final name."""

from dcim.models import Site

from netbox_custom_objects.constants import APP_LABEL, model_name, table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, rename, schema_columns, schema_tables
from .strategies import both_strategies


class UpdateThenRenameTest(BranchingTestCase):
    """H2 (edits-replayed-before-rename): on a type of main, an object updated and another created, then the field
    renamed: the values are under the new name after the merge."""

    @both_strategies
    def test_merge(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        untouched = cot.get_model().objects.create(code='v0')
        updated = cot.get_model().objects.create(code='v1')
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), updated.pk, code='updated before the rename')
            created = current_model(cot).objects.create(code='created before the rename')
            rename(cot, 'code', 'serial')
        branch.merge(user=self.user, commit=True)
        self.assertEqual(schema_columns('public', table_name(cot.pk)) & {'code', 'serial'}, {'serial'})
        self.assertEqual(
            dict(current_model(cot).objects.values_list('pk', 'serial')),
            {
                untouched.pk: 'v0',
                updated.pk: 'updated before the rename',
                created.pk: 'created before the rename',
            },
        )


class CreatedThenRenamedTest(BranchingTestCase):
    """H4 (renames-found-in-history): a type, its fields and objects created in a branch, then fields renamed several
    times — `a` and `c` swap names through `tmp`, `b` becomes `rank` — with updates in between and an object created at
    the end. The merge creates the fields under their final names, and each value is in the field it was set on."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            for name, kind in (('a', 'text'), ('b', 'integer'), ('c', 'text')):
                self.create_custom_object_type_field(cot, name=name, type=kind)
            p = current_model(cot).objects.create(a='p-a', b=1, c='p-c')
            q = current_model(cot).objects.create(a='q-a', b=2)
            rename(cot, 'a', 'tmp')
            edit(current_model(cot), q.pk, tmp='q-a, updated while tmp')
            rename(cot, 'c', 'a')
            rename(cot, 'tmp', 'c')
            rename(cot, 'b', 'rank')
            edit(current_model(cot), p.pk, rank=10)
            r = current_model(cot).objects.create(a='r-a', c='r-c', rank=3)
            fields = sorted(
                CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('pk', 'name', 'schema_id')
            )
        expected = {p.pk: ('p-a', 10, 'p-c'), q.pk: ('q-a, updated while tmp', 2, None), r.pk: ('r-c', 3, 'r-a')}

        branch.merge(user=self.user, commit=True)
        self.assertEqual(
            sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('pk', 'name', 'schema_id')),
            fields,
        )
        self.assertTrue({'a', 'c', 'rank'} <= schema_columns('public', table_name(cot.pk)))
        self.assertFalse({'b', 'tmp'} & schema_columns('public', table_name(cot.pk)))
        values = current_model(cot).objects.values_list('pk', 'c', 'rank', 'a')
        self.assertEqual({pk: rest for pk, *rest in values}, {pk: list(v) for pk, v in expected.items()})

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())


class DeleteBehindNewReferencesTest(BranchingTestCase):
    """A branch creates a type whose object and multiobject fields point at a type of main (and at NetBox's sites),
    and deletes an object of that type (and a site): a squash merge must not delete them before the new type's
    table exists, since the deletion collects the objects pointing at them through the new fields' tables (an
    adopted upstream branch hit this, tests/switching)."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        site_type = self.object_type_of('dcim', 'site')
        host_type = self.create_custom_object_type(name='host')
        self.create_custom_object_type_field(host_type, name='hostname', primary=True)
        host_type.refresh_from_db()
        kept, doomed = (host_type.get_model().objects.create(hostname=name) for name in ('kept', 'doomed'))
        site, doomed_site = (Site.objects.create(name=name, slug=name) for name in ('site-1', 'site-2'))
        branch = self.provision(strategy)
        with self.tracked(branch):
            ticket_type = self.create_custom_object_type(name='ticket')
            self.create_custom_object_type_field(ticket_type, name='summary', primary=True)
            self.create_custom_object_type_field(
                ticket_type,
                name='host',
                type='object',
                related_object_type=self.object_type_of(APP_LABEL, model_name(host_type.pk)),
            )
            self.create_custom_object_type_field(
                ticket_type,
                name='hosts',
                type='multiobject',
                related_object_type=self.object_type_of(APP_LABEL, model_name(host_type.pk)),
            )
            self.create_custom_object_type_field(ticket_type, name='site', type='object', related_object_type=site_type)
            ticket = current_model(ticket_type).objects.create(summary='replace disk', host_id=kept.pk, site_id=site.pk)
            ticket.hosts.set([kept.pk])
            current_model(host_type).objects.get(pk=doomed.pk).delete()
            Site.objects.get(pk=doomed_site.pk).delete()

        branch.merge(user=self.user, commit=True)
        self.assertEqual(list(current_model(host_type).objects.values_list('hostname', flat=True)), ['kept'])
        self.assertFalse(Site.objects.filter(pk=doomed_site.pk).exists())
        merged = current_model(ticket_type).objects.get()
        self.assertEqual((merged.summary, merged.host_id, merged.site_id), ('replace disk', kept.pk, site.pk))
        self.assertEqual(list(merged.hosts.values_list('pk', flat=True)), [kept.pk])

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertNotIn(table_name(ticket_type.pk), schema_tables('public'))
        self.assertEqual(
            sorted(current_model(host_type).objects.values_list('hostname', flat=True)), ['doomed', 'kept']
        )
        self.assertTrue(Site.objects.filter(pk=doomed_site.pk).exists())
