"""The link table of a polymorphic multiobject field: its model, the manager of one object's links, and the
descriptor on the owner model."""

import warnings
from collections.abc import Iterable, Mapping
from operator import attrgetter

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models, router, transaction
from django.db.models.signals import m2m_changed, post_save

from core.signals import handle_changed_object

from ....constants import APP_LABEL, model_name, through_model_name, through_table_name
from ..pending_links import PENDING_LINKS, assign_pending
from .references import reference_key, refuse_disallowed

__all__ = (
    'PolymorphicLinkManager',
    'PolymorphicLinksDescriptor',
    'build_link_model',
    'link_models',
)


def build_link_model(field, apps=None):
    """The model of `field`'s link table, registered in `apps` (Django's when None) beside its owner.

    Marked auto_created like the through models of multiobject fields. When the owner is rebuilt, the new link class
    replaces the old one under the same name (Django's registry warns about that; the warning is expected here)."""
    meta = {
        'app_label': APP_LABEL,
        'db_table': through_table_name(field.custom_object_type_id, field.name),
        'managed': False,
        'auto_created': True,
        'unique_together': (('source', 'content_type', 'object_id'),),
    }
    if apps is not None:
        meta['apps'] = apps
    attrs = {
        '__module__': f'{APP_LABEL}.dynamic_models.generated',
        'Meta': type('Meta', (), meta),
        'id': models.BigAutoField(primary_key=True),
        'source': models.ForeignKey(
            f'{APP_LABEL}.{model_name(field.custom_object_type_id)}', on_delete=models.CASCADE, related_name='+',
            db_constraint=False,
        ),
        'content_type': models.ForeignKey(
            ContentType, on_delete=models.DO_NOTHING, related_name='+', db_constraint=False
        ),
        'object_id': models.PositiveBigIntegerField(),
        'target': GenericForeignKey('content_type', 'object_id'),
    }
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', message=r"Model '.*' was already registered", category=RuntimeWarning)
        return type(through_model_name(field.custom_object_type_id, field.name), (models.Model,), attrs)


