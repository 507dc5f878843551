"""The recorded upstream contract: a fixed list of scenarios run against any NetBox with a custom-objects plugin.

    python dev/contract.py --url http://127.0.0.1:8071 --token nbt_xxx.yyy --out tests/contract/recordings

It needs only Python >= 3.10 and its standard library (no project import), so it runs in upstream's virtualenv as
well as ours. Each scenario makes REST and GraphQL requests as a user's script would (every field type written and
read, brief and nested forms, a PATCH of the read representation, filters, GraphQL, an export and a config template
reading `custom_objects`, an event-rule webhook caught by a local receiver, portable-schema preview/apply, linked
objects) and records the responses, normalized so that two servers can be compared: ids, timestamps, tokens and the
server's address are masked. One JSON file per scenario is written. The webhook scenario needs `netbox rqworker`
running beside the server under test.

tests/contract/test_replay.py drives the same scenarios against this plugin through Django's test client (the
`Client` interface below) and compares with the recordings taken from upstream 0.7.1.

Objects this script creates are named `contract…`; they are deleted at the start of a run, so it can run again.
"""

import argparse
import http.server
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

API = '/api/plugins/custom-objects/'
WIDGET, PART, SCHEMA_TYPE = 'contract_widget', 'contract_part', 'contract_schema'
CHOICES = [['a', 'Choice A'], ['b', 'Choice B'], ['c', 'Choice C']]

# ------------------------------------------------------------------------------------------------- normalization
# ('column': where a GraphQL error is in a query that holds ids)
ID_KEYS = {'id', 'pk', 'column', 'object_id', 'custom_object_type', 'choice_set', 'action_object_id', 'content_type_id'}
NOT_ID_KEYS = {'schema_id'}
TIME_KEYS = {'created', 'last_updated', 'timestamp', 'cache_timestamp', 'time'}
ID_PATTERNS = [
    # the server's address (the receiver's too): the test client's, a local server's
    (re.compile(r'https?://(testserver|localhost|127\.0\.0\.1)(:\d+)?'), '<base>'),
    (re.compile(r'/(\d+)/'), '/<id>/'),
    (re.compile(r'Table\d+Model'), 'Table<id>Model'),
    (re.compile(r'table\d+model'), 'table<id>model'),
    (re.compile(r'custom_objects_\d+'), 'custom_objects_<id>'),
    (re.compile(r'CustomObject\d+_'), 'CustomObject<id>_'),
    (re.compile(r'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'), '<uuid>'),
]


