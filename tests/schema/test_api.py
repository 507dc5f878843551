"""REST endpoints schema/preview/, schema/apply/ and schema/export/: bodies (JSON and YAML), status codes, error
payloads and permissions."""

import json

import yaml
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework import status

from core.models import ObjectChange
from users.models import Token
from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, dump_document

from ..base import CustomObjectsTestMixin

NAMESPACE = 'plugins-api:netbox_custom_objects-api'
ADD, CHANGE = 'netbox_custom_objects.add_customobjecttype', 'netbox_custom_objects.change_customobjecttype'
VIEW = 'netbox_custom_objects.view_customobjecttype'
ADD_FIELD = 'netbox_custom_objects.add_customobjecttypefield'
# What applying the documents of these tests needs (constrained cases: test_permissions).
APPLY = (VIEW, ADD, CHANGE, 'netbox_custom_objects.view_customobjecttypefield', ADD_FIELD,
         'netbox_custom_objects.change_customobjecttypefield')


def widget_document(*fields, **attrs):
    fields = fields or ({'id': 1, 'name': 'serial', 'type': 'text'},)
    return {'schema_version': '1', 'types': [{'name': 'widget', 'slug': 'widgets', **attrs, 'fields': list(fields)}]}


class SchemaAPITestCase(CustomObjectsTestMixin, APITestCase):
    model = CustomObjectType

    def post(self, name, data, content_type='application/json', **headers):
        body = json.dumps(data) if content_type == 'application/json' and not isinstance(data, str) else data
        return self.client.post(reverse(f'{NAMESPACE}:{name}'), body, content_type=content_type,
                                **{**self.header, **headers})


class PreviewTest(SchemaAPITestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions(VIEW)

    def test_the_plan_is_returned_and_nothing_is_written(self):
        response = self.post('schema-preview', widget_document())
        self.assertHttpStatus(response, status.HTTP_200_OK)
        [diff] = response.json()['diffs']
        self.assertEqual((diff['slug'], diff['is_new']), ('widgets', True))
        self.assertEqual(diff['field_changes'][0]['op'], 'add')
        self.assertFalse(CustomObjectType.objects.exists())

    def test_yaml_responses_on_request(self):
        response = self.post('schema-preview', widget_document(), HTTP_ACCEPT='application/yaml')
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertTrue(response['Content-Type'].startswith('application/yaml'))
        self.assertEqual(yaml.safe_load(response.content)['diffs'][0]['slug'], 'widgets')
        response = self.post('schema-preview', {'schema_version': '1'}, HTTP_ACCEPT='application/yaml')
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(yaml.safe_load(response.content)['schema_errors'][0]['path'], [])
        self.assertEqual(self.post('schema-preview', widget_document())['Content-Type'], 'application/json')

    def test_yaml_bodies(self):
        for content_type in ('application/yaml', 'text/yaml', 'application/x-yaml'):
            with self.subTest(content_type):
                response = self.post('schema-preview', dump_document(widget_document()), content_type=content_type)
                self.assertHttpStatus(response, status.HTTP_200_OK)
                self.assertEqual(response.json()['diffs'][0]['slug'], 'widgets')

    def test_authentication_is_required(self):
        response = self.client.post(reverse(f'{NAMESPACE}:schema-preview'), widget_document(), format='json')
        self.assertIn(response.status_code, (status.HTTP_401_UNAUTHORIZED, status.HTTP_403_FORBIDDEN))

    def test_the_view_permission_is_needed(self):
        self.remove_permissions(VIEW)
        self.assertHttpStatus(self.post('schema-preview', widget_document()), status.HTTP_403_FORBIDDEN)

    def test_invalid_documents_list_their_errors(self):
        fields = [{'id': i, 'name': f'f{i}', 'type': 'bogus'} for i in range(1, 15)]
        response = self.post('schema-preview', widget_document(*fields))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        errors = response.json()['schema_errors']
        self.assertEqual(len(errors), 10)
        # (as upstream: strings, stopping at the field entry; the message names the key)
        self.assertEqual(errors[0]['path'], ['types', '0', 'fields', '0'])
        self.assertRegex(errors[0]['message'], r"^type: .*'bogus'")

    def test_unparsable_bodies_are_schema_errors(self):
        for body, content_type in (('{"schema_version": ', 'application/json'), ('a: [b', 'application/yaml'),
                                   ('[1, 2]', 'application/json'), ('- a', 'text/yaml'),
                                   ('"text"', 'application/json')):
            with self.subTest(body):
                response = self.post('schema-preview', body, content_type=content_type)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertEqual(response.json()['schema_errors'][0]['path'], [])

    def test_unresolvable_references(self):
        document = widget_document({'id': 1, 'name': 'colour', 'type': 'select', 'choice_set': 'Nope'})
        response = self.post('schema-preview', document)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.json()['error'], 'unresolvable_reference')
        self.assertIn('Nope', response.json()['detail'])

    def test_circular_references(self):
        document = {'schema_version': '1', 'types': [
            {'name': 'a', 'slug': 'a', 'fields': [{'id': 1, 'name': 'b', 'type': 'object',
                                                   'related_object_type': 'custom-objects/b'}]},
            {'name': 'b', 'slug': 'b', 'fields': [{'id': 1, 'name': 'a', 'type': 'object',
                                                   'related_object_type': 'custom-objects/a'}]},
        ]}
        response = self.post('schema-preview', document)
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.json()['error'], 'circular_dependency')


