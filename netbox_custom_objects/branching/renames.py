"""Replaying payloads recorded under a field's old name (upstream P-6, P-7, P-8).

netbox-branching passes every UPDATE payload (and each side of a ChangeDiff) through the registered ObjectChange
field migrators before applying or comparing it. A key that is no longer a field name is mapped to the field that
carried that name before (each field row keeps its `previous_names`, so nothing depends on change-log history,
which retention purges, and no history is rewritten)."""

__all__ = (
    'translate_renamed_keys',
)


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
