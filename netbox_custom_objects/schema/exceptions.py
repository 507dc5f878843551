"""What can go wrong with a schema document, as exceptions that callers (API, UI, command) report without a 500.

Every exception is raised before anything is written, or inside the apply transaction, which then rolls back.
"""

__all__ = (
    'CircularDependencyError',
    'DestructiveChangesError',
    'InvalidDefinitionError',
    'SchemaError',
    'SchemaPermissionError',
    'SchemaValidationError',
    'UnknownChoiceSetError',
    'UnknownFieldTypeError',
    'UnknownObjectTypeError',
    'UnresolvableReferenceError',
)


class SchemaError(Exception):
    """Base class: the document cannot be compared or applied as it is."""


class SchemaValidationError(SchemaError, ValueError):
    """The document is not a valid document of the format (unparsable, or refused by the JSON Schema)."""

    def __init__(self, errors):
        self.errors = list(errors)  # [{'path': 'types.0.slug', 'message': ...}]
        super().__init__('; '.join(f'{e["path"] or "document"}: {e["message"]}' for e in self.errors))


class UnresolvableReferenceError(SchemaError, LookupError):
    """A name in the document matches nothing in this NetBox."""


class UnknownChoiceSetError(UnresolvableReferenceError):
    pass


class UnknownObjectTypeError(UnresolvableReferenceError):
    pass


class UnknownFieldTypeError(UnresolvableReferenceError):
    pass


class CircularDependencyError(SchemaError):
    """Types of the document refer to each other in a cycle (a type referring to itself is fine)."""

    def __init__(self, slugs):
        self.slugs = list(slugs)
        super().__init__('These custom object types refer to each other in a cycle: ' + ' → '.join(self.slugs))


class DestructiveChangesError(SchemaError):
    """Applying would remove fields or delete types, and that was not allowed; nothing has been changed."""

    def __init__(self, slugs):
        self.slugs = sorted(slugs)
        super().__init__(
            'Applying this document would remove fields or delete types (' + ', '.join(self.slugs) + '). Allow '
            'destructive changes to apply it.'
        )


class InvalidDefinitionError(SchemaError):
    """The model refused a type or field definition (its full_clean()); the apply has been rolled back."""

    def __init__(self, slug, field, validation_error):
        self.slug, self.field = slug, field
        self.message_dict = getattr(validation_error, 'message_dict', None) or {'__all__': validation_error.messages}
        where = f'{slug}.{field}' if field else slug
        details = '; '.join(
            f'{attribute}: {" ".join(messages)}' if attribute != '__all__' else ' '.join(messages)
            for attribute, messages in self.message_dict.items()
        )
        super().__init__(f'{where}: {details}')


class SchemaPermissionError(SchemaError):
    """The user's ObjectPermissions (constraints included) do not cover what the plan reads or writes; nothing has
    been changed (a refusal found after writing rolls the apply back)."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__(' '.join(self.problems))
