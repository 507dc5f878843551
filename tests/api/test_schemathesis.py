"""Schemathesis against the plugin's OpenAPI description on a live server: no generated request gets a 5xx.

The server (`netbox runserver` on its own database, see clients.LiveNetBox) gets types covering every field type,
created over HTTP, and a few objects; the schema is loaded from /api/schema/ and restricted to the plugin's paths
(the fixed endpoints and the per-type paths with their real fields). The schema document endpoints, which the
OpenAPI description leaves out, are added from a description of their own (SCHEMA_DOCUMENT_PATHS). Every operation
(GET/POST/PUT/PATCH/DELETE) gets a few generated requests with a superuser's token, `linked-objects/` also some
naming existing objects, the schema endpoints also invalid and deeply nested bodies; any 5xx is collected and
reported with its request.
"""

import uuid

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from .clients import LiveNetBoxTestCase

PREFIX = '/api/plugins/custom-objects/'
# Generated cases per operation: enough to reach past the happy path, small enough for the normal test run.
MAX_EXAMPLES = 5
# The definition endpoints come last: a generated DELETE or PUT may remove or reshape the types the object
# operations were built for.
DEFINITION_PATHS = ('custom-object-types/', 'custom-object-type-fields/')
# The schema document endpoints come after them: applying a generated document may add, change or delete types.
SCHEMA_PATH = 'schema/'

_IDENTIFIER = {'type': 'string', 'pattern': '^[a-z][a-z0-9_]{0,20}$'}
_REFERENCE = {'type': 'string', 'enum': [
    'dcim/site', 'dcim/location', 'custom-objects/vendors', 'custom-objects/things', 'core/objecttype',
    'extras/cachedvalue', 'users/token', 'dcim/nothing',
]}
_FIELD = {'type': 'object', 'properties': {
    'id': {'type': 'integer', 'minimum': 1, 'maximum': 40},
    'name': _IDENTIFIER,
    'type': {'type': 'string', 'enum': ['text', 'longtext', 'integer', 'decimal', 'boolean', 'date', 'datetime', 'url',
                                        'json', 'select', 'multiselect', 'object', 'multiobject', 'coordinates']},
    'related_object_type': _REFERENCE,
    'is_polymorphic': {'type': 'boolean'},
    'related_object_types': {'type': 'array', 'maxItems': 2, 'items': _REFERENCE},
    'choice_set': {'type': 'string', 'enum': ['Colours', 'Nothing']},
    'default': {},
    'required': {'type': 'boolean'},
    'unique': {'type': 'boolean'},
}}
_DOCUMENT = {'type': 'object', 'properties': {
    'schema_version': {'type': 'string', 'enum': ['1']},
    'types': {'type': 'array', 'maxItems': 2, 'items': {'type': 'object', 'properties': {
        'name': _IDENTIFIER,
        'slug': {'type': 'string', 'enum': ['things', 'vendors', 'gadgets', 'widgets']},
        'fields': {'type': 'array', 'maxItems': 3, 'items': _FIELD},
        'removed_fields': {'type': 'array', 'maxItems': 1, 'items': _FIELD},
    }}},
}}


def _document_operation(summary, body):
    content = {media_type: {'schema': body} for media_type in ('application/json', 'text/yaml')}
    return {'post': {'summary': summary, 'operationId': summary.lower().replace(' ', '_'),
                     'requestBody': {'required': True, 'content': content},
                     'responses': {'200': {'description': 'OK'}, '400': {'description': 'Bad input'}}}}


# The schema document endpoints (left out of NetBox's OpenAPI description: they are not model endpoints), described
# loosely enough for generated documents to be valid, invalid, and to name the live server's types and models.
SCHEMA_DOCUMENT_PATHS = {
    f'{PREFIX}{SCHEMA_PATH}preview/': _document_operation('Schema preview', _DOCUMENT),
    f'{PREFIX}{SCHEMA_PATH}apply/': _document_operation('Schema apply', {'type': 'object', 'properties': {
        'allow_destructive': {'type': 'boolean'}, 'schema': _DOCUMENT}}),
}


def nested(depth):
    """A document whose field default nests `depth` lists deep."""
    value = 'x'
    for _ in range(depth):
        value = [value]
    return {'schema_version': '1', 'types': [{'name': 'deep', 'slug': 'deep', 'fields': [
        {'id': 1, 'name': 'data', 'type': 'json', 'default': value}]}]}