class PolymorphicLinkManager:
    """The links of one object, like Django's many-related managers: all(), count(), exists(), add(*objs),
    remove(*objs), set(objs), clear(); prefetch_related(<name>) loads them for many objects in 1 + (number of types)
    queries.

    Values are model instances, `(content type id, object id)` pairs or reference dicts (the change-log format
    `{"content_type": "app.model", "object_id": id}`). Changes send `m2m_changed` with sender = the link model,
    model = ContentType and pk_set = the `(content type id, object id)` pairs added, removed or cleared."""

    def __init__(self, descriptor, instance):
        self.descriptor = descriptor
        self.instance = instance
        self.link_model = descriptor.link_model
        self.field = descriptor.field
        self.cache_name = descriptor.name

    def __repr__(self):
        return f'<{type(self).__name__} {self.cache_name} of {self.instance!r}>'

    # Reading

    def get_queryset(self):
        """The link rows of this object (a QuerySet of the link model)."""
        if self.instance.pk is None:
            return self.link_model.objects.none()
        db = router.db_for_read(self.link_model, instance=self.instance)
        return self.link_model.objects.using(db).filter(source_id=self.instance.pk).order_by('pk')

    def _link_rows(self):
        cached = getattr(self.instance, '_prefetched_objects_cache', {}).get(self.cache_name)
        return cached if cached is not None else self.get_queryset().prefetch_related('target')

    def all(self):
        """The linked objects (a list: they may be of several models), in the order they were linked."""
        return [link.target for link in self._link_rows() if link.target is not None]

    def __iter__(self):
        return iter(self.all())

    def count(self):
        cached = getattr(self.instance, '_prefetched_objects_cache', {}).get(self.cache_name)
        return len(self.all()) if cached is not None else self.get_queryset().count()

    def exists(self):
        return self.count() > 0

    def keys(self):
        """The `(content type id, object id)` pairs linked now (read from the database)."""
        return set(self.get_queryset().values_list('content_type_id', 'object_id'))

    def get_prefetch_querysets(self, instances, querysets=None):
        """Django's prefetch protocol: the link rows of `instances`, their targets prefetched per type."""
        if querysets and querysets[0] is not None:
            raise ValueError('Polymorphic links cannot be prefetched with a custom queryset.')
        db = router.db_for_read(self.link_model, instance=instances[0])
        links = list(
            self.link_model.objects.using(db).filter(source_id__in={obj.pk for obj in instances})
            .order_by('pk').prefetch_related('target')
        )
        return links, attrgetter('source_id'), attrgetter('pk'), False, self.cache_name, False

    # Writing

    def add(self, *objs):
        keys = self._keys(objs)
        refuse_disallowed(self.field, {ct for ct, _ in keys})
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            existing = self.keys()
            new = [key for key in keys if key not in existing]  # in the order given
            self._send('pre_add', new, db)
            self.link_model.objects.using(db).bulk_create([
                self.link_model(source_id=self.instance.pk, content_type_id=ct, object_id=pk) for ct, pk in new
            ])
            self._send('post_add', new, db)

    def insert_new(self, objs, using):
        """Link a just-inserted object to `objs`, without signals (pending_links.py: its post_save logs them)."""
        keys = self._keys(objs)
        refuse_disallowed(self.field, {ct for ct, _ in keys})
        self.link_model.objects.using(using).bulk_create([
            self.link_model(source_id=self.instance.pk, content_type_id=ct, object_id=pk) for ct, pk in keys
        ])

    def remove(self, *objs):
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            gone = set(self._keys(objs)) & self.keys()
            self._send('pre_remove', gone, db)
            self._delete(gone, db)
            self._send('post_remove', gone, db)

    def clear(self):
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            gone = self.keys()
            self._send('pre_clear', gone, db)
            self._delete(gone, db)
            self._send('post_clear', gone, db)
        if gone:
            # NetBox's change log records link additions and removals but ignores clear() (except for tags):
            # report the cleared links as removed, or a cleared field would never reach the change log.
            handle_changed_object(sender=self.link_model, instance=self.instance, action='post_remove',
                                  reverse=False, model=ContentType, pk_set=gone)

    def set(self, objs):
        """Link exactly `objs` (None or [] unlinks everything): removals, then additions, as Django's set()."""
        keys = self._keys(objs or ())
        refuse_disallowed(self.field, {ct for ct, _ in keys})
        db = self._db_for_write()
        with transaction.atomic(using=db, savepoint=False):
            current = self.keys()
            if current - set(keys):
                self.remove(*(current - set(keys)))
            if any(key not in current for key in keys):
                self.add(*keys)

    def _keys(self, objs):
        """The distinct (content type id, object id) pairs of `objs`, in order."""
        if isinstance(objs, PolymorphicLinkManager):
            objs = objs.all()
        return list(dict.fromkeys(reference_key(obj) for obj in objs))

    def _db_for_write(self):
        if self.instance.pk is None:
            raise ValueError(f'{self.instance!r} must be saved before its {self.cache_name} links can be changed.')
        self.instance.__dict__.get('_prefetched_objects_cache', {}).pop(self.cache_name, None)
        return router.db_for_write(self.link_model, instance=self.instance)

    def _delete(self, keys, db):
        if not keys:
            return
        condition = models.Q()
        for ct, pk in keys:
            condition |= models.Q(content_type_id=ct, object_id=pk)
        self.link_model.objects.using(db).filter(condition, source_id=self.instance.pk).delete()

    def _send(self, action, keys, db):
        m2m_changed.send(sender=self.link_model, instance=self.instance, action=action, reverse=False,
                         model=ContentType, pk_set=set(keys), using=db)


class PolymorphicLinksDescriptor(property):
    """`<name>` on the owner model: reading gives a PolymorphicLinkManager; an assigned value (objects, pairs or
    reference dicts; None unlinks all) is kept on the instance and applied by its next save().

    A property (for Django's Model.__init__, which accepts property names as keyword arguments), so `Model(**data)`
    from DRF serializers and NetBox's deserialize_object() work as for any field."""

    def __init__(self, field, link_model):
        super().__init__()
        self.field = field
        self.link_model = link_model
        self.name = field.name

    def contribute_to_class(self, cls, name):
        self.name = name
        setattr(cls, name, self)
        post_save.connect(self._apply_pending, sender=cls)  # weak: lives as long as the class holding self

    def __get__(self, instance, owner=None):
        return self if instance is None else PolymorphicLinkManager(self, instance)

    def __set__(self, instance, value):
        if isinstance(value, PolymorphicLinkManager):
            value = value.all()
        elif value is not None and (isinstance(value, (str, Mapping)) or not isinstance(value, Iterable)):
            raise TypeError(f'{self.name} takes a list of objects, not {value!r}')
        assign_pending(instance, self.name, value)

    def _apply_pending(self, sender, instance, **kwargs):
        pending = instance.__dict__.get(PENDING_LINKS, {})
        if self.name in pending:
            self.__get__(instance).set(pending.pop(self.name) or ())


def link_models(model):
    """The link models of `model`'s polymorphic multiobject fields (for registration and branch provisioning)."""
    return tuple(value.link_model for value in vars(model).values() if isinstance(value, PolymorphicLinksDescriptor))
