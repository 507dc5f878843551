"""REST writes in a branch (issue 15, item 2), as users make them: `X-NetBox-Branch` on the plugin's object
endpoints, single and bulk (list POST, PATCH, DELETE), with a value for every field type, links included (object,
multiobject and polymorphic, to NetBox models and to custom objects). For a type that exists only in the branch, for
a main type the branch changed (fields added, renamed, deleted), and for a main type that main changed after the
branch was made (written in the branch before and after a sync). Each scenario merges afterwards; main then has
the objects as the branch left them. And acceptance matrix B5 (validation-probing-main): an object of a branch-only
type edited through the REST API in the branch is validated against the branch's tables, not main's."""

import datetime
import decimal

from django.test import Client

from dcim.models import Site
from tenancy.models import Tenant
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import BranchingTestCase, change_field, current_model, edit, schema_tables
from .strategies import both_strategies

# name, type, options (relation targets are filled in by the test: see BranchRestWritesTest.field_options)
FIELDS = (
    ('name', 'text', {'primary': True, 'required': True}),
    ('notes', 'longtext', {}),
    ('count', 'integer', {}),
    ('price', 'decimal', {}),
    ('active', 'boolean', {}),
    ('bought', 'date', {}),
    ('seen', 'datetime', {}),
    ('homepage', 'url', {}),
    ('extra', 'json', {}),
    ('status', 'select', {}),
    ('labels', 'multiselect', {}),
    ('location', 'coordinates', {}),
    ('site', 'object', {}),
    ('sites', 'multiobject', {}),
    ('part', 'object', {}),
    ('parts', 'multiobject', {}),
    ('thing', 'object', {'is_polymorphic': True}),
    ('things', 'multiobject', {'is_polymorphic': True}),
)


