"""The plugin's own signals (kwargs documented here).

`field_saved`: a CustomObjectTypeField row has been written by its `save()`, inside the save's transaction.
    change: a FieldChange (dynamic_models/field_change.py): the definition before and after, and what the write did.
    using:  the database alias the row was written to (main's, or a branch's).
  `receivers.field_saved` consumes it. (A deletion reaches the same consumer from Django's post_delete.)
"""

from django.dispatch import Signal

__all__ = (
    'field_saved',
)

field_saved = Signal()
