"""netbox-branching's REST API of change diffs (`/api/plugins/branching/changes/`, list and detail) as users call it,
with the branch active (`X-NetBox-Branch`, or `?_branch=`) and from main (issue 15, item 1).

Each change diff names the object it is about (`object`), which netbox-branching reads *in main* (the change diffs
live there): as for any object main does not have, an object of a type that exists only in the branch is null there
(`object_repr` names it), and an object of a main type has main's nested representation, also where the branch
changed the type's columns."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from circuits.models import Provider
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import APP_LABEL, model_name

from .base import BranchingTestCase, current_model, edit, rename

CHANGES = 'plugins-api:netbox_branching-api:changediff'


class ChangeDiffApiTest(BranchingTestCase):
    """A branch creates a type (an object field to circuits.provider, a multiobject field to a type of main) with
    objects, and changes a type of main (a field added, one renamed) and edits its objects."""

    def setUp(self):
        super().setUp()
        token = Token.objects.create(user=self.user)
        self.auth = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}
        self.client = Client()

    def build_branch(self):
        provider = Provider.objects.create(name='Provider 1', slug='provider-1')
        widget_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(widget_type, name='code', primary=True)
        widget_type.refresh_from_db()
        widgets = [widget_type.get_model().objects.create(code=f'w{i}') for i in range(2)]
        branch = self.provision()
        with self.tracked(branch):
            self.create_custom_object_type_field(widget_type, name='serial')
            rename(widget_type, 'code', 'label')
            edit(current_model(widget_type), widgets[0].pk, label='w0 in the branch', serial='S0')
            gadget_type = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(gadget_type, name='name', primary=True)
            self.create_custom_object_type_field(
                gadget_type,
                name='provider',
                type='object',
                related_object_type=self.object_type_of('circuits', 'provider'),
            )
            self.create_custom_object_type_field(
                gadget_type,
                name='widgets',
                type='multiobject',
                related_object_type=self.object_type_of(APP_LABEL, model_name(widget_type.pk)),
            )
            for i in range(3):
                gadget = current_model(gadget_type).objects.create(name=f'g{i}', provider=provider)
                gadget.widgets.set([widgets[1].pk])
        return branch, widget_type, gadget_type, widgets

    def get(self, path, **headers):
        response = self.client.get(path, HTTP_ACCEPT='application/json', **self.auth, **headers)
        self.assertEqual(response.status_code, 200, f'{path}: {response.content[:500]}')
        return response.json()

    def read_all(self, branch, **how):
        """{change diff id: (`object`, `object_repr`)} from the list, after checking each detail agrees."""
        query, headers = how.get('query', ''), how.get('headers', {})
        listed = self.get(reverse(f'{CHANGES}-list') + f'?branch_id={branch.pk}&limit=100{query}', **headers)
        objects = {diff['id']: (diff['object'], diff['object_repr']) for diff in listed['results']}
        for pk, value in objects.items():
            detail = self.get(reverse(f'{CHANGES}-detail', args=[pk]) + f'?{query[1:]}', **headers)
            self.assertEqual((detail['object'], detail['object_repr']), value)
        return objects

    def test_changes_with_the_branch_active_and_from_main(self):
        branch, widget_type, gadget_type, widgets = self.build_branch()
        from netbox_branching.models import ChangeDiff

        diffs = ChangeDiff.objects.filter(branch=branch)
        gadget_diffs = dict(
            diffs.filter(object_type__model=model_name(gadget_type.pk)).values_list('pk', 'object_repr')
        )
        widget_diff = diffs.get(object_type__model=model_name(widget_type.pk))
        self.assertEqual(len(gadget_diffs), 3)

        for how in (
            {'headers': {'HTTP_X_NETBOX_BRANCH': branch.schema_id}},
            {'query': f'&_branch={branch.schema_id}'},
            {},
            {'query': '&_branch='},
        ):
            with self.subTest(**how):
                objects = self.read_all(branch, **how)
                self.assertEqual(len(objects), diffs.count())
                # The gadgets exist only in the branch: not in main, where netbox-branching reads them
                self.assertEqual(
                    {pk: objects[pk] for pk in gadget_diffs}, {pk: (None, name) for pk, name in gadget_diffs.items()}
                )
                # The widget, as main has it (main's columns and values)
                self.assertEqual(objects[widget_diff.pk][0]['id'], widgets[0].pk)
                self.assertEqual(objects[widget_diff.pk][0]['display'], 'w0')

    def test_changes_with_the_branch_active_after_main_changed_the_type(self):
        """D2: the branch edits an object of a type it shares with main; then main renames the field. With the branch
        active, each object is read in main with main's class of the type as it is now."""
        widget_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(widget_type, name='code', primary=True)
        widget_type.refresh_from_db()
        widget = widget_type.get_model().objects.create(code='w0')
        branch = self.provision()
        with self.tracked(branch):
            edit(current_model(widget_type), widget.pk, code='edited in the branch')
        with self.tracked():
            rename(widget_type, 'code', 'serial')
        objects = self.read_all(branch, headers={'HTTP_X_NETBOX_BRANCH': branch.schema_id})
        self.assertEqual([(value['id'], value['display']) for value, _ in objects.values()], [(widget.pk, 'w0')])

    def test_list_query_count_does_not_grow_with_the_changes(self):
        branch, _, gadget_type, _ = self.build_branch()
        url = reverse(f'{CHANGES}-list') + f'?branch_id={branch.pk}&limit=100'
        headers = {**self.auth, 'HTTP_ACCEPT': 'application/json', 'HTTP_X_NETBOX_BRANCH': branch.schema_id}
        self.get(url, HTTP_X_NETBOX_BRANCH=branch.schema_id)  # (classes built, caches warm)
        with CaptureQueriesContext(connection) as before:
            self.assertEqual(self.client.get(url, **headers).status_code, 200)
        with self.tracked(branch):
            for i in range(3, 6):
                current_model(gadget_type).objects.create(name=f'g{i}')
        with CaptureQueriesContext(connection) as after:
            self.assertEqual(self.client.get(url, **headers).status_code, 200)
        # netbox-branching reads each change's object on its own, one query per change diff for NetBox's models;
        # for an object of a type main does not have, the plugin looks the type up in main instead (its row, its
        # fields' rows and its unique constraints' rows: three queries) and reads no row
        self.assertLessEqual(len(after) - len(before), 3 * 3)
