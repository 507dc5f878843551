"""Schema preview and apply under ObjectPermission constraints (security review finding 1 and 2): a user whose
permissions are constrained to one team's types can neither see nor change another team's types through a schema
document, needs the field permissions for field changes, and cannot write a row outside their constraints; every
refusal leaves the database as it was. Through the REST API and the schema page, as users do."""

import json

from django.db import connection
from django.urls import reverse
from rest_framework import status

from users.models import ObjectPermission
from utilities.testing import APITestCase, TestCase

from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, dump_document

from ..base import CustomObjectsTestMixin, column_names

NAMESPACE = 'plugins-api:netbox_custom_objects-api'
PAGE = 'plugins:netbox_custom_objects:schema'
ALL_ACTIONS = ['view', 'add', 'change', 'delete']


def team_type(team, *fields, **attrs):
    fields = fields or ({'id': 1, 'name': 'serial', 'type': 'text'},)
    return {'name': f'{team}_thing', 'slug': f'{team}-things', 'group_name': f'team-{team}',
            'description': f'team-{team} secret',
            **attrs, 'fields': list(fields)}


def document(*types, removed=()):
    return {'schema_version': '1', 'types': list(types), 'removed_types': [{'slug': slug} for slug in removed]}


class TeamsMixin(CustomObjectsTestMixin):
    """Types of team-a and team-b, each with a field and objects; the user may do everything on team-a's types and
    their fields, nothing on team-b's."""

    @classmethod
    def setUpTestData(cls):
        apply_document(document(team_type('a'), team_type('b')))
        for slug in ('a-things', 'b-things'):
            model = CustomObjectType.objects.get(slug=slug).get_model()
            model.objects.create(serial='s1')

    def grant(self, model, actions, constraints):
        permission = ObjectPermission.objects.create(name=f'{model} {"/".join(actions)}', actions=actions,
                                                     constraints=constraints)
        permission.users.add(self.user)
        permission.object_types.add(self.object_type_of('netbox_custom_objects', model))

    def grant_team_a(self, type_actions=ALL_ACTIONS, field_actions=ALL_ACTIONS):
        if type_actions:
            self.grant('customobjecttype', type_actions, {'group_name': 'team-a'})
        if field_actions:
            self.grant('customobjecttypefield', field_actions, {'custom_object_type__group_name': 'team-a'})

    def team_b(self):
        return CustomObjectType.objects.get(slug='b-things')

    def assertTeamBUntouched(self):
        cot = self.team_b()
        self.assertEqual((cot.description, cot.name), ('team-b secret', 'b_thing'))
        self.assertEqual(list(cot.fields.values_list('name', flat=True)), ['serial'])
        self.assertNotIn('backdoor', column_names(cot.get_model()._meta.db_table))
        self.assertEqual(cot.get_model().objects.count(), 1)


