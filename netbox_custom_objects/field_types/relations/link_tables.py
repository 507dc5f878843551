"""The link tables of multiobject fields (`custom_objects_<type id>_<field name>`): created with the field, renamed
with it (links kept) and dropped with it, for both variants; and the through model of a (non-polymorphic) one. The
polymorphic variant's link model is in `polymorphic/links.py`."""

from django.db import models

from ...constants import APP_LABEL, model_name, through_model_name, through_table_name
from ...ddl import CreateThroughTable, DropTable, RenameLinkTable

__all__ = (
    'build_through_model',
    'link_table_ops',
)


def build_through_model(field, target, apps=None):
    """The through model of `field` (target: a model class or 'self'), registered in `apps` (Django's when None).

    Marked auto_created so that it stays out of `get_models()` lists and admin-like listings, as Django's own
    implicit through models do."""
    owner = f'{APP_LABEL}.{model_name(field.custom_object_type_id)}'
    meta = {
        'app_label': APP_LABEL,
        'db_table': through_table_name(field.custom_object_type_id, field.name),
        'managed': False,
        'auto_created': True,
        'unique_together': (('source', 'target'),),
    }
    if apps is not None:
        meta['apps'] = apps
    attrs = {
        '__module__': f'{APP_LABEL}.dynamic_models.generated',
        'Meta': type('Meta', (), meta),
        'source': models.ForeignKey(owner, on_delete=models.CASCADE, related_name='+', db_constraint=False),
        'target': models.ForeignKey(
            owner if target == 'self' else target, on_delete=models.CASCADE, related_name='+', db_constraint=False
        ),
    }
    return type(through_model_name(field.custom_object_type_id, field.name), (models.Model,), attrs)


def link_table_ops(table, old, new, target_table):
    """The DDL of a multiobject field's link table (`target_table` None: polymorphic): created with the field,
    renamed with it (links kept), dropped with it."""
    if old is None:
        return [CreateThroughTable(through_table_name(new.custom_object_type_id, new.name), table, target_table)]
    old_table = through_table_name(old.custom_object_type_id, old.name)
    if new is None:
        return [DropTable(old_table)]
    if old.name != new.name:
        return [RenameLinkTable(old_table, through_table_name(new.custom_object_type_id, new.name))]
    return []
