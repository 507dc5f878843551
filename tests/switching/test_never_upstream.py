"""A database upstream never migrated: the adoption finds nothing to do, and the check says so."""

import io

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from netbox_custom_objects.migrations._upstream import plan, upstream_state

from ..base import CustomObjectsTestMixin


class NeverUpstreamTests(CustomObjectsTestMixin, TestCase):

    def test_nothing_to_adopt(self):
        self.create_custom_object_type_field(self.create_custom_object_type(), name='price', type='decimal')
        with connection.cursor() as cursor:
            self.assertIsNone(upstream_state(cursor, 'public'))
            self.assertEqual(plan(cursor, 'public'), [])
        output = io.StringIO()
        call_command('upgrade_custom_objects', from_upstream=True, check=True, stdout=output)
        self.assertIn('Nothing to adopt', output.getvalue())
