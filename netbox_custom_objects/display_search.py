"""The rendered display expression in the search cache (`_display`), kept fresh when the objects it reads change.

A type's display expression reads the object's own fields, and through relation fields (object, multiobject and
their polymorphic variants) the names of other objects: "{{ name }}-{{ site }}" changes for every object that refers
to a site when the site is renamed, though none of them is saved. A save of the object itself re-indexes it as NetBox
re-indexes any object (search.py writes `_display` with the other values); this module handles the rest:

- A saved object of a model that some type's display expression reads through a relation field: the objects that
  refer to it get their `_display` rendered again once the transaction commits. Up to INLINE_LIMIT of them (per
  type and field) are rendered at the end of the request itself; more (a site referred to by 10,000 objects) go to a
  background job, RefreshDisplaySearchJob, so that a rename costs the request one count query per referring field.
- Only `_display` rows whose text changed are rewritten (one query to read the cached values per 1000 objects, one
  delete and one bulk insert for the changed ones); the relations the expression reads are fetched in bulk.

Not followed: a referred object's deletion (its referrers' foreign keys are nulled by the database, no save), link
changes of a multiobject field (no save of the object), and names read two relations away (a related custom
object is shown by its primary field; when that field is itself a relation, its target's renames are not followed).
A type's reindex job (after an expression or field change) re-renders all of these.
"""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from core.choices import JobStatusChoices
from core.models import Job, ObjectType
from extras.models import CachedValue
from netbox.jobs import JobRunner
from netbox.search import FieldTypes
from netbox.search.backends import CachedValueSearchBackend, search_backend

from .branching.context import branch_activated, branch_key_of_alias
from .constants import DISPLAY_SEARCH_FIELD, DISPLAY_SEARCH_WEIGHT
from .dynamic_models import display, model_cache
from .dynamic_models.loader import ensure_loaded

__all__ = (
    'INLINE_LIMIT',
    'RefreshDisplaySearchJob',
    'display_dependencies',
    'display_value',
    'displayed_relations',
    'refresh_display_cache',
)

INLINE_LIMIT = 200
CHUNK_SIZE = 1000

_dependencies = {'key': None, 'map': {}}


def display_value(instance):
    """The rendered display expression of `instance` ('' without one, or when it renders nothing)."""
    if not instance._snapshot.display_expression:
        return ''
    return instance._display_from_expression()


def displayed_relations(snapshot):
    """The relation fields of `snapshot` that its display expression reads."""
    names = display.variables(snapshot.display_expression) if snapshot.display_expression else ()
    return [field for field in snapshot.fields if field.name in names and field.field_type.target_labels(field)]


def display_dependencies(label):
    """[(type id, field name)] of main's types whose display expression reads a relation field that can refer to
    objects of `label` ((app_label, model name)). Read from the loaded classes (no query), remembered until one of
    them is replaced."""
    if model_cache.building:
        return ()
    ensure_loaded()
    models = model_cache.cached_models(None)
    key = tuple(id(model) for model in models)
    if _dependencies['key'] != key:
        mapping = {}
        for model in models:
            for field in displayed_relations(model._snapshot):
                for target in field.field_type.target_labels(field):
                    mapping.setdefault(target, []).append((model.custom_object_type_id, field.name))
        _dependencies.update(key=key, map=mapping)
    return _dependencies['map'].get(label, ())


@receiver(post_save, dispatch_uid='nco_display_source_saved')
def display_source_saved(sender, instance, created, raw=False, using=None, **kwargs):
    """A saved object that display expressions read: refresh its referrers' `_display` after the commit."""
    if raw or created:  # a new object has no referrers yet
        return
    dependencies = display_dependencies((sender._meta.app_label, sender._meta.model_name))
    if dependencies:
        branch = branch_key_of_alias(using or 'default')
        transaction.on_commit(lambda: refresh_referrers(instance, dependencies, branch), using=using, robust=True)


def refresh_referrers(target, dependencies, branch=None):
    """Refresh `_display` of the objects whose fields in `dependencies` refer to `target`: at once up to
    INLINE_LIMIT per field, else in a background job."""
    with branch_activated(branch):
        for type_id, field_name in dependencies:
            referring = _referring(type_id, field_name, target)
            if referring is None:
                continue
            model, queryset = referring
            if queryset.count() > INLINE_LIMIT:
                RefreshDisplaySearchJob.enqueue_for(type_id, field_name, target, branch)
            else:
                refresh_display_cache(model, list(queryset.values_list('pk', flat=True)))


