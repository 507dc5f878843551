"""The recorded upstream contract, replayed: dev/contract.py's scenarios run against this plugin through Django's test
client, and every response compared with what upstream 0.7.1 answered (tests/contract/recordings/, recorded by
the same script against a live upstream server: docs/development.md says how).

The same keys, the same JSON types and the same values are expected, after the script's normalization (ids,
timestamps and addresses masked). Where this plugin differs on purpose (docs/upstream.md), the difference is listed
in ALLOWED with its reason; a gap not yet closed is an entry in KNOWN_GAPS, whose test is expected to fail (strict:
it turns red when the gap closes, so the entry is removed). Anything else that differs fails.

NCO_CONTRACT_DUMP=<folder> writes this plugin's responses there, in the recordings' format.

Webhooks: no RQ worker runs in the tests, so the jobs the event rule queued are run in this process (the same
`extras.webhooks.send_webhook` a worker runs), and they POST to the script's local receiver like upstream's did.
"""

import importlib.util
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.db import transaction
from django.test import TestCase
from django_rq import get_queue
from rest_framework.test import APIClient

from extras.models import EventRule
from users.constants import TOKEN_PREFIX
from users.models import Token, User

# One replay of every scenario (a few types, their tables, ~90 requests): tens of seconds
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = Path(__file__).with_name('recordings')


def load_contract():
    spec = importlib.util.spec_from_file_location('nco_contract', ROOT / 'dev' / 'contract.py')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contract = load_contract()


# ------------------------------------------------------------------------------------------- what may differ
@dataclass(frozen=True)
class Allowed:
    """Differences in `scenario` at a place matching `where` (a regex over '<entry>:<path>', matched in full) are
    expected, for `reason`. `added`: only where upstream has no such key (a key ours adds)."""

    scenario: str
    where: str
    reason: str
    added: bool = False

    def covers(self, scenario, where, upstream):
        return (
            scenario == self.scenario
            and re.fullmatch(self.where, where) is not None
            and (not self.added or upstream == MISSING)
        )


MISSING = '<missing>'

ADDITION_DISPLAY = 'docs/upstream.md, Additions: `display`, `created` and `last_updated` on definitions'
ADDITION_POLYMORPHIC = (
    "docs/upstream.md, Additions: a polymorphic value carries the target's brief fields (url, name, ...) beside "
    "upstream's `_content_type`, `id` and `display`"
)
ADDITION_PLAN = (
    'docs/upstream.md, Additions: schema plan entries also carry `name`, `type`, `is_rename`, `is_type_change`, '
    '`is_destructive`, `is_delete` and an always-present `changed_attrs`'
)
POLYMORPHIC_KEYS = r'(url|name|slug|description)'
MESSAGE_TEXT = 'the wording of an error message (its key, the error code and the status are the same)'

