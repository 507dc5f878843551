"""The "Custom Objects" navigation menu, rebuilt from the types on every render.

NetBox keeps plugin menus in its registry and reads `menu.groups` each time it renders the navigation, so `groups`
here is a property that reads the types (one query): a new type shows up at once, in every worker. Items are
filtered by NetBox per user, on each type's own view permission (upstream #407).
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from netbox.context import current_request
from netbox.navigation import MenuGroup
from netbox.plugins import PluginMenu, PluginMenuButton, PluginMenuItem
from utilities.string import title

from .constants import APP_LABEL, model_name
from .dynamic_models.loader import database_ready
from .models import CustomObjectType

__all__ = (
    'CustomObjectsMenu',
    'OwnMenu',
    'get_grouped_menu_items',
    'menu',
    'own_menu_names',
    'own_menus',
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


def get_grouped_menu_items(menu_name=''):
    """[(group label, [menu items])] of the types in the menu `menu_name` ('' is the Custom Objects menu): one group
    per group name, then "Objects" for the ungrouped types. Types are ordered by menu weight, then name; a group
    sits where its lightest type does, then by name (all weights equal: alphabetical, as upstream)."""
    return _menu_groups(_types_by_menu().get(menu_name, ()))


def _menu_groups(types):
    grouped, ungrouped = {}, []
    for custom_object_type in types:  # (already in weight, name order)
        if custom_object_type.group_name:
            grouped.setdefault(custom_object_type.group_name, []).append(custom_object_type)
        else:
            ungrouped.append(custom_object_type)
    order = sorted(grouped, key=lambda name: (grouped[name][0].menu_weight, name))
    groups = [(name, [_type_item(t) for t in grouped[name]]) for name in order]
    if ungrouped:
        groups.append((_('Objects'), [_type_item(t) for t in ungrouped]))
    return groups


def _types_by_menu():
    """{menu name: [types]} read once per request (the navigation asks for each menu)."""
    request = current_request.get()
    cached = getattr(request, '_nco_types_by_menu', None)
    if cached is not None:
        return cached
    if not _ready['database']:
        # Before migrations have run (or while they run) there are no types to list, and no table to ask.
        _ready['database'] = database_ready()
        if not _ready['database']:
            return {}
    menus = {}
    for custom_object_type in CustomObjectType.objects.order_by('menu_weight', 'name'):
        menus.setdefault(custom_object_type.menu_name, []).append(custom_object_type)
    if request is not None:
        request._nco_types_by_menu = menus
    return menus


def own_menu_names():
    """The top-level menus types ask for, lightest first (a menu weighs what its lightest type does)."""
    return [name for name in _types_by_menu() if name][:MAX_OWN_MENUS]


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


class OwnMenu(PluginMenu):
    """The `position`-th top-level menu of its own that types name (`menu_name`), or nothing when fewer menus are
    named. NetBox fixes its list of menus at start-up, so a few such places are registered then and filled on each
    render; one without groups is not shown."""
    icon_class = 'mdi mdi-toy-brick-outline'

    def __init__(self, position):
        self.position = position

    @property
    def label(self):
        names = own_menu_names()
        return names[self.position] if self.position < len(names) else ''

    @property
    def name(self):
        return f'custom-objects-menu-{self.position}'

    @property
    def groups(self):
        label = self.label
        return [MenuGroup(group, items) for group, items in get_grouped_menu_items(label)] if label else []


# The top-level menus that types may have of their own (beyond it, a type's menu is the Custom Objects menu's).
MAX_OWN_MENUS = 5
own_menus = [OwnMenu(position) for position in range(MAX_OWN_MENUS)]


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
