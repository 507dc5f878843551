"""A type change that rewrites the table, in a branch, on a type above `background_type_change_rows`: it stays in
the request (the branch's copy of the table is the branch's own, and no job would run in the branch), answered 200
as before, and the merge converts main's column; the dry run says so (tests/ddl/test_online_conversion.py
covers main)."""

from django.test import Client

from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectTypeField

from ..base import column_type
from ..ddl.test_online_conversion import conversion_jobs, threshold
from .base import BranchingTestCase, current_model
from .strategies import both_strategies


@threshold(2)
class BigTypeChangeInABranchTest(BranchingTestCase):
    check_pages_around_operations = False  # (the pages of a type change in a branch: test_field_changes.py)

    def api(self, method, path, branch, data):
        token = Token.objects.create(user=self.user)
        response = getattr(Client(), method)(
            f'/api/plugins/custom-objects/{path}', data=data, content_type='application/json',
            HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}',
            HTTP_X_NETBOX_BRANCH=branch.schema_id)
        return response.status_code, response.json()

    @both_strategies
    def test_merge(self, strategy):
        cot = self.create_custom_object_type(name='gauge', slug='gauges')
        reading = self.create_custom_object_type_field(cot, name='reading')
        current_model(cot).objects.bulk_create([current_model(cot)(reading=str(n)) for n in range(5)])
        branch = self.provision(strategy)
        path = f'custom-object-type-fields/{reading.pk}/'

        code, preview = self.api('patch', f'{path}?dry_run=true', branch, {'type': 'integer'})
        self.assertEqual((code, preview['plan']['rows'], preview['plan']['rewrites_table']), (200, 5, True))
        self.assertEqual(preview['plan']['runs_as'], 'request')
        code, answer = self.api('patch', path, branch, {'type': 'integer'})
        self.assertEqual((code, answer['type']), (200, 'integer'))
        self.assertFalse(conversion_jobs().exists())
        self.assertEqual(column_type(table_name(cot.pk), 'reading'), 'character varying', 'main untouched')

        branch.merge(user=self.user, commit=True)
        self.assertEqual(CustomObjectTypeField.objects.get(pk=reading.pk).type, 'integer')
        self.assertEqual(column_type(table_name(cot.pk), 'reading'), 'bigint')
        self.assertEqual(sorted(current_model(cot).objects.values_list('reading', flat=True)), [0, 1, 2, 3, 4])
        self.assertFalse(conversion_jobs().exists())


