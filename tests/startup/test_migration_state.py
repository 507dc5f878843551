"""The plugin's models and its migrations agree: `makemigrations --check` finds nothing to write (a model change
without its migration fails here, not on a user's `netbox migrate`)."""

import io

from django.core.management import call_command
from django.test import TestCase


class MigrationStateTest(TestCase):

    def test_no_missing_migration(self):
        out = io.StringIO()
        try:
            call_command('makemigrations', 'netbox_custom_objects', check=True, dry_run=True, stdout=out)
        except SystemExit:
            self.fail(f'models changed without a migration:\n{out.getvalue()}')