class ApplyTest(SchemaAPITestCase):

    def apply(self, document, allow_destructive=False, **headers):
        return self.post('schema-apply', {'allow_destructive': allow_destructive, 'schema': document}, **headers)

    def test_creating_a_type_with_fields_needs_both_add_permissions(self):
        self.assertHttpStatus(self.apply(widget_document()), status.HTTP_403_FORBIDDEN)
        self.add_permissions(ADD)
        response = self.apply(widget_document())
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertIn(ADD_FIELD, ' '.join(response.json()['problems']))
        self.assertFalse(CustomObjectType.objects.exists())
        self.add_permissions(ADD_FIELD)
        self.assertHttpStatus(self.apply(widget_document()), status.HTTP_200_OK)

    def test_a_read_only_token_is_refused(self):
        self.add_permissions(*APPLY)
        self.token.write_enabled = False
        self.token.save()
        self.assertHttpStatus(self.apply(widget_document()), status.HTTP_403_FORBIDDEN)
        self.assertFalse(CustomObjectType.objects.exists())

    def test_applying(self):
        self.add_permissions(*APPLY)
        response = self.apply(widget_document())
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertTrue(response.json()['applied'])
        self.assertTrue(response.json()['diffs'][0]['is_new'])
        cot = CustomObjectType.objects.get(slug='widgets')
        self.assertEqual(list(cot.fields.values_list('name', flat=True)), ['serial'])
        changes = ObjectChange.objects.filter(user=self.user)
        self.assertEqual(set(changes.values_list('changed_object_type__model', flat=True)),
                         {'customobjecttype', 'customobjecttypefield'})

    def test_a_yaml_body(self):
        self.add_permissions(*APPLY)
        body = yaml.safe_dump({'allow_destructive': False, 'schema': widget_document()})
        response = self.post('schema-apply', body, content_type='application/yaml')
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertTrue(CustomObjectType.objects.filter(slug='widgets').exists())

    def test_destructive_changes_are_a_conflict_unless_allowed(self):
        self.add_permissions(*APPLY)
        apply_document(widget_document({'id': 1, 'name': 'serial', 'type': 'text'},
                                        {'id': 2, 'name': 'notes', 'type': 'text'}))
        document = widget_document(removed_fields=[{'id': 2, 'name': 'notes', 'type': 'text'}])
        response = self.apply(document)
        self.assertHttpStatus(response, status.HTTP_409_CONFLICT)
        self.assertEqual(response.json()['error'], 'destructive_changes')
        self.assertEqual(response.json()['destructive_slugs'], ['widgets'])
        self.assertIn('detail', response.json())
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 2)

        self.assertHttpStatus(self.apply(document, allow_destructive=True), status.HTTP_403_FORBIDDEN)
        self.add_permissions('netbox_custom_objects.delete_customobjecttypefield')
        self.assertHttpStatus(self.apply(document, allow_destructive=True), status.HTTP_200_OK)
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 1)

    def test_deleting_types_needs_their_delete_permission(self):
        self.add_permissions(*APPLY)
        apply_document(widget_document())
        document = {'schema_version': '1', 'types': [], 'removed_types': [{'slug': 'widgets'}]}
        self.assertHttpStatus(self.apply(document, allow_destructive=True), status.HTTP_403_FORBIDDEN)
        self.add_permissions('netbox_custom_objects.delete_customobjecttype')
        self.assertHttpStatus(self.apply(document, allow_destructive=True), status.HTTP_200_OK)
        self.assertFalse(CustomObjectType.objects.exists())

    def test_bad_bodies(self):
        self.add_permissions(*APPLY)
        for body in ({'allow_destructive': False}, {'schema': 'widgets'}):
            with self.subTest(body):
                response = self.post('schema-apply', body)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertEqual(list(response.json()), ['schema'])  # (as upstream: the message under `schema`)
        for body, path in (({'schema': widget_document(), 'allow_destructive': 'yes'}, ['allow_destructive']),
                           ({'schema': {'types': []}}, [])):
            with self.subTest(body):
                response = self.post('schema-apply', body)
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertEqual(response.json()['schema_errors'][0]['path'], path)

    def test_definitions_the_models_refuse_are_a_bad_request(self):
        self.add_permissions(*APPLY)
        response = self.apply(widget_document({'id': 1, 'name': 'tags', 'type': 'text'}))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        body = response.json()
        self.assertEqual((body['error'], body['slug'], body['field']), ('invalid_definition', 'widgets', 'tags'))
        self.assertIn('name', body['errors'])
        self.assertFalse(CustomObjectType.objects.exists())

    def test_a_change_the_database_refuses_is_a_bad_request_without_its_text(self):
        # (a constraint a database administrator added; validation cannot foresee it)
        table = CustomObjectType._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT no_secrets CHECK (description <> 'secret')")
        self.add_permissions(*APPLY)
        with self.assertLogs('netbox_custom_objects', 'WARNING') as logs:
            response = self.apply(widget_document(description='secret'))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        body = response.json()
        self.assertEqual((body['error'], body['slug']), ('invalid_definition', 'widgets'))
        self.assertIn('The database refused this change', str(body['errors']))
        for raw in (table, 'no_secrets', 'secret', 'DETAIL'):
            self.assertNotIn(raw, str(body))
        self.assertIn('no_secrets', '\n'.join(logs.output))
        self.assertFalse(CustomObjectType.objects.exists())

    def test_unresolvable_and_circular_documents(self):
        self.add_permissions(*APPLY)
        response = self.apply(widget_document({'id': 1, 'name': 'x', 'type': 'object',
                                               'related_object_type': 'dcim/nothing'}))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertEqual(response.json()['error'], 'unresolvable_reference')