# Deliberate differences, additions and documented gaps (docs/upstream.md); anything else that differs fails.
ALLOWED = [
    # definitions
    Allowed('definitions', r'(type_create|type_detail|type_brief):data\.display', ADDITION_DISPLAY, added=True),
    Allowed(
        'definitions',
        r'(type_create|type_detail):data\.custom_fields',
        'docs/upstream.md, Additions: types carry `custom_fields` (NetBox custom fields on definitions)',
        added=True,
    ),
    Allowed('definitions', r'type_list_brief:data\.results\.\d+\.display', ADDITION_DISPLAY, added=True),
    Allowed(
        'definitions',
        r'(field_create:\w+|field_detail|field_brief|field_patch_label):data\.(display|created|last_updated)',
        ADDITION_DISPLAY,
        added=True,
    ),
    Allowed(
        'definitions', r'type_detail:data\.fields\.\d+\.(display|created|last_updated)', ADDITION_DISPLAY, added=True
    ),
    Allowed(
        'definitions',
        r'(type_create|type_detail):data\.schema_document',
        'docs/upstream.md, Deliberate differences: `schema_document` has no `base_columns` key (null until a '
        'document is applied); upstream\'s holds {"base_columns": [...]} from the type\'s creation',
    ),
    Allowed(
        'definitions',
        r'(field_create:thing_f:data|type_detail:data\.fields\.13)\.on_delete_behavior',
        'docs/upstream.md, Not there yet: polymorphic object fields read `on_delete_behavior: null` (upstream: '
        '"set_null")',
    ),
    Allowed('config_context', r'field_create:\w+:data\.(display|created|last_updated)', ADDITION_DISPLAY, added=True),
    # objects, linked objects
    Allowed(
        'objects',
        rf'\w+:data(\.results\.\d+)?\.things?_f(\.\d+)?\.{POLYMORPHIC_KEYS}',
        ADDITION_POLYMORPHIC,
        added=True,
    ),
    Allowed(
        'objects',
        r'patch_read_representation:data\.(select_f|multiselect_f|thing_f|things_f)(\..*)?',
        'docs/upstream.md, Deliberate differences: writes accept the read representation of select and multiselect '
        '(`{"value", "label"}`) and polymorphic values (`{"_content_type", "id", ...}`), so pynetbox\'s save() of a '
        'record read from the API round-trips; upstream refuses them (nested objects are refused by both, as NetBox '
        'does)',
    ),
    Allowed(
        'linked',
        rf'\w+:data\.results\.\d+\.object\.things?_f(\.\d+)?\.{POLYMORPHIC_KEYS}',
        ADDITION_POLYMORPHIC,
        added=True,
    ),
    Allowed('linked', r'\w+:data\.results\.\d+\.custom_object_type\.display', ADDITION_DISPLAY, added=True),
    Allowed(
        'webhook',
        rf'\w+:data\.body\.data\.things?_f(\.\d+)?\.{POLYMORPHIC_KEYS}',
        ADDITION_POLYMORPHIC,
        added=True,
    ),
    Allowed(
        'webhook',
        r'\w+:data\.body\.snapshots\.(prechange|postchange)\.__nco_poly_m2m_fields__',
        "docs/upstream.md, Deliberate differences: upstream's change-log snapshots carry its own bookkeeping key "
        '`__nco_poly_m2m_fields__` (names and ids of the polymorphic fields); ours carry the values under the '
        "fields' own keys only, as upstream's do too",
    ),
    Allowed(
        'webhook',
        r'\w+:data\.body\.snapshots\.(prechange|postchange)\.decimal_f',
        'docs/upstream.md, Deliberate differences: `decimal` is numeric(16,4) ("12.5000" in change-log snapshots), '
        'upstream numeric(8,2) ("12.50")',
    ),
    # GraphQL
    Allowed(
        'graphql',
        r'introspection:data\.data\.__type\.fields\.integer_f\.name',
        'docs/upstream.md, Deliberate differences: GraphQL integers are `BigInt` (bigint columns), upstream `Int`',
    ),
    Allowed(
        'graphql',
        r'object:data\.data\.custom_objects_contract_widget\.decimal_f',
        'docs/upstream.md, Deliberate differences: `decimal` is numeric(16,4) (GraphQL "12.5000"), upstream '
        'numeric(8,2) ("12.50")',
    ),
    # portable schema
    Allowed(
        'schema',
        r'(preview|apply)_\w+:data\.diffs\.\d+\.field_changes\.\d+\.'
        r'(name|type|is_rename|is_type_change|is_destructive|changed_attrs)',
        ADDITION_PLAN,
        added=True,
    ),
    Allowed('schema', r'(preview|apply)_\w+:data\.diffs\.\d+\.is_delete', ADDITION_PLAN, added=True),
    # The wording of error messages (human text: the keys, error codes and statuses are compared)
    Allowed('schema', r'apply_destructive_refused:data\.detail', MESSAGE_TEXT),
    Allowed('schema', r'apply_missing_schema:data\.schema', MESSAGE_TEXT),
    Allowed(
        'schema',
        r'preview_invalid:data\.schema_errors\.\d+\.message',
        MESSAGE_TEXT + "; ours names the field's offending key and says what is wrong with it",
    ),
    Allowed('linked', r'missing:data\.detail', MESSAGE_TEXT),
    Allowed('linked', r'part_by_slug:data\.0', MESSAGE_TEXT),
]

# Gaps that are not deliberate: the entry's test is expected to fail (strict) until they are closed.
KNOWN_GAPS = {}


# ------------------------------------------------------------------------------------------------- comparing


def differences(upstream, ours, path=''):
    """(path, upstream value, our value) for every place the two JSON values differ."""
    if isinstance(upstream, dict) and isinstance(ours, dict):
        for key in sorted(upstream.keys() | ours.keys()):
            yield from differences(upstream.get(key, MISSING), ours.get(key, MISSING), f'{path}.{key}')
    elif isinstance(upstream, list) and isinstance(ours, list):
        if len(upstream) != len(ours):
            yield f'{path}.length', len(upstream), len(ours)
        for index, (a, b) in enumerate(zip(upstream, ours)):
            yield from differences(a, b, f'{path}.{index}')
    elif type(upstream) is not type(ours) or upstream != ours:
        yield path, upstream, ours


def unexplained(scenario, entry, upstream, ours):
    return [
        (where, a, b)
        for where, a, b in ((f'{entry}:{path.lstrip(".")}', a, b) for path, a, b in differences(upstream, ours))
        if not any(allowed.covers(scenario, where, a) for allowed in ALLOWED)
    ]


