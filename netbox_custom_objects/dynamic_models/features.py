"""The NetBox features a type chooses (models/type_features.py), as its generated class carries them.

Journal, contacts and image attachments are NetBox's own mixins (each a generic relation: deleting an object deletes
its rows), added to the class's bases only when the type enables them, so that NetBox's feature registry
(`get_model_features`, ObjectType.features) sees exactly what the type has. Change logging keeps its mixin (its
`created` and `last_updated` columns are in every table), and a type without it has no `to_objectchange()`: NetBox's
signal handlers then record nothing and queue no event, as for its own models without change logging.
"""

from netbox.models.features import ContactsMixin, ImageAttachmentsMixin, JournalingMixin, get_model_features

__all__ = (
    'OPTIONAL_MIXINS',
    'class_attributes',
    'feature_mixins',
    'object_type_features',
    'sync_object_type_features',
)

# Feature attribute of the type -> the NetBox mixin that gives its objects the feature.
OPTIONAL_MIXINS = {
    'journal_enabled': JournalingMixin,
    'contacts_enabled': ContactsMixin,
    'image_attachments_enabled': ImageAttachmentsMixin,
}
# NetBox's feature names that a type without change logging does not have.
CHANGE_LOGGING_FEATURES = ('change_logging', 'event_rules')
# Feature attribute of the type -> NetBox's feature names it decides.
FEATURE_NAMES = {
    'journal_enabled': ('journaling',),
    'contacts_enabled': ('contacts',),
    'image_attachments_enabled': ('image_attachments',),
    'change_logging_enabled': CHANGE_LOGGING_FEATURES,
}


class Absent:
    """A class attribute that is not there: `hasattr()` answers False on the class and its instances."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner):
        raise AttributeError(self.name)


def feature_mixins(snapshot=None):
    """The optional NetBox mixins of a generated class: those the type enables, or every one without a snapshot
    (the names a field may not take, the columns of a table: the same for every type)."""
    if snapshot is None:
        return tuple(OPTIONAL_MIXINS.values())
    return tuple(mixin for name, mixin in OPTIONAL_MIXINS.items() if snapshot.has_feature(name))


def class_attributes(snapshot):
    """Attributes the generated class gets for its features."""
    if snapshot.has_feature('change_logging_enabled'):
        return {}
    return {'to_objectchange': Absent()}


def object_type_features(model):
    """NetBox's feature names of a generated class, as its ObjectType row lists them."""
    features = get_model_features(model)
    if not model._snapshot.has_feature('change_logging_enabled'):
        features = [feature for feature in features if feature not in CHANGE_LOGGING_FEATURES]
    return features


def sync_object_type_features(type_row):
    """Bring the type's ObjectType row in line with its feature attributes after a change (one query to read it,
    one to write it when it differs): NetBox lists a type as a target of image attachments, journal entries, contacts
    and event rules by these names. The row is main's, shared by every branch: callers leave a branch's change to
    its merge."""
    object_type = type_row.object_type
    if object_type is None:
        return
    features = set(object_type.features)
    for attribute, names in FEATURE_NAMES.items():
        if getattr(type_row, attribute):
            features.update(names)
        else:
            features.difference_update(names)
    if features != set(object_type.features):
        object_type.features = sorted(features)
        object_type.save(update_fields=('features',))