def _referring(type_id, field_name, target):
    """(model, queryset of the objects of type `type_id` whose field `field_name` refers to `target`), or None when
    the type or the field no longer exists or no longer reads it."""
    try:
        model = model_cache.get_model_by_id(type_id)
    except LookupError:
        return None
    field = model._snapshot.field_named(field_name)
    if field is None or field not in displayed_relations(model._snapshot):
        return None
    return model, field.field_type.referring(field, model, model.objects.all(), target)


def refresh_display_cache(model, object_ids):
    """Render `_display` of the objects `object_ids` of `model` again and rewrite the cached values that changed;
    returns how many changed. With a search backend other than NetBox's, the objects are re-cached whole."""
    queryset = _with_displayed_relations(model)
    if not isinstance(search_backend, CachedValueSearchBackend):
        return search_backend.cache(queryset.filter(pk__in=object_ids).iterator(chunk_size=CHUNK_SIZE))
    object_type = ObjectType.objects.get_for_model(model)
    changed = 0
    for start in range(0, len(object_ids), CHUNK_SIZE):
        chunk = object_ids[start : start + CHUNK_SIZE]
        cached = CachedValue.objects.filter(object_type=object_type, field=DISPLAY_SEARCH_FIELD, object_id__in=chunk)
        old = dict(cached.values_list('object_id', 'value'))
        stale, fresh = [], []
        for obj in queryset.filter(pk__in=chunk):
            value = display_value(obj)
            if value == old.get(obj.pk, ''):
                continue
            stale.append(obj.pk)
            if value:
                fresh.append(
                    CachedValue(
                        object_type=object_type,
                        object_id=obj.pk,
                        field=DISPLAY_SEARCH_FIELD,
                        type=FieldTypes.STRING,
                        weight=DISPLAY_SEARCH_WEIGHT,
                        value=value,
                    )
                )
        if stale:
            with transaction.atomic(using=cached.db):
                rows = cached.filter(object_id__in=stale)
                rows._raw_delete(using=rows.db)
                CachedValue.objects.using(cached.db).bulk_create(fresh)
        changed += len(stale)
    return changed


def _with_displayed_relations(model):
    select, prefetch = [], []
    for field in displayed_relations(model._snapshot):
        select.extend(field.field_type.select_related(field))
        prefetch.extend(field.field_type.prefetch_related(field))
    queryset = model.objects.select_related(*select) if select else model.objects.all()
    return queryset.prefetch_related(*prefetch) if prefetch else queryset


class RefreshDisplaySearchJob(JobRunner):
    """Refresh `_display` of the objects of one type whose field refers to one object (that object changed and
    more than INLINE_LIMIT objects refer to it), in main or in the branch where it changed."""

    class Meta:
        name = 'Refresh custom object display names'

    @classmethod
    def enqueue_for(cls, type_id, field_name, target, branch=None):
        """Enqueue the refresh unless the same one is already waiting."""
        name = f'{cls.name}: type {type_id}, {field_name} = {target._meta.label_lower} {target.pk}' + (
            f' (branch {branch})' if branch else ''
        )
        waiting = Job.objects.filter(
            name=name, status__in=(JobStatusChoices.STATUS_PENDING, JobStatusChoices.STATUS_SCHEDULED)
        ).first()
        if waiting is not None:
            return waiting
        return cls.enqueue(
            name=name,
            cot_id=type_id,
            field_name=field_name,
            app_label=target._meta.app_label,
            model_name=target._meta.model_name,
            object_id=target.pk,
            branch=branch,
        )

    def run(self, cot_id, field_name, app_label, model_name, object_id, *args, branch=None, **kwargs):
        try:
            with branch_activated(branch):
                target_model = ObjectType.objects.get_by_natural_key(app_label, model_name).model_class()
                target = target_model._default_manager.filter(pk=object_id).first() if target_model else None
                referring = _referring(cot_id, field_name, target) if target is not None else None
                if referring is None:
                    self.logger.info('Nothing to refresh: the object, the type or the field is gone.')
                    return
                model, queryset = referring
                changed = refresh_display_cache(model, list(queryset.values_list('pk', flat=True)))
        except LookupError as e:
            self.logger.info(f'Nothing to refresh: {e}.')
            return
        self.logger.info(f'{changed} display names refreshed.')
