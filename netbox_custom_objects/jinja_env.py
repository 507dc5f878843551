"""Custom objects in NetBox's Jinja templates (config templates and export templates, NetBox 4.7+).

Two ways to reach a type's objects, both by the type's `name`:

- the context variable `custom_objects` (PluginConfig.get_jinja_context): `custom_objects.dhcp_scope` is the model's
  manager, so `custom_objects.dhcp_scope.filter(site=device.site)` works as on any NetBox model;
- the filter `custom_objects` (PluginConfig.jinja_filters): `'dhcp_scope' | custom_objects` is all of its objects.

A name no type has does not break the template: it reads as an empty result (`NoObjects`) whatever query methods are
chained onto it, and a warning names it once per process, so a template rendered for every device of a bulk export
does not fill the log with the same line. A type created later under that name is found at once.
"""

import logging

from jinja2 import pass_context

__all__ = (
    'CustomObjectsNamespace',
    'NoObjects',
    'custom_objects_filter',
    'filters',
)

logger = logging.getLogger(__name__)

# Names already reported as unknown in this process.
_reported_unknown = set()


class NoObjects:
    """What an unknown type name reads as: behaves as an empty queryset for the calls templates chain (filtering,
    ordering, slicing, values, counting, iteration) and takes any arguments, since there is no model to check them
    against. `get()` raises, as it does on a real queryset that matches nothing."""

    def _self(self, *args, **kwargs):
        return self

    filter = exclude = all = none = order_by = values = values_list = _self
    select_related = prefetch_related = distinct = annotate = only = defer = restrict = _self

    def get(self, *args, **kwargs):
        raise LookupError('No object matches: the custom object type is unknown.')

    def first(self):
        return None

    last = first

    def count(self):
        return 0

    def exists(self):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __bool__(self):
        return False

    def __getitem__(self, item):
        if isinstance(item, slice):
            return self
        raise IndexError('No objects: the custom object type is unknown.')

    def __repr__(self):
        return '<NoObjects>'


def _model_for(name):
    """The model of the type named `name` (the active branch's class in a branch), or None, reported once."""
    from .models import CustomObjectType

    cot = CustomObjectType.objects.filter(name=name).first() if isinstance(name, str) else None
    if cot is not None:
        return cot.get_model()
    if name not in _reported_unknown:
        _reported_unknown.add(name)
        logger.warning('custom_objects: there is no custom object type named %r', name)
    return None


class CustomObjectsNamespace:
    """The `custom_objects` variable: an attribute is a type's manager. A new namespace is made for each render, so
    each name is looked up once per render and a type created or renamed since the last render is seen."""

    def __init__(self):
        self._managers = {}

    def __getattr__(self, name):
        # Python's own probes (copy, pickle, Jinja's checks) are not type names.
        if name.startswith('_'):
            raise AttributeError(name)
        if name not in self._managers:
            model = _model_for(name)
            self._managers[name] = model.objects if model is not None else NoObjects()
        return self._managers[name]

    def __getitem__(self, name):
        return self.__getattr__(name)

    def __repr__(self):
        return '<custom_objects>'


# pass_context: Jinja would otherwise fold `'name' | custom_objects` on a literal at compile time, querying once then
# instead of at each render.
@pass_context
def custom_objects_filter(context, name):
    """`'<type name>' | custom_objects`: every object of that type (NoObjects for an unknown name)."""
    model = _model_for(name)
    return model.objects.all() if model is not None else NoObjects()


filters = {
    'custom_objects': custom_objects_filter,
}
