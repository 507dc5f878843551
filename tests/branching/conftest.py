"""Every test of this package uses netbox-branching: marked `branching` (the suite's second pass, without the
plugin, leaves them out with -m 'not branching'). Without netbox-branching in the configuration the modules are not
even collected: some import its models, which Django refuses to load when the plugin is not installed."""

import pytest
from django.apps import apps


def pytest_ignore_collect(collection_path, config):
    if collection_path.suffix == '.py' and not apps.is_installed('netbox_branching'):
        return True
    return None


def pytest_collection_modifyitems(items):
    for item in items:
        if '/tests/branching/' in str(item.path):
            item.add_marker(pytest.mark.branching)
