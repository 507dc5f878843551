"""Where definition-row changes turn into their consequences: DDL, model-cache expiry (and with it the live GraphQL
schema), search re-indexing and the cached OpenAPI description.

A field's save or deletion is described by one FieldChange (dynamic_models/field_change.py): `save()` sends it with
the `field_saved` signal (signals.py), and `field_changed` below lists everything that follows from it.

Each receiver runs inside the save/delete transaction of the row (the models wrap save() and delete() in
`transaction.atomic`), on the database alias the row is written through — main's, or a branch's — so the DDL lands
in the same schema as the row and commits or rolls back with it.
"""

from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _

from core.signals import handle_changed_object
from extras.models import CustomFieldChoiceSet
from extras.utils import run_validators
from netbox.config import get_config
from netbox.signals import post_clean
from utilities.data import get_config_value_ci
from utilities.exceptions import AbortRequest

from . import signals
from .api.openapi import forget_cached_schema
from .branching.context import branch_key_of_alias
from .constants import APP_LABEL, table_name
from .contextvars import converted_columns, deleting_types
from .ddl import CreateTable, DropTable, apply, tables_with_prefix
from .ddl.conversion import conversions_in_progress
from .dynamic_models import CustomObject, model_cache
from .dynamic_models.base_columns import base_columns
from .dynamic_models.features import sync_object_type_features
from .dynamic_models.field_change import FieldChange
from .dynamic_models.registration import ensure_object_type
from .dynamic_models.snapshot import FieldSnapshot
from .dynamic_models.unique import UniqueSnapshot, index_operations
from .field_types.relations.polymorphic import check_related_object_types, polymorphic_targets
from .models import CustomObjectType, CustomObjectTypeField, CustomObjectTypeUniqueConstraint
from .schema.stored import in_stored_shape
from .search import schedule_reindex, search_changed

__all__ = ()


def _bump_type(type_id, using):
    """Mark the type's definition as changed, for the model caches of every worker."""
    CustomObjectType.objects.using(using).filter(pk=type_id).update(cache_timestamp=timezone.now())


#
# Custom object types
#

@receiver(pre_save, sender=CustomObjectType, dispatch_uid='nco_type_before_save')
def type_before_save(sender, instance, using, raw=False, **kwargs):
    stored = sender.objects.using(using).filter(pk=instance.pk).values_list('display_expression', flat=True) \
        if instance.pk else ()
    instance._stored_display_expression = next(iter(stored), None)
    # Every save, a merge's replays included: a branch's change records made before migration 0005 carry the
    # document in its old shape (schema.stored).
    instance.schema_document = in_stored_shape(instance.schema_document)


@receiver(post_save, sender=CustomObjectType, dispatch_uid='nco_type_saved')
def type_saved(sender, instance, created, using, raw=False, **kwargs):
    if raw:
        return
    forget_cached_schema(using)  # (the OpenAPI description has paths per type)
    if not created:
        model_cache.expire(instance.pk)
        if branch_key_of_alias(using) is None:  # (the ObjectType row is main's: a branch's change follows its merge)
            sync_object_type_features(instance)
        stored = getattr(instance, '_stored_display_expression', None)
        if stored is not None and stored != instance.display_expression:
            # The indexed display text of every object changes (search.py: `_display`).
            schedule_reindex(instance.pk, branch=branch_key_of_alias(using))
        return
    apply([CreateTable(table_name(instance.pk), base_columns(instance.config_context_enabled))], using=using)
    model = model_cache.refresh(instance.pk)
    if model is not None:
        instance.object_type = ensure_object_type(model)
        CustomObjectType.objects.using(using).filter(pk=instance.pk).update(object_type=instance.object_type)


@receiver(post_delete, sender=CustomObjectType, dispatch_uid='nco_type_deleted')
def type_deleted(sender, instance, using, **kwargs):
    # The type's link tables go first (their fields were deleted by cascade without DDL, see contextvars).
    link_tables = tables_with_prefix(connections[using], f'{table_name(instance.pk)}_')
    apply([*(DropTable(table) for table in link_tables), DropTable(table_name(instance.pk))], using=using)
    model_cache.refresh(instance.pk)
    forget_cached_schema(using)


#
# Fields
#

@receiver(signals.field_saved, dispatch_uid='nco_field_saved')
def field_saved(sender, change, using, **kwargs):
    field_changed(change, using)


@receiver(post_delete, sender=CustomObjectTypeField, dispatch_uid='nco_field_deleted')
def field_deleted(sender, instance, using, **kwargs):
    if instance.custom_object_type_id in deleting_types.get():
        return  # (the type's own deletion drops its table and everything else: see type_deleted)
    field_changed(FieldChange(old=FieldSnapshot.from_row(instance), new=None), using)


def field_changed(change, using):
    """Every consequence of a change of a field definition (a FieldChange), on the database `using` that the row
    was written to, inside its transaction."""
    type_id = change.type_id
    _refuse_during_conversion(change, using)
    # The table (DDL), in the schema the row is in.
    operations = change.field_type.schema_ops(table_name(type_id), change.columns_before, change.new,
                                              model_cache.resolver_for(type_id))
    apply(operations, using=using, rows_written=change.rows_written)
    # The model classes: other workers' (the type's timestamp), then this worker's, rebuilt at the next lookup (once
    # for a type whose fields are saved one by one). The live GraphQL schema is keyed by the classes it serves
    # (graphql/live.py), so it follows them.
    if not change.bumped:
        _bump_type(type_id, using)
    model_cache.expire(type_id)
    # Global search: the stored objects re-cached, in the database the change was written to (a branch has its own
    # search cache, and a job that did not carry the branch would rebuild main's: pitfall jobs-losing-the-branch).
    if search_changed(change.old, change.new, using):
        schedule_reindex(type_id, branch=branch_key_of_alias(using))
    # The cached OpenAPI description, once the change commits.
    forget_cached_schema(using)


