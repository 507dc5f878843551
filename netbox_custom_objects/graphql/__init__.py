"""⑤ GraphQL: custom object types in NetBox's /graphql/, live (no restart) and per branch.

- `shapes`:  the vocabulary field types answer `graphql_fields()` with, and the scalar kinds;
- `types`:   the object type of a generated model (`Table<id>ModelType`), permission-restricted relations;
- `filters`: its filter input (`Table<id>ModelFilter`);
- `builder`: one build (`SchemaBuilder`): NetBox's Query plus `custom_objects_<slug>` / `custom_objects_<slug>_list`
  per type;
- `seeding`: the converted types a build starts from;
- `live`:    the live schemas (`LiveSchema`) per branch, when to build one, and the hook into NetBox's GraphQL view.
"""

# The plugin's `graphql_schema` resource: no static root query types (see CustomObjectsPluginConfig).
STATIC_ROOT_QUERIES = ()
