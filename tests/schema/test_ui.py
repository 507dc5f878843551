"""The schema page: viewing, previewing (pasted or uploaded documents), applying (with destructive changes allowed or
not), exporting, and the permissions of each."""

import json

import yaml
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse_lazy

from utilities.testing import TestCase

from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.schema import apply_document, dump_document

from ..base import CustomObjectsTestMixin

URL = reverse_lazy('plugins:netbox_custom_objects:schema')
VIEW = 'netbox_custom_objects.view_customobjecttype'
ADD, CHANGE = 'netbox_custom_objects.add_customobjecttype', 'netbox_custom_objects.change_customobjecttype'
ADD_FIELD = 'netbox_custom_objects.add_customobjecttypefield'
# What applying the documents of these tests needs (constrained cases: test_permissions).
APPLY = (ADD, CHANGE, 'netbox_custom_objects.view_customobjecttypefield', ADD_FIELD,
         'netbox_custom_objects.change_customobjecttypefield')
DOCUMENT = {'schema_version': '1', 'types': [
    {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'serial', 'type': 'text'},
                                                     {'id': 2, 'name': 'notes', 'type': 'longtext'}]},
]}


class SchemaPageTestCase(CustomObjectsTestMixin, TestCase):

    def post(self, document=DOCUMENT, action='preview', **data):
        text = document if isinstance(document, str) else dump_document(document)
        return self.client.post(URL, {'data': text, action: '', **data})


class PageTest(SchemaPageTestCase):

    def test_the_page_needs_the_view_permission(self):
        self.assertHttpStatus(self.client.get(URL), 403)
        self.add_permissions(VIEW)
        response = self.client.get(URL)
        self.assertHttpStatus(response, 200)
        content = response.content.decode()
        self.assertIn('Custom Object Type Schema', content)
        self.assertIn('name="preview"', content)
        self.assertNotIn('name="apply"', content)  # no add/change permission
        self.add_permissions(ADD)
        self.assertIn('name="apply"', self.client.get(URL).content.decode())

    @override_settings(LOGIN_REQUIRED=True)
    def test_anonymous_users_are_sent_to_the_login_page(self):
        self.client.logout()
        response = self.client.get(URL)
        self.assertHttpStatus(response, 302)
        self.assertIn('login', response['Location'])


class PreviewTest(SchemaPageTestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions(VIEW, 'netbox_custom_objects.view_customobjecttypefield')

    def test_previewing_a_pasted_document_shows_the_plan_and_writes_nothing(self):
        response = self.post()
        self.assertHttpStatus(response, 200)
        content = response.content.decode()
        self.assertIn('Plan', content)
        self.assertIn('New type', content)
        # the attributes the type is created with (not `cot_changes`, empty for a new type as upstream's)
        self.assertIn('<span class="font-monospace">name</span>', content)
        self.assertIn('add field', content)
        self.assertFalse(CustomObjectType.objects.exists())

    def test_an_uploaded_document_is_previewed_and_shown_for_applying(self):
        upload = SimpleUploadedFile('schema.json', json.dumps(DOCUMENT).encode(), content_type='application/json')
        response = self.client.post(URL, {'upload_file': upload, 'preview': ''})
        self.assertHttpStatus(response, 200)
        self.assertIn('New type', response.content.decode())
        self.assertIn('&quot;schema_version&quot;', response.content.decode())  # now in the text box

    def test_a_plan_of_changes_renames_and_removals(self):
        apply_document(DOCUMENT)
        document = {'schema_version': '1', 'types': [
            {'name': 'widget', 'slug': 'widgets', 'description': 'New', 'fields': [
                {'id': 1, 'name': 'serial_number', 'type': 'text'}],
             'removed_fields': [{'id': 2, 'name': 'notes', 'type': 'longtext'}]}]}
        content = self.post(document).content.decode()
        self.assertIn('rename field', content)
        self.assertIn('remove field', content)
        self.assertIn('Destructive', content)
        self.assertIn('description', content)

    def test_errors_are_shown_on_the_form(self):
        for text, message in (('a: [b', 'Not a valid YAML document'),
                              ({'schema_version': '1', 'types': [{'name': 'Bad', 'slug': 'x'}]}, 'types.0.name'),
                              ({'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a', 'fields': [
                                  {'id': 1, 'name': 'c', 'type': 'select', 'choice_set': 'Nope'}]}]},
                               'Unknown choice set'),
                              ('', 'Paste a document or upload a file')):
            with self.subTest(message):
                response = self.post(text)
                self.assertHttpStatus(response, 200)
                self.assertIn(message, response.content.decode())


