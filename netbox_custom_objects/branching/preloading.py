"""Classes for types that exist only in the branch being merged (upstream P-5).

The squash strategy looks up `ContentType.model_class()` for every change *before* applying any of them; for a type
the branch created, main has no row yet, so the lookup would fail (and a fresh worker has never seen the type).
Before a merge, the branch's definitions of such types are read from the branch schema and handed to the model
cache, which builds main-registry classes from them until the replay creates the real rows; the classes are
re-checked against the database when the operation ends (lifecycle.resync_model_cache)."""

from functools import partial

from netbox_branching.choices import BranchStatusChoices
from netbox_branching.models import Branch
from netbox_branching.utilities import activate_branch

from ..dynamic_models import model_cache
from ..dynamic_models.cache import load_snapshots

__all__ = (
    'preload_branch_types',
)


def preload_branch_types(sender, branch, **kwargs):
    main_ids = set(load_snapshots())
    with activate_branch(branch):
        branch_snapshots = load_snapshots()
    model_cache.preload(
        {type_id: snapshot for type_id, snapshot in branch_snapshots.items() if type_id not in main_ids},
        needed=partial(_still_merging, branch.pk),
    )


def _still_merging(branch_pk):
    """The preloaded classes serve until the engine's merge ends — committed, failed or a dry run (the branch
    leaves the MERGING status in every case, and no other signal marks the last two)."""
    return Branch.objects.filter(pk=branch_pk, status=BranchStatusChoices.MERGING).exists()
