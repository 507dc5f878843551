"""The portable schema: custom object types as a YAML or JSON document, compared with and applied to a NetBox.

    from netbox_custom_objects.schema import export_cots, dump_document, load_document, diff_document, apply_document

    text = dump_document(export_cots(CustomObjectType.objects.all()))          # YAML (format='json' for JSON)
    diffs = diff_document(load_document(text))                                  # the plan; nothing is written
    apply_document(load_document(text), allow_destructive=False)                # one transaction, DDL included

Modules: `format` (keys, defaults, the JSON Schema), `text` (YAML/JSON text ↔ document), `exporter`, `comparator`
(the plan), `applier` (the apply), `permissions`, `exceptions`.
"""

from .applier import *
from .comparator import *
from .exceptions import *
from .exporter import *
from .format import *
from .permissions import *
from .text import *
