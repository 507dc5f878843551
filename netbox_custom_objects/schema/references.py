"""Portable names of the objects a document refers to, and back.

- choice sets by name;
- object types as "<app_label>/<model>" (e.g. "dcim/site"), custom object types as "custom-objects/<slug>" (the
  slug travels; ids and table names do not). "netbox_custom_objects/<slug>" and ".../table<id>model" are read as
  aliases and written in the canonical form.
"""

from core.models import ObjectType
from extras.models import CustomFieldChoiceSet

from ..constants import APP_LABEL, extract_type_id
from ..field_types.relations.targets import target_error
from ..models import CustomObjectType
from .exceptions import UnknownChoiceSetError, UnknownObjectTypeError
from .format import CUSTOM_OBJECTS_PREFIX

__all__ = (
    'References',
)

_CUSTOM_OBJECT_LABELS = frozenset({CUSTOM_OBJECTS_PREFIX, APP_LABEL})


class References:
    """Names ↔ database objects for one export, comparison or apply (lookups are cached for its duration).

    `new_slugs` are the slugs of types a document is about to create: references to them are valid although they
    do not resolve yet."""

    def __init__(self, new_slugs=()):
        self.new_slugs = set(new_slugs)
        self._slugs = None
        self._choice_sets = {}
        self._checked = set()

    # Database → document

    def slug_of(self, type_id):
        if self._slugs is None:
            self._slugs = dict(CustomObjectType.objects.values_list('pk', 'slug'))
        return self._slugs.get(type_id)

    def name_of(self, object_type):
        """The portable name of an ObjectType (None stays None)."""
        if object_type is None:
            return None
        if object_type.app_label == APP_LABEL and (type_id := extract_type_id(object_type.model)) is not None:
            slug = self.slug_of(type_id)
            if slug is not None:
                return f'{CUSTOM_OBJECTS_PREFIX}/{slug}'
        return f'{object_type.app_label}/{object_type.model}'

    # Document → canonical spelling

    def normalize(self, reference):
        app_label, _, model = reference.partition('/')
        if app_label in _CUSTOM_OBJECT_LABELS:
            type_id = extract_type_id(model)
            slug = self.slug_of(type_id) if type_id is not None else model
            return f'{CUSTOM_OBJECTS_PREFIX}/{slug or model}'
        return f'{app_label}/{model.lower()}'

    # Document → database (normalized references only)

    def check(self, reference):
        """Raise UnknownObjectTypeError unless `reference` names an existing object type fields may refer to, or a
        new type."""
        if reference in self._checked:  # a document may name the same target thousands of times
            return
        self._check(reference)
        self._checked.add(reference)

    def _check(self, reference):
        app_label, _, model = reference.partition('/')
        if app_label == CUSTOM_OBJECTS_PREFIX:
            if model in self.new_slugs or CustomObjectType.objects.filter(slug=model).exists():
                return
        elif (object_type := ObjectType.objects.filter(app_label=app_label, model=model).first()) is not None:
            # An existing model that fields may not refer to (field_types/relations/targets.py) is refused here
            # already, so that a preview shows what applying would refuse.
            if error := target_error(object_type):
                raise UnknownObjectTypeError(error)
            return
        raise UnknownObjectTypeError(f'Unknown object type "{reference}".')

    def object_type(self, reference):
        """The ObjectType of a normalized reference (custom object types must exist by now)."""
        app_label, _, model = reference.partition('/')
        if app_label == CUSTOM_OBJECTS_PREFIX:
            found = CustomObjectType.objects.filter(slug=model).select_related('object_type').first()
            object_type = found.object_type if found is not None else None
        else:
            object_type = ObjectType.objects.filter(app_label=app_label, model=model).first()
        if object_type is None:
            raise UnknownObjectTypeError(f'Unknown object type "{reference}".')
        return object_type

    def choice_set(self, name):
        if name not in self._choice_sets:
            self._choice_sets[name] = CustomFieldChoiceSet.objects.filter(name=name).first()
        if self._choice_sets[name] is None:
            raise UnknownChoiceSetError(f'Unknown choice set "{name}".')
        return self._choice_sets[name]

    @staticmethod
    def custom_object_slug(reference):
        """The slug of a "custom-objects/<slug>" reference, else None."""
        app_label, _, model = reference.partition('/')
        return model if app_label == CUSTOM_OBJECTS_PREFIX else None
