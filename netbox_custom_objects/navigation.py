"""The "Custom Objects" navigation menu, rebuilt from the types on every render.

NetBox keeps plugin menus in its registry and reads `menu.groups` each time it renders the navigation, so `groups`
here is a property that reads the types (one query): a new type shows up at once, in every worker. Items are
filtered by NetBox per user, on each type's own view permission (upstream #407).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from netbox.navigation import MenuGroup
from netbox.plugins import PluginMenu, PluginMenuButton, PluginMenuItem
from utilities.string import title

from .constants import APP_LABEL, model_name
from .dynamic_models.loader import database_ready
from .models import CustomObjectType

__all__ = (
    'CustomObjectsMenu',
    'get_grouped_menu_items',
    'menu',
)

_ready = {'database': False}


def _type_item(custom_object_type):
    name = model_name(custom_object_type.pk)
    kwargs = {'custom_object_type': custom_object_type.slug}
    item = PluginMenuItem(
        link=None,
        link_text=title(custom_object_type.get_verbose_name_plural()),
        permissions=[f'{APP_LABEL}.view_{name}'],
        buttons=[
            _button(_('Add'), 'mdi mdi-plus-thick', 'customobject_add', kwargs, f'{APP_LABEL}.add_{name}'),
            _button(_('Import'), 'mdi mdi-upload', 'customobject_bulk_import', kwargs, f'{APP_LABEL}.add_{name}'),
        ],
    )
    item.url = reverse(f'plugins:{APP_LABEL}:customobject_list', kwargs=kwargs)
    return item


def _button(label, icon, action, kwargs, permission):
    button = PluginMenuButton(link=None, title=label, icon_class=icon, permissions=[permission])
    button.url = reverse(f'plugins:{APP_LABEL}:{action}', kwargs=kwargs)
    return button


def get_grouped_menu_items():
    """[(group label, [menu items])]: one group per group name (sorted), then "Objects" for the ungrouped types."""
    if not _ready['database']:
        # Before migrations have run (or while they run) there are no types to list, and no table to ask.
        _ready['database'] = database_ready()
        if not _ready['database']:
            return []
    grouped, ungrouped = {}, []
    for custom_object_type in CustomObjectType.objects.order_by('name'):
        item = _type_item(custom_object_type)
        if custom_object_type.group_name:
            grouped.setdefault(custom_object_type.group_name, []).append(item)
        else:
            ungrouped.append(item)
    groups = [(group_name, grouped[group_name]) for group_name in sorted(grouped)]
    if ungrouped:
        groups.append((_('Objects'), ungrouped))
    return groups


class CustomObjectsMenu(PluginMenu):
    """A plugin menu whose groups are computed when the menu is rendered."""

    def __init__(self, label, icon_class, static_groups):
        self.label = label
        self.icon_class = icon_class
        self.static_groups = static_groups

    @property
    def groups(self):
        dynamic = [MenuGroup(label, items) for label, items in get_grouped_menu_items()]
        return [*self.static_groups, *dynamic]


menu = CustomObjectsMenu(
    label=_('Custom Objects'),
    icon_class='mdi mdi-toy-brick-outline',
    static_groups=[
        MenuGroup(_('Object Types'), [
            PluginMenuItem(
                link=f'plugins:{APP_LABEL}:customobjecttype_list',
                link_text=_('Custom Object Types'),
                permissions=[f'{APP_LABEL}.view_customobjecttype'],
                buttons=[
                    PluginMenuButton(
                        link=f'plugins:{APP_LABEL}:customobjecttype_add',
                        title=_('Add'),
                        icon_class='mdi mdi-plus-thick',
                        permissions=[f'{APP_LABEL}.add_customobjecttype'],
                    ),
                ],
            ),
            PluginMenuItem(
                link=f'plugins:{APP_LABEL}:schema',
                link_text=_('Schema Import/Export'),
                permissions=[f'{APP_LABEL}.view_customobjecttype'],
            ),
        ]),
    ],
)
