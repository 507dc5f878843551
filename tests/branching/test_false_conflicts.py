"""No false conflicts (issue 15, item 3): the change diffs of a branch compare custom objects like with like after
the branch or main renamed, added or deleted fields, and a field's deletion record (`held_values`) is no conflict.
A conflict remains where main and the branch changed the same value. The merge goes through netbox-branching's REST
endpoint, which refuses unacknowledged conflicts (409), and runs as its worker runs it."""

from django.contrib.contenttypes.models import ContentType
from django.test import Client

from core.models import Job
from netbox_branching.jobs import MergeBranchJob
from netbox_branching.models import ChangeDiff
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, change_field, current_model, edit, schema_columns


def delete_field(cot, name):
    field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name=name)
    field.snapshot()
    field.delete()


def add_field(test, cot, name, field_type='text', **options):
    return test.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name=name, type=field_type,
                                                **options)


class FalseConflictTestCase(BranchingTestCase):

    def setUp(self):
        super().setUp()
        token = Token.objects.create(user=self.user)
        self.auth = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}
        site_type = self.object_type_of('dcim', 'site')
        self.cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(self.cot, name='code', primary=True)
        self.create_custom_object_type_field(self.cot, name='note')
        self.create_custom_object_type_field(self.cot, name='rank', type='integer')
        self.create_custom_object_type_field(self.cot, name='place', type='coordinates')
        self.create_custom_object_type_field(self.cot, name='sites', type='multiobject', related_object_type=site_type)
        model = current_model(self.cot)
        self.a = model.objects.create(code='a', note='note a', rank=1, place_latitude=1, place_longitude=2)
        self.b = model.objects.create(code='b', note='note b', rank=2)

    def conflicts(self, branch):
        """{(model, object id): conflicts} of the branch's change diffs that have conflicts."""
        return {
            (ContentType.objects.get_for_id(diff.object_type_id).model, diff.object_id): diff.conflicts
            for diff in ChangeDiff.objects.filter(branch=branch, conflicts__isnull=False)
        }

    def merge_over_rest(self, branch, acknowledge=False, status=200):
        """POST netbox-branching's merge endpoint; when accepted, run the queued job as its worker does."""
        response = Client().post(f'/api/plugins/branching/branches/{branch.pk}/merge/',
                                 data={'commit': True, 'acknowledge_conflicts': acknowledge},
                                 content_type='application/json', **self.auth)
        self.assertEqual(response.status_code, status, response.content[:3000])
        if status != 200:
            return response.json()
        job = Job.objects.get(pk=response.json()['id'])
        MergeBranchJob.handle(job, commit=True)
        job.refresh_from_db()
        self.assertEqual(job.status, 'completed', job.error)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'merged')
        return None

    def main_row(self, obj, *names):
        return current_model(self.cot).objects.filter(pk=obj.pk).values_list(*names).get()