def mask_text(text, ids=()):
    for pattern, replacement in ID_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def normalize(value, key=None, id_keys=frozenset()):
    """`value` with what differs between two runs masked: ids (by key, and in urls and generated names), times,
    uuids and the server's address. `id_keys` adds keys whose integers (or lists of integers) are ids."""
    if isinstance(value, dict):
        return {k: normalize(v, k, id_keys) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v, key, id_keys) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    is_id_key = (
        key in ID_KEYS or key in id_keys or ((key or '').endswith(('_id', '_content_type')) and key not in NOT_ID_KEYS)
    )
    if is_id_key and (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        return '<id>'
    if isinstance(value, str):
        if key in TIME_KEYS and value:
            return '<ts>'
        return mask_text(value)
    return value


def canonical(value, key=None):
    """`value` with the collections whose order carries no meaning sorted: the values of a polymorphic multiobject
    field (REST: by type and display; GraphQL: by type name) and a schema plan's field changes (by schema id)."""
    if isinstance(value, dict):
        return {k: canonical(v, k) for k, v in value.items()}
    if not isinstance(value, list):
        return value
    value = [canonical(v) for v in value]
    if value and all(isinstance(v, dict) for v in value):
        if all('_content_type' in v for v in value):
            return sorted(value, key=lambda v: (v['_content_type'], str(v.get('display'))))
        if all('__typename' in v for v in value):
            return sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
        if key == 'field_changes':
            return sorted(value, key=lambda v: str(v.get('schema_id')))
    return value


# --------------------------------------------------------------------------------------------------------- client
class Response:
    def __init__(self, status, body, content_type=''):
        self.status, self.text, self.content_type = status, body, content_type

    def json(self):
        return json.loads(self.text) if self.text else None


class Client:
    """The requests a scenario makes: `request(method, path, body=None, headers=None) -> Response`."""

    def __init__(self, base_url, token):
        self.base_url, self.token = base_url.rstrip('/'), token

    def request(self, method, path, body=None, headers=None):
        headers = {'Authorization': f'Bearer {self.token}', 'Accept': 'application/json', **(headers or {})}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers['Content-Type'] = 'application/json'
        req = urllib.request.Request(self.base_url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                return Response(resp.status, resp.read().decode(), resp.headers.get('Content-Type', ''))
        except urllib.error.HTTPError as error:
            return Response(error.code, error.read().decode(), error.headers.get('Content-Type', ''))


class Run:
    """One run: the client, the ids of what the scenarios made (by name), and what is recorded."""

    def __init__(self, client, deliver=None, receiver_host='127.0.0.1', webhook_timeout=60):
        self.client, self.ids, self.recorded, self.errors = client, {}, {}, {}
        self.webhook_timeout = webhook_timeout
        # Called after requests that should fire a webhook: nothing over HTTP (the server's RQ worker sends it); the
        # replay test runs the queued jobs itself.
        self.deliver = deliver or (lambda: None)
        self.receiver_host = receiver_host

    def call(self, method, path, body=None, expect=None, headers=None):
        response = self.client.request(method, path, body, headers)
        if expect is not None and response.status != expect:
            raise AssertionError(f'{method} {path}: {response.status} (expected {expect}): {response.text[:2000]}')
        return response

    def get(self, path, expect=200):
        return self.call('GET', path, expect=expect).json()

    def post(self, path, body, expect=201):
        return self.call('POST', path, body, expect).json()

    def record(self, scenario, name, response_or_data, status=None, id_keys=()):
        if isinstance(response_or_data, Response):
            status = response_or_data.status
            try:
                data = response_or_data.json()
            except ValueError:
                data = response_or_data.text
        else:
            data = response_or_data
        entry = {'data': canonical(normalize(json.loads(json.dumps(data)), id_keys=frozenset(id_keys)))}
        if status is not None:
            entry['status'] = status
        self.recorded.setdefault(scenario, {})[name] = entry

    def results(self, path):
        return self.get(path)['results']


# ------------------------------------------------------------------------------------------------------- cleanup
def cleanup(run):
    """Delete what an earlier run left behind (everything named contract…), dependants first."""
    for path, key in [
        ('/api/extras/event-rules/', 'name'),
        ('/api/extras/webhooks/', 'name'),
        ('/api/extras/export-templates/', 'name'),
        ('/api/extras/config-templates/', 'name'),
        ('/api/extras/config-contexts/', 'name'),
    ]:
        for item in run.results(f'{path}?name__isw=contract&limit=0'):
            run.call('DELETE', f'{path}{item["id"]}/', expect=204)
    # Sites before the types that point at them (upstream 0.7.1 answers 500 when a site is deleted after a type
    # with a multiobject field to sites was deleted in the same process).
    for item in run.results('/api/dcim/sites/?name__isw=contract&limit=0'):
        run.call('DELETE', f'/api/dcim/sites/{item["id"]}/', expect=204)
    types = run.results(f'{API}custom-object-types/?name__isw=contract&limit=0')
    # Types pointed at by others' fields last: delete the referring fields first.
    for cot in types:
        for field in run.results(f'{API}custom-object-type-fields/?custom_object_type_id={cot["id"]}&limit=0'):
            if field['type'] in ('object', 'multiobject'):
                run.call('DELETE', f'{API}custom-object-type-fields/{field["id"]}/', expect=204)
    for cot in types:
        run.call('DELETE', f'{API}custom-object-types/{cot["id"]}/', expect=204)
    for path in ('/api/extras/custom-field-choice-sets/', '/api/extras/tags/'):
        for item in run.results(f'{path}?name__isw=contract&limit=0'):
            run.call('DELETE', f'{path}{item["id"]}/', expect=204)


def prerequisites(run):
    for name in ('north', 'south'):
        site = run.post('/api/dcim/sites/', {'name': f'contract-{name}', 'slug': f'contract-{name}'})
        run.ids[f'site:{name}'] = site['id']
    run.ids['choices'] = run.post(
        '/api/extras/custom-field-choice-sets/', {'name': 'contract choices', 'extra_choices': CHOICES}
    )['id']
    run.post('/api/extras/tags/', {'name': 'contract-tag', 'slug': 'contract-tag'})


# --------------------------------------------------------------------------------------------------- definitions
def field_definitions(run):
    """A field of every type on the widget type (polymorphic ones to sites and parts)."""
    poly = [{'app_label': 'dcim', 'model': 'site'}, {'app_label': 'netbox_custom_objects', 'model': 'contract-part'}]
    return [
        {'name': 'text_f', 'type': 'text', 'primary': True, 'label': 'Text'},
        {'name': 'longtext_f', 'type': 'longtext'},
        {'name': 'integer_f', 'type': 'integer', 'validation_minimum': 0, 'validation_maximum': 10**9},
        {'name': 'decimal_f', 'type': 'decimal'},
        {'name': 'boolean_f', 'type': 'boolean'},
        {'name': 'date_f', 'type': 'date'},
        {'name': 'datetime_f', 'type': 'datetime'},
        {'name': 'url_f', 'type': 'url'},
        {'name': 'json_f', 'type': 'json'},
        {'name': 'select_f', 'type': 'select', 'choice_set': run.ids['choices'], 'default': 'a'},
        {'name': 'multiselect_f', 'type': 'multiselect', 'choice_set': run.ids['choices']},
        {'name': 'object_f', 'type': 'object', 'app_label': 'dcim', 'model': 'site', 'related_name': 'contract_w'},
        {'name': 'multiobject_f', 'type': 'multiobject', 'app_label': 'dcim', 'model': 'site'},
        {'name': 'part_f', 'type': 'object', 'app_label': 'netbox_custom_objects', 'model': 'contract-part'},
        {'name': 'thing_f', 'type': 'object', 'is_polymorphic': True, 'related_object_types_input': poly},
        {'name': 'things_f', 'type': 'multiobject', 'is_polymorphic': True, 'related_object_types_input': poly},
    ]


def scenario_definitions(run):
    s = 'definitions'
    part = run.post(f'{API}custom-object-types/', {'name': PART, 'slug': 'contract-part'})
    run.ids['type:part'] = part['id']
    run.post(
        f'{API}custom-object-type-fields/',
        {'custom_object_type': part['id'], 'name': 'name', 'type': 'text', 'primary': True, 'required': True},
    )
    response = run.call(
        'POST',
        f'{API}custom-object-types/',
        {
            'name': WIDGET,
            'slug': 'contract-widget',
            'verbose_name': 'Contract widget',
            'description': 'Contract',
            'group_name': 'Contract',
            'version': '1.0',
        },
        expect=201,
    )
    run.record(s, 'type_create', response)
    run.ids['type:widget'] = widget = response.json()['id']
    for definition in field_definitions(run):
        response = run.call(
            'POST', f'{API}custom-object-type-fields/', {'custom_object_type': widget, **definition}, expect=201
        )
        run.ids[f'field:{definition["name"]}'] = response.json()['id']
        run.record(s, f'field_create:{definition["name"]}', response)
    run.record(s, 'type_detail', run.call('GET', f'{API}custom-object-types/{widget}/'))
    run.record(s, 'type_brief', run.call('GET', f'{API}custom-object-types/{widget}/?brief=1'))
    run.record(s, 'type_list_brief', run.call('GET', f'{API}custom-object-types/?brief=1&name__isw=contract'))
    field = run.ids['field:select_f']
    run.record(s, 'field_detail', run.call('GET', f'{API}custom-object-type-fields/{field}/'))
    run.record(s, 'field_brief', run.call('GET', f'{API}custom-object-type-fields/{field}/?brief=1'))
    run.record(
        s,
        'field_filter',
        [
            f['name']
            for f in run.results(
                f'{API}custom-object-type-fields/?custom_object_type_id={widget}&type=object&ordering=name'
            )
        ],
    )
    for query in ('validation_minimum=0', 'primary=true', 'is_polymorphic=true', 'choice_set_id=<choices>'):
        real = query.replace('<choices>', str(run.ids['choices']))
        response = run.call(
            'GET', f'{API}custom-object-type-fields/?custom_object_type_id={widget}&{real}&ordering=name'
        )
        names = [f['name'] for f in response.json()['results']] if response.status == 200 else response.json()
        run.record(s, f'field_filter:{query}', names, status=response.status)
    run.record(
        s,
        'field_patch_label',
        run.call('PATCH', f'{API}custom-object-type-fields/{run.ids["field:longtext_f"]}/', {'label': 'Long text'}),
    )
    root = run.get(API)
    run.record(
        s,
        'api_root_keys',
        sorted(k for k in root if k.startswith('contract') or not k.startswith('c') or k.startswith('custom')),
    )


# ------------------------------------------------------------------------------------------------------- objects
def widget_body(run, text, part):
    north, south = run.ids['site:north'], run.ids['site:south']
    return {
        'text_f': text,
        'longtext_f': 'Line one\nLine two',
        'integer_f': 42,
        'decimal_f': '12.50',
        'boolean_f': True,
        'date_f': '2026-01-02',
        'datetime_f': '2026-01-02T03:04:05Z',
        'url_f': 'https://example.com/docs',
        'url_f_title': 'Docs',
        'json_f': {'k': [1, 2]},
        'select_f': 'b',
        'multiselect_f': ['a', 'c'],
        'object_f': north,
        'multiobject_f': [north, south],
        'part_f': part,
        'thing_f': {'app_label': 'dcim', 'model': 'site', 'object_id': south},
        'things_f': [
            {'app_label': 'dcim', 'model': 'site', 'object_id': north},
            {'app_label': 'netbox_custom_objects', 'model': f'table{run.ids["type:part"]}model', 'object_id': part},
        ],
        'tags': [{'name': 'contract-tag'}],
    }


def pynetbox_value(value):
    if isinstance(value, list):
        return [pynetbox_value(v) for v in value]
    if isinstance(value, dict) and 'id' in value and '_content_type' in value:
        app_label, model = value['_content_type'].split('.')
        return {'app_label': app_label, 'model': model, 'object_id': value['id']}
    if isinstance(value, dict) and 'id' in value:
        return value['id']
    if isinstance(value, dict) and set(value) == {'value', 'label'}:
        return value['value']
    return value


def scenario_objects(run):
    s = 'objects'
    parts = f'{API}contract-part/'
    widgets = f'{API}contract-widget/'
    part = run.call('POST', parts, {'name': 'Part one'}, expect=201)
    run.record(s, 'part_create', part)
    run.ids['part'] = part = part.json()['id']
    response = run.call('POST', widgets, widget_body(run, 'Widget one', part), expect=201)
    run.record(s, 'create', response)
    run.ids['widget'] = widget = response.json()['id']
    run.post(widgets, {'text_f': 'Widget two', 'integer_f': 7, 'select_f': 'c', 'boolean_f': False})
    run.record(s, 'detail', run.call('GET', f'{widgets}{widget}/'))
    run.record(s, 'brief', run.call('GET', f'{widgets}{widget}/?brief=1'))
    run.record(s, 'list_brief', run.call('GET', f'{widgets}?brief=1&ordering=id'))
    run.record(s, 'fields_param', run.call('GET', f'{widgets}{widget}/?fields=id,text_f,select_f'))
    # The object read back and sent again (pynetbox's save() of an edited record)
    read = run.get(f'{widgets}{widget}/')
    body = {
        k: v
        for k, v in read.items()
        if k not in ('id', 'url', 'display', 'display_url', 'created', 'last_updated', 'owner')
    }
    body['integer_f'] = 43
    run.record(s, 'patch_read_representation', run.call('PATCH', f'{widgets}{widget}/', body))
    # What pynetbox's save() sends: nested objects as ids, choices as their values
    body = {key: pynetbox_value(value) for key, value in body.items()}
    body['integer_f'] = 44
    run.record(s, 'patch_pynetbox_style', run.call('PATCH', f'{widgets}{widget}/', body))
    run.record(s, 'patch_bare', run.call('PATCH', f'{widgets}{widget}/', {'select_f': 'a', 'multiselect_f': ['b']}))
    run.record(
        s,
        'patch_clear',
        run.call(
            'PATCH', f'{widgets}{widget}/', {'url_f_title': '', 'object_f': None, 'thing_f': None, 'json_f': None}
        ),
    )
    run.record(s, 'part_detail', run.call('GET', f'{parts}{part}/'))
    run.record(s, 'write_bad_select', run.call('PATCH', f'{widgets}{widget}/', {'select_f': 'zzz'}))
    run.record(s, 'write_bad_integer', run.call('PATCH', f'{widgets}{widget}/', {'integer_f': 'x'}))
    run.record(
        s, 'write_unknown_key', run.call('PATCH', f'{widgets}{widget}/', {'nonexistent': 1, 'text_f': 'Widget one'})
    )
    run.record(s, 'part_missing_required', run.call('POST', f'{API}contract-part/', {}))
    run.record(s, 'omit_param', run.call('GET', f'{widgets}{widget}/?omit=json_f,multiobject_f,things_f,tags'))
    run.record(s, 'list_full', run.call('GET', f'{widgets}?ordering=id&limit=1'))


def scenario_filters(run):
    s = 'filters'
    widgets = f'{API}contract-widget/'
    queries = [
        'text_f=Widget one',
        'text_f__ic=widget',
        'integer_f__gte=10',
        'integer_f=7',
        'select_f=c',
        'select_f=a',
        'multiselect_f=b',
        'boolean_f=false',
        'multiobject_f=<north>',
        'object_f_id=<north>',
        'part_f_id=<part>',
        'q=Widget two',
        'tag=contract-tag',
        'date_f=2026-01-02',
        'ordering=-integer_f',
        'select_f=zzz',
    ]
    for query in queries:
        real = query.replace('<north>', str(run.ids['site:north'])).replace('<part>', str(run.ids['part']))
        response = run.call('GET', f'{widgets}?{urllib.parse.quote(real, safe="=&")}')
        data = response.json()
        run.record(
            s,
            query,
            {'count': data.get('count'), 'names': [o['text_f'] for o in data.get('results', [])]}
            if response.status == 200
            else data,
            status=response.status,
        )


# ------------------------------------------------------------------------------------------------------- graphql
GRAPHQL_FIELDS = """
    id display text_f longtext_f integer_f decimal_f boolean_f date_f datetime_f url_f json_f
    select_f { value label } multiselect_f { value label }
    object_f { id name } multiobject_f { id name } part_f { id name }
    tags { name }
"""


def graphql(run, query):
    return run.call('POST', '/graphql/', {'query': query})


def scenario_graphql(run):
    s = 'graphql'
    widget = run.ids['widget']
    run.record(s, 'object', graphql(run, f'{{ custom_objects_contract_widget(id: {widget}) {{ {GRAPHQL_FIELDS} }} }}'))
    run.record(s, 'list', graphql(run, '{ custom_objects_contract_widget_list { id text_f select_f { value } } }'))
    run.record(
        s,
        'list_filtered',
        graphql(run, '{ custom_objects_contract_widget_list(filters: {text_f: {exact: "Widget two"}}) { text_f } }'),
    )
    run.record(
        s,
        'polymorphic',
        graphql(
            run,
            f"""{{ custom_objects_contract_widget(id: {widget}) {{
        things_f {{ __typename ... on SiteType {{ name }}
                    ... on Table{run.ids['type:part']}ModelType {{ part_name: name }} }}
        thing_f {{ __typename ... on SiteType {{ name }} }} }} }}""",
        ),
    )
    queries = {
        'filter_select': '{ custom_objects_contract_widget_list(filters: {select_f: {exact: "c"}}) { text_f } }',
        'filter_integer': '{ custom_objects_contract_widget_list(filters: {integer_f: {gte: 10}}) { text_f } }',
        'filter_object': '{ custom_objects_contract_widget_list(filters: {object_f: {name: {exact: "contract-north"}}})'
        ' { text_f } }',
        'multiobject_args': f'{{ custom_objects_contract_widget(id: {widget}) {{ multiobject_f(filters: {{name: '
        '{exact: "contract-south"}}) { name } } }',
        'url_title': f'{{ custom_objects_contract_widget(id: {widget}) {{ url_f url_f_title }} }}',
        'part_by_id': f'{{ custom_objects_contract_part(id: {run.ids["part"]}) {{ name display }} }}',
    }
    for name, query in queries.items():
        run.record(s, name, graphql(run, query))
    name = f'Table{run.ids["type:widget"]}ModelType'
    introspection = graphql(
        run,
        f'{{ __type(name: "{name}") {{ fields {{ name type {{ kind name ofType {{ kind name '
        f'ofType {{ kind name ofType {{ name }} }} }} }} }} }} }}',
    )
    data = introspection.json()
    if data and data.get('data') and data['data'].get('__type'):
        data['data']['__type']['fields'] = {f['name']: f['type'] for f in data['data']['__type']['fields']}
    run.record(s, 'introspection', data, status=introspection.status)


# ----------------------------------------------------------------------------------------------------- templates
EXPORT_TEMPLATE = (
    '{% for o in queryset %}{{ o.text_f }}|{{ o.select_f }}|{{ o.get_select_f_display() }}|{{ o.integer_f }}\n'
    '{% endfor %}'
)
SITE_EXPORT_TEMPLATE = """{% for site in queryset %}{{ site.name }}: {% for w in custom_objects.contract_widget.filter(
multiobject_f=site).order_by('text_f') %}{{ w.text_f }} {% endfor %}
{% endfor %}"""
CONFIG_TEMPLATE = """{% for w in custom_objects.contract_widget.all().order_by('text_f') %}widget {{ w.text_f }} \
integer {{ w.integer_f }} select {{ w.select_f }}
{% endfor %}filter: {{ 'contract_widget' | custom_objects | length }}
unknown: {{ custom_objects.contract_nothing.all() | length }} {{ 'contract_nothing' | custom_objects | length }}
"""


def scenario_templates(run):
    s = 'templates'
    widget_type = f'netbox_custom_objects.table{run.ids["type:widget"]}model'
    run.post(
        '/api/extras/export-templates/',
        {
            'name': 'contract-export',
            'object_types': [widget_type],
            'template_code': EXPORT_TEMPLATE,
            'mime_type': 'text/plain',
        },
    )
    response = run.call('GET', f'{API}contract-widget/?export=contract-export&ordering=id')
    run.record(s, 'export_widgets', response.text, status=response.status)
    run.post(
        '/api/extras/export-templates/',
        {
            'name': 'contract-export-sites',
            'object_types': ['dcim.site'],
            'template_code': SITE_EXPORT_TEMPLATE,
            'mime_type': 'text/plain',
        },
    )
    response = run.call('GET', '/api/dcim/sites/?export=contract-export-sites&name__isw=contract&ordering=name')
    run.record(s, 'export_sites', response.text, status=response.status)
    template = run.post('/api/extras/config-templates/', {'name': 'contract-config', 'template_code': CONFIG_TEMPLATE})
    response = run.call('POST', f'/api/extras/config-templates/{template["id"]}/render/', {})
    data = response.json()
    run.record(
        s, 'config_render', data.get('content', data) if isinstance(data, dict) else data, status=response.status
    )


# ------------------------------------------------------------------------------------------------------- webhook
class Receiver:
    """A local HTTP server keeping the bodies POSTed to it."""

    def __init__(self, host='127.0.0.1'):
        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get('Content-Length') or 0)
                received.append(
                    {
                        'path': self.path,
                        'content_type': self.headers.get('Content-Type'),
                        'body': json.loads(self.rfile.read(length) or b'null'),
                    }
                )
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.url = f'http://{host}:{self.server.server_port}/contract-hook'
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, count, timeout=60):
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.received

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def record_deliveries(run, scenario, received, prefix):
    if len(received) < 2:
        raise AssertionError(f'{len(received)} webhook(s) received of 2: is `netbox rqworker` running?')
    id_keys = {'object_f', 'multiobject_f', 'part_f', 'thing_f', 'things_f', 'tags'}
    for delivery in sorted(received, key=lambda d: d['body']['event']):
        body = delivery['body']
        run.record(
            scenario, prefix + body['event'], {'content_type': delivery['content_type'], 'body': body}, id_keys=id_keys
        )


