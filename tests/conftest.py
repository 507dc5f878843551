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
