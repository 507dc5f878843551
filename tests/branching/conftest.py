"""Every test of this package uses netbox-branching: marked `branching` (the suite's second pass, without the
plugin, leaves them out with -m 'not branching')."""

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if '/tests/branching/' in str(item.path):
            item.add_marker(pytest.mark.branching)