def scenario_webhook(run):
    s = 'webhook'
    receiver = Receiver(run.receiver_host)
    try:
        hook = run.post(
            '/api/extras/webhooks/',
            {
                'name': 'contract-hook',
                'payload_url': receiver.url,
                'http_method': 'POST',
                'http_content_type': 'application/json',
                'ssl_verification': False,
            },
        )
        run.post(
            '/api/extras/event-rules/',
            {
                'name': 'contract-rule',
                'object_types': [
                    f'netbox_custom_objects.table{run.ids["type:part"]}model',
                    f'netbox_custom_objects.table{run.ids["type:widget"]}model',
                ],
                'event_types': ['object_created', 'object_updated'],
                'action_type': 'webhook',
                'action_object_type': 'extras.webhook',
                'action_object_id': hook['id'],
            },
        )
        # A part (a type without polymorphic fields) first, then a widget (a field of every type)
        part = run.post(f'{API}contract-part/', {'name': 'Hooked part'})
        run.deliver()
        run.call('PATCH', f'{API}contract-part/{part["id"]}/', {'name': 'Hooked part 2'}, expect=200)
        run.deliver()
        received = receiver.wait(2, run.webhook_timeout)
        record_deliveries(run, s, received[:2], 'part_')
        created = run.post(f'{API}contract-widget/', widget_body(run, 'Hooked', run.ids['part']))
        run.deliver()
        run.call('PATCH', f'{API}contract-widget/{created["id"]}/', {'select_f': 'c', 'integer_f': 5}, expect=200)
        run.deliver()
        received = receiver.wait(4, run.webhook_timeout)
    finally:
        receiver.close()
    record_deliveries(run, s, received[2:], '')


