"""NetBox finds some per-model classes by name: `<app>.forms.<Model>FilterForm` and `<app>.filtersets.<Model>FilterSet`
(its object selector), `<app>.tables.<Model>Table` (saved table configurations). For generated models those names
(`Table5ModelFilterSet`, ...) are resolved on demand, through a module `__getattr__`, to the current class."""

from contextlib import suppress

from .constants import extract_type_id
from .dynamic_models import model_cache

__all__ = (
    'generated_class',
)


def generated_class(module_name, name, suffix, build):
    """`build(model)` for the generated model named by `name` minus `suffix`, else the AttributeError of a missing
    module attribute."""
    model_name = name.removesuffix(suffix)
    if model_name != name and extract_type_id(model_name) is not None:
        with suppress(LookupError):
            return build(model_cache.get_model_by_name(model_name))
    raise AttributeError(f'module {module_name!r} has no attribute {name!r}')
