"""Property-based (hypothesis): random field definitions, named from an adversarial set, and random schema changes on
a type with data, all over REST. Every answer is a success or a 400, never a 5xx; afterwards the type's objects are
readable, writable and deletable over REST, Django's system checks pass (`netbox check`), and the type deletes.

The adversarial names: the introspected attribute names of the model's bases, Python and SQL keywords, derived
attributes of the other fields (`<name>_id`, `_latitude`, `_content_type`, `_title`, default reverse accessors),
names at and past the length limits (50 characters; 63-byte tables and columns), and malformed ones.
"""

import itertools
import keyword
import re

from django.core import checks
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase as HypothesisTestCase
from rest_framework import status

from utilities.testing import APITestCase

from netbox_custom_objects.constants import APP_LABEL, model_name
from netbox_custom_objects.dynamic_models.reserved import reserved_attribute_names

from ..base import CustomObjectsTestMixin
from .base import API_NAMESPACE

SITE = {'app_label': 'dcim', 'model': 'site'}
# Field definitions (without name) a random change can add.
DEFINITIONS = (
    {'type': 'text'},
    {'type': 'integer'},
    {'type': 'url'},
    {'type': 'coordinates'},
    {'type': 'object', **SITE},
    {'type': 'multiobject', **SITE},
    {'type': 'object', 'is_polymorphic': True, 'related_object_types_input': [SITE]},
    {'type': 'multiobject', 'is_polymorphic': True, 'related_object_types_input': [SITE]},
    {'type': 'object', 'app_label': 'custom-objects', 'model': 'SELF'},  # a self-reference
)
SQL_WORDS = ('select', 'table', 'order', 'user', 'group', 'where', 'limit', 'offset', 'column', 'constraint')
ODD_NAMES = ('Bad', '_x', '1x', 'a__b', 'x_', '', 'a', 'x1_2', 'links_' + 'x' * 40, 'n' * 46, 'n' * 47, 'p' * 50,
             'p' * 51)
DERIVED_SUFFIXES = ('_id', '_latitude', '_longitude', '_content_type', '_content_type_id', '_object_id', '_title')
PLAIN_NAMES = ('f0', 'f1', 'f2')
CLASH = re.compile(r"for '([^']+)' clashes with .* for '([^']+)'")
STATUSES = {status.HTTP_200_OK, status.HTTP_201_CREATED, status.HTTP_204_NO_CONTENT, status.HTTP_400_BAD_REQUEST}


def adversarial_names():
    reserved = sorted(n for n in reserved_attribute_names() if n.isidentifier())
    derived = [f'{name}{suffix}' for name in PLAIN_NAMES for suffix in DERIVED_SUFFIXES]
    words = [w for w in keyword.kwlist if w.islower()] + list(SQL_WORDS)
    return st.one_of(
        st.sampled_from(PLAIN_NAMES), st.sampled_from(derived), st.sampled_from(reserved), st.sampled_from(words),
        st.sampled_from(ODD_NAMES),
    )


def changes():
    name = adversarial_names()
    return st.lists(st.one_of(
        st.tuples(st.just('add'), name, st.sampled_from(DEFINITIONS), name | st.just('')),
        st.tuples(st.just('rename'), st.integers(0, 5), name),
        st.tuples(st.just('retype'), st.integers(0, 5), st.sampled_from(('text', 'longtext', 'integer', 'url'))),
        st.tuples(st.just('delete'), st.integers(0, 5)),
        st.tuples(st.just('write'),),
    ), min_size=1, max_size=6)


def clashes_with_itself(message):
    """A reverse accessor said to clash with itself: two classes of one type met in NetBox's models' relation caches
    (a class replaced earlier in this process, e.g. by a rolled-back example), which a fresh `netbox check` never
    sees. Seen once in this test (fields.E305 on `tags`), not reproduced since."""
    match = CLASH.search(message.msg)
    return message.id in ('fields.E304', 'fields.E305') and match is not None and match[1] == match[2]


class RandomSchemaChangesTest(CustomObjectsTestMixin, APITestCase, HypothesisTestCase):
    """Each example runs in a transaction of its own, rolled back after it (hypothesis.extra.django)."""
    _types = itertools.count()

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()

    def request(self, method, url, data=None):
        response = getattr(self.client, method)(url, data, format='json', **self.header)
        self.assertIn(response.status_code, STATUSES, f'{method.upper()} {url} {data}: {response.data}')
        return response

    def fields_url(self, pk=None):
        if pk is None:
            return reverse(f'{API_NAMESPACE}:customobjecttypefield-list')
        return reverse(f'{API_NAMESPACE}:customobjecttypefield-detail', kwargs={'pk': pk})

    def objects_url(self, slug, pk=None):
        if pk is None:
            return reverse(f'{API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': slug})
        return reverse(f'{API_NAMESPACE}:customobject-detail', kwargs={'custom_object_type': slug, 'pk': pk})

    def apply(self, type_id, slug, fields, change):
        kind, *args = change
        if kind == 'add':
            name, definition, related_name = args
            data = {'custom_object_type': type_id, 'name': name, **definition}
            if data.get('model') == 'SELF':
                data['model'] = slug
            if related_name and data['type'] in ('object', 'multiobject') and not data.get('is_polymorphic'):
                data['related_name'] = related_name
            response = self.request('post', self.fields_url(), data)
            if response.status_code == status.HTTP_201_CREATED:
                fields.append(response.data['id'])
        elif kind == 'write':
            self.request('post', self.objects_url(slug), {})
        elif fields:
            pk = fields[args[0] % len(fields)]
            if kind == 'rename':
                self.request('patch', self.fields_url(pk), {'name': args[1]})
            elif kind == 'retype':
                self.request('patch', self.fields_url(pk), {'type': args[1]})
            elif self.request('delete', self.fields_url(pk)).status_code == status.HTTP_204_NO_CONTENT:
                fields.remove(pk)

    def assertTypeUsable(self, slug):
        listed = self.request('get', self.objects_url(slug))
        self.assertEqual(listed.status_code, status.HTTP_200_OK)
        created = self.request('post', self.objects_url(slug), {})
        self.assertEqual(created.status_code, status.HTTP_201_CREATED)
        url = self.objects_url(slug, created.data['id'])
        self.assertEqual(self.request('get', url).status_code, status.HTTP_200_OK)
        self.assertEqual(self.request('patch', url, {}).status_code, status.HTTP_200_OK)
        self.assertEqual(self.request('delete', url).status_code, status.HTTP_204_NO_CONTENT)
        self.assertEqual(self.request('get', self.objects_url(slug)).status_code, status.HTTP_200_OK)

    @settings(max_examples=8, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(changes())
    def test_random_changes_leave_the_type_usable(self, changes):
        number = next(self._types)
        slug = f'random-{number}'
        created = self.request('post', reverse(f'{API_NAMESPACE}:customobjecttype-list'),
                               {'name': f'random_{number}', 'slug': slug})
        type_id = created.data['id']
        self.request('post', self.objects_url(slug), {})  # data before the changes
        fields = []
        for change in changes:
            self.apply(type_id, slug, fields, change)
        self.assertTypeUsable(slug)
        errors = [m for m in checks.run_checks() if m.is_serious() and APP_LABEL in str(m.obj)
                  and not clashes_with_itself(m)]
        self.assertEqual(errors, [], f'{model_name(type_id)}: {errors}')
        deleted = self.request('delete', reverse(f'{API_NAMESPACE}:customobjecttype-detail', kwargs={'pk': type_id}))
        self.assertEqual(deleted.status_code, status.HTTP_204_NO_CONTENT)