# -------------------------------------------------------------------------------------------------------- schema
SCHEMA_DOCUMENT = {
    'schema_version': '1',
    'types': [
        {
            'name': SCHEMA_TYPE,
            'slug': 'contract-schema',
            'verbose_name': 'Contract schema',
            'description': 'Applied',
            'fields': [
                {'id': 1, 'name': 'name', 'type': 'text', 'primary': True, 'required': True, 'label': 'Name'},
                {'id': 2, 'name': 'size', 'type': 'integer', 'validation_minimum': 1},
                {'id': 3, 'name': 'state', 'type': 'select', 'choice_set': 'contract choices'},
                {'id': 4, 'name': 'site', 'type': 'object', 'related_object_type': 'dcim/site'},
                {
                    'id': 5,
                    'name': 'widgets',
                    'type': 'multiobject',
                    'related_object_type': 'custom-objects/contract-widget',
                },
            ],
        }
    ],
}


def changed_document():
    document = json.loads(json.dumps(SCHEMA_DOCUMENT))
    fields = document['types'][0]['fields']
    fields[1]['label'] = 'Size (units)'
    fields[:] = [f for f in fields if f['name'] != 'state'] + [{'id': 6, 'name': 'notes', 'type': 'longtext'}]
    document['types'][0]['removed_fields'] = [{'id': 3, 'name': 'state', 'type': 'select'}]
    return document


