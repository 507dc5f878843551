"""Acceptance matrix B3, B5, B6, C3, F1, H9: abandoned branches, API edits in a branch, a branch type referenced
from a main type, two branches adding fields, a link target deleted in main, cycles; each under both strategies
unless the matrix says otherwise."""

from django.apps import apps
from django.db import connection

from dcim.models import Site
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import model_name, table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, current_model, edit, schema_columns, schema_tables
from .strategies import both_strategies


class AbandonedBranchTest(BranchingTestCase):
    """B3 (orphaned-object-types): a branch creates a type with objects, then is deleted: its schema is dropped; main
    has no table, no type row and no class for it (the ObjectType row created for it stays, harmless)."""

    def test_deleted_branch(self):
        tables_before = schema_tables('public')
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='code')
            current_model(cot).objects.create(code='g')
        branch.refresh_from_db()
        branch.delete()
        with connection.cursor() as cursor:
            cursor.execute('SELECT 1 FROM pg_namespace WHERE nspname = %s', [branch.schema_name])
            self.assertIsNone(cursor.fetchone(), 'the branch schema is dropped')
        self.assertEqual(schema_tables('public'), tables_before)
        self.assertFalse(CustomObjectType.objects.filter(pk=cot.pk).exists())
        with self.assertRaises(LookupError):
            apps.get_model('netbox_custom_objects', model_name(cot.pk))


class ApiEditInBranchTest(BranchingTestCase):
    """B5 (validation-probing-main): a type created in a branch; an existing object edited through the REST API with the
    branch header (full_clean, serializer, netbox-branching's validation against main) and through full_clean() in a
    request context: saved in the branch, no `relation ... does not exist`."""

    def test_api_patch_in_branch(self):
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget', slug='gadgets')
            self.create_custom_object_type_field(cot, name='code')
            obj = current_model(cot).objects.create(code='g1')
        with self.tracked(branch):
            edit(current_model(cot), obj.pk, code='edited via full_clean')
        token = Token.objects.create(user=self.user)
        response = self.client.patch(
            f'/api/plugins/custom-objects/gadgets/{obj.pk}/', data={'code': 'edited via API'},
            content_type='application/json', HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}',
            HTTP_X_NETBOX_BRANCH=branch.schema_id,
        )
        self.assertEqual(response.status_code, 200, response.content[:2000])
        self.assertEqual(response.json()['code'], 'edited via API')
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.get(pk=obj.pk).code, 'edited via API')
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(current_model(cot).objects.get(pk=obj.pk).code, 'edited via API')


class BranchTypeReferencedFromMainTypeTest(BranchingTestCase):
    """B6: a type created in a branch is the target of an object field the branch adds to a main type, and a main
    object points at a branch object. Merge creates type, field and values in order; revert removes the field
    (and its column) before the type."""

    @both_strategies
    def test_merge_and_revert(self, strategy):
        main_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(main_type, name='code')
        widget = main_type.get_model().objects.create(code='w')
        main_columns = schema_columns('public', table_name(main_type.pk))
        branch = self.provision(strategy)
        with self.tracked(branch):
            part = self.create_custom_object_type(name='part')
            self.create_custom_object_type_field(part, name='code')
            part.refresh_from_db()
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=main_type.pk), name='part',
                                                 type='object', related_object_type=part.object_type)
            p1 = current_model(part).objects.create(code='p1')
            edit(current_model(main_type), widget.pk, part_id=p1.pk)

        branch.merge(user=self.user, commit=True)
        self.assertIn(table_name(part.pk), schema_tables('public'))
        self.assertEqual(current_model(main_type).objects.get(pk=widget.pk).part_id, p1.pk)
        self.assertEqual(current_model(part).objects.get(pk=p1.pk).code, 'p1')

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertNotIn(table_name(part.pk), schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.filter(pk=part.pk).exists())
        self.assertEqual(schema_columns('public', table_name(main_type.pk)), main_columns)
        self.assertEqual(list(current_model(main_type).objects.values_list('pk', 'code')), [(widget.pk, 'w')])


class FieldsAddedByTwoBranchesTest(BranchingTestCase):
    """C3 (schema-id-outside-changelog): two branches add a field each to the same type and set it; both merge, in
    either order, with no unique violation on the fields' stable ids; a field added in main afterwards gets a fresh
    one."""

    @both_strategies(first_then_second={'reverse_order': False}, second_then_first={'reverse_order': True})
    def test_merge(self, strategy, reverse_order):
        cot = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(cot, name='code')
        obj = cot.get_model().objects.create(code='w')
        first, second = self.provision(strategy), self.provision(strategy)
        for branch, name in ((first, 'alpha'), (second, 'beta')):
            with self.tracked(branch):
                self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name=name)
                edit(current_model(cot), obj.pk, **{name: f'{name} value'})
        for branch in ((second, first) if reverse_order else (first, second)):
            branch.refresh_from_db()
            branch.merge(user=self.user, commit=True)
        self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='gamma')
        schema_ids = list(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('schema_id',
                                                                                                    flat=True))
        self.assertEqual(len(set(schema_ids)), 4)
        self.assertTrue({'alpha', 'beta', 'gamma'} <= schema_columns('public', table_name(cot.pk)))
        self.assertEqual(current_model(cot).objects.filter(pk=obj.pk).values_list('alpha', 'beta').get(),
                         ('alpha value', 'beta value'))


