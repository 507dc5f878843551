"""What is built once for a generated model class and kept on that class.

A generated class is replaced when its type's definition changes, and what was built from it (its filter set, table,
forms, serializers, type rows) must go with it. Kept as an attribute of the class itself, it does; a cache keyed by
the class would keep replaced classes alive."""

__all__ = (
    'per_class',
)


def per_class(model, attribute, build):
    """`model.<attribute>`, built by `build(model)` the first time it is asked for. Read from the class's own
    namespace, so that a class never answers with what was built for a class it inherits from."""
    value = model.__dict__.get(attribute)
    if value is None:
        value = build(model)
        setattr(model, attribute, value)
    return value
