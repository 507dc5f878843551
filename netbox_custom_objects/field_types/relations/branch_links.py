"""Multiobject links of classes built in a private (branch) registry.

Django's many-related managers query the *target* model through the reverse relation that the field registers on
it; a branch class never registers reverse relations on NetBox's (or main's) classes — that would leak branch
state into main (pitfall registries-keyed-by-label). So on branch classes the multiobject descriptor is replaced by
this one, which goes through the link (through) model instead and sends the same `m2m_changed` signals as Django's
managers, so NetBox's change log and netbox-branching see every add, remove, set and clear. It also speaks Django's
prefetch protocol, so that `prefetch_related(<name>)` (NetBox's API views and lists ask for it) loads the links of many
objects in two queries."""

import copy
from collections import defaultdict
from operator import attrgetter

from django.db import router, transaction
from django.db.models.signals import m2m_changed

from core.signals import handle_changed_object

__all__ = (
    'IsolatedLinksDescriptor',
)


# Attribute of a prefetched linked object: the pk of the object it was prefetched for.
PREFETCHED_FOR = '_nco_prefetched_for'


class IsolatedLinkManager:
    """all()/filter()/count()/exists() (querysets of the target model), add(), remove(), set(), clear(), and
    get_prefetch_querysets() for prefetch_related()."""

    def __init__(self, field, instance):
        self.instance = instance
        self.through = field.remote_field.through
        self.target = field.related_model
        self.name = field.name

    def __getattr__(self, name):
        # Queryset methods (filter, values_list, select_related, iterator, ...) act on the linked objects.
        return getattr(self.get_queryset(), name)

    def __iter__(self):
        return iter(self.get_queryset())

    def get_queryset(self):
        cached = getattr(self.instance, '_prefetched_objects_cache', {}).get(self.name)
        if cached is not None:
            return cached
        return self._apply_rel_filters(self.target._default_manager.all())

    def _apply_rel_filters(self, queryset):
        """`queryset` (of the target model) narrowed to the objects linked to this instance."""
        db = router.db_for_read(self.through, instance=self.instance)
        target_ids = self.through.objects.using(db).filter(source_id=self.instance.pk).values('target_id')
        return queryset.using(queryset._db or db).filter(pk__in=target_ids)

    def get_prefetch_querysets(self, instances, querysets=None):
        """Django's prefetch protocol. Without a reverse relation on the target to join through, the link rows are
        read first, then the linked objects; an object linked from several instances is handed to each as its own
        copy (Django matches each prefetched object to one instance)."""
        if querysets and len(querysets) != 1:
            raise ValueError('querysets argument of get_prefetch_querysets() should have a length of 1.')
        db = router.db_for_read(self.through, instance=instances[0])
        queryset = querysets[0] if querysets else self.target._default_manager.all()
        links = self.through.objects.using(db).filter(source_id__in={obj.pk for obj in instances})
        sources = defaultdict(list)
        for source_id, target_id in links.values_list('source_id', 'target_id').order_by('pk'):
            sources[target_id].append(source_id)
        related = []
        if sources:
            for obj in queryset.using(queryset._db or db).filter(pk__in=list(sources)):
                for index, source_id in enumerate(sources[obj.pk]):
                    linked = obj if index == 0 else copy.copy(obj)
                    setattr(linked, PREFETCHED_FOR, source_id)
                    related.append(linked)
        return related, attrgetter(PREFETCHED_FOR), attrgetter('pk'), False, self.name, False

    def _forget_prefetched(self):
        getattr(self.instance, '_prefetched_objects_cache', {}).pop(self.name, None)

    def all(self):
        return self.get_queryset()

    def _ids(self, objs):
        return {getattr(obj, 'pk', obj) for obj in objs}

    def _linked(self, db):
        return set(self.through.objects.using(db).filter(source_id=self.instance.pk).values_list('target_id',
                                                                                                 flat=True))

    def add(self, *objs):
        self._forget_prefetched()
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            new = self._ids(objs) - self._linked(db)
            self._send('pre_add', new, db)
            self.through.objects.using(db).bulk_create(
                [self.through(source_id=self.instance.pk, target_id=pk) for pk in sorted(new)]
            )
            self._send('post_add', new, db)

    def remove(self, *objs):
        self._forget_prefetched()
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            gone = self._ids(objs) & self._linked(db)
            self._send('pre_remove', gone, db)
            self.through.objects.using(db).filter(source_id=self.instance.pk, target_id__in=gone).delete()
            self._send('post_remove', gone, db)

    def clear(self):
        self._forget_prefetched()
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            gone = self._linked(db)
            self._send('pre_clear', gone, db)
            self.through.objects.using(db).filter(source_id=self.instance.pk).delete()
            self._send('post_clear', gone, db)
        if gone:
            # NetBox ignores clear() for all but tags: report it as the removal it is (pitfall unrecorded-clear).
            handle_changed_object(sender=self.through, instance=self.instance, action='post_remove', reverse=False,
                                  model=self.target, pk_set=gone)

    def set(self, objs):
        wanted = self._ids(objs or ())
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            current = self._linked(db)
            if current - wanted:
                self.remove(*(current - wanted))
            if wanted - current:
                self.add(*(wanted - current))

    def set_base(self, objs, *, clear=False, through_defaults=None, raw=False):
        """What Django's deserializer calls to store many-to-many data (netbox-branching replays through it)."""
        if clear:
            self.clear()
        self.set(objs)

    def _send(self, action, pk_set, db):
        m2m_changed.send(sender=self.through, instance=self.instance, action=action, reverse=False,
                         model=self.target, pk_set=set(pk_set), using=db)


class IsolatedLinksDescriptor:

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return IsolatedLinkManager(self.field, instance)

    def __set__(self, instance, value):
        raise TypeError(f'Direct assignment to {self.field.name} is prohibited; use {self.field.name}.set().')
