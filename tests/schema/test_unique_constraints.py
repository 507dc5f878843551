"""Unique constraints in the portable schema (schema/unique.py), through the REST endpoints: export (the key only for a
type with constraints), preview, apply (created, changed, deleted by name; left alone by a document without the key),
the round trip, and the permissions an apply needs."""

import json

import yaml
from django.urls import reverse
from rest_framework import status

from utilities.testing import APITestCase

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeUniqueConstraint
from netbox_custom_objects.schema import apply_document

from ..base import CustomObjectsTestMixin

NAMESPACE = 'plugins-api:netbox_custom_objects-api'
VIEW = tuple(f'netbox_custom_objects.view_{model}'
             for model in ('customobjecttype', 'customobjecttypefield', 'customobjecttypeuniqueconstraint'))
APPLY = (*VIEW, *(f'netbox_custom_objects.{action}_{model}' for model in ('customobjecttype', 'customobjecttypefield')
                  for action in ('add', 'change', 'delete')))
ADD_UNIQUE = 'netbox_custom_objects.add_customobjecttypeuniqueconstraint'
DELETE_UNIQUE = 'netbox_custom_objects.delete_customobjecttypeuniqueconstraint'

FIELDS = [
    {'id': 1, 'name': 'name', 'type': 'text', 'primary': True},
    {'id': 2, 'name': 'provider', 'type': 'text'},
    {'id': 3, 'name': 'active', 'type': 'boolean'},
]
PER_PROVIDER = {'name': 'per provider', 'fields': ['name', 'provider'], 'case_insensitive': True}
ACTIVE_NAMES = {'name': 'active names', 'fields': ['name'], 'condition': {'field': 'active', 'value': True},
                'description': 'One active circuit a name'}


def document(*constraints, fields=FIELDS, **extra):
    entry = {'name': 'circuit', 'slug': 'circuits', 'fields': list(fields), **extra}
    if constraints != (None,):
        entry['unique_constraints'] = list(constraints)
    return {'schema_version': '1', 'types': [entry]}


def stored():
    return {row.name: (row.fields_display, row.case_insensitive, row.condition_value)
            for row in CustomObjectTypeUniqueConstraint.objects.all()}


