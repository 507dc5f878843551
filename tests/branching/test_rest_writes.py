"""REST writes in a branch (issue 15, item 2), as users make them: `X-NetBox-Branch` on the plugin's object
endpoints, single and bulk (list POST, PATCH, DELETE), with a value for every field type, links included (object,
multiobject and polymorphic, to NetBox models and to custom objects). For a type that exists only in the branch, for
a main type the branch changed (fields added, renamed, deleted), and for a main type that main changed after the
branch was made (written in the branch before and after a sync). Each scenario merges afterwards; main then has
the objects as the branch left them."""

import datetime
import decimal

from django.test import Client

from dcim.models import Site
from tenancy.models import Tenant
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, schema_tables

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

    def define_fields(self, cot, part_type, names=None):
        """Fields of every type on `cot` (all of FIELDS, or those named), relations to sites, tenants and objects of
        `part_type`."""
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
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name=name,
                                                 type=field_type, **options)

    def values(self, n, parts, names=None):
        """A write payload for object number `n` with a value in every field (those `names` if given)."""
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
            keys = {key for key in data if any(key == name or key.startswith(f'{name}_') for name in names)}
            data = {key: value for key, value in data.items() if key in keys}
        return data

    def assertShows(self, shown, written):
        """The API representation `shown` has the values `written`."""
        for key, value in written.items():
            got = shown[key]
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

    def assertStored(self, cot, pk, written, branch=None):
        """The object `pk` of `cot`, read over REST (in `branch`), has the values `written`."""
        self.assertShows(self.api('get', f'{cot.slug}/{pk}/', branch), written)

    def exercise(self, cot, branch, parts, names=None):
        """Every write of the object endpoint of `cot` in `branch`: single create, update and delete, bulk create,
        update and delete. Returns {pk: values written last} of the objects left."""
        path = f'{cot.slug}/'
        kept = {}
        created = self.api('post', path, branch, self.values(1, parts, names), status=201)
        self.assertShows(created, self.values(1, parts, names))
        doomed = self.api('post', path, branch, self.values(2, parts, names), status=201)
        changed = self.values(4, parts, names)
        self.assertShows(self.api('patch', f'{path}{created["id"]}/', branch, changed), changed)
        kept[created['id']] = changed
        self.api('delete', f'{path}{doomed["id"]}/', branch, status=204)
        self.api('get', f'{path}{doomed["id"]}/', branch, status=404)

        batch = self.api('post', path, branch, [self.values(n, parts, names) for n in (5, 6, 7)], status=201)
        for row, n in zip(batch, (5, 6, 7), strict=True):
            self.assertShows(row, self.values(n, parts, names))
        updates = [{'id': row['id'], **self.values(n, parts, names)} for row, n in zip(batch, (8, 9, 10),
                                                                                          strict=True)]
        for row, update in zip(self.api('patch', path, branch, updates), updates, strict=True):
            self.assertShows(row, update)
        self.api('delete', path, branch, [{'id': batch[0]['id']}], status=204)
        for update in updates[1:]:
            kept[update['id']] = {key: value for key, value in update.items() if key != 'id'}
        for pk, values in kept.items():
            self.assertStored(cot, pk, values, branch)
        listed = self.api('get', f'{path}?limit=0', branch)['results']
        self.assertEqual(sorted(row['id'] for row in listed), sorted(kept))
        return kept


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
        for pk, values in kept.items():
            self.assertStored(cot, pk, values)
