"""System checks: the NetBox and netbox-branching versions this plugin is built and tested for."""

from importlib.metadata import PackageNotFoundError, version

from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Warning, register
from packaging.version import Version

__all__ = (
    'REQUIRED_BRANCHING_VERSION',
    'REQUIRED_NETBOX_VERSION',
    'check_branching_compatibility',
    'check_netbox_version',
)

REQUIRED_NETBOX_VERSION = '4.7.0'
REQUIRED_BRANCHING_VERSION = '1.2.2'
BRANCHING_DISTRIBUTIONS = ('netboxlabs-netbox-branching', 'netbox-branching')


@register()
def check_netbox_version(app_configs, **kwargs):
    if Version(settings.RELEASE.version) < Version(REQUIRED_NETBOX_VERSION):
        return [Error(
            f'netbox_custom_objects requires NetBox {REQUIRED_NETBOX_VERSION} or later '
            f'(found {settings.RELEASE.version}).',
            id='netbox_custom_objects.E001',
        )]
    return []


def _branching_version():
    for distribution in BRANCHING_DISTRIBUTIONS:
        try:
            return version(distribution)
        except PackageNotFoundError:
            continue
    return None


@register()
def check_branching_compatibility(app_configs, **kwargs):
    """Only when netbox-branching is installed: it must be a version whose hooks this plugin uses."""
    if not apps.is_installed('netbox_branching'):
        return []
    found = _branching_version()
    if found is None:
        return [Warning(
            'Cannot determine the installed netbox-branching version.',
            id='netbox_custom_objects.W001',
        )]
    if Version(found) < Version(REQUIRED_BRANCHING_VERSION):
        return [Error(
            f'netbox_custom_objects requires netbox-branching {REQUIRED_BRANCHING_VERSION} or later (found {found}).',
            id='netbox_custom_objects.E002',
        )]
    return []
