"""The field-type registry: type key → FieldType instance."""

__all__ = (
    'DEFAULT_FIELD_TYPE',
    'FIELD_TYPE_CLASS',
    'all_field_types',
    'get_field_type',
    'register',
)

# The type a new field starts with (model default, form initial value).
DEFAULT_FIELD_TYPE = 'text'

FIELD_TYPE_CLASS = {}
_instances = {}


def register(cls):
    """Class decorator: make `cls` the implementation of the type `cls.key` (a duplicate key is a bug)."""
    if cls.key in FIELD_TYPE_CLASS:
        raise RuntimeError(f'Field type {cls.key!r} is already registered by {FIELD_TYPE_CLASS[cls.key].__name__}')
    FIELD_TYPE_CLASS[cls.key] = cls
    _instances[cls.key] = cls()
    return cls


def get_field_type(key):
    try:
        return _instances[key]
    except KeyError:
        raise LookupError(f'Unknown custom object field type: {key!r}') from None


def all_field_types():
    return tuple(_instances.values())
