"""The `tags` of a generated model: NetBox's tag manager, with the instance's filter built only when it is needed.

Django's `prefetch_related` asks every instance's manager for its queryset before putting the prefetched tags in it.
taggit builds that queryset's filter right away (three joins, resolved by Django's query builder: about half a
millisecond per object), although the queryset is never run: its results are already there. On a page of 50
objects that is little; on an export of 10,000 it was most of the time taken (NetBox's own models pay it too, where
they prefetch tags). Django's own related managers defer that filter until the queryset is run or chained; so does
this one. The SQL is the same as taggit's.
"""

from extras.managers import NetBoxTaggableManager, NetBoxTaggableManagerField

__all__ = (
    'TagsField',
)


class DeferredFilterTaggableManager(NetBoxTaggableManager):

    def get_queryset(self, extra_filters=None):
        if self.instance is None or extra_filters:
            return super().get_queryset(extra_filters)
        try:
            return self.instance._prefetched_objects_cache[self.prefetch_cache_name]
        except (AttributeError, KeyError):
            pass
        # What taggit's GenericTaggedItemBase.tags_for() filters on (extras.TaggedItem is one), in the same query;
        # set as Django's QuerySet.filter() sets a deferred filter, on one copy of a queryset built once.
        tagged_items = self.through.tag_relname()
        model = self.model._meta.concrete_model
        queryset = self._unfiltered()._chain()
        queryset._deferred_filter = (False, (), {
            f'{tagged_items}__content_type__app_label': model._meta.app_label,
            f'{tagged_items}__content_type__model': model._meta.model_name,
            f'{tagged_items}__object_id': self.instance.pk,
        })
        return queryset

    def _unfiltered(self):
        key = (self.through, tuple(self.ordering))
        if key not in _unfiltered:
            _unfiltered[key] = self.through.tag_model().objects.distinct().order_by(*self.ordering)
        return _unfiltered[key]


# (through model, ordering) -> the tags' queryset before an instance's filter; never run, only copied.
_unfiltered = {}


def TagsField():  # noqa: N802 (a field, declared as NetBox's TagsMixin declares it)
    return NetBoxTaggableManagerField(
        through='extras.TaggedItem',
        ordering=('weight', 'name'),
        manager=DeferredFilterTaggableManager,
        related_name='%(app_label)s_%(class)s_tagged+',
    )
