"""NetBox's change log in a branch lists the changes of the custom object types the branch has.

NetBox leaves out the change records of models that are not installed (`ObjectChangeQuerySet.valid_models()`, the
content types of `apps.get_models()`), and that list is main's: the change log of a branch would hide every change
of the objects of a type created in that branch, and such a change's page would answer 404. NetBox offers no hook
for it, so `install()` wraps that queryset method: with a branch active, the content types of the branch's types
are added. (In main the list is already right: main's types are in Django's app registry.)"""

from django.contrib.contenttypes.models import ContentType

from core.querysets import ObjectChangeQuerySet

from ..constants import APP_LABEL, model_name
from .context import active_branch_key

__all__ = (
    'install',
)


def install():
    original = ObjectChangeQuerySet.valid_models
    if getattr(original, 'nco_branch_types', False):
        return

    def valid_models(self):
        valid = original(self)
        if active_branch_key() is None:
            return valid
        from ..models import CustomObjectType  # (models import the model cache, which imports this package)

        names = [model_name(pk) for pk in CustomObjectType.objects.values_list('pk', flat=True)]  # the branch's
        return valid | self.filter(
            changed_object_type__in=ContentType.objects.filter(app_label=APP_LABEL, model__in=names)
        )

    valid_models.nco_branch_types = True
    valid_models.__doc__ = original.__doc__
    ObjectChangeQuerySet.valid_models = valid_models