def scenario_schema(run):
    s = 'schema'
    run.record(s, 'preview_new', run.call('POST', f'{API}schema/preview/', SCHEMA_DOCUMENT))
    run.record(s, 'apply_new', run.call('POST', f'{API}schema/apply/', {'schema': SCHEMA_DOCUMENT}))
    cot = run.results(f'{API}custom-object-types/?slug=contract-schema')[0]
    run.record(s, 'type_fields', sorted((f['name'], f['type'], f['label'], f['schema_id']) for f in cot['fields']))
    run.post(f'{API}contract-schema/', {'name': 'Sized', 'size': 3, 'state': 'a', 'site': run.ids['site:north']})
    run.record(s, 'preview_unchanged', run.call('POST', f'{API}schema/preview/', SCHEMA_DOCUMENT))
    changed = changed_document()
    run.record(s, 'preview_changed', run.call('POST', f'{API}schema/preview/', changed))
    run.record(s, 'apply_destructive_refused', run.call('POST', f'{API}schema/apply/', {'schema': changed}))
    run.record(
        s, 'apply_changed', run.call('POST', f'{API}schema/apply/', {'schema': changed, 'allow_destructive': True})
    )
    run.record(s, 'objects_after', run.call('GET', f'{API}contract-schema/'))
    bad = {
        'schema_version': '1',
        'types': [
            {'name': SCHEMA_TYPE, 'slug': 'contract-schema', 'fields': [{'id': 1, 'name': 'name', 'type': 'nonsense'}]}
        ],
    }
    run.record(s, 'preview_invalid', run.call('POST', f'{API}schema/preview/', bad))
    run.record(s, 'apply_missing_schema', run.call('POST', f'{API}schema/apply/', {'allow_destructive': True}))