class RestWritesMixin:
    """The REST client, the values written for each field, and the checks of what the API then shows."""

    def setUp(self):
        super().setUp()
        token = Token.objects.create(user=self.user)
        self.auth = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}
        self.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(3)]
        self.tenant = Tenant.objects.create(name='Tenant', slug='tenant')
        self.choice_set = self.create_choice_set()

    def api(self, method, path, branch=None, data=None, status=200):
        headers = dict(self.auth)
        if branch is not None:
            headers['HTTP_X_NETBOX_BRANCH'] = branch.schema_id
        if data is not None:
            headers.update(data=data, content_type='application/json')
        response = getattr(Client(), method)(f'/api/plugins/custom-objects/{path}', **headers)
        self.assertEqual(response.status_code, status, f'{method.upper()} {path}: {response.content[:3000]}')
        return response.json() if response.content else None

    def define_fields(self, cot, part_type, names=None, rename=None):
        """Fields of every type on `cot` (all of FIELDS, or those named; `rename`: {name in FIELDS: name to give}),
        relations to sites, tenants and objects of `part_type`."""
        site_type, tenant_type = self.object_type_of('dcim', 'site'), self.object_type_of('tenancy', 'tenant')
        part_object_type = CustomObjectType.objects.get(pk=part_type.pk).object_type
        for name, field_type, options in FIELDS:
            if names is not None and name not in names:
                continue
            options = dict(options)
            if field_type in ('select', 'multiselect'):
                options['choice_set'] = self.choice_set
            elif options.get('is_polymorphic'):
                options['related_object_types'] = [site_type, tenant_type]
            elif name in ('site', 'sites'):
                options['related_object_type'] = site_type
            elif name in ('part', 'parts'):
                options['related_object_type'] = part_object_type
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk),
                                                 name=(rename or {}).get(name, name), type=field_type, **options)

    def values(self, n, parts, names=None):
        """The values written to object number `n`: one in every field (in those `names` if given), under the
        names of FIELDS (see api_keys() for a type whose fields are named otherwise)."""
        s0, s1, s2 = (site.pk for site in self.sites)
        data = {
            'name': f'Item {n}', 'notes': f'**note {n}**', 'count': n, 'price': f'{n}.25', 'active': n % 2 == 0,
            'bought': f'2024-01-{n + 1:02d}', 'seen': f'2024-01-02T03:04:{n:02d}Z',
            'homepage': f'https://example.com/{n}', 'homepage_title': f'Page {n}', 'extra': {'n': n, 'l': [1, n]},
            'status': 'ab'[n % 2], 'labels': ['a', 'c'][: 1 + n % 2], 'location_latitude': 45.5 + n,
            'location_longitude': -73.25, 'site': [s0, s1, s2][n % 3], 'sites': sorted({s0, [s1, s2][n % 2]}),
            'part': parts[n % len(parts)], 'parts': sorted(set(parts[: 1 + n % len(parts)])),
            'thing': {'app_label': 'dcim', 'model': 'site', 'object_id': s2} if n % 2 else
                     {'app_label': 'tenancy', 'model': 'tenant', 'object_id': self.tenant.pk},
            'things': [{'app_label': 'dcim', 'model': 'site', 'object_id': s0},
                       {'app_label': 'tenancy', 'model': 'tenant', 'object_id': self.tenant.pk}][: 1 + n % 2],
        }
        if names is not None:
            data = {key: value for key, value in data.items() if _field_of(key, names) is not None}
        return data

    @staticmethod
    def api_keys(values, aliases=None):
        """`values` under the API keys of a type whose fields are named `aliases` ({name in FIELDS: its name})."""
        aliases = aliases or {}
        renamed = {}
        for key, value in values.items():
            field = _field_of(key, aliases)
            renamed[key if field is None else aliases[field] + key[len(field):]] = value
        return renamed

    def assertShows(self, shown, written, aliases=None):
        """The API representation `shown` has the values `written` (see values(); `aliases`: see api_keys())."""
        shown_keys = {key: shown_key for shown_key, key in self.api_keys({k: k for k in written}, aliases).items()}
        for key, value in written.items():
            got = shown[shown_keys[key]]
            if key in ('site', 'part'):
                got = got and got['id']
            elif key in ('sites', 'parts'):
                got = sorted(item['id'] for item in got)
            elif key == 'thing':
                got, value = (got['_content_type'], got['id']), (f'{value["app_label"]}.{value["model"]}',
                                                               value['object_id'])
            elif key == 'things':
                got = sorted((item['_content_type'], item['id']) for item in got)
                value = sorted((f'{v["app_label"]}.{v["model"]}', v['object_id']) for v in value)
            elif key in ('status',):
                got = got and got['value']
            elif key == 'labels':
                got = [item['value'] for item in got]
            elif key == 'price':
                got, value = decimal.Decimal(str(got)), decimal.Decimal(value)
            elif key == 'seen':
                got, value = (datetime.datetime.fromisoformat(v.replace('Z', '+00:00')) for v in (got, value))
            self.assertEqual(got, value, key)

    def assertStored(self, cot, kept, branch=None, aliases=None):
        """Each object of `kept` ({pk: values}) of `cot`, read over REST (in `branch`), has its values."""
        for pk, values in kept.items():
            self.assertShows(self.api('get', f'{cot.slug}/{pk}/', branch), values, aliases)

    def exercise(self, cot, branch, parts, names=None, aliases=None, existing=()):
        """Every write of the object endpoint of `cot` in `branch`: single create, update and delete, bulk create,
        update and delete; `existing` (pks of three objects made before) are updated (single, bulk) and deleted
        (bulk). Returns {pk: values written last} of the objects written and left."""
        path = f'{cot.slug}/'

        def write(method, url, payload, status=200):
            if isinstance(payload, list):
                payload = [self.api_keys(values, aliases) for values in payload]
            elif payload is not None:
                payload = self.api_keys(payload, aliases)
            return self.api(method, url, branch, payload, status=status)

        kept = {}
        created = write('post', path, self.values(1, parts, names), status=201)
        self.assertShows(created, self.values(1, parts, names), aliases)
        doomed = write('post', path, self.values(2, parts, names), status=201)
        kept[created['id']] = changed = self.values(4, parts, names)
        self.assertShows(write('patch', f'{path}{created["id"]}/', changed), changed, aliases)
        write('delete', f'{path}{doomed["id"]}/', None, status=204)
        self.api('get', f'{path}{doomed["id"]}/', branch, status=404)

        batch = write('post', path, [self.values(n, parts, names) for n in (5, 6, 7)], status=201)
        for row, n in zip(batch, (5, 6, 7), strict=True):
            self.assertShows(row, self.values(n, parts, names), aliases)
        ids = [row['id'] for row in batch[1:]] + list(existing[:2])
        updates = {pk: self.values(n, parts, names) for pk, n in zip(ids, range(8, 8 + len(ids)), strict=True)}
        rows = write('patch', path, [{'id': pk, **values} for pk, values in updates.items()])
        for row in rows:
            self.assertShows(row, updates[row['id']], aliases)
        if existing:
            kept[existing[0]] = updates[existing[0]] = changed = self.values(12, parts, names)
            self.assertShows(write('patch', f'{path}{existing[0]}/', changed), changed, aliases)
        write('delete', path, [{'id': batch[0]['id']}, *({'id': pk} for pk in existing[2:])], status=204)
        kept.update(updates)
        self.assertStored(cot, kept, branch, aliases)
        listed = {row['id'] for row in self.api('get', f'{path}?limit=0', branch)['results']}
        self.assertLessEqual(set(kept), listed)
        self.assertFalse({doomed['id'], batch[0]['id'], *existing[2:]} & listed)
        return kept


