"""Test helpers for the REST API: NetBox's APIViewTestCases pointed at the plugin's URLs and at generated models."""

import json
import os
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import ObjectType
from users.models import ObjectPermission
from utilities.testing import APIViewTestCases

from netbox_custom_objects.constants import APP_LABEL

from ..base import CustomObjectsTestMixin
from .fixtures import create_inventory, make_items

__all__ = (
    'API_NAMESPACE',
    'APIViewTestCase',
    'CustomObjectAPITestMixin',
    'InventoryAPITestMixin',
    'PluginAPITestMixin',
    'grant',
)

API_NAMESPACE = f'plugins-api:{APP_LABEL}-api'
BASELINE_FILE = Path(__file__).with_name('query_counts.json')


def grant(user, model, actions, constraints=None):
    """Give `user` an ObjectPermission on `model` for `actions` (with optional constraints)."""
    permission = ObjectPermission.objects.create(name=f'{model._meta.model_name} {actions}', actions=list(actions),
                                                 constraints=constraints)
    permission.users.add(user)
    permission.object_types.add(ObjectType.objects.get_for_model(model))
    return permission


@contextmanager
def expected_query_count(test_case, name):
    """NetBox's query-count baseline, kept in this folder rather than in the plugin package (NetBox looks for
    `<app>/tests/query_counts.json`; our tests live outside the package). UPDATE_QUERY_COUNTS=1 records."""
    label = getattr(test_case, 'query_count_model_label', None) or test_case.model._meta.model_name
    key = f'{label}:{name}'
    baselines = json.loads(BASELINE_FILE.read_text()) if BASELINE_FILE.exists() else {}
    with CaptureQueriesContext(connection) as queries:
        yield
    if os.environ.get('UPDATE_QUERY_COUNTS'):
        baselines[key] = len(queries.captured_queries)
        BASELINE_FILE.write_text(json.dumps(baselines, indent=2, sort_keys=True) + '\n')
        return
    if key not in baselines:
        test_case.fail(f'No query-count baseline for {key}; run with UPDATE_QUERY_COUNTS=1 to record it.')
    test_case.assertEqual(len(queries.captured_queries), baselines[key], f'query count of {key} changed')


class PluginAPITestMixin(CustomObjectsTestMixin):
    """URLs of the plugin's namespace."""

    def _get_view_namespace(self):
        return API_NAMESPACE


class CustomObjectAPITestMixin(PluginAPITestMixin):
    """For generated models: `cot` is set by setUpTestData; `model` is looked up per test, because the model cache
    replaces classes when definitions change (and test rollbacks change them back)."""
    cot = None

    def setUp(self):
        super().setUp()
        self.model = self.cot.get_model()

    def _get_list_url(self):
        return reverse(f'{API_NAMESPACE}:customobject-list', kwargs={'custom_object_type': self.cot.slug})

    def _get_detail_url(self, instance):
        return reverse(f'{API_NAMESPACE}:customobject-detail',
                       kwargs={'custom_object_type': self.cot.slug, 'pk': instance.pk})


class InventoryAPITestMixin(CustomObjectAPITestMixin):
    """The inventory of fixtures.py as `inventory`, its item type as `cot`, and `item_count` items of it."""
    item_count = 3

    @classmethod
    def setUpTestData(cls):
        cls.inventory = create_inventory(cls)
        cls.cot = cls.inventory.cot
        make_items(cls.cot.get_model(), cls.inventory, cls.item_count)


class APIViewTestCase(
    APIViewTestCases.GetObjectViewTestCase,
    APIViewTestCases.ListObjectsViewTestCase,
    APIViewTestCases.CreateObjectViewTestCase,
    APIViewTestCases.UpdateObjectViewTestCase,
    APIViewTestCases.DeleteObjectViewTestCase,
):
    """NetBox's APIViewTestCase without its GraphQL part (GraphQL is tested with the GraphQL surface), with the
    query-count baseline of this folder."""

    def test_list_objects(self):
        with mock.patch('utilities.testing.api.assert_expected_query_count', expected_query_count):
            super().test_list_objects()

    # OPTIONS on a type's endpoints needs its view permission (the answer would tell that the slug exists); NetBox
    # answers it for its own models without one.

    def test_options_object(self):
        self.add_permissions(f'{self.model._meta.app_label}.view_{self.model._meta.model_name}')
        super().test_options_object()

    def test_options_objects(self):
        self.add_permissions(f'{self.model._meta.app_label}.view_{self.model._meta.model_name}')
        super().test_options_objects()
