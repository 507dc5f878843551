"""Hyperlinks of serialized objects built from a template reversed once per request.

Listing objects renders a URL for every object and for every nested object (object and multiobject fields); one
`reverse()` per URL dominated the latency of long lists. The template is the URL reversed with a stand-in key, split
around it, so the result is exactly what `reverse()` returns (script prefix, host, `?format=` and all); anything
unusual (no request, a key that is not an integer, the stand-in appearing twice) takes the plain `reverse()`.
"""

from drf_spectacular.drainage import set_override

from netbox.api.serializers.fields import NetBoxAPIHyperlinkedIdentityField
from utilities.views import get_viewname

__all__ = (
    'TemplatedNetBoxIdentityField',
    'templated_reverse',
    'with_templated_url',
)

STAND_IN = 918273645  # a key value no real URL is expected to contain
CACHE_ATTRIBUTE = '_nco_url_templates'


def templated_reverse(field, view_name, kwargs, key, request, format):
    """`field.reverse(view_name, kwargs=kwargs, ...)`, with `kwargs[key]` put into the request's template."""
    value = kwargs[key]
    if request is None or type(value) is not int:
        return field.reverse(view_name, kwargs=kwargs, request=request, format=format)
    templates = getattr(request, CACHE_ATTRIBUTE, None)
    if templates is None:
        templates = {}
        setattr(request, CACHE_ATTRIBUTE, templates)
    cache_key = (view_name, format, key, *sorted((name, v) for name, v in kwargs.items() if name != key))
    template = templates.get(cache_key)
    if template is None:
        url = field.reverse(view_name, kwargs={**kwargs, key: STAND_IN}, request=request, format=format)
        parts = url.split(str(STAND_IN))
        template = templates[cache_key] = tuple(parts) if len(parts) == 2 else ()
    if not template:
        return field.reverse(view_name, kwargs=kwargs, request=request, format=format)
    return f'{template[0]}{value}{template[1]}'


class TemplatedNetBoxIdentityField(NetBoxAPIHyperlinkedIdentityField):
    """NetBox's `url` field (same view names and output), with templated URLs and the view name found once per
    model class rather than once per object."""

    def get_url(self, obj, view_name, request, format):
        if obj.pk in (None, ''):
            return None
        view_names = self.__dict__.setdefault('_view_names', {})
        model = type(obj)
        if model not in view_names:
            view_names[model] = get_viewname(model=model, action='detail', rest_api=True)
        kwargs = {self.lookup_url_kwarg: getattr(obj, self.lookup_field)}
        return templated_reverse(self, view_names[model], kwargs, self.lookup_url_kwarg, request, format)


_templated_classes = {}


def with_templated_url(serializer_class):
    """A subclass of NetBox serializer `serializer_class` whose `url` is templated (the class itself when its `url`
    is not NetBox's). Same name and fields, so the OpenAPI description names the same component."""
    declared = getattr(serializer_class, '_declared_fields', {}).get('url')
    if type(declared) is not NetBoxAPIHyperlinkedIdentityField:
        return serializer_class
    if serializer_class not in _templated_classes:
        subclass = type(serializer_class.__name__, (serializer_class,), {
            '__module__': serializer_class.__module__,
            '__qualname__': serializer_class.__qualname__,
            'url': TemplatedNetBoxIdentityField(),
        })
        # Both classes describe one component (BriefSite, ...); tell drf-spectacular they are meant to.
        set_override(subclass, 'suppress_collision_warning', True)
        _templated_classes[serializer_class] = subclass
    return _templated_classes[serializer_class]

