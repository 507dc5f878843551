"""`connect()`: plugs the plugin into netbox-branching's documented hooks (nothing without netbox-branching)."""

from django.apps import apps
from django.db.models.signals import post_save, pre_save

from core.signals import job_end

from ..dynamic_models.loader import wrap_lookups
from .conflicts import recompute_conflicts, store_conflict_names
from .lifecycle import resync_model_cache
from .ordering import add_custom_object_edges
from .provisioning import complete_provisioned_branch
from .renames import translate_renamed_keys
from .routing import supports_branching_resolver
from .unique_ordering import add_unique_constraint_edges

__all__ = (
    'connect',
)


def connect():
    if not apps.is_installed('netbox_branching'):
        return
    # Imported here: the package exists only where netbox-branching is installed.
    from netbox_branching import signals as branching_signals
    from netbox_branching.models import ChangeDiff
    from netbox_branching.utilities import register_branching_resolver, register_objectchange_field_migrator

    from . import changelog
    from .preloading import preload_branch_types, preload_deleted_types, preload_vanished_types
    from .review import review_lookup

    register_branching_resolver(supports_branching_resolver)
    wrap_lookups(review_lookup)  # netbox-branching's pages resolve types the context does not have
    changelog.install()  # NetBox's change log in a branch lists the branch's types
    register_objectchange_field_migrator(translate_renamed_keys)
    pre_save.connect(recompute_conflicts, sender=ChangeDiff, dispatch_uid='nco_conflicts')
    post_save.connect(store_conflict_names, sender=ChangeDiff, dispatch_uid='nco_conflict_names')
    branching_signals.squash_dependency_graph_built.connect(add_custom_object_edges, dispatch_uid='nco_squash')
    # (after the edges above: ordering.py rekeys the objects' payloads first)
    branching_signals.squash_dependency_graph_built.connect(add_unique_constraint_edges,
                                                            dispatch_uid='nco_squash_unique')
    branching_signals.pre_merge.connect(preload_branch_types, dispatch_uid='nco_preload_merge')
    branching_signals.pre_revert.connect(preload_deleted_types, dispatch_uid='nco_preload_revert')
    branching_signals.pre_sync.connect(preload_vanished_types, dispatch_uid='nco_preload_sync')
    branching_signals.post_provision.connect(complete_provisioned_branch, dispatch_uid='nco_provisioned')
    for name in ('post_merge', 'post_sync', 'post_revert'):
        getattr(branching_signals, name).connect(resync_model_cache, dispatch_uid=f'nco_resync_{name}')
    # Merges run as jobs; a failed or dry-run merge sends no post_* signal, but its job always ends.
    job_end.connect(resync_model_cache, dispatch_uid='nco_resync_job_end')
