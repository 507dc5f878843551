"""Routing: generated models and their link models are branchable.

Generated classes are ChangeLoggingMixin subclasses, but netbox-branching's default heuristic resolves the *live*
class through `apps.get_model()` (main's registry), which knows neither branch-only types nor link models; link
models are plain `models.Model`. Without this resolver their rows would be written to main from inside a branch.
"""

from ..constants import APP_LABEL

__all__ = (
    'supports_branching_resolver',
)

GENERATED_PREFIXES = ('table', 'through_')


def supports_branching_resolver(model):
    """True for generated and link models of this plugin; None (no opinion) for everything else. Runs on every
    routed query: attribute checks only."""
    opts = getattr(model, '_meta', None)
    if opts is None or opts.app_label != APP_LABEL:
        return None
    return True if opts.model_name.startswith(GENERATED_PREFIXES) else None