# -------------------------------------------------------------------------------------------------------- linked
def scenario_linked(run):
    s = 'linked'
    for name in ('north', 'south'):
        response = run.call('GET', f'{API}linked-objects/?object_type=dcim.site&object_id={run.ids[f"site:{name}"]}')
        data = response.json()
        if response.status == 200:
            data['results'].sort(
                key=lambda r: (r['custom_object_type']['name'], r['field_name'], r['object'].get('display', ''))
            )
        run.record(s, f'site_{name}', data, status=response.status)
    response = run.call(
        'GET', f'{API}linked-objects/?object_type=netbox_custom_objects.{PART}&object_id={run.ids["part"]}'
    )
    run.record(s, 'part_by_slug', response.json(), status=response.status)
    response = run.call(
        'GET',
        f'{API}linked-objects/?object_type=netbox_custom_objects.table'
        f'{run.ids["type:part"]}model&object_id={run.ids["part"]}',
    )
    run.record(s, 'part', response.json(), status=response.status)
    run.record(s, 'missing', run.call('GET', f'{API}linked-objects/?object_type=dcim.site&object_id=999999999'))


def scenario_config_context(run):
    s = 'config_context'
    cot = run.post(
        f'{API}custom-object-types/', {'name': 'contract_ctx', 'slug': 'contract-ctx', 'config_context_enabled': True}
    )
    run.record(s, 'type_flag', {'config_context_enabled': cot['config_context_enabled']})
    for body in ({'name': 'name', 'type': 'text', 'primary': True}, {'name': 'coords', 'type': 'coordinates'}):
        run.record(
            s,
            f'field_create:{body["name"]}',
            run.call('POST', f'{API}custom-object-type-fields/', {'custom_object_type': cot['id'], **body}),
        )
    run.post(
        '/api/extras/config-contexts/',
        {'name': 'contract-cc', 'weight': 1000, 'data': {'contract': {'ntp': '10.0.0.1', 'local': False}}},
    )
    objects = f'{API}contract-ctx/'
    response = run.call(
        'POST',
        objects,
        {
            'name': 'Ctx one',
            'coords_latitude': 1.5,
            'coords_longitude': -2.25,
            'local_context_data': {'contract': {'local': True}},
        },
    )
    run.record(s, 'create', response)
    if response.status == 201:
        run.record(s, 'detail', run.call('GET', f'{objects}{response.json()["id"]}/'))
    run.record(s, 'filter_latitude', run.call('GET', f'{objects}?coords_latitude=1.5&brief=1'))
    run.record(
        s, 'graphql', graphql(run, '{ custom_objects_contract_ctx_list { name local_context_data config_context } }')
    )


