"""Acceptance matrix D5, D6, D10 (renames-found-in-history): a rename combined with a type change, a renamed multiobject
field (its link table) while main adds links, and renames whose change records were purged (CHANGELOG_RETENTION); each
under the iterative and the squash strategy."""

from django.db import connection

from core.models import ObjectChange
from dcim.models import Site

from netbox_custom_objects.constants import table_name, through_table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, change_field, current_model, edit, rename, schema_columns, schema_tables
from .strategies import both_strategies


def column_type(schema, table, column):
    with connection.cursor() as cursor:
        cursor.execute('SELECT data_type FROM information_schema.columns '
                       'WHERE table_schema = %s AND table_name = %s AND column_name = %s', [schema, table, column])
        row = cursor.fetchone()
        return row[0] if row else None


def snapshotted(cot, pk):
    obj = current_model(cot).objects.get(pk=pk)
    obj.snapshot()  # as NetBox's views do before a change: the change record's pre-change data
    return obj


class RenameAndRetypeTest(BranchingTestCase):
    """D5: in one branch, text field `qty` is renamed `count` and made integer in one save; text field `size` is
    renamed `width`, edited, then made integer; main stores a convertible value meanwhile. Merge: integer columns
    under the new names, every value converted; revert: text columns under the old names, values as text."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='qty')
        self.create_custom_object_type_field(cot, name='size')
        cot.refresh_from_db()
        first = cot.get_model().objects.create(qty='1', size='10')
        second = cot.get_model().objects.create(qty='2', size='20')
        text_columns = {column_type('public', table_name(cot.pk), name) for name in ('qty', 'size')}
        branch = self.provision(strategy)
        with self.tracked(branch):
            change_field(cot, 'qty', name='count', type='integer')
            edit(current_model(cot), first.pk, count=5)
            change_field(cot, 'size', name='width')
            edit(current_model(cot), second.pk, width='25')
            change_field(cot, 'width', type='integer')
            new = current_model(cot).objects.create(count=7, width=70)
        with self.tracked():
            edit(current_model(cot), second.pk, qty='3')
        table = table_name(cot.pk)

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(schema_columns('public', table) & {'qty', 'size', 'count', 'width'}, {'count', 'width'})
        self.assertEqual({column_type('public', table, name) for name in ('count', 'width')}, {'bigint'})
        self.assertEqual(sorted(CustomObjectTypeField.objects.filter(custom_object_type=cot)
                                .values_list('name', 'type')), [('count', 'integer'), ('width', 'integer')])
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', 'count', 'width')),
                         [(first.pk, 5, 10), (second.pk, 3, 25), (new.pk, 7, 70)])

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(schema_columns('public', table) & {'qty', 'size', 'count', 'width'}, {'qty', 'size'})
        self.assertEqual({column_type('public', table, name) for name in ('qty', 'size')}, text_columns)
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', 'qty', 'size')),
                         [(first.pk, '1', '10'), (second.pk, '3', '20')])


class MultiobjectRenameTest(BranchingTestCase):
    """D6: the branch renames multiobject field `sites` to `locations` (its link table with it), with link edits
    before and after; main adds links to other objects meanwhile. Merge: main's link table is renamed, main's links
    are kept, the branch's are added; revert: the old table name, the branch's links gone, main's kept."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        s = [Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(4)]
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='sites', type='multiobject',
                                             related_object_type=self.object_type_of('dcim', 'site'))
        cot.refresh_from_db()
        o1, o2, o4 = (cot.get_model().objects.create(code=code) for code in ('o1', 'o2', 'o4'))
        o1.sites.set([s[0]])
        branch = self.provision(strategy)
        with self.tracked(branch):
            snapshotted(cot, o4.pk).sites.add(s[3])
            rename(cot, 'sites', 'locations')
            snapshotted(cot, o1.pk).locations.add(s[1])
        with self.tracked():
            snapshotted(cot, o2.pk).sites.add(s[2])
            o3 = current_model(cot).objects.create(code='o3')
            o3.sites.add(s[1])
        old_table, new_table = through_table_name(cot.pk, 'sites'), through_table_name(cot.pk, 'locations')
        self.assertIn(new_table, schema_tables(branch.schema_name))
        self.assertNotIn(new_table, schema_tables('public'))

        def links(name):
            return {obj.pk: {site.pk for site in getattr(obj, name).all()} for obj in current_model(cot).objects.all()}

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(schema_tables('public') & {old_table, new_table}, {new_table})
        self.assertEqual(links('locations'), {o1.pk: {s[0].pk, s[1].pk}, o2.pk: {s[2].pk}, o3.pk: {s[1].pk},
                                              o4.pk: {s[3].pk}})

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(schema_tables('public') & {old_table, new_table}, {old_table})
        self.assertEqual(links('sites'), {o1.pk: {s[0].pk}, o2.pk: {s[2].pk}, o3.pk: {s[1].pk}, o4.pk: set()})


class PurgedRenameRecordTest(BranchingTestCase):
    """D10 (renames-found-in-history): a field is renamed code→serial — in main, or by another branch that merges — and
    the rename's change records are then purged, as CHANGELOG_RETENTION housekeeping does (main's, and the merged
    branch's own). A branch provisioned before the rename, with edits under `code`, merges: the values land in `serial`
    (the field row remembers its previous names; nothing is looked up in the change log)."""

    def purge(self, field, schemas):
        field_type = self.object_type_of('netbox_custom_objects', 'customobjecttypefield')
        records = ObjectChange.objects.filter(changed_object_type=field_type, changed_object_id=field.pk,
                                              action='update')
        self.assertTrue(records.exists())
        records.delete()
        with connection.cursor() as cursor:
            for schema in schemas:
                cursor.execute(f'DELETE FROM "{schema}".core_objectchange WHERE changed_object_type_id = %s '
                               'AND changed_object_id = %s', [field_type.pk, field.pk])
                self.assertEqual(cursor.rowcount, 1)

    @both_strategies(renamed_in_main={'renamed_by_branch': False}, renamed_by_branch={'renamed_by_branch': True})
    def test_merge(self, strategy, renamed_by_branch):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        objs = [cot.get_model().objects.create(code=f'v{i}') for i in range(3)]
        pending = self.provision(strategy)
        with self.tracked(pending):
            edit(current_model(cot), objs[0].pk, code='pending edit')
            created = current_model(cot).objects.create(code='pending create')
        if renamed_by_branch:
            renamer = self.provision(strategy)
            with self.tracked(renamer):
                field = rename(cot, 'code', 'serial')
            renamer.merge(user=self.user, commit=True)
            self.purge(field, [renamer.schema_name])
        else:
            with self.tracked():
                field = rename(cot, 'code', 'serial')
            self.purge(field, [])
        with self.tracked():
            edit(current_model(cot), objs[1].pk, serial='main edit')

        pending.refresh_from_db()
        pending.merge(user=self.user, commit=True)
        self.assertEqual(schema_columns('public', table_name(cot.pk)) & {'code', 'serial'}, {'serial'})
        self.assertEqual(dict(current_model(cot).objects.values_list('pk', 'serial')), {
            objs[0].pk: 'pending edit', objs[1].pk: 'main edit', objs[2].pk: 'v2', created.pk: 'pending create',
        })
        self.assertEqual(CustomObjectType.objects.get(pk=cot.pk).fields.get().previous_names, ['code'])
