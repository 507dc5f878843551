"""A type created in a branch: queryable with the branch's header, absent from main until the merge.

Provisioning copies committed data with its own connections, so this is a TransactionTestCase (netbox-branching's
real provisioning and merge)."""

import uuid

import pytest
from django.apps import apps
from django.db import connection
from django.test import RequestFactory, TransactionTestCase
from django.urls import reverse

from netbox.context_managers import event_tracking
from users.constants import TOKEN_PREFIX
from users.models import Token, User

from ..base import CustomObjectsTestMixin

pytestmark = pytest.mark.branching


class TypeCreatedInBranchTest(CustomObjectsTestMixin, TransactionTestCase):

    @classmethod
    def setUpClass(cls):
        if not apps.is_installed('netbox_branching'):
            raise pytest.skip.Exception('netbox-branching is not installed')
        super().setUpClass()

    def setUp(self):
        self.user = User.objects.create_user(username=f'gql-{uuid.uuid4().hex[:6]}', is_superuser=True)
        token = Token.objects.create(user=self.user)
        self.header = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}
        self.branches = []

    def tearDown(self):
        with connection.cursor() as cursor:
            for branch in self.branches:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{branch.schema_name}" CASCADE')
            # generated tables point at NetBox tables: drop them so that the flush after the test can truncate
            cursor.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'custom\\_objects\\_%' "
                "ORDER BY length(tablename) DESC"
            )
            for (table,) in cursor.fetchall():
                cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        super().tearDown()

    def provision(self):
        from netbox_branching.models import Branch

        branch = Branch(name=f'gql-{uuid.uuid4().hex[:8]}')
        branch.save(provision=False)
        branch.provision(user=self.user)
        branch.refresh_from_db()
        self.branches.append(branch)
        self.assertEqual(branch.status, 'ready')
        return branch

    def in_branch(self, branch):
        from netbox_branching.utilities import activate_branch

        request = RequestFactory().get('/')
        request.id = uuid.uuid4()
        request.user = self.user
        return activate_branch(branch), event_tracking(request)

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
        activation, tracking = self.in_branch(branch)
        with activation, tracking:
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
