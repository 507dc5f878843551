"""The model cache under a threaded server (security review finding 20): a class built inside one thread's open
transaction belongs to that transaction; another thread's checks neither drop it nor judge it by their own
connection."""

import threading

from django.apps.registry import Apps
from django.db import connection
from django.test import TestCase

from netbox_custom_objects.dynamic_models.cache import ModelCache

from ..base import CustomObjectsTestMixin


def in_another_thread(function):
    """Run `function` in a thread of its own (with its own database connection) and return its result."""
    result = {}

    def run():
        try:
            result['value'] = function()
        except Exception as e:  # noqa: BLE001 (handed back to the test)
            result['error'] = e
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if 'error' in result:
        raise result['error']
    return result.get('value')


class ProvisionalClassesPerThreadTest(CustomObjectsTestMixin, TestCase):

    def setUp(self):
        # Created in this test's transaction, which no other thread's connection can see.
        self.cot = self.create_custom_object_type(name='gizmo')
        self.cache = ModelCache(registry=Apps())
        self.model = self.cache.get_model_by_id(self.cot.pk)

    def test_another_threads_check_keeps_a_class_of_an_open_transaction(self):
        in_another_thread(self.cache.discard_rolled_back)
        with self.assertNumQueries(0):
            self.assertIs(self.cache.get_model_by_id(self.cot.pk), self.model)

    def test_another_threads_sync_keeps_a_class_of_an_open_transaction(self):
        in_another_thread(self.cache.sync)  # the type does not exist as that thread sees the database
        with self.assertNumQueries(0):
            self.assertIs(self.cache.get_model_by_id(self.cot.pk), self.model)