# --------------------------------------------------------------------------------------------------- replaying
class ReplayClient:
    """dev/contract.py's client interface over Django's test client; each request's on-commit callbacks run (as
    when the request's transaction commits), so events are queued as in a server."""

    def __init__(self, header):
        self.api, self.header = APIClient(), header
        self.after_commit_errors = []

    def request(self, method, path, body=None, headers=None):
        extra = dict(self.header)
        for name, value in (headers or {}).items():
            extra[f'HTTP_{name.upper().replace("-", "_")}'] = value
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                response = self.api.generic(
                    method, path, json.dumps(body) if body is not None else '', content_type='application/json', **extra
                )
        except Exception as error:  # raised by an on-commit callback: in a server, a 500 after the commit
            self.after_commit_errors.append(f'{method} {path}: {type(error).__name__}: {error}')
        content = b''.join(response.streaming_content) if response.streaming else response.content
        return contract.Response(response.status_code, content.decode(), response.get('Content-Type', ''))


def deliver():
    """Run the webhook jobs queued for the script's event rule, as the RQ worker would."""
    queue = get_queue('default')
    for job in queue.get_jobs():
        if job.func_name != 'extras.webhooks.send_webhook' or job.kwargs['event_rule'].name != 'contract-rule':
            continue
        if EventRule.objects.filter(pk=job.kwargs['event_rule'].pk, name='contract-rule').exists():
            job.func(*job.args, **job.kwargs)
        job.delete()


class Rollback(Exception):
    pass


@pytest.fixture(scope='module')
def replayed(django_db_blocker):
    """The scenarios' normalized responses from this plugin (everything they made is rolled back)."""
    from netbox_custom_objects.dynamic_models import model_cache

    run = None
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                user = User.objects.create_user(username='admin', is_superuser=True)
                token = Token.objects.create(user=user)
                client = ReplayClient({'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'})
                run = contract.Run(client, deliver=deliver, webhook_timeout=2)
                contract.run_all(run, keep_going=True)
                run.after_commit_errors = client.after_commit_errors
                raise Rollback
        except Rollback:
            pass
        finally:
            model_cache.sync()
    if run is not None and os.environ.get('NCO_CONTRACT_DUMP'):  # ours, to compare by eye: a folder name
        contract.write(run.recorded, os.environ['NCO_CONTRACT_DUMP'])
    return run


def recorded_entries():
    for file in sorted(RECORDINGS.glob('*.json')):
        for entry in json.loads(file.read_text()):
            marks = ()
            if reason := KNOWN_GAPS.get((file.stem, entry)):
                marks = (pytest.mark.xfail(strict=True, reason=reason),)
            yield pytest.param(file.stem, entry, marks=marks, id=f'{file.stem}:{entry}')


@pytest.mark.parametrize(('scenario', 'entry'), list(recorded_entries()))
def test_matches_upstream(replayed, scenario, entry):
    upstream = json.loads((RECORDINGS / f'{scenario}.json').read_text())[entry]
    ours = replayed.recorded.get(scenario, {}).get(entry, MISSING)
    found = unexplained(scenario, entry, upstream, ours)
    assert not found, '\n'.join(f'{where}: upstream {a!r}, ours {b!r}' for where, a, b in found)


def test_every_scenario_runs(replayed):
    """No scenario stops on an error, and no write fails after its commit (an on-commit callback raising)."""
    assert (replayed.errors, replayed.after_commit_errors) == ({}, [])


def test_every_scenario_recorded(replayed):
    """A scenario or response added to the script is recorded from upstream too (re-record: docs/development.md)."""
    recorded = {file.stem: set(json.loads(file.read_text())) for file in RECORDINGS.glob('*.json')}
    assert {scenario: set(entries) for scenario, entries in replayed.recorded.items()} == recorded


def test_allow_list_is_used(replayed):
    """Every allowed difference still occurs (a stale entry would hide a regression)."""
    used = set()
    for file in RECORDINGS.glob('*.json'):
        for entry, upstream in json.loads(file.read_text()).items():
            ours = replayed.recorded.get(file.stem, {}).get(entry, MISSING)
            for path, theirs, _ours in differences(upstream, ours):
                where = f'{entry}:{path.lstrip(".")}'
                used.update(allowed for allowed in ALLOWED if allowed.covers(file.stem, where, theirs))
    # (an allowance in a scenario with a known gap may go unused until the gap is closed)
    unverifiable = {scenario for scenario, _entry in KNOWN_GAPS}
    assert [a for a in ALLOWED if a not in used and a.scenario not in unverifiable] == []
