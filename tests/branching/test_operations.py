"""Acceptance matrix K2, L2 (P-24), L3 (P-9): engine boundaries met in operation — a branch older than
CHANGELOG_RETENTION, global search across a branch and its merge, an object permission constrained on a type."""

from datetime import timedelta

from django.utils import timezone

from netbox.config import get_config

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, schema_columns
from .test_sync import current_model, edit


class StaleBranchTest(BranchingTestCase):
    """K2: a branch last synced longer ago than CHANGELOG_RETENTION is stale. netbox-branching refuses to sync it
    (main's change log it would replay may have been purged) but does not block its merge: the branch's custom
    object changes (a new field, an edit, a new object) reach main, and main's own edit made meanwhile stays."""

    def run_scenario(self, strategy):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        cot.refresh_from_db()
        model = cot.get_model()
        kept, edited = model.objects.create(code='kept'), model.objects.create(code='v0')
        branch = self.provision(strategy)
        with self.tracked(branch):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank', type='integer')
            edit(current_model(cot), edited.pk, code='edited in branch', rank=1)
            created = current_model(cot).objects.create(code='new in branch', rank=2)
        with self.tracked():
            edit(current_model(cot), kept.pk, code='kept, edited in main')

        retention = get_config().CHANGELOG_RETENTION
        self.assertTrue(retention, 'the scenario needs a change log retention period')
        type(branch).objects.filter(pk=branch.pk).update(
            last_sync=timezone.now() - timedelta(days=retention + 1))
        branch.refresh_from_db()
        self.assertTrue(branch.is_stale)

        with self.assertRaisesMessage(Exception, 'is stale and can no longer be synced'):
            branch.sync(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.get(pk=kept.pk).code, 'kept', 'nothing synced')

        branch.merge(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'merged')
        self.assertIn('rank', schema_columns('public', table_name(cot.pk)))
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', 'code', 'rank')), sorted([
            (kept.pk, 'kept, edited in main', None), (edited.pk, 'edited in branch', 1),
            (created.pk, 'new in branch', 2),
        ]))

    def test_iterative(self):
        self.run_scenario('iterative')

    def test_squash(self):
        self.run_scenario('squash')
