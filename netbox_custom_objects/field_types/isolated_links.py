"""Multiobject links of classes built in a private (branch) registry.

Django's many-related managers query the *target* model through the reverse relation that the field registers on
it; a branch class never registers reverse relations on NetBox's (or main's) classes — that would leak branch
state into main (upstream P-21). So on branch classes the multiobject descriptor is replaced by this one, which
goes through the link (through) model instead and sends the same `m2m_changed` signals as Django's managers, so
NetBox's change log and netbox-branching see every add, remove, set and clear."""

from django.db import router, transaction
from django.db.models.signals import m2m_changed

from core.signals import handle_changed_object

__all__ = (
    'IsolatedLinksDescriptor',
)


class IsolatedLinkManager:
    """all()/filter()/count()/exists() (querysets of the target model), add(), remove(), set(), clear()."""

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
        db = router.db_for_read(self.through, instance=self.instance)
        target_ids = self.through.objects.using(db).filter(source_id=self.instance.pk).values('target_id')
        return self.target.objects.using(db).filter(pk__in=target_ids)

    def all(self):
        return self.get_queryset()

    def _ids(self, objs):
        return {getattr(obj, 'pk', obj) for obj in objs}

    def _linked(self, db):
        return set(self.through.objects.using(db).filter(source_id=self.instance.pk).values_list('target_id',
                                                                                                 flat=True))

    def add(self, *objs):
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            new = self._ids(objs) - self._linked(db)
            self._send('pre_add', new, db)
            self.through.objects.using(db).bulk_create(
                [self.through(source_id=self.instance.pk, target_id=pk) for pk in sorted(new)]
            )
            self._send('post_add', new, db)

    def remove(self, *objs):
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            gone = self._ids(objs) & self._linked(db)
            self._send('pre_remove', gone, db)
            self.through.objects.using(db).filter(source_id=self.instance.pk, target_id__in=gone).delete()
            self._send('post_remove', gone, db)

    def clear(self):
        db = router.db_for_write(self.through, instance=self.instance)
        with transaction.atomic(using=db, savepoint=False):
            gone = self._linked(db)
            self._send('pre_clear', gone, db)
            self.through.objects.using(db).filter(source_id=self.instance.pk).delete()
            self._send('post_clear', gone, db)
        if gone:
            # NetBox ignores clear() for all but tags: report it as the removal it is (upstream P-10).
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
