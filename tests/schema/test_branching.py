"""Applying a document with a branch active (netbox-branching): every write goes through the router, so the types,
fields and tables land in the branch, a failure rolls back the branch's transaction, and a merge brings the
result to main."""

import pytest
from django.db import router

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import InvalidDefinitionError, apply_document, export_cots

from ..branching.base import BranchingTestCase, schema_tables

pytestmark = pytest.mark.branching

DOCUMENT = {'schema_version': '1', 'types': [
    {'name': 'widget', 'slug': 'widgets', 'description': 'Made by a document', 'fields': [
        {'id': 1, 'name': 'serial', 'type': 'text', 'primary': True},
        {'id': 2, 'name': 'site', 'type': 'object', 'related_object_type': 'dcim/site',
         'on_delete_behavior': 'cascade'},
        {'id': 3, 'name': 'gadgets', 'type': 'multiobject', 'related_object_type': 'custom-objects/gadgets'},
    ]},
    {'name': 'gadget', 'slug': 'gadgets', 'fields': [{'id': 1, 'name': 'code', 'type': 'text'}]},
]}


class ApplyInBranchTest(BranchingTestCase):

    def test_an_apply_lands_in_the_branch_and_reaches_main_by_merge(self):
        branch = self.provision()
        with self.tracked(branch):
            self.assertNotEqual(router.db_for_write(CustomObjectType), 'default')
            apply_document(DOCUMENT)
            types = list(CustomObjectType.objects.order_by('-name'))
            self.assertEqual(export_cots(types), DOCUMENT)
        tables = {table_name(cot.pk) for cot in types}
        self.assertTrue(tables <= schema_tables(branch.schema_name))
        self.assertFalse(tables & schema_tables('public'))
        self.assertFalse(CustomObjectType.objects.exists(), 'main is untouched before the merge')

        branch.merge(user=self.user, commit=True)
        self.assertTrue(tables <= schema_tables('public'))
        self.assertEqual(export_cots(CustomObjectType.objects.order_by('-name')), DOCUMENT)

    def test_a_failed_apply_leaves_the_branch_as_it_was(self):
        branch = self.provision()
        broken = {'schema_version': '1', 'types': [
            DOCUMENT['types'][1],
            {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'tags', 'type': 'text'}]},
        ]}
        with self.tracked(branch):
            with self.assertRaises(InvalidDefinitionError):
                apply_document(broken)
            self.assertFalse(CustomObjectType.objects.exists())
        self.assertEqual(schema_tables(branch.schema_name), set())
