"""Counts shown in tab badges, limited to what the requesting user may view.

A ViewTab's badge callable receives only the object, so the user comes from NetBox's current request (set by its
middleware for every request); without a request there is nobody to count for, and the count is 0."""

from netbox.context import current_request

__all__ = (
    'viewable_count',
)


def viewable_count(queryset):
    """The number of objects of `queryset` that the current request's user may view."""
    request = current_request.get()
    if request is None:
        return 0
    return queryset.restrict(request.user, 'view').count()
