"""Acceptance matrix K2, L2 (jobs-losing-the-branch), L3 (type-deletion-loses-objects): engine boundaries met in
operation — a branch older than CHANGELOG_RETENTION, global search across a branch and its merge, an object permission
constrained on a type."""

import uuid
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from core.models import Job
from extras.models import CachedValue
from netbox.config import get_config
from users.constants import TOKEN_PREFIX
from users.models import ObjectPermission, Token, User

from netbox_custom_objects.branching.context import branch_activated
from netbox_custom_objects.constants import table_name
from netbox_custom_objects.jobs import ReindexCustomObjectTypeJob
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, schema_columns
from .strategies import both_strategies


class StaleBranchTest(BranchingTestCase):
    """K2: a branch last synced longer ago than CHANGELOG_RETENTION is stale. netbox-branching refuses to sync it
    (main's change log it would replay may have been purged) but does not block its merge: the branch's custom
    object changes (a new field, an edit, a new object) reach main, and main's own edit made meanwhile stays."""

    @both_strategies
    def test_sync_refused_merge_allowed(self, strategy):
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


def reindex_jobs():
    """(type id, branch schema id or '') of each re-index job."""
    jobs = Job.objects.filter(name__startswith=ReindexCustomObjectTypeJob.Meta.name)
    return sorted((job.data['cot_id'], job.data.get('branch', '')) for job in jobs)


def cached_weights(pk, field, branch=None):
    """The search-cache weights of object `pk`'s value of `field` (in `branch`, else main)."""
    with branch_activated(branch.schema_id if branch is not None else None):
        return list(CachedValue.objects.filter(object_id=pk, field=field).values_list('weight', flat=True))


class SearchTest(BranchingTestCase):
    """L2 (jobs-losing-the-branch): a searchable field added in a branch, and the weight of a searchable field changed.
    Searching in the branch finds the branch's values, main's search does not; after the merge main's search finds them.
    The weight change queues a re-index job that carries the branch and re-caches the branch's objects there, main's
    untouched (pitfall jobs-losing-the-branch: a job without the branch would rebuild main's cache); the merge queues
    one in main (a new column needs none: it holds no value in main's other objects, and the objects the branch gave a
    value are re-cached as the merge saves them)."""

    def found(self, text, pk, branch=None):
        client = Client()
        client.force_login(self.user)
        query = f'&_branch={branch.schema_id}' if branch is not None else ''
        response = client.get(f'/search/?q={text}{query}')
        self.assertEqual(response.status_code, 200)
        return f'/plugins/custom-objects/widgets/{pk}/' in response.content.decode()

    @both_strategies
    def test_search_before_and_after_merge(self, strategy):
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code', search_weight=100)
        cot.refresh_from_db()
        existing = cot.get_model().objects.create(code='mainonlycode')
        branch = self.provision(strategy)
        jobs = reindex_jobs()
        with self.tracked(branch):
            early = current_model(cot).objects.create(code='earlybranchcode')
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='serial',
                                                 search_weight=500)
            code = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='code')
            code.snapshot()
            code.search_weight = 1000
            code.full_clean()
            code.save()
            edit(current_model(cot), existing.pk, serial='existingserialxq')
            created = current_model(cot).objects.create(code='branchcode', serial='createdserialxq')
        self.assertEqual(reindex_jobs(), [*jobs, (cot.pk, branch.schema_id)], 'a re-index job for the branch')
        self.assertEqual(cached_weights(early.pk, 'code', branch), [100])
        job = Job.objects.get(name__startswith=ReindexCustomObjectTypeJob.Meta.name, data__branch=branch.schema_id)
        ReindexCustomObjectTypeJob.handle(job, cot_id=cot.pk, branch=branch.schema_id)
        self.assertEqual(cached_weights(early.pk, 'code', branch), [1000])
        self.assertEqual(cached_weights(existing.pk, 'code'), [100])

        for text, pk in (('existingserialxq', existing.pk), ('createdserialxq', created.pk)):
            self.assertTrue(self.found(text, pk, branch), f'{text}: found in the branch')
            self.assertFalse(self.found(text, pk), f'{text}: not found in main before the merge')
        self.assertTrue(self.found('mainonlycode', existing.pk, branch))

        branch.merge(user=self.user, commit=True)
        for text, pk in (('existingserialxq', existing.pk), ('createdserialxq', created.pk)):
            self.assertTrue(self.found(text, pk), f'{text}: found in main after the merge')
        self.assertTrue(self.found('mainonlycode', existing.pk))
        self.assertEqual(reindex_jobs(), sorted([*jobs, (cot.pk, branch.schema_id), (cot.pk, '')]),
                         'and one enqueued by the merge in main')