class Definitions:
    """Types with a field of every type, made through the API (the order respects references)."""

    def __init__(self, url, token):
        self.api = f'{url}/api'
        self.session = requests.Session()
        self.session.headers.update({'Authorization': f'Bearer {token}', 'Accept': 'application/json'})

    def post(self, path, payload):
        response = self.session.post(f'{self.api}/{path}', json=payload, timeout=120)
        if response.status_code != 201:
            raise AssertionError(f'POST {path} {payload}: {response.status_code} {response.text[:500]}')
        return response.json()

    def create(self):
        sites = [self.post('dcim/sites/', {'name': f'Site {i}', 'slug': f'site-{i}'}) for i in range(2)]
        choice_set = self.post('extras/custom-field-choice-sets/', {
            'name': 'Colours', 'extra_choices': [['red', 'Red'], ['blue', 'Blue']]})
        vendor = self.post('plugins/custom-objects/custom-object-types/', {'name': 'vendor', 'slug': 'vendors'})
        self.field(vendor, name='name', primary=True)
        self.field(vendor, name='country', context=True)
        vendors = [self.post('plugins/custom-objects/vendors/', {'name': f'V{i}', 'country': 'NL'}) for i in range(2)]
        thing = self.post('plugins/custom-objects/custom-object-types/', {'name': 'thing', 'slug': 'things'})
        site = {'app_label': 'dcim', 'model': 'site'}
        targets = [site, {'app_label': 'custom-objects', 'model': 'vendors'}]
        for name, field_type, options in (
            ('name', 'text', {'primary': True, 'required': True, 'unique': True}),
            ('notes', 'longtext', {}),
            ('count', 'integer', {'validation_minimum': 0, 'validation_maximum': 100}),
            ('price', 'decimal', {}),
            ('active', 'boolean', {}),
            ('bought', 'date', {}),
            ('seen', 'datetime', {}),
            ('homepage', 'url', {}),
            ('extra', 'json', {}),
            ('colour', 'select', {'choice_set': choice_set['id']}),
            ('colours', 'multiselect', {'choice_set': choice_set['id']}),
            ('site', 'object', site),
            ('sites', 'multiobject', site),
            ('vendor', 'object', {'app_label': 'custom-objects', 'model': 'vendors'}),
            ('owner_thing', 'object', {'is_polymorphic': True, 'related_object_types_input': targets}),
            ('members', 'multiobject', {'is_polymorphic': True, 'related_object_types_input': targets}),
            ('location', 'coordinates', {}),
        ):
            self.field(thing, name=name, type=field_type, **options)
        for i in range(2):
            self.post('plugins/custom-objects/things/', {
                'name': f'Thing {i}', 'count': i, 'colour': 'red', 'colours': ['red', 'blue'],
                'site': sites[i]['id'], 'sites': [sites[0]['id']], 'vendor': vendors[i]['id'],
                'owner_thing': {'app_label': 'dcim', 'model': 'site', 'object_id': sites[i]['id']},
                'members': [{'app_label': 'dcim', 'model': 'site', 'object_id': sites[1]['id']}],
            })

    def field(self, cot, **payload):
        return self.post('plugins/custom-objects/custom-object-type-fields/', {'custom_object_type': cot['id'],
                                                                               **payload})


def load_schema(url, token):
    """The OpenAPI description restricted to the plugin's paths. A query string of its own: NetBox caches
    /api/schema/ by URL in Redis, which other servers of the same machine share."""
    response = requests.get(f'{url}/api/schema/', params={'format': 'json', 'nonce': uuid.uuid4().hex},
                            headers={'Authorization': f'Bearer {token}'}, timeout=300)
    response.raise_for_status()
    description = response.json()
    description['paths'].update(SCHEMA_DOCUMENT_PATHS)
    return schemathesis.openapi.from_dict(description).include(path_regex=f'^{PREFIX}')


def operation_order(operation):
    """Object endpoints, then definitions, then schema documents; deletions last in each group."""
    definition = any(operation.path.startswith(f'{PREFIX}{path}') for path in DEFINITION_PATHS)
    group = 2 if operation.path.startswith(f'{PREFIX}{SCHEMA_PATH}') else int(definition)
    return group, operation.method.upper() == 'DELETE', operation.path, operation.method


def explicit_cases(operation, session, url):
    """Cases sent on every run, besides the generated ones: a deeply nested document to the schema endpoints, and
    `linked-objects/` for each site and vendor of the live server."""
    if operation.path.startswith(f'{PREFIX}{SCHEMA_PATH}'):
        document = nested(300)
        body = {'schema': document} if operation.path.endswith('apply/') else document
        return [operation.Case(body=body, media_type='application/json')]
    if operation.path.endswith('linked-objects/'):
        return [operation.Case(query=query) for query in linked_queries(session, url)]
    return []