class SchemaUniqueConstraintsTest(CustomObjectsTestMixin, APITestCase):

    def post(self, name, data):
        return self.client.post(reverse(f'{NAMESPACE}:{name}'), json.dumps(data), content_type='application/json',
                                **self.header)

    def apply(self, doc, allow_destructive=False):
        return self.post('schema-apply', {'allow_destructive': allow_destructive, 'schema': doc})

    def export(self):
        response = self.client.get(reverse(f'{NAMESPACE}:schema-export'), {'format': 'json'}, **self.header)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        return response.json()

    def test_a_type_without_constraints_exports_as_before(self):
        apply_document(document(None))
        self.add_permissions(*VIEW)
        self.assertNotIn('unique_constraints', self.export()['types'][0])

    def test_apply_creates_them_and_export_gives_them_back(self):
        self.add_permissions(*APPLY, ADD_UNIQUE)
        response = self.apply(document(PER_PROVIDER, ACTIVE_NAMES))
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(stored(), {'per provider': ('name, provider', True, None),
                                    'active names': ('name', False, True)})
        model = CustomObjectType.objects.get(slug='circuits').get_model()
        model.objects.create(name='C1', provider='P1')
        self.assertRaises(Exception, model(name='c1', provider='p1').full_clean)
        # The round trip: the export is the document, and planning it again changes nothing
        exported = self.export()
        self.assertEqual(exported['types'][0]['unique_constraints'], [ACTIVE_NAMES, PER_PROVIDER])
        response = self.post('schema-preview', exported)
        self.assertFalse(response.json()['diffs'][0]['has_changes'])
        self.assertNotIn('unique_constraint_changes', response.json()['diffs'][0])

    def test_preview_lists_the_changes_and_writes_nothing(self):
        self.add_permissions(*VIEW)
        apply_document(document(PER_PROVIDER))
        response = self.post('schema-preview', document({**PER_PROVIDER, 'case_insensitive': False}, ACTIVE_NAMES))
        self.assertHttpStatus(response, status.HTTP_200_OK)
        [diff] = response.json()['diffs']
        self.assertTrue(diff['has_changes'])
        self.assertEqual([(c['op'], c['name']) for c in diff['unique_constraint_changes']],
                         [('alter', 'per provider'), ('add', 'active names')])
        self.assertEqual(stored(), {'per provider': ('name, provider', True, None)})

    def test_the_list_is_the_whole_set_and_a_document_without_it_leaves_them(self):
        self.add_permissions(*APPLY, ADD_UNIQUE, DELETE_UNIQUE)
        apply_document(document(PER_PROVIDER, ACTIVE_NAMES))
        self.assertHttpStatus(self.apply(document(None, description='Circuits')), status.HTTP_200_OK)
        self.assertEqual(set(stored()), {'per provider', 'active names'})
        changed = {**PER_PROVIDER, 'fields': ['provider', 'name']}
        self.assertHttpStatus(self.apply(document(changed)), status.HTTP_200_OK)
        self.assertEqual(stored(), {'per provider': ('provider, name', True, None)})

    def test_a_field_removed_with_its_constraint(self):
        self.add_permissions(*APPLY, ADD_UNIQUE, DELETE_UNIQUE)
        apply_document(document(PER_PROVIDER, ACTIVE_NAMES))
        doc = document(PER_PROVIDER, fields=FIELDS[:2],
                       removed_fields=[{'id': 3, 'name': 'active', 'type': 'boolean'}])
        response = self.apply(doc, allow_destructive=True)
        self.assertHttpStatus(response, status.HTTP_200_OK)
        self.assertEqual(set(stored()), {'per provider'})

    def test_a_constraint_on_an_unknown_field_is_a_400(self):
        self.add_permissions(*APPLY, ADD_UNIQUE)
        response = self.apply(document({'name': 'bad', 'fields': ['name', 'nope']}))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn('nope', json.dumps(response.json()))
        self.assertFalse(CustomObjectType.objects.exists())

    def test_stored_duplicates_are_a_400_naming_them(self):
        self.add_permissions(*APPLY, ADD_UNIQUE)
        apply_document(document(None))
        model = CustomObjectType.objects.get(slug='circuits').get_model()
        first, second = (model.objects.create(name='C1', provider='P1') for _ in range(2))
        response = self.apply(document(PER_PROVIDER))
        self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
        self.assertIn(f'#{first.pk}', json.dumps(response.json()))
        self.assertIn(f'#{second.pk}', json.dumps(response.json()))
        self.assertFalse(CustomObjectTypeUniqueConstraint.objects.exists())

    def test_apply_needs_the_constraint_permissions(self):
        self.add_permissions(*APPLY)
        response = self.apply(document(PER_PROVIDER))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertIn(ADD_UNIQUE, ' '.join(response.json()['problems']))
        self.assertFalse(CustomObjectType.objects.exists())
        apply_document(document(PER_PROVIDER))
        response = self.apply(document())
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertIn('"per provider": you may not delete it', ' '.join(response.json()['problems']))
        self.assertEqual(set(stored()), {'per provider'})

    def test_a_constraint_the_user_may_not_view_hides_the_type(self):
        apply_document(document(PER_PROVIDER))
        self.add_permissions(*VIEW[:2])
        response = self.post('schema-preview', document(PER_PROVIDER))
        self.assertHttpStatus(response, status.HTTP_403_FORBIDDEN)
        self.assertNotIn('per provider', json.dumps(response.json()))

    def test_the_format_refuses_malformed_entries(self):
        self.add_permissions(*VIEW)
        for entry in ({'name': 'x'}, {'name': 'x', 'fields': []}, {'name': 'x', 'fields': ['name'], 'extra': 1},
                      {'name': 'x', 'fields': ['name'], 'condition': {'field': 'active'}}):
            with self.subTest(entry=entry):
                response = self.post('schema-preview', document(entry))
                self.assertHttpStatus(response, status.HTTP_400_BAD_REQUEST)
                self.assertIn('schema_errors', response.json())

    def test_yaml_export(self):
        apply_document(document(PER_PROVIDER))
        self.add_permissions(*VIEW)
        response = self.client.get(reverse(f'{NAMESPACE}:schema-export'), **self.header)
        self.assertEqual(yaml.safe_load(response.content)['types'][0]['unique_constraints'], [PER_PROVIDER])
