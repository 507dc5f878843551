"""Polymorphic object and multiobject fields: references to objects of any of several allowed types.

They are variants of the object and multiobject types (their `variant_for()` answers with one of the instances below
when `field.is_polymorphic`), not types registered under a key of their own. The allowed types are the field row's
`related_object_types` (a FieldSnapshot holds them as sorted `(app_label, model)` pairs).

Storage
- object: columns `<name>_content_type_id` (integer, no database foreign key) and `<name>_object_id` (bigint) with
  the index `co_<type id>_<name>_gfk`; on the model a ForeignKey to ContentType, a PositiveBigIntegerField and a
  GenericForeignKey `<name>`.
- multiobject: the link table `custom_objects_<type id>_<name>` (source_id, content_type_id, object_id), modelled by
  a link model registered beside its owner; on the owner a descriptor `<name>` returning a `PolymorphicLinkManager`.
  Assigning to it (`obj.<name> = [...]`, also what `Model(**data)` and DRF do) takes effect at the next save().

No foreign key points at a target, so deleting a target nulls or unlinks its references through
`polymorphic_targets.detach()` (called by a post_delete receiver; a dictionary lookup for models that no polymorphic
field allows).

Forms: one picker per allowed type, named `<name>__<app_label>_<model>` in EDIT and BULK_EDIT mode (a
DynamicModelChoiceField for object, a DynamicModelMultipleChoiceField for multiobject) and `<name>_<app_label>_<model>`
in FILTER mode (the filter names). The form owner calls `form_initial`, `form_clean` (object: assigns the chosen
object, refuses two) and `form_save` (multiobject: sets the links). In BULK_EDIT mode an empty choice leaves the
value alone; to null the field, call the hooks in EDIT mode with no values. Polymorphic fields are not importable.

Modules
- `types.py`: the base of both variants and the object variant; `multi_types.py`: the multiobject variant.
- `references.py`: allowed types, and references to objects (instances, pairs, reference dicts).
- `links.py`: the link model of a multiobject variant, the manager of one object's links, the descriptor.
- `surfaces.py`: REST fields, the filter method, table columns.
- `validation.py`: changes of a field's `related_object_types` (the definition rules are in `../rules.py`).
- `deleted_targets.py`: which fields allow a model, and detaching references to a deleted target.
"""

from .deleted_targets import *
from .links import *
from .multi_types import *
from .references import *
from .surfaces import *
from .types import *
from .validation import *