def _field_of(key, names):
    """The name among `names` whose value `key` is (`key` itself, or a derived key such as `<name>_title`)."""
    for name in names:
        if key == name or key.startswith(f'{name}_'):
            return name
    return None


class BranchOnlyTypeRestWritesTest(RestWritesMixin, BranchingTestCase):
    """A type created in the branch, with a field of every type (links to sites, tenants and objects of another
    branch-only type): every REST write in the branch; main has no table; the merge brings the objects to main."""

    def test_rest_writes(self):
        branch = self.provision()
        with self.tracked(branch):
            part_type = self.create_custom_object_type(name='part', slug='parts')
            self.create_custom_object_type_field(part_type, name='code', primary=True)
            parts = [current_model(part_type).objects.create(code=f'p{i}').pk for i in range(2)]
            cot = self.create_custom_object_type(name='gadget', slug='gadgets')
            self.define_fields(cot, part_type)
        kept = self.exercise(cot, branch, parts)
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        self.api('get', 'gadgets/', status=404)

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertStored(cot, kept)


class MainTypeRestWritesMixin(RestWritesMixin):

    def main_type(self, fields):
        """In main: the types `part` (two objects) and `gadget` with `fields` (names of FIELDS, or (name, name in
        FIELDS) for a field named otherwise, or (name, type) pairs of other types), and three gadgets."""
        part_type = self.create_custom_object_type(name='part', slug='parts')
        self.create_custom_object_type_field(part_type, name='code', primary=True)
        parts = [part_type.get_model().objects.create(code=f'p{i}').pk for i in range(2)]
        cot = self.create_custom_object_type(name='gadget', slug='gadgets')
        self.define_fields(cot, part_type, [name for name in fields if isinstance(name, str)])
        for name, kind in (field for field in fields if not isinstance(field, str)):
            if kind in dict((n, t) for n, t, _ in FIELDS):
                self.define_fields(cot, part_type, [kind], rename={kind: name})
            else:
                self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name=name, type=kind)
        model = current_model(cot)
        existing = [model.objects.create(name=f'Main {i}').pk for i in range(3)]
        return cot, part_type, parts, existing


