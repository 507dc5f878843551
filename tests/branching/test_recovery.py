"""Acceptance matrix G5 (#622): a worker killed in the middle of a merge or a sync. The operation runs in a separate
Django process that stops after part of the work (its transaction open: a field's DDL and some objects applied) and
is killed with SIGKILL while the branch row says 'merging'/'syncing'. `Branch.recover()` resets the branch to READY;
main (merge) or the branch (sync) is as before; a second attempt in this process succeeds.

The operations are started by direct calls (no Job row), so `check_stuck()` finds no job that could still clear the
status and reports the branch stuck right away: `recover()` suffices, `force_recover()` is not needed."""

import os
import signal
import subprocess
import sys
import tempfile
import textwrap

from core.models import ObjectChange
from netbox_branching.models import AppliedChange, Branch, BranchEvent

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, edit, schema_columns, schema_tables
from .strategies import both_strategies

OBJECTS = 100  # new objects per type, and as many again already there (half of them edited)

STALL = '''
    import time
    from django.db import connections
    from django.db.models.signals import post_save

    saves = 0

    def stall(sender, **kwargs):
        """After {after} saves of custom objects, report which schemas have the new column as this operation's
        transaction sees them, and wait to be killed (the transaction stays open)."""
        global saves
        if sender._meta.app_label == 'netbox_custom_objects' and sender._meta.model_name.startswith('table'):
            saves += 1
            if saves == {after}:
                with connections['{alias}'].cursor() as cursor:
                    cursor.execute("SELECT table_schema FROM information_schema.columns "
                                   "WHERE table_name = '{table}' AND column_name = 'rank'")
                    print('stalled', *sorted(row[0] for row in cursor.fetchall()), flush=True)
                time.sleep(600)

    post_save.connect(stall, weak=False)
'''


def kill_when_stalled(test, branch, operation, status, after, column_in):
    """Run `branch.<operation>()` in a fresh process; SIGKILL it mid-operation, while the branch is in `status` and
    the operation's transaction has added the column `rank` to the first type's table in schema `column_in`."""
    alias = 'default' if column_in == 'public' else branch.connection_name
    stall = STALL.format(after=after, alias=alias, table=table_name(test.types[0].pk))
    code = 'import django; django.setup()\n' + textwrap.dedent(stall) + textwrap.dedent(f'''
        from netbox_branching.models import Branch
        from users.models import User
        Branch.objects.get(pk={branch.pk}).{operation}(user=User.objects.get(pk={test.user.pk}), commit=True)
        print('finished', flush=True)
    ''')
    with tempfile.TemporaryFile(mode='w+') as errors:
        process = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=errors, text=True,
                                   env={**os.environ, 'DJANGO_SETTINGS_MODULE': 'netbox.settings'})
        try:
            line = process.stdout.readline().strip()
            errors.seek(0)
            test.assertTrue(line.startswith('stalled'), errors.read()[-3000:])
            test.assertIn(column_in, line.split()[1:], 'the DDL was applied before the kill')
            test.assertEqual(Branch.objects.get(pk=branch.pk).status, status)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=60)
            process.stdout.close()
    test.assertEqual(process.returncode, -signal.SIGKILL)


class RecoveryTestCase(BranchingTestCase):

    def make_types(self):
        """Two types with OBJECTS objects each in main."""
        types = []
        for name in ('widget', 'gadget'):
            cot = self.create_custom_object_type(name=name)
            self.create_custom_object_type_field(cot, name='code')
            cot.refresh_from_db()
            cot.get_model().objects.bulk_create(cot.get_model()(code=f'{name}-{i}') for i in range(OBJECTS))
            types.append(cot)
        self.types = types
        return types

    def work(self, types):
        """A field added to the first type, half the objects edited and OBJECTS new objects per type."""
        first = CustomObjectType.objects.get(pk=types[0].pk)
        self.create_custom_object_type_field(first, name='rank', type='integer')
        for cot in types:
            model = current_model(cot)
            for pk in sorted(model.objects.values_list('pk', flat=True))[::2]:
                values = {'code': f'{cot.name}-edited-{pk}', **({'rank': pk} if cot.pk == first.pk else {})}
                edit(model, pk, **values)
            for i in range(OBJECTS):
                model.objects.create(code=f'{cot.name}-new-{i}', **({'rank': i} if cot.pk == first.pk else {}))

    def state(self, types, schema='public'):
        """Tables, the first type's columns and every object's values, as seen in `schema`."""
        rows = []
        for cot in types:
            model = current_model(cot)
            names = ['pk', 'code', *(['rank'] if hasattr(model, 'rank') else [])]
            rows.append(sorted(model.objects.values_list(*names)))
        return schema_tables(schema), schema_columns(schema, table_name(types[0].pk)), rows


class KilledMergeTest(RecoveryTestCase):
    """G5, merge: killed after the field's DDL and part of the objects were applied to main."""

    @both_strategies
    def test_recover_then_merge(self, strategy):
        types = self.make_types()
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.work(types)
            expected = self.state(types, branch.schema_name)
        before = self.state(types)
        changes = ObjectChange.objects.count()
        self.assertNotIn('rank', before[1])

        kill_when_stalled(self, branch, 'merge', 'merging', after=OBJECTS, column_in='public')

        branch.refresh_from_db()
        self.assertEqual(branch.status, 'merging', 'no process clears the status of a killed merge')
        self.assertEqual(branch.check_stuck(), (None, True))
        self.assertEqual(branch.recover(user=self.user), 'ready')
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertEqual(self.state(types), before, 'main unchanged: no column, row or value of the branch')
        self.assertEqual(ObjectChange.objects.count(), changes)
        self.assertFalse(AppliedChange.objects.filter(branch=branch).exists())
        self.assertFalse(BranchEvent.objects.filter(branch=branch, type='merged').exists())
        with self.tracked(branch):
            self.assertEqual(self.state(types, branch.schema_name), expected, 'the branch unchanged')

        branch.merge(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'merged')
        self.assertEqual(self.state(types)[1:], expected[1:])


class KilledSyncTest(RecoveryTestCase):
    """G5, sync: main added a field and edited and created objects; the branch edited one of them. The sync is
    killed after the field's DDL and part of the objects were applied to the branch."""

    def test_sync(self):
        types = self.make_types()
        branch = self.provision()
        touched = current_model(types[1]).objects.order_by('pk').last().pk
        with self.tracked(branch):
            edit(current_model(types[1]), touched, code='edited in branch')
            before = self.state(types, branch.schema_name)
        last_sync = branch.last_sync
        with self.tracked():
            self.work(types)
        expected = self.state(types)
        self.assertNotIn('rank', before[1])

        kill_when_stalled(self, branch, 'sync', 'syncing', after=OBJECTS, column_in=branch.schema_name)

        branch.refresh_from_db()
        self.assertEqual(branch.status, 'syncing')
        self.assertEqual(branch.recover(user=self.user), 'ready')
        branch.refresh_from_db()
        self.assertEqual((branch.status, branch.last_sync), ('ready', last_sync))
        with self.tracked(branch):
            self.assertEqual(self.state(types, branch.schema_name), before, 'the branch unchanged')

        branch.sync(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        with self.tracked(branch):
            tables, columns, rows = self.state(types, branch.schema_name)
        self.assertEqual(columns, expected[1])
        self.assertEqual(rows[0], expected[2][0])
        # main wins on sync, except for the object main never changed after the branch edited it
        self.assertEqual(rows[1], [(pk, 'edited in branch' if pk == touched else code) for pk, code in expected[2][1]])
