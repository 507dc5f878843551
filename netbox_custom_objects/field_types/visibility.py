"""Which objects an error message may show: refusals (unique clashes, values that won't convert, cycles) name the
objects the user of the current request may view, and give only the ids of the others."""

from netbox.context import current_request

__all__ = (
    'viewable_pks',
)


def viewable_pks(model, pks):
    """The ids among `pks` of the objects of `model` that the user of the current request may view (error messages
    show values of those only); all of them outside a request (a script or the shell reads the database anyway)."""
    user = getattr(current_request.get(), 'user', None)
    if user is None:
        return set(pks)
    return set(model.objects.restrict(user, 'view').filter(pk__in=pks).values_list('pk', flat=True))