class ConstrainedPermissionTest(BranchingTestCase):
    """L3 (type-deletion-loses-objects): an object permission constrained on a custom object type ({"code": "a"})
    restricts the REST API in a branch (header X-NetBox-Branch) as in main, and after the merge. A second branch deletes
    the type; merged, the type is gone from main; reverted, the type comes back with the same ObjectType, which the
    permission still names, and the constrained list works again."""

    def setUp(self):
        super().setUp()
        self.viewer = User.objects.create_user(username=f'viewer-{uuid.uuid4().hex[:6]}')
        token = Token.objects.create(user=self.viewer)
        self.auth = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}

    def api(self, method, path, branch=None, **data):
        headers = dict(self.auth, **({'HTTP_X_NETBOX_BRANCH': branch.schema_id} if branch is not None else {}))
        return getattr(Client(), method)(f'/api/plugins/custom-objects/widgets/{path}', data=data or None,
                                         content_type='application/json', **headers)

    def listed(self, branch=None):
        response = self.api('get', '', branch)
        self.assertEqual(response.status_code, 200, response.content)
        return sorted((row['id'], row['code']) for row in response.json()['results'])

    @both_strategies
    def test_merge_and_revert(self, strategy):
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code')
        self.create_custom_object_type_field(cot, name='note')
        cot.refresh_from_db()
        a, b = (cot.get_model().objects.create(code=code) for code in ('a', 'b'))
        permission = ObjectPermission.objects.create(name='widgets a', actions=['view', 'change'],
                                                     constraints={'code': 'a'})
        permission.users.add(self.viewer)
        permission.object_types.add(cot.object_type)
        self.assertEqual(self.listed(), [(a.pk, 'a')])

        branch = self.provision(strategy)
        with self.tracked(branch):
            created = current_model(cot).objects.create(code='a')
            current_model(cot).objects.create(code='c')
        self.assertEqual(self.listed(branch), [(a.pk, 'a'), (created.pk, 'a')])
        self.assertEqual(self.api('patch', f'{b.pk}/', branch, code='x').status_code, 404)
        self.assertEqual(self.api('patch', f'{a.pk}/', branch, code='z').status_code, 403,
                         'a change leaving the constraint is refused')
        self.assertEqual(self.api('patch', f'{a.pk}/', branch, note='set in branch').status_code, 200)
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.filter(pk=a.pk).values_list('code', 'note').get(),
                             ('a', 'set in branch'))
        self.assertEqual(self.listed(), [(a.pk, 'a')], 'main does not see the branch')
        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.listed(), [(a.pk, 'a'), (created.pk, 'a')])
        self.assertEqual(current_model(cot).objects.get(pk=a.pk).note, 'set in branch')

        deleting = self.provision(strategy)
        with self.tracked(deleting):
            doomed = CustomObjectType.objects.get(pk=cot.pk)
            doomed.snapshot()
            doomed.delete()
        deleting.merge(user=self.user, commit=True)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        self.assertTrue(ObjectPermission.objects.filter(pk=permission.pk, object_types=cot.object_type_id).exists(),
                        "the type's ObjectType outlives it, and the permission keeps naming it")
        deleting.refresh_from_db()
        deleting.revert(user=self.user, commit=True)
        restored = CustomObjectType.objects.get(pk=cot.pk)
        self.assertEqual(restored.object_type_id, cot.object_type_id)
        self.assertEqual(list(ObjectPermission.objects.get(pk=permission.pk).object_types.values_list('pk', flat=True)),
                         [cot.object_type_id])
        self.assertEqual(self.listed(), [(a.pk, 'a'), (created.pk, 'a')])
        self.assertEqual(self.api('patch', f'{b.pk}/', code='x').status_code, 404)
