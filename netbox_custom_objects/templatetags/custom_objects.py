"""Template helpers for custom object pages (templates cannot read the generated model's private attributes)."""

from django import template

__all__ = (
    'custom_object_type_slug',
)

register = template.Library()


@register.filter
def custom_object_type_slug(obj):
    """The slug of the type of `obj` (a custom object or its model class)."""
    snapshot = getattr(obj, '_snapshot', None)
    return snapshot.slug if snapshot is not None else ''