class ApplyTest(SchemaPageTestCase):

    def setUp(self):
        super().setUp()
        self.add_permissions(VIEW)

    def test_applying_needs_the_permissions_of_the_plan(self):
        self.assertHttpStatus(self.post(action='apply'), 403)
        self.add_permissions(ADD)
        response = self.post(action='apply')
        self.assertHttpStatus(response, 200)
        self.assertIn(ADD_FIELD, response.content.decode())
        self.assertFalse(CustomObjectType.objects.exists())

    def test_applying(self):
        self.add_permissions(*APPLY)
        response = self.post(action='apply')
        self.assertHttpStatus(response, 200)
        content = response.content.decode()
        self.assertIn('The schema has been applied.', content)
        self.assertIn('Applied changes', content)
        cot = CustomObjectType.objects.get(slug='widgets')
        self.assertEqual(sorted(cot.fields.values_list('name', flat=True)), ['notes', 'serial'])

    def test_destructive_changes_need_the_checkbox_and_the_delete_permission(self):
        self.add_permissions(*APPLY)
        apply_document(DOCUMENT)
        document = {'schema_version': '1', 'types': [
            {'name': 'widget', 'slug': 'widgets', 'fields': [{'id': 1, 'name': 'serial', 'type': 'text'}],
             'removed_fields': [{'id': 2, 'name': 'notes', 'type': 'longtext'}]}]}
        response = self.post(document, action='apply')
        self.assertHttpStatus(response, 200)
        self.assertIn('Allow destructive changes to apply it', response.content.decode())
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 2)
        response = self.post(document, action='apply', allow_destructive='on')
        self.assertIn('field &quot;notes&quot;: you may not delete it', response.content.decode())
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 2)
        self.add_permissions('netbox_custom_objects.delete_customobjecttypefield')
        response = self.post(document, action='apply', allow_destructive='on')
        self.assertIn('The schema has been applied.', response.content.decode())
        self.assertEqual(CustomObjectType.objects.get().fields.count(), 1)

    def test_definitions_the_models_refuse_are_form_errors(self):
        self.add_permissions(*APPLY)
        document = {'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a', 'fields': [
            {'id': 1, 'name': 'tags', 'type': 'text'}]}]}
        response = self.post(document, action='apply')
        self.assertHttpStatus(response, 200)
        self.assertIn('a.tags: name:', response.content.decode())
        self.assertFalse(CustomObjectType.objects.exists())


class ExportTest(SchemaPageTestCase):

    @classmethod
    def setUpTestData(cls):
        apply_document({'schema_version': '1', 'types': [*DOCUMENT['types'], {'name': 'gadget', 'slug': 'gadgets'}]})

    def test_downloading_yaml_and_json(self):
        self.add_permissions(VIEW)
        response = self.client.get(URL, {'export': '1', 'format': 'yaml'})
        self.assertHttpStatus(response, 200)
        self.assertEqual(response['Content-Type'], 'application/yaml')
        self.assertEqual(response['Content-Disposition'], 'attachment; filename="custom-object-types.yaml"')
        self.assertEqual([t['slug'] for t in yaml.safe_load(response.content)['types']], ['gadgets', 'widgets'])
        response = self.client.get(URL, {'export': '1', 'format': 'json', 'types': ['widgets']})
        self.assertEqual(response['Content-Type'], 'application/json')
        self.assertEqual(json.loads(response.content)['types'], DOCUMENT['types'])

    def test_the_export_lists_only_viewable_types(self):
        self.add_permissions(VIEW)
        permission = self.user.object_permissions.get()
        permission.constraints = {'slug': 'gadgets'}
        permission.save()
        content = self.client.get(URL).content.decode()
        self.assertIn('value="gadgets"', content)
        self.assertNotIn('value="widgets"', content)
        response = self.client.get(URL, {'export': '1', 'format': 'json', 'types': ['widgets']})
        self.assertHttpStatus(response, 200)
        self.assertIn('is not one of the available choices', response.content.decode())
        response = self.client.get(URL, {'export': '1', 'format': 'json'})
        self.assertEqual([t['slug'] for t in json.loads(response.content)['types']], ['gadgets'])

    def test_an_unknown_format_is_a_form_error(self):
        self.add_permissions(VIEW)
        response = self.client.get(URL, {'export': '1', 'format': 'xml'})
        self.assertHttpStatus(response, 200)
        self.assertIn('Select a valid choice', response.content.decode())
