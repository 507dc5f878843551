"""`netbox custom_objects_schema export|plan|apply`."""

import json
import tempfile
from io import StringIO
from pathlib import Path

import yaml
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import TestCase

from core.models import ObjectChange

from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, dump_document

from ..base import CustomObjectsTestMixin

DOCUMENT = {'schema_version': '1', 'types': [
    {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'serial', 'type': 'text'},
                                                     {'id': 2, 'name': 'notes', 'type': 'text'}]},
]}
RENAMED_AND_REMOVED = {'schema_version': '1', 'types': [
    {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'serial_number', 'type': 'text'}],
     'removed_fields': [{'id': 2, 'name': 'notes', 'type': 'text'}]},
]}


class CommandTest(CustomObjectsTestMixin, TestCase):

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.directory = Path(directory.name)

    def run_command(self, *args):
        out = StringIO()
        call_command('custom_objects_schema', *args, stdout=out)
        return out.getvalue()

    def write(self, document, name='schema.yaml', fmt='yaml'):
        path = self.directory / name
        path.write_text(dump_document(document, format=fmt))
        return str(path)

    def test_export_to_standard_output_and_to_a_file(self):
        apply_document({'schema_version': '1', 'types': [*DOCUMENT['types'], {'name': 'gadget', 'slug': 'gadgets'}]})
        self.assertEqual([t['slug'] for t in yaml.safe_load(self.run_command('export'))['types']],
                         ['gadgets', 'widgets'])
        target = self.directory / 'out.json'
        self.run_command('export', '--types', 'widgets', '--format', 'json', str(target))
        self.assertEqual(json.loads(target.read_text()), DOCUMENT)

    def test_export_refuses_unknown_types_and_an_empty_netbox(self):
        with self.assertRaisesMessage(CommandError, 'no custom object types'):
            self.run_command('export')
        apply_document(DOCUMENT)
        with self.assertRaisesMessage(CommandError, 'Unknown custom object types: nope'):
            self.run_command('export', '--types', 'widgets,nope')

    def test_plan_writes_nothing(self):
        output = self.run_command('plan', self.write(DOCUMENT))
        self.assertIn('+ widgets: new type', output)
        self.assertIn('+ add field serial (id 1)', output)
        self.assertFalse(CustomObjectType.objects.exists())

    def test_plan_shows_renames_and_removals(self):
        apply_document(DOCUMENT)
        output = self.run_command('plan', self.write(RENAMED_AND_REMOVED, 'plan.json', 'json'))
        self.assertIn('~ alter field serial -> serial_number (id 1)', output)
        self.assertIn('- remove field notes (id 2) (destructive)', output)
        self.assertIn('1 type(s): 1 with changes, 1 destructive.', output)

    def test_apply(self):
        output = self.run_command('apply', self.write(DOCUMENT))
        self.assertIn('Applied.', output)
        self.assertEqual(sorted(CustomObjectType.objects.get().fields.values_list('name', flat=True)),
                         ['notes', 'serial'])

    def test_apply_refuses_destructive_changes_unless_allowed(self):
        apply_document(DOCUMENT)
        path = self.write(RENAMED_AND_REMOVED)
        with self.assertRaisesMessage(CommandError, 'Allow destructive changes'):
            self.run_command('apply', path)
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 2)
        self.run_command('apply', path, '--allow-destructive')
        self.assertEqual(list(CustomObjectType.objects.get().fields.values_list('name', flat=True)),
                         ['serial_number'])

    def test_apply_records_changes_under_a_user(self):
        user = get_user_model().objects.create(username='deployer')
        self.run_command('apply', self.write(DOCUMENT), '--user', 'deployer')
        self.assertTrue(ObjectChange.objects.filter(user=user, changed_object_type__model='customobjecttype'))
        with self.assertRaisesMessage(CommandError, 'Unknown user: nobody'):
            self.run_command('apply', self.write(DOCUMENT), '--user', 'nobody')

    def test_bad_files_are_command_errors(self):
        bad = self.directory / 'bad.yaml'
        bad.write_text('schema_version: "1"\ntypes: [{name: Bad, slug: x}]\n')
        for path, message in ((str(bad), 'types.0.name'), (str(self.directory / 'missing.yaml'), 'Cannot read')):
            with self.subTest(message), self.assertRaisesMessage(CommandError, message):
                self.run_command('plan', path)
