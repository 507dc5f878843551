"""Choice sets of the plugin (NetBox ChoiceSet conventions)."""

from django.utils.translation import gettext_lazy as _

from extras.choices import CustomFieldTypeChoices
from utilities.choices import Choice, ChoiceSet

__all__ = (
    'CustomObjectFieldTypeChoices',
    'ObjectFieldOnDeleteChoices',
    'SearchWeightChoices',
)


class CustomObjectFieldTypeChoices(CustomFieldTypeChoices):
    TYPE_COORDINATES = 'coordinates'
    TYPE_MAC_ADDRESS = 'mac_address'
    TYPE_IP_ADDRESS = 'ip_address'
    TYPE_IP_PREFIX = 'ip_prefix'
    TYPE_TREE_PARENT = 'tree_parent'

    CHOICES = (
        *CustomFieldTypeChoices.CHOICES,
        Choice(TYPE_COORDINATES, _('Coordinates'), description=_('A latitude/longitude pair')),
        Choice(TYPE_MAC_ADDRESS, _('MAC address'), description=_('An EUI-48 MAC address')),
        Choice(TYPE_IP_ADDRESS, _('IP address'), description=_('An IPv4 or IPv6 address, with its mask')),
        Choice(TYPE_IP_PREFIX, _('IP prefix'), description=_('An IPv4 or IPv6 prefix (network and mask)')),
        Choice(TYPE_TREE_PARENT, _('Tree parent'), description=_('The parent of an object in a tree of its own type')),
    )


class ObjectFieldOnDeleteChoices(ChoiceSet):
    SET_NULL = 'set_null'
    CASCADE = 'cascade'
    PROTECT = 'protect'

    CHOICES = (
        (SET_NULL, _('Set null')),
        (CASCADE, _('Cascade')),
        (PROTECT, _('Protect')),
    )


class SearchWeightChoices(ChoiceSet):
    HIGH = 100
    MEDIUM = 500
    LOW = 1000
    DISABLED = 0

    CHOICES = (
        (HIGH, _('High')),
        (MEDIUM, _('Medium')),
        (LOW, _('Low')),
        (DISABLED, _('Not searchable')),
    )