class FieldChangedInBranchTest(FalseConflictTestCase):
    """The branch deletes, renames or adds a field, then edits objects of the type; main never touches it: no
    conflict, and the merge needs no acknowledgement."""

    def test_field_deleted_then_object_edited(self):
        branch = self.provision()
        with self.tracked(branch):
            delete_field(self.cot, 'note')
            delete_field(self.cot, 'place')
            edit(current_model(self.cot), self.a.pk, code='a2', rank=10)
        self.assertEqual(self.conflicts(branch), {})
        self.merge_over_rest(branch)
        self.assertEqual(self.main_row(self.a, 'code', 'rank'), ('a2', 10))
        self.assertFalse({'note', 'place_latitude'} & schema_columns('public', table_name(self.cot.pk)))

    def test_field_renamed_then_object_edited(self):
        branch = self.provision()
        with self.tracked(branch):
            edit(current_model(self.cot), self.b.pk, note='b before rename')
            change_field(self.cot, 'note', name='memo')
            change_field(self.cot, 'place', name='spot')
            edit(current_model(self.cot), self.a.pk, code='a2', memo='renamed a', spot_latitude=5)
            edit(current_model(self.cot), self.b.pk, memo='b after rename')
        self.assertEqual(self.conflicts(branch), {})
        self.merge_over_rest(branch)
        self.assertEqual(self.main_row(self.a, 'code', 'memo', 'spot_latitude', 'spot_longitude'),
                         ('a2', 'renamed a', 5, 2))
        self.assertEqual(self.main_row(self.b, 'memo'), ('b after rename',))

    def test_field_added_then_object_edited(self):
        branch = self.provision()
        with self.tracked(branch):
            add_field(self, self.cot, 'level', 'integer', default=5)
            add_field(self, self.cot, 'extra_sites', 'multiobject',
                      related_object_type=self.object_type_of('dcim', 'site'))
            edit(current_model(self.cot), self.a.pk, code='a2')
            edit(current_model(self.cot), self.a.pk, level=7)
            edit(current_model(self.cot), self.b.pk, level=8)
        self.assertEqual(self.conflicts(branch), {})
        self.merge_over_rest(branch)
        self.assertEqual(self.main_row(self.a, 'code', 'level'), ('a2', 7))
        self.assertEqual(self.main_row(self.b, 'level'), (8,))


class FieldChangedInMainTest(FalseConflictTestCase):
    """Main renames, deletes and adds fields after the branch was made, and edits objects the branch also edits,
    in other fields: no conflict (neither when the branch records its changes, nor when main's later edits update
    the branch's diffs), and the merge needs no acknowledgement."""

    def test_main_changes_fields_while_the_branch_edits(self):
        branch = self.provision()
        with self.tracked():
            change_field(self.cot, 'note', name='memo')
            delete_field(self.cot, 'place')
            add_field(self, self.cot, 'level', 'integer', default=5)
        with self.tracked(branch):
            edit(current_model(self.cot), self.a.pk, code='a2', rank=10)
            edit(current_model(self.cot), self.b.pk, note='b in branch')
        with self.tracked():
            edit(current_model(self.cot), self.a.pk, memo='a in main', level=6)
            edit(current_model(self.cot), self.b.pk, rank=20)
        self.assertEqual(self.conflicts(branch), {})
        self.merge_over_rest(branch)
        self.assertEqual(self.main_row(self.a, 'code', 'rank', 'memo', 'level'), ('a2', 10, 'a in main', 6))
        self.assertEqual(self.main_row(self.b, 'memo', 'rank'), ('b in branch', 20))


class TrueConflictTest(FalseConflictTestCase):
    """Main and the branch change the same value, differently — also a value the branch renamed the field of: a
    conflict, which the merge endpoint refuses until acknowledged; acknowledged, the branch's values win."""

    def test_same_value_changed_on_both_sides(self):
        branch = self.provision()
        with self.tracked(branch):
            delete_field(self.cot, 'rank')
            change_field(self.cot, 'note', name='memo')
            edit(current_model(self.cot), self.a.pk, code='a in branch')
            edit(current_model(self.cot), self.b.pk, memo='b in branch')
        with self.tracked():
            edit(current_model(self.cot), self.a.pk, code='a in main')
            edit(current_model(self.cot), self.b.pk, note='b in main', code='b in main')
        self.assertEqual(self.conflicts(branch), {
            (self.cot.object_type.model, self.a.pk): ['code'],
            (self.cot.object_type.model, self.b.pk): ['memo'],
        })
        refused = self.merge_over_rest(branch, status=409)
        self.assertEqual(len(refused['conflicts']), 2)
        self.merge_over_rest(branch, acknowledge=True)
        self.assertEqual(self.main_row(self.a, 'code'), ('a in branch',))
        self.assertEqual(self.main_row(self.b, 'code', 'memo'), ('b in main', 'b in branch'))
