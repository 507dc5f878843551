"""A type created in a branch: queryable with the branch's header, absent from main until the merge.

Provisioning copies committed data with its own connections, so this is a TransactionTestCase (netbox-branching's
real provisioning and merge)."""

from unittest import mock

import pytest
from django.urls import reverse

from netbox.graphql.schema import schema as netbox_schema
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.graphql import live
from netbox_custom_objects.graphql.live import live_schemas

from ..branching.base import BranchingTestCase

pytestmark = pytest.mark.branching


class TypeCreatedInBranchTest(BranchingTestCase):

    def setUp(self):
        super().setUp()
        token = Token.objects.create(user=self.user)
        self.header = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}

    def graphql(self, query, branch=None):
        headers = {**self.header}
        if branch is not None:
            headers['HTTP_X_NETBOX_BRANCH'] = branch.schema_id
        response = self.client.post(reverse('graphql'), data={'query': query}, content_type='application/json',
                                    **headers)
        self.assertEqual(response.status_code, 200, response.content[:2000])
        return response.json()

    def test_type_created_in_a_branch(self):
        existing = self.create_custom_object_type(name='existing', slug='existing')
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='widget', slug='widget')
            self.create_custom_object_type_field(cot, name='serial')
            cot.refresh_from_db()
            cot.get_model().objects.create(serial='W1')
            self.create_custom_object_type_field(existing, name='colour')

        query = '{ custom_objects_widget_list { serial } }'
        self.assertEqual(self.graphql(query, branch)['data'], {'custom_objects_widget_list': [{'serial': 'W1'}]})
        self.assertIn('Cannot query field', self.graphql(query)['errors'][0]['message'])
        # a field added in the branch to a type of main: there only
        colour = '{ custom_objects_existing_list { colour } }'
        self.assertEqual(self.graphql(colour, branch)['data'], {'custom_objects_existing_list': []})
        self.assertIn('errors', self.graphql(colour))
        # NetBox's own queries in both
        self.assertIn('site_list', self.graphql('{ site_list { id } }', branch)['data'])

        branch.merge(user=self.user, commit=True)
        self.assertEqual(self.graphql(query)['data'], {'custom_objects_widget_list': [{'serial': 'W1'}]})
        self.assertEqual(self.graphql(colour)['data'], {'custom_objects_existing_list': []})


class SchemasSharedByBranchesTest(BranchingTestCase):
    """Branches whose definitions equal main's serve main's live schema: requests rotating over many branches do not
    rebuild it (security review finding 21); a branch that changed a type gets a schema of its own."""

    def test_unchanged_branches_share_mains_schema(self):
        gizmo = self.create_custom_object_type(name='gizmo', slug='gizmo')
        self.create_custom_object_type_field(gizmo, name='serial')
        same_a, same_b, changed = self.provision(), self.provision(), self.provision()
        with self.tracked(changed):
            self.create_custom_object_type_field(gizmo, name='colour')

        main = live_schemas.entry(netbox_schema)
        with mock.patch.object(live, 'build_schema', side_effect=AssertionError('rebuilt')):
            for _ in range(3):
                for branch in (same_a, same_b, None):
                    with self.tracked(branch):
                        self.assertIs(live_schemas.entry(netbox_schema), main)
        with self.tracked(changed):
            own = live_schemas.entry(netbox_schema)
            self.assertIsNot(own, main)
            self.assertIn('colour', own.schema.as_str())
        self.assertNotIn('colour', live_schemas.entry(netbox_schema).schema.as_str())
        self.assertIs(live_schemas.entry(netbox_schema), main, "the branch's build did not replace main's")