def _refuse_during_conversion(change, using):
    """A field whose column a background job is converting (field_conversion.py) keeps its definition until the job
    ends: the job's trigger reads the column by its name, and the job saves the definition it was given."""
    if change.old is None or change.old.id in converted_columns.get():
        return
    if change.old.id not in conversions_in_progress(connections[using], table_name(change.type_id)):
        return
    message = _('A background job is changing the type of the field {name}; change or delete it once the job has '
                'finished.').format(name=change.old.name)
    if change.new is None:
        raise AbortRequest(message)  # (NetBox's REST API answers 400 with it, and the delete page shows it)
    raise ValidationError(message)


#
# Unique constraints: their index on the type's table, and the model's constraints (validation).
#

@receiver(pre_save, sender=CustomObjectTypeUniqueConstraint, dispatch_uid='nco_unique_before_save')
def unique_before_save(sender, instance, using, raw=False, **kwargs):
    stored = sender.objects.using(using).filter(pk=instance.pk).first() if instance.pk else None
    instance._stored_unique = UniqueSnapshot.from_row(stored) if stored is not None else None


@receiver(post_save, sender=CustomObjectTypeUniqueConstraint, dispatch_uid='nco_unique_saved')
def unique_saved(sender, instance, raw=False, using=None, **kwargs):
    if not raw:
        unique_changed(instance.custom_object_type_id, instance.__dict__.pop('_stored_unique', None),
                       UniqueSnapshot.from_row(instance), using)


@receiver(post_delete, sender=CustomObjectTypeUniqueConstraint, dispatch_uid='nco_unique_deleted')
def unique_deleted(sender, instance, using, **kwargs):
    if instance.custom_object_type_id not in deleting_types.get():  # (else its table goes, indexes and all)
        unique_changed(instance.custom_object_type_id, UniqueSnapshot.from_row(instance), None, using)


def unique_changed(type_id, old, new, using):
    fields = CustomObjectTypeField.objects.using(using).filter(custom_object_type_id=type_id)
    snapshots = [FieldSnapshot.from_row(field) for field in fields.select_related('related_object_type')]
    apply(index_operations(type_id, old, new, snapshots, model_cache.resolver_for(type_id)), using=using)
    _bump_type(type_id, using)
    model_cache.expire(type_id)


#
# Choice sets: select fields validate against the choices, so a changed set refreshes the types using it.
#

@receiver(post_save, sender=CustomFieldChoiceSet, dispatch_uid='nco_choice_set_saved')
def choice_set_saved(sender, instance, using, raw=False, **kwargs):
    if raw:
        return
    type_ids = set(
        CustomObjectTypeField.objects.using(using).filter(choice_set=instance).values_list('custom_object_type_id',
                                                                                             flat=True)
    )
    for type_id in type_ids:
        _bump_type(type_id, using)
        model_cache.expire(type_id)


#
# Change logging of links: NetBox records m2m_changed add/remove but ignores clear() (except for tags), so a
# cleared multiobject field would never reach the change log, and a branch's clear() would never reach main
# (unrecorded-clear). Report a clear as the removal of the links it deleted.
#

@receiver(m2m_changed, dispatch_uid='nco_links_cleared')
def links_cleared(sender, instance, action, reverse, model, **kwargs):
    if reverse or action not in ('pre_clear', 'post_clear') or not isinstance(instance, CustomObject):
        return
    field = next((f for f in instance._meta.local_many_to_many if f.remote_field.through is sender), None)
    if field is None:
        return
    if action == 'pre_clear':
        cleared = getattr(instance, '_nco_cleared_links', {})
        cleared[field.name] = set(getattr(instance, field.name).values_list('pk', flat=True))
        instance._nco_cleared_links = cleared
        return
    removed = getattr(instance, '_nco_cleared_links', {}).pop(field.name, set())
    if removed:
        handle_changed_object(sender=sender, instance=instance, action='post_remove', reverse=False, model=model,
                              pk_set=removed)


#
# Polymorphic fields. Their related object types are set after the row is first saved: check them, then refresh the
# model like a row save does. No foreign key points at their targets: a deleted target is detached here (one
# dictionary lookup for models that no polymorphic field allows).
#

@receiver(m2m_changed, sender=CustomObjectTypeField.related_object_types.through,
          dispatch_uid='nco_field_related_types_changed')
def field_related_types_changed(sender, instance, action, pk_set, using, **kwargs):
    check_related_object_types(instance, action, pk_set)
    if action in ('post_add', 'post_remove', 'post_clear'):
        polymorphic_targets.invalidate()
        _bump_type(instance.custom_object_type_id, using)
        model_cache.expire(instance.custom_object_type_id)


@receiver(post_delete, dispatch_uid='nco_polymorphic_target_deleted')
def polymorphic_target_deleted(sender, instance, using, **kwargs):
    polymorphic_targets.detach(sender, instance, using, model_cache.get_model_by_id)


#
# CUSTOM_VALIDATORS keyed by type slug ("netbox_custom_objects.<slug>"), which users can read, in addition to
# NetBox's own lookup by the internal model name ("netbox_custom_objects.table<id>model").
#

@receiver(post_clean, dispatch_uid='nco_slug_validators')
def run_slug_validators(sender, instance, **kwargs):
    if not isinstance(instance, CustomObject):
        return
    key = f'{APP_LABEL}.{instance._snapshot.slug}'
    if validators := get_config_value_ci(get_config().CUSTOM_VALIDATORS, key, default=[]):
        run_validators(instance, validators)