class TypeChangedInBranchRestWritesTest(MainTypeRestWritesMixin, BranchingTestCase):
    """A main type (with objects) that the branch changed: fields renamed (a longtext and a multiobject field),
    deleted (an integer field) and added (scalar fields, a multiobject field to another type, a polymorphic
    multiobject field). Every REST write in the branch, under the branch's names; existing objects updated and
    deleted too. Main is untouched until the merge, which gives it the branch's objects."""

    ADDED = ('bought', 'homepage', 'labels', 'parts', 'things')

    @both_strategies
    def test_rest_writes_then_merge(self, strategy):
        cot, part_type, parts, existing = self.main_type([
            *(name for name, _, _ in FIELDS if name not in (*self.ADDED, 'notes', 'sites')),
            ('memo', 'notes'), ('site_list', 'sites'), ('dropped', 'integer'),
        ])
        main_rows = sorted(current_model(cot).objects.values_list('pk', 'name'))
        branch = self.provision(strategy)
        with self.tracked(branch):
            change_field(cot, 'memo', name='notes')
            change_field(cot, 'site_list', name='sites')
            field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='dropped')
            field.snapshot()
            field.delete()
            self.define_fields(cot, part_type, self.ADDED)
        kept = self.exercise(cot, branch, parts, existing=existing)
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', 'name')), main_rows)

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertStored(cot, kept)
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', flat=True)), sorted(kept))


class TypeChangedInMainRestWritesTest(MainTypeRestWritesMixin, BranchingTestCase):
    """A main type that main changed after the branch was made (a field renamed, one deleted, scalar, multiobject
    and polymorphic fields added). In the branch, before a sync: every REST write under the branch's definition
    (the old names, without main's new fields). After the sync: every REST write under main's definition. The
    merge gives main the objects of both rounds, values written under the old names in their renamed fields."""

    ADDED = ('bought', 'labels', 'parts', 'things')

    @both_strategies
    def test_rest_writes_sync_and_merge(self, strategy):
        cot, part_type, parts, existing = self.main_type([
            *(name for name, _, _ in FIELDS if name not in (*self.ADDED, 'notes')),
            ('memo', 'notes'), ('dropped', 'integer'),
        ])
        branch = self.provision(strategy)
        with self.tracked():
            change_field(cot, 'memo', name='notes')
            field = CustomObjectTypeField.objects.get(custom_object_type_id=cot.pk, name='dropped')
            field.snapshot()
            field.delete()
            self.define_fields(cot, part_type, self.ADDED)
            main_object = current_model(cot).objects.create(name='made in main', notes='main')

        before_sync = [name for name, _, _ in FIELDS if name not in self.ADDED]
        kept = self.exercise(cot, branch, parts, names=before_sync, aliases={'notes': 'memo'}, existing=existing)
        self.api('get', f'gadgets/{main_object.pk}/', branch, status=404)
        branch.refresh_from_db()
        branch.sync(user=self.user, commit=True)
        self.assertStored(cot, kept, branch)
        kept.update(self.exercise(cot, branch, parts))
        self.assertStored(cot, kept, branch)

        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertStored(cot, kept)
        self.assertEqual(sorted(current_model(cot).objects.values_list('pk', flat=True)),
                         sorted([*kept, main_object.pk]))


class ApiEditInBranchTest(BranchingTestCase):
    """B5 (validation-probing-main): a type created in a branch; an existing object edited through the REST API with the
    branch header (full_clean, serializer, netbox-branching's validation against main) and through full_clean() in a
    request context: saved in the branch, no `relation ... does not exist`."""

    def test_api_patch_in_branch(self):
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget', slug='gadgets')
            self.create_custom_object_type_field(cot, name='code')
            obj = current_model(cot).objects.create(code='g1')
        with self.tracked(branch):
            edit(current_model(cot), obj.pk, code='edited via full_clean')
        token = Token.objects.create(user=self.user)
        response = self.client.patch(
            f'/api/plugins/custom-objects/gadgets/{obj.pk}/', data={'code': 'edited via API'},
            content_type='application/json', HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}',
            HTTP_X_NETBOX_BRANCH=branch.schema_id,
        )
        self.assertEqual(response.status_code, 200, response.content[:2000])
        self.assertEqual(response.json()['code'], 'edited via API')
        with self.tracked(branch):
            self.assertEqual(current_model(cot).objects.get(pk=obj.pk).code, 'edited via API')
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))
        branch.refresh_from_db()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(current_model(cot).objects.get(pk=obj.pk).code, 'edited via API')
