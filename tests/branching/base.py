"""Helpers for tests that use netbox-branching's real provisioning, merge, sync and revert.

Provisioning copies committed data with its own connections, so these tests are TransactionTestCases: each one
commits, and Django flushes the ordinary tables afterwards. Branch schemas are dropped in tearDown."""

import os
import uuid
from unittest import mock

import pytest
from django.apps import apps
from django.db import connection, connections
from django.test import TransactionTestCase

from netbox.context import current_request
from users.models import User

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from ..base import CustomObjectsTestMixin
from .pages import BranchPagesMixin

pytestmark = pytest.mark.branching


def schema_tables(schema, prefix='custom_objects_'):
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT tablename FROM pg_tables WHERE schemaname = %s AND tablename LIKE %s', [schema, f'{prefix}%']
        )
        return {row[0] for row in cursor.fetchall()}


def schema_columns(schema, table):
    with connection.cursor() as cursor:
        cursor.execute(
            'SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND table_name = %s',
            [schema, table],
        )
        return {row[0] for row in cursor.fetchall()}


def current_model(cot):
    """The model of `cot` as its definition stands now (in the active branch, if any)."""
    return CustomObjectType.objects.get(pk=cot.pk).get_model()


def update(instance, **values):
    """Change `instance` as NetBox's edit views do: snapshot (the change record's pre-change data), assign, validate,
    save. Returns the instance."""
    instance.snapshot()
    for name, value in values.items():
        setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    return instance


def edit(model, pk, **values):
    """update() the object `pk` of `model`."""
    return update(model.objects.get(pk=pk), **values)


def change_field(cot, field_name, **attributes):
    """update() the field `field_name` of `cot` (`name` among `attributes` renames it)."""
    return update(CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name=field_name), **attributes)


def rename(cot, old, new):
    """Rename the field `old` of `cot` to `new`; returns the field."""
    return change_field(cot, old, name=new)


PAGE_CHECKED_OPERATIONS = ('merge', 'sync', 'revert', 'migrate')


class BranchingTestCase(BranchPagesMixin, CustomObjectsTestMixin, TransactionTestCase):
    # Every merge, sync, revert and migrate of a scenario renders the branch's pages before and after (pages.py,
    # check_pages_around); a test that must not warm this worker's classes before an operation turns it off, and
    # NCO_BRANCH_PAGES=0 turns it off for a run (to measure what it costs)
    check_pages_around_operations = os.environ.get('NCO_BRANCH_PAGES', '1') != '0'

    @classmethod
    def setUpClass(cls):
        if not apps.is_installed('netbox_branching'):
            raise pytest.skip.Exception('netbox-branching is not installed')
        super().setUpClass()

    def setUp(self):
        self.user = User.objects.create_user(username=f'brancher-{uuid.uuid4().hex[:6]}', is_superuser=True)
        self.branches = []
        if self.check_pages_around_operations:
            self._watch_branch_operations()

    def _watch_branch_operations(self):
        from netbox_branching.models import Branch

        for operation in PAGE_CHECKED_OPERATIONS:
            patcher = mock.patch.object(Branch, operation, self._with_pages(getattr(Branch, operation), operation))
            patcher.start()
            self.addCleanup(patcher.stop)

    def _with_pages(self, method, operation):
        """`method` rendering the branch's pages before and after, when a scenario runs it (committed, outside a
        request: not a dry run from the Merge page). The pages see a copy of the branch, so that attributes a test
        set on its instance stay as they are."""

        def run(branch, *args, **kwargs):
            if kwargs.get('commit') is False or current_request.get() is not None:
                return method(branch, *args, **kwargs)
            self.check_pages_around(type(branch).objects.get(pk=branch.pk), f'before {operation}')
            result = method(branch, *args, **kwargs)
            self.check_pages_around(type(branch).objects.get(pk=branch.pk), f'after {operation}')
            return result

        return run

    def tearDown(self):
        # Each branch has its own database alias, whose connection netbox-branching closes only at the end of a
        # request: close them here, or every test's branches would keep a server connection open until the
        # server refuses new ones.
        for branch in self.branches:
            if hasattr(connections._connections, branch.connection_name):
                connections[branch.connection_name].close()
                del connections[branch.connection_name]
        with connection.cursor() as cursor:
            for branch in self.branches:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{branch.schema_name}" CASCADE')
            # Generated tables point at NetBox tables; drop them so that the flush after each test can truncate.
            cursor.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'custom\\_objects\\_%' "
                'ORDER BY length(tablename) DESC'
            )
            for (table,) in cursor.fetchall():
                cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        super().tearDown()

    def provision(self, strategy='iterative'):
        from netbox_branching.models import Branch

        branch = Branch(name=f'b-{uuid.uuid4().hex[:8]}', merge_strategy=strategy)
        branch.save(provision=False)
        branch.provision(user=self.user)
        branch.refresh_from_db()
        self.branches.append(branch)
        self.assertEqual(branch.status, 'ready')
        return branch