def case_strategy(operation, session, url):
    """Generated cases; on a detail path half of them name an existing object (random ids mostly miss), on
    `linked-objects/` half of them an existing site or custom object; the schema endpoints also get invalid
    documents."""
    generated = operation.as_strategy()
    if operation.path.startswith(f'{PREFIX}{SCHEMA_PATH}'):
        return st.one_of(generated, operation.as_strategy(GenerationMode.NEGATIVE))
    if operation.path.endswith('linked-objects/'):
        return st.one_of(generated, st.sampled_from(linked_queries(session, url)).flatmap(
            lambda query: operation.as_strategy(query=query)))
    if '{id}' not in operation.path:
        return generated
    list_path = operation.path.removesuffix('{id}/')
    if '{custom_object_type}' in list_path:
        slugs = [entry['slug'] for entry in session.get(f'{url}{PREFIX}custom-object-types/', params={'brief': 1},
                                                         timeout=120).json()['results']]
    else:
        slugs = [None]
    existing = [
        {'id': obj['id'], **({'custom_object_type': slug} if slug else {})}
        for slug in slugs
        for obj in session.get(f'{url}{list_path.replace("{custom_object_type}", slug or "")}',
                               params={'brief': 1, 'limit': 20}, timeout=120).json().get('results', [])
    ]
    if not existing:
        return generated
    return st.one_of(generated, st.sampled_from(existing).flatmap(
        lambda parameters: operation.as_strategy(path_parameters=parameters)))


def linked_queries(session, url):
    """`linked-objects/` queries naming the live server's sites and vendors (the things type refers to both, with
    object, multiobject and polymorphic fields)."""
    targets = [('dcim.site', '/api/dcim/sites/')]
    vendor_type = session.get(f'{url}{PREFIX}custom-object-types/', params={'slug': 'vendors'},
                              timeout=120).json()['results']
    if vendor_type:
        targets.append((vendor_type[0]['object_type_name'], f'{PREFIX}vendors/'))
    return [
        {'object_type': object_type, 'object_id': obj['id']}
        for object_type, path in targets
        for obj in session.get(f'{url}{path}', params={'brief': 1}, timeout=120).json().get('results', [])
    ] or [{'object_type': 'dcim.site', 'object_id': 1}]


def server_errors(schema, url, token, max_examples=MAX_EXAMPLES):
    """Run the generated cases of every operation; the 5xx answers, each with its request as a curl command."""
    session = requests.Session()
    session.headers['Authorization'] = f'Bearer {token}'
    errors = []
    for operation in sorted((result.ok() for result in schema.get_all_operations()), key=operation_order):
        def run(case):
            response = case.call(base_url=url, session=session, timeout=120)
            if response.status_code >= 500:
                errors.append(f'{response.status_code} {case.as_curl_command()}\n{response.text[:500]}')

        for case in explicit_cases(operation, session, url):
            run = example(case=case)(run)
        settings(max_examples=max_examples, deadline=None, database=None, derandomize=True,
                 phases=(Phase.explicit, Phase.generate), suppress_health_check=list(HealthCheck))(
            given(case=case_strategy(operation, session, url))(run))()
        errors += raw_body_errors(operation, session, url)
    return errors


def raw_body_errors(operation, session, url):
    """The schema endpoints with bodies nested deeper than Python's parsers recurse (`[[[[...`, which no client
    serializes): the 5xx answers."""
    if not operation.path.startswith(f'{PREFIX}{SCHEMA_PATH}'):
        return []
    errors = []
    for content_type in ('application/json', 'text/yaml'):
        response = session.post(f'{url}{operation.path}', data='[' * 100000, headers={'Content-Type': content_type},
                                timeout=120)
        if response.status_code >= 500:
            errors.append(f'{response.status_code} POST {operation.path} ({content_type}: 100000 times "[")\n'
                          f'{response.text[:500]}')
    return errors


@pytest.mark.slow
class SchemathesisTest(LiveNetBoxTestCase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Definitions(cls.server.url, cls.server.token).create()

    def test_no_server_errors(self):
        schema = load_schema(self.server.url, self.server.token)
        paths = {result.ok().path for result in schema.get_all_operations()}
        self.assertTrue({f'{PREFIX}things/', f'{PREFIX}things/{{id}}/', f'{PREFIX}custom-object-types/',
                         f'{PREFIX}linked-objects/', f'{PREFIX}schema/preview/', f'{PREFIX}schema/apply/'} <= paths)
        errors = server_errors(schema, self.server.url, self.server.token)
        self.assertEqual(errors, [], '\n\n'.join(errors))