SCENARIOS = [
    scenario_definitions,
    scenario_objects,
    scenario_filters,
    scenario_graphql,
    scenario_templates,
    scenario_webhook,
    scenario_schema,
    scenario_linked,
    scenario_config_context,
]


def run_all(run, only=None, keep_going=False):
    """Run the scenarios; with `keep_going`, one that fails is noted in `run.errors` and the next ones run."""
    cleanup(run)
    prerequisites(run)
    for scenario in SCENARIOS:
        name = scenario.__name__.removeprefix('scenario_')
        if only is None or name in only or name in ('definitions', 'objects'):
            try:
                scenario(run)
            except Exception as error:
                if not keep_going:
                    raise
                run.errors[name] = f'{type(error).__name__}: {error}'
    return run.recorded


def write(recorded, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for scenario, entries in recorded.items():
        (out / f'{scenario}.json').write_text(json.dumps(entries, indent=1, sort_keys=True) + '\n')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--url', required=True, help='the NetBox base URL, e.g. http://127.0.0.1:8071')
    parser.add_argument('--token', required=True, help='an API token of a superuser (v2: nbt_<key>.<secret>)')
    parser.add_argument('--out', required=True, help='the folder to write <scenario>.json into')
    parser.add_argument('--only', nargs='*', help='scenarios to run (definitions and objects always run)')
    args = parser.parse_args(argv)
    run = Run(Client(args.url, args.token))
    recorded = run_all(run, args.only, keep_going=True)
    write(recorded, args.out)
    print(f'{sum(len(v) for v in recorded.values())} responses in {len(recorded)} scenarios written to {args.out}')
    for scenario, error in run.errors.items():
        print(f'scenario {scenario} stopped: {error[:2000]}', file=sys.stderr)
    return 1 if run.errors else 0


if __name__ == '__main__':
    sys.exit(main())