class SchemaAPIPermissionsTest(TeamsMixin, APITestCase):

    def post(self, name, data):
        return self.client.post(reverse(f'{NAMESPACE}:{name}'), json.dumps(data), content_type='application/json',
                                **self.header)

    def apply(self, doc, allow_destructive=False):
        return self.post('schema-apply', {'allow_destructive': allow_destructive, 'schema': doc})

    # Apply

    def test_another_teams_type_cannot_be_changed(self):
        self.grant_team_a()
        changed = team_type('b', {'id': 1, 'name': 'serial', 'type': 'text'},
                            {'id': 2, 'name': 'backdoor', 'type': 'text'}, description='changed by limited')
        response = self.apply(document(changed))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertNotIn('team-b secret', response.content.decode())
        self.assertTeamBUntouched()

    def test_another_teams_type_cannot_be_deleted(self):
        self.grant_team_a()
        response = self.apply(document(removed=['b-things']), allow_destructive=True)
        # A type the user may not view is as good as absent: nothing to delete, nothing revealed.
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.json()['diffs'], [])
        self.assertTeamBUntouched()

    def test_own_team_types_can_be_changed_and_deleted(self):
        self.grant_team_a()
        changed = team_type('a', {'id': 1, 'name': 'serial', 'type': 'text'},
                            {'id': 2, 'name': 'extra', 'type': 'text'}, description='changed')
        self.assertHttpStatus(self.apply(document(changed)), status.HTTP_200_OK)
        cot = CustomObjectType.objects.get(slug='a-things')
        self.assertEqual(cot.description, 'changed')
        self.assertIn('extra', column_names(cot.get_model()._meta.db_table))
        response = self.apply(document(removed=['a-things']), allow_destructive=True)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertFalse(CustomObjectType.objects.filter(slug='a-things').exists())
        self.assertTeamBUntouched()

    def test_a_type_cannot_be_moved_out_of_the_users_constraints(self):
        self.grant_team_a()
        moved = team_type('a', group_name='team-b')
        response = self.apply(document(moved))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertEqual(CustomObjectType.objects.get(slug='a-things').group_name, 'team-a')

    def test_a_type_cannot_be_created_outside_the_users_constraints(self):
        self.grant_team_a()
        response = self.apply(document(team_type('c')))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertFalse(CustomObjectType.objects.filter(slug='c-things').exists())
        with connection.cursor() as cursor:  # the table created before the refusal was rolled back too
            cursor.execute("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'custom_objects_%%'")
            self.assertEqual(cursor.fetchone()[0], 2)
        response = self.apply(document(team_type('a', slug='a-more', name='more')))
        self.assertHttpStatus(response, status.HTTP_200_OK)

    def test_field_changes_need_the_field_permissions(self):
        self.grant_team_a(field_actions=['view'])
        doc = document(team_type('a', {'id': 1, 'name': 'serial', 'type': 'text'},
                                 {'id': 2, 'name': 'extra', 'type': 'text'}))
        response = self.apply(doc)
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertIn('add_customobjecttypefield', ' '.join(response.json()['problems']))
        renamed = document(team_type('a', {'id': 1, 'name': 'renamed', 'type': 'text'}))
        self.assertHttpStatus(self.apply(renamed), status.HTTP_403_FORBIDDEN)
        tombstone = {'id': 1, 'name': 'serial', 'type': 'text'}
        removed = document({**team_type('a'), 'fields': [], 'removed_fields': [tombstone]})
        self.assertHttpStatus(self.apply(removed, allow_destructive=True), status.HTTP_403_FORBIDDEN)
        self.assertEqual(list(CustomObjectType.objects.get(slug='a-things').fields.values_list('name', flat=True)),
                         ['serial'])

        self.grant('customobjecttypefield', ['add', 'change', 'delete'], {'custom_object_type__group_name': 'team-a'})
        self.assertHttpStatus(self.apply(doc), status.HTTP_200_OK)
        self.assertHttpStatus(self.apply(renamed), status.HTTP_200_OK)

    def test_field_constraints_are_checked_on_the_fields(self):
        self.grant('customobjecttype', ALL_ACTIONS, {})
        self.grant('customobjecttypefield', ['view'], {})
        self.grant('customobjecttypefield', ['add', 'change'], {'name__startswith': 'a_'})
        ok = team_type('a', {'id': 1, 'name': 'serial', 'type': 'text'}, {'id': 2, 'name': 'a_ok', 'type': 'text'})
        self.assertHttpStatus(self.apply(document(ok)), status.HTTP_200_OK)
        bad = team_type('a', {'id': 1, 'name': 'serial', 'type': 'text'}, {'id': 2, 'name': 'a_ok', 'type': 'text'},
                        {'id': 3, 'name': 'b_no', 'type': 'text'})
        self.assertHttpStatus(self.apply(document(bad)), status.HTTP_403_FORBIDDEN)
        renamed = team_type('a', {'id': 1, 'name': 'serial', 'type': 'text'},
                            {'id': 2, 'name': 'b_renamed', 'type': 'text'})
        self.assertHttpStatus(self.apply(document(renamed)), status.HTTP_403_FORBIDDEN)
        names = CustomObjectType.objects.get(slug='a-things').fields.values_list('name', flat=True)
        self.assertEqual(sorted(names), ['a_ok', 'serial'])

    def test_no_write_permission_at_all_is_refused_at_once(self):
        self.grant_team_a(type_actions=['view'], field_actions=['view'])
        self.assertHttpStatus(self.apply(document(team_type('a'))), status.HTTP_403_FORBIDDEN)

    # Preview

    def test_preview_needs_the_view_permission(self):
        response = self.post('schema-preview', document(team_type('x')))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)

    def test_preview_reveals_nothing_of_types_the_user_cannot_view(self):
        self.grant_team_a()
        probes = (
            document(team_type('b', {'id': 1, 'name': 'zz', 'type': 'json'}, description='x')),
            document({'name': 'x', 'slug': 'b-things'}),
        )
        for probe in probes:
            with self.subTest(probe):
                response = self.post('schema-preview', probe)
                self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
                body = response.content.decode()
                for secret in ('team-b secret', 'b_thing', 'serial'):
                    self.assertNotIn(secret, body)
        response = self.post('schema-preview', document(removed=['b-things']))
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response.json()['diffs'], [])  # not even its object count

    def test_preview_of_a_type_whose_fields_the_user_cannot_view(self):
        self.grant_team_a(field_actions=[])
        response = self.post('schema-preview', document(team_type('a', {'id': 1, 'name': 'zz', 'type': 'json'})))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertNotIn('"text"', response.content.decode())

    def test_preview_of_own_types(self):
        self.grant_team_a()
        response = self.post('schema-preview', document(team_type('a', description='new')))
        self.assertHttpStatus(response, status.HTTP_200_OK)
        [diff] = response.json()['diffs']
        self.assertEqual(diff['cot_changes']['description'], ['team-a secret', 'new'])


class SchemaPagePermissionsTest(TeamsMixin, TestCase):

    def post(self, doc, action='apply', **data):
        return self.client.post(reverse(PAGE), {'data': dump_document(doc), action: '', **data})

    def test_another_teams_type_cannot_be_changed_from_the_page(self):
        self.grant_team_a()
        changed = team_type('b', {'id': 1, 'name': 'serial', 'type': 'text'},
                            {'id': 2, 'name': 'backdoor', 'type': 'text'}, description='changed by limited')
        for action in ('preview', 'apply'):
            with self.subTest(action):
                response = self.post(document(changed), action)
                self.assertHttpStatus(response, 200)
                content = response.content.decode()
                self.assertIn('a type you may not view', content)
                self.assertNotIn('team-b secret', content)
                self.assertTeamBUntouched()

    def test_a_refusal_after_writing_is_a_form_error_and_rolls_back(self):
        self.grant_team_a()
        response = self.post(document(team_type('a', group_name='team-b', description='moved')))
        self.assertHttpStatus(response, 200)
        self.assertIn('as the document defines it', response.content.decode())
        cot = CustomObjectType.objects.get(slug='a-things')
        self.assertEqual((cot.group_name, cot.description), ('team-a', 'team-a secret'))

    def test_own_team_types_can_be_applied_from_the_page(self):
        self.grant_team_a()
        response = self.post(document(team_type('a', description='changed')))
        self.assertHttpStatus(response, 200)
        self.assertIn('The schema has been applied', response.content.decode())
        self.assertEqual(CustomObjectType.objects.get(slug='a-things').description, 'changed')
