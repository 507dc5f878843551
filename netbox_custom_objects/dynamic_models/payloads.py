"""The change-log payload of a custom object: what it carries besides field values, and how a payload recorded
under a field's old name is read with the current names.

Every object payload names the field behind each value (`FIELD_IDS`: {attribute: [field id, field name]}, a key
NetBox leaves out of diffs), so that a squash merge can re-key collapsed payloads by field identity
(`branching/renames.py`). A key that is no longer a field name is mapped to the field that carried that name before:
each field row keeps its `previous_names`, so nothing depends on change-log history (pitfall
renames-found-in-history). These helpers live here, with the models whose payloads they describe, because the
generated models use them (`dynamic_models/base.py`); `branching/` builds its replay rules on top of them."""

__all__ = (
    'FIELD_IDS',
    'field_ids',
    'translate_renamed_keys',
)

# Keys starting with "_" are left out of NetBox's diffs, hence out of merge data and conflict detection.
FIELD_IDS = '_nco_field_ids'


def translate_renamed_keys(model, data):
    """`data` with old attribute names replaced by current ones, or None for models that are not ours."""
    snapshot = getattr(model, '_snapshot', None)
    if snapshot is None or not isinstance(data, dict):
        return None
    renames = _renames(snapshot)
    if not renames or not any(key in renames for key in data):
        return data
    translated = {}
    for key, value in data.items():
        new_key = renames.get(key, key)
        if new_key != key and new_key in data:
            continue  # the payload already carries the current name; it wins
        translated[new_key] = value
    return translated


def _renames(snapshot):
    """{old attribute name: current attribute name} for every renamed field of the type."""
    current = {attribute for field in snapshot.fields for attribute in field.field_type.value_attributes(field)}
    renames = {}
    for field in snapshot.fields:
        for old_name in field.previous_names:
            for attribute in field.field_type.value_attributes(field):
                old_attribute = old_name + attribute[len(field.name):]
                if old_attribute not in current:
                    renames[old_attribute] = attribute
    return renames


def field_ids(snapshot):
    """The `FIELD_IDS` sidecar of payloads of objects of the type `snapshot`."""
    return {
        attribute: [field.id, field.name]
        for field in snapshot.fields for attribute in {field.name, *field.field_type.value_attributes(field)}
    }
