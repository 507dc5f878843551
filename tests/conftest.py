"""pytest set-up: the tests run against the database named by NCO_DB_NAME, which `make test` has just made as a
copy of the migrated template (see dev/dbtool.py), so pytest-django must not create one of its own."""

import pytest


@pytest.fixture(scope='session')
def django_db_setup():
    """Use the prepared database as it is."""


@pytest.fixture(autouse=True)
def _sync_model_cache(django_db_blocker):
    """Generated classes follow the database: a test's rolled-back transaction takes its types with it, so the
    model cache drops their classes before and after every test (as another worker would at its next request)."""
    from netbox_custom_objects.dynamic_models import model_cache

    with django_db_blocker.unblock():
        model_cache.sync()
    yield
    with django_db_blocker.unblock():
        model_cache.sync()


@pytest.fixture(scope='session', autouse=True)
def _empty_job_queues():
    """Start with empty RQ queues: jobs an earlier run left in the tests' Redis database (a run stopped part way, or
    one of another checkout with other classes) would be picked up by the tests' workers and fail in them. Only the
    queues NetBox's RQ workers read are emptied, with their registries; the rest of the database is left alone."""
    import django_rq
    from django.conf import settings

    for name in settings.RQ_QUEUES:
        queue = django_rq.get_queue(name)
        queue.empty()
        for registry in (queue.failed_job_registry, queue.started_job_registry, queue.deferred_job_registry,
                         queue.scheduled_job_registry, queue.finished_job_registry):
            for job_id in registry.get_job_ids():
                registry.remove(job_id, delete_job=True)