class ExportTest(SchemaAPITestCase):

    @classmethod
    def setUpTestData(cls):
        apply_document({'schema_version': '1', 'types': [
            {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'serial', 'type': 'text'}]},
            {'name': 'gadget', 'slug': 'gadgets'},
        ]})

    def export(self, **params):
        return self.client.get(reverse(f'{NAMESPACE}:schema-export'), params, **self.header)

    def test_yaml_by_default_and_json_on_request(self):
        self.add_permissions(VIEW)
        response = self.export()
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(response['Content-Type'], 'application/yaml; charset=utf-8')
        document = yaml.safe_load(response.content)
        self.assertEqual([t['slug'] for t in document['types']], ['gadgets', 'widgets'])
        response = self.export(format='json')
        self.assertEqual(response['Content-Type'], 'application/json')
        self.assertEqual(response.json(), document)

    def test_selected_types_in_the_given_order(self):
        self.add_permissions(VIEW)
        response = self.export(types='widgets,gadgets', format='json')
        self.assertEqual([t['slug'] for t in response.json()['types']], ['widgets', 'gadgets'])

    def test_unknown_types(self):
        self.add_permissions(VIEW)
        response = self.export(types='widgets,nothing', format='json')
        self.assertHttpStatus(response, status.HTTP_404_NOT_FOUND)
        self.assertIn('nothing', response.json()['detail'])

    def test_only_viewable_types_are_exported(self):
        self.assertHttpStatus(self.export(format='json'), status.HTTP_404_NOT_FOUND)
        self.assertHttpStatus(self.export(types='widgets', format='json'), status.HTTP_404_NOT_FOUND)
        self.add_permissions(VIEW)
        permission = self.user.object_permissions.get()
        permission.constraints = {'slug': 'gadgets'}
        permission.save()
        response = self.export(format='json')
        self.assertEqual([t['slug'] for t in response.json()['types']], ['gadgets'])

    def test_authentication_is_required_and_formats_are_known(self):
        response = self.client.get(reverse(f'{NAMESPACE}:schema-export'))
        self.assertIn(response.status_code, (status.HTTP_401_UNAUTHORIZED, status.HTTP_403_FORBIDDEN))
        self.add_permissions(VIEW)
        self.assertHttpStatus(self.export(format='xml'), status.HTTP_404_NOT_FOUND)

    def test_a_read_only_token_exports(self):
        self.add_permissions(VIEW)
        token = Token.objects.create(user=self.user, write_enabled=False)
        header = {'HTTP_AUTHORIZATION': self.header['HTTP_AUTHORIZATION'].replace(
            f'{self.token.key}.{self.token.token}', f'{token.key}.{token.token}')}
        response = self.client.get(reverse(f'{NAMESPACE}:schema-export'), **header)
        self.assertHttpStatus(response, status.HTTP_200_OK)


class PreviewCostTest(SchemaAPITestCase):
    """A big document costs a bounded number of queries (security review finding 16): each reference is checked
    once, however often the document names it."""

    def setUp(self):
        super().setUp()
        self.add_permissions(VIEW)

    def test_queries_do_not_grow_with_repeated_references(self):
        def document(count):
            fields = [{'id': i, 'name': f'f{i}', 'type': 'object', 'related_object_type': 'dcim/site'}
                      for i in range(1, count + 1)]
            return widget_document(*fields)

        self.post('schema-preview', document(1))  # (the first request fills caches of its own)
        counts = []
        for count in (2, 200):
            with CaptureQueriesContext(connection) as queries:
                self.assertHttpStatus(self.post('schema-preview', document(count)), status.HTTP_200_OK)
            counts.append(len(queries))
        self.assertEqual(counts[0], counts[1])