class SiteDeletedInMainTest(BranchingTestCase):
    """F1: object fields → dcim.Site (set null, cascade); the branch assigns and changes sites and creates objects
    pointing at a site that main deletes meanwhile. Sync applies main's delete in the branch with each field's
    on_delete: set null clears the references, cascade deletes the objects. The merge afterwards is refused (see
    below)."""

    @both_strategies
    def test_sync_then_merge_refused(self, strategy):
        keep, doomed = (Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(2))
        site_type = self.object_type_of('dcim', 'site')
        types = {}
        for behaviour in ('set_null', 'cascade'):
            cot = self.create_custom_object_type(name=f'holder_{behaviour}')
            self.create_custom_object_type_field(cot, name='code')
            self.create_custom_object_type_field(cot, name='site', type='object', related_object_type=site_type,
                                                 on_delete_behavior=behaviour)
            cot.refresh_from_db()
            types[behaviour] = (cot, cot.get_model().objects.create(code='main', site=keep))
        branch = self.provision(strategy)
        with self.tracked(branch):
            for cot, obj in types.values():
                edit(current_model(cot), obj.pk, site_id=doomed.pk)
                current_model(cot).objects.create(code='branch', site_id=doomed.pk)
        with self.tracked():
            Site.objects.get(pk=doomed.pk).delete()

        def state(behaviour):
            return sorted(current_model(types[behaviour][0]).objects.values_list('code', 'site_id'))

        branch.refresh_from_db()
        branch.sync(user=self.user, commit=True)
        with self.tracked(branch):
            self.assertFalse(Site.objects.filter(pk=doomed.pk).exists())
            self.assertEqual(state('set_null'), [('branch', None), ('main', None)])
            self.assertEqual(state('cascade'), [])
        # Pinned engine limit: the sync records no change for what on_delete did to objects main also has (a
        # synthetic DELETE is written only for branch-only objects a cascade removed; a SET_NULL is not recorded
        # at all), so the branch's log still assigns the deleted site, and the merge refuses it in validation.
        # Main and the branch are left as they were; the user re-assigns the objects in the branch, then merges.
        main_before = (state('set_null'), state('cascade'))
        branch.refresh_from_db()
        with self.assertRaisesMessage(Exception, f'site instance with id {doomed.pk} is not a valid choice'):
            branch.merge(user=self.user, commit=True)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        self.assertEqual((state('set_null'), state('cascade')), main_before)
        self.assertEqual(main_before, ([('main', keep.pk)], [('main', keep.pk)]))


class LinkCycleSquashTest(BranchingTestCase):
    """H9 (squash-ordering-cycles): objects linking to each other in a cycle only through a self-multiobject field (a1 →
    a2 → a3 → a1), created in a branch, in a type made in the branch and in a type of main; the squash merge orders them
    (link tables check their foreign keys at commit) and main gets every link. (Cycles between two types are
    refused when the fields are defined, so object cycles exist only within a type.)"""

    def run_scenario(self, in_branch):
        if not in_branch:
            cot = self.create_custom_object_type(name='ring')
            self.create_custom_object_type_field(cot, name='code')
            cot.refresh_from_db()
            self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                                 related_object_type=cot.object_type)
        branch = self.provision('squash')
        with self.tracked(branch):
            if in_branch:
                cot = self.create_custom_object_type(name='ring')
                self.create_custom_object_type_field(cot, name='code')
                cot.refresh_from_db()
                self.create_custom_object_type_field(cot, name='peers', type='multiobject',
                                                     related_object_type=cot.object_type)
            model = current_model(cot)
            ring = [model.objects.create(code=f'a{i}') for i in range(3)]
            for i, obj in enumerate(ring):
                current_model(cot).objects.get(pk=obj.pk).peers.set([ring[(i + 1) % 3].pk])

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        model = current_model(cot)
        self.assertEqual(
            sorted((o.code, list(o.peers.values_list('code', flat=True))) for o in model.objects.all()),
            [('a0', ['a1']), ('a1', ['a2']), ('a2', ['a0'])],
        )

    def test_type_created_in_branch(self):
        self.run_scenario(in_branch=True)

    def test_type_of_main(self):
        self.run_scenario(in_branch=False)
