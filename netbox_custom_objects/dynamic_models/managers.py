"""The manager of every generated model: a branch's class queried outside its branch acts as the class of the
context it is queried in.

netbox-branching (and NetBox) look a model up once and use it in several contexts: `record_change_diff` takes the
class of a change made in a branch, then reads the object's current state *in main* with it. A branch's class has
the branch's columns (a field added, renamed or deleted there), which main's table may not have; so outside its
branch, the class's default manager hands out the querysets of the class that belongs to the active context —
main's, or another branch's — and, where that context has no such type, an empty queryset. Classes of one type
share their DoesNotExist and MultipleObjectsReturned (see cache), so callers that catch the exceptions of the class
they looked up still catch those raised by the class that answered.

Likewise, a branch's class queried through the database of another context (`.using(alias)`, on its default and
its base manager) acts as the class of that context: netbox-branching's REST API of change diffs, with the branch
active, reads each diff's object through main's database (`ContentType.get_object_for_this_type(using=...)`,
the base manager) with the class it looked up in the branch (its own, or main's former class that the branch
shared until main's definition changed); main's table may lack the branch's columns, or the whole type. Only a
queryset without filters is switched (a filter already names the class's fields).

While netbox-branching replays changes of a type that the target of the operation no longer has (main deleted it
while a branch edited its objects, or the other way round), the class it looks up is a `vanished` stand-in: it
reads no row (its objects are gone there, as a deleted object's are) and writes none (base.deserialize_object)."""

from django.db import models

from ..branching.context import active_branch_key, branch_activated, branch_key_of_alias, in_main
from .queryset import CustomObjectQuerySet

__all__ = (
    'CustomObjectBaseManager',
    'CustomObjectManager',
)


class ContextQuerySet(CustomObjectQuerySet):
    def using(self, alias):
        model, target = self.model, branch_key_of_alias(alias) if alias else None
        owner = getattr(model, 'branch_key', None)
        if alias is None or self.query.where.children or (target == active_branch_key() and owner in (None, target)):
            return super().using(alias)
        # Another context's database, or a class of another context (main's class a branch shared before main's
        # definition changed): the class of the type in the context of `alias`
        try:
            with in_main() if target is None else branch_activated(target):
                current = model._current_class()
        except LookupError:  # that context has no such type (or the branch is gone): no row there
            return super().using(alias).none()
        if current is model:
            return super().using(alias)
        return super(ContextQuerySet, type(self)(model=current)).using(alias)


class VanishedQuerySet(CustomObjectQuerySet):
    def get(self, *args, **kwargs):
        """No row matches; the error says why (netbox-branching's iterative merge reports it as the cause)."""
        raise self.model.DoesNotExist(
            f'Custom object {kwargs.get("pk", "")} of type {self.model.custom_object_type_id}: the type was deleted '
            f'while the branch was open, so this change cannot be applied (a squash merge skips it)'
        )


class CustomObjectManager(models.Manager.from_queryset(ContextQuerySet)):
    def get_queryset(self):
        model = self.model
        if getattr(model, 'vanished', False):
            return VanishedQuerySet(model, using=self._db).none()
        owner = getattr(model, 'branch_key', None)
        if owner is not None and owner != active_branch_key():
            try:
                current = model._current_class()
            except LookupError:
                return super().get_queryset().none()
            if current is not model:
                return current._default_manager.get_queryset()
        return super().get_queryset()


class CustomObjectBaseManager(models.Manager.from_queryset(ContextQuerySet)):
    """Django's base manager of the generated models (related objects, deletion, `get_object_for_this_type`): every
    row, unfiltered, as Django's own; `.using()` as above."""
