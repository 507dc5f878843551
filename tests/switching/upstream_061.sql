-- An upstream netboxlabs-netbox-custom-objects 0.6.1 database, made by dev/upstream_fixture.py;
-- load it onto a fresh copy of nco_tpl_nb473_br122. NetBox rows first, then the plugin and the branches.
SET session_replication_role = replica;
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":678,"name":"Can add custom object object type","content_type_id":172,"codename":"add_customobjectobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":679,"name":"Can change custom object object type","content_type_id":172,"codename":"change_customobjectobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":680,"name":"Can delete custom object object type","content_type_id":172,"codename":"delete_customobjectobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":681,"name":"Can view custom object object type","content_type_id":172,"codename":"view_customobjectobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":682,"name":"Can add Custom Object Type","content_type_id":170,"codename":"add_customobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":683,"name":"Can change Custom Object Type","content_type_id":170,"codename":"change_customobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":684,"name":"Can delete Custom Object Type","content_type_id":170,"codename":"delete_customobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":685,"name":"Can view Custom Object Type","content_type_id":170,"codename":"view_customobjecttype"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":686,"name":"Can add custom object type field","content_type_id":171,"codename":"add_customobjecttypefield"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":687,"name":"Can change custom object type field","content_type_id":171,"codename":"change_customobjecttypefield"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":688,"name":"Can delete custom object type field","content_type_id":171,"codename":"delete_customobjecttypefield"}');
INSERT INTO public."auth_permission" SELECT * FROM json_populate_record(NULL::public."auth_permission", '{"id":689,"name":"Can view custom object type field","content_type_id":171,"codename":"view_customobjecttypefield"}');
SELECT setval('public.auth_permission_id_seq', 689);
INSERT INTO public."core_job" SELECT * FROM json_populate_record(NULL::public."core_job", '{"id":1,"object_id":null,"name":"Reindex Custom Object Type: server_info","created":"2026-12-05T15:20:56.103296+00:00","scheduled":null,"interval":null,"started":null,"completed":null,"status":"pending","data":{"cot_id": 1, "job_class": "ReindexCustomObjectTypeJob"},"job_id":"3ada6925-2e68-45b3-8bd4-a2af4e52f5bc","object_type_id":null,"user_id":null,"error":"","log_entries":[],"queue_name":"default","notifications":"always","execution_time":null}');
INSERT INTO public."core_job" SELECT * FROM json_populate_record(NULL::public."core_job", '{"id":2,"object_id":null,"name":"Reindex Custom Object Type: rack_note","created":"2026-12-05T15:21:07.622808+00:00","scheduled":null,"interval":null,"started":null,"completed":null,"status":"pending","data":{"cot_id": 2, "job_class": "ReindexCustomObjectTypeJob"},"job_id":"1c1e8aee-6b5c-4285-b4ef-f3672457d4b5","object_type_id":null,"user_id":null,"error":"","log_entries":[],"queue_name":"default","notifications":"always","execution_time":null}');
INSERT INTO public."core_job" SELECT * FROM json_populate_record(NULL::public."core_job", '{"id":3,"object_id":null,"name":"Reindex Custom Object Type: ticket","created":"2026-12-05T15:21:56.872498+00:00","scheduled":null,"interval":null,"started":null,"completed":null,"status":"pending","data":{"cot_id": 3, "job_class": "ReindexCustomObjectTypeJob"},"job_id":"b9a2fb94-117b-434c-ba6d-6483f3c7c5ba","object_type_id":null,"user_id":null,"error":"","log_entries":[],"queue_name":"default","notifications":"always","execution_time":null}');
SELECT setval('public.core_job_id_seq', 3);
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":1,"time":"2026-12-05T15:20:53.875772+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Site 1","prechange_data":null,"postchange_data":{"asns": [], "name": "Site 1", "slug": "site-1", "tags": [], "group": null, "owner": null, "region": null, "status": "active", "tenant": null, "created": "2026-12-05T15:20:53.764Z", "comments": "", "facility": "", "latitude": null, "longitude": null, "time_zone": null, "description": "", "custom_fields": {}, "physical_address": "", "shipping_address": ""},"changed_object_type_id":1,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":2,"time":"2026-12-05T15:20:54.073521+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Site 2","prechange_data":null,"postchange_data":{"asns": [], "name": "Site 2", "slug": "site-2", "tags": [], "group": null, "owner": null, "region": null, "status": "active", "tenant": null, "created": "2026-12-05T15:20:54.024Z", "comments": "", "facility": "", "latitude": null, "longitude": null, "time_zone": null, "description": "", "custom_fields": {}, "physical_address": "", "shipping_address": ""},"changed_object_type_id":1,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":3,"time":"2026-12-05T15:20:54.201261+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":3,"related_object_id":null,"object_repr":"Site 3","prechange_data":null,"postchange_data":{"asns": [], "name": "Site 3", "slug": "site-3", "tags": [], "group": null, "owner": null, "region": null, "status": "active", "tenant": null, "created": "2026-12-05T15:20:54.156Z", "comments": "", "facility": "", "latitude": null, "longitude": null, "time_zone": null, "description": "", "custom_fields": {}, "physical_address": "", "shipping_address": ""},"changed_object_type_id":1,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":4,"time":"2026-12-05T15:20:54.356593+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Tenant 1","prechange_data":null,"postchange_data":{"name": "Tenant 1", "slug": "tenant-1", "tags": [], "group": null, "owner": null, "created": "2026-12-05T15:20:54.312Z", "comments": "", "description": "", "custom_fields": {}},"changed_object_type_id":139,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":5,"time":"2026-12-05T15:20:54.491958+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Tenant 2","prechange_data":null,"postchange_data":{"name": "Tenant 2", "slug": "tenant-2", "tags": [], "group": null, "owner": null, "created": "2026-12-05T15:20:54.464Z", "comments": "", "description": "", "custom_fields": {}},"changed_object_type_id":139,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":6,"time":"2026-12-05T15:20:54.63915+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Tag 1","prechange_data":null,"postchange_data":{"name": "Tag 1", "slug": "tag-1", "color": "9e9e9e", "owner": null, "weight": 1000, "created": "2026-12-05T15:20:54.588Z", "description": "", "object_types": []},"changed_object_type_id":114,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":7,"time":"2026-12-05T15:20:54.760755+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Tag 2","prechange_data":null,"postchange_data":{"name": "Tag 2", "slug": "tag-2", "color": "9e9e9e", "owner": null, "weight": 1000, "created": "2026-12-05T15:20:54.732Z", "description": "", "object_types": []},"changed_object_type_id":114,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":8,"time":"2026-12-05T15:20:54.87784+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Colours","prechange_data":null,"postchange_data":{"name": "Colours", "owner": null, "created": "2026-12-05T15:20:54.857Z", "description": "", "base_choices": null, "choice_colors": {}, "extra_choices": "[\"[\\\"red\\\", \\\"Red\\\"]\", \"[\\\"green\\\", \\\"Green\\\"]\", \"[\\\"blue\\\", \\\"Blue\\\"]\"]", "order_alphabetically": false},"changed_object_type_id":120,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":9,"time":"2026-12-05T15:20:54.968995+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Server info","prechange_data":null,"postchange_data":{"name": "server_info", "slug": "server-info", "tags": [], "created": "2026-12-05T15:20:54.935Z", "version": "", "comments": "", "group_name": "", "description": "Every field type", "object_type": null, "verbose_name": "Server info", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"changed_object_type_id":170,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":10,"time":"2026-12-05T15:20:55.095941+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"update","changed_object_id":1,"related_object_id":null,"object_repr":"Server info","prechange_data":{"name": "server_info", "slug": "server-info", "tags": [], "created": "2026-12-05T15:20:54.935Z", "version": "", "comments": "", "group_name": "", "description": "Every field type", "object_type": null, "verbose_name": "Server info", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"postchange_data":{"name": "server_info", "slug": "server-info", "tags": [], "created": "2026-12-05T15:20:54.935Z", "version": "", "comments": "", "group_name": "", "description": "Every field type", "object_type": 173, "verbose_name": "Server info", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"changed_object_type_id":170,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":11,"time":"2026-12-05T15:20:55.472695+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Rack_note","prechange_data":null,"postchange_data":{"name": "rack_note", "slug": "rack-notes", "tags": [], "created": "2026-12-05T15:20:55.446Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": null, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"changed_object_type_id":170,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":12,"time":"2026-12-05T15:20:55.524071+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"update","changed_object_id":2,"related_object_id":null,"object_repr":"Rack_note","prechange_data":{"name": "rack_note", "slug": "rack-notes", "tags": [], "created": "2026-12-05T15:20:55.446Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": null, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"postchange_data":{"name": "rack_note", "slug": "rack-notes", "tags": [], "created": "2026-12-05T15:20:55.446Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": 174, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"changed_object_type_id":170,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":13,"time":"2026-12-05T15:20:55.981295+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Hostname","prechange_data":null,"postchange_data":{"name": "hostname", "type": "text", "label": "", "unique": true, "weight": 100, "context": false, "created": "2026-12-05T15:20:55.954Z", "default": null, "primary": true, "comments": "", "required": true, "schema_id": 1, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":14,"time":"2026-12-05T15:20:56.626114+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Notes","prechange_data":null,"postchange_data":{"name": "notes", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:56.576Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":15,"time":"2026-12-05T15:20:57.392803+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":3,"related_object_id":null,"object_repr":"Cores","prechange_data":null,"postchange_data":{"name": "cores", "type": "integer", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:57.349Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 3, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": 512, "validation_minimum": 1, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":16,"time":"2026-12-05T15:20:58.172138+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":4,"related_object_id":null,"object_repr":"Price","prechange_data":null,"postchange_data":{"name": "price", "type": "decimal", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:58.135Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 4, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":17,"time":"2026-12-05T15:20:58.898769+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":5,"related_object_id":null,"object_repr":"Active","prechange_data":null,"postchange_data":{"name": "active", "type": "boolean", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:58.859Z", "default": true, "primary": false, "comments": "", "required": false, "schema_id": 5, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":18,"time":"2026-12-05T15:20:59.581099+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":6,"related_object_id":null,"object_repr":"Purchased","prechange_data":null,"postchange_data":{"name": "purchased", "type": "date", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:59.547Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 6, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":19,"time":"2026-12-05T15:21:00.311763+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":7,"related_object_id":null,"object_repr":"Seen at","prechange_data":null,"postchange_data":{"name": "seen_at", "type": "datetime", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:00.279Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 7, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":20,"time":"2026-12-05T15:21:00.994741+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":8,"related_object_id":null,"object_repr":"Homepage","prechange_data":null,"postchange_data":{"name": "homepage", "type": "url", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:00.954Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 8, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":21,"time":"2026-12-05T15:21:01.668743+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":9,"related_object_id":null,"object_repr":"Facts","prechange_data":null,"postchange_data":{"name": "facts", "type": "json", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:01.629Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 9, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":22,"time":"2026-12-05T15:21:02.304983+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":10,"related_object_id":null,"object_repr":"Colour","prechange_data":null,"postchange_data":{"name": "colour", "type": "select", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:02.265Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 10, "choice_set": 1, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":23,"time":"2026-12-05T15:21:02.972428+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":11,"related_object_id":null,"object_repr":"Palette","prechange_data":null,"postchange_data":{"name": "palette", "type": "multiselect", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:02.943Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 11, "choice_set": 1, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":24,"time":"2026-12-05T15:21:03.741392+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":12,"related_object_id":null,"object_repr":"Site","prechange_data":null,"postchange_data":{"name": "site", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:03.708Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 12, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "servers", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 1, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":25,"time":"2026-12-05T15:21:04.751774+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":13,"related_object_id":null,"object_repr":"Tenants","prechange_data":null,"postchange_data":{"name": "tenants", "type": "multiobject", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:04.710Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 13, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 139, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":26,"time":"2026-12-05T15:21:05.559581+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":14,"related_object_id":null,"object_repr":"Location","prechange_data":null,"postchange_data":{"name": "location", "type": "coordinates", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:05.527Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 14, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 0, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":27,"time":"2026-12-05T15:21:06.433316+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":15,"related_object_id":null,"object_repr":"Owner ref","prechange_data":null,"postchange_data":{"name": "owner_ref", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:06.399Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 15, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": true, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [1, 139], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":28,"time":"2026-12-05T15:21:07.161105+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":16,"related_object_id":null,"object_repr":"Linked","prechange_data":null,"postchange_data":{"name": "linked", "type": "multiobject", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:07.133Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 16, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": true, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [1, 139], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":29,"time":"2026-12-05T15:21:07.507404+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":17,"related_object_id":null,"object_repr":"Title","prechange_data":null,"postchange_data":{"name": "title", "type": "text", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:07.483Z", "default": null, "primary": true, "comments": "", "required": false, "schema_id": 1, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 2, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":30,"time":"2026-12-05T15:21:08.405468+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":18,"related_object_id":null,"object_repr":"Server","prechange_data":null,"postchange_data":{"name": "server", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:08.379Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "rack_notes", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 2, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 173, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":31,"time":"2026-12-05T15:21:09.121056+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":19,"related_object_id":null,"object_repr":"Parent","prechange_data":null,"postchange_data":{"name": "parent", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:09.097Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 3, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "children", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 2, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 174, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":32,"time":"2026-12-05T15:21:10.035584+00:00","user_name":"admin","request_id":"39141070-1894-41db-838c-3a8dd56a312d","action":"create","changed_object_id":20,"related_object_id":null,"object_repr":"Servers","prechange_data":null,"postchange_data":{"name": "servers", "type": "multiobject", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:10.020Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 4, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "noted_in", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 2, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 173, "related_object_types": [], "related_object_filter": null},"changed_object_type_id":171,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":33,"time":"2026-12-05T15:21:10.459607+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"srv-01","prechange_data":null,"postchange_data":{"site": 2, "tags": ["Tag 1"], "cores": 4, "facts": {"rack": 1, "roles": ["web"]}, "notes": "Line one\nline two of server 1", "owner": null, "price": "1001.01", "active": true, "colour": "green", "linked": [{"object_id": 1, "content_type": "dcim.site"}], "created": "2026-12-05T15:21:10.408Z", "palette": "[\"red\"]", "seen_at": "2025-06-01T12:01:00Z", "tenants": [1], "homepage": "https://srv-1.example.com/", "hostname": "srv-01", "purchased": "2024-01-01", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":34,"time":"2026-12-05T15:21:10.767812+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"srv-02","prechange_data":null,"postchange_data":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 8, "facts": {"rack": 2, "roles": ["web", "db"]}, "notes": "Line one\nline two of server 2", "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "created": "2026-12-05T15:21:10.736Z", "palette": "[\"red\", \"blue\"]", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":35,"time":"2026-12-05T15:21:11.038123+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":3,"related_object_id":null,"object_repr":"srv-03","prechange_data":null,"postchange_data":{"site": 1, "tags": [], "cores": 12, "facts": {"rack": 3, "roles": []}, "notes": "Line one\nline two of server 3", "owner": null, "price": "1003.03", "active": false, "colour": "red", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}, {"object_id": 3, "content_type": "dcim.site"}], "created": "2026-12-05T15:21:11.001Z", "palette": [], "seen_at": "2025-06-03T12:03:00Z", "tenants": [], "homepage": "https://srv-3.example.com/", "hostname": "srv-03", "purchased": "2024-01-03", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 1, "owner_ref_content_type": 139, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":36,"time":"2026-12-05T15:21:11.154916+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":4,"related_object_id":null,"object_repr":"srv-04","prechange_data":null,"postchange_data":{"site": 2, "tags": ["Tag 1"], "cores": 16, "facts": {"rack": 4, "roles": ["web"]}, "notes": "Line one\nline two of server 4", "owner": null, "price": "1004.04", "active": true, "colour": "green", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}, {"object_id": 3, "content_type": "dcim.site"}], "created": "2026-12-05T15:21:11.116Z", "palette": "[\"red\"]", "seen_at": "2025-06-04T12:04:00Z", "tenants": [1], "homepage": "https://srv-4.example.com/", "hostname": "srv-04", "purchased": "2024-01-04", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 139, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":37,"time":"2026-12-05T15:21:11.538529+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":5,"related_object_id":null,"object_repr":"srv-05","prechange_data":null,"postchange_data":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 20, "facts": {"rack": 5, "roles": ["web", "db"]}, "notes": "Line one\nline two of server 5", "owner": null, "price": "1005.05", "active": true, "colour": "blue", "linked": [], "created": "2026-12-05T15:21:11.515Z", "palette": "[\"red\", \"blue\"]", "seen_at": "2025-06-05T12:05:00Z", "tenants": [1, 2], "homepage": "https://srv-5.example.com/", "hostname": "srv-05", "purchased": "2024-01-05", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 1, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":38,"time":"2026-12-05T15:21:11.796049+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":6,"related_object_id":null,"object_repr":"srv-06","prechange_data":null,"postchange_data":{"site": 1, "tags": [], "cores": 24, "facts": {"rack": 6, "roles": []}, "notes": "Line one\nline two of server 6", "owner": null, "price": "1006.06", "active": false, "colour": "red", "linked": [], "created": "2026-12-05T15:21:11.771Z", "palette": [], "seen_at": "2025-06-06T12:06:00Z", "tenants": [], "homepage": "https://srv-6.example.com/", "hostname": "srv-06", "purchased": "2024-01-06", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":39,"time":"2026-12-05T15:21:11.881073+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":7,"related_object_id":null,"object_repr":"srv-07","prechange_data":null,"postchange_data":{"site": 2, "tags": ["Tag 1"], "cores": 28, "facts": {"rack": 7, "roles": ["web"]}, "notes": "Line one\nline two of server 7", "owner": null, "price": "1007.07", "active": true, "colour": "green", "linked": [], "created": "2026-12-05T15:21:11.860Z", "palette": "[\"red\"]", "seen_at": "2025-06-07T12:07:00Z", "tenants": [1], "homepage": "https://srv-7.example.com/", "hostname": "srv-07", "purchased": "2024-01-07", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":40,"time":"2026-12-05T15:21:12.043753+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":8,"related_object_id":null,"object_repr":"srv-08","prechange_data":null,"postchange_data":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 32, "facts": {"rack": 8, "roles": ["web", "db"]}, "notes": "Line one\nline two of server 8", "owner": null, "price": "1008.08", "active": true, "colour": "blue", "linked": [], "created": "2026-12-05T15:21:12.019Z", "palette": "[\"red\", \"blue\"]", "seen_at": "2025-06-08T12:08:00Z", "tenants": [1, 2], "homepage": "https://srv-8.example.com/", "hostname": "srv-08", "purchased": "2024-01-08", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 1, "owner_ref_content_type": 139, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":41,"time":"2026-12-05T15:21:12.3357+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":9,"related_object_id":null,"object_repr":"srv-09","prechange_data":null,"postchange_data":{"site": 1, "tags": [], "cores": 36, "facts": {"rack": 9, "roles": []}, "notes": "Line one\nline two of server 9", "owner": null, "price": "1009.09", "active": false, "colour": "red", "linked": [], "created": "2026-12-05T15:21:12.286Z", "palette": [], "seen_at": "2025-06-09T12:09:00Z", "tenants": [], "homepage": "https://srv-9.example.com/", "hostname": "srv-09", "purchased": "2024-01-09", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 139, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":42,"time":"2026-12-05T15:21:12.436604+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":10,"related_object_id":null,"object_repr":"srv-10","prechange_data":null,"postchange_data":{"site": 2, "tags": ["Tag 1"], "cores": 40, "facts": {"rack": 10, "roles": ["web"]}, "notes": "Line one\nline two of server 10", "owner": null, "price": "1010.10", "active": true, "colour": "green", "linked": [], "created": "2026-12-05T15:21:12.421Z", "palette": "[\"red\"]", "seen_at": "2025-06-10T12:10:00Z", "tenants": [1], "homepage": "https://srv-10.example.com/", "hostname": "srv-10", "purchased": "2024-01-10", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 1, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":43,"time":"2026-12-05T15:21:12.629248+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":11,"related_object_id":null,"object_repr":"srv-11","prechange_data":null,"postchange_data":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 44, "facts": {"rack": 11, "roles": ["web", "db"]}, "notes": "Line one\nline two of server 11", "owner": null, "price": "1011.11", "active": true, "colour": "blue", "linked": [], "created": "2026-12-05T15:21:12.599Z", "palette": "[\"red\", \"blue\"]", "seen_at": "2025-06-11T12:11:00Z", "tenants": [1, 2], "homepage": "https://srv-11.example.com/", "hostname": "srv-11", "purchased": "2024-01-11", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":44,"time":"2026-12-05T15:21:12.826267+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":12,"related_object_id":null,"object_repr":"srv-12","prechange_data":null,"postchange_data":{"site": 1, "tags": [], "cores": 48, "facts": {"rack": 12, "roles": []}, "notes": "Line one\nline two of server 12", "owner": null, "price": "1012.12", "active": false, "colour": "red", "linked": [], "created": "2026-12-05T15:21:12.807Z", "palette": [], "seen_at": "2025-06-12T12:12:00Z", "tenants": [], "homepage": "https://srv-12.example.com/", "hostname": "srv-12", "purchased": "2024-01-12", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":45,"time":"2026-12-05T15:21:13.06243+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"Note 1","prechange_data":null,"postchange_data":{"tags": [], "owner": null, "title": "Note 1", "parent": null, "server": 2, "created": "2026-12-05T15:21:13.023Z", "servers": [2, 3, 4]},"changed_object_type_id":174,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":46,"time":"2026-12-05T15:21:13.280134+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"Note 2","prechange_data":null,"postchange_data":{"tags": [], "owner": null, "title": "Note 2", "parent": 1, "server": 3, "created": "2026-12-05T15:21:13.250Z", "servers": [3, 4, 5]},"changed_object_type_id":174,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":47,"time":"2026-12-05T15:21:13.50859+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":3,"related_object_id":null,"object_repr":"Note 3","prechange_data":null,"postchange_data":{"tags": [], "owner": null, "title": "Note 3", "parent": 2, "server": 4, "created": "2026-12-05T15:21:13.478Z", "servers": [4, 5, 6]},"changed_object_type_id":174,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":48,"time":"2026-12-05T15:21:13.716921+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":4,"related_object_id":null,"object_repr":"Note 4","prechange_data":null,"postchange_data":{"tags": [], "owner": null, "title": "Note 4", "parent": 3, "server": 5, "created": "2026-12-05T15:21:13.679Z", "servers": [5, 6, 7]},"changed_object_type_id":174,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":49,"time":"2026-12-05T15:21:14.009801+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":5,"related_object_id":null,"object_repr":"Note 5","prechange_data":null,"postchange_data":{"tags": [], "owner": null, "title": "Note 5", "parent": 4, "server": 6, "created": "2026-12-05T15:21:13.962Z", "servers": [6, 7, 8]},"changed_object_type_id":174,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":50,"time":"2026-12-05T15:21:14.92755+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"update","changed_object_id":1,"related_object_id":null,"object_repr":"srv-01","prechange_data":{"site": 2, "tags": ["Tag 1"], "cores": 4, "facts": {"rack": 1, "roles": ["web"]}, "notes": "Line one\nline two of server 1", "owner": null, "price": "1001.01", "active": true, "colour": "green", "linked": [{"object_id": 1, "content_type": "dcim.site"}], "created": "2026-12-05T15:21:10.408Z", "palette": "[\"red\"]", "seen_at": "2025-06-01T12:01:00Z", "tenants": [1], "homepage": "https://srv-1.example.com/", "hostname": "srv-01", "purchased": "2024-01-01", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"postchange_data":{"site": 2, "tags": ["Tag 1"], "cores": 64, "facts": {"rack": 1, "roles": ["web"]}, "notes": "Line one\nline two of server 1", "owner": null, "price": "1001.01", "active": true, "colour": "green", "linked": [{"object_id": 1, "content_type": "dcim.site"}], "created": "2026-12-05T15:21:10.408Z", "palette": "[\"red\"]", "seen_at": "2025-06-01T12:01:00Z", "tenants": [1], "homepage": "https://srv-1.example.com/", "hostname": "srv-01", "purchased": "2024-01-01", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 2, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":51,"time":"2026-12-05T15:21:15.125048+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"delete","changed_object_id":12,"related_object_id":null,"object_repr":"srv-12","prechange_data":{"site": 1, "tags": [], "cores": 48, "facts": {"rack": 12, "roles": []}, "notes": "Line one\nline two of server 12", "owner": null, "price": "1012.12", "active": false, "colour": "red", "linked": [], "created": "2026-12-05T15:21:12.807Z", "palette": [], "seen_at": "2025-06-12T12:12:00Z", "tenants": [], "homepage": "https://srv-12.example.com/", "hostname": "srv-12", "purchased": "2024-01-12", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"postchange_data":null,"changed_object_type_id":173,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":52,"time":"2026-12-05T15:21:49.097138+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":1,"related_object_id":null,"object_repr":"2026-12-05 15:21 (Info)","prechange_data":null,"postchange_data":{"kind": "info", "tags": [], "created": "2026-12-05T15:21:49.064Z", "comments": "About srv-01", "created_by": 1, "custom_fields": {}, "assigned_object_id": 1, "assigned_object_type": 173},"changed_object_type_id":128,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":53,"time":"2026-12-05T15:21:49.231054+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":2,"related_object_id":null,"object_repr":"2026-12-05 15:21 (Info)","prechange_data":null,"postchange_data":{"kind": "info", "tags": [], "created": "2026-12-05T15:21:49.206Z", "comments": "About srv-02", "created_by": 1, "custom_fields": {}, "assigned_object_id": 2, "assigned_object_type": 173},"changed_object_type_id":128,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":54,"time":"2026-12-05T15:21:49.331924+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":3,"related_object_id":null,"object_repr":"2026-12-05 15:21 (Info)","prechange_data":null,"postchange_data":{"kind": "info", "tags": [], "created": "2026-12-05T15:21:49.301Z", "comments": "About srv-03", "created_by": 1, "custom_fields": {}, "assigned_object_id": 3, "assigned_object_type": 173},"changed_object_type_id":128,"related_object_type_id":null,"user_id":1,"message":""}');
INSERT INTO public."core_objectchange" SELECT * FROM json_populate_record(NULL::public."core_objectchange", '{"id":55,"time":"2026-12-05T15:21:49.42551+00:00","user_name":"admin","request_id":"df8ede4b-d7d4-4175-ac96-22c6c24be999","action":"create","changed_object_id":4,"related_object_id":null,"object_repr":"2026-12-05 15:21 (Warning)","prechange_data":null,"postchange_data":{"kind": "warning", "tags": [], "created": "2026-12-05T15:21:49.399Z", "comments": "Note journal", "created_by": 1, "custom_fields": {}, "assigned_object_id": 1, "assigned_object_type": 174},"changed_object_type_id":128,"related_object_type_id":null,"user_id":1,"message":""}');
SELECT setval('public.core_objectchange_id_seq', 65);
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":170,"public":true,"features":["bookmarks","change_logging","cloning","custom_fields","custom_links","custom_validation","event_rules","export_templates","journaling","notifications","tags","branching"]}');
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":171,"public":true,"features":["change_logging","cloning","custom_validation","event_rules","export_templates","branching"]}');
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":172,"public":true,"features":[]}');
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":173,"public":true,"features":["bookmarks","change_logging","cloning","contacts","custom_links","custom_validation","event_rules","export_templates","journaling","notifications","tags","branching"]}');
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":174,"public":true,"features":["bookmarks","change_logging","cloning","contacts","custom_links","custom_validation","event_rules","export_templates","journaling","notifications","tags","branching"]}');
INSERT INTO public."core_objecttype" SELECT * FROM json_populate_record(NULL::public."core_objecttype", '{"contenttype_ptr_id":175,"public":true,"features":["bookmarks","change_logging","cloning","contacts","custom_links","custom_validation","event_rules","export_templates","journaling","notifications","tags","branching"]}');
INSERT INTO public."dcim_site" SELECT * FROM json_populate_record(NULL::public."dcim_site", '{"created":"2026-12-05T15:20:53.764894+00:00","last_updated":"2026-12-05T15:20:53.764921+00:00","custom_field_data":{},"id":1,"name":"Site 1","slug":"site-1","status":"active","facility":"","time_zone":"","description":"","physical_address":"","shipping_address":"","latitude":null,"longitude":null,"comments":"","group_id":null,"region_id":null,"tenant_id":null,"owner_id":null}');
INSERT INTO public."dcim_site" SELECT * FROM json_populate_record(NULL::public."dcim_site", '{"created":"2026-12-05T15:20:54.024137+00:00","last_updated":"2026-12-05T15:20:54.024158+00:00","custom_field_data":{},"id":2,"name":"Site 2","slug":"site-2","status":"active","facility":"","time_zone":"","description":"","physical_address":"","shipping_address":"","latitude":null,"longitude":null,"comments":"","group_id":null,"region_id":null,"tenant_id":null,"owner_id":null}');
INSERT INTO public."dcim_site" SELECT * FROM json_populate_record(NULL::public."dcim_site", '{"created":"2026-12-05T15:20:54.156659+00:00","last_updated":"2026-12-05T15:20:54.156686+00:00","custom_field_data":{},"id":3,"name":"Site 3","slug":"site-3","status":"active","facility":"","time_zone":"","description":"","physical_address":"","shipping_address":"","latitude":null,"longitude":null,"comments":"","group_id":null,"region_id":null,"tenant_id":null,"owner_id":null}');
SELECT setval('public.dcim_site_id_seq', 3);
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":170,"app_label":"netbox_custom_objects","model":"customobjecttype"}');
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":171,"app_label":"netbox_custom_objects","model":"customobjecttypefield"}');
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":172,"app_label":"netbox_custom_objects","model":"customobjectobjecttype"}');
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":173,"app_label":"netbox_custom_objects","model":"table1model"}');
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":174,"app_label":"netbox_custom_objects","model":"table2model"}');
INSERT INTO public."django_content_type" SELECT * FROM json_populate_record(NULL::public."django_content_type", '{"id":175,"app_label":"netbox_custom_objects","model":"table3model"}');
SELECT setval('public.django_content_type_id_seq', 175);
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":822,"app":"netbox_custom_objects","name":"0001_initial","applied":"2026-12-05T15:19:33.656135+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":823,"app":"netbox_custom_objects","name":"0002_customobjecttype_cache_timestamp","applied":"2026-12-05T15:19:35.920158+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":824,"app":"netbox_custom_objects","name":"0003_ensure_fk_constraints","applied":"2026-12-05T15:19:37.041423+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":825,"app":"netbox_custom_objects","name":"0004_customobjecttype_group_name","applied":"2026-12-05T15:19:41.091483+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":826,"app":"netbox_custom_objects","name":"0005_customobjecttypefield_context","applied":"2026-12-05T15:19:41.651629+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":827,"app":"netbox_custom_objects","name":"0006_customobjecttypefield_related_name_and_more","applied":"2026-12-05T15:19:43.463905+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":828,"app":"netbox_custom_objects","name":"0007_portable_schema","applied":"2026-12-05T15:19:53.152267+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":829,"app":"netbox_custom_objects","name":"0008_backfill_schema_ids","applied":"2026-12-05T15:19:55.289734+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":830,"app":"netbox_custom_objects","name":"0009_alter_customobjecttype_version","applied":"2026-12-05T15:19:59.154589+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":831,"app":"netbox_custom_objects","name":"0010_backfill_base_columns","applied":"2026-12-05T15:19:59.983811+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":832,"app":"netbox_custom_objects","name":"0011_non_deferrable_fk_constraints","applied":"2026-12-05T15:20:00.848982+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":833,"app":"netbox_custom_objects","name":"0012_fix_fk_and_on_delete_behavior","applied":"2026-12-05T15:20:01.903441+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":834,"app":"netbox_custom_objects","name":"0013_polymorphic_object_fields","applied":"2026-12-05T15:20:03.464749+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":835,"app":"netbox_custom_objects","name":"0014_fix_mixed_case_field_names","applied":"2026-12-05T15:20:04.992476+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":836,"app":"netbox_custom_objects","name":"0015_customobjecttype_config_context_enabled","applied":"2026-12-05T15:20:06.453238+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":837,"app":"netbox_custom_objects","name":"0016_widen_integer_columns","applied":"2026-12-05T15:20:11.707736+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":838,"app":"netbox_custom_objects","name":"0017_customobjecttype_display_expression","applied":"2026-12-05T15:20:12.972887+00:00"}');
INSERT INTO public."django_migrations" SELECT * FROM json_populate_record(NULL::public."django_migrations", '{"id":839,"app":"netbox_custom_objects","name":"0018_alter_customobjecttypefield_schema_id","applied":"2026-12-05T15:20:13.385097+00:00"}');
SELECT setval('public.django_migrations_id_seq', 839);
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"00a03ab4-b1c2-46a6-8375-9db78166db1c","timestamp":"2026-12-05T15:21:11.32798+00:00","object_id":4,"field":"purchased","type":"str","value":"2024-01-04","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"012a2d88-e14d-43bf-b07e-6b6fa265e22a","timestamp":"2026-12-05T15:21:12.661725+00:00","object_id":11,"field":"notes","type":"str","value":"Line one\nline two of server 11","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"0674eae7-23de-431b-8bd7-21bc8d53e01c","timestamp":"2026-12-05T15:21:11.831587+00:00","object_id":6,"field":"notes","type":"str","value":"Line one\nline two of server 6","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"069b884c-cf3c-4fb8-8121-4717b398a178","timestamp":"2026-12-05T15:21:15.011757+00:00","object_id":1,"field":"seen_at","type":"str","value":"2025-06-01 12:01:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"087e589a-a599-4c07-abd8-7ce81212f503","timestamp":"2026-12-05T15:21:11.83158+00:00","object_id":6,"field":"facts","type":"str","value":"{''rack'': 6, ''roles'': []}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"0964b244-8f6a-45d1-b3bb-345e88ee50f5","timestamp":"2026-12-05T15:21:11.584259+00:00","object_id":5,"field":"hostname","type":"str","value":"srv-05","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"0b9a82b4-9be6-4b1c-ace8-406ede905a2a","timestamp":"2026-12-05T15:21:10.807892+00:00","object_id":2,"field":"purchased","type":"str","value":"2024-01-02","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"0c39b01d-ec16-4d87-aeaa-1005b424261a","timestamp":"2026-12-05T15:21:11.831583+00:00","object_id":6,"field":"homepage","type":"str","value":"https://srv-6.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"12e6b0d4-03a9-434f-b2b3-d2c705d948cb","timestamp":"2026-12-05T15:21:12.141857+00:00","object_id":8,"field":"seen_at","type":"str","value":"2025-06-08 12:08:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"12f32119-6a9e-48d7-8715-d96c46624973","timestamp":"2026-12-05T15:20:53.985823+00:00","object_id":1,"field":"name","type":"str","value":"Site 1","weight":100,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"12fa4cff-3f13-4e05-ba02-b377ff85e814","timestamp":"2026-12-05T15:21:11.327945+00:00","object_id":4,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"150451e6-7cf9-47cf-8181-c4f72803719a","timestamp":"2026-12-05T15:21:15.011744+00:00","object_id":1,"field":"homepage","type":"str","value":"https://srv-1.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"170b0310-ddb2-4269-9edb-94207eca9486","timestamp":"2026-12-05T15:21:12.38357+00:00","object_id":9,"field":"homepage","type":"str","value":"https://srv-9.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"17b68a10-f015-4644-bb92-91c5327ec614","timestamp":"2026-12-05T15:21:13.798651+00:00","object_id":4,"field":"parent","type":"str","value":"Note 3","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"1ad88b74-62d1-4e69-983e-c09101a6cb14","timestamp":"2026-12-05T15:21:11.831594+00:00","object_id":6,"field":"seen_at","type":"str","value":"2025-06-06 12:06:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"1c61bcbb-0511-41fb-827f-5b2de46bb768","timestamp":"2026-12-05T15:21:11.912823+00:00","object_id":7,"field":"palette","type":"str","value":"[''red'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"1d8dff27-08d5-4106-a5a7-a7a710bbc07c","timestamp":"2026-12-05T15:21:11.912825+00:00","object_id":7,"field":"price","type":"float","value":"1007.07","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2047870d-a069-479b-931b-3896a021a130","timestamp":"2026-12-05T15:21:12.464581+00:00","object_id":10,"field":"seen_at","type":"str","value":"2025-06-10 12:10:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"22fc212e-5fd7-416b-87a6-aebbefefc6c8","timestamp":"2026-12-05T15:21:13.79868+00:00","object_id":4,"field":"servers","type":"str","value":"netbox_custom_objects.Table1Model.None","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"25f15ab0-b391-4f51-9bb0-f4bddd9076de","timestamp":"2026-12-05T15:21:12.66173+00:00","object_id":11,"field":"price","type":"float","value":"1011.11","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2894ca50-1b00-47a7-b3be-2c9178985018","timestamp":"2026-12-05T15:21:49.626531+00:00","object_id":1,"field":"name","type":"str","value":"upstream-open-branch","weight":100,"object_type_id":168}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2961b8b8-e76a-48de-8eb5-21e6dbd852bb","timestamp":"2026-12-05T15:21:11.327963+00:00","object_id":4,"field":"cores","type":"int","value":"16","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2a151d5b-c820-4316-8ca6-9663715598bb","timestamp":"2026-12-05T15:21:11.91283+00:00","object_id":7,"field":"seen_at","type":"str","value":"2025-06-07 12:07:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2a7734ba-e612-4b98-b194-e565563a2681","timestamp":"2026-12-05T15:21:12.464586+00:00","object_id":10,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2aadde51-b60a-4ba2-a290-badade7b790a","timestamp":"2026-12-05T15:21:13.55169+00:00","object_id":3,"field":"server","type":"str","value":"srv-04","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2affa213-53e6-4974-acf7-bc7e4dddc1c5","timestamp":"2026-12-05T15:21:12.141833+00:00","object_id":8,"field":"facts","type":"str","value":"{''rack'': 8, ''roles'': [''web'', ''db'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2b647ac7-8764-4ea1-8afe-368c5705fc4d","timestamp":"2026-12-05T15:21:13.798683+00:00","object_id":4,"field":"title","type":"str","value":"Note 4","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"2ddb45cc-848e-4d8d-ad04-7e14e90db266","timestamp":"2026-12-05T15:21:11.081879+00:00","object_id":3,"field":"homepage","type":"str","value":"https://srv-3.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"330de19c-18d8-4b77-81f7-f1443c445965","timestamp":"2026-12-05T15:21:11.327987+00:00","object_id":4,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"33972340-f34b-4c98-be25-c5a6c23bc326","timestamp":"2026-12-05T15:21:12.661727+00:00","object_id":11,"field":"palette","type":"str","value":"[''red'', ''blue'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"374bab4b-ff3c-4ecd-a2cd-b524021048fc","timestamp":"2026-12-05T15:20:54.428314+00:00","object_id":1,"field":"name","type":"str","value":"Tenant 1","weight":100,"object_type_id":139}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"386b354a-5e0a-4e82-8d9e-f9f640449dcf","timestamp":"2026-12-05T15:21:12.661738+00:00","object_id":11,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"386e61a2-a92e-4c29-b85a-109d326e3763","timestamp":"2026-12-05T15:20:54.250069+00:00","object_id":3,"field":"name","type":"str","value":"Site 3","weight":100,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"39dbbb85-1170-490f-9b5c-cb1ccc947dda","timestamp":"2026-12-05T15:21:12.141855+00:00","object_id":8,"field":"purchased","type":"str","value":"2024-01-08","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"3dc69016-983d-45f2-84b1-591ccf71659a","timestamp":"2026-12-05T15:21:12.383593+00:00","object_id":9,"field":"site","type":"str","value":"Site 1","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"3e1ada3d-633f-43f9-8553-2196a958ff85","timestamp":"2026-12-05T15:21:11.081874+00:00","object_id":3,"field":"cores","type":"int","value":"12","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"3f0bf41a-94e0-4be6-a4e9-ed099d1c65a3","timestamp":"2026-12-05T15:21:12.141831+00:00","object_id":8,"field":"cores","type":"int","value":"32","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"3f57d4e5-9f37-4f20-91ac-03cdbdfac531","timestamp":"2026-12-05T15:21:15.01174+00:00","object_id":1,"field":"cores","type":"int","value":"64","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"402b7aad-5692-46bc-b272-aaf55025d024","timestamp":"2026-12-05T15:21:12.464574+00:00","object_id":10,"field":"palette","type":"str","value":"[''red'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"408eba4f-1f9b-4a31-812b-efce6940f76c","timestamp":"2026-12-05T15:21:11.584267+00:00","object_id":5,"field":"purchased","type":"str","value":"2024-01-05","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"40af9f58-a7a2-42cd-9466-1e0d0ef9e640","timestamp":"2026-12-05T15:21:10.098483+00:00","object_id":2,"field":"name","type":"str","value":"rack_note","weight":100,"object_type_id":170}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"40f0538c-1b40-498f-86a4-8a75e60f6d66","timestamp":"2026-12-05T15:21:12.661716+00:00","object_id":11,"field":"cores","type":"int","value":"44","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"418d5d9a-4de9-4400-98d3-bc15bae2b2c4","timestamp":"2026-12-05T15:21:12.661734+00:00","object_id":11,"field":"seen_at","type":"str","value":"2025-06-11 12:11:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4202587d-4619-4128-baa3-251d8a272a2f","timestamp":"2026-12-05T15:21:08.515639+00:00","object_id":1,"field":"name","type":"str","value":"server_info","weight":100,"object_type_id":170}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"43f69d50-0801-4167-84c5-30dee585856d","timestamp":"2026-12-05T15:21:12.661736+00:00","object_id":11,"field":"site","type":"str","value":"Site 3","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"478005ca-3ca6-40a2-a175-2f52b503d7ac","timestamp":"2026-12-05T15:21:11.584272+00:00","object_id":5,"field":"site","type":"str","value":"Site 3","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"487c7884-0b52-4bfe-ac9b-ec816219fdcb","timestamp":"2026-12-05T15:21:13.551692+00:00","object_id":3,"field":"servers","type":"str","value":"netbox_custom_objects.Table1Model.None","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4a0d6291-06f9-42ed-bbfb-ef5d6eba07a4","timestamp":"2026-12-05T15:21:11.912811+00:00","object_id":7,"field":"hostname","type":"str","value":"srv-07","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4c2fe91e-e9a9-48cd-8db4-aa36b21f3e4e","timestamp":"2026-12-05T15:21:12.661721+00:00","object_id":11,"field":"homepage","type":"str","value":"https://srv-11.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4d1315d3-fc69-41b6-bc5f-44d862cdde6f","timestamp":"2026-12-05T15:21:12.383596+00:00","object_id":9,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4ed2c9ba-3cba-43aa-8310-4292a05f42fa","timestamp":"2026-12-05T15:21:12.464562+00:00","object_id":10,"field":"cores","type":"int","value":"40","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"4f92979d-c5b1-41f9-9efc-b20d9aefb867","timestamp":"2026-12-05T15:21:10.807885+00:00","object_id":2,"field":"notes","type":"str","value":"Line one\nline two of server 2","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"542b00a6-62e5-49d6-acab-855430c6d0de","timestamp":"2026-12-05T15:21:13.551695+00:00","object_id":3,"field":"title","type":"str","value":"Note 3","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"5563eaf9-c9b0-4bc1-8a83-e0718d31e9a3","timestamp":"2026-12-05T15:21:15.011742+00:00","object_id":1,"field":"facts","type":"str","value":"{''rack'': 1, ''roles'': [''web'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"55815b51-5a0e-4d37-8dbf-d659df2ecfa1","timestamp":"2026-12-05T15:20:54.723748+00:00","object_id":1,"field":"name","type":"str","value":"Tag 1","weight":100,"object_type_id":114}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"55cee785-cfd8-4a93-84e8-dfcbba00c1d1","timestamp":"2026-12-05T15:21:11.081894+00:00","object_id":3,"field":"price","type":"float","value":"1003.03","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"56a834cb-daf8-4789-b4bf-30aeeac0fd5d","timestamp":"2026-12-05T15:21:10.807872+00:00","object_id":2,"field":"colour","type":"str","value":"blue","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"56d44f05-aecb-45c8-966a-0dc8812dad40","timestamp":"2026-12-05T15:21:11.584263+00:00","object_id":5,"field":"palette","type":"str","value":"[''red'', ''blue'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"58bc2b44-242e-46d2-8b5f-a60f47049887","timestamp":"2026-12-05T15:21:11.912807+00:00","object_id":7,"field":"facts","type":"str","value":"{''rack'': 7, ''roles'': [''web'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"5b7c0299-441a-47d5-86ae-626d50820294","timestamp":"2026-12-05T15:21:12.383565+00:00","object_id":9,"field":"cores","type":"int","value":"36","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"5daedd3a-33b0-47d9-ad32-15d6de590838","timestamp":"2026-12-05T15:21:14.087978+00:00","object_id":5,"field":"title","type":"str","value":"Note 5","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"5ddb12f0-1c4c-4405-8117-be66b31a9b6e","timestamp":"2026-12-05T15:20:54.138454+00:00","object_id":2,"field":"slug","type":"str","value":"site-2","weight":110,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"65090834-9cad-46b6-95d0-172b77c4b035","timestamp":"2026-12-05T15:21:11.327977+00:00","object_id":4,"field":"price","type":"float","value":"1004.04","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"65a88284-9b1e-4192-b342-3d2f7f77bc7e","timestamp":"2026-12-05T15:21:11.327984+00:00","object_id":4,"field":"site","type":"str","value":"Site 2","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6646a31d-8e16-48c2-9a1f-bfffc86e233b","timestamp":"2026-12-05T15:21:12.661723+00:00","object_id":11,"field":"hostname","type":"str","value":"srv-11","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"66cb31b7-2c20-4477-99d1-ac4fd67868a0","timestamp":"2026-12-05T15:21:11.32796+00:00","object_id":4,"field":"colour","type":"str","value":"green","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6755d4b2-9771-4d24-a4e8-709357d3dbe8","timestamp":"2026-12-05T15:21:13.145754+00:00","object_id":1,"field":"title","type":"str","value":"Note 1","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6af347c0-9997-4794-90e8-74bf81c15c95","timestamp":"2026-12-05T15:21:12.383568+00:00","object_id":9,"field":"facts","type":"str","value":"{''rack'': 9, ''roles'': []}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6b204d57-cf01-4676-9390-9ace49e21ace","timestamp":"2026-12-05T15:21:11.081856+00:00","object_id":3,"field":"colour","type":"str","value":"red","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6c75409b-d92c-473d-89fd-204bb9e76b7b","timestamp":"2026-12-05T15:21:12.141828+00:00","object_id":8,"field":"colour","type":"str","value":"blue","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6c8163ac-69e6-4f7d-835d-d39a51101436","timestamp":"2026-12-05T15:21:12.46457+00:00","object_id":10,"field":"hostname","type":"str","value":"srv-10","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"6d2aefbf-5080-4c5d-b375-e79ac75511a4","timestamp":"2026-12-05T15:21:11.584256+00:00","object_id":5,"field":"homepage","type":"str","value":"https://srv-5.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"70f74e86-f571-4cac-8c44-8d1cfb362357","timestamp":"2026-12-05T15:21:11.831563+00:00","object_id":6,"field":"colour","type":"str","value":"red","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"72e68b34-a3ed-4c5a-a000-20ab34ba4b17","timestamp":"2026-12-05T15:21:11.584252+00:00","object_id":5,"field":"cores","type":"int","value":"20","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"731a7f32-778e-41b2-9503-6e0ec4eac2d4","timestamp":"2026-12-05T15:21:15.011749+00:00","object_id":1,"field":"notes","type":"str","value":"Line one\nline two of server 1","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"74b11893-107a-4130-8361-bac9eec995c4","timestamp":"2026-12-05T15:21:11.912835+00:00","object_id":7,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"764fd4f8-9697-49f1-aee8-20e465580850","timestamp":"2026-12-05T15:21:11.327965+00:00","object_id":4,"field":"facts","type":"str","value":"{''rack'': 4, ''roles'': [''web'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"78c193b9-ac31-4ad7-8072-b8c53c7f81b1","timestamp":"2026-12-05T15:21:12.141862+00:00","object_id":8,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7a9a9a98-f59c-4173-afba-7aaed19941b8","timestamp":"2026-12-05T15:21:11.584231+00:00","object_id":5,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7be01269-d3c4-4624-b45b-92d0f2eeabc2","timestamp":"2026-12-05T15:21:12.383586+00:00","object_id":9,"field":"price","type":"float","value":"1009.09","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7c7c3ea8-8ef0-43db-8435-d1ec7e9905dc","timestamp":"2026-12-05T15:21:49.626555+00:00","object_id":1,"field":"description","type":"str","value":"Opened under upstream custom objects","weight":500,"object_type_id":168}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7e81445c-9edd-4d0c-9d79-5b8dd087d01d","timestamp":"2026-12-05T15:21:12.383588+00:00","object_id":9,"field":"purchased","type":"str","value":"2024-01-09","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7ec02b21-dd3f-4de7-8e1e-d7750ecf09e8","timestamp":"2026-12-05T15:21:11.912821+00:00","object_id":7,"field":"notes","type":"str","value":"Line one\nline two of server 7","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"7efbaa5d-6257-4809-969d-146d227d5c25","timestamp":"2026-12-05T15:21:13.55167+00:00","object_id":3,"field":"parent","type":"str","value":"Note 2","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"81884ee9-5d74-418a-9f16-fb07ddf63a0e","timestamp":"2026-12-05T15:21:10.807889+00:00","object_id":2,"field":"price","type":"float","value":"1002.02","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"8692b1ba-ce8e-4081-958b-1d1e71fe96a5","timestamp":"2026-12-05T15:21:14.087952+00:00","object_id":5,"field":"parent","type":"str","value":"Note 4","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"89712974-944c-47c4-8c42-89d3cb590253","timestamp":"2026-12-05T15:21:12.464583+00:00","object_id":10,"field":"site","type":"str","value":"Site 2","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"8cc77ea4-9420-481d-b761-94e5c7e27c98","timestamp":"2026-12-05T15:21:10.807898+00:00","object_id":2,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"8ce7e1e4-e2c2-4396-ae13-9aaa817bb8e9","timestamp":"2026-12-05T15:21:11.831585+00:00","object_id":6,"field":"hostname","type":"str","value":"srv-06","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"8f8311a0-7311-408a-aad1-18e3e1952894","timestamp":"2026-12-05T15:21:11.912809+00:00","object_id":7,"field":"homepage","type":"str","value":"https://srv-7.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"90772e8a-1080-43bb-a51b-0ad37e263746","timestamp":"2026-12-05T15:21:15.011753+00:00","object_id":1,"field":"price","type":"float","value":"1001.01","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"90d154bd-7a6f-4f8d-940a-f2fe7b873111","timestamp":"2026-12-05T15:21:49.180387+00:00","object_id":1,"field":"comments","type":"str","value":"About srv-01","weight":5000,"object_type_id":128}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"91025ace-1374-45e8-b4f6-b51c1e3768a3","timestamp":"2026-12-05T15:21:11.327968+00:00","object_id":4,"field":"homepage","type":"str","value":"https://srv-4.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"91e14a17-7610-491a-b07a-8c3074f29b4a","timestamp":"2026-12-05T15:21:12.661696+00:00","object_id":11,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9656d2b7-d99b-4856-a3f4-dfcd2569fd94","timestamp":"2026-12-05T15:20:54.571563+00:00","object_id":2,"field":"slug","type":"str","value":"tenant-2","weight":110,"object_type_id":139}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9a394b6f-4d38-47d8-97ce-56d44537837d","timestamp":"2026-12-05T15:21:11.912787+00:00","object_id":7,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9ab6a7d8-3ef1-4be0-a2e0-7999ee8c4068","timestamp":"2026-12-05T15:20:54.138434+00:00","object_id":2,"field":"name","type":"str","value":"Site 2","weight":100,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9ade0d2c-d1fe-45c5-bf39-e45bb1683025","timestamp":"2026-12-05T15:21:13.33327+00:00","object_id":2,"field":"title","type":"str","value":"Note 2","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9b6edf24-bc7e-42ae-bf6b-36788a352524","timestamp":"2026-12-05T15:21:13.798676+00:00","object_id":4,"field":"server","type":"str","value":"srv-05","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9c2655a2-bcd5-4e91-b0c4-615b3cee3ce3","timestamp":"2026-12-05T15:21:15.011759+00:00","object_id":1,"field":"site","type":"str","value":"Site 2","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9c713de1-2007-4699-84d9-cf94d44b6bc0","timestamp":"2026-12-05T15:21:11.584249+00:00","object_id":5,"field":"colour","type":"str","value":"blue","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"9f43978b-a9e2-4bbc-bbbd-6dd933e0b3b4","timestamp":"2026-12-05T15:21:15.011717+00:00","object_id":1,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a0ebb7cc-8fe8-4caa-8870-b16996054621","timestamp":"2026-12-05T15:21:11.32797+00:00","object_id":4,"field":"hostname","type":"str","value":"srv-04","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a491a1e8-4597-4d85-a8cb-16bb1f76ce6d","timestamp":"2026-12-05T15:21:12.464565+00:00","object_id":10,"field":"facts","type":"str","value":"{''rack'': 10, ''roles'': [''web'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a49c1821-a53f-4c41-bac3-96ca9c7ff9ae","timestamp":"2026-12-05T15:21:10.807878+00:00","object_id":2,"field":"facts","type":"str","value":"{''rack'': 2, ''roles'': [''web'', ''db'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a5002b10-4d88-4a1e-ab48-3889a696eee3","timestamp":"2026-12-05T15:21:14.087968+00:00","object_id":5,"field":"server","type":"str","value":"srv-06","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a68dfc5a-cca7-438b-a618-1f55c08fba8c","timestamp":"2026-12-05T15:21:11.584274+00:00","object_id":5,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a6eff318-3dd9-42dd-9607-21680d3a456d","timestamp":"2026-12-05T15:21:11.831596+00:00","object_id":6,"field":"site","type":"str","value":"Site 1","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a76bd287-4aa6-4d73-858e-4359cf03dd20","timestamp":"2026-12-05T15:21:12.383591+00:00","object_id":9,"field":"seen_at","type":"str","value":"2025-06-09 12:09:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a8af194b-d18a-401f-a1cf-f6d04ae4c207","timestamp":"2026-12-05T15:21:13.333265+00:00","object_id":2,"field":"server","type":"str","value":"srv-03","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"a955e761-dd26-4a90-9340-72c1bc7ed345","timestamp":"2026-12-05T15:20:54.428336+00:00","object_id":1,"field":"slug","type":"str","value":"tenant-1","weight":110,"object_type_id":139}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"aa470c5c-e3af-44b3-bf7b-8f8fa942bf75","timestamp":"2026-12-05T15:21:49.283527+00:00","object_id":2,"field":"comments","type":"str","value":"About srv-02","weight":5000,"object_type_id":128}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ac7008ca-e274-4ef1-8ef5-8eb3e54d6b40","timestamp":"2026-12-05T15:21:12.464577+00:00","object_id":10,"field":"price","type":"float","value":"1010.10","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ac829920-3ccb-4a86-bb4f-49adf4db25be","timestamp":"2026-12-05T15:21:12.464579+00:00","object_id":10,"field":"purchased","type":"str","value":"2024-01-10","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"accf8434-a211-42ac-8c9a-1b6780433e6c","timestamp":"2026-12-05T15:21:10.80788+00:00","object_id":2,"field":"homepage","type":"str","value":"https://srv-2.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"addfe6fa-ad0b-4657-a6f7-e7bef6b2bcef","timestamp":"2026-12-05T15:20:54.835947+00:00","object_id":2,"field":"name","type":"str","value":"Tag 2","weight":100,"object_type_id":114}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ae7ae6f2-d059-4396-8a7c-850f6da591cc","timestamp":"2026-12-05T15:20:54.571543+00:00","object_id":2,"field":"name","type":"str","value":"Tenant 2","weight":100,"object_type_id":139}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"aebeace5-12d7-4ae0-b445-6f1bb9368b83","timestamp":"2026-12-05T15:21:11.831591+00:00","object_id":6,"field":"purchased","type":"str","value":"2024-01-06","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"af7b0d6f-b4c4-4657-a9bb-e4407058fd00","timestamp":"2026-12-05T15:21:14.087976+00:00","object_id":5,"field":"servers","type":"str","value":"netbox_custom_objects.Table1Model.None","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"afc61925-7eeb-4877-9ce3-1bd9db071f92","timestamp":"2026-12-05T15:21:12.383583+00:00","object_id":9,"field":"notes","type":"str","value":"Line one\nline two of server 9","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b047cf44-7edd-4e09-a004-a22fea585b0f","timestamp":"2026-12-05T15:20:54.835967+00:00","object_id":2,"field":"slug","type":"str","value":"tag-2","weight":110,"object_type_id":114}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b13f33ad-a61f-4f15-9fa8-aa03e98ae772","timestamp":"2026-12-05T15:21:12.383577+00:00","object_id":9,"field":"hostname","type":"str","value":"srv-09","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b152684e-d0b4-4bb1-807a-65bb8c698d21","timestamp":"2026-12-05T15:21:11.327972+00:00","object_id":4,"field":"notes","type":"str","value":"Line one\nline two of server 4","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b27f77ab-f402-485e-943e-32f03c2a4bcd","timestamp":"2026-12-05T15:21:13.333268+00:00","object_id":2,"field":"servers","type":"str","value":"netbox_custom_objects.Table1Model.None","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b30c4b48-7ab3-4f24-8ac8-c3c0a2fc0683","timestamp":"2026-12-05T15:21:15.011755+00:00","object_id":1,"field":"purchased","type":"str","value":"2024-01-01","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b3fb1d62-a513-417a-8f53-46226e152562","timestamp":"2026-12-05T15:21:11.081888+00:00","object_id":3,"field":"hostname","type":"str","value":"srv-03","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b658355f-de59-4433-8a9f-3292fb252600","timestamp":"2026-12-05T15:21:11.831589+00:00","object_id":6,"field":"price","type":"float","value":"1006.06","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b69a90c8-9ab7-4842-ba3c-35169f841693","timestamp":"2026-12-05T15:21:11.081897+00:00","object_id":3,"field":"purchased","type":"str","value":"2024-01-03","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b7ce4c7b-681e-4eb7-8e82-45ac3a41f1e9","timestamp":"2026-12-05T15:21:11.912802+00:00","object_id":7,"field":"colour","type":"str","value":"green","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b88f0066-5bcc-4a11-951a-656a133fef91","timestamp":"2026-12-05T15:21:11.584261+00:00","object_id":5,"field":"notes","type":"str","value":"Line one\nline two of server 5","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"b8c54120-d59d-476f-ac16-15fea968dfda","timestamp":"2026-12-05T15:21:11.081904+00:00","object_id":3,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ba38b4f9-5338-4015-81cd-857a9124ece9","timestamp":"2026-12-05T15:21:11.081891+00:00","object_id":3,"field":"notes","type":"str","value":"Line one\nline two of server 3","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"bcf118c7-b739-4fca-a613-bf0182e7fd72","timestamp":"2026-12-05T15:21:11.912828+00:00","object_id":7,"field":"purchased","type":"str","value":"2024-01-07","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"bd2d5e60-99b6-43c3-b75f-5134e0abdf89","timestamp":"2026-12-05T15:20:53.985843+00:00","object_id":1,"field":"slug","type":"str","value":"site-1","weight":110,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"bd6b0540-edeb-4e5a-9cfb-f594ac944e2d","timestamp":"2026-12-05T15:21:12.141852+00:00","object_id":8,"field":"price","type":"float","value":"1008.08","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"bdf612b9-d265-4fb9-a21c-3e2eb348a3d9","timestamp":"2026-12-05T15:21:12.661732+00:00","object_id":11,"field":"purchased","type":"str","value":"2024-01-11","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"c7f27ec0-02ee-45d6-a14e-d24f3d07e15c","timestamp":"2026-12-05T15:21:12.141811+00:00","object_id":8,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"c85856a4-babc-4cfc-a947-cb91d3a821a8","timestamp":"2026-12-05T15:21:10.807887+00:00","object_id":2,"field":"palette","type":"str","value":"[''red'', ''blue'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"c867d600-21e0-4c8f-b846-8a403ab5472e","timestamp":"2026-12-05T15:21:11.831598+00:00","object_id":6,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"c943f469-44ad-457e-aa5a-a380c6db62e7","timestamp":"2026-12-05T15:21:11.081899+00:00","object_id":3,"field":"seen_at","type":"str","value":"2025-06-03 12:03:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"c970fca4-f72d-4c3d-bf47-5572eb204341","timestamp":"2026-12-05T15:21:11.081877+00:00","object_id":3,"field":"facts","type":"str","value":"{''rack'': 3, ''roles'': []}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ca461a53-ff34-413c-90fe-4bb002de880d","timestamp":"2026-12-05T15:21:11.584265+00:00","object_id":5,"field":"price","type":"float","value":"1005.05","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cabd59d2-1359-4678-9207-0878d2c4f614","timestamp":"2026-12-05T15:21:11.912833+00:00","object_id":7,"field":"site","type":"str","value":"Site 2","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cb449f95-a675-4ee3-9e97-46633879b565","timestamp":"2026-12-05T15:21:13.333245+00:00","object_id":2,"field":"parent","type":"str","value":"Note 1","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cbdc0b11-c6ab-436c-be62-6724455ed97a","timestamp":"2026-12-05T15:21:11.831578+00:00","object_id":6,"field":"cores","type":"int","value":"24","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cd03a5f9-c981-4f9e-aaa9-ac99735bcf3b","timestamp":"2026-12-05T15:21:13.145733+00:00","object_id":1,"field":"server","type":"str","value":"srv-02","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cdfedc25-3f40-4ef2-84be-f742b0872bef","timestamp":"2026-12-05T15:21:12.464536+00:00","object_id":10,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cf3d13a6-2a07-4d8d-a6dc-1f81a6233801","timestamp":"2026-12-05T15:20:54.723766+00:00","object_id":1,"field":"slug","type":"str","value":"tag-1","weight":110,"object_type_id":114}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"cf81cef4-33a3-4f07-a88f-827e6681235f","timestamp":"2026-12-05T15:21:12.464559+00:00","object_id":10,"field":"colour","type":"str","value":"green","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d06ce161-9443-41cc-ab62-5b1890c10b90","timestamp":"2026-12-05T15:21:11.584254+00:00","object_id":5,"field":"facts","type":"str","value":"{''rack'': 5, ''roles'': [''web'', ''db'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d39dfb81-9ea6-477d-88b2-06b3a3ae7969","timestamp":"2026-12-05T15:21:12.464572+00:00","object_id":10,"field":"notes","type":"str","value":"Line one\nline two of server 10","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d3e0772c-bd00-4b0a-8ccc-401187245a48","timestamp":"2026-12-05T15:21:15.011761+00:00","object_id":1,"field":"tenants","type":"str","value":"tenancy.Tenant.None","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d43933da-96d5-43fb-b517-c7d4138a2cc8","timestamp":"2026-12-05T15:21:12.383546+00:00","object_id":9,"field":"colour","type":"str","value":"red","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d64aecf0-c900-4fa9-8b9d-7dbe9e3f21fa","timestamp":"2026-12-05T15:21:10.807894+00:00","object_id":2,"field":"seen_at","type":"str","value":"2025-06-02 12:02:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d6733373-c9b8-4914-ac90-6d57ca7db1e3","timestamp":"2026-12-05T15:21:13.145751+00:00","object_id":1,"field":"servers","type":"str","value":"netbox_custom_objects.Table1Model.None","weight":500,"object_type_id":174}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d6dd068a-1033-4126-970b-4cb767bde39c","timestamp":"2026-12-05T15:21:12.661718+00:00","object_id":11,"field":"facts","type":"str","value":"{''rack'': 11, ''roles'': [''web'', ''db'']}","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d75ed0e0-e710-4e7b-bfac-a560f5db7179","timestamp":"2026-12-05T15:21:08.515644+00:00","object_id":1,"field":"description","type":"str","value":"Every field type","weight":500,"object_type_id":170}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"d995f992-b7df-42f5-ac84-ee1297fad1b1","timestamp":"2026-12-05T15:21:12.141841+00:00","object_id":8,"field":"homepage","type":"str","value":"https://srv-8.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"dc7f0702-77e7-4f4e-9c53-a2467549de6f","timestamp":"2026-12-05T15:21:49.48107+00:00","object_id":4,"field":"comments","type":"str","value":"Note journal","weight":5000,"object_type_id":128}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"dc9f7208-012f-44c5-8356-10849aa12857","timestamp":"2026-12-05T15:20:54.250091+00:00","object_id":3,"field":"slug","type":"str","value":"site-3","weight":110,"object_type_id":1}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"dce6180e-5519-4018-bf5a-41abd7a3ef09","timestamp":"2026-12-05T15:21:15.011737+00:00","object_id":1,"field":"colour","type":"str","value":"green","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e0895606-cad8-4cdd-9a7a-4e57841272c9","timestamp":"2026-12-05T15:21:12.141846+00:00","object_id":8,"field":"hostname","type":"str","value":"srv-08","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e0cb8a2f-3d2f-4a50-a29c-363bef9abc2d","timestamp":"2026-12-05T15:21:10.807854+00:00","object_id":2,"field":"active","type":"str","value":"True","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e27c3076-9c34-413a-b91a-bf2f222d67e4","timestamp":"2026-12-05T15:21:11.081902+00:00","object_id":3,"field":"site","type":"str","value":"Site 1","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e66e01ff-b08b-4af7-9090-09c05d3e701e","timestamp":"2026-12-05T15:21:11.584269+00:00","object_id":5,"field":"seen_at","type":"str","value":"2025-06-05 12:05:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e6b7fe0e-7545-4bc9-aea1-a2b08e88dc51","timestamp":"2026-12-05T15:21:12.141848+00:00","object_id":8,"field":"notes","type":"str","value":"Line one\nline two of server 8","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e6c0291c-89a3-44b9-82df-e6bc097273af","timestamp":"2026-12-05T15:21:15.011751+00:00","object_id":1,"field":"palette","type":"str","value":"[''red'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e73544d0-036f-43bc-902a-045beef767cb","timestamp":"2026-12-05T15:21:10.807896+00:00","object_id":2,"field":"site","type":"str","value":"Site 3","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"e8f791a7-e82c-40db-b49e-d86d66d92f0b","timestamp":"2026-12-05T15:21:11.327975+00:00","object_id":4,"field":"palette","type":"str","value":"[''red'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"eb9e8721-5208-4675-aeb3-5d5b9d02dc87","timestamp":"2026-12-05T15:21:10.807876+00:00","object_id":2,"field":"cores","type":"int","value":"8","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"ee9d70f2-dfd1-432d-b485-58fb61bba2ca","timestamp":"2026-12-05T15:21:15.011746+00:00","object_id":1,"field":"hostname","type":"str","value":"srv-01","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"f324c477-f982-4ba0-9e26-552e34049b69","timestamp":"2026-12-05T15:21:12.14186+00:00","object_id":8,"field":"site","type":"str","value":"Site 3","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"f4af104c-b25f-4a94-bc4c-0024f1ae2839","timestamp":"2026-12-05T15:21:12.661713+00:00","object_id":11,"field":"colour","type":"str","value":"blue","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"f8414245-741d-4433-9a41-2a0a8728c926","timestamp":"2026-12-05T15:21:11.327982+00:00","object_id":4,"field":"seen_at","type":"str","value":"2025-06-04 12:04:00+00:00","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"f8d3b7c8-c44d-4b41-9fc7-f396e2cb4f82","timestamp":"2026-12-05T15:21:10.807882+00:00","object_id":2,"field":"hostname","type":"str","value":"srv-02","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"fa55eb5b-195b-4c09-872e-288e382dee7c","timestamp":"2026-12-05T15:21:11.912805+00:00","object_id":7,"field":"cores","type":"int","value":"28","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"fae197b8-fe02-4ed6-97b4-0fa939f998fb","timestamp":"2026-12-05T15:21:12.14185+00:00","object_id":8,"field":"palette","type":"str","value":"[''red'', ''blue'']","weight":500,"object_type_id":173}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"fb880525-c2e7-46ae-86c6-dea4bd310384","timestamp":"2026-12-05T15:21:49.380923+00:00","object_id":3,"field":"comments","type":"str","value":"About srv-03","weight":5000,"object_type_id":128}');
INSERT INTO public."extras_cachedvalue" SELECT * FROM json_populate_record(NULL::public."extras_cachedvalue", '{"id":"fe3df481-307a-4962-bc61-c2790b94c4d0","timestamp":"2026-12-05T15:21:12.464567+00:00","object_id":10,"field":"homepage","type":"str","value":"https://srv-10.example.com/","weight":500,"object_type_id":173}');
INSERT INTO public."extras_customfieldchoiceset" SELECT * FROM json_populate_record(NULL::public."extras_customfieldchoiceset", '{"id":1,"created":"2026-12-05T15:20:54.857315+00:00","last_updated":"2026-12-05T15:20:54.857341+00:00","name":"Colours","description":"","base_choices":null,"extra_choices":[["red","Red"],["green","Green"],["blue","Blue"]],"order_alphabetically":false,"owner_id":null,"choice_colors":{}}');
SELECT setval('public.extras_customfieldchoiceset_id_seq', 1);
INSERT INTO public."extras_journalentry" SELECT * FROM json_populate_record(NULL::public."extras_journalentry", '{"last_updated":"2026-12-05T15:21:49.064526+00:00","id":1,"assigned_object_id":1,"created":"2026-12-05T15:21:49.064503+00:00","kind":"info","comments":"About srv-01","assigned_object_type_id":173,"created_by_id":1,"custom_field_data":{}}');
INSERT INTO public."extras_journalentry" SELECT * FROM json_populate_record(NULL::public."extras_journalentry", '{"last_updated":"2026-12-05T15:21:49.20626+00:00","id":2,"assigned_object_id":2,"created":"2026-12-05T15:21:49.206232+00:00","kind":"info","comments":"About srv-02","assigned_object_type_id":173,"created_by_id":1,"custom_field_data":{}}');
INSERT INTO public."extras_journalentry" SELECT * FROM json_populate_record(NULL::public."extras_journalentry", '{"last_updated":"2026-12-05T15:21:49.30188+00:00","id":3,"assigned_object_id":3,"created":"2026-12-05T15:21:49.301862+00:00","kind":"info","comments":"About srv-03","assigned_object_type_id":173,"created_by_id":1,"custom_field_data":{}}');
INSERT INTO public."extras_journalentry" SELECT * FROM json_populate_record(NULL::public."extras_journalentry", '{"last_updated":"2026-12-05T15:21:49.399643+00:00","id":4,"assigned_object_id":1,"created":"2026-12-05T15:21:49.399625+00:00","kind":"warning","comments":"Note journal","assigned_object_type_id":174,"created_by_id":1,"custom_field_data":{}}');
SELECT setval('public.extras_journalentry_id_seq', 4);
INSERT INTO public."extras_tag" SELECT * FROM json_populate_record(NULL::public."extras_tag", '{"name":"Tag 1","slug":"tag-1","created":"2026-12-05T15:20:54.588444+00:00","last_updated":"2026-12-05T15:20:54.588465+00:00","id":1,"color":"9e9e9e","description":"","weight":1000,"owner_id":null}');
INSERT INTO public."extras_tag" SELECT * FROM json_populate_record(NULL::public."extras_tag", '{"name":"Tag 2","slug":"tag-2","created":"2026-12-05T15:20:54.732607+00:00","last_updated":"2026-12-05T15:20:54.732621+00:00","id":2,"color":"9e9e9e","description":"","weight":1000,"owner_id":null}');
SELECT setval('public.extras_tag_id_seq', 2);
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":1,"id":1,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":2,"id":2,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":2,"id":3,"content_type_id":173,"tag_id":2}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":4,"id":4,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":5,"id":5,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":5,"id":6,"content_type_id":173,"tag_id":2}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":7,"id":7,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":8,"id":8,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":8,"id":9,"content_type_id":173,"tag_id":2}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":10,"id":10,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":11,"id":11,"content_type_id":173,"tag_id":1}');
INSERT INTO public."extras_taggeditem" SELECT * FROM json_populate_record(NULL::public."extras_taggeditem", '{"object_id":11,"id":12,"content_type_id":173,"tag_id":2}');
SELECT setval('public.extras_taggeditem_id_seq', 12);
INSERT INTO public."netbox_branching_branch" SELECT * FROM json_populate_record(NULL::public."netbox_branching_branch", '{"id":1,"created":"2026-12-05T15:21:49.54789+00:00","last_updated":"2026-12-05T15:21:49.54791+00:00","custom_field_data":{},"description":"Opened under upstream custom objects","comments":"","name":"upstream-open-branch","schema_id":"6flggq2t","status":"ready","last_sync":"2026-12-05T15:21:55.208677+00:00","merged_time":null,"merged_by_id":null,"owner_id":null,"applied_migrations":[],"merge_strategy":null}');
SELECT setval('public.netbox_branching_branch_id_seq', 1);
INSERT INTO public."netbox_branching_branchevent" SELECT * FROM json_populate_record(NULL::public."netbox_branching_branchevent", '{"id":1,"time":"2026-12-05T15:21:55.238309+00:00","type":"provisioned","branch_id":1,"user_id":1}');
SELECT setval('public.netbox_branching_branchevent_id_seq', 1);
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":1,"last_updated":"2026-12-05T15:21:55.602719+00:00","object_id":3,"object_repr":"Ticket","action":"create","original":null,"modified":{"name": "ticket", "slug": "tickets", "tags": [], "version": "", "comments": "", "group_name": "", "description": "", "object_type": 175, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false},"current":null,"conflicts":null,"branch_id":1,"object_type_id":170}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":2,"last_updated":"2026-12-05T15:21:56.718564+00:00","object_id":21,"object_repr":"Summary","action":"create","original":null,"modified":{"name": "summary", "type": "text", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": true, "comments": "", "required": false, "schema_id": 1, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"current":null,"conflicts":null,"branch_id":1,"object_type_id":171}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":3,"last_updated":"2026-12-05T15:21:57.8682+00:00","object_id":22,"object_repr":"Server","action":"create","original":null,"modified":{"name": "server", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "tickets", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 173, "related_object_types": [], "related_object_filter": null},"current":null,"conflicts":null,"branch_id":1,"object_type_id":171}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":4,"last_updated":"2026-12-05T15:21:58.940545+00:00","object_id":23,"object_repr":"Effort","action":"create","original":null,"modified":{"name": "effort", "type": "decimal", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 3, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"current":null,"conflicts":null,"branch_id":1,"object_type_id":171}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":5,"last_updated":"2026-12-05T15:21:59.674652+00:00","object_id":24,"object_repr":"Serial","action":"create","original":null,"modified":{"name": "serial", "type": "text", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 17, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"current":null,"conflicts":null,"branch_id":1,"object_type_id":171}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":6,"last_updated":"2026-12-05T15:22:00.446585+00:00","object_id":2,"object_repr":"Remarks","action":"update","original":{"name": "notes", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"modified":{"name": "remarks", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"current":{"name": "notes", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null},"conflicts":null,"branch_id":1,"object_type_id":171}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":7,"last_updated":"2026-12-05T15:22:01.127938+00:00","object_id":2,"object_repr":"srv-02","action":"update","original":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 8, "facts": {"rack": 2, "roles": ["web", "db"]}, "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "serial": null, "palette": "[\"red\", \"blue\"]", "remarks": "Line one\nline two of server 2", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1},"modified":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 16, "facts": {"rack": 2, "roles": ["web", "db"]}, "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "serial": "SN-0002", "palette": "[\"red\", \"blue\"]", "remarks": "Changed in the branch", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1},"current":{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 8, "facts": {"rack": 2, "roles": ["web", "db"]}, "notes": "Line one\nline two of server 2", "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "palette": "[\"red\", \"blue\"]", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]},"conflicts":["remarks"],"branch_id":1,"object_type_id":173}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":8,"last_updated":"2026-12-05T15:22:01.31979+00:00","object_id":13,"object_repr":"srv-branch","action":"create","original":null,"modified":{"site": 1, "tags": [], "cores": 2, "facts": null, "owner": null, "price": null, "active": true, "colour": null, "linked": [], "serial": null, "palette": null, "remarks": "Made in the branch", "seen_at": null, "tenants": [], "homepage": null, "hostname": "srv-branch", "purchased": null, "location_latitude": null, "location_longitude": null, "owner_ref_object_id": null, "owner_ref_content_type": null},"current":null,"conflicts":null,"branch_id":1,"object_type_id":173}');
INSERT INTO public."netbox_branching_changediff" SELECT * FROM json_populate_record(NULL::public."netbox_branching_changediff", '{"id":9,"last_updated":"2026-12-05T15:22:01.49401+00:00","object_id":1,"object_repr":"Replace disk","action":"create","original":null,"modified":{"tags": [], "owner": null, "effort": "1.50", "server": 2, "summary": "Replace disk"},"current":null,"conflicts":null,"branch_id":1,"object_type_id":175}');
SELECT setval('public.netbox_branching_changediff_id_seq', 9);
INSERT INTO public."tenancy_tenant" SELECT * FROM json_populate_record(NULL::public."tenancy_tenant", '{"created":"2026-12-05T15:20:54.3129+00:00","last_updated":"2026-12-05T15:20:54.31292+00:00","custom_field_data":{},"id":1,"name":"Tenant 1","slug":"tenant-1","description":"","comments":"","group_id":null,"owner_id":null}');
INSERT INTO public."tenancy_tenant" SELECT * FROM json_populate_record(NULL::public."tenancy_tenant", '{"created":"2026-12-05T15:20:54.464564+00:00","last_updated":"2026-12-05T15:20:54.464584+00:00","custom_field_data":{},"id":2,"name":"Tenant 2","slug":"tenant-2","description":"","comments":"","group_id":null,"owner_id":null}');
SELECT setval('public.tenancy_tenant_id_seq', 2);
INSERT INTO public."users_user" SELECT * FROM json_populate_record(NULL::public."users_user", '{"id":1,"password":"pbkdf2_sha256$1500000$op34p4INun8g74HfiltUhj$k6tk7ajm7n35bLbzpEqQblBLMFXwjr0zG80kyQnbAKw=","last_login":null,"is_superuser":true,"username":"admin","first_name":"","last_name":"","email":"admin@example.com","is_active":true,"date_joined":"2026-12-05T15:20:52.225579+00:00"}');
SELECT setval('public.users_user_id_seq', 1);
INSERT INTO public."users_userconfig" SELECT * FROM json_populate_record(NULL::public."users_userconfig", '{"id":1,"data":{},"user_id":1}');
SELECT setval('public.users_userconfig_id_seq', 1);
SET session_replication_role = DEFAULT;
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)




--
-- Name: custom_objects_1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_objects_1 (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    owner_id bigint,
    hostname character varying,
    notes text,
    cores bigint,
    price numeric(8,2),
    active boolean,
    purchased date,
    seen_at timestamp with time zone,
    homepage character varying(200),
    facts jsonb,
    colour character varying(100),
    palette character varying(50)[],
    site_id bigint,
    location_latitude numeric(8,6),
    location_longitude numeric(9,6),
    owner_ref_content_type_id integer,
    owner_ref_object_id bigint,
    CONSTRAINT custom_objects_1_owner_ref_object_id_check CHECK ((owner_ref_object_id >= 0))
);


--
-- Name: custom_objects_1_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.custom_objects_1 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.custom_objects_1_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: custom_objects_1_linked; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_objects_1_linked (
    id integer NOT NULL,
    source_id bigint NOT NULL,
    content_type_id bigint NOT NULL,
    object_id bigint NOT NULL,
    CONSTRAINT custom_objects_1_linked_content_type_id_check CHECK ((content_type_id >= 0)),
    CONSTRAINT custom_objects_1_linked_object_id_check CHECK ((object_id >= 0))
);


--
-- Name: custom_objects_1_linked_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.custom_objects_1_linked ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.custom_objects_1_linked_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: custom_objects_1_tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_objects_1_tenants (
    id integer NOT NULL,
    source_id bigint NOT NULL,
    target_id bigint NOT NULL
);


--
-- Name: custom_objects_1_tenants_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.custom_objects_1_tenants ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.custom_objects_1_tenants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: custom_objects_2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_objects_2 (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    owner_id bigint,
    title character varying,
    server_id bigint,
    parent_id bigint
);


--
-- Name: custom_objects_2_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.custom_objects_2 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.custom_objects_2_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: custom_objects_2_servers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_objects_2_servers (
    id integer NOT NULL,
    source_id bigint NOT NULL,
    target_id bigint NOT NULL
);


--
-- Name: custom_objects_2_servers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.custom_objects_2_servers ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.custom_objects_2_servers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: netbox_custom_objects_customobjecttype; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.netbox_custom_objects_customobjecttype (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    version character varying(50) NOT NULL,
    verbose_name character varying(100) NOT NULL,
    verbose_name_plural character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    object_type_id integer,
    cache_timestamp timestamp with time zone NOT NULL,
    group_name character varying(100) NOT NULL,
    next_schema_id integer NOT NULL,
    schema_document jsonb,
    config_context_enabled boolean NOT NULL,
    display_expression character varying(500) NOT NULL,
    CONSTRAINT netbox_custom_objects_customobjecttype_next_schema_id_check CHECK ((next_schema_id >= 0))
);


--
-- Name: netbox_custom_objects_customobjecttype_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.netbox_custom_objects_customobjecttype ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.netbox_custom_objects_customobjecttype_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: netbox_custom_objects_customobjecttypefield; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.netbox_custom_objects_customobjecttypefield (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    type character varying(50) NOT NULL,
    "primary" boolean NOT NULL,
    name character varying(50) NOT NULL,
    label character varying(50) NOT NULL,
    group_name character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    required boolean NOT NULL,
    "unique" boolean NOT NULL,
    search_weight smallint NOT NULL,
    filter_logic character varying(50) NOT NULL,
    "default" jsonb,
    related_object_filter jsonb,
    weight smallint NOT NULL,
    validation_minimum bigint,
    validation_maximum bigint,
    validation_regex character varying(500) NOT NULL,
    ui_visible character varying(50) NOT NULL,
    ui_editable character varying(50) NOT NULL,
    is_cloneable boolean NOT NULL,
    comments text NOT NULL,
    choice_set_id bigint,
    custom_object_type_id bigint NOT NULL,
    related_object_type_id integer,
    context boolean NOT NULL,
    related_name character varying(100) NOT NULL,
    deprecated boolean NOT NULL,
    deprecated_since character varying(50) NOT NULL,
    scheduled_removal character varying(50) NOT NULL,
    schema_id integer,
    on_delete_behavior character varying(20) NOT NULL,
    is_polymorphic boolean NOT NULL,
    CONSTRAINT netbox_custom_objects_customobjecttypefield_schema_id_check CHECK ((schema_id >= 0)),
    CONSTRAINT netbox_custom_objects_customobjecttypefield_search_weight_check CHECK ((search_weight >= 0)),
    CONSTRAINT netbox_custom_objects_customobjecttypefield_weight_check CHECK ((weight >= 0))
);


--
-- Name: netbox_custom_objects_customobjecttypefield_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.netbox_custom_objects_customobjecttypefield ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.netbox_custom_objects_customobjecttypefield_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.netbox_custom_objects_customobjecttypefield_related_object_93dc (
    id bigint NOT NULL,
    customobjecttypefield_id bigint NOT NULL,
    objecttype_id integer NOT NULL
);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_obje_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.netbox_custom_objects_customobjecttypefield_related_object_93dc ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.netbox_custom_objects_customobjecttypefield_related_obje_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: custom_objects_1; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.custom_objects_1 VALUES (2, '2026-12-05 15:21:10.736515+00', '2026-12-05 15:21:10.736749+00', NULL, 'srv-02', 'Line one
line two of server 2', 8, 1002.02, true, '2024-01-02', '2025-06-02 12:02:00+00', 'https://srv-2.example.com/', '{"rack": 2, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 3);
INSERT INTO public.custom_objects_1 VALUES (3, '2026-12-05 15:21:11.001565+00', '2026-12-05 15:21:11.001582+00', NULL, 'srv-03', 'Line one
line two of server 3', 12, 1003.03, false, '2024-01-03', '2025-06-03 12:03:00+00', 'https://srv-3.example.com/', '{"rack": 3, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 139, 1);
INSERT INTO public.custom_objects_1 VALUES (4, '2026-12-05 15:21:11.116916+00', '2026-12-05 15:21:11.251308+00', NULL, 'srv-04', 'Line one
line two of server 4', 16, 1004.04, true, '2024-01-04', '2025-06-04 12:04:00+00', 'https://srv-4.example.com/', '{"rack": 4, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 139, 2);
INSERT INTO public.custom_objects_1 VALUES (5, '2026-12-05 15:21:11.515916+00', '2026-12-05 15:21:11.515932+00', NULL, 'srv-05', 'Line one
line two of server 5', 20, 1005.05, true, '2024-01-05', '2025-06-05 12:05:00+00', 'https://srv-5.example.com/', '{"rack": 5, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 1);
INSERT INTO public.custom_objects_1 VALUES (6, '2026-12-05 15:21:11.771193+00', '2026-12-05 15:21:11.771208+00', NULL, 'srv-06', 'Line one
line two of server 6', 24, 1006.06, false, '2024-01-06', '2025-06-06 12:06:00+00', 'https://srv-6.example.com/', '{"rack": 6, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 1, 2);
INSERT INTO public.custom_objects_1 VALUES (7, '2026-12-05 15:21:11.860479+00', '2026-12-05 15:21:11.860494+00', NULL, 'srv-07', 'Line one
line two of server 7', 28, 1007.07, true, '2024-01-07', '2025-06-07 12:07:00+00', 'https://srv-7.example.com/', '{"rack": 7, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 3);
INSERT INTO public.custom_objects_1 VALUES (8, '2026-12-05 15:21:12.019552+00', '2026-12-05 15:21:12.106395+00', NULL, 'srv-08', 'Line one
line two of server 8', 32, 1008.08, true, '2024-01-08', '2025-06-08 12:08:00+00', 'https://srv-8.example.com/', '{"rack": 8, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 139, 1);
INSERT INTO public.custom_objects_1 VALUES (9, '2026-12-05 15:21:12.286041+00', '2026-12-05 15:21:12.286057+00', NULL, 'srv-09', 'Line one
line two of server 9', 36, 1009.09, false, '2024-01-09', '2025-06-09 12:09:00+00', 'https://srv-9.example.com/', '{"rack": 9, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 139, 2);
INSERT INTO public.custom_objects_1 VALUES (10, '2026-12-05 15:21:12.421017+00', '2026-12-05 15:21:12.421041+00', NULL, 'srv-10', 'Line one
line two of server 10', 40, 1010.10, true, '2024-01-10', '2025-06-10 12:10:00+00', 'https://srv-10.example.com/', '{"rack": 10, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 1);
INSERT INTO public.custom_objects_1 VALUES (11, '2026-12-05 15:21:12.599668+00', '2026-12-05 15:21:12.599684+00', NULL, 'srv-11', 'Line one
line two of server 11', 44, 1011.11, true, '2024-01-11', '2025-06-11 12:11:00+00', 'https://srv-11.example.com/', '{"rack": 11, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 2);
INSERT INTO public.custom_objects_1 VALUES (1, '2026-12-05 15:21:10.408302+00', '2026-12-05 15:21:14.890305+00', NULL, 'srv-01', 'Line one
line two of server 1', 64, 1001.01, true, '2024-01-01', '2025-06-01 12:01:00+00', 'https://srv-1.example.com/', '{"rack": 1, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 2);


--
-- Data for Name: custom_objects_1_linked; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.custom_objects_1_linked VALUES (1, 1, 1, 1);
INSERT INTO public.custom_objects_1_linked VALUES (2, 2, 1, 1);
INSERT INTO public.custom_objects_1_linked VALUES (3, 2, 139, 2);
INSERT INTO public.custom_objects_1_linked VALUES (4, 3, 1, 1);
INSERT INTO public.custom_objects_1_linked VALUES (5, 3, 139, 2);
INSERT INTO public.custom_objects_1_linked VALUES (6, 3, 1, 3);
INSERT INTO public.custom_objects_1_linked VALUES (7, 4, 1, 1);
INSERT INTO public.custom_objects_1_linked VALUES (8, 4, 139, 2);
INSERT INTO public.custom_objects_1_linked VALUES (9, 4, 1, 3);


--
-- Data for Name: custom_objects_1_tenants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.custom_objects_1_tenants VALUES (1, 1, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (2, 2, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (3, 2, 2);
INSERT INTO public.custom_objects_1_tenants VALUES (4, 4, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (5, 5, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (6, 5, 2);
INSERT INTO public.custom_objects_1_tenants VALUES (7, 7, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (8, 8, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (9, 8, 2);
INSERT INTO public.custom_objects_1_tenants VALUES (10, 10, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (11, 11, 1);
INSERT INTO public.custom_objects_1_tenants VALUES (12, 11, 2);


--
-- Data for Name: custom_objects_2; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.custom_objects_2 VALUES (1, '2026-12-05 15:21:13.02325+00', '2026-12-05 15:21:13.023271+00', NULL, 'Note 1', 2, NULL);
INSERT INTO public.custom_objects_2 VALUES (2, '2026-12-05 15:21:13.250781+00', '2026-12-05 15:21:13.250801+00', NULL, 'Note 2', 3, 1);
INSERT INTO public.custom_objects_2 VALUES (3, '2026-12-05 15:21:13.478906+00', '2026-12-05 15:21:13.478924+00', NULL, 'Note 3', 4, 2);
INSERT INTO public.custom_objects_2 VALUES (4, '2026-12-05 15:21:13.67964+00', '2026-12-05 15:21:13.679661+00', NULL, 'Note 4', 5, 3);
INSERT INTO public.custom_objects_2 VALUES (5, '2026-12-05 15:21:13.962072+00', '2026-12-05 15:21:13.962092+00', NULL, 'Note 5', 6, 4);


--
-- Data for Name: custom_objects_2_servers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.custom_objects_2_servers VALUES (1, 1, 2);
INSERT INTO public.custom_objects_2_servers VALUES (2, 1, 3);
INSERT INTO public.custom_objects_2_servers VALUES (3, 1, 4);
INSERT INTO public.custom_objects_2_servers VALUES (4, 2, 3);
INSERT INTO public.custom_objects_2_servers VALUES (5, 2, 4);
INSERT INTO public.custom_objects_2_servers VALUES (6, 2, 5);
INSERT INTO public.custom_objects_2_servers VALUES (7, 3, 4);
INSERT INTO public.custom_objects_2_servers VALUES (8, 3, 5);
INSERT INTO public.custom_objects_2_servers VALUES (9, 3, 6);
INSERT INTO public.custom_objects_2_servers VALUES (10, 4, 5);
INSERT INTO public.custom_objects_2_servers VALUES (11, 4, 6);
INSERT INTO public.custom_objects_2_servers VALUES (12, 4, 7);
INSERT INTO public.custom_objects_2_servers VALUES (13, 5, 8);
INSERT INTO public.custom_objects_2_servers VALUES (14, 5, 6);
INSERT INTO public.custom_objects_2_servers VALUES (15, 5, 7);


--
-- Data for Name: netbox_custom_objects_customobjecttype; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.netbox_custom_objects_customobjecttype VALUES (1, '2026-12-05 15:20:54.935887+00', '2026-12-05 15:20:55.05407+00', '{}', 'Every field type', '', 'server_info', '', 'Server info', '', 'server-info', 173, '2026-12-05 15:21:08.451423+00', '', 16, '{"base_columns": [{"name": "created", "null": true, "field_class": "DateTimeField"}, {"name": "id", "null": false, "field_class": "BigAutoField"}, {"name": "last_updated", "null": true, "field_class": "DateTimeField"}, {"name": "owner_id", "null": true, "field_class": "ForeignKey"}]}', false, '');
INSERT INTO public.netbox_custom_objects_customobjecttype VALUES (2, '2026-12-05 15:20:55.4468+00', '2026-12-05 15:20:55.510679+00', '{}', '', '', 'rack_note', '', '', '', 'rack-notes', 174, '2026-12-05 15:21:09.996384+00', '', 4, '{"base_columns": [{"name": "created", "null": true, "field_class": "DateTimeField"}, {"name": "id", "null": false, "field_class": "BigAutoField"}, {"name": "last_updated", "null": true, "field_class": "DateTimeField"}, {"name": "owner_id", "null": true, "field_class": "ForeignKey"}]}', false, '');


--
-- Data for Name: netbox_custom_objects_customobjecttypefield; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (1, '2026-12-05 15:20:55.954231+00', '2026-12-05 15:20:55.954249+00', 'text', true, 'hostname', '', '', '', true, true, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 1, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (2, '2026-12-05 15:20:56.576481+00', '2026-12-05 15:20:56.576506+00', 'longtext', false, 'notes', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 2, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (3, '2026-12-05 15:20:57.349782+00', '2026-12-05 15:20:57.349802+00', 'integer', false, 'cores', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, 1, 512, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 3, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (4, '2026-12-05 15:20:58.135578+00', '2026-12-05 15:20:58.135605+00', 'decimal', false, 'price', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 4, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (5, '2026-12-05 15:20:58.859589+00', '2026-12-05 15:20:58.859614+00', 'boolean', false, 'active', '', '', '', false, false, 500, 'loose', 'true', NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 5, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (6, '2026-12-05 15:20:59.547791+00', '2026-12-05 15:20:59.547811+00', 'date', false, 'purchased', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 6, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (7, '2026-12-05 15:21:00.279593+00', '2026-12-05 15:21:00.279611+00', 'datetime', false, 'seen_at', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 7, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (8, '2026-12-05 15:21:00.954784+00', '2026-12-05 15:21:00.954805+00', 'url', false, 'homepage', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 8, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (9, '2026-12-05 15:21:01.629785+00', '2026-12-05 15:21:01.629807+00', 'json', false, 'facts', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 9, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (10, '2026-12-05 15:21:02.265165+00', '2026-12-05 15:21:02.265184+00', 'select', false, 'colour', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', 1, 1, NULL, false, '', false, '', '', 10, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (11, '2026-12-05 15:21:02.943568+00', '2026-12-05 15:21:02.943587+00', 'multiselect', false, 'palette', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', 1, 1, NULL, false, '', false, '', '', 11, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (12, '2026-12-05 15:21:03.708257+00', '2026-12-05 15:21:03.708277+00', 'object', false, 'site', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, 1, false, 'servers', false, '', '', 12, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (13, '2026-12-05 15:21:04.710726+00', '2026-12-05 15:21:04.710744+00', 'multiobject', false, 'tenants', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, 139, false, '', false, '', '', 13, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (14, '2026-12-05 15:21:05.527788+00', '2026-12-05 15:21:05.527812+00', 'coordinates', false, 'location', '', '', '', false, false, 0, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 14, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (15, '2026-12-05 15:21:06.399458+00', '2026-12-05 15:21:06.399488+00', 'object', false, 'owner_ref', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 15, 'set_null', true);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (16, '2026-12-05 15:21:07.133898+00', '2026-12-05 15:21:07.133925+00', 'multiobject', false, 'linked', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 16, 'set_null', true);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (17, '2026-12-05 15:21:07.483368+00', '2026-12-05 15:21:07.483391+00', 'text', true, 'title', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, NULL, false, '', false, '', '', 1, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (18, '2026-12-05 15:21:08.379517+00', '2026-12-05 15:21:08.379538+00', 'object', false, 'server', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 173, false, 'rack_notes', false, '', '', 2, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (19, '2026-12-05 15:21:09.097281+00', '2026-12-05 15:21:09.097304+00', 'object', false, 'parent', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 174, false, 'children', false, '', '', 3, 'set_null', false);
INSERT INTO public.netbox_custom_objects_customobjecttypefield VALUES (20, '2026-12-05 15:21:10.020682+00', '2026-12-05 15:21:10.0207+00', 'multiobject', false, 'servers', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 173, false, 'noted_in', false, '', '', 4, 'set_null', false);


--
-- Data for Name: netbox_custom_objects_customobjecttypefield_related_object_93dc; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (1, 15, 1);
INSERT INTO public.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (2, 15, 139);
INSERT INTO public.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (3, 16, 1);
INSERT INTO public.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (4, 16, 139);


--
-- Name: custom_objects_1_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custom_objects_1_id_seq', 13, true);


--
-- Name: custom_objects_1_linked_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custom_objects_1_linked_id_seq', 9, true);


--
-- Name: custom_objects_1_tenants_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custom_objects_1_tenants_id_seq', 12, true);


--
-- Name: custom_objects_2_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custom_objects_2_id_seq', 5, true);


--
-- Name: custom_objects_2_servers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.custom_objects_2_servers_id_seq', 15, true);


--
-- Name: netbox_custom_objects_customobjecttype_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.netbox_custom_objects_customobjecttype_id_seq', 3, true);


--
-- Name: netbox_custom_objects_customobjecttypefield_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.netbox_custom_objects_customobjecttypefield_id_seq', 24, true);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_obje_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.netbox_custom_objects_customobjecttypefield_related_obje_id_seq', 4, true);


--
-- Name: custom_objects_1 custom_objects_1_hostname_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1
    ADD CONSTRAINT custom_objects_1_hostname_key UNIQUE (hostname);


--
-- Name: custom_objects_1_linked custom_objects_1_linked_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_linked
    ADD CONSTRAINT custom_objects_1_linked_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1_linked custom_objects_1_linked_source_id_content_type_i_48169827_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_linked
    ADD CONSTRAINT custom_objects_1_linked_source_id_content_type_i_48169827_uniq UNIQUE (source_id, content_type_id, object_id);


--
-- Name: custom_objects_1 custom_objects_1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1
    ADD CONSTRAINT custom_objects_1_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1_tenants custom_objects_1_tenants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_tenants_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1_tenants custom_objects_1_tenants_source_id_target_id_fbc37df7_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_tenants_source_id_target_id_fbc37df7_uniq UNIQUE (source_id, target_id);


--
-- Name: custom_objects_2 custom_objects_2_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2
    ADD CONSTRAINT custom_objects_2_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_2_servers custom_objects_2_servers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_servers_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_2_servers custom_objects_2_servers_source_id_target_id_5258970b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_servers_source_id_target_id_5258970b_uniq UNIQUE (source_id, target_id);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_objects_cu_customobjecttypefield_id_ee045993_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_objects_cu_customobjecttypefield_id_ee045993_uniq UNIQUE (customobjecttypefield_id, objecttype_id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_name_key UNIQUE (name);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_object_type_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_object_type_id_key UNIQUE (object_type_id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_slug_key UNIQUE (slug);


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_objects_customobjecttypefield_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_objects_customobjecttypefield_related_object_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_related_object_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_objects_customobjecttypefield_unique_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_unique_name UNIQUE (name, custom_object_type_id);


--
-- Name: co_1_linked_pgfk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX co_1_linked_pgfk ON public.custom_objects_1_linked USING btree (content_type_id, object_id);


--
-- Name: co_1_owner_ref_gfk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX co_1_owner_ref_gfk ON public.custom_objects_1 USING btree (owner_ref_content_type_id, owner_ref_object_id);


--
-- Name: custom_objects_1_hostname_959b0206_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_hostname_959b0206_like ON public.custom_objects_1 USING btree (hostname varchar_pattern_ops);


--
-- Name: custom_objects_1_linked_source_id_4935b3f3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_linked_source_id_4935b3f3 ON public.custom_objects_1_linked USING btree (source_id);


--
-- Name: custom_objects_1_owner_ref_content_type_id_3614ec3c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_owner_ref_content_type_id_3614ec3c ON public.custom_objects_1 USING btree (owner_ref_content_type_id);


--
-- Name: custom_objects_1_site_id_5f975611; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_site_id_5f975611 ON public.custom_objects_1 USING btree (site_id);


--
-- Name: custom_objects_1_tenants_source_id_516d5654; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_tenants_source_id_516d5654 ON public.custom_objects_1_tenants USING btree (source_id);


--
-- Name: custom_objects_1_tenants_target_id_e24436c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_1_tenants_target_id_e24436c9 ON public.custom_objects_1_tenants USING btree (target_id);


--
-- Name: custom_objects_2_parent_id_3fa53c3a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_2_parent_id_3fa53c3a ON public.custom_objects_2 USING btree (parent_id);


--
-- Name: custom_objects_2_server_id_350bba96; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_2_server_id_350bba96 ON public.custom_objects_2 USING btree (server_id);


--
-- Name: custom_objects_2_servers_source_id_82265102; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_2_servers_source_id_82265102 ON public.custom_objects_2_servers USING btree (source_id);


--
-- Name: custom_objects_2_servers_target_id_d970decb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX custom_objects_2_servers_target_id_d970decb ON public.custom_objects_2_servers USING btree (target_id);


--
-- Name: netbox_custom_objects_cust_choice_set_id_0fe3704d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_choice_set_id_0fe3704d ON public.netbox_custom_objects_customobjecttypefield USING btree (choice_set_id);


--
-- Name: netbox_custom_objects_cust_custom_object_type_id_cbf253a0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_custom_object_type_id_cbf253a0 ON public.netbox_custom_objects_customobjecttypefield USING btree (custom_object_type_id);


--
-- Name: netbox_custom_objects_cust_customobjecttypefield_id_0d38c0a9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_customobjecttypefield_id_0d38c0a9 ON public.netbox_custom_objects_customobjecttypefield_related_object_93dc USING btree (customobjecttypefield_id);


--
-- Name: netbox_custom_objects_cust_objecttype_id_fd584e75; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_objecttype_id_fd584e75 ON public.netbox_custom_objects_customobjecttypefield_related_object_93dc USING btree (objecttype_id);


--
-- Name: netbox_custom_objects_cust_related_object_type_id_e4cda7aa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_related_object_type_id_e4cda7aa ON public.netbox_custom_objects_customobjecttypefield USING btree (related_object_type_id);


--
-- Name: netbox_custom_objects_customobjecttype_group_name_14759876; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_group_name_14759876 ON public.netbox_custom_objects_customobjecttype USING btree (group_name);


--
-- Name: netbox_custom_objects_customobjecttype_group_name_14759876_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_group_name_14759876_like ON public.netbox_custom_objects_customobjecttype USING btree (group_name varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttype_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttype_name ON public.netbox_custom_objects_customobjecttype USING btree (lower((name)::text));


--
-- Name: netbox_custom_objects_customobjecttype_name_903b2d42_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_name_903b2d42_like ON public.netbox_custom_objects_customobjecttype USING btree (name varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttype_slug_0325ca31_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_slug_0325ca31_like ON public.netbox_custom_objects_customobjecttype USING btree (slug varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttypefield_unique_related_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttypefield_unique_related_name ON public.netbox_custom_objects_customobjecttypefield USING btree (related_object_type_id, related_name) WHERE ((related_name)::text > ''::text);


--
-- Name: netbox_custom_objects_customobjecttypefield_unique_schema_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttypefield_unique_schema_id ON public.netbox_custom_objects_customobjecttypefield USING btree (schema_id, custom_object_type_id) WHERE (schema_id IS NOT NULL);


--
-- Name: custom_objects_1_linked custom_objects_1_lin_source_id_4935b3f3_fk_custom_ob; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_linked
    ADD CONSTRAINT custom_objects_1_lin_source_id_4935b3f3_fk_custom_ob FOREIGN KEY (source_id) REFERENCES public.custom_objects_1(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_1 custom_objects_1_owner_id_496d5a3d_fk_users_owner_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1
    ADD CONSTRAINT custom_objects_1_owner_id_496d5a3d_fk_users_owner_id FOREIGN KEY (owner_id) REFERENCES public.users_owner(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_1 custom_objects_1_site_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1
    ADD CONSTRAINT custom_objects_1_site_id_fk FOREIGN KEY (site_id) REFERENCES public.dcim_site(id) ON DELETE SET NULL;


--
-- Name: custom_objects_1_tenants custom_objects_1_ten_source_id_516d5654_fk_custom_ob; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_ten_source_id_516d5654_fk_custom_ob FOREIGN KEY (source_id) REFERENCES public.custom_objects_1(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_1_tenants custom_objects_1_tenants_d74b6b49_target_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_tenants_d74b6b49_target_fk FOREIGN KEY (target_id) REFERENCES public.tenancy_tenant(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_2 custom_objects_2_owner_id_15cb68b9_fk_users_owner_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2
    ADD CONSTRAINT custom_objects_2_owner_id_15cb68b9_fk_users_owner_id FOREIGN KEY (owner_id) REFERENCES public.users_owner(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_2 custom_objects_2_parent_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2
    ADD CONSTRAINT custom_objects_2_parent_id_fk FOREIGN KEY (parent_id) REFERENCES public.custom_objects_2(id) ON DELETE SET NULL;


--
-- Name: custom_objects_2_servers custom_objects_2_ser_source_id_82265102_fk_custom_ob; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_ser_source_id_82265102_fk_custom_ob FOREIGN KEY (source_id) REFERENCES public.custom_objects_2(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_2 custom_objects_2_server_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2
    ADD CONSTRAINT custom_objects_2_server_id_fk FOREIGN KEY (server_id) REFERENCES public.custom_objects_1(id) ON DELETE SET NULL;


--
-- Name: custom_objects_2_servers custom_objects_2_servers_3c818177_target_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_servers_3c818177_target_fk FOREIGN KEY (target_id) REFERENCES public.custom_objects_1(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_object_choice_set_id_0fe3704d_fk_extras_cu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_object_choice_set_id_0fe3704d_fk_extras_cu FOREIGN KEY (choice_set_id) REFERENCES public.extras_customfieldchoiceset(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_object_custom_object_type_i_cbf253a0_fk_netbox_cu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_object_custom_object_type_i_cbf253a0_fk_netbox_cu FOREIGN KEY (custom_object_type_id) REFERENCES public.netbox_custom_objects_customobjecttype(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_object_customobjecttypefiel_0d38c0a9_fk_netbox_cu; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_object_customobjecttypefiel_0d38c0a9_fk_netbox_cu FOREIGN KEY (customobjecttypefield_id) REFERENCES public.netbox_custom_objects_customobjecttypefield(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_object_object_type_id_3c379c0e_fk_core_obje; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_object_object_type_id_3c379c0e_fk_core_obje FOREIGN KEY (object_type_id) REFERENCES public.core_objecttype(contenttype_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_object_objecttype_id_fd584e75_fk_core_obje; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_object_objecttype_id_fd584e75_fk_core_obje FOREIGN KEY (objecttype_id) REFERENCES public.core_objecttype(contenttype_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_object_related_object_type__e4cda7aa_fk_core_obje; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_object_related_object_type__e4cda7aa_fk_core_obje FOREIGN KEY (related_object_type_id) REFERENCES public.core_objecttype(contenttype_ptr_id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)


--
-- Name: branch_6flggq2t; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA branch_6flggq2t;




--
-- Name: circuits_circuit; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_circuit (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.circuits_circuit_id_seq'::regclass) NOT NULL,
    cid character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    install_date date,
    commit_rate integer,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    provider_id bigint NOT NULL,
    tenant_id bigint,
    termination_a_id bigint,
    termination_z_id bigint,
    type_id bigint NOT NULL,
    termination_date date,
    provider_account_id bigint,
    _abs_distance numeric(13,4),
    distance numeric(8,2),
    distance_unit character varying(50),
    owner_id bigint
);


--
-- Name: circuits_circuitgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_circuitgroup (
    id bigint DEFAULT nextval('public.circuits_circuitgroup_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: circuits_circuitgroupassignment; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_circuitgroupassignment (
    id bigint DEFAULT nextval('public.circuits_circuitgroupassignment_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    priority character varying(50),
    member_id bigint NOT NULL,
    group_id bigint NOT NULL,
    member_type_id integer NOT NULL
);


--
-- Name: circuits_circuittermination; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_circuittermination (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.circuits_circuittermination_id_seq'::regclass) NOT NULL,
    mark_connected boolean NOT NULL,
    term_side character varying(1) NOT NULL,
    port_speed integer,
    upstream_speed integer,
    xconnect_id character varying(50) NOT NULL,
    pp_info character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    cable_id bigint,
    circuit_id bigint NOT NULL,
    _provider_network_id bigint,
    custom_field_data jsonb NOT NULL,
    cable_end character varying(1),
    termination_id bigint,
    termination_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: circuits_circuittype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_circuittype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.circuits_circuittype_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    color character varying(6) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: circuits_provider; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_provider (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.circuits_provider_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint
);


--
-- Name: circuits_provider_asns; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_provider_asns (
    id bigint DEFAULT nextval('public.circuits_provider_asns_id_seq'::regclass) NOT NULL,
    provider_id bigint NOT NULL,
    asn_id bigint NOT NULL
);


--
-- Name: circuits_provideraccount; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_provideraccount (
    id bigint DEFAULT nextval('public.circuits_provideraccount_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    account character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    provider_id bigint NOT NULL,
    owner_id bigint
);


--
-- Name: circuits_providernetwork; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_providernetwork (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.circuits_providernetwork_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    provider_id bigint NOT NULL,
    service_id character varying(100) NOT NULL,
    owner_id bigint
);


--
-- Name: circuits_virtualcircuit; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_virtualcircuit (
    id bigint DEFAULT nextval('public.circuits_virtualcircuit_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    cid character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    provider_account_id bigint,
    provider_network_id bigint NOT NULL,
    type_id bigint NOT NULL,
    tenant_id bigint,
    owner_id bigint
);


--
-- Name: circuits_virtualcircuittermination; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_virtualcircuittermination (
    id bigint DEFAULT nextval('public.circuits_virtualcircuittermination_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    role character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    interface_id bigint NOT NULL,
    virtual_circuit_id bigint NOT NULL
);


--
-- Name: circuits_virtualcircuittype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.circuits_virtualcircuittype (
    id bigint DEFAULT nextval('public.circuits_virtualcircuittype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    color character varying(6) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: core_objectchange; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.core_objectchange (
    id bigint DEFAULT nextval('public.core_objectchange_id_seq'::regclass) NOT NULL,
    "time" timestamp with time zone NOT NULL,
    user_name character varying(150) NOT NULL,
    request_id uuid NOT NULL,
    action character varying(50) NOT NULL,
    changed_object_id bigint NOT NULL,
    related_object_id bigint,
    object_repr character varying(200) NOT NULL,
    prechange_data jsonb,
    postchange_data jsonb,
    changed_object_type_id integer NOT NULL,
    related_object_type_id integer,
    user_id bigint,
    message character varying(200) NOT NULL
);


--
-- Name: custom_objects_1; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.custom_objects_1 (
    id bigint DEFAULT nextval('public.custom_objects_1_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    owner_id bigint,
    hostname character varying,
    remarks text,
    cores bigint,
    price numeric(8,2),
    active boolean,
    purchased date,
    seen_at timestamp with time zone,
    homepage character varying(200),
    facts jsonb,
    colour character varying(100),
    palette character varying(50)[],
    site_id bigint,
    location_latitude numeric(8,6),
    location_longitude numeric(9,6),
    owner_ref_content_type_id integer,
    owner_ref_object_id bigint,
    serial character varying
);


--
-- Name: custom_objects_1_tenants; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.custom_objects_1_tenants (
    id integer DEFAULT nextval('public.custom_objects_1_tenants_id_seq'::regclass) NOT NULL,
    source_id bigint NOT NULL,
    target_id bigint NOT NULL
);


--
-- Name: custom_objects_2; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.custom_objects_2 (
    id bigint DEFAULT nextval('public.custom_objects_2_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    owner_id bigint,
    title character varying,
    server_id bigint,
    parent_id bigint
);


--
-- Name: custom_objects_2_servers; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.custom_objects_2_servers (
    id integer DEFAULT nextval('public.custom_objects_2_servers_id_seq'::regclass) NOT NULL,
    source_id bigint NOT NULL,
    target_id bigint NOT NULL
);


--
-- Name: custom_objects_3; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.custom_objects_3 (
    id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    owner_id bigint,
    summary character varying,
    server_id bigint,
    effort numeric(8,2)
);


--
-- Name: custom_objects_3_id_seq; Type: SEQUENCE; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE branch_6flggq2t.custom_objects_3 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME branch_6flggq2t.custom_objects_3_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: dcim_cable; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_cable (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_cable_id_seq'::regclass) NOT NULL,
    type character varying(50),
    status character varying(50) NOT NULL,
    label character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    length numeric(8,2),
    length_unit character varying(50),
    _abs_length numeric(14,4),
    tenant_id bigint,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    profile character varying(50) NOT NULL,
    bundle_id bigint
);


--
-- Name: dcim_cablebundle; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_cablebundle (
    id bigint DEFAULT nextval('public.dcim_cablebundle_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_cablepath; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_cablepath (
    id bigint DEFAULT nextval('public.dcim_cablepath_id_seq'::regclass) NOT NULL,
    _nodes character varying(40)[] NOT NULL,
    is_active boolean NOT NULL,
    is_split boolean NOT NULL,
    path jsonb NOT NULL,
    is_complete boolean NOT NULL
);


--
-- Name: dcim_cabletermination; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_cabletermination (
    id bigint DEFAULT nextval('public.dcim_cabletermination_id_seq'::regclass) NOT NULL,
    cable_end character varying(1) NOT NULL,
    termination_id bigint NOT NULL,
    cable_id bigint NOT NULL,
    termination_type_id integer NOT NULL,
    _device_id bigint,
    _rack_id bigint,
    _location_id bigint,
    _site_id bigint,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    connector smallint,
    positions smallint[]
);


--
-- Name: dcim_consoleport; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_consoleport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_consoleport_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    speed integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_consoleporttemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_consoleporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_consoleporttemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint
);


--
-- Name: dcim_consoleserverport; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_consoleserverport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_consoleserverport_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    speed integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_consoleserverporttemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_consoleserverporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_consoleserverporttemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint
);


--
-- Name: dcim_coolingfeed; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingfeed (
    id bigint DEFAULT nextval('public.dcim_coolingfeed_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    max_flow numeric(8,2),
    max_flow_unit character varying(50),
    _abs_max_flow numeric(13,4),
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    status character varying(50) NOT NULL,
    cooling_capacity numeric(10,2),
    owner_id bigint,
    rack_id bigint,
    tenant_id bigint,
    cooling_source_id bigint NOT NULL
);


--
-- Name: dcim_coolingintake; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingintake (
    id bigint DEFAULT nextval('public.dcim_coolingintake_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    diameter numeric(8,2),
    diameter_unit character varying(50),
    _abs_diameter numeric(13,4),
    max_flow numeric(8,2),
    max_flow_unit character varying(50),
    _abs_max_flow numeric(13,4),
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    owner_id bigint,
    cooling_outflow_id bigint
);


--
-- Name: dcim_coolingintaketemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingintaketemplate (
    id bigint DEFAULT nextval('public.dcim_coolingintaketemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    diameter numeric(8,2),
    diameter_unit character varying(50),
    _abs_diameter numeric(13,4),
    max_flow numeric(8,2),
    max_flow_unit character varying(50),
    _abs_max_flow numeric(13,4),
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint
);


--
-- Name: dcim_coolingoutflow; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingoutflow (
    id bigint DEFAULT nextval('public.dcim_coolingoutflow_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    diameter numeric(8,2),
    diameter_unit character varying(50),
    _abs_diameter numeric(13,4),
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    owner_id bigint,
    cooling_intake_id bigint
);


--
-- Name: dcim_coolingoutflowtemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingoutflowtemplate (
    id bigint DEFAULT nextval('public.dcim_coolingoutflowtemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    diameter numeric(8,2),
    diameter_unit character varying(50),
    _abs_diameter numeric(13,4),
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    device_type_id bigint,
    module_type_id bigint,
    cooling_intake_id bigint
);


--
-- Name: dcim_coolingsource; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_coolingsource (
    id bigint DEFAULT nextval('public.dcim_coolingsource_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    type character varying(50) NOT NULL,
    status character varying(50) NOT NULL,
    fluid_type character varying(50),
    cooling_capacity numeric(10,2),
    location_id bigint,
    owner_id bigint,
    site_id bigint NOT NULL
);


--
-- Name: dcim_device; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_device (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_device_id_seq'::regclass) NOT NULL,
    local_context_data jsonb,
    name character varying(64) COLLATE public.natural_sort,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    "position" numeric(4,1),
    face character varying(50),
    status character varying(50) NOT NULL,
    vc_position integer,
    vc_priority smallint,
    comments text NOT NULL,
    cluster_id bigint,
    role_id bigint NOT NULL,
    device_type_id bigint NOT NULL,
    location_id bigint,
    platform_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    rack_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    virtual_chassis_id bigint,
    airflow character varying(50),
    description character varying(200) NOT NULL,
    config_template_id bigint,
    latitude numeric(8,6),
    longitude numeric(9,6),
    oob_ip_id bigint,
    console_port_count bigint NOT NULL,
    console_server_port_count bigint NOT NULL,
    power_port_count bigint NOT NULL,
    power_outlet_count bigint NOT NULL,
    interface_count bigint NOT NULL,
    front_port_count bigint NOT NULL,
    rear_port_count bigint NOT NULL,
    device_bay_count bigint NOT NULL,
    module_bay_count bigint NOT NULL,
    inventory_item_count bigint NOT NULL,
    owner_id bigint,
    _config_context_data jsonb,
    _config_context_generation bigint NOT NULL,
    cooling_method character varying(50),
    cooling_outflow_count bigint NOT NULL,
    cooling_intake_count bigint NOT NULL
);


--
-- Name: dcim_devicebay; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_devicebay (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_devicebay_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    device_id bigint NOT NULL,
    installed_device_id bigint,
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    enabled boolean NOT NULL
);


--
-- Name: dcim_devicebaytemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_devicebaytemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_devicebaytemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    device_type_id bigint NOT NULL,
    enabled boolean NOT NULL
);


--
-- Name: dcim_devicerole; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_devicerole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_devicerole_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    vm_role boolean NOT NULL,
    description character varying(200) NOT NULL,
    config_template_id bigint,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: dcim_devicetype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_devicetype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_devicetype_id_seq'::regclass) NOT NULL,
    model character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    part_number character varying(50) NOT NULL,
    u_height numeric(4,1) NOT NULL,
    is_full_depth boolean NOT NULL,
    subdevice_role character varying(50),
    front_image character varying(100) NOT NULL,
    rear_image character varying(100) NOT NULL,
    comments text NOT NULL,
    manufacturer_id bigint NOT NULL,
    airflow character varying(50),
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    description character varying(200) NOT NULL,
    default_platform_id bigint,
    console_port_template_count bigint NOT NULL,
    console_server_port_template_count bigint NOT NULL,
    power_port_template_count bigint NOT NULL,
    power_outlet_template_count bigint NOT NULL,
    interface_template_count bigint NOT NULL,
    front_port_template_count bigint NOT NULL,
    rear_port_template_count bigint NOT NULL,
    device_bay_template_count bigint NOT NULL,
    module_bay_template_count bigint NOT NULL,
    inventory_item_template_count bigint NOT NULL,
    exclude_from_utilization boolean NOT NULL,
    owner_id bigint,
    device_count bigint NOT NULL,
    end_of_life date,
    cooling_method character varying(50),
    cooling_outflow_template_count bigint NOT NULL,
    cooling_intake_template_count bigint NOT NULL
);


--
-- Name: dcim_frontport; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_frontport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_frontport_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50) NOT NULL,
    cable_id bigint,
    device_id bigint NOT NULL,
    color character varying(6) NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[],
    positions smallint NOT NULL
);


--
-- Name: dcim_frontporttemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_frontporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_frontporttemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50) NOT NULL,
    device_type_id bigint,
    color character varying(6) NOT NULL,
    module_type_id bigint,
    positions smallint NOT NULL
);


--
-- Name: dcim_interface; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_interface (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_interface_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    enabled boolean NOT NULL,
    mtu integer,
    mode character varying(50),
    _name character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    mgmt_only boolean NOT NULL,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    lag_id bigint,
    parent_id bigint,
    untagged_vlan_id bigint,
    wwn macaddr8,
    bridge_id bigint,
    rf_role character varying(30),
    rf_channel character varying(50),
    rf_channel_frequency numeric(8,3),
    rf_channel_width numeric(7,3),
    tx_power smallint,
    wireless_link_id bigint,
    module_id bigint,
    vrf_id bigint,
    duplex character varying(50),
    speed bigint,
    poe_mode character varying(50),
    poe_type character varying(50),
    cable_end character varying(1),
    vlan_translation_policy_id bigint,
    qinq_svlan_id bigint,
    primary_mac_address_id bigint,
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[],
    channel_id smallint,
    channels smallint
);


--
-- Name: dcim_interface_tagged_vlans; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_interface_tagged_vlans (
    id bigint DEFAULT nextval('public.dcim_interface_tagged_vlans_id_seq'::regclass) NOT NULL,
    interface_id bigint NOT NULL,
    vlan_id bigint NOT NULL
);


--
-- Name: dcim_interface_vdcs; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_interface_vdcs (
    id bigint DEFAULT nextval('public.dcim_interface_vdcs_id_seq'::regclass) NOT NULL,
    interface_id bigint NOT NULL,
    virtualdevicecontext_id bigint NOT NULL
);


--
-- Name: dcim_interface_wireless_lans; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_interface_wireless_lans (
    id bigint DEFAULT nextval('public.dcim_interface_wireless_lans_id_seq'::regclass) NOT NULL,
    interface_id bigint NOT NULL,
    wirelesslan_id bigint NOT NULL
);


--
-- Name: dcim_interfacetemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_interfacetemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_interfacetemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    _name character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    mgmt_only boolean NOT NULL,
    device_type_id bigint,
    module_type_id bigint,
    poe_mode character varying(50),
    poe_type character varying(50),
    enabled boolean NOT NULL,
    bridge_id bigint,
    rf_role character varying(30),
    parent_id bigint,
    channel_id smallint,
    channels smallint
);


--
-- Name: dcim_inventoryitem; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_inventoryitem (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_inventoryitem_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    part_id character varying(50) NOT NULL,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    discovered boolean NOT NULL,
    device_id bigint NOT NULL,
    manufacturer_id bigint,
    parent_id bigint,
    role_id bigint,
    component_id bigint,
    component_type_id integer,
    status character varying(50) NOT NULL,
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    path public.ltree NOT NULL
);


--
-- Name: dcim_inventoryitemrole; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_inventoryitemrole (
    id bigint DEFAULT nextval('public.dcim_inventoryitemrole_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: dcim_inventoryitemtemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_inventoryitemtemplate (
    id bigint DEFAULT nextval('public.dcim_inventoryitemtemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    component_id bigint,
    part_id character varying(50) NOT NULL,
    component_type_id integer,
    device_type_id bigint NOT NULL,
    manufacturer_id bigint,
    parent_id bigint,
    role_id bigint,
    path public.ltree NOT NULL
);


--
-- Name: dcim_location; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_location (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_location_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    status character varying(50) NOT NULL,
    facility character varying(50) NOT NULL,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: dcim_macaddress; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_macaddress (
    id bigint DEFAULT nextval('public.dcim_macaddress_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    mac_address macaddr NOT NULL,
    assigned_object_id bigint,
    assigned_object_type_id integer,
    owner_id bigint
);


--
-- Name: dcim_manufacturer; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_manufacturer (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_manufacturer_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: dcim_module; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_module (
    id bigint DEFAULT nextval('public.dcim_module_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    comments text NOT NULL,
    device_id bigint NOT NULL,
    module_bay_id bigint NOT NULL,
    module_type_id bigint NOT NULL,
    description character varying(200) NOT NULL,
    status character varying(50) NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_modulebay; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_modulebay (
    id bigint DEFAULT nextval('public.dcim_modulebay_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    "position" character varying(30) NOT NULL,
    description character varying(200) NOT NULL,
    device_id bigint NOT NULL,
    module_id bigint,
    parent_id bigint,
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    enabled boolean NOT NULL,
    path public.ltree NOT NULL,
    sort_path text NOT NULL COLLATE public.natural_sort
);


--
-- Name: dcim_modulebay_module_bay_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_modulebay_module_bay_types (
    id bigint DEFAULT nextval('public.dcim_modulebay_module_bay_types_id_seq'::regclass) NOT NULL,
    modulebay_id bigint NOT NULL,
    modulebaytype_id bigint NOT NULL
);


--
-- Name: dcim_modulebaytemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_modulebaytemplate (
    id bigint DEFAULT nextval('public.dcim_modulebaytemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    "position" character varying(30) NOT NULL,
    description character varying(200) NOT NULL,
    device_type_id bigint,
    module_type_id bigint,
    enabled boolean NOT NULL
);


--
-- Name: dcim_modulebaytemplate_module_bay_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_modulebaytemplate_module_bay_types (
    id bigint DEFAULT nextval('public.dcim_modulebaytemplate_module_bay_types_id_seq'::regclass) NOT NULL,
    modulebaytemplate_id bigint NOT NULL,
    modulebaytype_id bigint NOT NULL
);


--
-- Name: dcim_modulebaytype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_modulebaytype (
    id bigint DEFAULT nextval('public.dcim_modulebaytype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    manufacturer_id bigint,
    owner_id bigint
);


--
-- Name: dcim_moduletype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_moduletype (
    id bigint DEFAULT nextval('public.dcim_moduletype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    model character varying(100) NOT NULL,
    part_number character varying(50) NOT NULL,
    comments text NOT NULL,
    manufacturer_id bigint NOT NULL,
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    description character varying(200) NOT NULL,
    airflow character varying(50),
    attribute_data jsonb,
    profile_id bigint,
    owner_id bigint,
    module_count bigint NOT NULL,
    console_port_template_count bigint NOT NULL,
    console_server_port_template_count bigint NOT NULL,
    front_port_template_count bigint NOT NULL,
    interface_template_count bigint NOT NULL,
    module_bay_template_count bigint NOT NULL,
    power_outlet_template_count bigint NOT NULL,
    power_port_template_count bigint NOT NULL,
    rear_port_template_count bigint NOT NULL,
    end_of_life date,
    cooling_method character varying(50),
    cooling_outflow_template_count bigint NOT NULL,
    cooling_intake_template_count bigint NOT NULL
);


--
-- Name: dcim_moduletype_module_bay_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_moduletype_module_bay_types (
    id bigint DEFAULT nextval('public.dcim_moduletype_module_bay_types_id_seq'::regclass) NOT NULL,
    moduletype_id bigint NOT NULL,
    modulebaytype_id bigint NOT NULL
);


--
-- Name: dcim_moduletypeprofile; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_moduletypeprofile (
    id bigint DEFAULT nextval('public.dcim_moduletypeprofile_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    schema jsonb,
    owner_id bigint
);


--
-- Name: dcim_platform; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_platform (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_platform_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    manufacturer_id bigint,
    config_template_id bigint,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: dcim_portmapping; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_portmapping (
    id bigint DEFAULT nextval('public.dcim_portmapping_id_seq'::regclass) NOT NULL,
    front_port_position smallint NOT NULL,
    rear_port_position smallint NOT NULL,
    device_id bigint NOT NULL,
    front_port_id bigint NOT NULL,
    rear_port_id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone
);


--
-- Name: dcim_porttemplatemapping; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_porttemplatemapping (
    id bigint DEFAULT nextval('public.dcim_porttemplatemapping_id_seq'::regclass) NOT NULL,
    front_port_position smallint NOT NULL,
    rear_port_position smallint NOT NULL,
    device_type_id bigint,
    module_type_id bigint,
    front_port_id bigint NOT NULL,
    rear_port_id bigint NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone
);


--
-- Name: dcim_powerfeed; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_powerfeed (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_powerfeed_id_seq'::regclass) NOT NULL,
    mark_connected boolean NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    status character varying(50) NOT NULL,
    type character varying(50) NOT NULL,
    supply character varying(50) NOT NULL,
    phase character varying(50) NOT NULL,
    voltage smallint NOT NULL,
    amperage smallint NOT NULL,
    max_utilization smallint NOT NULL,
    available_power integer NOT NULL,
    comments text NOT NULL,
    _path_id bigint,
    cable_id bigint,
    power_panel_id bigint NOT NULL,
    rack_id bigint,
    cable_end character varying(1),
    description character varying(200) NOT NULL,
    tenant_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_poweroutlet; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_poweroutlet (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_poweroutlet_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    feed_leg character varying(50),
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    power_port_id bigint,
    module_id bigint,
    cable_end character varying(1),
    color character varying(6) NOT NULL,
    status character varying(50) NOT NULL,
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_poweroutlettemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_poweroutlettemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_poweroutlettemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    feed_leg character varying(50),
    device_type_id bigint,
    power_port_id bigint,
    module_type_id bigint,
    color character varying(6) NOT NULL
);


--
-- Name: dcim_powerpanel; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_powerpanel (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_powerpanel_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    location_id bigint,
    site_id bigint NOT NULL,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_powerport; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_powerport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_powerport_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50),
    maximum_draw integer,
    allocated_draw integer,
    _path_id bigint,
    cable_id bigint,
    device_id bigint NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_powerporttemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_powerporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_powerporttemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50),
    maximum_draw integer,
    allocated_draw integer,
    device_type_id bigint,
    module_type_id bigint
);


--
-- Name: dcim_rack; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rack (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_rack_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    facility_id character varying(50),
    status character varying(50) NOT NULL,
    serial character varying(50) NOT NULL,
    asset_tag character varying(50),
    form_factor character varying(50),
    width smallint NOT NULL,
    u_height smallint NOT NULL,
    desc_units boolean NOT NULL,
    outer_width smallint,
    outer_depth smallint,
    outer_unit character varying(50),
    comments text NOT NULL,
    location_id bigint,
    role_id bigint,
    site_id bigint NOT NULL,
    tenant_id bigint,
    weight numeric(8,2),
    max_weight integer,
    weight_unit character varying(50),
    _abs_weight bigint,
    _abs_max_weight bigint,
    mounting_depth smallint,
    description character varying(200) NOT NULL,
    starting_unit smallint NOT NULL,
    rack_type_id bigint,
    airflow character varying(50),
    outer_height smallint,
    owner_id bigint,
    group_id bigint,
    cooling_capability character varying(50),
    cooling_capacity numeric(10,2)
);


--
-- Name: dcim_rackgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rackgroup (
    id bigint DEFAULT nextval('public.dcim_rackgroup_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_rackreservation; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rackreservation (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_rackreservation_id_seq'::regclass) NOT NULL,
    units smallint[] NOT NULL,
    description character varying(200) NOT NULL,
    rack_id bigint NOT NULL,
    tenant_id bigint,
    user_id bigint NOT NULL,
    comments text NOT NULL,
    status character varying(50) NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_rackrole; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rackrole (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_rackrole_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: dcim_racktype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_racktype (
    id bigint DEFAULT nextval('public.dcim_racktype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    weight numeric(8,2),
    weight_unit character varying(50),
    _abs_weight bigint,
    manufacturer_id bigint NOT NULL,
    model character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    form_factor character varying(50) NOT NULL,
    width smallint NOT NULL,
    u_height smallint NOT NULL,
    starting_unit smallint NOT NULL,
    desc_units boolean NOT NULL,
    outer_width smallint,
    outer_depth smallint,
    outer_unit character varying(50),
    max_weight integer,
    _abs_max_weight bigint,
    mounting_depth smallint,
    outer_height smallint,
    owner_id bigint,
    rack_count bigint NOT NULL,
    cooling_capability character varying(50),
    cooling_capacity numeric(10,2)
);


--
-- Name: dcim_rearport; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rearport (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_rearport_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    mark_connected boolean NOT NULL,
    type character varying(50) NOT NULL,
    positions smallint NOT NULL,
    cable_id bigint,
    device_id bigint NOT NULL,
    color character varying(6) NOT NULL,
    module_id bigint,
    cable_end character varying(1),
    _location_id bigint,
    _rack_id bigint,
    _site_id bigint,
    owner_id bigint,
    cable_connector smallint,
    cable_positions smallint[]
);


--
-- Name: dcim_rearporttemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_rearporttemplate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.dcim_rearporttemplate_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    label character varying(64) NOT NULL,
    description character varying(200) NOT NULL,
    type character varying(50) NOT NULL,
    positions smallint NOT NULL,
    device_type_id bigint,
    color character varying(6) NOT NULL,
    module_type_id bigint
);


--
-- Name: dcim_region; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_region (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_region_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: dcim_site; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_site (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_site_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    status character varying(50) NOT NULL,
    facility character varying(50) NOT NULL,
    time_zone character varying(63),
    description character varying(200) NOT NULL,
    physical_address character varying(200) NOT NULL,
    shipping_address character varying(200) NOT NULL,
    latitude numeric(8,6),
    longitude numeric(9,6),
    comments text NOT NULL,
    group_id bigint,
    region_id bigint,
    tenant_id bigint,
    owner_id bigint
);


--
-- Name: dcim_site_asns; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_site_asns (
    id bigint DEFAULT nextval('public.dcim_site_asns_id_seq'::regclass) NOT NULL,
    site_id bigint NOT NULL,
    asn_id bigint NOT NULL
);


--
-- Name: dcim_sitegroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_sitegroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_sitegroup_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: dcim_virtualchassis; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_virtualchassis (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.dcim_virtualchassis_id_seq'::regclass) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    domain character varying(30) NOT NULL,
    master_id bigint,
    comments text NOT NULL,
    description character varying(200) NOT NULL,
    member_count bigint NOT NULL,
    owner_id bigint
);


--
-- Name: dcim_virtualdevicecontext; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.dcim_virtualdevicecontext (
    id bigint DEFAULT nextval('public.dcim_virtualdevicecontext_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    status character varying(50) NOT NULL,
    identifier smallint,
    comments text NOT NULL,
    device_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    tenant_id bigint,
    owner_id bigint
);


--
-- Name: django_migrations; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE branch_6flggq2t.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME branch_6flggq2t.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: extras_cachedvalue; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_cachedvalue (
    id uuid NOT NULL,
    "timestamp" timestamp with time zone NOT NULL,
    object_id bigint NOT NULL,
    field character varying(200) NOT NULL,
    type character varying(30) NOT NULL,
    value text NOT NULL,
    weight smallint NOT NULL,
    object_type_id integer NOT NULL
);


--
-- Name: extras_configcontext; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.extras_configcontext_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    weight smallint NOT NULL,
    description character varying(200) NOT NULL,
    is_active boolean NOT NULL,
    data jsonb NOT NULL,
    data_file_id bigint,
    data_path character varying(1000) NOT NULL,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    data_synced timestamp with time zone,
    profile_id bigint,
    owner_id bigint
);


--
-- Name: extras_configcontext_cluster_groups; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_cluster_groups (
    id bigint DEFAULT nextval('public.extras_configcontext_cluster_groups_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    clustergroup_id bigint NOT NULL
);


--
-- Name: extras_configcontext_cluster_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_cluster_types (
    id bigint DEFAULT nextval('public.extras_configcontext_cluster_types_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    clustertype_id bigint NOT NULL
);


--
-- Name: extras_configcontext_clusters; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_clusters (
    id bigint DEFAULT nextval('public.extras_configcontext_clusters_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    cluster_id bigint NOT NULL
);


--
-- Name: extras_configcontext_device_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_device_types (
    id bigint DEFAULT nextval('public.extras_configcontext_device_types_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    devicetype_id bigint NOT NULL
);


--
-- Name: extras_configcontext_locations; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_locations (
    id bigint DEFAULT nextval('public.extras_configcontext_locations_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    location_id bigint NOT NULL
);


--
-- Name: extras_configcontext_platforms; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_platforms (
    id bigint DEFAULT nextval('public.extras_configcontext_platforms_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    platform_id bigint NOT NULL
);


--
-- Name: extras_configcontext_regions; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_regions (
    id bigint DEFAULT nextval('public.extras_configcontext_regions_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    region_id bigint NOT NULL
);


--
-- Name: extras_configcontext_roles; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_roles (
    id bigint DEFAULT nextval('public.extras_configcontext_roles_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    devicerole_id bigint NOT NULL
);


--
-- Name: extras_configcontext_site_groups; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_site_groups (
    id bigint DEFAULT nextval('public.extras_configcontext_site_groups_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    sitegroup_id bigint NOT NULL
);


--
-- Name: extras_configcontext_sites; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_sites (
    id bigint DEFAULT nextval('public.extras_configcontext_sites_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    site_id bigint NOT NULL
);


--
-- Name: extras_configcontext_tags; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_tags (
    id bigint DEFAULT nextval('public.extras_configcontext_tags_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    tag_id bigint NOT NULL
);


--
-- Name: extras_configcontext_tenant_groups; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_tenant_groups (
    id bigint DEFAULT nextval('public.extras_configcontext_tenant_groups_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    tenantgroup_id bigint NOT NULL
);


--
-- Name: extras_configcontext_tenants; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontext_tenants (
    id bigint DEFAULT nextval('public.extras_configcontext_tenants_id_seq'::regclass) NOT NULL,
    configcontext_id bigint NOT NULL,
    tenant_id bigint NOT NULL
);


--
-- Name: extras_configcontextprofile; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configcontextprofile (
    id bigint DEFAULT nextval('public.extras_configcontextprofile_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    data_path character varying(1000) NOT NULL,
    auto_sync_enabled boolean NOT NULL,
    data_synced timestamp with time zone,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    schema jsonb,
    data_file_id bigint,
    data_source_id bigint,
    owner_id bigint
);


--
-- Name: extras_configtemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_configtemplate (
    id bigint DEFAULT nextval('public.extras_configtemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    data_path character varying(1000) NOT NULL,
    data_synced timestamp with time zone,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    template_code text NOT NULL,
    environment_params jsonb,
    data_file_id bigint,
    data_source_id bigint,
    auto_sync_enabled boolean NOT NULL,
    as_attachment boolean NOT NULL,
    file_extension character varying(15) NOT NULL,
    file_name character varying(200) NOT NULL,
    mime_type character varying(50) NOT NULL,
    owner_id bigint,
    debug boolean NOT NULL
);


--
-- Name: extras_imageattachment; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_imageattachment (
    id bigint DEFAULT nextval('public.extras_imageattachment_id_seq'::regclass) NOT NULL,
    object_id bigint NOT NULL,
    image character varying(100) NOT NULL,
    image_height smallint NOT NULL,
    image_width smallint NOT NULL,
    name character varying(50) NOT NULL,
    created timestamp with time zone,
    object_type_id integer NOT NULL,
    last_updated timestamp with time zone,
    description character varying(200) NOT NULL,
    image_size bigint
);


--
-- Name: extras_journalentry; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_journalentry (
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.extras_journalentry_id_seq'::regclass) NOT NULL,
    assigned_object_id bigint NOT NULL,
    created timestamp with time zone,
    kind character varying(30) NOT NULL,
    comments text NOT NULL,
    assigned_object_type_id integer NOT NULL,
    created_by_id bigint,
    custom_field_data jsonb NOT NULL
);


--
-- Name: extras_tableconfig; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_tableconfig (
    id bigint DEFAULT nextval('public.extras_tableconfig_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    "table" character varying(100) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    weight smallint NOT NULL,
    enabled boolean NOT NULL,
    shared boolean NOT NULL,
    columns character varying(100)[] NOT NULL,
    ordering character varying(100)[],
    object_type_id integer NOT NULL,
    user_id bigint
);


--
-- Name: extras_tag; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_tag (
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.extras_tag_id_seq'::regclass) NOT NULL,
    color character varying(6) NOT NULL,
    description character varying(200) NOT NULL,
    weight smallint NOT NULL,
    owner_id bigint
);


--
-- Name: extras_tag_object_types; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_tag_object_types (
    id bigint DEFAULT nextval('public.extras_tag_object_types_id_seq'::regclass) NOT NULL,
    tag_id bigint NOT NULL,
    contenttype_id integer NOT NULL
);


--
-- Name: extras_taggeditem; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.extras_taggeditem (
    object_id integer NOT NULL,
    id bigint DEFAULT nextval('public.extras_taggeditem_id_seq'::regclass) NOT NULL,
    content_type_id integer NOT NULL,
    tag_id bigint NOT NULL
);


--
-- Name: ipam_aggregate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_aggregate (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_aggregate_id_seq'::regclass) NOT NULL,
    prefix cidr NOT NULL,
    date_added date,
    description character varying(200) NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_asn; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_asn (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_asn_id_seq'::regclass) NOT NULL,
    asn bigint NOT NULL,
    description character varying(200) NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    role_id bigint
);


--
-- Name: ipam_asnrange; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_asnrange (
    id bigint DEFAULT nextval('public.ipam_asnrange_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    start bigint NOT NULL,
    "end" bigint NOT NULL,
    rir_id bigint NOT NULL,
    tenant_id bigint,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: ipam_fhrpgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_fhrpgroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_fhrpgroup_id_seq'::regclass) NOT NULL,
    group_id smallint NOT NULL,
    protocol character varying(50) NOT NULL,
    auth_type character varying(50),
    auth_key character varying(255) NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_fhrpgroupassignment; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_fhrpgroupassignment (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    id bigint DEFAULT nextval('public.ipam_fhrpgroupassignment_id_seq'::regclass) NOT NULL,
    interface_id bigint NOT NULL,
    priority smallint NOT NULL,
    group_id bigint NOT NULL,
    interface_type_id integer NOT NULL
);


--
-- Name: ipam_ipaddress; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_ipaddress (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_ipaddress_id_seq'::regclass) NOT NULL,
    address inet NOT NULL,
    status character varying(50) NOT NULL,
    role character varying(50),
    assigned_object_id bigint,
    dns_name character varying(255) NOT NULL,
    description character varying(200) NOT NULL,
    assigned_object_type_id integer,
    nat_inside_id bigint,
    tenant_id bigint,
    vrf_id bigint,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_iprange; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_iprange (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_iprange_id_seq'::regclass) NOT NULL,
    start_address inet NOT NULL,
    end_address inet NOT NULL,
    size integer NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    role_id bigint,
    tenant_id bigint,
    vrf_id bigint,
    comments text NOT NULL,
    mark_utilized boolean NOT NULL,
    mark_populated boolean NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_prefix; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_prefix (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_prefix_id_seq'::regclass) NOT NULL,
    prefix cidr NOT NULL,
    status character varying(50) NOT NULL,
    is_pool boolean NOT NULL,
    description character varying(200) NOT NULL,
    role_id bigint,
    tenant_id bigint,
    vlan_id bigint,
    vrf_id bigint,
    _children bigint NOT NULL,
    _depth smallint NOT NULL,
    mark_utilized boolean NOT NULL,
    comments text NOT NULL,
    scope_id bigint,
    scope_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    owner_id bigint
);


--
-- Name: ipam_rir; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_rir (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_rir_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    is_private boolean NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: ipam_role; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_role (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_role_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    weight smallint NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: ipam_routetarget; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_routetarget (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_routetarget_id_seq'::regclass) NOT NULL,
    name character varying(21) NOT NULL COLLATE public.natural_sort,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_service; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_service (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_service_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    parent_object_id bigint NOT NULL,
    parent_object_type_id integer NOT NULL,
    owner_id bigint,
    port_mappings character varying(63)[] NOT NULL
);


--
-- Name: ipam_service_ipaddresses; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_service_ipaddresses (
    id bigint DEFAULT nextval('public.ipam_service_ipaddresses_id_seq'::regclass) NOT NULL,
    service_id bigint NOT NULL,
    ipaddress_id bigint NOT NULL
);


--
-- Name: ipam_servicetemplate; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_servicetemplate (
    id bigint DEFAULT nextval('public.ipam_servicetemplate_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    name character varying(100) NOT NULL,
    comments text NOT NULL,
    owner_id bigint,
    port_mappings character varying(63)[] NOT NULL
);


--
-- Name: ipam_vlan; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vlan (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_vlan_id_seq'::regclass) NOT NULL,
    vid smallint NOT NULL,
    name character varying(64) NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    group_id bigint,
    role_id bigint,
    site_id bigint,
    tenant_id bigint,
    comments text NOT NULL,
    qinq_role character varying(50),
    qinq_svlan_id bigint,
    owner_id bigint
);


--
-- Name: ipam_vlangroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vlangroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_vlangroup_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    scope_id bigint,
    description character varying(200) NOT NULL,
    scope_type_id integer,
    vid_ranges int4range[] NOT NULL,
    total_vlan_ids bigint NOT NULL,
    tenant_id bigint,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: ipam_vlantranslationpolicy; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vlantranslationpolicy (
    id bigint DEFAULT nextval('public.ipam_vlantranslationpolicy_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_vlantranslationrule; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vlantranslationrule (
    id bigint DEFAULT nextval('public.ipam_vlantranslationrule_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    local_vid smallint NOT NULL,
    remote_vid smallint NOT NULL,
    policy_id bigint NOT NULL,
    description character varying(200) NOT NULL
);


--
-- Name: ipam_vrf; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vrf (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.ipam_vrf_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    rd character varying(21),
    enforce_unique boolean NOT NULL,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    owner_id bigint
);


--
-- Name: ipam_vrf_export_targets; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vrf_export_targets (
    id bigint DEFAULT nextval('public.ipam_vrf_export_targets_id_seq'::regclass) NOT NULL,
    vrf_id bigint NOT NULL,
    routetarget_id bigint NOT NULL
);


--
-- Name: ipam_vrf_import_targets; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.ipam_vrf_import_targets (
    id bigint DEFAULT nextval('public.ipam_vrf_import_targets_id_seq'::regclass) NOT NULL,
    vrf_id bigint NOT NULL,
    routetarget_id bigint NOT NULL
);


--
-- Name: netbox_custom_objects_customobjecttype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.netbox_custom_objects_customobjecttype (
    id bigint DEFAULT nextval('public.netbox_custom_objects_customobjecttype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    version character varying(50) NOT NULL,
    verbose_name character varying(100) NOT NULL,
    verbose_name_plural character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    object_type_id integer,
    cache_timestamp timestamp with time zone NOT NULL,
    group_name character varying(100) NOT NULL,
    next_schema_id integer NOT NULL,
    schema_document jsonb,
    config_context_enabled boolean NOT NULL,
    display_expression character varying(500) NOT NULL
);


--
-- Name: netbox_custom_objects_customobjecttypefield; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.netbox_custom_objects_customobjecttypefield (
    id bigint DEFAULT nextval('public.netbox_custom_objects_customobjecttypefield_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    type character varying(50) NOT NULL,
    "primary" boolean NOT NULL,
    name character varying(50) NOT NULL,
    label character varying(50) NOT NULL,
    group_name character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    required boolean NOT NULL,
    "unique" boolean NOT NULL,
    search_weight smallint NOT NULL,
    filter_logic character varying(50) NOT NULL,
    "default" jsonb,
    related_object_filter jsonb,
    weight smallint NOT NULL,
    validation_minimum bigint,
    validation_maximum bigint,
    validation_regex character varying(500) NOT NULL,
    ui_visible character varying(50) NOT NULL,
    ui_editable character varying(50) NOT NULL,
    is_cloneable boolean NOT NULL,
    comments text NOT NULL,
    choice_set_id bigint,
    custom_object_type_id bigint NOT NULL,
    related_object_type_id integer,
    context boolean NOT NULL,
    related_name character varying(100) NOT NULL,
    deprecated boolean NOT NULL,
    deprecated_since character varying(50) NOT NULL,
    scheduled_removal character varying(50) NOT NULL,
    schema_id integer,
    on_delete_behavior character varying(20) NOT NULL,
    is_polymorphic boolean NOT NULL
);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc (
    id bigint DEFAULT nextval('public.netbox_custom_objects_customobjecttypefield_related_obje_id_seq'::regclass) NOT NULL,
    customobjecttypefield_id bigint NOT NULL,
    objecttype_id integer NOT NULL
);


--
-- Name: tenancy_contact; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_contact (
    id bigint DEFAULT nextval('public.tenancy_contact_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    title character varying(100) NOT NULL,
    phone character varying(50) NOT NULL,
    email character varying(254) NOT NULL,
    address character varying(200) NOT NULL,
    comments text NOT NULL,
    link character varying(200) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint
);


--
-- Name: tenancy_contact_groups; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_contact_groups (
    id bigint DEFAULT nextval('public.tenancy_contact_groups_id_seq'::regclass) NOT NULL,
    contact_id bigint NOT NULL,
    contactgroup_id bigint NOT NULL
);


--
-- Name: tenancy_contactassignment; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_contactassignment (
    id bigint DEFAULT nextval('public.tenancy_contactassignment_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    object_id bigint NOT NULL,
    priority character varying(50),
    contact_id bigint NOT NULL,
    object_type_id integer NOT NULL,
    role_id bigint NOT NULL,
    custom_field_data jsonb NOT NULL
);


--
-- Name: tenancy_contactgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_contactgroup (
    id bigint DEFAULT nextval('public.tenancy_contactgroup_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL
);


--
-- Name: tenancy_contactrole; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_contactrole (
    id bigint DEFAULT nextval('public.tenancy_contactrole_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: tenancy_tenant; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_tenant (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.tenancy_tenant_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    group_id bigint,
    owner_id bigint
);


--
-- Name: tenancy_tenantgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.tenancy_tenantgroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.tenancy_tenantgroup_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL COLLATE public.natural_sort
);


--
-- Name: virtualization_cluster; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_cluster (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.virtualization_cluster_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    comments text NOT NULL,
    group_id bigint,
    tenant_id bigint,
    type_id bigint NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    scope_id bigint,
    scope_type_id integer,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    owner_id bigint
);


--
-- Name: virtualization_clustergroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_clustergroup (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.virtualization_clustergroup_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: virtualization_clustertype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_clustertype (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.virtualization_clustertype_id_seq'::regclass) NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: virtualization_virtualdisk; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_virtualdisk (
    id bigint DEFAULT nextval('public.virtualization_virtualdisk_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    description character varying(200) NOT NULL,
    size integer NOT NULL,
    virtual_machine_id bigint NOT NULL,
    owner_id bigint
);


--
-- Name: virtualization_virtualmachine; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_virtualmachine (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.virtualization_virtualmachine_id_seq'::regclass) NOT NULL,
    local_context_data jsonb,
    name character varying(64) NOT NULL COLLATE public.natural_sort,
    status character varying(50) NOT NULL,
    vcpus numeric(6,2),
    memory integer,
    disk integer,
    comments text NOT NULL,
    cluster_id bigint,
    platform_id bigint,
    primary_ip4_id bigint,
    primary_ip6_id bigint,
    role_id bigint,
    tenant_id bigint,
    site_id bigint,
    device_id bigint,
    description character varying(200) NOT NULL,
    interface_count bigint NOT NULL,
    config_template_id bigint,
    virtual_disk_count bigint NOT NULL,
    serial character varying(50) NOT NULL,
    owner_id bigint,
    start_on_boot character varying(32) NOT NULL,
    virtual_machine_type_id bigint,
    _config_context_data jsonb,
    _config_context_generation bigint NOT NULL
);


--
-- Name: virtualization_virtualmachinetype; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_virtualmachinetype (
    id bigint DEFAULT nextval('public.virtualization_virtualmachinetype_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    default_vcpus numeric(6,2),
    default_memory integer,
    virtual_machine_count bigint NOT NULL,
    default_platform_id bigint,
    owner_id bigint
);


--
-- Name: virtualization_vminterface; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_vminterface (
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    id bigint DEFAULT nextval('public.virtualization_vminterface_id_seq'::regclass) NOT NULL,
    enabled boolean NOT NULL,
    mtu integer,
    mode character varying(50),
    name character varying(64) NOT NULL,
    _name character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    untagged_vlan_id bigint,
    virtual_machine_id bigint NOT NULL,
    bridge_id bigint,
    vrf_id bigint,
    vlan_translation_policy_id bigint,
    qinq_svlan_id bigint,
    primary_mac_address_id bigint,
    owner_id bigint
);


--
-- Name: virtualization_vminterface_tagged_vlans; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.virtualization_vminterface_tagged_vlans (
    id bigint DEFAULT nextval('public.virtualization_vminterface_tagged_vlans_id_seq'::regclass) NOT NULL,
    vminterface_id bigint NOT NULL,
    vlan_id bigint NOT NULL
);


--
-- Name: vpn_ikepolicy; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ikepolicy (
    id bigint DEFAULT nextval('public.vpn_ikepolicy_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    version smallint NOT NULL,
    mode character varying,
    preshared_key text NOT NULL,
    owner_id bigint
);


--
-- Name: vpn_ikepolicy_proposals; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ikepolicy_proposals (
    id bigint DEFAULT nextval('public.vpn_ikepolicy_proposals_id_seq'::regclass) NOT NULL,
    ikepolicy_id bigint NOT NULL,
    ikeproposal_id bigint NOT NULL
);


--
-- Name: vpn_ikeproposal; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ikeproposal (
    id bigint DEFAULT nextval('public.vpn_ikeproposal_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    authentication_method character varying NOT NULL,
    encryption_algorithm character varying NOT NULL,
    authentication_algorithm character varying,
    "group" smallint NOT NULL,
    sa_lifetime integer,
    owner_id bigint
);


--
-- Name: vpn_ipsecpolicy; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ipsecpolicy (
    id bigint DEFAULT nextval('public.vpn_ipsecpolicy_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    pfs_group smallint,
    owner_id bigint
);


--
-- Name: vpn_ipsecpolicy_proposals; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ipsecpolicy_proposals (
    id bigint DEFAULT nextval('public.vpn_ipsecpolicy_proposals_id_seq'::regclass) NOT NULL,
    ipsecpolicy_id bigint NOT NULL,
    ipsecproposal_id bigint NOT NULL
);


--
-- Name: vpn_ipsecprofile; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ipsecprofile (
    id bigint DEFAULT nextval('public.vpn_ipsecprofile_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    mode character varying NOT NULL,
    ike_policy_id bigint NOT NULL,
    ipsec_policy_id bigint NOT NULL,
    owner_id bigint
);


--
-- Name: vpn_ipsecproposal; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_ipsecproposal (
    id bigint DEFAULT nextval('public.vpn_ipsecproposal_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    encryption_algorithm character varying,
    authentication_algorithm character varying,
    sa_lifetime_seconds integer,
    sa_lifetime_data integer,
    owner_id bigint
);


--
-- Name: vpn_l2vpn; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_l2vpn (
    id bigint DEFAULT nextval('public.vpn_l2vpn_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    type character varying(50) NOT NULL,
    identifier bigint,
    description character varying(200) NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    status character varying(50) NOT NULL,
    owner_id bigint
);


--
-- Name: vpn_l2vpn_export_targets; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_l2vpn_export_targets (
    id bigint DEFAULT nextval('public.vpn_l2vpn_export_targets_id_seq'::regclass) NOT NULL,
    l2vpn_id bigint NOT NULL,
    routetarget_id bigint NOT NULL
);


--
-- Name: vpn_l2vpn_import_targets; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_l2vpn_import_targets (
    id bigint DEFAULT nextval('public.vpn_l2vpn_import_targets_id_seq'::regclass) NOT NULL,
    l2vpn_id bigint NOT NULL,
    routetarget_id bigint NOT NULL
);


--
-- Name: vpn_l2vpntermination; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_l2vpntermination (
    id bigint DEFAULT nextval('public.vpn_l2vpntermination_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    assigned_object_id bigint NOT NULL,
    assigned_object_type_id integer NOT NULL,
    l2vpn_id bigint NOT NULL
);


--
-- Name: vpn_tunnel; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_tunnel (
    id bigint DEFAULT nextval('public.vpn_tunnel_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    description character varying(200) NOT NULL,
    comments text NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    status character varying(50) NOT NULL,
    group_id bigint,
    encapsulation character varying(50) NOT NULL,
    tunnel_id bigint,
    ipsec_profile_id bigint,
    tenant_id bigint,
    owner_id bigint
);


--
-- Name: vpn_tunnelgroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_tunnelgroup (
    id bigint DEFAULT nextval('public.vpn_tunnelgroup_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    owner_id bigint,
    comments text NOT NULL
);


--
-- Name: vpn_tunneltermination; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.vpn_tunneltermination (
    id bigint DEFAULT nextval('public.vpn_tunneltermination_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    role character varying(50) NOT NULL,
    termination_id bigint,
    termination_type_id integer NOT NULL,
    outside_ip_id bigint,
    tunnel_id bigint NOT NULL
);


--
-- Name: wireless_wirelesslan; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.wireless_wirelesslan (
    id bigint DEFAULT nextval('public.wireless_wirelesslan_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    ssid character varying(32) NOT NULL,
    group_id bigint,
    description character varying(200) NOT NULL,
    auth_cipher character varying(50),
    auth_psk character varying(64) NOT NULL,
    auth_type character varying(50),
    vlan_id bigint,
    tenant_id bigint,
    comments text NOT NULL,
    status character varying(50) NOT NULL,
    _location_id bigint,
    _region_id bigint,
    _site_id bigint,
    _site_group_id bigint,
    scope_id bigint,
    scope_type_id integer,
    owner_id bigint
);


--
-- Name: wireless_wirelesslangroup; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.wireless_wirelesslangroup (
    id bigint DEFAULT nextval('public.wireless_wirelesslangroup_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    name character varying(100) NOT NULL COLLATE public.natural_sort,
    slug character varying(100) NOT NULL,
    description character varying(200) NOT NULL,
    parent_id bigint,
    comments text NOT NULL,
    owner_id bigint,
    path public.ltree NOT NULL,
    sort_path text NOT NULL COLLATE public.natural_sort
);


--
-- Name: wireless_wirelesslink; Type: TABLE; Schema: branch_6flggq2t; Owner: -
--

CREATE TABLE branch_6flggq2t.wireless_wirelesslink (
    id bigint DEFAULT nextval('public.wireless_wirelesslink_id_seq'::regclass) NOT NULL,
    created timestamp with time zone,
    last_updated timestamp with time zone,
    custom_field_data jsonb NOT NULL,
    ssid character varying(32) NOT NULL,
    status character varying(50) NOT NULL,
    description character varying(200) NOT NULL,
    auth_cipher character varying(50),
    auth_psk character varying(64) NOT NULL,
    auth_type character varying(50),
    _interface_a_device_id bigint,
    _interface_b_device_id bigint,
    interface_a_id bigint NOT NULL,
    interface_b_id bigint NOT NULL,
    tenant_id bigint,
    comments text NOT NULL,
    _abs_distance numeric(13,4),
    distance numeric(8,2),
    distance_unit character varying(50),
    owner_id bigint
);


--
-- Data for Name: circuits_circuit; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_circuitgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_circuitgroupassignment; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_circuittermination; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_circuittype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_provider; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_provider_asns; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_provideraccount; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_providernetwork; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_virtualcircuit; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_virtualcircuittermination; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: circuits_virtualcircuittype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: core_objectchange; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.core_objectchange VALUES (56, '2026-12-05 15:21:55.402495+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'create', 3, NULL, 'Ticket', NULL, '{"name": "ticket", "slug": "tickets", "tags": [], "created": "2026-12-05T15:21:55.348Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": null, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false}', 170, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (57, '2026-12-05 15:21:55.581692+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'update', 3, NULL, 'Ticket', '{"name": "ticket", "slug": "tickets", "tags": [], "created": "2026-12-05T15:21:55.348Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": null, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false}', '{"name": "ticket", "slug": "tickets", "tags": [], "created": "2026-12-05T15:21:55.348Z", "version": "", "comments": "", "group_name": "", "description": "", "object_type": 175, "verbose_name": "", "custom_fields": {}, "next_schema_id": 0, "schema_document": null, "display_expression": "", "verbose_name_plural": "", "config_context_enabled": false}', 170, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (58, '2026-12-05 15:21:56.69383+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'create', 21, NULL, 'Summary', NULL, '{"name": "summary", "type": "text", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:56.647Z", "default": null, "primary": true, "comments": "", "required": false, "schema_id": 1, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null}', 171, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (59, '2026-12-05 15:21:57.835708+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'create', 22, NULL, 'Server', NULL, '{"name": "server", "type": "object", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:57.799Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "tickets", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": 173, "related_object_types": [], "related_object_filter": null}', 171, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (60, '2026-12-05 15:21:58.91995+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'create', 23, NULL, 'Effort', NULL, '{"name": "effort", "type": "decimal", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:58.862Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 3, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 3, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null}', 171, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (61, '2026-12-05 15:21:59.662433+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'create', 24, NULL, 'Serial', NULL, '{"name": "serial", "type": "text", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:21:59.631Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 17, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null}', 171, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (62, '2026-12-05 15:22:00.405349+00', 'admin', '1aad6be7-9eb2-4f39-897d-565c45cb72a2', 'update', 2, NULL, 'Remarks', '{"name": "notes", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:56.576Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null}', '{"name": "remarks", "type": "longtext", "label": "", "unique": false, "weight": 100, "context": false, "created": "2026-12-05T15:20:56.576Z", "default": null, "primary": false, "comments": "", "required": false, "schema_id": 2, "choice_set": null, "deprecated": false, "group_name": "", "ui_visible": "always", "description": "", "ui_editable": "yes", "filter_logic": "loose", "is_cloneable": false, "related_name": "", "search_weight": 500, "is_polymorphic": false, "deprecated_since": "", "validation_regex": "", "scheduled_removal": "", "custom_object_type": 1, "on_delete_behavior": "set_null", "validation_maximum": null, "validation_minimum": null, "related_object_type": null, "related_object_types": [], "related_object_filter": null}', 171, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (63, '2026-12-05 15:22:00.989923+00', 'admin', 'b8024b23-885d-40db-8ed7-e03924ec48a3', 'update', 2, NULL, 'srv-02', '{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 8, "facts": {"rack": 2, "roles": ["web", "db"]}, "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "serial": null, "created": "2026-12-05T15:21:10.736Z", "palette": "[\"red\", \"blue\"]", "remarks": "Line one\nline two of server 2", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]}', '{"site": 3, "tags": ["Tag 1", "Tag 2"], "cores": 16, "facts": {"rack": 2, "roles": ["web", "db"]}, "owner": null, "price": "1002.02", "active": true, "colour": "blue", "linked": [{"object_id": 1, "content_type": "dcim.site"}, {"object_id": 2, "content_type": "tenancy.tenant"}], "serial": "SN-0002", "created": "2026-12-05T15:21:10.736Z", "palette": "[\"red\", \"blue\"]", "remarks": "Changed in the branch", "seen_at": "2025-06-02T12:02:00Z", "tenants": [1, 2], "homepage": "https://srv-2.example.com/", "hostname": "srv-02", "purchased": "2024-01-02", "location_latitude": "48.856613", "location_longitude": "2.352222", "owner_ref_object_id": 3, "owner_ref_content_type": 1, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]}', 173, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (64, '2026-12-05 15:22:01.2863+00', 'admin', 'b8024b23-885d-40db-8ed7-e03924ec48a3', 'create', 13, NULL, 'srv-branch', NULL, '{"site": 1, "tags": [], "cores": 2, "facts": null, "owner": null, "price": null, "active": true, "colour": null, "linked": [], "serial": null, "created": "2026-12-05T15:22:01.231Z", "palette": null, "remarks": "Made in the branch", "seen_at": null, "tenants": [], "homepage": null, "hostname": "srv-branch", "purchased": null, "location_latitude": null, "location_longitude": null, "owner_ref_object_id": null, "owner_ref_content_type": null, "__nco_poly_m2m_fields__": [{"pk": 16, "name": "linked"}, {"pk": 15, "name": "owner_ref"}]}', 173, NULL, 1, '');
INSERT INTO branch_6flggq2t.core_objectchange VALUES (65, '2026-12-05 15:22:01.455683+00', 'admin', 'b8024b23-885d-40db-8ed7-e03924ec48a3', 'create', 1, NULL, 'Replace disk', NULL, '{"tags": [], "owner": null, "effort": "1.50", "server": 2, "created": "2026-12-05T15:22:01.407Z", "summary": "Replace disk"}', 175, NULL, 1, '');


--
-- Data for Name: custom_objects_1; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (3, '2026-12-05 15:21:11.001565+00', '2026-12-05 15:21:11.001582+00', NULL, 'srv-03', 'Line one
line two of server 3', 12, 1003.03, false, '2024-01-03', '2025-06-03 12:03:00+00', 'https://srv-3.example.com/', '{"rack": 3, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 139, 1, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (4, '2026-12-05 15:21:11.116916+00', '2026-12-05 15:21:11.251308+00', NULL, 'srv-04', 'Line one
line two of server 4', 16, 1004.04, true, '2024-01-04', '2025-06-04 12:04:00+00', 'https://srv-4.example.com/', '{"rack": 4, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 139, 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (5, '2026-12-05 15:21:11.515916+00', '2026-12-05 15:21:11.515932+00', NULL, 'srv-05', 'Line one
line two of server 5', 20, 1005.05, true, '2024-01-05', '2025-06-05 12:05:00+00', 'https://srv-5.example.com/', '{"rack": 5, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 1, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (6, '2026-12-05 15:21:11.771193+00', '2026-12-05 15:21:11.771208+00', NULL, 'srv-06', 'Line one
line two of server 6', 24, 1006.06, false, '2024-01-06', '2025-06-06 12:06:00+00', 'https://srv-6.example.com/', '{"rack": 6, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 1, 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (7, '2026-12-05 15:21:11.860479+00', '2026-12-05 15:21:11.860494+00', NULL, 'srv-07', 'Line one
line two of server 7', 28, 1007.07, true, '2024-01-07', '2025-06-07 12:07:00+00', 'https://srv-7.example.com/', '{"rack": 7, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 3, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (8, '2026-12-05 15:21:12.019552+00', '2026-12-05 15:21:12.106395+00', NULL, 'srv-08', 'Line one
line two of server 8', 32, 1008.08, true, '2024-01-08', '2025-06-08 12:08:00+00', 'https://srv-8.example.com/', '{"rack": 8, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 139, 1, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (9, '2026-12-05 15:21:12.286041+00', '2026-12-05 15:21:12.286057+00', NULL, 'srv-09', 'Line one
line two of server 9', 36, 1009.09, false, '2024-01-09', '2025-06-09 12:09:00+00', 'https://srv-9.example.com/', '{"rack": 9, "roles": []}', 'red', '{}', 1, 48.856613, 2.352222, 139, 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (10, '2026-12-05 15:21:12.421017+00', '2026-12-05 15:21:12.421041+00', NULL, 'srv-10', 'Line one
line two of server 10', 40, 1010.10, true, '2024-01-10', '2025-06-10 12:10:00+00', 'https://srv-10.example.com/', '{"rack": 10, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 1, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (11, '2026-12-05 15:21:12.599668+00', '2026-12-05 15:21:12.599684+00', NULL, 'srv-11', 'Line one
line two of server 11', 44, 1011.11, true, '2024-01-11', '2025-06-11 12:11:00+00', 'https://srv-11.example.com/', '{"rack": 11, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (1, '2026-12-05 15:21:10.408302+00', '2026-12-05 15:21:14.890305+00', NULL, 'srv-01', 'Line one
line two of server 1', 64, 1001.01, true, '2024-01-01', '2025-06-01 12:01:00+00', 'https://srv-1.example.com/', '{"rack": 1, "roles": ["web"]}', 'green', '{red}', 2, 48.856613, 2.352222, 1, 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (2, '2026-12-05 15:21:10.736515+00', '2026-12-05 15:22:00.9557+00', NULL, 'srv-02', 'Changed in the branch', 16, 1002.02, true, '2024-01-02', '2025-06-02 12:02:00+00', 'https://srv-2.example.com/', '{"rack": 2, "roles": ["web", "db"]}', 'blue', '{red,blue}', 3, 48.856613, 2.352222, 1, 3, 'SN-0002');
INSERT INTO branch_6flggq2t.custom_objects_1 VALUES (13, '2026-12-05 15:22:01.231637+00', '2026-12-05 15:22:01.231658+00', NULL, 'srv-branch', 'Made in the branch', 2, NULL, true, NULL, NULL, NULL, NULL, NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: custom_objects_1_tenants; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (1, 1, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (2, 2, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (3, 2, 2);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (4, 4, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (5, 5, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (6, 5, 2);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (7, 7, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (8, 8, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (9, 8, 2);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (10, 10, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (11, 11, 1);
INSERT INTO branch_6flggq2t.custom_objects_1_tenants VALUES (12, 11, 2);


--
-- Data for Name: custom_objects_2; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.custom_objects_2 VALUES (1, '2026-12-05 15:21:13.02325+00', '2026-12-05 15:21:13.023271+00', NULL, 'Note 1', 2, NULL);
INSERT INTO branch_6flggq2t.custom_objects_2 VALUES (2, '2026-12-05 15:21:13.250781+00', '2026-12-05 15:21:13.250801+00', NULL, 'Note 2', 3, 1);
INSERT INTO branch_6flggq2t.custom_objects_2 VALUES (3, '2026-12-05 15:21:13.478906+00', '2026-12-05 15:21:13.478924+00', NULL, 'Note 3', 4, 2);
INSERT INTO branch_6flggq2t.custom_objects_2 VALUES (4, '2026-12-05 15:21:13.67964+00', '2026-12-05 15:21:13.679661+00', NULL, 'Note 4', 5, 3);
INSERT INTO branch_6flggq2t.custom_objects_2 VALUES (5, '2026-12-05 15:21:13.962072+00', '2026-12-05 15:21:13.962092+00', NULL, 'Note 5', 6, 4);


--
-- Data for Name: custom_objects_2_servers; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (1, 1, 2);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (2, 1, 3);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (3, 1, 4);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (4, 2, 3);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (5, 2, 4);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (6, 2, 5);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (7, 3, 4);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (8, 3, 5);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (9, 3, 6);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (10, 4, 5);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (11, 4, 6);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (12, 4, 7);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (13, 5, 8);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (14, 5, 6);
INSERT INTO branch_6flggq2t.custom_objects_2_servers VALUES (15, 5, 7);


--
-- Data for Name: custom_objects_3; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.custom_objects_3 VALUES (1, '2026-12-05 15:22:01.407901+00', '2026-12-05 15:22:01.407921+00', NULL, 'Replace disk', 2, 1.50);


--
-- Data for Name: dcim_cable; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_cablebundle; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_cablepath; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_cabletermination; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_consoleport; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_consoleporttemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_consoleserverport; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_consoleserverporttemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingfeed; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingintake; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingintaketemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingoutflow; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingoutflowtemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_coolingsource; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_device; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_devicebay; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_devicebaytemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_devicerole; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_devicetype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_frontport; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_frontporttemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_interface; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_interface_tagged_vlans; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_interface_vdcs; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_interface_wireless_lans; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_interfacetemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_inventoryitem; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_inventoryitemrole; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_inventoryitemtemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_location; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_macaddress; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_manufacturer; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_module; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_modulebay; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_modulebay_module_bay_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_modulebaytemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_modulebaytemplate_module_bay_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_modulebaytype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_moduletype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_moduletype_module_bay_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_moduletypeprofile; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (1, '2026-12-05 14:18:31.505668+00', '2026-12-05 14:18:31.505707+00', '{}', '', '', 'CPU', '{"properties": {"cores": {"type": "integer", "description": "Number of cores present"}, "speed": {"type": "number", "title": "Speed", "description": "Clock speed in GHz"}, "architecture": {"type": "string", "title": "Architecture"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (2, '2026-12-05 14:18:31.50569+00', '2026-12-05 14:18:31.50571+00', '{}', '', '', 'Fan', '{"properties": {"rpm": {"type": "integer", "title": "RPM", "description": "Fan speed (RPM)"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (3, '2026-12-05 14:18:31.505693+00', '2026-12-05 14:18:31.505712+00', '{}', '', '', 'GPU', '{"required": ["memory"], "properties": {"gpu": {"type": "string", "title": "GPU"}, "memory": {"type": "integer", "title": "Memory (GB)", "description": "Total memory capacity (in GB)"}, "interface": {"enum": ["PCIe 4.0", "PCIe 4.0 x8", "PCIe 4.0 x16", "PCIe 5.0 x16"], "type": "string"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (4, '2026-12-05 14:18:31.505696+00', '2026-12-05 14:18:31.505714+00', '{}', '', '', 'Hard disk', '{"required": ["size"], "properties": {"size": {"type": "integer", "title": "Size (GB)", "description": "Raw disk capacity"}, "type": {"enum": ["HD", "SSD", "NVME"], "type": "string", "title": "Disk type", "default": "SSD"}, "speed": {"type": "integer", "title": "Speed (RPM)"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (5, '2026-12-05 14:18:31.505698+00', '2026-12-05 14:18:31.505722+00', '{}', '', '', 'Memory', '{"required": ["class", "size"], "properties": {"ecc": {"type": "boolean", "title": "ECC", "description": "Error-correcting code is enabled"}, "size": {"type": "integer", "title": "Size (GB)", "description": "Raw capacity of the module"}, "class": {"enum": ["DDR3", "DDR4", "DDR5"], "type": "string", "title": "Memory class", "default": "DDR5"}, "data_rate": {"type": "integer", "title": "Data rate", "description": "Speed in MT/s"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (6, '2026-12-05 14:18:31.5057+00', '2026-12-05 14:18:31.505725+00', '{}', '', '', 'Power supply', '{"required": ["input_current", "input_voltage"], "properties": {"wattage": {"type": "integer", "description": "Available output power (watts)"}, "hot_swappable": {"type": "boolean", "title": "Hot-swappable", "default": false}, "input_current": {"enum": ["AC", "DC"], "type": "string", "title": "Current type", "default": "AC"}, "input_voltage": {"type": "integer", "title": "Voltage", "default": 120}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (7, '2026-12-05 14:18:31.505702+00', '2026-12-05 14:18:31.505727+00', '{}', '', '', 'Expansion card', '{"properties": {"bandwidth": {"type": "integer", "description": "Total Bandwidth for this module"}, "connector_type": {"type": "string", "description": "Connector type e.g. PCIe x4"}}}', NULL);
INSERT INTO branch_6flggq2t.dcim_moduletypeprofile VALUES (8, '2026-12-05 14:18:31.505704+00', '2026-12-05 14:18:31.505729+00', '{}', '', '', 'Transceiver', '{"properties": {"phy": {"type": "string", "title": "PHY", "description": "Physical layer standard e.g. 10GBASE-LR, 400ZR"}, "media": {"type": "string", "title": "Media", "description": "Physical media e.g. single-mode fiber, multimode fiber, DAC"}, "reach": {"type": "number", "title": "Maximum reach (m)", "description": "Maximum supported distance in meters, or fixed assembly length for DAC and AOC cables"}, "data_rate": {"type": "string", "title": "Data rate", "description": "Nominal line rate e.g. 10G, 400G"}, "form_factor": {"type": "string", "title": "Form factor", "description": "Physical form factor e.g. SFP+, QSFP28, OSFP"}, "connector_type": {"type": "string", "title": "Connector type", "description": "Connector type e.g. LC/UPC, MPO-12, 8P8C"}}}', NULL);


--
-- Data for Name: dcim_platform; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_portmapping; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_porttemplatemapping; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_powerfeed; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_poweroutlet; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_poweroutlettemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_powerpanel; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_powerport; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_powerporttemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rack; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rackgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rackreservation; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rackrole; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_racktype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rearport; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_rearporttemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_region; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_site; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.dcim_site VALUES ('2026-12-05 15:20:53.764894+00', '2026-12-05 15:20:53.764921+00', '{}', 1, 'Site 1', 'site-1', 'active', '', '', '', '', '', NULL, NULL, '', NULL, NULL, NULL, NULL);
INSERT INTO branch_6flggq2t.dcim_site VALUES ('2026-12-05 15:20:54.024137+00', '2026-12-05 15:20:54.024158+00', '{}', 2, 'Site 2', 'site-2', 'active', '', '', '', '', '', NULL, NULL, '', NULL, NULL, NULL, NULL);
INSERT INTO branch_6flggq2t.dcim_site VALUES ('2026-12-05 15:20:54.156659+00', '2026-12-05 15:20:54.156686+00', '{}', 3, 'Site 3', 'site-3', 'active', '', '', '', '', '', NULL, NULL, '', NULL, NULL, NULL, NULL);


--
-- Data for Name: dcim_site_asns; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_sitegroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_virtualchassis; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: dcim_virtualdevicecontext; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.django_migrations VALUES (1, 'contenttypes', '0001_initial', '2026-12-05 14:15:39.826461+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (2, 'contenttypes', '0002_remove_content_type_name', '2026-12-05 14:15:39.834383+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (3, 'auth', '0001_initial', '2026-12-05 14:15:39.866274+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (4, 'auth', '0002_alter_permission_name_max_length', '2026-12-05 14:15:39.872208+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (5, 'auth', '0003_alter_user_email_max_length', '2026-12-05 14:15:39.877126+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (6, 'auth', '0004_alter_user_username_opts', '2026-12-05 14:15:39.882135+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (7, 'auth', '0005_alter_user_last_login_null', '2026-12-05 14:15:39.887321+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (8, 'auth', '0006_require_contenttypes_0002', '2026-12-05 14:15:39.888955+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (9, 'auth', '0007_alter_validators_add_error_messages', '2026-12-05 14:15:39.89518+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (10, 'auth', '0008_alter_user_username_max_length', '2026-12-05 14:15:39.899899+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (11, 'auth', '0009_alter_user_last_name_max_length', '2026-12-05 14:15:39.904673+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (12, 'auth', '0010_alter_group_name_max_length', '2026-12-05 14:15:39.910554+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (13, 'auth', '0011_update_proxy_permissions', '2026-12-05 14:15:39.9152+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (14, 'auth', '0012_alter_user_first_name_max_length', '2026-12-05 14:15:39.919768+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (15, 'users', '0001_api_tokens', '2026-12-05 14:15:39.999024+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (16, 'users', '0002_unicode_literals', '2026-12-05 14:15:40.000535+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (17, 'users', '0003_token_permissions', '2026-12-05 14:15:40.001326+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (18, 'users', '0004_standardize_description', '2026-12-05 14:15:40.002015+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (19, 'users', '0005_userconfig', '2026-12-05 14:15:40.002609+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (20, 'users', '0006_create_userconfigs', '2026-12-05 14:15:40.003259+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (21, 'users', '0007_proxy_group_user', '2026-12-05 14:15:40.00387+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (22, 'users', '0008_objectpermission', '2026-12-05 14:15:40.004463+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (23, 'users', '0009_replicate_permissions', '2026-12-05 14:15:40.005023+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (24, 'users', '0010_update_jsonfield', '2026-12-05 14:15:40.005862+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (25, 'users', '0011_standardize_models', '2026-12-05 14:15:40.006567+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (26, 'users', '0001_squashed_0011', '2026-12-05 14:15:40.007244+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (27, 'users', '0002_standardize_id_fields', '2026-12-05 14:15:40.063685+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (28, 'users', '0003_token_allowed_ips_last_used', '2026-12-05 14:15:40.06449+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (29, 'users', '0004_netboxgroup_netboxuser', '2026-12-05 14:15:40.064994+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (30, 'users', '0002_squashed_0004', '2026-12-05 14:15:40.065405+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (31, 'account', '0001_initial', '2026-12-05 14:15:40.069132+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (32, 'extras', '0001_initial', '2026-12-05 14:15:40.282364+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (33, 'extras', '0001_squashed', '2026-12-05 14:15:40.284168+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (34, 'tenancy', '0001_initial', '2026-12-05 14:15:40.33058+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (35, 'tenancy', '0002_tenant_group_optional', '2026-12-05 14:15:40.331755+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (36, 'tenancy', '0003_unicode_literals', '2026-12-05 14:15:40.332405+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (37, 'tenancy', '0004_tags', '2026-12-05 14:15:40.333397+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (38, 'tenancy', '0005_change_logging', '2026-12-05 14:15:40.334007+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (39, 'tenancy', '0006_custom_tag_models', '2026-12-05 14:15:40.334589+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (40, 'tenancy', '0007_nested_tenantgroups', '2026-12-05 14:15:40.335226+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (41, 'tenancy', '0008_nested_tenantgroups_rebuild', '2026-12-05 14:15:40.335903+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (42, 'tenancy', '0009_standardize_description', '2026-12-05 14:15:40.336602+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (43, 'tenancy', '0010_custom_field_data', '2026-12-05 14:15:40.337199+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (44, 'tenancy', '0011_standardize_name_length', '2026-12-05 14:15:40.337741+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (45, 'tenancy', '0012_standardize_models', '2026-12-05 14:15:40.33827+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (46, 'tenancy', '0001_squashed_0012', '2026-12-05 14:15:40.338964+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (47, 'dcim', '0001_initial', '2026-12-05 14:15:40.512634+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (48, 'dcim', '0001_squashed', '2026-12-05 14:15:40.514628+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (49, 'dcim', '0002_auto_20160622_1821', '2026-12-05 14:15:43.325815+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (50, 'dcim', '0002_squashed', '2026-12-05 14:15:43.327241+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (51, 'ipam', '0001_initial', '2026-12-05 14:15:43.619344+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (52, 'ipam', '0001_squashed', '2026-12-05 14:15:43.621203+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (53, 'virtualization', '0001_virtualization', '2026-12-05 14:15:44.085883+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (54, 'virtualization', '0002_virtualmachine_add_status', '2026-12-05 14:15:44.087867+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (55, 'virtualization', '0003_cluster_add_site', '2026-12-05 14:15:44.088844+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (56, 'virtualization', '0004_virtualmachine_add_role', '2026-12-05 14:15:44.089473+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (57, 'virtualization', '0005_django2', '2026-12-05 14:15:44.090146+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (58, 'virtualization', '0006_tags', '2026-12-05 14:15:44.09094+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (59, 'virtualization', '0007_change_logging', '2026-12-05 14:15:44.091724+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (60, 'virtualization', '0008_virtualmachine_local_context_data', '2026-12-05 14:15:44.092246+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (61, 'virtualization', '0009_custom_tag_models', '2026-12-05 14:15:44.09289+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (62, 'virtualization', '0010_cluster_add_tenant', '2026-12-05 14:15:44.093556+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (63, 'virtualization', '0011_3569_virtualmachine_fields', '2026-12-05 14:15:44.094215+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (64, 'virtualization', '0012_vm_name_nonunique', '2026-12-05 14:15:44.094899+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (65, 'virtualization', '0013_deterministic_ordering', '2026-12-05 14:15:44.095576+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (66, 'virtualization', '0014_standardize_description', '2026-12-05 14:15:44.096115+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (67, 'virtualization', '0015_vminterface', '2026-12-05 14:15:44.096755+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (68, 'virtualization', '0016_replicate_interfaces', '2026-12-05 14:15:44.097304+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (69, 'virtualization', '0017_update_jsonfield', '2026-12-05 14:15:44.097829+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (70, 'virtualization', '0018_custom_field_data', '2026-12-05 14:15:44.098358+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (71, 'virtualization', '0019_standardize_name_length', '2026-12-05 14:15:44.099017+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (72, 'virtualization', '0020_standardize_models', '2026-12-05 14:15:44.099673+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (73, 'virtualization', '0021_virtualmachine_vcpus_decimal', '2026-12-05 14:15:44.10022+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (74, 'virtualization', '0022_vminterface_parent', '2026-12-05 14:15:44.100779+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (75, 'virtualization', '0001_squashed_0022', '2026-12-05 14:15:44.101326+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (76, 'extras', '0002_custom_fields', '2026-12-05 14:15:45.474746+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (77, 'extras', '0003_exporttemplate_add_description', '2026-12-05 14:15:45.476499+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (78, 'extras', '0004_topologymap_change_comma_to_semicolon', '2026-12-05 14:15:45.477196+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (79, 'extras', '0005_useraction_add_bulk_create', '2026-12-05 14:15:45.477875+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (80, 'extras', '0006_add_imageattachments', '2026-12-05 14:15:45.478472+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (81, 'extras', '0007_unicode_literals', '2026-12-05 14:15:45.479095+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (82, 'extras', '0008_reports', '2026-12-05 14:15:45.47972+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (83, 'extras', '0009_topologymap_type', '2026-12-05 14:15:45.480288+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (84, 'extras', '0010_customfield_filter_logic', '2026-12-05 14:15:45.48086+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (85, 'extras', '0011_django2', '2026-12-05 14:15:45.481559+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (86, 'extras', '0012_webhooks', '2026-12-05 14:15:45.482237+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (87, 'extras', '0013_objectchange', '2026-12-05 14:15:45.482875+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (88, 'extras', '0014_configcontexts', '2026-12-05 14:15:45.48353+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (89, 'extras', '0015_remove_useraction', '2026-12-05 14:15:45.484055+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (90, 'extras', '0016_exporttemplate_add_cable', '2026-12-05 14:15:45.48454+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (91, 'extras', '0017_exporttemplate_mime_type_length', '2026-12-05 14:15:45.485015+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (92, 'extras', '0018_exporttemplate_add_jinja2', '2026-12-05 14:15:45.485486+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (93, 'extras', '0019_tag_taggeditem', '2026-12-05 14:15:45.486148+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (94, 'extras', '0020_tag_data', '2026-12-05 14:15:45.486794+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (95, 'extras', '0021_add_color_comments_changelog_to_tag', '2026-12-05 14:15:45.487468+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (96, 'extras', '0022_custom_links', '2026-12-05 14:15:45.487969+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (97, 'extras', '0023_fix_tag_sequences', '2026-12-05 14:15:45.488477+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (98, 'extras', '0024_scripts', '2026-12-05 14:15:45.489121+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (99, 'extras', '0025_objectchange_time_index', '2026-12-05 14:15:45.489694+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (100, 'extras', '0026_webhook_ca_file_path', '2026-12-05 14:15:45.4904+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (101, 'extras', '0027_webhook_additional_headers', '2026-12-05 14:15:45.491052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (102, 'extras', '0028_remove_topology_maps', '2026-12-05 14:15:45.491618+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (103, 'extras', '0029_3569_customfield_fields', '2026-12-05 14:15:45.492386+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (104, 'extras', '0030_3569_objectchange_fields', '2026-12-05 14:15:45.492932+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (105, 'extras', '0031_3569_exporttemplate_fields', '2026-12-05 14:15:45.493468+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (106, 'extras', '0032_3569_webhook_fields', '2026-12-05 14:15:45.493998+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (107, 'extras', '0033_graph_type_template_language', '2026-12-05 14:15:45.494607+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (108, 'extras', '0034_configcontext_tags', '2026-12-05 14:15:45.495231+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (109, 'extras', '0035_deterministic_ordering', '2026-12-05 14:15:45.495842+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (110, 'extras', '0036_contenttype_filters_to_q_objects', '2026-12-05 14:15:45.49641+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (111, 'extras', '0037_configcontexts_clusters', '2026-12-05 14:15:45.496988+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (112, 'extras', '0038_webhook_template_support', '2026-12-05 14:15:45.497739+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (113, 'extras', '0039_update_features_content_types', '2026-12-05 14:15:45.498256+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (114, 'extras', '0040_standardize_description', '2026-12-05 14:15:45.499125+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (115, 'extras', '0041_tag_description', '2026-12-05 14:15:45.500099+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (116, 'extras', '0042_customfield_manager', '2026-12-05 14:15:45.500932+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (117, 'extras', '0043_report', '2026-12-05 14:15:45.501566+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (118, 'extras', '0044_jobresult', '2026-12-05 14:15:45.502559+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (119, 'extras', '0045_configcontext_changelog', '2026-12-05 14:15:45.503376+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (120, 'extras', '0046_update_jsonfield', '2026-12-05 14:15:45.50427+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (121, 'extras', '0047_tag_ordering', '2026-12-05 14:15:45.504905+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (122, 'extras', '0048_exporttemplate_remove_template_language', '2026-12-05 14:15:45.50547+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (123, 'extras', '0049_remove_graph', '2026-12-05 14:15:45.506039+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (124, 'extras', '0050_customfield_changes', '2026-12-05 14:15:45.506569+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (125, 'extras', '0051_migrate_customfields', '2026-12-05 14:15:45.507103+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (126, 'extras', '0052_customfield_cleanup', '2026-12-05 14:15:45.507731+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (127, 'extras', '0053_rename_webhook_obj_type', '2026-12-05 14:15:45.508241+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (128, 'extras', '0054_standardize_models', '2026-12-05 14:15:45.508871+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (129, 'extras', '0055_objectchange_data', '2026-12-05 14:15:45.509724+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (130, 'extras', '0056_extend_configcontext', '2026-12-05 14:15:45.510352+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (131, 'extras', '0057_customlink_rename_fields', '2026-12-05 14:15:45.510946+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (132, 'extras', '0058_journalentry', '2026-12-05 14:15:45.511583+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (133, 'extras', '0059_exporttemplate_as_attachment', '2026-12-05 14:15:45.512132+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (134, 'extras', '0002_squashed_0059', '2026-12-05 14:15:45.512694+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (135, 'dcim', '0003_auto_20160628_1721', '2026-12-05 14:15:51.983861+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (136, 'dcim', '0004_auto_20160701_2049', '2026-12-05 14:15:51.986118+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (137, 'dcim', '0005_auto_20160706_1722', '2026-12-05 14:15:51.986879+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (138, 'dcim', '0006_add_device_primary_ip4_ip6', '2026-12-05 14:15:51.987552+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (139, 'dcim', '0007_device_copy_primary_ip', '2026-12-05 14:15:51.988053+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (140, 'dcim', '0008_device_remove_primary_ip', '2026-12-05 14:15:51.988574+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (141, 'dcim', '0009_site_32bit_asn_support', '2026-12-05 14:15:51.989645+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (142, 'dcim', '0010_devicebay_installed_device_set_null', '2026-12-05 14:15:51.990212+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (143, 'dcim', '0011_devicetype_part_number', '2026-12-05 14:15:51.990732+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (144, 'dcim', '0012_site_rack_device_add_tenant', '2026-12-05 14:15:51.991337+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (145, 'dcim', '0013_add_interface_form_factors', '2026-12-05 14:15:51.991854+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (146, 'dcim', '0014_rack_add_type_width', '2026-12-05 14:15:51.992384+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (147, 'dcim', '0015_rack_add_u_height_validator', '2026-12-05 14:15:51.992906+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (148, 'dcim', '0016_module_add_manufacturer', '2026-12-05 14:15:51.993421+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (149, 'dcim', '0017_rack_add_role', '2026-12-05 14:15:51.993942+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (150, 'dcim', '0018_device_add_asset_tag', '2026-12-05 14:15:51.994435+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (151, 'dcim', '0019_new_iface_form_factors', '2026-12-05 14:15:51.99493+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (152, 'dcim', '0020_rack_desc_units', '2026-12-05 14:15:51.995525+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (153, 'dcim', '0021_add_ff_flexstack', '2026-12-05 14:15:51.996088+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (154, 'dcim', '0022_color_names_to_rgb', '2026-12-05 14:15:51.99715+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (155, 'dcim', '0023_devicetype_comments', '2026-12-05 14:15:51.998169+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (156, 'dcim', '0024_site_add_contact_fields', '2026-12-05 14:15:51.999252+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (157, 'dcim', '0025_devicetype_add_interface_ordering', '2026-12-05 14:15:52.000881+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (158, 'dcim', '0026_add_rack_reservations', '2026-12-05 14:15:52.001884+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (159, 'dcim', '0027_device_add_site', '2026-12-05 14:15:52.002893+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (160, 'dcim', '0028_device_copy_rack_to_site', '2026-12-05 14:15:52.004404+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (161, 'dcim', '0029_allow_rackless_devices', '2026-12-05 14:15:52.005363+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (162, 'dcim', '0030_interface_add_lag', '2026-12-05 14:15:52.006062+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (163, 'dcim', '0031_regions', '2026-12-05 14:15:52.006731+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (164, 'dcim', '0032_device_increase_name_length', '2026-12-05 14:15:52.007448+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (165, 'dcim', '0033_rackreservation_rack_editable', '2026-12-05 14:15:52.008005+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (166, 'dcim', '0034_rename_module_to_inventoryitem', '2026-12-05 14:15:52.008807+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (167, 'dcim', '0035_device_expand_status_choices', '2026-12-05 14:15:52.009449+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (168, 'dcim', '0036_add_ff_juniper_vcp', '2026-12-05 14:15:52.009972+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (169, 'dcim', '0037_unicode_literals', '2026-12-05 14:15:52.010593+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (170, 'dcim', '0038_wireless_interfaces', '2026-12-05 14:15:52.011118+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (171, 'dcim', '0039_interface_add_enabled_mtu', '2026-12-05 14:15:52.011669+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (172, 'dcim', '0040_inventoryitem_add_asset_tag_description', '2026-12-05 14:15:52.012156+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (173, 'dcim', '0041_napalm_integration', '2026-12-05 14:15:52.01264+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (174, 'dcim', '0042_interface_ff_10ge_cx4', '2026-12-05 14:15:52.013514+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (175, 'dcim', '0043_device_component_name_lengths', '2026-12-05 14:15:52.014286+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (176, 'dcim', '0044_virtualization', '2026-12-05 14:15:52.015068+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (177, 'dcim', '0045_devicerole_vm_role', '2026-12-05 14:15:52.015699+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (178, 'dcim', '0046_rack_lengthen_facility_id', '2026-12-05 14:15:52.016224+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (179, 'dcim', '0047_more_100ge_form_factors', '2026-12-05 14:15:52.016721+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (180, 'dcim', '0048_rack_serial', '2026-12-05 14:15:52.017364+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (181, 'dcim', '0049_rackreservation_change_user', '2026-12-05 14:15:52.017883+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (182, 'dcim', '0050_interface_vlan_tagging', '2026-12-05 14:15:52.018425+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (183, 'dcim', '0051_rackreservation_tenant', '2026-12-05 14:15:52.019221+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (184, 'dcim', '0052_virtual_chassis', '2026-12-05 14:15:52.020153+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (185, 'dcim', '0053_platform_manufacturer', '2026-12-05 14:15:52.020836+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (186, 'dcim', '0054_site_status_timezone_description', '2026-12-05 14:15:52.02151+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (187, 'dcim', '0055_virtualchassis_ordering', '2026-12-05 14:15:52.02225+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (188, 'dcim', '0056_django2', '2026-12-05 14:15:52.023014+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (189, 'dcim', '0057_tags', '2026-12-05 14:15:52.02381+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (190, 'dcim', '0058_relax_rack_naming_constraints', '2026-12-05 14:15:52.024732+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (191, 'dcim', '0059_site_latitude_longitude', '2026-12-05 14:15:52.025422+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (192, 'dcim', '0060_change_logging', '2026-12-05 14:15:52.026238+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (193, 'dcim', '0061_platform_napalm_args', '2026-12-05 14:15:52.027154+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (194, 'dcim', '0062_interface_mtu', '2026-12-05 14:15:52.027866+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (195, 'dcim', '0063_device_local_context_data', '2026-12-05 14:15:52.028401+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (196, 'dcim', '0064_remove_platform_rpc_client', '2026-12-05 14:15:52.029024+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (197, 'dcim', '0065_front_rear_ports', '2026-12-05 14:15:52.029975+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (198, 'dcim', '0066_cables', '2026-12-05 14:15:52.030543+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (199, 'dcim', '0067_device_type_remove_qualifiers', '2026-12-05 14:15:52.031145+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (200, 'dcim', '0068_rack_new_fields', '2026-12-05 14:15:52.031696+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (201, 'dcim', '0069_deprecate_nullablecharfield', '2026-12-05 14:15:52.032153+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (202, 'dcim', '0070_custom_tag_models', '2026-12-05 14:15:52.03267+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (203, 'dcim', '0071_device_components_add_description', '2026-12-05 14:15:52.033196+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (204, 'dcim', '0072_powerfeeds', '2026-12-05 14:15:52.033957+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (205, 'dcim', '0073_interface_form_factor_to_type', '2026-12-05 14:15:52.034579+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (206, 'dcim', '0074_increase_field_length_platform_name_slug', '2026-12-05 14:15:52.035285+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (207, 'dcim', '0075_cable_devices', '2026-12-05 14:15:52.035897+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (208, 'dcim', '0076_console_port_types', '2026-12-05 14:15:52.036464+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (209, 'dcim', '0077_power_types', '2026-12-05 14:15:52.03701+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (210, 'dcim', '0078_3569_site_fields', '2026-12-05 14:15:52.037648+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (211, 'dcim', '0079_3569_rack_fields', '2026-12-05 14:15:52.0382+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (212, 'dcim', '0080_3569_devicetype_fields', '2026-12-05 14:15:52.038923+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (213, 'dcim', '0081_3569_device_fields', '2026-12-05 14:15:52.039722+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (214, 'dcim', '0082_3569_interface_fields', '2026-12-05 14:15:52.040254+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (215, 'dcim', '0082_3569_port_fields', '2026-12-05 14:15:52.040778+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (216, 'dcim', '0083_3569_cable_fields', '2026-12-05 14:15:52.041285+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (217, 'dcim', '0084_3569_powerfeed_fields', '2026-12-05 14:15:52.041943+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (218, 'dcim', '0085_3569_poweroutlet_fields', '2026-12-05 14:15:52.042483+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (219, 'dcim', '0086_device_name_nonunique', '2026-12-05 14:15:52.043045+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (220, 'dcim', '0087_role_descriptions', '2026-12-05 14:15:52.043672+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (221, 'dcim', '0088_powerfeed_available_power', '2026-12-05 14:15:52.044227+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (222, 'dcim', '0089_deterministic_ordering', '2026-12-05 14:15:52.044743+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (223, 'dcim', '0090_cable_termination_models', '2026-12-05 14:15:52.04527+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (224, 'dcim', '0091_interface_type_other', '2026-12-05 14:15:52.045792+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (225, 'dcim', '0092_fix_rack_outer_unit', '2026-12-05 14:15:52.046278+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (226, 'dcim', '0093_device_component_ordering', '2026-12-05 14:15:52.046901+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (227, 'dcim', '0094_device_component_template_ordering', '2026-12-05 14:15:52.047695+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (228, 'dcim', '0095_primary_model_ordering', '2026-12-05 14:15:52.048337+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (229, 'dcim', '0096_interface_ordering', '2026-12-05 14:15:52.049138+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (230, 'dcim', '0097_interfacetemplate_type_other', '2026-12-05 14:15:52.049723+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (231, 'dcim', '0098_devicetype_images', '2026-12-05 14:15:52.050533+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (232, 'dcim', '0099_powerfeed_negative_voltage', '2026-12-05 14:15:52.05106+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (233, 'dcim', '0100_mptt_remove_indexes', '2026-12-05 14:15:52.051714+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (234, 'dcim', '0101_nested_rackgroups', '2026-12-05 14:15:52.052182+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (235, 'dcim', '0102_nested_rackgroups_rebuild', '2026-12-05 14:15:52.05264+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (236, 'dcim', '0103_standardize_description', '2026-12-05 14:15:52.053101+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (237, 'dcim', '0104_correct_infiniband_types', '2026-12-05 14:15:52.053581+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (238, 'dcim', '0105_interface_name_collation', '2026-12-05 14:15:52.054052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (239, 'dcim', '0106_role_default_color', '2026-12-05 14:15:52.054789+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (240, 'dcim', '0107_component_labels', '2026-12-05 14:15:52.055932+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (241, 'dcim', '0108_add_tags', '2026-12-05 14:15:52.056772+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (242, 'dcim', '0109_interface_remove_vm', '2026-12-05 14:15:52.057562+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (243, 'dcim', '0110_virtualchassis_name', '2026-12-05 14:15:52.058186+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (244, 'dcim', '0111_component_template_description', '2026-12-05 14:15:52.058812+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (245, 'dcim', '0112_standardize_components', '2026-12-05 14:15:52.059553+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (246, 'dcim', '0113_nullbooleanfield_to_booleanfield', '2026-12-05 14:15:52.060171+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (247, 'dcim', '0114_update_jsonfield', '2026-12-05 14:15:52.060757+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (248, 'dcim', '0115_rackreservation_order', '2026-12-05 14:15:52.061268+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (249, 'dcim', '0116_rearport_max_positions', '2026-12-05 14:15:52.061853+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (250, 'dcim', '0117_custom_field_data', '2026-12-05 14:15:52.06235+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (251, 'dcim', '0118_inventoryitem_mptt', '2026-12-05 14:15:52.062878+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (252, 'dcim', '0119_inventoryitem_mptt_rebuild', '2026-12-05 14:15:52.06345+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (253, 'dcim', '0120_cache_cable_peer', '2026-12-05 14:15:52.063937+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (254, 'dcim', '0121_cablepath', '2026-12-05 14:15:52.06459+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (255, 'dcim', '0122_standardize_name_length', '2026-12-05 14:15:52.065078+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (256, 'dcim', '0123_standardize_models', '2026-12-05 14:15:52.065555+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (257, 'dcim', '0124_mark_connected', '2026-12-05 14:15:52.066134+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (258, 'dcim', '0125_console_port_speed', '2026-12-05 14:15:52.066646+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (259, 'dcim', '0126_rename_rackgroup_location', '2026-12-05 14:15:52.067191+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (260, 'dcim', '0127_device_location', '2026-12-05 14:15:52.067656+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (261, 'dcim', '0128_device_location_populate', '2026-12-05 14:15:52.068842+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (262, 'dcim', '0129_interface_parent', '2026-12-05 14:15:52.069698+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (263, 'dcim', '0130_sitegroup', '2026-12-05 14:15:52.070472+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (264, 'dcim', '0003_squashed_0130', '2026-12-05 14:15:52.071025+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (265, 'ipam', '0002_vrf_add_enforce_unique', '2026-12-05 14:15:54.084701+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (266, 'ipam', '0003_ipam_add_vlangroups', '2026-12-05 14:15:54.086133+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (267, 'ipam', '0004_ipam_vlangroup_uniqueness', '2026-12-05 14:15:54.086771+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (268, 'ipam', '0005_auto_20160725_1842', '2026-12-05 14:15:54.087446+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (269, 'ipam', '0006_vrf_vlan_add_tenant', '2026-12-05 14:15:54.088+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (270, 'ipam', '0007_prefix_ipaddress_add_tenant', '2026-12-05 14:15:54.088546+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (271, 'ipam', '0008_prefix_change_order', '2026-12-05 14:15:54.089233+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (272, 'ipam', '0009_ipaddress_add_status', '2026-12-05 14:15:54.089802+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (273, 'ipam', '0010_ipaddress_help_texts', '2026-12-05 14:15:54.090366+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (274, 'ipam', '0011_rir_add_is_private', '2026-12-05 14:15:54.090943+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (275, 'ipam', '0012_services', '2026-12-05 14:15:54.091494+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (276, 'ipam', '0013_prefix_add_is_pool', '2026-12-05 14:15:54.092006+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (277, 'ipam', '0014_ipaddress_status_add_deprecated', '2026-12-05 14:15:54.0925+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (278, 'ipam', '0015_global_vlans', '2026-12-05 14:15:54.093438+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (279, 'ipam', '0016_unicode_literals', '2026-12-05 14:15:54.094028+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (280, 'ipam', '0017_ipaddress_roles', '2026-12-05 14:15:54.094579+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (281, 'ipam', '0018_remove_service_uniqueness_constraint', '2026-12-05 14:15:54.095121+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (282, 'ipam', '0019_virtualization', '2026-12-05 14:15:54.095661+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (283, 'ipam', '0020_ipaddress_add_role_carp', '2026-12-05 14:15:54.096132+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (284, 'ipam', '0021_vrf_ordering', '2026-12-05 14:15:54.096638+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (285, 'ipam', '0022_tags', '2026-12-05 14:15:54.097121+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (286, 'ipam', '0023_change_logging', '2026-12-05 14:15:54.097598+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (287, 'ipam', '0024_vrf_allow_null_rd', '2026-12-05 14:15:54.09814+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (288, 'ipam', '0025_custom_tag_models', '2026-12-05 14:15:54.098725+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (289, 'ipam', '0026_prefix_ordering_vrf_nulls_first', '2026-12-05 14:15:54.099638+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (290, 'ipam', '0027_ipaddress_add_dns_name', '2026-12-05 14:15:54.100336+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (291, 'ipam', '0028_3569_prefix_fields', '2026-12-05 14:15:54.100837+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (292, 'ipam', '0029_3569_ipaddress_fields', '2026-12-05 14:15:54.101317+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (293, 'ipam', '0030_3569_vlan_fields', '2026-12-05 14:15:54.101979+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (294, 'ipam', '0031_3569_service_fields', '2026-12-05 14:15:54.102605+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (295, 'ipam', '0032_role_description', '2026-12-05 14:15:54.103245+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (296, 'ipam', '0033_deterministic_ordering', '2026-12-05 14:15:54.103742+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (297, 'ipam', '0034_fix_ipaddress_status_dhcp', '2026-12-05 14:15:54.104205+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (298, 'ipam', '0035_drop_ip_family', '2026-12-05 14:15:54.104684+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (299, 'ipam', '0036_standardize_description', '2026-12-05 14:15:54.105155+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (300, 'ipam', '0037_ipaddress_assignment', '2026-12-05 14:15:54.105631+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (301, 'ipam', '0038_custom_field_data', '2026-12-05 14:15:54.10611+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (302, 'ipam', '0039_service_ports_array', '2026-12-05 14:15:54.10657+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (303, 'ipam', '0040_service_drop_port', '2026-12-05 14:15:54.107054+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (304, 'ipam', '0041_routetarget', '2026-12-05 14:15:54.1076+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (305, 'ipam', '0042_standardize_name_length', '2026-12-05 14:15:54.108117+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (509, 'ipam', '0071_prefix_scope', '2026-12-05 14:17:17.298363+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (306, 'ipam', '0043_add_tenancy_to_aggregates', '2026-12-05 14:15:54.108743+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (307, 'ipam', '0044_standardize_models', '2026-12-05 14:15:54.109719+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (308, 'ipam', '0045_vlangroup_scope', '2026-12-05 14:15:54.110237+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (309, 'ipam', '0046_set_vlangroup_scope_types', '2026-12-05 14:15:54.110746+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (310, 'ipam', '0002_squashed_0046', '2026-12-05 14:15:54.111395+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (311, 'ipam', '0047_prefix_depth_children', '2026-12-05 14:15:55.542381+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (312, 'ipam', '0048_prefix_populate_depth_children', '2026-12-05 14:15:55.543526+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (313, 'ipam', '0049_prefix_mark_utilized', '2026-12-05 14:15:55.54414+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (314, 'ipam', '0050_iprange', '2026-12-05 14:15:55.544868+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (315, 'ipam', '0051_extend_tag_support', '2026-12-05 14:15:55.545487+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (316, 'ipam', '0052_fhrpgroup', '2026-12-05 14:15:55.546032+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (317, 'ipam', '0053_asn_model', '2026-12-05 14:15:55.54658+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (318, 'ipam', '0047_squashed_0053', '2026-12-05 14:15:55.547406+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (319, 'tenancy', '0002_tenant_ordering', '2026-12-05 14:15:57.947989+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (320, 'tenancy', '0003_contacts', '2026-12-05 14:15:57.949737+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (321, 'tenancy', '0004_extend_tag_support', '2026-12-05 14:15:57.950638+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (322, 'tenancy', '0005_standardize_id_fields', '2026-12-05 14:15:57.951329+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (323, 'tenancy', '0006_created_datetimefield', '2026-12-05 14:15:57.951854+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (324, 'tenancy', '0007_contact_link', '2026-12-05 14:15:57.952353+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (325, 'tenancy', '0008_unique_constraints', '2026-12-05 14:15:57.953056+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (326, 'tenancy', '0009_standardize_description_comments', '2026-12-05 14:15:57.953555+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (327, 'tenancy', '0010_tenant_relax_uniqueness', '2026-12-05 14:15:57.954068+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (328, 'tenancy', '0011_contactassignment_tags', '2026-12-05 14:15:57.954567+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (329, 'tenancy', '0002_squashed_0011', '2026-12-05 14:15:57.95519+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (330, 'wireless', '0001_wireless', '2026-12-05 14:15:59.150666+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (331, 'wireless', '0002_standardize_id_fields', '2026-12-05 14:15:59.15272+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (332, 'wireless', '0003_created_datetimefield', '2026-12-05 14:15:59.153456+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (333, 'wireless', '0004_wireless_tenancy', '2026-12-05 14:15:59.154371+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (334, 'wireless', '0005_wirelesslink_interface_types', '2026-12-05 14:15:59.155444+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (335, 'wireless', '0006_unique_constraints', '2026-12-05 14:15:59.156279+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (336, 'wireless', '0007_standardize_description_comments', '2026-12-05 14:15:59.156914+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (337, 'wireless', '0008_wirelesslan_status', '2026-12-05 14:15:59.157623+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (338, 'wireless', '0001_squashed_0008', '2026-12-05 14:15:59.158373+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (339, 'dcim', '0131_consoleport_speed', '2026-12-05 14:16:24.219293+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (340, 'dcim', '0132_cable_length', '2026-12-05 14:16:24.222229+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (341, 'dcim', '0133_port_colors', '2026-12-05 14:16:24.223406+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (342, 'dcim', '0134_interface_wwn_bridge', '2026-12-05 14:16:24.224052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (343, 'dcim', '0135_tenancy_extensions', '2026-12-05 14:16:24.224562+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (344, 'dcim', '0136_device_airflow', '2026-12-05 14:16:24.225092+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (345, 'dcim', '0137_relax_uniqueness_constraints', '2026-12-05 14:16:24.225569+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (346, 'dcim', '0138_extend_tag_support', '2026-12-05 14:16:24.226091+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (347, 'dcim', '0139_rename_cable_peer', '2026-12-05 14:16:24.226595+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (348, 'dcim', '0140_wireless', '2026-12-05 14:16:24.22732+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (349, 'dcim', '0141_asn_model', '2026-12-05 14:16:24.227845+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (350, 'dcim', '0142_rename_128gfc_qsfp28', '2026-12-05 14:16:24.228353+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (351, 'dcim', '0143_remove_primary_for_related_name', '2026-12-05 14:16:24.229071+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (352, 'dcim', '0144_fix_cable_abs_length', '2026-12-05 14:16:24.229535+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (353, 'dcim', '0145_site_remove_deprecated_fields', '2026-12-05 14:16:24.229989+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (354, 'dcim', '0146_modules', '2026-12-05 14:16:24.230443+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (355, 'dcim', '0147_inventoryitemrole', '2026-12-05 14:16:24.231052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (356, 'dcim', '0148_inventoryitem_component', '2026-12-05 14:16:24.231852+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (357, 'dcim', '0149_inventoryitem_templates', '2026-12-05 14:16:24.232425+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (358, 'dcim', '0150_interface_vrf', '2026-12-05 14:16:24.232865+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (359, 'dcim', '0151_interface_speed_duplex', '2026-12-05 14:16:24.233293+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (360, 'dcim', '0152_standardize_id_fields', '2026-12-05 14:16:24.23371+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (361, 'dcim', '0153_created_datetimefield', '2026-12-05 14:16:24.234131+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (362, 'dcim', '0154_half_height_rack_units', '2026-12-05 14:16:24.234557+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (363, 'dcim', '0155_interface_poe_mode_type', '2026-12-05 14:16:24.235615+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (364, 'dcim', '0156_location_status', '2026-12-05 14:16:24.236506+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (365, 'dcim', '0157_new_cabling_models', '2026-12-05 14:16:24.237139+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (366, 'dcim', '0158_populate_cable_terminations', '2026-12-05 14:16:24.237588+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (367, 'dcim', '0159_populate_cable_paths', '2026-12-05 14:16:24.238058+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (368, 'dcim', '0131_squashed_0159', '2026-12-05 14:16:24.238693+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (369, 'circuits', '0001_initial', '2026-12-05 14:16:24.281343+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (370, 'circuits', '0001_squashed', '2026-12-05 14:16:24.282334+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (371, 'circuits', '0002_auto_20160622_1821', '2026-12-05 14:16:26.9106+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (372, 'circuits', '0003_provider_32bit_asn_support', '2026-12-05 14:16:26.912128+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (373, 'circuits', '0004_circuit_add_tenant', '2026-12-05 14:16:26.912877+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (374, 'circuits', '0005_circuit_add_upstream_speed', '2026-12-05 14:16:26.913634+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (375, 'circuits', '0006_terminations', '2026-12-05 14:16:26.91436+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (376, 'circuits', '0007_circuit_add_description', '2026-12-05 14:16:26.914927+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (377, 'circuits', '0008_circuittermination_interface_protect_on_delete', '2026-12-05 14:16:26.915573+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (378, 'circuits', '0009_unicode_literals', '2026-12-05 14:16:26.916235+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (379, 'circuits', '0010_circuit_status', '2026-12-05 14:16:26.916848+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (380, 'circuits', '0011_tags', '2026-12-05 14:16:26.917653+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (381, 'circuits', '0012_change_logging', '2026-12-05 14:16:26.918461+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (382, 'circuits', '0013_cables', '2026-12-05 14:16:26.919119+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (383, 'circuits', '0014_circuittermination_description', '2026-12-05 14:16:26.919703+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (384, 'circuits', '0015_custom_tag_models', '2026-12-05 14:16:26.920374+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (385, 'circuits', '0016_3569_circuit_fields', '2026-12-05 14:16:26.920896+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (386, 'circuits', '0017_circuittype_description', '2026-12-05 14:16:26.921614+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (387, 'circuits', '0018_standardize_description', '2026-12-05 14:16:26.92215+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (388, 'circuits', '0019_nullbooleanfield_to_booleanfield', '2026-12-05 14:16:26.922929+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (389, 'circuits', '0020_custom_field_data', '2026-12-05 14:16:26.923679+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (390, 'circuits', '0021_cache_cable_peer', '2026-12-05 14:16:26.924226+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (391, 'circuits', '0022_cablepath', '2026-12-05 14:16:26.924721+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (392, 'circuits', '0023_circuittermination_port_speed_optional', '2026-12-05 14:16:26.925226+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (393, 'circuits', '0024_standardize_name_length', '2026-12-05 14:16:26.925723+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (394, 'circuits', '0025_standardize_models', '2026-12-05 14:16:26.926219+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (395, 'circuits', '0026_mark_connected', '2026-12-05 14:16:26.926724+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (396, 'circuits', '0027_providernetwork', '2026-12-05 14:16:26.927349+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (397, 'circuits', '0028_cache_circuit_terminations', '2026-12-05 14:16:26.928016+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (398, 'circuits', '0029_circuit_tracing', '2026-12-05 14:16:26.928653+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (399, 'circuits', '0002_squashed_0029', '2026-12-05 14:16:26.929321+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (400, 'circuits', '0003_extend_tag_support', '2026-12-05 14:16:29.655346+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (401, 'circuits', '0004_rename_cable_peer', '2026-12-05 14:16:29.657114+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (402, 'circuits', '0032_provider_service_id', '2026-12-05 14:16:29.657881+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (403, 'circuits', '0033_standardize_id_fields', '2026-12-05 14:16:29.658629+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (404, 'circuits', '0034_created_datetimefield', '2026-12-05 14:16:29.659308+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (405, 'circuits', '0035_provider_asns', '2026-12-05 14:16:29.659825+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (406, 'circuits', '0036_circuit_termination_date_tags_custom_fields', '2026-12-05 14:16:29.66047+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (407, 'circuits', '0037_new_cabling_models', '2026-12-05 14:16:29.661081+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (707, 'dcim', '0242_ltree_paths', '2026-12-05 14:20:08.385878+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (408, 'circuits', '0003_squashed_0037', '2026-12-05 14:16:29.6616+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (409, 'dcim', '0160_populate_cable_ends', '2026-12-05 14:16:45.305679+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (410, 'dcim', '0161_cabling_cleanup', '2026-12-05 14:16:45.30762+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (411, 'dcim', '0162_unique_constraints', '2026-12-05 14:16:45.308758+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (412, 'dcim', '0163_weight_fields', '2026-12-05 14:16:45.309477+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (413, 'dcim', '0164_rack_mounting_depth', '2026-12-05 14:16:45.310125+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (414, 'dcim', '0165_standardize_description_comments', '2026-12-05 14:16:45.310751+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (415, 'dcim', '0166_virtualdevicecontext', '2026-12-05 14:16:45.31152+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (416, 'dcim', '0160_squashed_0166', '2026-12-05 14:16:45.312168+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (417, 'core', '0001_initial', '2026-12-05 14:16:47.303812+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (418, 'core', '0002_managedfile', '2026-12-05 14:16:47.305347+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (419, 'core', '0003_job', '2026-12-05 14:16:47.305984+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (420, 'core', '0004_replicate_jobresults', '2026-12-05 14:16:47.30653+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (421, 'core', '0005_job_created_auto_now', '2026-12-05 14:16:47.307177+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (422, 'core', '0001_squashed_0005', '2026-12-05 14:16:47.307839+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (423, 'circuits', '0038_cabling_cleanup', '2026-12-05 14:16:49.82089+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (424, 'circuits', '0039_unique_constraints', '2026-12-05 14:16:49.822342+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (425, 'circuits', '0040_provider_remove_deprecated_fields', '2026-12-05 14:16:49.823163+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (426, 'circuits', '0041_standardize_description_comments', '2026-12-05 14:16:49.823924+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (427, 'circuits', '0042_provideraccount', '2026-12-05 14:16:49.824577+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (428, 'circuits', '0038_squashed_0042', '2026-12-05 14:16:49.825324+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (429, 'extras', '0060_customlink_button_class', '2026-12-05 14:16:56.482811+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (430, 'extras', '0061_extras_change_logging', '2026-12-05 14:16:56.48583+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (431, 'extras', '0062_clear_secrets_changelog', '2026-12-05 14:16:56.486921+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (432, 'extras', '0063_webhook_conditions', '2026-12-05 14:16:56.487662+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (433, 'extras', '0064_configrevision', '2026-12-05 14:16:56.488338+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (434, 'extras', '0065_imageattachment_change_logging', '2026-12-05 14:16:56.488971+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (435, 'extras', '0066_customfield_name_validation', '2026-12-05 14:16:56.4896+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (436, 'extras', '0067_customfield_min_max_values', '2026-12-05 14:16:56.490187+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (437, 'extras', '0068_configcontext_cluster_types', '2026-12-05 14:16:56.490779+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (438, 'extras', '0069_custom_object_field', '2026-12-05 14:16:56.491472+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (439, 'extras', '0070_customlink_enabled', '2026-12-05 14:16:56.492058+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (440, 'extras', '0071_standardize_id_fields', '2026-12-05 14:16:56.492618+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (441, 'extras', '0072_created_datetimefield', '2026-12-05 14:16:56.493211+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (442, 'extras', '0073_journalentry_tags_custom_fields', '2026-12-05 14:16:56.493802+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (443, 'extras', '0074_customfield_extensions', '2026-12-05 14:16:56.494388+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (444, 'extras', '0075_configcontext_locations', '2026-12-05 14:16:56.494995+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (445, 'extras', '0076_tag_slug_unicode', '2026-12-05 14:16:56.495638+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (446, 'extras', '0077_customlink_extend_text_and_url', '2026-12-05 14:16:56.496213+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (447, 'extras', '0078_unique_constraints', '2026-12-05 14:16:56.49692+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (448, 'extras', '0079_scheduled_jobs', '2026-12-05 14:16:56.497501+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (449, 'extras', '0080_customlink_content_types', '2026-12-05 14:16:56.498103+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (450, 'extras', '0081_exporttemplate_content_types', '2026-12-05 14:16:56.498805+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (451, 'extras', '0082_savedfilter', '2026-12-05 14:16:56.49952+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (452, 'extras', '0083_search', '2026-12-05 14:16:56.500123+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (453, 'extras', '0084_staging', '2026-12-05 14:16:56.500668+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (454, 'extras', '0085_synced_data', '2026-12-05 14:16:56.501218+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (455, 'extras', '0086_configtemplate', '2026-12-05 14:16:56.50185+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (456, 'extras', '0060_squashed_0086', '2026-12-05 14:16:56.502443+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (457, 'extras', '0087_dashboard', '2026-12-05 14:16:58.192318+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (458, 'extras', '0088_jobresult_webhooks', '2026-12-05 14:16:58.193745+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (459, 'extras', '0089_customfield_is_cloneable', '2026-12-05 14:16:58.19441+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (460, 'extras', '0090_objectchange_index_request_id', '2026-12-05 14:16:58.195+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (461, 'extras', '0091_create_managedfiles', '2026-12-05 14:16:58.195832+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (462, 'extras', '0092_delete_jobresult', '2026-12-05 14:16:58.196446+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (463, 'extras', '0093_configrevision_ordering', '2026-12-05 14:16:58.197047+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (464, 'extras', '0094_tag_object_types', '2026-12-05 14:16:58.197607+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (465, 'extras', '0095_bookmarks', '2026-12-05 14:16:58.198478+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (466, 'extras', '0096_customfieldchoiceset', '2026-12-05 14:16:58.199675+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (467, 'extras', '0097_customfield_remove_choices', '2026-12-05 14:16:58.200455+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (468, 'extras', '0098_webhook_custom_field_data_webhook_tags', '2026-12-05 14:16:58.201016+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (469, 'extras', '0087_squashed_0098', '2026-12-05 14:16:58.201747+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (470, 'virtualization', '0023_virtualmachine_natural_ordering', '2026-12-05 14:17:03.860592+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (471, 'virtualization', '0024_cluster_relax_uniqueness', '2026-12-05 14:17:03.862267+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (472, 'virtualization', '0025_extend_tag_support', '2026-12-05 14:17:03.862988+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (473, 'virtualization', '0026_vminterface_bridge', '2026-12-05 14:17:03.863659+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (474, 'virtualization', '0027_standardize_id_fields', '2026-12-05 14:17:03.864682+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (475, 'virtualization', '0028_vminterface_vrf', '2026-12-05 14:17:03.865608+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (476, 'virtualization', '0029_created_datetimefield', '2026-12-05 14:17:03.866239+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (477, 'virtualization', '0030_cluster_status', '2026-12-05 14:17:03.866897+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (478, 'virtualization', '0031_virtualmachine_site_device', '2026-12-05 14:17:03.867558+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (479, 'virtualization', '0032_virtualmachine_update_sites', '2026-12-05 14:17:03.868668+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (480, 'virtualization', '0033_unique_constraints', '2026-12-05 14:17:03.869318+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (481, 'virtualization', '0034_standardize_description_comments', '2026-12-05 14:17:03.870032+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (482, 'virtualization', '0035_virtualmachine_interface_count', '2026-12-05 14:17:03.870731+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (483, 'virtualization', '0036_virtualmachine_config_template', '2026-12-05 14:17:03.871531+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (484, 'virtualization', '0023_squashed_0036', '2026-12-05 14:17:03.872076+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (485, 'virtualization', '0037_protect_child_interfaces', '2026-12-05 14:17:04.009696+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (486, 'extras', '0099_cachedvalue_ordering', '2026-12-05 14:17:04.045881+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (487, 'virtualization', '0038_virtualdisk', '2026-12-05 14:17:04.387866+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (488, 'virtualization', '0039_virtualmachine_serial_number', '2026-12-05 14:17:04.491941+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (489, 'virtualization', '0040_convert_disk_size', '2026-12-05 14:17:04.629052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (490, 'virtualization', '0041_charfield_null_choices', '2026-12-05 14:17:04.862606+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (491, 'ipam', '0054_vlangroup_min_max_vids', '2026-12-05 14:17:14.475728+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (492, 'ipam', '0055_servicetemplate', '2026-12-05 14:17:14.478251+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (493, 'ipam', '0056_standardize_id_fields', '2026-12-05 14:17:14.479285+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (494, 'ipam', '0057_created_datetimefield', '2026-12-05 14:17:14.480267+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (495, 'ipam', '0058_ipaddress_nat_inside_nonunique', '2026-12-05 14:17:14.48111+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (496, 'ipam', '0059_l2vpn', '2026-12-05 14:17:14.482083+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (497, 'ipam', '0060_alter_l2vpn_slug', '2026-12-05 14:17:14.483+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (498, 'ipam', '0061_fhrpgroup_name', '2026-12-05 14:17:14.483944+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (499, 'ipam', '0062_unique_constraints', '2026-12-05 14:17:14.484748+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (500, 'ipam', '0063_standardize_description_comments', '2026-12-05 14:17:14.485652+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (501, 'ipam', '0064_clear_search_cache', '2026-12-05 14:17:14.486498+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (502, 'ipam', '0065_asnrange', '2026-12-05 14:17:14.487523+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (503, 'ipam', '0066_iprange_mark_utilized', '2026-12-05 14:17:14.488502+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (504, 'ipam', '0067_ipaddress_index_host', '2026-12-05 14:17:14.489509+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (505, 'ipam', '0054_squashed_0067', '2026-12-05 14:17:14.490571+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (506, 'ipam', '0068_move_l2vpn', '2026-12-05 14:17:15.439427+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (507, 'ipam', '0069_gfk_indexes', '2026-12-05 14:17:16.303775+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (508, 'ipam', '0070_vlangroup_vlan_id_ranges', '2026-12-05 14:17:16.906462+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (510, 'extras', '0100_customfield_ui_attrs', '2026-12-05 14:17:17.549994+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (511, 'extras', '0101_eventrule', '2026-12-05 14:17:20.472645+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (512, 'extras', '0102_move_configrevision', '2026-12-05 14:17:20.614337+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (513, 'extras', '0103_gfk_indexes', '2026-12-05 14:17:20.951529+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (514, 'extras', '0104_stagedchange_remove_change_logging', '2026-12-05 14:17:21.029837+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (515, 'extras', '0105_customfield_min_max_values', '2026-12-05 14:17:21.11808+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (516, 'extras', '0106_bookmark_user_cascade_deletion', '2026-12-05 14:17:21.257213+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (517, 'extras', '0107_cachedvalue_extras_cachedvalue_object', '2026-12-05 14:17:21.295985+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (518, 'extras', '0108_convert_reports_to_scripts', '2026-12-05 14:17:21.430746+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (519, 'extras', '0109_script_model', '2026-12-05 14:17:22.429447+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (520, 'extras', '0110_remove_eventrule_action_parameters', '2026-12-05 14:17:22.554055+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (521, 'core', '0006_datasource_type_remove_choices', '2026-12-05 14:17:22.659788+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (522, 'core', '0007_job_add_error_field', '2026-12-05 14:17:22.709249+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (523, 'core', '0008_contenttype_proxy', '2026-12-05 14:17:22.714724+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (524, 'core', '0009_configrevision', '2026-12-05 14:17:22.719708+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (525, 'core', '0010_gfk_indexes', '2026-12-05 14:17:22.76748+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (526, 'extras', '0111_rename_content_types', '2026-12-05 14:17:24.610425+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (527, 'extras', '0112_tag_update_object_types', '2026-12-05 14:17:24.758385+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (528, 'extras', '0113_customfield_rename_object_type', '2026-12-05 14:17:24.808847+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (529, 'users', '0005_alter_user_table', '2026-12-05 14:17:24.994177+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (530, 'users', '0006_custom_group_model', '2026-12-05 14:17:25.669019+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (531, 'users', '0007_objectpermission_update_object_types', '2026-12-05 14:17:25.825056+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (532, 'users', '0008_flip_objectpermission_assignments', '2026-12-05 14:17:26.989849+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (533, 'users', '0009_update_group_perms', '2026-12-05 14:17:27.280588+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (534, 'extras', '0114_customfield_add_comments', '2026-12-05 14:17:27.322062+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (535, 'extras', '0115_convert_dashboard_widgets', '2026-12-05 14:17:27.460894+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (536, 'extras', '0116_custom_link_button_color', '2026-12-05 14:17:27.638126+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (537, 'core', '0011_move_objectchange', '2026-12-05 14:17:27.784654+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (538, 'extras', '0117_move_objectchange', '2026-12-05 14:17:28.154332+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (539, 'extras', '0118_customfield_uniqueness', '2026-12-05 14:17:28.195742+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (540, 'extras', '0119_notifications', '2026-12-05 14:17:29.399392+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (541, 'extras', '0120_eventrule_event_types', '2026-12-05 14:17:30.99682+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (542, 'extras', '0121_customfield_related_object_filter', '2026-12-05 14:17:31.039303+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (543, 'dcim', '0167_module_status', '2026-12-05 14:17:37.574052+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (544, 'dcim', '0168_interface_template_enabled', '2026-12-05 14:17:37.575547+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (545, 'dcim', '0169_devicetype_default_platform', '2026-12-05 14:17:37.576166+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (546, 'dcim', '0170_configtemplate', '2026-12-05 14:17:37.576718+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (547, 'dcim', '0171_cabletermination_change_logging', '2026-12-05 14:17:37.577253+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (548, 'dcim', '0172_larger_power_draw_values', '2026-12-05 14:17:37.577754+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (549, 'dcim', '0173_remove_napalm_fields', '2026-12-05 14:17:37.578411+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (550, 'dcim', '0174_device_latitude_device_longitude', '2026-12-05 14:17:37.578955+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (551, 'dcim', '0174_rack_starting_unit', '2026-12-05 14:17:37.579543+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (552, 'dcim', '0175_device_oob_ip', '2026-12-05 14:17:37.580049+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (553, 'dcim', '0176_device_component_counters', '2026-12-05 14:17:37.580568+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (554, 'dcim', '0177_devicetype_component_counters', '2026-12-05 14:17:37.581183+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (555, 'dcim', '0178_virtual_chassis_member_counter', '2026-12-05 14:17:37.581677+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (556, 'dcim', '0179_interfacetemplate_rf_role', '2026-12-05 14:17:37.582157+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (557, 'dcim', '0180_powerfeed_tenant', '2026-12-05 14:17:37.582871+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (558, 'dcim', '0181_rename_device_role_device_role', '2026-12-05 14:17:37.583483+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (559, 'dcim', '0182_zero_length_cable_fix', '2026-12-05 14:17:37.584012+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (560, 'dcim', '0167_squashed_0182', '2026-12-05 14:17:37.584638+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (561, 'dcim', '0183_devicetype_exclude_from_utilization', '2026-12-05 14:17:37.703348+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (562, 'dcim', '0184_protect_child_interfaces', '2026-12-05 14:17:37.862139+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (563, 'dcim', '0185_gfk_indexes', '2026-12-05 14:17:38.159445+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (564, 'dcim', '0186_location_facility', '2026-12-05 14:17:38.26988+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (565, 'dcim', '0187_alter_device_vc_position', '2026-12-05 14:17:38.407974+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (566, 'dcim', '0188_racktype', '2026-12-05 14:17:39.67528+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (567, 'dcim', '0189_moduletype_rack_airflow', '2026-12-05 14:17:39.904573+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (568, 'dcim', '0190_nested_modules', '2026-12-05 14:17:41.813203+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (569, 'dcim', '0191_module_bay_rebuild', '2026-12-05 14:17:41.974616+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (570, 'dcim', '0192_inventoryitem_status', '2026-12-05 14:17:42.110623+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (571, 'dcim', '0193_poweroutlet_color', '2026-12-05 14:17:42.220521+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (572, 'ipam', '0072_prefix_cached_relations', '2026-12-05 14:17:43.692166+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (573, 'ipam', '0073_charfield_null_choices', '2026-12-05 14:17:44.104222+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (574, 'ipam', '0074_vlantranslationpolicy_vlantranslationrule', '2026-12-05 14:17:44.658684+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (575, 'virtualization', '0042_vminterface_vlan_translation_policy', '2026-12-05 14:17:44.825857+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (576, 'ipam', '0075_vlan_qinq', '2026-12-05 14:17:45.900785+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (577, 'virtualization', '0043_qinq_svlan', '2026-12-05 14:17:46.376276+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (578, 'virtualization', '0044_cluster_scope', '2026-12-05 14:17:46.785133+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (579, 'virtualization', '0045_clusters_cached_relations', '2026-12-05 14:17:48.496552+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (580, 'dcim', '0194_charfield_null_choices', '2026-12-05 14:17:54.558188+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (581, 'dcim', '0195_interface_vlan_translation_policy', '2026-12-05 14:17:54.727592+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (582, 'dcim', '0196_qinq_svlan', '2026-12-05 14:17:55.880608+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (583, 'virtualization', '0046_alter_cluster__location_alter_cluster__region_and_more', '2026-12-05 14:17:56.499344+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (584, 'dcim', '0197_natural_sort_collation', '2026-12-05 14:17:56.549201+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (585, 'virtualization', '0047_natural_ordering', '2026-12-05 14:17:57.922299+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (586, 'extras', '0122_charfield_null_choices', '2026-12-05 14:17:58.083915+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (587, 'dcim', '0198_natural_ordering', '2026-12-05 14:18:05.992009+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (588, 'dcim', '0199_macaddress', '2026-12-05 14:18:06.163813+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (589, 'virtualization', '0048_populate_mac_addresses', '2026-12-05 14:18:06.588979+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (590, 'users', '0010_add_token_meta_ordering', '2026-12-05 14:18:06.615987+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (591, 'users', '0011_concrete_objecttype', '2026-12-05 14:18:06.779114+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (592, 'users', '0012_drop_django_admin_log_table', '2026-12-05 14:18:06.785991+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (593, 'users', '0013_user_remove_is_staff', '2026-12-05 14:18:06.815261+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (594, 'users', '0014_users_token_v2', '2026-12-05 14:18:07.069765+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (595, 'users', '0015_owner', '2026-12-05 14:18:07.263255+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (596, 'virtualization', '0049_owner', '2026-12-05 14:18:09.757808+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (597, 'virtualization', '0050_virtualmachine_start_on_boot', '2026-12-05 14:18:09.885207+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (598, 'virtualization', '0051_add_comments_to_organizationalmodel', '2026-12-05 14:18:10.125318+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (599, 'tenancy', '0012_contactassignment_custom_fields', '2026-12-05 14:18:10.269403+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (600, 'tenancy', '0013_gfk_indexes', '2026-12-05 14:18:10.416589+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (601, 'tenancy', '0014_contactassignment_ordering', '2026-12-05 14:18:10.548767+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (602, 'tenancy', '0015_contactassignment_rename_content_type', '2026-12-05 14:18:11.945142+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (603, 'tenancy', '0016_charfield_null_choices', '2026-12-05 14:18:12.227855+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (604, 'tenancy', '0017_natural_ordering', '2026-12-05 14:18:12.672992+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (605, 'tenancy', '0018_contact_groups', '2026-12-05 14:18:14.262788+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (606, 'tenancy', '0019_contactgroup_comments_tenantgroup_comments', '2026-12-05 14:18:14.497708+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (607, 'tenancy', '0020_remove_contactgroupmembership', '2026-12-05 14:18:14.876523+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (608, 'tenancy', '0021_owner', '2026-12-05 14:18:16.292881+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (609, 'tenancy', '0022_add_comments_to_organizationalmodel', '2026-12-05 14:18:16.469187+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (610, 'extras', '0123_journalentry_kind_default', '2026-12-05 14:18:16.808381+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (611, 'extras', '0124_remove_staging', '2026-12-05 14:18:17.344676+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (612, 'extras', '0125_alter_tag_options_tag_weight', '2026-12-05 14:18:17.77181+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (613, 'extras', '0126_exporttemplate_file_name', '2026-12-05 14:18:17.892435+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (614, 'extras', '0127_configtemplate_as_attachment_and_more', '2026-12-05 14:18:19.307807+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (615, 'core', '0012_job_object_type_optional', '2026-12-05 14:18:19.629568+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (616, 'core', '0013_job_data_encoder', '2026-12-05 14:18:19.774032+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (617, 'core', '0014_datasource_sync_interval', '2026-12-05 14:18:20.059302+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (618, 'core', '0015_remove_redundant_indexes', '2026-12-05 14:18:20.219145+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (619, 'extras', '0128_tableconfig', '2026-12-05 14:18:20.415531+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (620, 'extras', '0129_fix_script_paths', '2026-12-05 14:18:20.580689+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (621, 'extras', '0130_imageattachment_description', '2026-12-05 14:18:20.62885+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (622, 'extras', '0131_concrete_objecttype', '2026-12-05 14:18:22.802804+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (623, 'core', '0016_job_log_entries', '2026-12-05 14:18:22.865709+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (624, 'core', '0017_objectchange_message', '2026-12-05 14:18:22.935781+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (625, 'core', '0018_concrete_objecttype', '2026-12-05 14:18:23.125226+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (626, 'extras', '0132_configcontextprofile', '2026-12-05 14:18:23.473634+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (627, 'extras', '0133_make_cf_minmax_decimal', '2026-12-05 14:18:23.590143+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (628, 'extras', '0134_owner', '2026-12-05 14:18:27.054619+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (629, 'dcim', '0200_populate_mac_addresses', '2026-12-05 14:18:27.600398+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (630, 'dcim', '0201_add_power_outlet_status', '2026-12-05 14:18:27.722394+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (631, 'dcim', '0202_location_comments_region_comments_sitegroup_comments', '2026-12-05 14:18:28.092843+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (632, 'dcim', '0203_add_rack_outer_height', '2026-12-05 14:18:28.377096+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (633, 'dcim', '0203_device_role_nested', '2026-12-05 14:18:30.05782+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (634, 'dcim', '0204_device_role_rebuild', '2026-12-05 14:18:30.219748+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (635, 'dcim', '0205_moduletypeprofile', '2026-12-05 14:18:31.354071+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (636, 'dcim', '0206_load_module_type_profiles', '2026-12-05 14:18:31.5092+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (637, 'dcim', '0207_remove_redundant_indexes', '2026-12-05 14:18:31.61238+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (638, 'dcim', '0208_devicerole_uniqueness', '2026-12-05 14:18:32.078423+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (639, 'dcim', '0209_device_component_denorm_site_location', '2026-12-05 14:18:46.877781+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (640, 'dcim', '0210_macaddress_ordering', '2026-12-05 14:18:47.058399+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (641, 'dcim', '0211_platform_manufacturer_uniqueness', '2026-12-05 14:18:48.22789+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (642, 'dcim', '0212_interface_tx_power_negative', '2026-12-05 14:18:48.385231+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (643, 'dcim', '0213_platform_parent', '2026-12-05 14:18:50.312978+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (644, 'dcim', '0214_platform_rebuild', '2026-12-05 14:18:50.51035+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (645, 'dcim', '0215_rackreservation_status', '2026-12-05 14:18:50.687893+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (646, 'dcim', '0216_latitude_longitude_validators', '2026-12-05 14:18:52.539087+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (647, 'dcim', '0217_poweroutlettemplate_color', '2026-12-05 14:18:52.610241+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (648, 'dcim', '0218_owner', '2026-12-05 14:19:05.701393+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (649, 'dcim', '0219_devicetype_device_count', '2026-12-05 14:19:07.555834+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (650, 'dcim', '0220_cable_profile', '2026-12-05 14:19:08.227361+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (651, 'dcim', '0221_cable_connector_positions', '2026-12-05 14:19:12.021555+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (652, 'dcim', '0222_port_mappings', '2026-12-05 14:19:12.961415+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (653, 'dcim', '0223_frontport_positions', '2026-12-05 14:19:14.576395+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (654, 'dcim', '0224_add_comments_to_organizationalmodel', '2026-12-05 14:19:15.010045+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (655, 'dcim', '0225_gfk_indexes', '2026-12-05 14:19:15.164718+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (656, 'virtualization', '0052_gfk_indexes', '2026-12-05 14:19:15.324864+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (657, 'tenancy', '0023_add_mptt_tree_indexes', '2026-12-05 14:19:16.155508+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (658, 'ipam', '0076_natural_ordering', '2026-12-05 14:19:16.774313+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (659, 'ipam', '0077_vlangroup_tenant', '2026-12-05 14:19:16.958914+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (660, 'ipam', '0078_iprange_mark_utilized', '2026-12-05 14:19:17.084042+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (661, 'ipam', '0079_add_service_fhrp_group_parent_gfk', '2026-12-05 14:19:17.379015+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (662, 'ipam', '0080_populate_service_parent', '2026-12-05 14:19:17.550448+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (663, 'ipam', '0081_remove_service_device_virtual_machine_add_parent_gfk_index', '2026-12-05 14:19:19.010179+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (664, 'ipam', '0082_add_prefix_network_containment_indexes', '2026-12-05 14:19:19.161199+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (665, 'ipam', '0083_vlangroup_populate_total_vlan_ids', '2026-12-05 14:19:19.323176+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (666, 'ipam', '0084_owner', '2026-12-05 14:19:23.124251+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (667, 'ipam', '0085_add_comments_to_organizationalmodel', '2026-12-05 14:19:24.181995+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (668, 'ipam', '0086_gfk_indexes', '2026-12-05 14:19:24.331951+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (669, 'ipam', '0087_add_asn_role', '2026-12-05 14:19:24.505318+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (670, 'ipam', '0088_rename_vlangroup_total_vlan_ids', '2026-12-05 14:19:24.664174+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (671, 'extras', '0135_configtemplate_debug', '2026-12-05 14:19:24.803599+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (672, 'dcim', '0226_add_mptt_tree_indexes', '2026-12-05 14:19:26.479712+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (673, 'dcim', '0226_modulebay_rebuild_tree', '2026-12-05 14:19:26.651032+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (674, 'dcim', '0227_alter_interface_speed_bigint', '2026-12-05 14:19:26.804563+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (675, 'dcim', '0228_rack_group', '2026-12-05 14:19:27.172174+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (676, 'dcim', '0229_cable_bundle', '2026-12-05 14:19:27.526125+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (677, 'virtualization', '0053_virtualmachine_standalone_device_assignment', '2026-12-05 14:19:28.62276+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (678, 'virtualization', '0054_virtualmachinetype', '2026-12-05 14:19:29.130018+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (679, 'extras', '0136_customfield_validation_schema', '2026-12-05 14:19:29.277732+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (680, 'dcim', '0230_devicebay_modulebay_enabled', '2026-12-05 14:19:29.661498+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (681, 'dcim', '0231_interface_rf_channel_frequency_precision', '2026-12-05 14:19:29.824028+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (682, 'dcim', '0232_default_ordering_indexes', '2026-12-05 14:19:31.721108+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (683, 'dcim', '0233_device_render_config_permission', '2026-12-05 14:19:31.892464+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (684, 'dcim', '0234_cablepath_nodes_index', '2026-12-05 14:19:31.921957+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (685, 'circuits', '0043_circuittype_color', '2026-12-05 14:19:32.746018+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (686, 'circuits', '0044_circuit_groups', '2026-12-05 14:19:33.281756+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (687, 'circuits', '0045_circuit_distance', '2026-12-05 14:19:33.668561+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (688, 'circuits', '0046_charfield_null_choices', '2026-12-05 14:19:34.252103+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (689, 'circuits', '0047_circuittermination__termination', '2026-12-05 14:19:35.769849+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (690, 'circuits', '0048_circuitterminations_cached_relations', '2026-12-05 14:19:37.035407+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (691, 'circuits', '0049_natural_ordering', '2026-12-05 14:19:37.802549+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (692, 'circuits', '0050_virtual_circuits', '2026-12-05 14:19:38.676628+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (693, 'circuits', '0051_virtualcircuit_group_assignment', '2026-12-05 14:19:40.680465+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (694, 'circuits', '0052_extend_circuit_abs_distance_upper_limit', '2026-12-05 14:19:40.830784+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (695, 'circuits', '0053_owner', '2026-12-05 14:19:42.951323+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (696, 'circuits', '0054_cable_connector_positions', '2026-12-05 14:19:43.284324+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (697, 'circuits', '0055_add_comments_to_organizationalmodel', '2026-12-05 14:19:44.294498+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (698, 'circuits', '0056_gfk_indexes', '2026-12-05 14:19:44.462058+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (699, 'circuits', '0057_default_ordering_indexes', '2026-12-05 14:19:45.098894+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (700, 'dcim', '0235_cabletermination_circuit_site_cache', '2026-12-05 14:19:45.279261+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (701, 'dcim', '0236_moduletype_component_counts', '2026-12-05 14:19:47.307713+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (702, 'dcim', '0237_module_remove_local_context_data', '2026-12-05 14:19:47.469944+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (703, 'dcim', '0238_alter_cable__abs_length', '2026-12-05 14:19:47.62441+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (704, 'dcim', '0239_add_portmapping_objectchange', '2026-12-05 14:19:47.836546+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (705, 'dcim', '0240_clear_stale_cable_profile_data', '2026-12-05 14:19:48.027757+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (706, 'dcim', '0241_nullify_empty_cable_end', '2026-12-05 14:19:48.903545+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (708, 'circuits', '0058_clear_stale_cable_profile_data', '2026-12-05 14:20:08.575689+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (709, 'circuits', '0059_nullify_empty_cable_end', '2026-12-05 14:20:08.755713+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (710, 'circuits', '0060_denormalization_triggers', '2026-12-05 14:20:08.767304+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (711, 'core', '0019_configrevision_active', '2026-12-05 14:20:08.965795+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (712, 'core', '0020_owner', '2026-12-05 14:20:09.152613+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (713, 'core', '0021_job_queue_name', '2026-12-05 14:20:09.213257+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (714, 'core', '0022_default_ordering_indexes', '2026-12-05 14:20:09.282088+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (715, 'core', '0023_datasource_sync_permission', '2026-12-05 14:20:09.429053+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (716, 'core', '0024_job_notifications', '2026-12-05 14:20:09.497895+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (717, 'core', '0025_add_job_execution_time', '2026-12-05 14:20:09.565217+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (718, 'core', '0026_populate_job_execution_time', '2026-12-05 14:20:09.739345+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (719, 'users', '0016_default_ordering_indexes', '2026-12-05 14:20:09.822953+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (720, 'extras', '0137_default_ordering_indexes', '2026-12-05 14:20:12.573715+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (721, 'tenancy', '0024_default_ordering_indexes', '2026-12-05 14:20:12.887955+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (722, 'tenancy', '0025_ltree_paths', '2026-12-05 14:20:18.253849+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (723, 'extras', '0138_customfieldchoiceset_choice_colors', '2026-12-05 14:20:18.395334+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (724, 'extras', '0139_alter_customfieldchoiceset_extra_choices', '2026-12-05 14:20:18.538786+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (725, 'extras', '0140_imageattachment_image_size', '2026-12-05 14:20:18.63267+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (726, 'extras', '0141_custom_field_nulls_first', '2026-12-05 14:20:18.795222+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (727, 'dcim', '0243_denormalization_triggers', '2026-12-05 14:20:18.839526+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (728, 'dcim', '0244_device__config_context_data', '2026-12-05 14:20:19.329342+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (729, 'dcim', '0245_consolidate_unique_constraints', '2026-12-05 14:20:28.194009+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (730, 'dcim', '0246_add_devicetype_end_of_life', '2026-12-05 14:20:29.153385+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (731, 'dcim', '0247_modulebaytype', '2026-12-05 14:20:30.276316+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (732, 'dcim', '0248_interfacetemplate_channels', '2026-12-05 14:20:30.634202+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (733, 'dcim', '0249_interface_channels', '2026-12-05 14:20:31.806345+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (734, 'dcim', '0250_cooling_infrastructure', '2026-12-05 14:20:37.915654+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (735, 'dcim', '0251_fix_ltree_cascade_triggers', '2026-12-05 14:20:37.956954+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (736, 'django_rq', '0001_initial', '2026-12-05 14:20:37.961941+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (737, 'django_rq', '0002_delete_queue_create_dashboard', '2026-12-05 14:20:38.159057+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (738, 'django_rq', '0003_alter_dashboard_permission_names', '2026-12-05 14:20:38.360678+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (739, 'extras', '0142_webhook_timeout', '2026-12-05 14:20:38.516012+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (740, 'extras', '0143_event_rule_action_registry', '2026-12-05 14:20:38.90122+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (741, 'extras', '0144_customfield_status', '2026-12-05 14:20:39.094653+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (742, 'ipam', '0089_default_ordering_indexes', '2026-12-05 14:20:40.998762+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (743, 'ipam', '0090_vlangroup_recompute_total_vlan_ids', '2026-12-05 14:20:41.190273+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (744, 'ipam', '0091_alter_service_index_and_ordering', '2026-12-05 14:20:42.763532+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (745, 'ipam', '0092_iprange_host_indexes', '2026-12-05 14:20:43.132915+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (746, 'ipam', '0093_alter_prefix__region_alter_prefix__site_group', '2026-12-05 14:20:44.169728+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (747, 'ipam', '0094_ipaddress_host_index', '2026-12-05 14:20:44.516992+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (748, 'ipam', '0095_denormalization_triggers', '2026-12-05 14:20:44.530507+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (749, 'ipam', '0096_multi_protocol_services', '2026-12-05 14:20:47.340177+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (750, 'ipam', '0097_merge_ipaddress_host_index_and_multi_protocol_services', '2026-12-05 14:20:47.34278+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (751, 'netbox_branching', '0001_initial', '2026-12-05 14:20:48.658789+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (752, 'netbox_branching', '0002_branch_schema_id_unique', '2026-12-05 14:20:48.825739+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (753, 'netbox_branching', '0003_rename_indexes', '2026-12-05 14:20:49.014123+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (754, 'netbox_branching', '0004_copy_migrations', '2026-12-05 14:20:49.203534+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (755, 'netbox_branching', '0005_branch_applied_migrations', '2026-12-05 14:20:49.367826+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (756, 'netbox_branching', '0006_tag_object_types', '2026-12-05 14:20:50.126109+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (757, 'netbox_branching', '0007_branch_merge_strategy', '2026-12-05 14:20:50.287556+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (758, 'netbox_branching', '0008_branch_custom_permissions', '2026-12-05 14:20:50.448521+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (759, 'netbox_branching', '0009_changediff_last_updated_auto_now', '2026-12-05 14:20:50.505259+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (760, 'sessions', '0001_initial', '2026-12-05 14:20:50.523963+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (761, 'social_django', '0001_initial', '2026-12-05 14:20:50.803893+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (762, 'social_django', '0002_add_related_name', '2026-12-05 14:20:50.997712+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (763, 'social_django', '0003_alter_email_max_length', '2026-12-05 14:20:51.013964+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (764, 'social_django', '0004_auto_20160423_0400', '2026-12-05 14:20:51.047123+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (765, 'social_django', '0005_auto_20160727_2333', '2026-12-05 14:20:51.065199+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (766, 'social_django', '0006_partial', '2026-12-05 14:20:51.080447+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (767, 'social_django', '0007_code_timestamp', '2026-12-05 14:20:51.099504+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (768, 'social_django', '0008_partial_timestamp', '2026-12-05 14:20:51.111959+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (769, 'social_django', '0009_auto_20191118_0520', '2026-12-05 14:20:51.178942+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (770, 'social_django', '0010_uid_db_index', '2026-12-05 14:20:51.219804+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (771, 'social_django', '0011_alter_id_fields', '2026-12-05 14:20:51.329606+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (772, 'social_django', '0012_usersocialauth_extra_data_new', '2026-12-05 14:20:51.372452+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (773, 'social_django', '0013_migrate_extra_data', '2026-12-05 14:20:51.562309+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (774, 'social_django', '0014_remove_usersocialauth_extra_data', '2026-12-05 14:20:51.604121+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (775, 'social_django', '0015_rename_extra_data_new_usersocialauth_extra_data', '2026-12-05 14:20:51.646906+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (776, 'social_django', '0016_alter_usersocialauth_extra_data', '2026-12-05 14:20:51.679294+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (777, 'social_django', '0017_usersocialauth_user_social_auth_uid_required', '2026-12-05 14:20:51.713971+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (778, 'taggit', '0001_initial', '2026-12-05 14:20:52.416279+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (779, 'taggit', '0002_auto_20150616_2121', '2026-12-05 14:20:52.469661+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (780, 'taggit', '0003_taggeditem_add_unique_index', '2026-12-05 14:20:52.527616+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (781, 'taggit', '0004_alter_taggeditem_content_type_alter_taggeditem_tag', '2026-12-05 14:20:52.927582+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (782, 'taggit', '0005_auto_20220424_2025', '2026-12-05 14:20:52.94005+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (783, 'taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx', '2026-12-05 14:20:53.039365+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (784, 'tenancy', '0026_consolidate_unique_constraints', '2026-12-05 14:20:54.519787+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (785, 'tenancy', '0027_fix_ltree_cascade_triggers', '2026-12-05 14:20:54.534497+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (786, 'thumbnail', '0001_initial', '2026-12-05 14:20:54.544177+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (787, 'virtualization', '0055_default_ordering_indexes', '2026-12-05 14:20:54.857775+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (788, 'virtualization', '0056_virtualmachine_render_config_permission', '2026-12-05 14:20:55.012457+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (789, 'virtualization', '0057_alter_cluster__region_alter_cluster__site_group', '2026-12-05 14:20:55.446529+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (790, 'virtualization', '0058_denormalization_triggers', '2026-12-05 14:20:55.466232+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (791, 'virtualization', '0059_virtualmachine__config_context_data', '2026-12-05 14:20:56.037308+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (792, 'virtualization', '0060_consolidate_unique_constraints', '2026-12-05 14:20:57.586179+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (793, 'vpn', '0001_initial', '2026-12-05 14:21:01.480711+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (794, 'vpn', '0002_move_l2vpn', '2026-12-05 14:21:02.255081+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (795, 'vpn', '0003_ipaddress_multiple_tunnel_terminations', '2026-12-05 14:21:02.477728+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (796, 'vpn', '0004_alter_ikepolicy_mode', '2026-12-05 14:21:03.215835+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (797, 'vpn', '0005_rename_indexes', '2026-12-05 14:21:03.253722+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (798, 'vpn', '0006_charfield_null_choices', '2026-12-05 14:21:04.252612+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (799, 'vpn', '0007_natural_ordering', '2026-12-05 14:21:06.043877+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (800, 'vpn', '0008_add_l2vpn_status', '2026-12-05 14:21:06.201754+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (801, 'vpn', '0009_remove_redundant_indexes', '2026-12-05 14:21:06.55108+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (802, 'vpn', '0010_owner', '2026-12-05 14:21:08.914328+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (803, 'vpn', '0011_add_comments_to_organizationalmodel', '2026-12-05 14:21:09.704099+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (804, 'vpn', '0012_default_ordering_indexes', '2026-12-05 14:21:09.8858+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (805, 'vpn', '0013_consolidate_unique_constraints', '2026-12-05 14:21:10.224718+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (806, 'wireless', '0009_wirelesslink_distance', '2026-12-05 14:21:10.697525+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (807, 'wireless', '0010_charfield_null_choices', '2026-12-05 14:21:12.337538+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (808, 'wireless', '0011_wirelesslan__location_wirelesslan__region_and_more', '2026-12-05 14:21:14.157154+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (809, 'wireless', '0012_alter_wirelesslan__location_and_more', '2026-12-05 14:21:15.023538+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (810, 'wireless', '0013_natural_ordering', '2026-12-05 14:21:15.232492+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (811, 'wireless', '0014_wirelesslangroup_comments', '2026-12-05 14:21:15.967967+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (812, 'wireless', '0015_extend_wireless_link_abs_distance_upper_limit', '2026-12-05 14:21:16.128389+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (813, 'wireless', '0016_owner', '2026-12-05 14:21:16.790369+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (814, 'wireless', '0017_gfk_indexes', '2026-12-05 14:21:16.977709+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (815, 'wireless', '0018_add_mptt_tree_indexes', '2026-12-05 14:21:17.152547+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (816, 'wireless', '0019_default_ordering_indexes', '2026-12-05 14:21:17.346522+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (817, 'wireless', '0020_alter_wirelesslan__region_and_more', '2026-12-05 14:21:18.338087+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (818, 'wireless', '0021_ltree_paths', '2026-12-05 14:21:20.985411+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (819, 'wireless', '0022_denormalization_triggers', '2026-12-05 14:21:20.996953+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (820, 'wireless', '0023_wirelesslangroup_drop_unique_constraint', '2026-12-05 14:21:21.180516+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (821, 'wireless', '0024_fix_ltree_cascade_triggers', '2026-12-05 14:21:21.189685+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (822, 'netbox_custom_objects', '0001_initial', '2026-12-05 15:19:33.656135+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (823, 'netbox_custom_objects', '0002_customobjecttype_cache_timestamp', '2026-12-05 15:19:35.920158+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (824, 'netbox_custom_objects', '0003_ensure_fk_constraints', '2026-12-05 15:19:37.041423+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (825, 'netbox_custom_objects', '0004_customobjecttype_group_name', '2026-12-05 15:19:41.091483+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (826, 'netbox_custom_objects', '0005_customobjecttypefield_context', '2026-12-05 15:19:41.651629+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (827, 'netbox_custom_objects', '0006_customobjecttypefield_related_name_and_more', '2026-12-05 15:19:43.463905+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (828, 'netbox_custom_objects', '0007_portable_schema', '2026-12-05 15:19:53.152267+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (829, 'netbox_custom_objects', '0008_backfill_schema_ids', '2026-12-05 15:19:55.289734+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (830, 'netbox_custom_objects', '0009_alter_customobjecttype_version', '2026-12-05 15:19:59.154589+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (831, 'netbox_custom_objects', '0010_backfill_base_columns', '2026-12-05 15:19:59.983811+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (832, 'netbox_custom_objects', '0011_non_deferrable_fk_constraints', '2026-12-05 15:20:00.848982+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (833, 'netbox_custom_objects', '0012_fix_fk_and_on_delete_behavior', '2026-12-05 15:20:01.903441+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (834, 'netbox_custom_objects', '0013_polymorphic_object_fields', '2026-12-05 15:20:03.464749+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (835, 'netbox_custom_objects', '0014_fix_mixed_case_field_names', '2026-12-05 15:20:04.992476+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (836, 'netbox_custom_objects', '0015_customobjecttype_config_context_enabled', '2026-12-05 15:20:06.453238+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (837, 'netbox_custom_objects', '0016_widen_integer_columns', '2026-12-05 15:20:11.707736+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (838, 'netbox_custom_objects', '0017_customobjecttype_display_expression', '2026-12-05 15:20:12.972887+00');
INSERT INTO branch_6flggq2t.django_migrations VALUES (839, 'netbox_custom_objects', '0018_alter_customobjecttypefield_schema_id', '2026-12-05 15:20:13.385097+00');


--
-- Data for Name: extras_cachedvalue; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('12f32119-6a9e-48d7-8715-d96c46624973', '2026-12-05 15:20:53.985823+00', 1, 'name', 'str', 'Site 1', 100, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('bd2d5e60-99b6-43c3-b75f-5134e0abdf89', '2026-12-05 15:20:53.985843+00', 1, 'slug', 'str', 'site-1', 110, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9ab6a7d8-3ef1-4be0-a2e0-7999ee8c4068', '2026-12-05 15:20:54.138434+00', 2, 'name', 'str', 'Site 2', 100, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('5ddb12f0-1c4c-4405-8117-be66b31a9b6e', '2026-12-05 15:20:54.138454+00', 2, 'slug', 'str', 'site-2', 110, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('386e61a2-a92e-4c29-b85a-109d326e3763', '2026-12-05 15:20:54.250069+00', 3, 'name', 'str', 'Site 3', 100, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('dc9f7208-012f-44c5-8356-10849aa12857', '2026-12-05 15:20:54.250091+00', 3, 'slug', 'str', 'site-3', 110, 1);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('374bab4b-ff3c-4ecd-a2cd-b524021048fc', '2026-12-05 15:20:54.428314+00', 1, 'name', 'str', 'Tenant 1', 100, 139);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a955e761-dd26-4a90-9340-72c1bc7ed345', '2026-12-05 15:20:54.428336+00', 1, 'slug', 'str', 'tenant-1', 110, 139);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ae7ae6f2-d059-4396-8a7c-850f6da591cc', '2026-12-05 15:20:54.571543+00', 2, 'name', 'str', 'Tenant 2', 100, 139);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9656d2b7-d99b-4856-a3f4-dfcd2569fd94', '2026-12-05 15:20:54.571563+00', 2, 'slug', 'str', 'tenant-2', 110, 139);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('55815b51-5a0e-4d37-8dbf-d659df2ecfa1', '2026-12-05 15:20:54.723748+00', 1, 'name', 'str', 'Tag 1', 100, 114);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cf3d13a6-2a07-4d8d-a6dc-1f81a6233801', '2026-12-05 15:20:54.723766+00', 1, 'slug', 'str', 'tag-1', 110, 114);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('addfe6fa-ad0b-4657-a6f7-e7bef6b2bcef', '2026-12-05 15:20:54.835947+00', 2, 'name', 'str', 'Tag 2', 100, 114);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b047cf44-7edd-4e09-a004-a22fea585b0f', '2026-12-05 15:20:54.835967+00', 2, 'slug', 'str', 'tag-2', 110, 114);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('40af9f58-a7a2-42cd-9466-1e0d0ef9e640', '2026-12-05 15:21:10.098483+00', 2, 'name', 'str', 'rack_note', 100, 170);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e0cb8a2f-3d2f-4a50-a29c-363bef9abc2d', '2026-12-05 15:21:10.807854+00', 2, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('56a834cb-daf8-4789-b4bf-30aeeac0fd5d', '2026-12-05 15:21:10.807872+00', 2, 'colour', 'str', 'blue', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('eb9e8721-5208-4675-aeb3-5d5b9d02dc87', '2026-12-05 15:21:10.807876+00', 2, 'cores', 'int', '8', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a49c1821-a53f-4c41-bac3-96ca9c7ff9ae', '2026-12-05 15:21:10.807878+00', 2, 'facts', 'str', '{''rack'': 2, ''roles'': [''web'', ''db'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('accf8434-a211-42ac-8c9a-1b6780433e6c', '2026-12-05 15:21:10.80788+00', 2, 'homepage', 'str', 'https://srv-2.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('f8d3b7c8-c44d-4b41-9fc7-f396e2cb4f82', '2026-12-05 15:21:10.807882+00', 2, 'hostname', 'str', 'srv-02', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('4f92979d-c5b1-41f9-9efc-b20d9aefb867', '2026-12-05 15:21:10.807885+00', 2, 'notes', 'str', 'Line one
line two of server 2', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c85856a4-babc-4cfc-a947-cb91d3a821a8', '2026-12-05 15:21:10.807887+00', 2, 'palette', 'str', '[''red'', ''blue'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('81884ee9-5d74-418a-9f16-fb07ddf63a0e', '2026-12-05 15:21:10.807889+00', 2, 'price', 'float', '1002.02', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('0b9a82b4-9be6-4b1c-ace8-406ede905a2a', '2026-12-05 15:21:10.807892+00', 2, 'purchased', 'str', '2024-01-02', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d64aecf0-c900-4fa9-8b9d-7dbe9e3f21fa', '2026-12-05 15:21:10.807894+00', 2, 'seen_at', 'str', '2025-06-02 12:02:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e73544d0-036f-43bc-902a-045beef767cb', '2026-12-05 15:21:10.807896+00', 2, 'site', 'str', 'Site 3', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('8cc77ea4-9420-481d-b761-94e5c7e27c98', '2026-12-05 15:21:10.807898+00', 2, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6b204d57-cf01-4676-9390-9ace49e21ace', '2026-12-05 15:21:11.081856+00', 3, 'colour', 'str', 'red', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('3e1ada3d-633f-43f9-8553-2196a958ff85', '2026-12-05 15:21:11.081874+00', 3, 'cores', 'int', '12', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c970fca4-f72d-4c3d-bf47-5572eb204341', '2026-12-05 15:21:11.081877+00', 3, 'facts', 'str', '{''rack'': 3, ''roles'': []}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2ddb45cc-848e-4d8d-ad04-7e14e90db266', '2026-12-05 15:21:11.081879+00', 3, 'homepage', 'str', 'https://srv-3.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b3fb1d62-a513-417a-8f53-46226e152562', '2026-12-05 15:21:11.081888+00', 3, 'hostname', 'str', 'srv-03', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ba38b4f9-5338-4015-81cd-857a9124ece9', '2026-12-05 15:21:11.081891+00', 3, 'notes', 'str', 'Line one
line two of server 3', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('55cee785-cfd8-4a93-84e8-dfcbba00c1d1', '2026-12-05 15:21:11.081894+00', 3, 'price', 'float', '1003.03', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b69a90c8-9ab7-4842-ba3c-35169f841693', '2026-12-05 15:21:11.081897+00', 3, 'purchased', 'str', '2024-01-03', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c943f469-44ad-457e-aa5a-a380c6db62e7', '2026-12-05 15:21:11.081899+00', 3, 'seen_at', 'str', '2025-06-03 12:03:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e27c3076-9c34-413a-b91a-bf2f222d67e4', '2026-12-05 15:21:11.081902+00', 3, 'site', 'str', 'Site 1', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b8c54120-d59d-476f-ac16-15fea968dfda', '2026-12-05 15:21:11.081904+00', 3, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('12fa4cff-3f13-4e05-ba02-b377ff85e814', '2026-12-05 15:21:11.327945+00', 4, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('66cb31b7-2c20-4477-99d1-ac4fd67868a0', '2026-12-05 15:21:11.32796+00', 4, 'colour', 'str', 'green', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2961b8b8-e76a-48de-8eb5-21e6dbd852bb', '2026-12-05 15:21:11.327963+00', 4, 'cores', 'int', '16', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('764fd4f8-9697-49f1-aee8-20e465580850', '2026-12-05 15:21:11.327965+00', 4, 'facts', 'str', '{''rack'': 4, ''roles'': [''web'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('91025ace-1374-45e8-b4f6-b51c1e3768a3', '2026-12-05 15:21:11.327968+00', 4, 'homepage', 'str', 'https://srv-4.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a0ebb7cc-8fe8-4caa-8870-b16996054621', '2026-12-05 15:21:11.32797+00', 4, 'hostname', 'str', 'srv-04', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b152684e-d0b4-4bb1-807a-65bb8c698d21', '2026-12-05 15:21:11.327972+00', 4, 'notes', 'str', 'Line one
line two of server 4', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e8f791a7-e82c-40db-b49e-d86d66d92f0b', '2026-12-05 15:21:11.327975+00', 4, 'palette', 'str', '[''red'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('65090834-9cad-46b6-95d0-172b77c4b035', '2026-12-05 15:21:11.327977+00', 4, 'price', 'float', '1004.04', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('00a03ab4-b1c2-46a6-8375-9db78166db1c', '2026-12-05 15:21:11.32798+00', 4, 'purchased', 'str', '2024-01-04', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('f8414245-741d-4433-9a41-2a0a8728c926', '2026-12-05 15:21:11.327982+00', 4, 'seen_at', 'str', '2025-06-04 12:04:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('65a88284-9b1e-4192-b342-3d2f7f77bc7e', '2026-12-05 15:21:11.327984+00', 4, 'site', 'str', 'Site 2', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('330de19c-18d8-4b77-81f7-f1443c445965', '2026-12-05 15:21:11.327987+00', 4, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7a9a9a98-f59c-4173-afba-7aaed19941b8', '2026-12-05 15:21:11.584231+00', 5, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9c713de1-2007-4699-84d9-cf94d44b6bc0', '2026-12-05 15:21:11.584249+00', 5, 'colour', 'str', 'blue', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('72e68b34-a3ed-4c5a-a000-20ab34ba4b17', '2026-12-05 15:21:11.584252+00', 5, 'cores', 'int', '20', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d06ce161-9443-41cc-ab62-5b1890c10b90', '2026-12-05 15:21:11.584254+00', 5, 'facts', 'str', '{''rack'': 5, ''roles'': [''web'', ''db'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6d2aefbf-5080-4c5d-b375-e79ac75511a4', '2026-12-05 15:21:11.584256+00', 5, 'homepage', 'str', 'https://srv-5.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('0964b244-8f6a-45d1-b3bb-345e88ee50f5', '2026-12-05 15:21:11.584259+00', 5, 'hostname', 'str', 'srv-05', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b88f0066-5bcc-4a11-951a-656a133fef91', '2026-12-05 15:21:11.584261+00', 5, 'notes', 'str', 'Line one
line two of server 5', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('56d44f05-aecb-45c8-966a-0dc8812dad40', '2026-12-05 15:21:11.584263+00', 5, 'palette', 'str', '[''red'', ''blue'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ca461a53-ff34-413c-90fe-4bb002de880d', '2026-12-05 15:21:11.584265+00', 5, 'price', 'float', '1005.05', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('408eba4f-1f9b-4a31-812b-efce6940f76c', '2026-12-05 15:21:11.584267+00', 5, 'purchased', 'str', '2024-01-05', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e66e01ff-b08b-4af7-9090-09c05d3e701e', '2026-12-05 15:21:11.584269+00', 5, 'seen_at', 'str', '2025-06-05 12:05:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('478005ca-3ca6-40a2-a175-2f52b503d7ac', '2026-12-05 15:21:11.584272+00', 5, 'site', 'str', 'Site 3', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a68dfc5a-cca7-438b-a618-1f55c08fba8c', '2026-12-05 15:21:11.584274+00', 5, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('70f74e86-f571-4cac-8c44-8d1cfb362357', '2026-12-05 15:21:11.831563+00', 6, 'colour', 'str', 'red', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cbdc0b11-c6ab-436c-be62-6724455ed97a', '2026-12-05 15:21:11.831578+00', 6, 'cores', 'int', '24', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('087e589a-a599-4c07-abd8-7ce81212f503', '2026-12-05 15:21:11.83158+00', 6, 'facts', 'str', '{''rack'': 6, ''roles'': []}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('0c39b01d-ec16-4d87-aeaa-1005b424261a', '2026-12-05 15:21:11.831583+00', 6, 'homepage', 'str', 'https://srv-6.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('8ce7e1e4-e2c2-4396-ae13-9aaa817bb8e9', '2026-12-05 15:21:11.831585+00', 6, 'hostname', 'str', 'srv-06', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('0674eae7-23de-431b-8bd7-21bc8d53e01c', '2026-12-05 15:21:11.831587+00', 6, 'notes', 'str', 'Line one
line two of server 6', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b658355f-de59-4433-8a9f-3292fb252600', '2026-12-05 15:21:11.831589+00', 6, 'price', 'float', '1006.06', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('aebeace5-12d7-4ae0-b445-6f1bb9368b83', '2026-12-05 15:21:11.831591+00', 6, 'purchased', 'str', '2024-01-06', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('1ad88b74-62d1-4e69-983e-c09101a6cb14', '2026-12-05 15:21:11.831594+00', 6, 'seen_at', 'str', '2025-06-06 12:06:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a6eff318-3dd9-42dd-9607-21680d3a456d', '2026-12-05 15:21:11.831596+00', 6, 'site', 'str', 'Site 1', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c867d600-21e0-4c8f-b846-8a403ab5472e', '2026-12-05 15:21:11.831598+00', 6, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9a394b6f-4d38-47d8-97ce-56d44537837d', '2026-12-05 15:21:11.912787+00', 7, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b7ce4c7b-681e-4eb7-8e82-45ac3a41f1e9', '2026-12-05 15:21:11.912802+00', 7, 'colour', 'str', 'green', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('fa55eb5b-195b-4c09-872e-288e382dee7c', '2026-12-05 15:21:11.912805+00', 7, 'cores', 'int', '28', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('58bc2b44-242e-46d2-8b5f-a60f47049887', '2026-12-05 15:21:11.912807+00', 7, 'facts', 'str', '{''rack'': 7, ''roles'': [''web'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('8f8311a0-7311-408a-aad1-18e3e1952894', '2026-12-05 15:21:11.912809+00', 7, 'homepage', 'str', 'https://srv-7.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('4a0d6291-06f9-42ed-bbfb-ef5d6eba07a4', '2026-12-05 15:21:11.912811+00', 7, 'hostname', 'str', 'srv-07', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7ec02b21-dd3f-4de7-8e1e-d7750ecf09e8', '2026-12-05 15:21:11.912821+00', 7, 'notes', 'str', 'Line one
line two of server 7', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('1c61bcbb-0511-41fb-827f-5b2de46bb768', '2026-12-05 15:21:11.912823+00', 7, 'palette', 'str', '[''red'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('1d8dff27-08d5-4106-a5a7-a7a710bbc07c', '2026-12-05 15:21:11.912825+00', 7, 'price', 'float', '1007.07', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('bcf118c7-b739-4fca-a613-bf0182e7fd72', '2026-12-05 15:21:11.912828+00', 7, 'purchased', 'str', '2024-01-07', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2a151d5b-c820-4316-8ca6-9663715598bb', '2026-12-05 15:21:11.91283+00', 7, 'seen_at', 'str', '2025-06-07 12:07:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cabd59d2-1359-4678-9207-0878d2c4f614', '2026-12-05 15:21:11.912833+00', 7, 'site', 'str', 'Site 2', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('74b11893-107a-4130-8361-bac9eec995c4', '2026-12-05 15:21:11.912835+00', 7, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c7f27ec0-02ee-45d6-a14e-d24f3d07e15c', '2026-12-05 15:21:12.141811+00', 8, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6c75409b-d92c-473d-89fd-204bb9e76b7b', '2026-12-05 15:21:12.141828+00', 8, 'colour', 'str', 'blue', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('3f0bf41a-94e0-4be6-a4e9-ed099d1c65a3', '2026-12-05 15:21:12.141831+00', 8, 'cores', 'int', '32', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2affa213-53e6-4974-acf7-bc7e4dddc1c5', '2026-12-05 15:21:12.141833+00', 8, 'facts', 'str', '{''rack'': 8, ''roles'': [''web'', ''db'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d995f992-b7df-42f5-ac84-ee1297fad1b1', '2026-12-05 15:21:12.141841+00', 8, 'homepage', 'str', 'https://srv-8.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e0895606-cad8-4cdd-9a7a-4e57841272c9', '2026-12-05 15:21:12.141846+00', 8, 'hostname', 'str', 'srv-08', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e6b7fe0e-7545-4bc9-aea1-a2b08e88dc51', '2026-12-05 15:21:12.141848+00', 8, 'notes', 'str', 'Line one
line two of server 8', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('fae197b8-fe02-4ed6-97b4-0fa939f998fb', '2026-12-05 15:21:12.14185+00', 8, 'palette', 'str', '[''red'', ''blue'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('bd6b0540-edeb-4e5a-9cfb-f594ac944e2d', '2026-12-05 15:21:12.141852+00', 8, 'price', 'float', '1008.08', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('39dbbb85-1170-490f-9b5c-cb1ccc947dda', '2026-12-05 15:21:12.141855+00', 8, 'purchased', 'str', '2024-01-08', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('12e6b0d4-03a9-434f-b2b3-d2c705d948cb', '2026-12-05 15:21:12.141857+00', 8, 'seen_at', 'str', '2025-06-08 12:08:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('f324c477-f982-4ba0-9e26-552e34049b69', '2026-12-05 15:21:12.14186+00', 8, 'site', 'str', 'Site 3', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('78c193b9-ac31-4ad7-8072-b8c53c7f81b1', '2026-12-05 15:21:12.141862+00', 8, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d43933da-96d5-43fb-b517-c7d4138a2cc8', '2026-12-05 15:21:12.383546+00', 9, 'colour', 'str', 'red', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('5b7c0299-441a-47d5-86ae-626d50820294', '2026-12-05 15:21:12.383565+00', 9, 'cores', 'int', '36', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6af347c0-9997-4794-90e8-74bf81c15c95', '2026-12-05 15:21:12.383568+00', 9, 'facts', 'str', '{''rack'': 9, ''roles'': []}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('170b0310-ddb2-4269-9edb-94207eca9486', '2026-12-05 15:21:12.38357+00', 9, 'homepage', 'str', 'https://srv-9.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b13f33ad-a61f-4f15-9fa8-aa03e98ae772', '2026-12-05 15:21:12.383577+00', 9, 'hostname', 'str', 'srv-09', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('afc61925-7eeb-4877-9ce3-1bd9db071f92', '2026-12-05 15:21:12.383583+00', 9, 'notes', 'str', 'Line one
line two of server 9', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7be01269-d3c4-4624-b45b-92d0f2eeabc2', '2026-12-05 15:21:12.383586+00', 9, 'price', 'float', '1009.09', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7e81445c-9edd-4d0c-9d79-5b8dd087d01d', '2026-12-05 15:21:12.383588+00', 9, 'purchased', 'str', '2024-01-09', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a76bd287-4aa6-4d73-858e-4359cf03dd20', '2026-12-05 15:21:12.383591+00', 9, 'seen_at', 'str', '2025-06-09 12:09:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('3dc69016-983d-45f2-84b1-591ccf71659a', '2026-12-05 15:21:12.383593+00', 9, 'site', 'str', 'Site 1', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('4d1315d3-fc69-41b6-bc5f-44d862cdde6f', '2026-12-05 15:21:12.383596+00', 9, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cdfedc25-3f40-4ef2-84be-f742b0872bef', '2026-12-05 15:21:12.464536+00', 10, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cf81cef4-33a3-4f07-a88f-827e6681235f', '2026-12-05 15:21:12.464559+00', 10, 'colour', 'str', 'green', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('4ed2c9ba-3cba-43aa-8310-4292a05f42fa', '2026-12-05 15:21:12.464562+00', 10, 'cores', 'int', '40', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a491a1e8-4597-4d85-a8cb-16bb1f76ce6d', '2026-12-05 15:21:12.464565+00', 10, 'facts', 'str', '{''rack'': 10, ''roles'': [''web'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('fe3df481-307a-4962-bc61-c2790b94c4d0', '2026-12-05 15:21:12.464567+00', 10, 'homepage', 'str', 'https://srv-10.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6c8163ac-69e6-4f7d-835d-d39a51101436', '2026-12-05 15:21:12.46457+00', 10, 'hostname', 'str', 'srv-10', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d39dfb81-9ea6-477d-88b2-06b3a3ae7969', '2026-12-05 15:21:12.464572+00', 10, 'notes', 'str', 'Line one
line two of server 10', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('402b7aad-5692-46bc-b272-aaf55025d024', '2026-12-05 15:21:12.464574+00', 10, 'palette', 'str', '[''red'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ac7008ca-e274-4ef1-8ef5-8eb3e54d6b40', '2026-12-05 15:21:12.464577+00', 10, 'price', 'float', '1010.10', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ac829920-3ccb-4a86-bb4f-49adf4db25be', '2026-12-05 15:21:12.464579+00', 10, 'purchased', 'str', '2024-01-10', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2047870d-a069-479b-931b-3896a021a130', '2026-12-05 15:21:12.464581+00', 10, 'seen_at', 'str', '2025-06-10 12:10:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('89712974-944c-47c4-8c42-89d3cb590253', '2026-12-05 15:21:12.464583+00', 10, 'site', 'str', 'Site 2', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2a7734ba-e612-4b98-b194-e565563a2681', '2026-12-05 15:21:12.464586+00', 10, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('91e14a17-7610-491a-b07a-8c3074f29b4a', '2026-12-05 15:21:12.661696+00', 11, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('f4af104c-b25f-4a94-bc4c-0024f1ae2839', '2026-12-05 15:21:12.661713+00', 11, 'colour', 'str', 'blue', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('40f0538c-1b40-498f-86a4-8a75e60f6d66', '2026-12-05 15:21:12.661716+00', 11, 'cores', 'int', '44', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d6dd068a-1033-4126-970b-4cb767bde39c', '2026-12-05 15:21:12.661718+00', 11, 'facts', 'str', '{''rack'': 11, ''roles'': [''web'', ''db'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('4c2fe91e-e9a9-48cd-8db4-aa36b21f3e4e', '2026-12-05 15:21:12.661721+00', 11, 'homepage', 'str', 'https://srv-11.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6646a31d-8e16-48c2-9a1f-bfffc86e233b', '2026-12-05 15:21:12.661723+00', 11, 'hostname', 'str', 'srv-11', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('012a2d88-e14d-43bf-b07e-6b6fa265e22a', '2026-12-05 15:21:12.661725+00', 11, 'notes', 'str', 'Line one
line two of server 11', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('33972340-f34b-4c98-be25-c5a6c23bc326', '2026-12-05 15:21:12.661727+00', 11, 'palette', 'str', '[''red'', ''blue'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('25f15ab0-b391-4f51-9bb0-f4bddd9076de', '2026-12-05 15:21:12.66173+00', 11, 'price', 'float', '1011.11', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('bdf612b9-d265-4fb9-a21c-3e2eb348a3d9', '2026-12-05 15:21:12.661732+00', 11, 'purchased', 'str', '2024-01-11', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('418d5d9a-4de9-4400-98d3-bc15bae2b2c4', '2026-12-05 15:21:12.661734+00', 11, 'seen_at', 'str', '2025-06-11 12:11:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('43f69d50-0801-4167-84c5-30dee585856d', '2026-12-05 15:21:12.661736+00', 11, 'site', 'str', 'Site 3', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('386b354a-5e0a-4e82-8d9e-f9f640449dcf', '2026-12-05 15:21:12.661738+00', 11, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cd03a5f9-c981-4f9e-aaa9-ac99735bcf3b', '2026-12-05 15:21:13.145733+00', 1, 'server', 'str', 'srv-02', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d6733373-c9b8-4914-ac90-6d57ca7db1e3', '2026-12-05 15:21:13.145751+00', 1, 'servers', 'str', 'netbox_custom_objects.Table1Model.None', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('6755d4b2-9771-4d24-a4e8-709357d3dbe8', '2026-12-05 15:21:13.145754+00', 1, 'title', 'str', 'Note 1', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('cb449f95-a675-4ee3-9e97-46633879b565', '2026-12-05 15:21:13.333245+00', 2, 'parent', 'str', 'Note 1', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a8af194b-d18a-401f-a1cf-f6d04ae4c207', '2026-12-05 15:21:13.333265+00', 2, 'server', 'str', 'srv-03', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b27f77ab-f402-485e-943e-32f03c2a4bcd', '2026-12-05 15:21:13.333268+00', 2, 'servers', 'str', 'netbox_custom_objects.Table1Model.None', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9ade0d2c-d1fe-45c5-bf39-e45bb1683025', '2026-12-05 15:21:13.33327+00', 2, 'title', 'str', 'Note 2', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7efbaa5d-6257-4809-969d-146d227d5c25', '2026-12-05 15:21:13.55167+00', 3, 'parent', 'str', 'Note 2', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2aadde51-b60a-4ba2-a290-badade7b790a', '2026-12-05 15:21:13.55169+00', 3, 'server', 'str', 'srv-04', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('487c7884-0b52-4bfe-ac9b-ec816219fdcb', '2026-12-05 15:21:13.551692+00', 3, 'servers', 'str', 'netbox_custom_objects.Table1Model.None', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('542b00a6-62e5-49d6-acab-855430c6d0de', '2026-12-05 15:21:13.551695+00', 3, 'title', 'str', 'Note 3', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('17b68a10-f015-4644-bb92-91c5327ec614', '2026-12-05 15:21:13.798651+00', 4, 'parent', 'str', 'Note 3', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9b6edf24-bc7e-42ae-bf6b-36788a352524', '2026-12-05 15:21:13.798676+00', 4, 'server', 'str', 'srv-05', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('22fc212e-5fd7-416b-87a6-aebbefefc6c8', '2026-12-05 15:21:13.79868+00', 4, 'servers', 'str', 'netbox_custom_objects.Table1Model.None', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2b647ac7-8764-4ea1-8afe-368c5705fc4d', '2026-12-05 15:21:13.798683+00', 4, 'title', 'str', 'Note 4', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('8692b1ba-ce8e-4081-958b-1d1e71fe96a5', '2026-12-05 15:21:14.087952+00', 5, 'parent', 'str', 'Note 4', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('a5002b10-4d88-4a1e-ab48-3889a696eee3', '2026-12-05 15:21:14.087968+00', 5, 'server', 'str', 'srv-06', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('af7b0d6f-b4c4-4657-a9bb-e4407058fd00', '2026-12-05 15:21:14.087976+00', 5, 'servers', 'str', 'netbox_custom_objects.Table1Model.None', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('5daedd3a-33b0-47d9-ad32-15d6de590838', '2026-12-05 15:21:14.087978+00', 5, 'title', 'str', 'Note 5', 500, 174);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9f43978b-a9e2-4bbc-bbbd-6dd933e0b3b4', '2026-12-05 15:21:15.011717+00', 1, 'active', 'str', 'True', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('dce6180e-5519-4018-bf5a-41abd7a3ef09', '2026-12-05 15:21:15.011737+00', 1, 'colour', 'str', 'green', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('3f57d4e5-9f37-4f20-91ac-03cdbdfac531', '2026-12-05 15:21:15.01174+00', 1, 'cores', 'int', '64', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('5563eaf9-c9b0-4bc1-8a83-e0718d31e9a3', '2026-12-05 15:21:15.011742+00', 1, 'facts', 'str', '{''rack'': 1, ''roles'': [''web'']}', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('150451e6-7cf9-47cf-8181-c4f72803719a', '2026-12-05 15:21:15.011744+00', 1, 'homepage', 'str', 'https://srv-1.example.com/', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('ee9d70f2-dfd1-432d-b485-58fb61bba2ca', '2026-12-05 15:21:15.011746+00', 1, 'hostname', 'str', 'srv-01', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('731a7f32-778e-41b2-9503-6e0ec4eac2d4', '2026-12-05 15:21:15.011749+00', 1, 'notes', 'str', 'Line one
line two of server 1', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e6c0291c-89a3-44b9-82df-e6bc097273af', '2026-12-05 15:21:15.011751+00', 1, 'palette', 'str', '[''red'']', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('90772e8a-1080-43bb-a51b-0ad37e263746', '2026-12-05 15:21:15.011753+00', 1, 'price', 'float', '1001.01', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b30c4b48-7ab3-4f24-8ac8-c3c0a2fc0683', '2026-12-05 15:21:15.011755+00', 1, 'purchased', 'str', '2024-01-01', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('069b884c-cf3c-4fb8-8121-4717b398a178', '2026-12-05 15:21:15.011757+00', 1, 'seen_at', 'str', '2025-06-01 12:01:00+00:00', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('9c2655a2-bcd5-4e91-b0c4-615b3cee3ce3', '2026-12-05 15:21:15.011759+00', 1, 'site', 'str', 'Site 2', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('d3e0772c-bd00-4b0a-8ccc-401187245a48', '2026-12-05 15:21:15.011761+00', 1, 'tenants', 'str', 'tenancy.Tenant.None', 500, 173);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('90d154bd-7a6f-4f8d-940a-f2fe7b873111', '2026-12-05 15:21:49.180387+00', 1, 'comments', 'str', 'About srv-01', 5000, 128);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('aa470c5c-e3af-44b3-bf7b-8f8fa942bf75', '2026-12-05 15:21:49.283527+00', 2, 'comments', 'str', 'About srv-02', 5000, 128);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('fb880525-c2e7-46ae-86c6-dea4bd310384', '2026-12-05 15:21:49.380923+00', 3, 'comments', 'str', 'About srv-03', 5000, 128);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('dc7f0702-77e7-4f4e-9c53-a2467549de6f', '2026-12-05 15:21:49.48107+00', 4, 'comments', 'str', 'Note journal', 5000, 128);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('2894ca50-1b00-47a7-b3be-2c9178985018', '2026-12-05 15:21:49.626531+00', 1, 'name', 'str', 'upstream-open-branch', 100, 168);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('7c7c3ea8-8ef0-43db-8435-d1ec7e9905dc', '2026-12-05 15:21:49.626555+00', 1, 'description', 'str', 'Opened under upstream custom objects', 500, 168);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('c4d817e7-a107-413f-a6b7-5cb9fda68cf3', '2026-12-05 15:21:59.015672+00', 3, 'name', 'str', 'ticket', 100, 170);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('b48984c0-36e3-4b95-9811-375bab8251eb', '2026-12-05 15:22:00.799559+00', 1, 'name', 'str', 'server_info', 100, 170);
INSERT INTO branch_6flggq2t.extras_cachedvalue VALUES ('e2f7edd8-b9e7-43f7-93af-485847d5a43e', '2026-12-05 15:22:00.799583+00', 1, 'description', 'str', 'Every field type', 500, 170);


--
-- Data for Name: extras_configcontext; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_cluster_groups; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_cluster_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_clusters; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_device_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_locations; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_platforms; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_regions; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_roles; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_site_groups; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_sites; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_tags; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_tenant_groups; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontext_tenants; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configcontextprofile; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_configtemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_imageattachment; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_journalentry; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.extras_journalentry VALUES ('2026-12-05 15:21:49.064526+00', 1, 1, '2026-12-05 15:21:49.064503+00', 'info', 'About srv-01', 173, 1, '{}');
INSERT INTO branch_6flggq2t.extras_journalentry VALUES ('2026-12-05 15:21:49.20626+00', 2, 2, '2026-12-05 15:21:49.206232+00', 'info', 'About srv-02', 173, 1, '{}');
INSERT INTO branch_6flggq2t.extras_journalentry VALUES ('2026-12-05 15:21:49.30188+00', 3, 3, '2026-12-05 15:21:49.301862+00', 'info', 'About srv-03', 173, 1, '{}');
INSERT INTO branch_6flggq2t.extras_journalentry VALUES ('2026-12-05 15:21:49.399643+00', 4, 1, '2026-12-05 15:21:49.399625+00', 'warning', 'Note journal', 174, 1, '{}');


--
-- Data for Name: extras_tableconfig; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_tag; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.extras_tag VALUES ('Tag 1', 'tag-1', '2026-12-05 15:20:54.588444+00', '2026-12-05 15:20:54.588465+00', 1, '9e9e9e', '', 1000, NULL);
INSERT INTO branch_6flggq2t.extras_tag VALUES ('Tag 2', 'tag-2', '2026-12-05 15:20:54.732607+00', '2026-12-05 15:20:54.732621+00', 2, '9e9e9e', '', 1000, NULL);


--
-- Data for Name: extras_tag_object_types; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: extras_taggeditem; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (1, 1, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (2, 2, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (2, 3, 173, 2);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (4, 4, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (5, 5, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (5, 6, 173, 2);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (7, 7, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (8, 8, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (8, 9, 173, 2);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (10, 10, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (11, 11, 173, 1);
INSERT INTO branch_6flggq2t.extras_taggeditem VALUES (11, 12, 173, 2);


--
-- Data for Name: ipam_aggregate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_asn; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_asnrange; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_fhrpgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_fhrpgroupassignment; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_ipaddress; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_iprange; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_prefix; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_rir; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_role; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_routetarget; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_service; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_service_ipaddresses; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_servicetemplate; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vlan; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vlangroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vlantranslationpolicy; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vlantranslationrule; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vrf; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vrf_export_targets; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: ipam_vrf_import_targets; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: netbox_custom_objects_customobjecttype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttype VALUES (2, '2026-12-05 15:20:55.4468+00', '2026-12-05 15:20:55.510679+00', '{}', '', '', 'rack_note', '', '', '', 'rack-notes', 174, '2026-12-05 15:21:09.996384+00', '', 4, '{"base_columns": [{"name": "created", "null": true, "field_class": "DateTimeField"}, {"name": "id", "null": false, "field_class": "BigAutoField"}, {"name": "last_updated", "null": true, "field_class": "DateTimeField"}, {"name": "owner_id", "null": true, "field_class": "ForeignKey"}]}', false, '');
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttype VALUES (3, '2026-12-05 15:21:55.348312+00', '2026-12-05 15:21:55.544732+00', '{}', '', '', 'ticket', '', '', '', 'tickets', 175, '2026-12-05 15:21:58.771898+00', '', 3, '{"base_columns": [{"name": "created", "null": true, "field_class": "DateTimeField"}, {"name": "id", "null": false, "field_class": "BigAutoField"}, {"name": "last_updated", "null": true, "field_class": "DateTimeField"}, {"name": "owner_id", "null": true, "field_class": "ForeignKey"}]}', false, '');
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttype VALUES (1, '2026-12-05 15:20:54.935887+00', '2026-12-05 15:20:55.05407+00', '{}', 'Every field type', '', 'server_info', '', 'Server info', '', 'server-info', 173, '2026-12-05 15:22:00.363365+00', '', 17, '{"base_columns": [{"name": "created", "null": true, "field_class": "DateTimeField"}, {"name": "id", "null": false, "field_class": "BigAutoField"}, {"name": "last_updated", "null": true, "field_class": "DateTimeField"}, {"name": "owner_id", "null": true, "field_class": "ForeignKey"}]}', false, '');


--
-- Data for Name: netbox_custom_objects_customobjecttypefield; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (1, '2026-12-05 15:20:55.954231+00', '2026-12-05 15:20:55.954249+00', 'text', true, 'hostname', '', '', '', true, true, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 1, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (3, '2026-12-05 15:20:57.349782+00', '2026-12-05 15:20:57.349802+00', 'integer', false, 'cores', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, 1, 512, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 3, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (4, '2026-12-05 15:20:58.135578+00', '2026-12-05 15:20:58.135605+00', 'decimal', false, 'price', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 4, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (5, '2026-12-05 15:20:58.859589+00', '2026-12-05 15:20:58.859614+00', 'boolean', false, 'active', '', '', '', false, false, 500, 'loose', 'true', NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 5, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (6, '2026-12-05 15:20:59.547791+00', '2026-12-05 15:20:59.547811+00', 'date', false, 'purchased', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 6, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (7, '2026-12-05 15:21:00.279593+00', '2026-12-05 15:21:00.279611+00', 'datetime', false, 'seen_at', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 7, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (8, '2026-12-05 15:21:00.954784+00', '2026-12-05 15:21:00.954805+00', 'url', false, 'homepage', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 8, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (9, '2026-12-05 15:21:01.629785+00', '2026-12-05 15:21:01.629807+00', 'json', false, 'facts', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 9, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (10, '2026-12-05 15:21:02.265165+00', '2026-12-05 15:21:02.265184+00', 'select', false, 'colour', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', 1, 1, NULL, false, '', false, '', '', 10, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (11, '2026-12-05 15:21:02.943568+00', '2026-12-05 15:21:02.943587+00', 'multiselect', false, 'palette', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', 1, 1, NULL, false, '', false, '', '', 11, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (12, '2026-12-05 15:21:03.708257+00', '2026-12-05 15:21:03.708277+00', 'object', false, 'site', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, 1, false, 'servers', false, '', '', 12, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (13, '2026-12-05 15:21:04.710726+00', '2026-12-05 15:21:04.710744+00', 'multiobject', false, 'tenants', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, 139, false, '', false, '', '', 13, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (14, '2026-12-05 15:21:05.527788+00', '2026-12-05 15:21:05.527812+00', 'coordinates', false, 'location', '', '', '', false, false, 0, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 14, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (15, '2026-12-05 15:21:06.399458+00', '2026-12-05 15:21:06.399488+00', 'object', false, 'owner_ref', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 15, 'set_null', true);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (16, '2026-12-05 15:21:07.133898+00', '2026-12-05 15:21:07.133925+00', 'multiobject', false, 'linked', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 16, 'set_null', true);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (17, '2026-12-05 15:21:07.483368+00', '2026-12-05 15:21:07.483391+00', 'text', true, 'title', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, NULL, false, '', false, '', '', 1, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (18, '2026-12-05 15:21:08.379517+00', '2026-12-05 15:21:08.379538+00', 'object', false, 'server', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 173, false, 'rack_notes', false, '', '', 2, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (19, '2026-12-05 15:21:09.097281+00', '2026-12-05 15:21:09.097304+00', 'object', false, 'parent', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 174, false, 'children', false, '', '', 3, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (20, '2026-12-05 15:21:10.020682+00', '2026-12-05 15:21:10.0207+00', 'multiobject', false, 'servers', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 2, 173, false, 'noted_in', false, '', '', 4, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (21, '2026-12-05 15:21:56.647772+00', '2026-12-05 15:21:56.647797+00', 'text', true, 'summary', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 3, NULL, false, '', false, '', '', 1, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (22, '2026-12-05 15:21:57.799917+00', '2026-12-05 15:21:57.799944+00', 'object', false, 'server', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 3, 173, false, 'tickets', false, '', '', 2, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (23, '2026-12-05 15:21:58.862954+00', '2026-12-05 15:21:58.862982+00', 'decimal', false, 'effort', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 3, NULL, false, '', false, '', '', 3, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (24, '2026-12-05 15:21:59.631842+00', '2026-12-05 15:21:59.631865+00', 'text', false, 'serial', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 17, 'set_null', false);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield VALUES (2, '2026-12-05 15:20:56.576481+00', '2026-12-05 15:22:00.388496+00', 'longtext', false, 'remarks', '', '', '', false, false, 500, 'loose', NULL, NULL, 100, NULL, NULL, '', 'always', 'yes', false, '', NULL, 1, NULL, false, '', false, '', '', 2, 'set_null', false);


--
-- Data for Name: netbox_custom_objects_customobjecttypefield_related_object_93dc; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (1, 15, 1);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (2, 15, 139);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (3, 16, 1);
INSERT INTO branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc VALUES (4, 16, 139);


--
-- Data for Name: tenancy_contact; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: tenancy_contact_groups; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: tenancy_contactassignment; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: tenancy_contactgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: tenancy_contactrole; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: tenancy_tenant; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--

INSERT INTO branch_6flggq2t.tenancy_tenant VALUES ('2026-12-05 15:20:54.3129+00', '2026-12-05 15:20:54.31292+00', '{}', 1, 'Tenant 1', 'tenant-1', '', '', NULL, NULL);
INSERT INTO branch_6flggq2t.tenancy_tenant VALUES ('2026-12-05 15:20:54.464564+00', '2026-12-05 15:20:54.464584+00', '{}', 2, 'Tenant 2', 'tenant-2', '', '', NULL, NULL);


--
-- Data for Name: tenancy_tenantgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_cluster; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_clustergroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_clustertype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_virtualdisk; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_virtualmachine; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_virtualmachinetype; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_vminterface; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: virtualization_vminterface_tagged_vlans; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ikepolicy; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ikepolicy_proposals; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ikeproposal; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ipsecpolicy; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ipsecpolicy_proposals; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ipsecprofile; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_ipsecproposal; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_l2vpn; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_l2vpn_export_targets; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_l2vpn_import_targets; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_l2vpntermination; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_tunnel; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_tunnelgroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: vpn_tunneltermination; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: wireless_wirelesslan; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: wireless_wirelesslangroup; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Data for Name: wireless_wirelesslink; Type: TABLE DATA; Schema: branch_6flggq2t; Owner: -
--



--
-- Name: custom_objects_3_id_seq; Type: SEQUENCE SET; Schema: branch_6flggq2t; Owner: -
--

SELECT pg_catalog.setval('branch_6flggq2t.custom_objects_3_id_seq', 1, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: branch_6flggq2t; Owner: -
--

SELECT pg_catalog.setval('branch_6flggq2t.django_migrations_id_seq', 840, false);


--
-- Name: circuits_circuit circuits_circuit_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuit
    ADD CONSTRAINT circuits_circuit_pkey PRIMARY KEY (id);


--
-- Name: circuits_circuit circuits_circuit_unique_provider_cid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuit
    ADD CONSTRAINT circuits_circuit_unique_provider_cid UNIQUE (provider_id, cid);


--
-- Name: circuits_circuit circuits_circuit_unique_provideraccount_cid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuit
    ADD CONSTRAINT circuits_circuit_unique_provideraccount_cid UNIQUE (provider_account_id, cid);


--
-- Name: circuits_circuitgroup circuits_circuitgroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuitgroup
    ADD CONSTRAINT circuits_circuitgroup_name_key UNIQUE (name);


--
-- Name: circuits_circuitgroup circuits_circuitgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuitgroup
    ADD CONSTRAINT circuits_circuitgroup_pkey PRIMARY KEY (id);


--
-- Name: circuits_circuitgroup circuits_circuitgroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuitgroup
    ADD CONSTRAINT circuits_circuitgroup_slug_key UNIQUE (slug);


--
-- Name: circuits_circuitgroupassignment circuits_circuitgroupassignment_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuitgroupassignment
    ADD CONSTRAINT circuits_circuitgroupassignment_pkey PRIMARY KEY (id);


--
-- Name: circuits_circuitgroupassignment circuits_circuitgroupassignment_unique_member_group; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuitgroupassignment
    ADD CONSTRAINT circuits_circuitgroupassignment_unique_member_group UNIQUE (member_type_id, member_id, group_id);


--
-- Name: circuits_circuittermination circuits_circuittermination_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuittermination
    ADD CONSTRAINT circuits_circuittermination_pkey PRIMARY KEY (id);


--
-- Name: circuits_circuittermination circuits_circuittermination_unique_circuit_term_side; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuittermination
    ADD CONSTRAINT circuits_circuittermination_unique_circuit_term_side UNIQUE (circuit_id, term_side);


--
-- Name: circuits_circuittype circuits_circuittype_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuittype
    ADD CONSTRAINT circuits_circuittype_name_key UNIQUE (name);


--
-- Name: circuits_circuittype circuits_circuittype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuittype
    ADD CONSTRAINT circuits_circuittype_pkey PRIMARY KEY (id);


--
-- Name: circuits_circuittype circuits_circuittype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_circuittype
    ADD CONSTRAINT circuits_circuittype_slug_key UNIQUE (slug);


--
-- Name: circuits_provider_asns circuits_provider_asns_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provider_asns
    ADD CONSTRAINT circuits_provider_asns_pkey PRIMARY KEY (id);


--
-- Name: circuits_provider_asns circuits_provider_asns_provider_id_asn_id_6e573798_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provider_asns
    ADD CONSTRAINT circuits_provider_asns_provider_id_asn_id_6e573798_uniq UNIQUE (provider_id, asn_id);


--
-- Name: circuits_provider circuits_provider_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provider
    ADD CONSTRAINT circuits_provider_name_key UNIQUE (name);


--
-- Name: circuits_provider circuits_provider_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provider
    ADD CONSTRAINT circuits_provider_pkey PRIMARY KEY (id);


--
-- Name: circuits_provider circuits_provider_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provider
    ADD CONSTRAINT circuits_provider_slug_key UNIQUE (slug);


--
-- Name: circuits_provideraccount circuits_provideraccount_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provideraccount
    ADD CONSTRAINT circuits_provideraccount_pkey PRIMARY KEY (id);


--
-- Name: circuits_provideraccount circuits_provideraccount_unique_provider_account; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_provideraccount
    ADD CONSTRAINT circuits_provideraccount_unique_provider_account UNIQUE (provider_id, account);


--
-- Name: circuits_providernetwork circuits_providernetwork_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_providernetwork
    ADD CONSTRAINT circuits_providernetwork_pkey PRIMARY KEY (id);


--
-- Name: circuits_providernetwork circuits_providernetwork_unique_provider_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_providernetwork
    ADD CONSTRAINT circuits_providernetwork_unique_provider_name UNIQUE (provider_id, name);


--
-- Name: circuits_virtualcircuit circuits_virtualcircuit_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuit
    ADD CONSTRAINT circuits_virtualcircuit_pkey PRIMARY KEY (id);


--
-- Name: circuits_virtualcircuit circuits_virtualcircuit_unique_provider_network_cid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuit
    ADD CONSTRAINT circuits_virtualcircuit_unique_provider_network_cid UNIQUE (provider_network_id, cid);


--
-- Name: circuits_virtualcircuit circuits_virtualcircuit_unique_provideraccount_cid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuit
    ADD CONSTRAINT circuits_virtualcircuit_unique_provideraccount_cid UNIQUE (provider_account_id, cid);


--
-- Name: circuits_virtualcircuittermination circuits_virtualcircuittermination_interface_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuittermination
    ADD CONSTRAINT circuits_virtualcircuittermination_interface_id_key UNIQUE (interface_id);


--
-- Name: circuits_virtualcircuittermination circuits_virtualcircuittermination_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuittermination
    ADD CONSTRAINT circuits_virtualcircuittermination_pkey PRIMARY KEY (id);


--
-- Name: circuits_virtualcircuittype circuits_virtualcircuittype_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuittype
    ADD CONSTRAINT circuits_virtualcircuittype_name_key UNIQUE (name);


--
-- Name: circuits_virtualcircuittype circuits_virtualcircuittype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuittype
    ADD CONSTRAINT circuits_virtualcircuittype_pkey PRIMARY KEY (id);


--
-- Name: circuits_virtualcircuittype circuits_virtualcircuittype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.circuits_virtualcircuittype
    ADD CONSTRAINT circuits_virtualcircuittype_slug_key UNIQUE (slug);


--
-- Name: core_objectchange core_objectchange_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.core_objectchange
    ADD CONSTRAINT core_objectchange_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1 custom_objects_1_hostname_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_1
    ADD CONSTRAINT custom_objects_1_hostname_key UNIQUE (hostname);


--
-- Name: custom_objects_1 custom_objects_1_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_1
    ADD CONSTRAINT custom_objects_1_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1_tenants custom_objects_1_tenants_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_tenants_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_1_tenants custom_objects_1_tenants_source_id_target_id_fbc37df7_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_1_tenants
    ADD CONSTRAINT custom_objects_1_tenants_source_id_target_id_fbc37df7_uniq UNIQUE (source_id, target_id);


--
-- Name: custom_objects_2 custom_objects_2_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_2
    ADD CONSTRAINT custom_objects_2_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_2_servers custom_objects_2_servers_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_servers_pkey PRIMARY KEY (id);


--
-- Name: custom_objects_2_servers custom_objects_2_servers_source_id_target_id_5258970b_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_2_servers
    ADD CONSTRAINT custom_objects_2_servers_source_id_target_id_5258970b_uniq UNIQUE (source_id, target_id);


--
-- Name: custom_objects_3 custom_objects_3_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_3
    ADD CONSTRAINT custom_objects_3_pkey PRIMARY KEY (id);


--
-- Name: dcim_cable dcim_cable_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cable
    ADD CONSTRAINT dcim_cable_pkey PRIMARY KEY (id);


--
-- Name: dcim_cablebundle dcim_cablebundle_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cablebundle
    ADD CONSTRAINT dcim_cablebundle_name_key UNIQUE (name);


--
-- Name: dcim_cablebundle dcim_cablebundle_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cablebundle
    ADD CONSTRAINT dcim_cablebundle_pkey PRIMARY KEY (id);


--
-- Name: dcim_cablepath dcim_cablepath_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cablepath
    ADD CONSTRAINT dcim_cablepath_pkey PRIMARY KEY (id);


--
-- Name: dcim_cabletermination dcim_cabletermination_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cabletermination
    ADD CONSTRAINT dcim_cabletermination_pkey PRIMARY KEY (id);


--
-- Name: dcim_cabletermination dcim_cabletermination_unique_connector; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cabletermination
    ADD CONSTRAINT dcim_cabletermination_unique_connector UNIQUE (cable_id, cable_end, connector);


--
-- Name: dcim_cabletermination dcim_cabletermination_unique_termination; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_cabletermination
    ADD CONSTRAINT dcim_cabletermination_unique_termination UNIQUE (termination_type_id, termination_id);


--
-- Name: dcim_consoleport dcim_consoleport_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleport
    ADD CONSTRAINT dcim_consoleport_pkey PRIMARY KEY (id);


--
-- Name: dcim_consoleport dcim_consoleport_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleport
    ADD CONSTRAINT dcim_consoleport_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_consoleporttemplate dcim_consoleporttemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleporttemplate
    ADD CONSTRAINT dcim_consoleporttemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_consoleporttemplate dcim_consoleporttemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleporttemplate
    ADD CONSTRAINT dcim_consoleporttemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_consoleporttemplate dcim_consoleporttemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleporttemplate
    ADD CONSTRAINT dcim_consoleporttemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_consoleserverport dcim_consoleserverport_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleserverport
    ADD CONSTRAINT dcim_consoleserverport_pkey PRIMARY KEY (id);


--
-- Name: dcim_consoleserverport dcim_consoleserverport_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleserverport
    ADD CONSTRAINT dcim_consoleserverport_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_consoleserverporttemplate dcim_consoleserverporttemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleserverporttemplate
    ADD CONSTRAINT dcim_consoleserverporttemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_consoleserverporttemplate dcim_consoleserverporttemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleserverporttemplate
    ADD CONSTRAINT dcim_consoleserverporttemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_consoleserverporttemplate dcim_consoleserverporttemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_consoleserverporttemplate
    ADD CONSTRAINT dcim_consoleserverporttemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_coolingfeed dcim_coolingfeed_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingfeed
    ADD CONSTRAINT dcim_coolingfeed_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingfeed dcim_coolingfeed_unique_cooling_source_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingfeed
    ADD CONSTRAINT dcim_coolingfeed_unique_cooling_source_name UNIQUE (cooling_source_id, name);


--
-- Name: dcim_coolingintake dcim_coolingintake_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingintake
    ADD CONSTRAINT dcim_coolingintake_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingintake dcim_coolingintake_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingintake
    ADD CONSTRAINT dcim_coolingintake_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_coolingintaketemplate dcim_coolingintaketemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingintaketemplate
    ADD CONSTRAINT dcim_coolingintaketemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingintaketemplate dcim_coolingintaketemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingintaketemplate
    ADD CONSTRAINT dcim_coolingintaketemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_coolingintaketemplate dcim_coolingintaketemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingintaketemplate
    ADD CONSTRAINT dcim_coolingintaketemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_coolingoutflow dcim_coolingoutflow_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingoutflow
    ADD CONSTRAINT dcim_coolingoutflow_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingoutflow dcim_coolingoutflow_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingoutflow
    ADD CONSTRAINT dcim_coolingoutflow_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_coolingoutflowtemplate dcim_coolingoutflowtemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingoutflowtemplate
    ADD CONSTRAINT dcim_coolingoutflowtemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingoutflowtemplate dcim_coolingoutflowtemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingoutflowtemplate
    ADD CONSTRAINT dcim_coolingoutflowtemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_coolingoutflowtemplate dcim_coolingoutflowtemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingoutflowtemplate
    ADD CONSTRAINT dcim_coolingoutflowtemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_coolingsource dcim_coolingsource_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingsource
    ADD CONSTRAINT dcim_coolingsource_pkey PRIMARY KEY (id);


--
-- Name: dcim_coolingsource dcim_coolingsource_unique_site_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_coolingsource
    ADD CONSTRAINT dcim_coolingsource_unique_site_name UNIQUE (site_id, name);


--
-- Name: dcim_device dcim_device_asset_tag_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_asset_tag_key UNIQUE (asset_tag);


--
-- Name: dcim_device dcim_device_oob_ip_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_oob_ip_id_key UNIQUE (oob_ip_id);


--
-- Name: dcim_device dcim_device_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_pkey PRIMARY KEY (id);


--
-- Name: dcim_device dcim_device_primary_ip4_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_primary_ip4_id_key UNIQUE (primary_ip4_id);


--
-- Name: dcim_device dcim_device_primary_ip6_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_primary_ip6_id_key UNIQUE (primary_ip6_id);


--
-- Name: dcim_device dcim_device_unique_rack_position_face; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_unique_rack_position_face UNIQUE (rack_id, "position", face);


--
-- Name: dcim_device dcim_device_unique_virtual_chassis_vc_position; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_device
    ADD CONSTRAINT dcim_device_unique_virtual_chassis_vc_position UNIQUE (virtual_chassis_id, vc_position);


--
-- Name: dcim_devicebay dcim_devicebay_installed_device_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicebay
    ADD CONSTRAINT dcim_devicebay_installed_device_id_key UNIQUE (installed_device_id);


--
-- Name: dcim_devicebay dcim_devicebay_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicebay
    ADD CONSTRAINT dcim_devicebay_pkey PRIMARY KEY (id);


--
-- Name: dcim_devicebay dcim_devicebay_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicebay
    ADD CONSTRAINT dcim_devicebay_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_devicebaytemplate dcim_devicebaytemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicebaytemplate
    ADD CONSTRAINT dcim_devicebaytemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_devicebaytemplate dcim_devicebaytemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicebaytemplate
    ADD CONSTRAINT dcim_devicebaytemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_devicerole dcim_devicerole_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicerole
    ADD CONSTRAINT dcim_devicerole_parent_name UNIQUE NULLS NOT DISTINCT (parent_id, name);


--
-- Name: dcim_devicerole dcim_devicerole_parent_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicerole
    ADD CONSTRAINT dcim_devicerole_parent_slug UNIQUE NULLS NOT DISTINCT (parent_id, slug);


--
-- Name: dcim_devicerole dcim_devicerole_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicerole
    ADD CONSTRAINT dcim_devicerole_pkey PRIMARY KEY (id);


--
-- Name: dcim_devicetype dcim_devicetype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicetype
    ADD CONSTRAINT dcim_devicetype_pkey PRIMARY KEY (id);


--
-- Name: dcim_devicetype dcim_devicetype_unique_manufacturer_model; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicetype
    ADD CONSTRAINT dcim_devicetype_unique_manufacturer_model UNIQUE (manufacturer_id, model);


--
-- Name: dcim_devicetype dcim_devicetype_unique_manufacturer_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_devicetype
    ADD CONSTRAINT dcim_devicetype_unique_manufacturer_slug UNIQUE (manufacturer_id, slug);


--
-- Name: dcim_frontport dcim_frontport_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_frontport
    ADD CONSTRAINT dcim_frontport_pkey PRIMARY KEY (id);


--
-- Name: dcim_frontport dcim_frontport_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_frontport
    ADD CONSTRAINT dcim_frontport_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_frontporttemplate dcim_frontporttemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_frontporttemplate
    ADD CONSTRAINT dcim_frontporttemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_frontporttemplate dcim_frontporttemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_frontporttemplate
    ADD CONSTRAINT dcim_frontporttemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_frontporttemplate dcim_frontporttemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_frontporttemplate
    ADD CONSTRAINT dcim_frontporttemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_interface dcim_interface_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface
    ADD CONSTRAINT dcim_interface_pkey PRIMARY KEY (id);


--
-- Name: dcim_interface dcim_interface_primary_mac_address_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface
    ADD CONSTRAINT dcim_interface_primary_mac_address_id_key UNIQUE (primary_mac_address_id);


--
-- Name: dcim_interface_tagged_vlans dcim_interface_tagged_vlans_interface_id_vlan_id_0d55c576_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_tagged_vlans
    ADD CONSTRAINT dcim_interface_tagged_vlans_interface_id_vlan_id_0d55c576_uniq UNIQUE (interface_id, vlan_id);


--
-- Name: dcim_interface_tagged_vlans dcim_interface_tagged_vlans_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_tagged_vlans
    ADD CONSTRAINT dcim_interface_tagged_vlans_pkey PRIMARY KEY (id);


--
-- Name: dcim_interface dcim_interface_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface
    ADD CONSTRAINT dcim_interface_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_interface dcim_interface_unique_parent_channel_id; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface
    ADD CONSTRAINT dcim_interface_unique_parent_channel_id UNIQUE (parent_id, channel_id);


--
-- Name: dcim_interface_vdcs dcim_interface_vdcs_interface_id_virtualdevi_cca9c2a6_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_vdcs
    ADD CONSTRAINT dcim_interface_vdcs_interface_id_virtualdevi_cca9c2a6_uniq UNIQUE (interface_id, virtualdevicecontext_id);


--
-- Name: dcim_interface_vdcs dcim_interface_vdcs_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_vdcs
    ADD CONSTRAINT dcim_interface_vdcs_pkey PRIMARY KEY (id);


--
-- Name: dcim_interface_wireless_lans dcim_interface_wireless__interface_id_wirelesslan_b52fb3d8_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_wireless_lans
    ADD CONSTRAINT dcim_interface_wireless__interface_id_wirelesslan_b52fb3d8_uniq UNIQUE (interface_id, wirelesslan_id);


--
-- Name: dcim_interface_wireless_lans dcim_interface_wireless_lans_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interface_wireless_lans
    ADD CONSTRAINT dcim_interface_wireless_lans_pkey PRIMARY KEY (id);


--
-- Name: dcim_interfacetemplate dcim_interfacetemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interfacetemplate
    ADD CONSTRAINT dcim_interfacetemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_interfacetemplate dcim_interfacetemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interfacetemplate
    ADD CONSTRAINT dcim_interfacetemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_interfacetemplate dcim_interfacetemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interfacetemplate
    ADD CONSTRAINT dcim_interfacetemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_interfacetemplate dcim_interfacetemplate_unique_parent_channel_id; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_interfacetemplate
    ADD CONSTRAINT dcim_interfacetemplate_unique_parent_channel_id UNIQUE (parent_id, channel_id);


--
-- Name: dcim_inventoryitem dcim_inventoryitem_asset_tag_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitem
    ADD CONSTRAINT dcim_inventoryitem_asset_tag_key UNIQUE (asset_tag);


--
-- Name: dcim_inventoryitem dcim_inventoryitem_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitem
    ADD CONSTRAINT dcim_inventoryitem_pkey PRIMARY KEY (id);


--
-- Name: dcim_inventoryitem dcim_inventoryitem_unique_device_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitem
    ADD CONSTRAINT dcim_inventoryitem_unique_device_parent_name UNIQUE (device_id, parent_id, name);


--
-- Name: dcim_inventoryitemrole dcim_inventoryitemrole_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitemrole
    ADD CONSTRAINT dcim_inventoryitemrole_name_key UNIQUE (name);


--
-- Name: dcim_inventoryitemrole dcim_inventoryitemrole_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitemrole
    ADD CONSTRAINT dcim_inventoryitemrole_pkey PRIMARY KEY (id);


--
-- Name: dcim_inventoryitemrole dcim_inventoryitemrole_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitemrole
    ADD CONSTRAINT dcim_inventoryitemrole_slug_key UNIQUE (slug);


--
-- Name: dcim_inventoryitemtemplate dcim_inventoryitemtemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitemtemplate
    ADD CONSTRAINT dcim_inventoryitemtemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_inventoryitemtemplate dcim_inventoryitemtemplate_unique_device_type_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_inventoryitemtemplate
    ADD CONSTRAINT dcim_inventoryitemtemplate_unique_device_type_parent_name UNIQUE (device_type_id, parent_id, name);


--
-- Name: dcim_location dcim_location_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_location
    ADD CONSTRAINT dcim_location_parent_name UNIQUE NULLS NOT DISTINCT (site_id, parent_id, name);


--
-- Name: dcim_location dcim_location_parent_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_location
    ADD CONSTRAINT dcim_location_parent_slug UNIQUE NULLS NOT DISTINCT (site_id, parent_id, slug);


--
-- Name: dcim_location dcim_location_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_location
    ADD CONSTRAINT dcim_location_pkey PRIMARY KEY (id);


--
-- Name: dcim_macaddress dcim_macaddress_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_macaddress
    ADD CONSTRAINT dcim_macaddress_pkey PRIMARY KEY (id);


--
-- Name: dcim_manufacturer dcim_manufacturer_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_manufacturer
    ADD CONSTRAINT dcim_manufacturer_name_key UNIQUE (name);


--
-- Name: dcim_manufacturer dcim_manufacturer_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_manufacturer
    ADD CONSTRAINT dcim_manufacturer_pkey PRIMARY KEY (id);


--
-- Name: dcim_manufacturer dcim_manufacturer_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_manufacturer
    ADD CONSTRAINT dcim_manufacturer_slug_key UNIQUE (slug);


--
-- Name: dcim_module dcim_module_asset_tag_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_module
    ADD CONSTRAINT dcim_module_asset_tag_key UNIQUE (asset_tag);


--
-- Name: dcim_module dcim_module_module_bay_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_module
    ADD CONSTRAINT dcim_module_module_bay_id_key UNIQUE (module_bay_id);


--
-- Name: dcim_module dcim_module_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_module
    ADD CONSTRAINT dcim_module_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebay_module_bay_types dcim_modulebay_module_ba_modulebay_id_modulebayty_7ee2114b_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebay_module_bay_types
    ADD CONSTRAINT dcim_modulebay_module_ba_modulebay_id_modulebayty_7ee2114b_uniq UNIQUE (modulebay_id, modulebaytype_id);


--
-- Name: dcim_modulebay_module_bay_types dcim_modulebay_module_bay_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebay_module_bay_types
    ADD CONSTRAINT dcim_modulebay_module_bay_types_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebay dcim_modulebay_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebay
    ADD CONSTRAINT dcim_modulebay_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebay dcim_modulebay_unique_device_module_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebay
    ADD CONSTRAINT dcim_modulebay_unique_device_module_name UNIQUE (device_id, module_id, name);


--
-- Name: dcim_modulebaytemplate_module_bay_types dcim_modulebaytemplate_m_modulebaytemplate_id_mod_df45a237_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytemplate_module_bay_types
    ADD CONSTRAINT dcim_modulebaytemplate_m_modulebaytemplate_id_mod_df45a237_uniq UNIQUE (modulebaytemplate_id, modulebaytype_id);


--
-- Name: dcim_modulebaytemplate_module_bay_types dcim_modulebaytemplate_module_bay_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytemplate_module_bay_types
    ADD CONSTRAINT dcim_modulebaytemplate_module_bay_types_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebaytemplate dcim_modulebaytemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytemplate
    ADD CONSTRAINT dcim_modulebaytemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebaytemplate dcim_modulebaytemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytemplate
    ADD CONSTRAINT dcim_modulebaytemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_modulebaytemplate dcim_modulebaytemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytemplate
    ADD CONSTRAINT dcim_modulebaytemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_modulebaytype dcim_modulebaytype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytype
    ADD CONSTRAINT dcim_modulebaytype_pkey PRIMARY KEY (id);


--
-- Name: dcim_modulebaytype dcim_modulebaytype_unique_manufacturer_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytype
    ADD CONSTRAINT dcim_modulebaytype_unique_manufacturer_name UNIQUE NULLS NOT DISTINCT (manufacturer_id, name);


--
-- Name: dcim_modulebaytype dcim_modulebaytype_unique_manufacturer_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_modulebaytype
    ADD CONSTRAINT dcim_modulebaytype_unique_manufacturer_slug UNIQUE NULLS NOT DISTINCT (manufacturer_id, slug);


--
-- Name: dcim_moduletype_module_bay_types dcim_moduletype_module_b_moduletype_id_modulebayt_7223f088_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletype_module_bay_types
    ADD CONSTRAINT dcim_moduletype_module_b_moduletype_id_modulebayt_7223f088_uniq UNIQUE (moduletype_id, modulebaytype_id);


--
-- Name: dcim_moduletype_module_bay_types dcim_moduletype_module_bay_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletype_module_bay_types
    ADD CONSTRAINT dcim_moduletype_module_bay_types_pkey PRIMARY KEY (id);


--
-- Name: dcim_moduletype dcim_moduletype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletype
    ADD CONSTRAINT dcim_moduletype_pkey PRIMARY KEY (id);


--
-- Name: dcim_moduletype dcim_moduletype_unique_manufacturer_model; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletype
    ADD CONSTRAINT dcim_moduletype_unique_manufacturer_model UNIQUE (manufacturer_id, model);


--
-- Name: dcim_moduletypeprofile dcim_moduletypeprofile_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletypeprofile
    ADD CONSTRAINT dcim_moduletypeprofile_name_key UNIQUE (name);


--
-- Name: dcim_moduletypeprofile dcim_moduletypeprofile_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_moduletypeprofile
    ADD CONSTRAINT dcim_moduletypeprofile_pkey PRIMARY KEY (id);


--
-- Name: dcim_platform dcim_platform_manufacturer_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_platform
    ADD CONSTRAINT dcim_platform_manufacturer_name UNIQUE NULLS NOT DISTINCT (manufacturer_id, name);


--
-- Name: dcim_platform dcim_platform_manufacturer_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_platform
    ADD CONSTRAINT dcim_platform_manufacturer_slug UNIQUE NULLS NOT DISTINCT (manufacturer_id, slug);


--
-- Name: dcim_platform dcim_platform_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_platform
    ADD CONSTRAINT dcim_platform_pkey PRIMARY KEY (id);


--
-- Name: dcim_portmapping dcim_portmapping_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_portmapping
    ADD CONSTRAINT dcim_portmapping_pkey PRIMARY KEY (id);


--
-- Name: dcim_portmapping dcim_portmapping_unique_front_port_position; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_portmapping
    ADD CONSTRAINT dcim_portmapping_unique_front_port_position UNIQUE (front_port_id, front_port_position);


--
-- Name: dcim_portmapping dcim_portmapping_unique_rear_port_position; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_portmapping
    ADD CONSTRAINT dcim_portmapping_unique_rear_port_position UNIQUE (rear_port_id, rear_port_position);


--
-- Name: dcim_porttemplatemapping dcim_porttemplatemapping_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_porttemplatemapping
    ADD CONSTRAINT dcim_porttemplatemapping_pkey PRIMARY KEY (id);


--
-- Name: dcim_porttemplatemapping dcim_porttemplatemapping_unique_front_port_position; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_porttemplatemapping
    ADD CONSTRAINT dcim_porttemplatemapping_unique_front_port_position UNIQUE (front_port_id, front_port_position);


--
-- Name: dcim_porttemplatemapping dcim_porttemplatemapping_unique_rear_port_position; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_porttemplatemapping
    ADD CONSTRAINT dcim_porttemplatemapping_unique_rear_port_position UNIQUE (rear_port_id, rear_port_position);


--
-- Name: dcim_powerfeed dcim_powerfeed_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerfeed
    ADD CONSTRAINT dcim_powerfeed_pkey PRIMARY KEY (id);


--
-- Name: dcim_powerfeed dcim_powerfeed_unique_power_panel_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerfeed
    ADD CONSTRAINT dcim_powerfeed_unique_power_panel_name UNIQUE (power_panel_id, name);


--
-- Name: dcim_poweroutlet dcim_poweroutlet_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_poweroutlet
    ADD CONSTRAINT dcim_poweroutlet_pkey PRIMARY KEY (id);


--
-- Name: dcim_poweroutlet dcim_poweroutlet_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_poweroutlet
    ADD CONSTRAINT dcim_poweroutlet_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_poweroutlettemplate dcim_poweroutlettemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_poweroutlettemplate
    ADD CONSTRAINT dcim_poweroutlettemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_poweroutlettemplate dcim_poweroutlettemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_poweroutlettemplate
    ADD CONSTRAINT dcim_poweroutlettemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_poweroutlettemplate dcim_poweroutlettemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_poweroutlettemplate
    ADD CONSTRAINT dcim_poweroutlettemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_powerpanel dcim_powerpanel_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerpanel
    ADD CONSTRAINT dcim_powerpanel_pkey PRIMARY KEY (id);


--
-- Name: dcim_powerpanel dcim_powerpanel_unique_site_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerpanel
    ADD CONSTRAINT dcim_powerpanel_unique_site_name UNIQUE (site_id, name);


--
-- Name: dcim_powerport dcim_powerport_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerport
    ADD CONSTRAINT dcim_powerport_pkey PRIMARY KEY (id);


--
-- Name: dcim_powerport dcim_powerport_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerport
    ADD CONSTRAINT dcim_powerport_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_powerporttemplate dcim_powerporttemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerporttemplate
    ADD CONSTRAINT dcim_powerporttemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_powerporttemplate dcim_powerporttemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerporttemplate
    ADD CONSTRAINT dcim_powerporttemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_powerporttemplate dcim_powerporttemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_powerporttemplate
    ADD CONSTRAINT dcim_powerporttemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_rack dcim_rack_asset_tag_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rack
    ADD CONSTRAINT dcim_rack_asset_tag_key UNIQUE (asset_tag);


--
-- Name: dcim_rack dcim_rack_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rack
    ADD CONSTRAINT dcim_rack_pkey PRIMARY KEY (id);


--
-- Name: dcim_rack dcim_rack_unique_location_facility_id; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rack
    ADD CONSTRAINT dcim_rack_unique_location_facility_id UNIQUE (location_id, facility_id);


--
-- Name: dcim_rack dcim_rack_unique_location_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rack
    ADD CONSTRAINT dcim_rack_unique_location_name UNIQUE (location_id, name);


--
-- Name: dcim_rackgroup dcim_rackgroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackgroup
    ADD CONSTRAINT dcim_rackgroup_name_key UNIQUE (name);


--
-- Name: dcim_rackgroup dcim_rackgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackgroup
    ADD CONSTRAINT dcim_rackgroup_pkey PRIMARY KEY (id);


--
-- Name: dcim_rackgroup dcim_rackgroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackgroup
    ADD CONSTRAINT dcim_rackgroup_slug_key UNIQUE (slug);


--
-- Name: dcim_rackreservation dcim_rackreservation_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackreservation
    ADD CONSTRAINT dcim_rackreservation_pkey PRIMARY KEY (id);


--
-- Name: dcim_rackrole dcim_rackrole_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackrole
    ADD CONSTRAINT dcim_rackrole_name_key UNIQUE (name);


--
-- Name: dcim_rackrole dcim_rackrole_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackrole
    ADD CONSTRAINT dcim_rackrole_pkey PRIMARY KEY (id);


--
-- Name: dcim_rackrole dcim_rackrole_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rackrole
    ADD CONSTRAINT dcim_rackrole_slug_key UNIQUE (slug);


--
-- Name: dcim_racktype dcim_racktype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_racktype
    ADD CONSTRAINT dcim_racktype_pkey PRIMARY KEY (id);


--
-- Name: dcim_racktype dcim_racktype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_racktype
    ADD CONSTRAINT dcim_racktype_slug_key UNIQUE (slug);


--
-- Name: dcim_racktype dcim_racktype_unique_manufacturer_model; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_racktype
    ADD CONSTRAINT dcim_racktype_unique_manufacturer_model UNIQUE (manufacturer_id, model);


--
-- Name: dcim_racktype dcim_racktype_unique_manufacturer_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_racktype
    ADD CONSTRAINT dcim_racktype_unique_manufacturer_slug UNIQUE (manufacturer_id, slug);


--
-- Name: dcim_rearport dcim_rearport_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rearport
    ADD CONSTRAINT dcim_rearport_pkey PRIMARY KEY (id);


--
-- Name: dcim_rearport dcim_rearport_unique_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rearport
    ADD CONSTRAINT dcim_rearport_unique_device_name UNIQUE (device_id, name);


--
-- Name: dcim_rearporttemplate dcim_rearporttemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rearporttemplate
    ADD CONSTRAINT dcim_rearporttemplate_pkey PRIMARY KEY (id);


--
-- Name: dcim_rearporttemplate dcim_rearporttemplate_unique_device_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rearporttemplate
    ADD CONSTRAINT dcim_rearporttemplate_unique_device_type_name UNIQUE (device_type_id, name);


--
-- Name: dcim_rearporttemplate dcim_rearporttemplate_unique_module_type_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_rearporttemplate
    ADD CONSTRAINT dcim_rearporttemplate_unique_module_type_name UNIQUE (module_type_id, name);


--
-- Name: dcim_region dcim_region_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_region
    ADD CONSTRAINT dcim_region_parent_name UNIQUE NULLS NOT DISTINCT (parent_id, name);


--
-- Name: dcim_region dcim_region_parent_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_region
    ADD CONSTRAINT dcim_region_parent_slug UNIQUE NULLS NOT DISTINCT (parent_id, slug);


--
-- Name: dcim_region dcim_region_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_region
    ADD CONSTRAINT dcim_region_pkey PRIMARY KEY (id);


--
-- Name: dcim_site_asns dcim_site_asns_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_site_asns
    ADD CONSTRAINT dcim_site_asns_pkey PRIMARY KEY (id);


--
-- Name: dcim_site_asns dcim_site_asns_site_id_asn_id_1a5a6f23_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_site_asns
    ADD CONSTRAINT dcim_site_asns_site_id_asn_id_1a5a6f23_uniq UNIQUE (site_id, asn_id);


--
-- Name: dcim_site dcim_site_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_site
    ADD CONSTRAINT dcim_site_name_key UNIQUE (name);


--
-- Name: dcim_site dcim_site_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_site
    ADD CONSTRAINT dcim_site_pkey PRIMARY KEY (id);


--
-- Name: dcim_site dcim_site_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_site
    ADD CONSTRAINT dcim_site_slug_key UNIQUE (slug);


--
-- Name: dcim_sitegroup dcim_sitegroup_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_sitegroup
    ADD CONSTRAINT dcim_sitegroup_parent_name UNIQUE NULLS NOT DISTINCT (parent_id, name);


--
-- Name: dcim_sitegroup dcim_sitegroup_parent_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_sitegroup
    ADD CONSTRAINT dcim_sitegroup_parent_slug UNIQUE NULLS NOT DISTINCT (parent_id, slug);


--
-- Name: dcim_sitegroup dcim_sitegroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_sitegroup
    ADD CONSTRAINT dcim_sitegroup_pkey PRIMARY KEY (id);


--
-- Name: dcim_virtualchassis dcim_virtualchassis_master_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualchassis
    ADD CONSTRAINT dcim_virtualchassis_master_id_key UNIQUE (master_id);


--
-- Name: dcim_virtualchassis dcim_virtualchassis_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualchassis
    ADD CONSTRAINT dcim_virtualchassis_pkey PRIMARY KEY (id);


--
-- Name: dcim_virtualdevicecontext dcim_virtualdevicecontext_device_identifier; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualdevicecontext
    ADD CONSTRAINT dcim_virtualdevicecontext_device_identifier UNIQUE (device_id, identifier);


--
-- Name: dcim_virtualdevicecontext dcim_virtualdevicecontext_device_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualdevicecontext
    ADD CONSTRAINT dcim_virtualdevicecontext_device_name UNIQUE (device_id, name);


--
-- Name: dcim_virtualdevicecontext dcim_virtualdevicecontext_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualdevicecontext
    ADD CONSTRAINT dcim_virtualdevicecontext_pkey PRIMARY KEY (id);


--
-- Name: dcim_virtualdevicecontext dcim_virtualdevicecontext_primary_ip4_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualdevicecontext
    ADD CONSTRAINT dcim_virtualdevicecontext_primary_ip4_id_key UNIQUE (primary_ip4_id);


--
-- Name: dcim_virtualdevicecontext dcim_virtualdevicecontext_primary_ip6_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.dcim_virtualdevicecontext
    ADD CONSTRAINT dcim_virtualdevicecontext_primary_ip6_id_key UNIQUE (primary_ip6_id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: extras_cachedvalue extras_cachedvalue_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_cachedvalue
    ADD CONSTRAINT extras_cachedvalue_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_clusters extras_configcontext_clu_configcontext_id_cluster_0c7e5d20_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_clusters
    ADD CONSTRAINT extras_configcontext_clu_configcontext_id_cluster_0c7e5d20_uniq UNIQUE (configcontext_id, cluster_id);


--
-- Name: extras_configcontext_cluster_types extras_configcontext_clu_configcontext_id_cluster_4a2d5e56_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_cluster_types
    ADD CONSTRAINT extras_configcontext_clu_configcontext_id_cluster_4a2d5e56_uniq UNIQUE (configcontext_id, clustertype_id);


--
-- Name: extras_configcontext_cluster_groups extras_configcontext_clu_configcontext_id_cluster_bc530192_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_cluster_groups
    ADD CONSTRAINT extras_configcontext_clu_configcontext_id_cluster_bc530192_uniq UNIQUE (configcontext_id, clustergroup_id);


--
-- Name: extras_configcontext_cluster_groups extras_configcontext_cluster_groups_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_cluster_groups
    ADD CONSTRAINT extras_configcontext_cluster_groups_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_cluster_types extras_configcontext_cluster_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_cluster_types
    ADD CONSTRAINT extras_configcontext_cluster_types_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_clusters extras_configcontext_clusters_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_clusters
    ADD CONSTRAINT extras_configcontext_clusters_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_device_types extras_configcontext_dev_configcontext_id_devicet_a0aaba6f_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_device_types
    ADD CONSTRAINT extras_configcontext_dev_configcontext_id_devicet_a0aaba6f_uniq UNIQUE (configcontext_id, devicetype_id);


--
-- Name: extras_configcontext_device_types extras_configcontext_device_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_device_types
    ADD CONSTRAINT extras_configcontext_device_types_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_locations extras_configcontext_loc_configcontext_id_locatio_15d9b342_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_locations
    ADD CONSTRAINT extras_configcontext_loc_configcontext_id_locatio_15d9b342_uniq UNIQUE (configcontext_id, location_id);


--
-- Name: extras_configcontext_locations extras_configcontext_locations_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_locations
    ADD CONSTRAINT extras_configcontext_locations_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext extras_configcontext_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext
    ADD CONSTRAINT extras_configcontext_name_key UNIQUE (name);


--
-- Name: extras_configcontext extras_configcontext_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext
    ADD CONSTRAINT extras_configcontext_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_platforms extras_configcontext_pla_configcontext_id_platfor_3c67c104_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_platforms
    ADD CONSTRAINT extras_configcontext_pla_configcontext_id_platfor_3c67c104_uniq UNIQUE (configcontext_id, platform_id);


--
-- Name: extras_configcontext_platforms extras_configcontext_platforms_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_platforms
    ADD CONSTRAINT extras_configcontext_platforms_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_regions extras_configcontext_reg_configcontext_id_region__d4a1d77f_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_regions
    ADD CONSTRAINT extras_configcontext_reg_configcontext_id_region__d4a1d77f_uniq UNIQUE (configcontext_id, region_id);


--
-- Name: extras_configcontext_regions extras_configcontext_regions_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_regions
    ADD CONSTRAINT extras_configcontext_regions_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_roles extras_configcontext_rol_configcontext_id_devicer_4d8dbb50_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_roles
    ADD CONSTRAINT extras_configcontext_rol_configcontext_id_devicer_4d8dbb50_uniq UNIQUE (configcontext_id, devicerole_id);


--
-- Name: extras_configcontext_roles extras_configcontext_roles_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_roles
    ADD CONSTRAINT extras_configcontext_roles_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_sites extras_configcontext_sit_configcontext_id_site_id_a4fe5f4f_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_sites
    ADD CONSTRAINT extras_configcontext_sit_configcontext_id_site_id_a4fe5f4f_uniq UNIQUE (configcontext_id, site_id);


--
-- Name: extras_configcontext_site_groups extras_configcontext_sit_configcontext_id_sitegro_4caa52ec_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_site_groups
    ADD CONSTRAINT extras_configcontext_sit_configcontext_id_sitegro_4caa52ec_uniq UNIQUE (configcontext_id, sitegroup_id);


--
-- Name: extras_configcontext_site_groups extras_configcontext_site_groups_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_site_groups
    ADD CONSTRAINT extras_configcontext_site_groups_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_sites extras_configcontext_sites_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_sites
    ADD CONSTRAINT extras_configcontext_sites_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_tags extras_configcontext_tags_configcontext_id_tag_id_f6c53016_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tags
    ADD CONSTRAINT extras_configcontext_tags_configcontext_id_tag_id_f6c53016_uniq UNIQUE (configcontext_id, tag_id);


--
-- Name: extras_configcontext_tags extras_configcontext_tags_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tags
    ADD CONSTRAINT extras_configcontext_tags_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_tenants extras_configcontext_ten_configcontext_id_tenant__aefb257d_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tenants
    ADD CONSTRAINT extras_configcontext_ten_configcontext_id_tenant__aefb257d_uniq UNIQUE (configcontext_id, tenant_id);


--
-- Name: extras_configcontext_tenant_groups extras_configcontext_ten_configcontext_id_tenantg_d6afc6f5_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tenant_groups
    ADD CONSTRAINT extras_configcontext_ten_configcontext_id_tenantg_d6afc6f5_uniq UNIQUE (configcontext_id, tenantgroup_id);


--
-- Name: extras_configcontext_tenant_groups extras_configcontext_tenant_groups_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tenant_groups
    ADD CONSTRAINT extras_configcontext_tenant_groups_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontext_tenants extras_configcontext_tenants_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontext_tenants
    ADD CONSTRAINT extras_configcontext_tenants_pkey PRIMARY KEY (id);


--
-- Name: extras_configcontextprofile extras_configcontextprofile_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontextprofile
    ADD CONSTRAINT extras_configcontextprofile_name_key UNIQUE (name);


--
-- Name: extras_configcontextprofile extras_configcontextprofile_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configcontextprofile
    ADD CONSTRAINT extras_configcontextprofile_pkey PRIMARY KEY (id);


--
-- Name: extras_configtemplate extras_configtemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_configtemplate
    ADD CONSTRAINT extras_configtemplate_pkey PRIMARY KEY (id);


--
-- Name: extras_imageattachment extras_imageattachment_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_imageattachment
    ADD CONSTRAINT extras_imageattachment_pkey PRIMARY KEY (id);


--
-- Name: extras_journalentry extras_journalentry_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_journalentry
    ADD CONSTRAINT extras_journalentry_pkey PRIMARY KEY (id);


--
-- Name: extras_tableconfig extras_tableconfig_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tableconfig
    ADD CONSTRAINT extras_tableconfig_pkey PRIMARY KEY (id);


--
-- Name: extras_tag extras_tag_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tag
    ADD CONSTRAINT extras_tag_name_key UNIQUE (name);


--
-- Name: extras_tag_object_types extras_tag_object_types_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tag_object_types
    ADD CONSTRAINT extras_tag_object_types_pkey PRIMARY KEY (id);


--
-- Name: extras_tag_object_types extras_tag_object_types_tag_id_contenttype_id_2ff9910c_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tag_object_types
    ADD CONSTRAINT extras_tag_object_types_tag_id_contenttype_id_2ff9910c_uniq UNIQUE (tag_id, contenttype_id);


--
-- Name: extras_tag extras_tag_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tag
    ADD CONSTRAINT extras_tag_pkey PRIMARY KEY (id);


--
-- Name: extras_tag extras_tag_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_tag
    ADD CONSTRAINT extras_tag_slug_key UNIQUE (slug);


--
-- Name: extras_taggeditem extras_taggeditem_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.extras_taggeditem
    ADD CONSTRAINT extras_taggeditem_pkey PRIMARY KEY (id);


--
-- Name: ipam_aggregate ipam_aggregate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_aggregate
    ADD CONSTRAINT ipam_aggregate_pkey PRIMARY KEY (id);


--
-- Name: ipam_asn ipam_asn_asn_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_asn
    ADD CONSTRAINT ipam_asn_asn_key UNIQUE (asn);


--
-- Name: ipam_asn ipam_asn_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_asn
    ADD CONSTRAINT ipam_asn_pkey PRIMARY KEY (id);


--
-- Name: ipam_asnrange ipam_asnrange_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_asnrange
    ADD CONSTRAINT ipam_asnrange_name_key UNIQUE (name);


--
-- Name: ipam_asnrange ipam_asnrange_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_asnrange
    ADD CONSTRAINT ipam_asnrange_pkey PRIMARY KEY (id);


--
-- Name: ipam_asnrange ipam_asnrange_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_asnrange
    ADD CONSTRAINT ipam_asnrange_slug_key UNIQUE (slug);


--
-- Name: ipam_fhrpgroup ipam_fhrpgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_fhrpgroup
    ADD CONSTRAINT ipam_fhrpgroup_pkey PRIMARY KEY (id);


--
-- Name: ipam_fhrpgroupassignment ipam_fhrpgroupassignment_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_fhrpgroupassignment
    ADD CONSTRAINT ipam_fhrpgroupassignment_pkey PRIMARY KEY (id);


--
-- Name: ipam_fhrpgroupassignment ipam_fhrpgroupassignment_unique_interface_group; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_fhrpgroupassignment
    ADD CONSTRAINT ipam_fhrpgroupassignment_unique_interface_group UNIQUE (interface_type_id, interface_id, group_id);


--
-- Name: ipam_ipaddress ipam_ipaddress_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_ipaddress
    ADD CONSTRAINT ipam_ipaddress_pkey PRIMARY KEY (id);


--
-- Name: ipam_iprange ipam_iprange_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_iprange
    ADD CONSTRAINT ipam_iprange_pkey PRIMARY KEY (id);


--
-- Name: vpn_l2vpn_export_targets ipam_l2vpn_export_targets_l2vpn_id_routetarget_id_eea90661_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn_export_targets
    ADD CONSTRAINT ipam_l2vpn_export_targets_l2vpn_id_routetarget_id_eea90661_uniq UNIQUE (l2vpn_id, routetarget_id);


--
-- Name: vpn_l2vpn_export_targets ipam_l2vpn_export_targets_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn_export_targets
    ADD CONSTRAINT ipam_l2vpn_export_targets_pkey PRIMARY KEY (id);


--
-- Name: vpn_l2vpn_import_targets ipam_l2vpn_import_targets_l2vpn_id_routetarget_id_96af344c_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn_import_targets
    ADD CONSTRAINT ipam_l2vpn_import_targets_l2vpn_id_routetarget_id_96af344c_uniq UNIQUE (l2vpn_id, routetarget_id);


--
-- Name: vpn_l2vpn_import_targets ipam_l2vpn_import_targets_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn_import_targets
    ADD CONSTRAINT ipam_l2vpn_import_targets_pkey PRIMARY KEY (id);


--
-- Name: ipam_prefix ipam_prefix_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_prefix
    ADD CONSTRAINT ipam_prefix_pkey PRIMARY KEY (id);


--
-- Name: ipam_rir ipam_rir_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_rir
    ADD CONSTRAINT ipam_rir_name_key UNIQUE (name);


--
-- Name: ipam_rir ipam_rir_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_rir
    ADD CONSTRAINT ipam_rir_pkey PRIMARY KEY (id);


--
-- Name: ipam_rir ipam_rir_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_rir
    ADD CONSTRAINT ipam_rir_slug_key UNIQUE (slug);


--
-- Name: ipam_role ipam_role_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_role
    ADD CONSTRAINT ipam_role_name_key UNIQUE (name);


--
-- Name: ipam_role ipam_role_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_role
    ADD CONSTRAINT ipam_role_pkey PRIMARY KEY (id);


--
-- Name: ipam_role ipam_role_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_role
    ADD CONSTRAINT ipam_role_slug_key UNIQUE (slug);


--
-- Name: ipam_routetarget ipam_routetarget_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_routetarget
    ADD CONSTRAINT ipam_routetarget_name_key UNIQUE (name);


--
-- Name: ipam_routetarget ipam_routetarget_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_routetarget
    ADD CONSTRAINT ipam_routetarget_pkey PRIMARY KEY (id);


--
-- Name: ipam_service_ipaddresses ipam_service_ipaddresses_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_service_ipaddresses
    ADD CONSTRAINT ipam_service_ipaddresses_pkey PRIMARY KEY (id);


--
-- Name: ipam_service_ipaddresses ipam_service_ipaddresses_service_id_ipaddress_id_d019a805_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_service_ipaddresses
    ADD CONSTRAINT ipam_service_ipaddresses_service_id_ipaddress_id_d019a805_uniq UNIQUE (service_id, ipaddress_id);


--
-- Name: ipam_service ipam_service_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_service
    ADD CONSTRAINT ipam_service_pkey PRIMARY KEY (id);


--
-- Name: ipam_servicetemplate ipam_servicetemplate_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_servicetemplate
    ADD CONSTRAINT ipam_servicetemplate_name_key UNIQUE (name);


--
-- Name: ipam_servicetemplate ipam_servicetemplate_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_servicetemplate
    ADD CONSTRAINT ipam_servicetemplate_pkey PRIMARY KEY (id);


--
-- Name: ipam_vlan ipam_vlan_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlan
    ADD CONSTRAINT ipam_vlan_pkey PRIMARY KEY (id);


--
-- Name: ipam_vlan ipam_vlan_unique_group_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlan
    ADD CONSTRAINT ipam_vlan_unique_group_name UNIQUE (group_id, name);


--
-- Name: ipam_vlan ipam_vlan_unique_group_vid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlan
    ADD CONSTRAINT ipam_vlan_unique_group_vid UNIQUE (group_id, vid);


--
-- Name: ipam_vlan ipam_vlan_unique_qinq_svlan_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlan
    ADD CONSTRAINT ipam_vlan_unique_qinq_svlan_name UNIQUE (qinq_svlan_id, name);


--
-- Name: ipam_vlan ipam_vlan_unique_qinq_svlan_vid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlan
    ADD CONSTRAINT ipam_vlan_unique_qinq_svlan_vid UNIQUE (qinq_svlan_id, vid);


--
-- Name: ipam_vlangroup ipam_vlangroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlangroup
    ADD CONSTRAINT ipam_vlangroup_pkey PRIMARY KEY (id);


--
-- Name: ipam_vlangroup ipam_vlangroup_unique_scope_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlangroup
    ADD CONSTRAINT ipam_vlangroup_unique_scope_name UNIQUE (scope_type_id, scope_id, name);


--
-- Name: ipam_vlangroup ipam_vlangroup_unique_scope_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlangroup
    ADD CONSTRAINT ipam_vlangroup_unique_scope_slug UNIQUE (scope_type_id, scope_id, slug);


--
-- Name: ipam_vlantranslationpolicy ipam_vlantranslationpolicy_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlantranslationpolicy
    ADD CONSTRAINT ipam_vlantranslationpolicy_name_key UNIQUE (name);


--
-- Name: ipam_vlantranslationpolicy ipam_vlantranslationpolicy_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlantranslationpolicy
    ADD CONSTRAINT ipam_vlantranslationpolicy_pkey PRIMARY KEY (id);


--
-- Name: ipam_vlantranslationrule ipam_vlantranslationrule_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlantranslationrule
    ADD CONSTRAINT ipam_vlantranslationrule_pkey PRIMARY KEY (id);


--
-- Name: ipam_vlantranslationrule ipam_vlantranslationrule_unique_policy_local_vid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlantranslationrule
    ADD CONSTRAINT ipam_vlantranslationrule_unique_policy_local_vid UNIQUE (policy_id, local_vid);


--
-- Name: ipam_vlantranslationrule ipam_vlantranslationrule_unique_policy_remote_vid; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vlantranslationrule
    ADD CONSTRAINT ipam_vlantranslationrule_unique_policy_remote_vid UNIQUE (policy_id, remote_vid);


--
-- Name: ipam_vrf_export_targets ipam_vrf_export_targets_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf_export_targets
    ADD CONSTRAINT ipam_vrf_export_targets_pkey PRIMARY KEY (id);


--
-- Name: ipam_vrf_export_targets ipam_vrf_export_targets_vrf_id_routetarget_id_63ba8c62_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf_export_targets
    ADD CONSTRAINT ipam_vrf_export_targets_vrf_id_routetarget_id_63ba8c62_uniq UNIQUE (vrf_id, routetarget_id);


--
-- Name: ipam_vrf_import_targets ipam_vrf_import_targets_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf_import_targets
    ADD CONSTRAINT ipam_vrf_import_targets_pkey PRIMARY KEY (id);


--
-- Name: ipam_vrf_import_targets ipam_vrf_import_targets_vrf_id_routetarget_id_399b155f_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf_import_targets
    ADD CONSTRAINT ipam_vrf_import_targets_vrf_id_routetarget_id_399b155f_uniq UNIQUE (vrf_id, routetarget_id);


--
-- Name: ipam_vrf ipam_vrf_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf
    ADD CONSTRAINT ipam_vrf_pkey PRIMARY KEY (id);


--
-- Name: ipam_vrf ipam_vrf_rd_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.ipam_vrf
    ADD CONSTRAINT ipam_vrf_rd_key UNIQUE (rd);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_objects_cu_customobjecttypefield_id_ee045993_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_objects_cu_customobjecttypefield_id_ee045993_uniq UNIQUE (customobjecttypefield_id, objecttype_id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_name_key UNIQUE (name);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_object_type_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_object_type_id_key UNIQUE (object_type_id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttype netbox_custom_objects_customobjecttype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttype
    ADD CONSTRAINT netbox_custom_objects_customobjecttype_slug_key UNIQUE (slug);


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_objects_customobjecttypefield_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttypefield_related_object_93dc netbox_custom_objects_customobjecttypefield_related_object_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_related_object_pkey PRIMARY KEY (id);


--
-- Name: netbox_custom_objects_customobjecttypefield netbox_custom_objects_customobjecttypefield_unique_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.netbox_custom_objects_customobjecttypefield
    ADD CONSTRAINT netbox_custom_objects_customobjecttypefield_unique_name UNIQUE (name, custom_object_type_id);


--
-- Name: tenancy_contact_groups tenancy_contact_groups_contact_id_contactgroup_id_f4434f2c_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contact_groups
    ADD CONSTRAINT tenancy_contact_groups_contact_id_contactgroup_id_f4434f2c_uniq UNIQUE (contactgroup_id, contact_id);


--
-- Name: tenancy_contact_groups tenancy_contact_groups_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contact_groups
    ADD CONSTRAINT tenancy_contact_groups_pkey PRIMARY KEY (id);


--
-- Name: tenancy_contact tenancy_contact_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contact
    ADD CONSTRAINT tenancy_contact_pkey PRIMARY KEY (id);


--
-- Name: tenancy_contactassignment tenancy_contactassignment_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactassignment
    ADD CONSTRAINT tenancy_contactassignment_pkey PRIMARY KEY (id);


--
-- Name: tenancy_contactassignment tenancy_contactassignment_unique_object_contact_role; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactassignment
    ADD CONSTRAINT tenancy_contactassignment_unique_object_contact_role UNIQUE (object_type_id, object_id, contact_id, role_id);


--
-- Name: tenancy_contactgroup tenancy_contactgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactgroup
    ADD CONSTRAINT tenancy_contactgroup_pkey PRIMARY KEY (id);


--
-- Name: tenancy_contactgroup tenancy_contactgroup_unique_parent_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactgroup
    ADD CONSTRAINT tenancy_contactgroup_unique_parent_name UNIQUE (parent_id, name);


--
-- Name: tenancy_contactrole tenancy_contactrole_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactrole
    ADD CONSTRAINT tenancy_contactrole_name_key UNIQUE (name);


--
-- Name: tenancy_contactrole tenancy_contactrole_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactrole
    ADD CONSTRAINT tenancy_contactrole_pkey PRIMARY KEY (id);


--
-- Name: tenancy_contactrole tenancy_contactrole_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_contactrole
    ADD CONSTRAINT tenancy_contactrole_slug_key UNIQUE (slug);


--
-- Name: tenancy_tenant tenancy_tenant_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenant
    ADD CONSTRAINT tenancy_tenant_pkey PRIMARY KEY (id);


--
-- Name: tenancy_tenant tenancy_tenant_unique_group_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenant
    ADD CONSTRAINT tenancy_tenant_unique_group_name UNIQUE NULLS NOT DISTINCT (group_id, name);


--
-- Name: tenancy_tenant tenancy_tenant_unique_group_slug; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenant
    ADD CONSTRAINT tenancy_tenant_unique_group_slug UNIQUE NULLS NOT DISTINCT (group_id, slug);


--
-- Name: tenancy_tenantgroup tenancy_tenantgroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenantgroup
    ADD CONSTRAINT tenancy_tenantgroup_name_key UNIQUE (name);


--
-- Name: tenancy_tenantgroup tenancy_tenantgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenantgroup
    ADD CONSTRAINT tenancy_tenantgroup_pkey PRIMARY KEY (id);


--
-- Name: tenancy_tenantgroup tenancy_tenantgroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.tenancy_tenantgroup
    ADD CONSTRAINT tenancy_tenantgroup_slug_key UNIQUE (slug);


--
-- Name: virtualization_cluster virtualization_cluster_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_cluster
    ADD CONSTRAINT virtualization_cluster_pkey PRIMARY KEY (id);


--
-- Name: virtualization_cluster virtualization_cluster_unique__site_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_cluster
    ADD CONSTRAINT virtualization_cluster_unique__site_name UNIQUE (_site_id, name);


--
-- Name: virtualization_cluster virtualization_cluster_unique_group_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_cluster
    ADD CONSTRAINT virtualization_cluster_unique_group_name UNIQUE (group_id, name);


--
-- Name: virtualization_clustergroup virtualization_clustergroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustergroup
    ADD CONSTRAINT virtualization_clustergroup_name_key UNIQUE (name);


--
-- Name: virtualization_clustergroup virtualization_clustergroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustergroup
    ADD CONSTRAINT virtualization_clustergroup_pkey PRIMARY KEY (id);


--
-- Name: virtualization_clustergroup virtualization_clustergroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustergroup
    ADD CONSTRAINT virtualization_clustergroup_slug_key UNIQUE (slug);


--
-- Name: virtualization_clustertype virtualization_clustertype_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustertype
    ADD CONSTRAINT virtualization_clustertype_name_key UNIQUE (name);


--
-- Name: virtualization_clustertype virtualization_clustertype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustertype
    ADD CONSTRAINT virtualization_clustertype_pkey PRIMARY KEY (id);


--
-- Name: virtualization_clustertype virtualization_clustertype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_clustertype
    ADD CONSTRAINT virtualization_clustertype_slug_key UNIQUE (slug);


--
-- Name: virtualization_virtualdisk virtualization_virtualdisk_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualdisk
    ADD CONSTRAINT virtualization_virtualdisk_pkey PRIMARY KEY (id);


--
-- Name: virtualization_virtualdisk virtualization_virtualdisk_unique_virtual_machine_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualdisk
    ADD CONSTRAINT virtualization_virtualdisk_unique_virtual_machine_name UNIQUE (virtual_machine_id, name);


--
-- Name: virtualization_virtualmachine virtualization_virtualmachine_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualmachine
    ADD CONSTRAINT virtualization_virtualmachine_pkey PRIMARY KEY (id);


--
-- Name: virtualization_virtualmachine virtualization_virtualmachine_primary_ip4_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualmachine
    ADD CONSTRAINT virtualization_virtualmachine_primary_ip4_id_key UNIQUE (primary_ip4_id);


--
-- Name: virtualization_virtualmachine virtualization_virtualmachine_primary_ip6_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualmachine
    ADD CONSTRAINT virtualization_virtualmachine_primary_ip6_id_key UNIQUE (primary_ip6_id);


--
-- Name: virtualization_virtualmachinetype virtualization_virtualmachinetype_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualmachinetype
    ADD CONSTRAINT virtualization_virtualmachinetype_pkey PRIMARY KEY (id);


--
-- Name: virtualization_virtualmachinetype virtualization_virtualmachinetype_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_virtualmachinetype
    ADD CONSTRAINT virtualization_virtualmachinetype_slug_key UNIQUE (slug);


--
-- Name: virtualization_vminterface_tagged_vlans virtualization_vminterfa_vminterface_id_vlan_id_27e907db_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_vminterface_tagged_vlans
    ADD CONSTRAINT virtualization_vminterfa_vminterface_id_vlan_id_27e907db_uniq UNIQUE (vminterface_id, vlan_id);


--
-- Name: virtualization_vminterface virtualization_vminterface_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_vminterface
    ADD CONSTRAINT virtualization_vminterface_pkey PRIMARY KEY (id);


--
-- Name: virtualization_vminterface virtualization_vminterface_primary_mac_address_id_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_vminterface
    ADD CONSTRAINT virtualization_vminterface_primary_mac_address_id_key UNIQUE (primary_mac_address_id);


--
-- Name: virtualization_vminterface_tagged_vlans virtualization_vminterface_tagged_vlans_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_vminterface_tagged_vlans
    ADD CONSTRAINT virtualization_vminterface_tagged_vlans_pkey PRIMARY KEY (id);


--
-- Name: virtualization_vminterface virtualization_vminterface_unique_virtual_machine_name; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.virtualization_vminterface
    ADD CONSTRAINT virtualization_vminterface_unique_virtual_machine_name UNIQUE (virtual_machine_id, name);


--
-- Name: vpn_ikepolicy vpn_ikepolicy_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikepolicy
    ADD CONSTRAINT vpn_ikepolicy_name_key UNIQUE (name);


--
-- Name: vpn_ikepolicy vpn_ikepolicy_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikepolicy
    ADD CONSTRAINT vpn_ikepolicy_pkey PRIMARY KEY (id);


--
-- Name: vpn_ikepolicy_proposals vpn_ikepolicy_proposals_ikepolicy_id_ikeproposal_0c3baa9c_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikepolicy_proposals
    ADD CONSTRAINT vpn_ikepolicy_proposals_ikepolicy_id_ikeproposal_0c3baa9c_uniq UNIQUE (ikepolicy_id, ikeproposal_id);


--
-- Name: vpn_ikepolicy_proposals vpn_ikepolicy_proposals_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikepolicy_proposals
    ADD CONSTRAINT vpn_ikepolicy_proposals_pkey PRIMARY KEY (id);


--
-- Name: vpn_ikeproposal vpn_ikeproposal_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikeproposal
    ADD CONSTRAINT vpn_ikeproposal_name_key UNIQUE (name);


--
-- Name: vpn_ikeproposal vpn_ikeproposal_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ikeproposal
    ADD CONSTRAINT vpn_ikeproposal_pkey PRIMARY KEY (id);


--
-- Name: vpn_ipsecpolicy vpn_ipsecpolicy_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecpolicy
    ADD CONSTRAINT vpn_ipsecpolicy_name_key UNIQUE (name);


--
-- Name: vpn_ipsecpolicy vpn_ipsecpolicy_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecpolicy
    ADD CONSTRAINT vpn_ipsecpolicy_pkey PRIMARY KEY (id);


--
-- Name: vpn_ipsecpolicy_proposals vpn_ipsecpolicy_proposal_ipsecpolicy_id_ipsecprop_72096768_uniq; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecpolicy_proposals
    ADD CONSTRAINT vpn_ipsecpolicy_proposal_ipsecpolicy_id_ipsecprop_72096768_uniq UNIQUE (ipsecpolicy_id, ipsecproposal_id);


--
-- Name: vpn_ipsecpolicy_proposals vpn_ipsecpolicy_proposals_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecpolicy_proposals
    ADD CONSTRAINT vpn_ipsecpolicy_proposals_pkey PRIMARY KEY (id);


--
-- Name: vpn_ipsecprofile vpn_ipsecprofile_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecprofile
    ADD CONSTRAINT vpn_ipsecprofile_name_key UNIQUE (name);


--
-- Name: vpn_ipsecprofile vpn_ipsecprofile_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecprofile
    ADD CONSTRAINT vpn_ipsecprofile_pkey PRIMARY KEY (id);


--
-- Name: vpn_ipsecproposal vpn_ipsecproposal_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecproposal
    ADD CONSTRAINT vpn_ipsecproposal_name_key UNIQUE (name);


--
-- Name: vpn_ipsecproposal vpn_ipsecproposal_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_ipsecproposal
    ADD CONSTRAINT vpn_ipsecproposal_pkey PRIMARY KEY (id);


--
-- Name: vpn_l2vpn vpn_l2vpn_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn
    ADD CONSTRAINT vpn_l2vpn_name_key UNIQUE (name);


--
-- Name: vpn_l2vpn vpn_l2vpn_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn
    ADD CONSTRAINT vpn_l2vpn_pkey PRIMARY KEY (id);


--
-- Name: vpn_l2vpn vpn_l2vpn_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpn
    ADD CONSTRAINT vpn_l2vpn_slug_key UNIQUE (slug);


--
-- Name: vpn_l2vpntermination vpn_l2vpntermination_assigned_object; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpntermination
    ADD CONSTRAINT vpn_l2vpntermination_assigned_object UNIQUE (assigned_object_type_id, assigned_object_id);


--
-- Name: vpn_l2vpntermination vpn_l2vpntermination_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_l2vpntermination
    ADD CONSTRAINT vpn_l2vpntermination_pkey PRIMARY KEY (id);


--
-- Name: vpn_tunnel vpn_tunnel_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunnel
    ADD CONSTRAINT vpn_tunnel_name_key UNIQUE (name);


--
-- Name: vpn_tunnel vpn_tunnel_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunnel
    ADD CONSTRAINT vpn_tunnel_pkey PRIMARY KEY (id);


--
-- Name: vpn_tunnelgroup vpn_tunnelgroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunnelgroup
    ADD CONSTRAINT vpn_tunnelgroup_name_key UNIQUE (name);


--
-- Name: vpn_tunnelgroup vpn_tunnelgroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunnelgroup
    ADD CONSTRAINT vpn_tunnelgroup_pkey PRIMARY KEY (id);


--
-- Name: vpn_tunnelgroup vpn_tunnelgroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunnelgroup
    ADD CONSTRAINT vpn_tunnelgroup_slug_key UNIQUE (slug);


--
-- Name: vpn_tunneltermination vpn_tunneltermination_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunneltermination
    ADD CONSTRAINT vpn_tunneltermination_pkey PRIMARY KEY (id);


--
-- Name: vpn_tunneltermination vpn_tunneltermination_termination; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.vpn_tunneltermination
    ADD CONSTRAINT vpn_tunneltermination_termination UNIQUE (termination_type_id, termination_id);


--
-- Name: wireless_wirelesslan wireless_wirelesslan_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslan
    ADD CONSTRAINT wireless_wirelesslan_pkey PRIMARY KEY (id);


--
-- Name: wireless_wirelesslangroup wireless_wirelesslangroup_name_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslangroup
    ADD CONSTRAINT wireless_wirelesslangroup_name_key UNIQUE (name);


--
-- Name: wireless_wirelesslangroup wireless_wirelesslangroup_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslangroup
    ADD CONSTRAINT wireless_wirelesslangroup_pkey PRIMARY KEY (id);


--
-- Name: wireless_wirelesslangroup wireless_wirelesslangroup_slug_key; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslangroup
    ADD CONSTRAINT wireless_wirelesslangroup_slug_key UNIQUE (slug);


--
-- Name: wireless_wirelesslink wireless_wirelesslink_pkey; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslink
    ADD CONSTRAINT wireless_wirelesslink_pkey PRIMARY KEY (id);


--
-- Name: wireless_wirelesslink wireless_wirelesslink_unique_interfaces; Type: CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.wireless_wirelesslink
    ADD CONSTRAINT wireless_wirelesslink_unique_interfaces UNIQUE (interface_a_id, interface_b_id);


--
-- Name: circuits_ci_group_i_2f8327_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_ci_group_i_2f8327_idx ON branch_6flggq2t.circuits_circuitgroupassignment USING btree (group_id, member_type_id, member_id, priority, id);


--
-- Name: circuits_ci_provide_a0c42c_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_ci_provide_a0c42c_idx ON branch_6flggq2t.circuits_circuit USING btree (provider_id, provider_account_id, cid);


--
-- Name: circuits_ci_termina_505dda_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_ci_termina_505dda_idx ON branch_6flggq2t.circuits_circuittermination USING btree (termination_type_id, termination_id);


--
-- Name: circuits_circuit_owner_id_c330c2d0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_owner_id_c330c2d0 ON branch_6flggq2t.circuits_circuit USING btree (owner_id);


--
-- Name: circuits_circuit_provider_account_id_a7c8f61b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_provider_account_id_a7c8f61b ON branch_6flggq2t.circuits_circuit USING btree (provider_account_id);


--
-- Name: circuits_circuit_provider_id_d9195418; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_provider_id_d9195418 ON branch_6flggq2t.circuits_circuit USING btree (provider_id);


--
-- Name: circuits_circuit_tenant_id_812508a5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_tenant_id_812508a5 ON branch_6flggq2t.circuits_circuit USING btree (tenant_id);


--
-- Name: circuits_circuit_termination_a_id_f891adac; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_termination_a_id_f891adac ON branch_6flggq2t.circuits_circuit USING btree (termination_a_id);


--
-- Name: circuits_circuit_termination_z_id_377b8551; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_termination_z_id_377b8551 ON branch_6flggq2t.circuits_circuit USING btree (termination_z_id);


--
-- Name: circuits_circuit_type_id_1b9f485a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuit_type_id_1b9f485a ON branch_6flggq2t.circuits_circuit USING btree (type_id);


--
-- Name: circuits_circuitgroup_name_ec8ac1e5_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroup_name_ec8ac1e5_like ON branch_6flggq2t.circuits_circuitgroup USING btree (name varchar_pattern_ops);


--
-- Name: circuits_circuitgroup_owner_id_1edf4d64; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroup_owner_id_1edf4d64 ON branch_6flggq2t.circuits_circuitgroup USING btree (owner_id);


--
-- Name: circuits_circuitgroup_slug_61ca866b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroup_slug_61ca866b_like ON branch_6flggq2t.circuits_circuitgroup USING btree (slug varchar_pattern_ops);


--
-- Name: circuits_circuitgroup_tenant_id_5bafdc3f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroup_tenant_id_5bafdc3f ON branch_6flggq2t.circuits_circuitgroup USING btree (tenant_id);


--
-- Name: circuits_circuitgroupassignment_group_id_1a7b6580; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroupassignment_group_id_1a7b6580 ON branch_6flggq2t.circuits_circuitgroupassignment USING btree (group_id);


--
-- Name: circuits_circuitgroupassignment_member_type_id_779d1a13; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuitgroupassignment_member_type_id_779d1a13 ON branch_6flggq2t.circuits_circuitgroupassignment USING btree (member_type_id);


--
-- Name: circuits_circuittermination__location_id_4a578dca; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination__location_id_4a578dca ON branch_6flggq2t.circuits_circuittermination USING btree (_location_id);


--
-- Name: circuits_circuittermination__region_id_1fa03379; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination__region_id_1fa03379 ON branch_6flggq2t.circuits_circuittermination USING btree (_region_id);


--
-- Name: circuits_circuittermination__site_group_id_ec0c1998; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination__site_group_id_ec0c1998 ON branch_6flggq2t.circuits_circuittermination USING btree (_site_group_id);


--
-- Name: circuits_circuittermination__site_id_84942491; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination__site_id_84942491 ON branch_6flggq2t.circuits_circuittermination USING btree (_site_id);


--
-- Name: circuits_circuittermination_cable_id_35e9f703; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination_cable_id_35e9f703 ON branch_6flggq2t.circuits_circuittermination USING btree (cable_id);


--
-- Name: circuits_circuittermination_circuit_id_257e87e7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination_circuit_id_257e87e7 ON branch_6flggq2t.circuits_circuittermination USING btree (circuit_id);


--
-- Name: circuits_circuittermination_provider_network_id_b0c660f1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination_provider_network_id_b0c660f1 ON branch_6flggq2t.circuits_circuittermination USING btree (_provider_network_id);


--
-- Name: circuits_circuittermination_termination_type_id_c9262c91; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittermination_termination_type_id_c9262c91 ON branch_6flggq2t.circuits_circuittermination USING btree (termination_type_id);


--
-- Name: circuits_circuittype_name_8256ea9a_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittype_name_8256ea9a_like ON branch_6flggq2t.circuits_circuittype USING btree (name varchar_pattern_ops);


--
-- Name: circuits_circuittype_owner_id_9c3200c2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittype_owner_id_9c3200c2 ON branch_6flggq2t.circuits_circuittype USING btree (owner_id);


--
-- Name: circuits_circuittype_slug_9b4b3cf9_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_circuittype_slug_9b4b3cf9_like ON branch_6flggq2t.circuits_circuittype USING btree (slug varchar_pattern_ops);


--
-- Name: circuits_provider_asns_asn_id_0a6c53b3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provider_asns_asn_id_0a6c53b3 ON branch_6flggq2t.circuits_provider_asns USING btree (asn_id);


--
-- Name: circuits_provider_asns_provider_id_becc3f7e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provider_asns_provider_id_becc3f7e ON branch_6flggq2t.circuits_provider_asns USING btree (provider_id);


--
-- Name: circuits_provider_name_8f2514f5_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provider_name_8f2514f5_like ON branch_6flggq2t.circuits_provider USING btree (name varchar_pattern_ops);


--
-- Name: circuits_provider_owner_id_9f9749b4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provider_owner_id_9f9749b4 ON branch_6flggq2t.circuits_provider USING btree (owner_id);


--
-- Name: circuits_provider_slug_c3c0aa10_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provider_slug_c3c0aa10_like ON branch_6flggq2t.circuits_provider USING btree (slug varchar_pattern_ops);


--
-- Name: circuits_provideraccount_owner_id_6dcd4819; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provideraccount_owner_id_6dcd4819 ON branch_6flggq2t.circuits_provideraccount USING btree (owner_id);


--
-- Name: circuits_provideraccount_provider_id_4bcd7e50; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_provideraccount_provider_id_4bcd7e50 ON branch_6flggq2t.circuits_provideraccount USING btree (provider_id);


--
-- Name: circuits_provideraccount_unique_provider_name; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX circuits_provideraccount_unique_provider_name ON branch_6flggq2t.circuits_provideraccount USING btree (provider_id, name) WHERE (NOT ((name)::text = ''::text));


--
-- Name: circuits_providernetwork_owner_id_caa8afde; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_providernetwork_owner_id_caa8afde ON branch_6flggq2t.circuits_providernetwork USING btree (owner_id);


--
-- Name: circuits_providernetwork_provider_id_7992236c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_providernetwork_provider_id_7992236c ON branch_6flggq2t.circuits_providernetwork USING btree (provider_id);


--
-- Name: circuits_vi_provide_989efa_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_vi_provide_989efa_idx ON branch_6flggq2t.circuits_virtualcircuit USING btree (provider_network_id, provider_account_id, cid);


--
-- Name: circuits_vi_virtual_4b5c0c_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_vi_virtual_4b5c0c_idx ON branch_6flggq2t.circuits_virtualcircuittermination USING btree (virtual_circuit_id, role, id);


--
-- Name: circuits_virtualcircuit_owner_id_89564a1e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuit_owner_id_89564a1e ON branch_6flggq2t.circuits_virtualcircuit USING btree (owner_id);


--
-- Name: circuits_virtualcircuit_provider_account_id_d942f455; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuit_provider_account_id_d942f455 ON branch_6flggq2t.circuits_virtualcircuit USING btree (provider_account_id);


--
-- Name: circuits_virtualcircuit_provider_network_id_a902f409; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuit_provider_network_id_a902f409 ON branch_6flggq2t.circuits_virtualcircuit USING btree (provider_network_id);


--
-- Name: circuits_virtualcircuit_tenant_id_4458eca7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuit_tenant_id_4458eca7 ON branch_6flggq2t.circuits_virtualcircuit USING btree (tenant_id);


--
-- Name: circuits_virtualcircuit_type_id_8527d682; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuit_type_id_8527d682 ON branch_6flggq2t.circuits_virtualcircuit USING btree (type_id);


--
-- Name: circuits_virtualcircuittermination_virtual_circuit_id_ca588886; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuittermination_virtual_circuit_id_ca588886 ON branch_6flggq2t.circuits_virtualcircuittermination USING btree (virtual_circuit_id);


--
-- Name: circuits_virtualcircuittype_name_5184db16_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuittype_name_5184db16_like ON branch_6flggq2t.circuits_virtualcircuittype USING btree (name varchar_pattern_ops);


--
-- Name: circuits_virtualcircuittype_owner_id_12a50b80; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuittype_owner_id_12a50b80 ON branch_6flggq2t.circuits_virtualcircuittype USING btree (owner_id);


--
-- Name: circuits_virtualcircuittype_slug_75d5c661_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX circuits_virtualcircuittype_slug_75d5c661_like ON branch_6flggq2t.circuits_virtualcircuittype USING btree (slug varchar_pattern_ops);


--
-- Name: co_1_owner_ref_gfk; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX co_1_owner_ref_gfk ON branch_6flggq2t.custom_objects_1 USING btree (owner_ref_content_type_id, owner_ref_object_id);


--
-- Name: core_objectchange_changed_object_type_id_2070ade6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_changed_object_type_id_2070ade6 ON branch_6flggq2t.core_objectchange USING btree (changed_object_type_id);


--
-- Name: core_objectchange_changed_object_type_id_cha_79a9ed1e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_changed_object_type_id_cha_79a9ed1e ON branch_6flggq2t.core_objectchange USING btree (changed_object_type_id, changed_object_id);


--
-- Name: core_objectchange_related_object_type_id_b80958af; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_related_object_type_id_b80958af ON branch_6flggq2t.core_objectchange USING btree (related_object_type_id);


--
-- Name: core_objectchange_related_object_type_id_rel_a71d604a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_related_object_type_id_rel_a71d604a ON branch_6flggq2t.core_objectchange USING btree (related_object_type_id, related_object_id);


--
-- Name: core_objectchange_request_id_d9d160ac; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_request_id_d9d160ac ON branch_6flggq2t.core_objectchange USING btree (request_id);


--
-- Name: core_objectchange_time_800f60a5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_time_800f60a5 ON branch_6flggq2t.core_objectchange USING btree ("time");


--
-- Name: core_objectchange_user_id_2b2142be; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX core_objectchange_user_id_2b2142be ON branch_6flggq2t.core_objectchange USING btree (user_id);


--
-- Name: custom_objects_1_hostname_959b0206_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_1_hostname_959b0206_like ON branch_6flggq2t.custom_objects_1 USING btree (hostname varchar_pattern_ops);


--
-- Name: custom_objects_1_owner_ref_content_type_id_3614ec3c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_1_owner_ref_content_type_id_3614ec3c ON branch_6flggq2t.custom_objects_1 USING btree (owner_ref_content_type_id);


--
-- Name: custom_objects_1_site_id_5f975611; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_1_site_id_5f975611 ON branch_6flggq2t.custom_objects_1 USING btree (site_id);


--
-- Name: custom_objects_1_tenants_source_id_516d5654; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_1_tenants_source_id_516d5654 ON branch_6flggq2t.custom_objects_1_tenants USING btree (source_id);


--
-- Name: custom_objects_1_tenants_target_id_e24436c9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_1_tenants_target_id_e24436c9 ON branch_6flggq2t.custom_objects_1_tenants USING btree (target_id);


--
-- Name: custom_objects_2_parent_id_3fa53c3a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_2_parent_id_3fa53c3a ON branch_6flggq2t.custom_objects_2 USING btree (parent_id);


--
-- Name: custom_objects_2_server_id_350bba96; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_2_server_id_350bba96 ON branch_6flggq2t.custom_objects_2 USING btree (server_id);


--
-- Name: custom_objects_2_servers_source_id_82265102; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_2_servers_source_id_82265102 ON branch_6flggq2t.custom_objects_2_servers USING btree (source_id);


--
-- Name: custom_objects_2_servers_target_id_d970decb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_2_servers_target_id_d970decb ON branch_6flggq2t.custom_objects_2_servers USING btree (target_id);


--
-- Name: custom_objects_3_server_id_c64303a8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX custom_objects_3_server_id_c64303a8 ON branch_6flggq2t.custom_objects_3 USING btree (server_id);


--
-- Name: dcim_cable_bundle_id_f893f393; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cable_bundle_id_f893f393 ON branch_6flggq2t.dcim_cable USING btree (bundle_id);


--
-- Name: dcim_cable_owner_id_9cea1430; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cable_owner_id_9cea1430 ON branch_6flggq2t.dcim_cable USING btree (owner_id);


--
-- Name: dcim_cable_tenant_id_3a7fdbb8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cable_tenant_id_3a7fdbb8 ON branch_6flggq2t.dcim_cable USING btree (tenant_id);


--
-- Name: dcim_cablebundle_name_8a6c0a17_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cablebundle_name_8a6c0a17_like ON branch_6flggq2t.dcim_cablebundle USING btree (name varchar_pattern_ops);


--
-- Name: dcim_cablebundle_owner_id_8f2a8189; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cablebundle_owner_id_8f2a8189 ON branch_6flggq2t.dcim_cablebundle USING btree (owner_id);


--
-- Name: dcim_cablep__nodes_b23b96_gin; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cablep__nodes_b23b96_gin ON branch_6flggq2t.dcim_cablepath USING gin (_nodes);


--
-- Name: dcim_cabletermination__device_id_f5884934; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination__device_id_f5884934 ON branch_6flggq2t.dcim_cabletermination USING btree (_device_id);


--
-- Name: dcim_cabletermination__location_id_ff4be503; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination__location_id_ff4be503 ON branch_6flggq2t.dcim_cabletermination USING btree (_location_id);


--
-- Name: dcim_cabletermination__rack_id_83a548e1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination__rack_id_83a548e1 ON branch_6flggq2t.dcim_cabletermination USING btree (_rack_id);


--
-- Name: dcim_cabletermination__site_id_616962fa; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination__site_id_616962fa ON branch_6flggq2t.dcim_cabletermination USING btree (_site_id);


--
-- Name: dcim_cabletermination_cable_id_b50010d1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination_cable_id_b50010d1 ON branch_6flggq2t.dcim_cabletermination USING btree (cable_id);


--
-- Name: dcim_cabletermination_termination_type_id_20da439e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_cabletermination_termination_type_id_20da439e ON branch_6flggq2t.dcim_cabletermination USING btree (termination_type_id);


--
-- Name: dcim_consol_device__101ed5_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consol_device__101ed5_idx ON branch_6flggq2t.dcim_consoleporttemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_consol_device__a901e6_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consol_device__a901e6_idx ON branch_6flggq2t.dcim_consoleserverporttemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_consoleport__location_id_d0e7437b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport__location_id_d0e7437b ON branch_6flggq2t.dcim_consoleport USING btree (_location_id);


--
-- Name: dcim_consoleport__path_id_e40a4436; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport__path_id_e40a4436 ON branch_6flggq2t.dcim_consoleport USING btree (_path_id);


--
-- Name: dcim_consoleport__rack_id_71f16827; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport__rack_id_71f16827 ON branch_6flggq2t.dcim_consoleport USING btree (_rack_id);


--
-- Name: dcim_consoleport__site_id_9652df9c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport__site_id_9652df9c ON branch_6flggq2t.dcim_consoleport USING btree (_site_id);


--
-- Name: dcim_consoleport_cable_id_a9ae5465; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport_cable_id_a9ae5465 ON branch_6flggq2t.dcim_consoleport USING btree (cable_id);


--
-- Name: dcim_consoleport_device_id_f2d90d3c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport_device_id_f2d90d3c ON branch_6flggq2t.dcim_consoleport USING btree (device_id);


--
-- Name: dcim_consoleport_module_id_d17b2519; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport_module_id_d17b2519 ON branch_6flggq2t.dcim_consoleport USING btree (module_id);


--
-- Name: dcim_consoleport_owner_id_0648eae1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleport_owner_id_0648eae1 ON branch_6flggq2t.dcim_consoleport USING btree (owner_id);


--
-- Name: dcim_consoleporttemplate_device_type_id_075d4015; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleporttemplate_device_type_id_075d4015 ON branch_6flggq2t.dcim_consoleporttemplate USING btree (device_type_id);


--
-- Name: dcim_consoleporttemplate_module_type_id_c0f35d97; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleporttemplate_module_type_id_c0f35d97 ON branch_6flggq2t.dcim_consoleporttemplate USING btree (module_type_id);


--
-- Name: dcim_consoleserverport__location_id_7525ec0e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport__location_id_7525ec0e ON branch_6flggq2t.dcim_consoleserverport USING btree (_location_id);


--
-- Name: dcim_consoleserverport__path_id_dc5abe09; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport__path_id_dc5abe09 ON branch_6flggq2t.dcim_consoleserverport USING btree (_path_id);


--
-- Name: dcim_consoleserverport__rack_id_3eea9f1b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport__rack_id_3eea9f1b ON branch_6flggq2t.dcim_consoleserverport USING btree (_rack_id);


--
-- Name: dcim_consoleserverport__site_id_c500ac62; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport__site_id_c500ac62 ON branch_6flggq2t.dcim_consoleserverport USING btree (_site_id);


--
-- Name: dcim_consoleserverport_cable_id_f2940dfd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport_cable_id_f2940dfd ON branch_6flggq2t.dcim_consoleserverport USING btree (cable_id);


--
-- Name: dcim_consoleserverport_device_id_d9866581; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport_device_id_d9866581 ON branch_6flggq2t.dcim_consoleserverport USING btree (device_id);


--
-- Name: dcim_consoleserverport_module_id_d060cfc8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport_module_id_d060cfc8 ON branch_6flggq2t.dcim_consoleserverport USING btree (module_id);


--
-- Name: dcim_consoleserverport_owner_id_12b1a827; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverport_owner_id_12b1a827 ON branch_6flggq2t.dcim_consoleserverport USING btree (owner_id);


--
-- Name: dcim_consoleserverporttemplate_device_type_id_579bdc86; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverporttemplate_device_type_id_579bdc86 ON branch_6flggq2t.dcim_consoleserverporttemplate USING btree (device_type_id);


--
-- Name: dcim_consoleserverporttemplate_module_type_id_4abf751a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_consoleserverporttemplate_module_type_id_4abf751a ON branch_6flggq2t.dcim_consoleserverporttemplate USING btree (module_type_id);


--
-- Name: dcim_coolin_device__4d0859_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolin_device__4d0859_idx ON branch_6flggq2t.dcim_coolingoutflowtemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_coolin_device__ee88f9_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolin_device__ee88f9_idx ON branch_6flggq2t.dcim_coolingintaketemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_coolingfeed_cooling_source_id_f09a946f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingfeed_cooling_source_id_f09a946f ON branch_6flggq2t.dcim_coolingfeed USING btree (cooling_source_id);


--
-- Name: dcim_coolingfeed_owner_id_8d34da56; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingfeed_owner_id_8d34da56 ON branch_6flggq2t.dcim_coolingfeed USING btree (owner_id);


--
-- Name: dcim_coolingfeed_rack_id_c100ab11; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingfeed_rack_id_c100ab11 ON branch_6flggq2t.dcim_coolingfeed USING btree (rack_id);


--
-- Name: dcim_coolingfeed_tenant_id_db41c14e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingfeed_tenant_id_db41c14e ON branch_6flggq2t.dcim_coolingfeed USING btree (tenant_id);


--
-- Name: dcim_coolingintake__location_id_19e02a96; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake__location_id_19e02a96 ON branch_6flggq2t.dcim_coolingintake USING btree (_location_id);


--
-- Name: dcim_coolingintake__rack_id_53527d66; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake__rack_id_53527d66 ON branch_6flggq2t.dcim_coolingintake USING btree (_rack_id);


--
-- Name: dcim_coolingintake__site_id_8a7279a3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake__site_id_8a7279a3 ON branch_6flggq2t.dcim_coolingintake USING btree (_site_id);


--
-- Name: dcim_coolingintake_cooling_outflow_id_e1bd22b7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake_cooling_outflow_id_e1bd22b7 ON branch_6flggq2t.dcim_coolingintake USING btree (cooling_outflow_id);


--
-- Name: dcim_coolingintake_device_id_df1c3674; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake_device_id_df1c3674 ON branch_6flggq2t.dcim_coolingintake USING btree (device_id);


--
-- Name: dcim_coolingintake_module_id_5aa49e74; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake_module_id_5aa49e74 ON branch_6flggq2t.dcim_coolingintake USING btree (module_id);


--
-- Name: dcim_coolingintake_owner_id_91bcbf27; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintake_owner_id_91bcbf27 ON branch_6flggq2t.dcim_coolingintake USING btree (owner_id);


--
-- Name: dcim_coolingintaketemplate_device_type_id_4fffffed; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintaketemplate_device_type_id_4fffffed ON branch_6flggq2t.dcim_coolingintaketemplate USING btree (device_type_id);


--
-- Name: dcim_coolingintaketemplate_module_type_id_b734e68e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingintaketemplate_module_type_id_b734e68e ON branch_6flggq2t.dcim_coolingintaketemplate USING btree (module_type_id);


--
-- Name: dcim_coolingoutflow__location_id_718fca97; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow__location_id_718fca97 ON branch_6flggq2t.dcim_coolingoutflow USING btree (_location_id);


--
-- Name: dcim_coolingoutflow__rack_id_5af2d149; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow__rack_id_5af2d149 ON branch_6flggq2t.dcim_coolingoutflow USING btree (_rack_id);


--
-- Name: dcim_coolingoutflow__site_id_ba7ee355; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow__site_id_ba7ee355 ON branch_6flggq2t.dcim_coolingoutflow USING btree (_site_id);


--
-- Name: dcim_coolingoutflow_cooling_intake_id_6ce03c77; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow_cooling_intake_id_6ce03c77 ON branch_6flggq2t.dcim_coolingoutflow USING btree (cooling_intake_id);


--
-- Name: dcim_coolingoutflow_device_id_74dd615f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow_device_id_74dd615f ON branch_6flggq2t.dcim_coolingoutflow USING btree (device_id);


--
-- Name: dcim_coolingoutflow_module_id_6a2cc4b3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow_module_id_6a2cc4b3 ON branch_6flggq2t.dcim_coolingoutflow USING btree (module_id);


--
-- Name: dcim_coolingoutflow_owner_id_b4cd9c02; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflow_owner_id_b4cd9c02 ON branch_6flggq2t.dcim_coolingoutflow USING btree (owner_id);


--
-- Name: dcim_coolingoutflowtemplate_cooling_intake_id_616147e2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflowtemplate_cooling_intake_id_616147e2 ON branch_6flggq2t.dcim_coolingoutflowtemplate USING btree (cooling_intake_id);


--
-- Name: dcim_coolingoutflowtemplate_device_type_id_f1ae955b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflowtemplate_device_type_id_f1ae955b ON branch_6flggq2t.dcim_coolingoutflowtemplate USING btree (device_type_id);


--
-- Name: dcim_coolingoutflowtemplate_module_type_id_751812c7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingoutflowtemplate_module_type_id_751812c7 ON branch_6flggq2t.dcim_coolingoutflowtemplate USING btree (module_type_id);


--
-- Name: dcim_coolingsource_location_id_7490ac1d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingsource_location_id_7490ac1d ON branch_6flggq2t.dcim_coolingsource USING btree (location_id);


--
-- Name: dcim_coolingsource_owner_id_7499d734; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingsource_owner_id_7499d734 ON branch_6flggq2t.dcim_coolingsource USING btree (owner_id);


--
-- Name: dcim_coolingsource_site_id_95af0633; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_coolingsource_site_id_95af0633 ON branch_6flggq2t.dcim_coolingsource USING btree (site_id);


--
-- Name: dcim_device_asset_tag_8dac1079_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_asset_tag_8dac1079_like ON branch_6flggq2t.dcim_device USING btree (asset_tag varchar_pattern_ops);


--
-- Name: dcim_device_cc_null; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_cc_null ON branch_6flggq2t.dcim_device USING btree (id) WHERE (_config_context_data IS NULL);


--
-- Name: dcim_device_cluster_id_cf852f78; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_cluster_id_cf852f78 ON branch_6flggq2t.dcim_device USING btree (cluster_id);


--
-- Name: dcim_device_config_template_id_316328c4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_config_template_id_316328c4 ON branch_6flggq2t.dcim_device USING btree (config_template_id);


--
-- Name: dcim_device_device_role_id_682e8188; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_device_role_id_682e8188 ON branch_6flggq2t.dcim_device USING btree (role_id);


--
-- Name: dcim_device_device_type_id_d61b4086; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_device_type_id_d61b4086 ON branch_6flggq2t.dcim_device USING btree (device_type_id);


--
-- Name: dcim_device_location_id_11a7bedb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_location_id_11a7bedb ON branch_6flggq2t.dcim_device USING btree (location_id);


--
-- Name: dcim_device_name_c27913_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_name_c27913_idx ON branch_6flggq2t.dcim_device USING btree (name, id);


--
-- Name: dcim_device_owner_id_87378f76; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_owner_id_87378f76 ON branch_6flggq2t.dcim_device USING btree (owner_id);


--
-- Name: dcim_device_platform_id_468138f1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_platform_id_468138f1 ON branch_6flggq2t.dcim_device USING btree (platform_id);


--
-- Name: dcim_device_rack_id_23bde71f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_rack_id_23bde71f ON branch_6flggq2t.dcim_device USING btree (rack_id);


--
-- Name: dcim_device_site_id_ff897cf6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_site_id_ff897cf6 ON branch_6flggq2t.dcim_device USING btree (site_id);


--
-- Name: dcim_device_tenant_id_dcea7969; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_tenant_id_dcea7969 ON branch_6flggq2t.dcim_device USING btree (tenant_id);


--
-- Name: dcim_device_unique_name_site_tenant; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX dcim_device_unique_name_site_tenant ON branch_6flggq2t.dcim_device USING btree (lower((name)::text), site_id, tenant_id) NULLS NOT DISTINCT WHERE (name IS NOT NULL);


--
-- Name: dcim_device_virtual_chassis_id_aed51693; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_device_virtual_chassis_id_aed51693 ON branch_6flggq2t.dcim_device USING btree (virtual_chassis_id);


--
-- Name: dcim_devicebay__location_id_6c869a87; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebay__location_id_6c869a87 ON branch_6flggq2t.dcim_devicebay USING btree (_location_id);


--
-- Name: dcim_devicebay__rack_id_75672431; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebay__rack_id_75672431 ON branch_6flggq2t.dcim_devicebay USING btree (_rack_id);


--
-- Name: dcim_devicebay__site_id_8ddc30f4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebay__site_id_8ddc30f4 ON branch_6flggq2t.dcim_devicebay USING btree (_site_id);


--
-- Name: dcim_devicebay_device_id_0c8a1218; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebay_device_id_0c8a1218 ON branch_6flggq2t.dcim_devicebay USING btree (device_id);


--
-- Name: dcim_devicebay_owner_id_d7bcb3e6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebay_owner_id_d7bcb3e6 ON branch_6flggq2t.dcim_devicebay USING btree (owner_id);


--
-- Name: dcim_devicebaytemplate_device_type_id_f4b24a29; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicebaytemplate_device_type_id_f4b24a29 ON branch_6flggq2t.dcim_devicebaytemplate USING btree (device_type_id);


--
-- Name: dcim_devicerole_config_template_id_5874002c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_config_template_id_5874002c ON branch_6flggq2t.dcim_devicerole USING btree (config_template_id);


--
-- Name: dcim_devicerole_owner_id_fdcc527d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_owner_id_fdcc527d ON branch_6flggq2t.dcim_devicerole USING btree (owner_id);


--
-- Name: dcim_devicerole_parent_id_7f9ccf87; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_parent_id_7f9ccf87 ON branch_6flggq2t.dcim_devicerole USING btree (parent_id);


--
-- Name: dcim_devicerole_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_path_gist ON branch_6flggq2t.dcim_devicerole USING gist (path);


--
-- Name: dcim_devicerole_slug_7952643b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_slug_7952643b ON branch_6flggq2t.dcim_devicerole USING btree (slug);


--
-- Name: dcim_devicerole_slug_7952643b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_slug_7952643b_like ON branch_6flggq2t.dcim_devicerole USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_devicerole_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicerole_sort_path_idx ON branch_6flggq2t.dcim_devicerole USING btree (sort_path);


--
-- Name: dcim_devicetype_default_platform_id_1f6ff6ac; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicetype_default_platform_id_1f6ff6ac ON branch_6flggq2t.dcim_devicetype USING btree (default_platform_id);


--
-- Name: dcim_devicetype_manufacturer_id_a3e8029e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicetype_manufacturer_id_a3e8029e ON branch_6flggq2t.dcim_devicetype USING btree (manufacturer_id);


--
-- Name: dcim_devicetype_owner_id_243048ed; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicetype_owner_id_243048ed ON branch_6flggq2t.dcim_devicetype USING btree (owner_id);


--
-- Name: dcim_devicetype_slug_448745bd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicetype_slug_448745bd ON branch_6flggq2t.dcim_devicetype USING btree (slug);


--
-- Name: dcim_devicetype_slug_448745bd_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_devicetype_slug_448745bd_like ON branch_6flggq2t.dcim_devicetype USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_frontp_device__ec2ffb_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontp_device__ec2ffb_idx ON branch_6flggq2t.dcim_frontporttemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_frontport__location_id_dc0402e7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport__location_id_dc0402e7 ON branch_6flggq2t.dcim_frontport USING btree (_location_id);


--
-- Name: dcim_frontport__rack_id_1ba6d11c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport__rack_id_1ba6d11c ON branch_6flggq2t.dcim_frontport USING btree (_rack_id);


--
-- Name: dcim_frontport__site_id_51efdefe; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport__site_id_51efdefe ON branch_6flggq2t.dcim_frontport USING btree (_site_id);


--
-- Name: dcim_frontport_cable_id_04ff8aab; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport_cable_id_04ff8aab ON branch_6flggq2t.dcim_frontport USING btree (cable_id);


--
-- Name: dcim_frontport_device_id_950557b5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport_device_id_950557b5 ON branch_6flggq2t.dcim_frontport USING btree (device_id);


--
-- Name: dcim_frontport_module_id_952c3f9a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport_module_id_952c3f9a ON branch_6flggq2t.dcim_frontport USING btree (module_id);


--
-- Name: dcim_frontport_owner_id_dfb61151; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontport_owner_id_dfb61151 ON branch_6flggq2t.dcim_frontport USING btree (owner_id);


--
-- Name: dcim_frontporttemplate_device_type_id_f088b952; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontporttemplate_device_type_id_f088b952 ON branch_6flggq2t.dcim_frontporttemplate USING btree (device_type_id);


--
-- Name: dcim_frontporttemplate_module_type_id_66851ff9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_frontporttemplate_module_type_id_66851ff9 ON branch_6flggq2t.dcim_frontporttemplate USING btree (module_type_id);


--
-- Name: dcim_interf_device__601012_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interf_device__601012_idx ON branch_6flggq2t.dcim_interfacetemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_interface__location_id_72d5e107; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface__location_id_72d5e107 ON branch_6flggq2t.dcim_interface USING btree (_location_id);


--
-- Name: dcim_interface__path_id_f8f4f7f0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface__path_id_f8f4f7f0 ON branch_6flggq2t.dcim_interface USING btree (_path_id);


--
-- Name: dcim_interface__rack_id_0d3f84a6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface__rack_id_0d3f84a6 ON branch_6flggq2t.dcim_interface USING btree (_rack_id);


--
-- Name: dcim_interface__site_id_0fffd4ef; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface__site_id_0fffd4ef ON branch_6flggq2t.dcim_interface USING btree (_site_id);


--
-- Name: dcim_interface_bridge_id_f2a8df85; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_bridge_id_f2a8df85 ON branch_6flggq2t.dcim_interface USING btree (bridge_id);


--
-- Name: dcim_interface_cable_id_1b264edb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_cable_id_1b264edb ON branch_6flggq2t.dcim_interface USING btree (cable_id);


--
-- Name: dcim_interface_device_id_359c6115; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_device_id_359c6115 ON branch_6flggq2t.dcim_interface USING btree (device_id);


--
-- Name: dcim_interface_lag_id_ea1a1d12; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_lag_id_ea1a1d12 ON branch_6flggq2t.dcim_interface USING btree (lag_id);


--
-- Name: dcim_interface_module_id_05ca2da5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_module_id_05ca2da5 ON branch_6flggq2t.dcim_interface USING btree (module_id);


--
-- Name: dcim_interface_owner_id_3ae797e2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_owner_id_3ae797e2 ON branch_6flggq2t.dcim_interface USING btree (owner_id);


--
-- Name: dcim_interface_parent_id_3e2b159b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_parent_id_3e2b159b ON branch_6flggq2t.dcim_interface USING btree (parent_id);


--
-- Name: dcim_interface_qinq_svlan_id_21189a58; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_qinq_svlan_id_21189a58 ON branch_6flggq2t.dcim_interface USING btree (qinq_svlan_id);


--
-- Name: dcim_interface_tagged_vlans_interface_id_5870c9e9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_tagged_vlans_interface_id_5870c9e9 ON branch_6flggq2t.dcim_interface_tagged_vlans USING btree (interface_id);


--
-- Name: dcim_interface_tagged_vlans_vlan_id_e027005c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_tagged_vlans_vlan_id_e027005c ON branch_6flggq2t.dcim_interface_tagged_vlans USING btree (vlan_id);


--
-- Name: dcim_interface_untagged_vlan_id_838dc7be; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_untagged_vlan_id_838dc7be ON branch_6flggq2t.dcim_interface USING btree (untagged_vlan_id);


--
-- Name: dcim_interface_vdcs_interface_id_6d58dbaf; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_vdcs_interface_id_6d58dbaf ON branch_6flggq2t.dcim_interface_vdcs USING btree (interface_id);


--
-- Name: dcim_interface_vdcs_virtualdevicecontext_id_af0bfd4b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_vdcs_virtualdevicecontext_id_af0bfd4b ON branch_6flggq2t.dcim_interface_vdcs USING btree (virtualdevicecontext_id);


--
-- Name: dcim_interface_vlan_translation_policy_id_91060031; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_vlan_translation_policy_id_91060031 ON branch_6flggq2t.dcim_interface USING btree (vlan_translation_policy_id);


--
-- Name: dcim_interface_vrf_id_a92e59b2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_vrf_id_a92e59b2 ON branch_6flggq2t.dcim_interface USING btree (vrf_id);


--
-- Name: dcim_interface_wireless_lans_interface_id_80df3785; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_wireless_lans_interface_id_80df3785 ON branch_6flggq2t.dcim_interface_wireless_lans USING btree (interface_id);


--
-- Name: dcim_interface_wireless_lans_wirelesslan_id_f081e278; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_wireless_lans_wirelesslan_id_f081e278 ON branch_6flggq2t.dcim_interface_wireless_lans USING btree (wirelesslan_id);


--
-- Name: dcim_interface_wireless_link_id_bc91108f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interface_wireless_link_id_bc91108f ON branch_6flggq2t.dcim_interface USING btree (wireless_link_id);


--
-- Name: dcim_interfacetemplate_bridge_id_4e44355b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interfacetemplate_bridge_id_4e44355b ON branch_6flggq2t.dcim_interfacetemplate USING btree (bridge_id);


--
-- Name: dcim_interfacetemplate_device_type_id_4bfcbfab; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interfacetemplate_device_type_id_4bfcbfab ON branch_6flggq2t.dcim_interfacetemplate USING btree (device_type_id);


--
-- Name: dcim_interfacetemplate_module_type_id_f941f180; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interfacetemplate_module_type_id_f941f180 ON branch_6flggq2t.dcim_interfacetemplate USING btree (module_type_id);


--
-- Name: dcim_interfacetemplate_parent_id_1016cd00; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_interfacetemplate_parent_id_1016cd00 ON branch_6flggq2t.dcim_interfacetemplate USING btree (parent_id);


--
-- Name: dcim_inv_item_tmpl_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inv_item_tmpl_path_gist ON branch_6flggq2t.dcim_inventoryitemtemplate USING gist (path);


--
-- Name: dcim_invent_compone_0560bb_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_invent_compone_0560bb_idx ON branch_6flggq2t.dcim_inventoryitem USING btree (component_type_id, component_id);


--
-- Name: dcim_invent_compone_77b5f8_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_invent_compone_77b5f8_idx ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (component_type_id, component_id);


--
-- Name: dcim_inventoryitem__location_id_05a23b33; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem__location_id_05a23b33 ON branch_6flggq2t.dcim_inventoryitem USING btree (_location_id);


--
-- Name: dcim_inventoryitem__rack_id_25b80d23; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem__rack_id_25b80d23 ON branch_6flggq2t.dcim_inventoryitem USING btree (_rack_id);


--
-- Name: dcim_inventoryitem__site_id_cd94573b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem__site_id_cd94573b ON branch_6flggq2t.dcim_inventoryitem USING btree (_site_id);


--
-- Name: dcim_inventoryitem_asset_tag_d3289273_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_asset_tag_d3289273_like ON branch_6flggq2t.dcim_inventoryitem USING btree (asset_tag varchar_pattern_ops);


--
-- Name: dcim_inventoryitem_component_type_id_f0e4d83a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_component_type_id_f0e4d83a ON branch_6flggq2t.dcim_inventoryitem USING btree (component_type_id);


--
-- Name: dcim_inventoryitem_device_id_033d83f8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_device_id_033d83f8 ON branch_6flggq2t.dcim_inventoryitem USING btree (device_id);


--
-- Name: dcim_inventoryitem_manufacturer_id_dcd1b78a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_manufacturer_id_dcd1b78a ON branch_6flggq2t.dcim_inventoryitem USING btree (manufacturer_id);


--
-- Name: dcim_inventoryitem_owner_id_ad4332eb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_owner_id_ad4332eb ON branch_6flggq2t.dcim_inventoryitem USING btree (owner_id);


--
-- Name: dcim_inventoryitem_parent_id_7ebcd457; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_parent_id_7ebcd457 ON branch_6flggq2t.dcim_inventoryitem USING btree (parent_id);


--
-- Name: dcim_inventoryitem_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_path_gist ON branch_6flggq2t.dcim_inventoryitem USING gist (path);


--
-- Name: dcim_inventoryitem_role_id_2bcfcb04; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitem_role_id_2bcfcb04 ON branch_6flggq2t.dcim_inventoryitem USING btree (role_id);


--
-- Name: dcim_inventoryitemrole_name_4c8cfe6d_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemrole_name_4c8cfe6d_like ON branch_6flggq2t.dcim_inventoryitemrole USING btree (name varchar_pattern_ops);


--
-- Name: dcim_inventoryitemrole_owner_id_067442e9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemrole_owner_id_067442e9 ON branch_6flggq2t.dcim_inventoryitemrole USING btree (owner_id);


--
-- Name: dcim_inventoryitemrole_slug_3556c227_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemrole_slug_3556c227_like ON branch_6flggq2t.dcim_inventoryitemrole USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_inventoryitemtemplate_component_type_id_161623a2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemtemplate_component_type_id_161623a2 ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (component_type_id);


--
-- Name: dcim_inventoryitemtemplate_device_type_id_6a1be904; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemtemplate_device_type_id_6a1be904 ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (device_type_id);


--
-- Name: dcim_inventoryitemtemplate_manufacturer_id_b388c5d9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemtemplate_manufacturer_id_b388c5d9 ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (manufacturer_id);


--
-- Name: dcim_inventoryitemtemplate_parent_id_0dac73bb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemtemplate_parent_id_0dac73bb ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (parent_id);


--
-- Name: dcim_inventoryitemtemplate_role_id_292676e6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_inventoryitemtemplate_role_id_292676e6 ON branch_6flggq2t.dcim_inventoryitemtemplate USING btree (role_id);


--
-- Name: dcim_location_owner_id_919a8713; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_owner_id_919a8713 ON branch_6flggq2t.dcim_location USING btree (owner_id);


--
-- Name: dcim_location_parent_id_d77f3318; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_parent_id_d77f3318 ON branch_6flggq2t.dcim_location USING btree (parent_id);


--
-- Name: dcim_location_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_path_gist ON branch_6flggq2t.dcim_location USING gist (path);


--
-- Name: dcim_location_site_id_b55e975f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_site_id_b55e975f ON branch_6flggq2t.dcim_location USING btree (site_id);


--
-- Name: dcim_location_slug_352c5472; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_slug_352c5472 ON branch_6flggq2t.dcim_location USING btree (slug);


--
-- Name: dcim_location_slug_352c5472_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_slug_352c5472_like ON branch_6flggq2t.dcim_location USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_location_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_sort_path_idx ON branch_6flggq2t.dcim_location USING btree (sort_path);


--
-- Name: dcim_location_tenant_id_2c4df974; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_location_tenant_id_2c4df974 ON branch_6flggq2t.dcim_location USING btree (tenant_id);


--
-- Name: dcim_macadd_assigne_54115d_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_macadd_assigne_54115d_idx ON branch_6flggq2t.dcim_macaddress USING btree (assigned_object_type_id, assigned_object_id);


--
-- Name: dcim_macadd_mac_add_f2662a_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_macadd_mac_add_f2662a_idx ON branch_6flggq2t.dcim_macaddress USING btree (mac_address, id);


--
-- Name: dcim_macaddress_assigned_object_type_id_28814a20; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_macaddress_assigned_object_type_id_28814a20 ON branch_6flggq2t.dcim_macaddress USING btree (assigned_object_type_id);


--
-- Name: dcim_macaddress_owner_id_29ba2f60; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_macaddress_owner_id_29ba2f60 ON branch_6flggq2t.dcim_macaddress USING btree (owner_id);


--
-- Name: dcim_manufacturer_name_841fcd92_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_manufacturer_name_841fcd92_like ON branch_6flggq2t.dcim_manufacturer USING btree (name varchar_pattern_ops);


--
-- Name: dcim_manufacturer_owner_id_8d78661f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_manufacturer_owner_id_8d78661f ON branch_6flggq2t.dcim_manufacturer USING btree (owner_id);


--
-- Name: dcim_manufacturer_slug_00430749_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_manufacturer_slug_00430749_like ON branch_6flggq2t.dcim_manufacturer USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_module_asset_tag_2fd91eed_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_asset_tag_2fd91eed_like ON branch_6flggq2t.dcim_module USING btree (asset_tag varchar_pattern_ops);


--
-- Name: dcim_module_device__9eabad_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_device__9eabad_idx ON branch_6flggq2t.dcim_modulebaytemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_module_device_id_53cfd5be; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_device_id_53cfd5be ON branch_6flggq2t.dcim_module USING btree (device_id);


--
-- Name: dcim_module_module_type_id_a50b39fc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_module_type_id_a50b39fc ON branch_6flggq2t.dcim_module USING btree (module_type_id);


--
-- Name: dcim_module_owner_id_ee6f1ef4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_owner_id_ee6f1ef4 ON branch_6flggq2t.dcim_module USING btree (owner_id);


--
-- Name: dcim_module_profile_868277_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_module_profile_868277_idx ON branch_6flggq2t.dcim_moduletype USING btree (profile_id, manufacturer_id, model);


--
-- Name: dcim_modulebay__location_id_17290069; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay__location_id_17290069 ON branch_6flggq2t.dcim_modulebay USING btree (_location_id);


--
-- Name: dcim_modulebay__rack_id_673d8fb5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay__rack_id_673d8fb5 ON branch_6flggq2t.dcim_modulebay USING btree (_rack_id);


--
-- Name: dcim_modulebay__site_id_cedd61bc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay__site_id_cedd61bc ON branch_6flggq2t.dcim_modulebay USING btree (_site_id);


--
-- Name: dcim_modulebay_device_id_3526abc2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_device_id_3526abc2 ON branch_6flggq2t.dcim_modulebay USING btree (device_id);


--
-- Name: dcim_modulebay_module_bay_types_modulebay_id_1bb84f17; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_module_bay_types_modulebay_id_1bb84f17 ON branch_6flggq2t.dcim_modulebay_module_bay_types USING btree (modulebay_id);


--
-- Name: dcim_modulebay_module_bay_types_modulebaytype_id_35dd161c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_module_bay_types_modulebaytype_id_35dd161c ON branch_6flggq2t.dcim_modulebay_module_bay_types USING btree (modulebaytype_id);


--
-- Name: dcim_modulebay_module_id_a21ddd9a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_module_id_a21ddd9a ON branch_6flggq2t.dcim_modulebay USING btree (module_id);


--
-- Name: dcim_modulebay_owner_id_311f58c6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_owner_id_311f58c6 ON branch_6flggq2t.dcim_modulebay USING btree (owner_id);


--
-- Name: dcim_modulebay_parent_id_e483f9b7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_parent_id_e483f9b7 ON branch_6flggq2t.dcim_modulebay USING btree (parent_id);


--
-- Name: dcim_modulebay_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_path_gist ON branch_6flggq2t.dcim_modulebay USING gist (path);


--
-- Name: dcim_modulebay_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebay_sort_path_idx ON branch_6flggq2t.dcim_modulebay USING btree (sort_path);


--
-- Name: dcim_modulebaytemplate_device_type_id_9eaf9bd3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytemplate_device_type_id_9eaf9bd3 ON branch_6flggq2t.dcim_modulebaytemplate USING btree (device_type_id);


--
-- Name: dcim_modulebaytemplate_mod_modulebaytemplate_id_b0b99ce5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytemplate_mod_modulebaytemplate_id_b0b99ce5 ON branch_6flggq2t.dcim_modulebaytemplate_module_bay_types USING btree (modulebaytemplate_id);


--
-- Name: dcim_modulebaytemplate_mod_modulebaytype_id_13a3815a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytemplate_mod_modulebaytype_id_13a3815a ON branch_6flggq2t.dcim_modulebaytemplate_module_bay_types USING btree (modulebaytype_id);


--
-- Name: dcim_modulebaytemplate_module_type_id_2fdfb491; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytemplate_module_type_id_2fdfb491 ON branch_6flggq2t.dcim_modulebaytemplate USING btree (module_type_id);


--
-- Name: dcim_modulebaytype_manufacturer_id_699547c4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytype_manufacturer_id_699547c4 ON branch_6flggq2t.dcim_modulebaytype USING btree (manufacturer_id);


--
-- Name: dcim_modulebaytype_owner_id_2a0cf25d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytype_owner_id_2a0cf25d ON branch_6flggq2t.dcim_modulebaytype USING btree (owner_id);


--
-- Name: dcim_modulebaytype_slug_716b91a9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytype_slug_716b91a9 ON branch_6flggq2t.dcim_modulebaytype USING btree (slug);


--
-- Name: dcim_modulebaytype_slug_716b91a9_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_modulebaytype_slug_716b91a9_like ON branch_6flggq2t.dcim_modulebaytype USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_moduletype_manufacturer_id_7347392e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletype_manufacturer_id_7347392e ON branch_6flggq2t.dcim_moduletype USING btree (manufacturer_id);


--
-- Name: dcim_moduletype_module_bay_types_modulebaytype_id_04c73693; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletype_module_bay_types_modulebaytype_id_04c73693 ON branch_6flggq2t.dcim_moduletype_module_bay_types USING btree (modulebaytype_id);


--
-- Name: dcim_moduletype_module_bay_types_moduletype_id_4ff17f2d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletype_module_bay_types_moduletype_id_4ff17f2d ON branch_6flggq2t.dcim_moduletype_module_bay_types USING btree (moduletype_id);


--
-- Name: dcim_moduletype_owner_id_2ea2fd3b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletype_owner_id_2ea2fd3b ON branch_6flggq2t.dcim_moduletype USING btree (owner_id);


--
-- Name: dcim_moduletype_profile_id_62b5d02d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletype_profile_id_62b5d02d ON branch_6flggq2t.dcim_moduletype USING btree (profile_id);


--
-- Name: dcim_moduletypeprofile_name_1709c36e_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletypeprofile_name_1709c36e_like ON branch_6flggq2t.dcim_moduletypeprofile USING btree (name varchar_pattern_ops);


--
-- Name: dcim_moduletypeprofile_owner_id_c4488ff6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_moduletypeprofile_owner_id_c4488ff6 ON branch_6flggq2t.dcim_moduletypeprofile USING btree (owner_id);


--
-- Name: dcim_platform_config_template_id_013a4d3c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_config_template_id_013a4d3c ON branch_6flggq2t.dcim_platform USING btree (config_template_id);


--
-- Name: dcim_platform_manufacturer_id_83f72d3d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_manufacturer_id_83f72d3d ON branch_6flggq2t.dcim_platform USING btree (manufacturer_id);


--
-- Name: dcim_platform_owner_id_0990eb87; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_owner_id_0990eb87 ON branch_6flggq2t.dcim_platform USING btree (owner_id);


--
-- Name: dcim_platform_parent_id_795c7101; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_parent_id_795c7101 ON branch_6flggq2t.dcim_platform USING btree (parent_id);


--
-- Name: dcim_platform_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_path_gist ON branch_6flggq2t.dcim_platform USING gist (path);


--
-- Name: dcim_platform_slug_b0908ae4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_slug_b0908ae4 ON branch_6flggq2t.dcim_platform USING btree (slug);


--
-- Name: dcim_platform_slug_b0908ae4_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_slug_b0908ae4_like ON branch_6flggq2t.dcim_platform USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_platform_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_platform_sort_path_idx ON branch_6flggq2t.dcim_platform USING btree (sort_path);


--
-- Name: dcim_portmapping_device_id_eb86e378; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_portmapping_device_id_eb86e378 ON branch_6flggq2t.dcim_portmapping USING btree (device_id);


--
-- Name: dcim_portmapping_front_port_id_d8413d45; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_portmapping_front_port_id_d8413d45 ON branch_6flggq2t.dcim_portmapping USING btree (front_port_id);


--
-- Name: dcim_portmapping_rear_port_id_dc3fb4b8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_portmapping_rear_port_id_dc3fb4b8 ON branch_6flggq2t.dcim_portmapping USING btree (rear_port_id);


--
-- Name: dcim_porttemplatemapping_device_type_id_dede0eeb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_porttemplatemapping_device_type_id_dede0eeb ON branch_6flggq2t.dcim_porttemplatemapping USING btree (device_type_id);


--
-- Name: dcim_porttemplatemapping_front_port_id_090c3c11; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_porttemplatemapping_front_port_id_090c3c11 ON branch_6flggq2t.dcim_porttemplatemapping USING btree (front_port_id);


--
-- Name: dcim_porttemplatemapping_module_type_id_3a84e529; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_porttemplatemapping_module_type_id_3a84e529 ON branch_6flggq2t.dcim_porttemplatemapping USING btree (module_type_id);


--
-- Name: dcim_porttemplatemapping_rear_port_id_93a9b08f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_porttemplatemapping_rear_port_id_93a9b08f ON branch_6flggq2t.dcim_porttemplatemapping USING btree (rear_port_id);


--
-- Name: dcim_powerfeed__path_id_a1ea1f28; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed__path_id_a1ea1f28 ON branch_6flggq2t.dcim_powerfeed USING btree (_path_id);


--
-- Name: dcim_powerfeed_cable_id_ec44c4f8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed_cable_id_ec44c4f8 ON branch_6flggq2t.dcim_powerfeed USING btree (cable_id);


--
-- Name: dcim_powerfeed_owner_id_97320081; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed_owner_id_97320081 ON branch_6flggq2t.dcim_powerfeed USING btree (owner_id);


--
-- Name: dcim_powerfeed_power_panel_id_32bde3be; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed_power_panel_id_32bde3be ON branch_6flggq2t.dcim_powerfeed USING btree (power_panel_id);


--
-- Name: dcim_powerfeed_rack_id_7abba090; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed_rack_id_7abba090 ON branch_6flggq2t.dcim_powerfeed USING btree (rack_id);


--
-- Name: dcim_powerfeed_tenant_id_947bee85; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerfeed_tenant_id_947bee85 ON branch_6flggq2t.dcim_powerfeed USING btree (tenant_id);


--
-- Name: dcim_powero_device__b83a8f_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powero_device__b83a8f_idx ON branch_6flggq2t.dcim_poweroutlettemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_poweroutlet__location_id_49563316; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet__location_id_49563316 ON branch_6flggq2t.dcim_poweroutlet USING btree (_location_id);


--
-- Name: dcim_poweroutlet__path_id_cbb47bb9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet__path_id_cbb47bb9 ON branch_6flggq2t.dcim_poweroutlet USING btree (_path_id);


--
-- Name: dcim_poweroutlet__rack_id_aca89672; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet__rack_id_aca89672 ON branch_6flggq2t.dcim_poweroutlet USING btree (_rack_id);


--
-- Name: dcim_poweroutlet__site_id_a956755e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet__site_id_a956755e ON branch_6flggq2t.dcim_poweroutlet USING btree (_site_id);


--
-- Name: dcim_poweroutlet_cable_id_8dbea1ec; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet_cable_id_8dbea1ec ON branch_6flggq2t.dcim_poweroutlet USING btree (cable_id);


--
-- Name: dcim_poweroutlet_device_id_286351d7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet_device_id_286351d7 ON branch_6flggq2t.dcim_poweroutlet USING btree (device_id);


--
-- Name: dcim_poweroutlet_module_id_032f5af2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet_module_id_032f5af2 ON branch_6flggq2t.dcim_poweroutlet USING btree (module_id);


--
-- Name: dcim_poweroutlet_owner_id_0806d01d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet_owner_id_0806d01d ON branch_6flggq2t.dcim_poweroutlet USING btree (owner_id);


--
-- Name: dcim_poweroutlet_power_port_id_9bdf4163; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlet_power_port_id_9bdf4163 ON branch_6flggq2t.dcim_poweroutlet USING btree (power_port_id);


--
-- Name: dcim_poweroutlettemplate_device_type_id_26b2316c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlettemplate_device_type_id_26b2316c ON branch_6flggq2t.dcim_poweroutlettemplate USING btree (device_type_id);


--
-- Name: dcim_poweroutlettemplate_module_type_id_6142b416; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlettemplate_module_type_id_6142b416 ON branch_6flggq2t.dcim_poweroutlettemplate USING btree (module_type_id);


--
-- Name: dcim_poweroutlettemplate_power_port_id_c0fb0c42; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_poweroutlettemplate_power_port_id_c0fb0c42 ON branch_6flggq2t.dcim_poweroutlettemplate USING btree (power_port_id);


--
-- Name: dcim_powerp_device__6c25da_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerp_device__6c25da_idx ON branch_6flggq2t.dcim_powerporttemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_powerpanel_location_id_474b60f8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerpanel_location_id_474b60f8 ON branch_6flggq2t.dcim_powerpanel USING btree (location_id);


--
-- Name: dcim_powerpanel_owner_id_11e7d421; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerpanel_owner_id_11e7d421 ON branch_6flggq2t.dcim_powerpanel USING btree (owner_id);


--
-- Name: dcim_powerpanel_site_id_c430bc89; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerpanel_site_id_c430bc89 ON branch_6flggq2t.dcim_powerpanel USING btree (site_id);


--
-- Name: dcim_powerport__location_id_ccf995e7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport__location_id_ccf995e7 ON branch_6flggq2t.dcim_powerport USING btree (_location_id);


--
-- Name: dcim_powerport__path_id_9fe4af8f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport__path_id_9fe4af8f ON branch_6flggq2t.dcim_powerport USING btree (_path_id);


--
-- Name: dcim_powerport__rack_id_4c1c316d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport__rack_id_4c1c316d ON branch_6flggq2t.dcim_powerport USING btree (_rack_id);


--
-- Name: dcim_powerport__site_id_87bfa142; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport__site_id_87bfa142 ON branch_6flggq2t.dcim_powerport USING btree (_site_id);


--
-- Name: dcim_powerport_cable_id_c9682ba2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport_cable_id_c9682ba2 ON branch_6flggq2t.dcim_powerport USING btree (cable_id);


--
-- Name: dcim_powerport_device_id_ef7185ae; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport_device_id_ef7185ae ON branch_6flggq2t.dcim_powerport USING btree (device_id);


--
-- Name: dcim_powerport_module_id_d0c27534; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport_module_id_d0c27534 ON branch_6flggq2t.dcim_powerport USING btree (module_id);


--
-- Name: dcim_powerport_owner_id_b83ff931; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerport_owner_id_b83ff931 ON branch_6flggq2t.dcim_powerport USING btree (owner_id);


--
-- Name: dcim_powerporttemplate_device_type_id_1ddfbfcc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerporttemplate_device_type_id_1ddfbfcc ON branch_6flggq2t.dcim_powerporttemplate USING btree (device_type_id);


--
-- Name: dcim_powerporttemplate_module_type_id_93e26849; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_powerporttemplate_module_type_id_93e26849 ON branch_6flggq2t.dcim_powerporttemplate USING btree (module_type_id);


--
-- Name: dcim_rack_asset_tag_f88408e5_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_asset_tag_f88408e5_like ON branch_6flggq2t.dcim_rack USING btree (asset_tag varchar_pattern_ops);


--
-- Name: dcim_rack_group_id_44e90ea9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_group_id_44e90ea9 ON branch_6flggq2t.dcim_rack USING btree (group_id);


--
-- Name: dcim_rack_location_id_5f63ec31; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_location_id_5f63ec31 ON branch_6flggq2t.dcim_rack USING btree (location_id);


--
-- Name: dcim_rack_owner_id_7a5532fc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_owner_id_7a5532fc ON branch_6flggq2t.dcim_rack USING btree (owner_id);


--
-- Name: dcim_rack_rack_type_id_39433a22; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_rack_type_id_39433a22 ON branch_6flggq2t.dcim_rack USING btree (rack_type_id);


--
-- Name: dcim_rack_role_id_62d6919e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_role_id_62d6919e ON branch_6flggq2t.dcim_rack USING btree (role_id);


--
-- Name: dcim_rack_site_id_403c7b3a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_site_id_403c7b3a ON branch_6flggq2t.dcim_rack USING btree (site_id);


--
-- Name: dcim_rack_site_id_715040_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_site_id_715040_idx ON branch_6flggq2t.dcim_rack USING btree (site_id, location_id, name, id);


--
-- Name: dcim_rack_tenant_id_7cdf3725; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rack_tenant_id_7cdf3725 ON branch_6flggq2t.dcim_rack USING btree (tenant_id);


--
-- Name: dcim_rackgroup_name_6a84593a_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackgroup_name_6a84593a_like ON branch_6flggq2t.dcim_rackgroup USING btree (name varchar_pattern_ops);


--
-- Name: dcim_rackgroup_owner_id_5484beb8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackgroup_owner_id_5484beb8 ON branch_6flggq2t.dcim_rackgroup USING btree (owner_id);


--
-- Name: dcim_rackgroup_slug_3f4582a7_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackgroup_slug_3f4582a7_like ON branch_6flggq2t.dcim_rackgroup USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_rackre_created_84f02e_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackre_created_84f02e_idx ON branch_6flggq2t.dcim_rackreservation USING btree (created, id);


--
-- Name: dcim_rackreservation_owner_id_12c19e94; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackreservation_owner_id_12c19e94 ON branch_6flggq2t.dcim_rackreservation USING btree (owner_id);


--
-- Name: dcim_rackreservation_rack_id_1ebbaa9b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackreservation_rack_id_1ebbaa9b ON branch_6flggq2t.dcim_rackreservation USING btree (rack_id);


--
-- Name: dcim_rackreservation_tenant_id_eb5e045f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackreservation_tenant_id_eb5e045f ON branch_6flggq2t.dcim_rackreservation USING btree (tenant_id);


--
-- Name: dcim_rackreservation_user_id_0785a527; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackreservation_user_id_0785a527 ON branch_6flggq2t.dcim_rackreservation USING btree (user_id);


--
-- Name: dcim_rackrole_name_9077cfcc_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackrole_name_9077cfcc_like ON branch_6flggq2t.dcim_rackrole USING btree (name varchar_pattern_ops);


--
-- Name: dcim_rackrole_owner_id_fb6f0b77; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackrole_owner_id_fb6f0b77 ON branch_6flggq2t.dcim_rackrole USING btree (owner_id);


--
-- Name: dcim_rackrole_slug_40bbcd3a_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rackrole_slug_40bbcd3a_like ON branch_6flggq2t.dcim_rackrole USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_racktype_manufacturer_id_d46a05c6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_racktype_manufacturer_id_d46a05c6 ON branch_6flggq2t.dcim_racktype USING btree (manufacturer_id);


--
-- Name: dcim_racktype_owner_id_ce0a0d75; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_racktype_owner_id_ce0a0d75 ON branch_6flggq2t.dcim_racktype USING btree (owner_id);


--
-- Name: dcim_racktype_slug_6bbb384a_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_racktype_slug_6bbb384a_like ON branch_6flggq2t.dcim_racktype USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_rearpo_device__27f194_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearpo_device__27f194_idx ON branch_6flggq2t.dcim_rearporttemplate USING btree (device_type_id, module_type_id, name);


--
-- Name: dcim_rearport__location_id_72554006; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport__location_id_72554006 ON branch_6flggq2t.dcim_rearport USING btree (_location_id);


--
-- Name: dcim_rearport__rack_id_9af9a402; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport__rack_id_9af9a402 ON branch_6flggq2t.dcim_rearport USING btree (_rack_id);


--
-- Name: dcim_rearport__site_id_35e05ccf; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport__site_id_35e05ccf ON branch_6flggq2t.dcim_rearport USING btree (_site_id);


--
-- Name: dcim_rearport_cable_id_42c0e4e7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport_cable_id_42c0e4e7 ON branch_6flggq2t.dcim_rearport USING btree (cable_id);


--
-- Name: dcim_rearport_device_id_0bdfe9c0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport_device_id_0bdfe9c0 ON branch_6flggq2t.dcim_rearport USING btree (device_id);


--
-- Name: dcim_rearport_module_id_9a7b7e91; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport_module_id_9a7b7e91 ON branch_6flggq2t.dcim_rearport USING btree (module_id);


--
-- Name: dcim_rearport_owner_id_51174512; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearport_owner_id_51174512 ON branch_6flggq2t.dcim_rearport USING btree (owner_id);


--
-- Name: dcim_rearporttemplate_device_type_id_6a02fd01; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearporttemplate_device_type_id_6a02fd01 ON branch_6flggq2t.dcim_rearporttemplate USING btree (device_type_id);


--
-- Name: dcim_rearporttemplate_module_type_id_4d970e5b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_rearporttemplate_module_type_id_4d970e5b ON branch_6flggq2t.dcim_rearporttemplate USING btree (module_type_id);


--
-- Name: dcim_region_owner_id_7e9d3adf; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_owner_id_7e9d3adf ON branch_6flggq2t.dcim_region USING btree (owner_id);


--
-- Name: dcim_region_parent_id_2486f5d4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_parent_id_2486f5d4 ON branch_6flggq2t.dcim_region USING btree (parent_id);


--
-- Name: dcim_region_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_path_gist ON branch_6flggq2t.dcim_region USING gist (path);


--
-- Name: dcim_region_slug_ff078a66; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_slug_ff078a66 ON branch_6flggq2t.dcim_region USING btree (slug);


--
-- Name: dcim_region_slug_ff078a66_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_slug_ff078a66_like ON branch_6flggq2t.dcim_region USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_region_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_region_sort_path_idx ON branch_6flggq2t.dcim_region USING btree (sort_path);


--
-- Name: dcim_site_asns_asn_id_3cfd0f00; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_asns_asn_id_3cfd0f00 ON branch_6flggq2t.dcim_site_asns USING btree (asn_id);


--
-- Name: dcim_site_asns_site_id_112ccacf; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_asns_site_id_112ccacf ON branch_6flggq2t.dcim_site_asns USING btree (site_id);


--
-- Name: dcim_site_group_id_3910c975; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_group_id_3910c975 ON branch_6flggq2t.dcim_site USING btree (group_id);


--
-- Name: dcim_site_name_8fe66c76_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_name_8fe66c76_like ON branch_6flggq2t.dcim_site USING btree (name varchar_pattern_ops);


--
-- Name: dcim_site_owner_id_ef94687e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_owner_id_ef94687e ON branch_6flggq2t.dcim_site USING btree (owner_id);


--
-- Name: dcim_site_region_id_45210932; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_region_id_45210932 ON branch_6flggq2t.dcim_site USING btree (region_id);


--
-- Name: dcim_site_slug_4412c762_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_slug_4412c762_like ON branch_6flggq2t.dcim_site USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_site_tenant_id_15e7df63; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_site_tenant_id_15e7df63 ON branch_6flggq2t.dcim_site USING btree (tenant_id);


--
-- Name: dcim_sitegroup_owner_id_50283a64; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_owner_id_50283a64 ON branch_6flggq2t.dcim_sitegroup USING btree (owner_id);


--
-- Name: dcim_sitegroup_parent_id_533a5e44; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_parent_id_533a5e44 ON branch_6flggq2t.dcim_sitegroup USING btree (parent_id);


--
-- Name: dcim_sitegroup_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_path_gist ON branch_6flggq2t.dcim_sitegroup USING gist (path);


--
-- Name: dcim_sitegroup_slug_a11d2b04; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_slug_a11d2b04 ON branch_6flggq2t.dcim_sitegroup USING btree (slug);


--
-- Name: dcim_sitegroup_slug_a11d2b04_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_slug_a11d2b04_like ON branch_6flggq2t.dcim_sitegroup USING btree (slug varchar_pattern_ops);


--
-- Name: dcim_sitegroup_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_sitegroup_sort_path_idx ON branch_6flggq2t.dcim_sitegroup USING btree (sort_path);


--
-- Name: dcim_virtua_name_079d4d_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtua_name_079d4d_idx ON branch_6flggq2t.dcim_virtualdevicecontext USING btree (name);


--
-- Name: dcim_virtua_name_2dc5cd_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtua_name_2dc5cd_idx ON branch_6flggq2t.dcim_virtualchassis USING btree (name);


--
-- Name: dcim_virtualchassis_owner_id_76116efe; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtualchassis_owner_id_76116efe ON branch_6flggq2t.dcim_virtualchassis USING btree (owner_id);


--
-- Name: dcim_virtualdevicecontext_device_id_4f39274b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtualdevicecontext_device_id_4f39274b ON branch_6flggq2t.dcim_virtualdevicecontext USING btree (device_id);


--
-- Name: dcim_virtualdevicecontext_owner_id_33c19ef7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtualdevicecontext_owner_id_33c19ef7 ON branch_6flggq2t.dcim_virtualdevicecontext USING btree (owner_id);


--
-- Name: dcim_virtualdevicecontext_tenant_id_b6a21753; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX dcim_virtualdevicecontext_tenant_id_b6a21753 ON branch_6flggq2t.dcim_virtualdevicecontext USING btree (tenant_id);


--
-- Name: extras_cachedvalue_object; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_cachedvalue_object ON branch_6flggq2t.extras_cachedvalue USING btree (object_type_id, object_id);


--
-- Name: extras_cachedvalue_object_type_id_6f47d444; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_cachedvalue_object_type_id_6f47d444 ON branch_6flggq2t.extras_cachedvalue USING btree (object_type_id);


--
-- Name: extras_conf_name_e276bf_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_conf_name_e276bf_idx ON branch_6flggq2t.extras_configtemplate USING btree (name);


--
-- Name: extras_conf_weight_ef9a81_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_conf_weight_ef9a81_idx ON branch_6flggq2t.extras_configcontext USING btree (weight, name);


--
-- Name: extras_configcontext_cluster_groups_clustergroup_id_f4322ce8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_cluster_groups_clustergroup_id_f4322ce8 ON branch_6flggq2t.extras_configcontext_cluster_groups USING btree (clustergroup_id);


--
-- Name: extras_configcontext_cluster_groups_configcontext_id_8f50b794; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_cluster_groups_configcontext_id_8f50b794 ON branch_6flggq2t.extras_configcontext_cluster_groups USING btree (configcontext_id);


--
-- Name: extras_configcontext_cluster_types_clustertype_id_fa493b64; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_cluster_types_clustertype_id_fa493b64 ON branch_6flggq2t.extras_configcontext_cluster_types USING btree (clustertype_id);


--
-- Name: extras_configcontext_cluster_types_configcontext_id_d549b6f2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_cluster_types_configcontext_id_d549b6f2 ON branch_6flggq2t.extras_configcontext_cluster_types USING btree (configcontext_id);


--
-- Name: extras_configcontext_clusters_cluster_id_6abd47a1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_clusters_cluster_id_6abd47a1 ON branch_6flggq2t.extras_configcontext_clusters USING btree (cluster_id);


--
-- Name: extras_configcontext_clusters_configcontext_id_ed579a40; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_clusters_configcontext_id_ed579a40 ON branch_6flggq2t.extras_configcontext_clusters USING btree (configcontext_id);


--
-- Name: extras_configcontext_data_file_id_8fdd620b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_data_file_id_8fdd620b ON branch_6flggq2t.extras_configcontext USING btree (data_file_id);


--
-- Name: extras_configcontext_data_source_id_1b2eb8af; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_data_source_id_1b2eb8af ON branch_6flggq2t.extras_configcontext USING btree (data_source_id);


--
-- Name: extras_configcontext_device_types_configcontext_id_55632923; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_device_types_configcontext_id_55632923 ON branch_6flggq2t.extras_configcontext_device_types USING btree (configcontext_id);


--
-- Name: extras_configcontext_device_types_devicetype_id_b8788c2d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_device_types_devicetype_id_b8788c2d ON branch_6flggq2t.extras_configcontext_device_types USING btree (devicetype_id);


--
-- Name: extras_configcontext_locations_configcontext_id_cc629ec1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_locations_configcontext_id_cc629ec1 ON branch_6flggq2t.extras_configcontext_locations USING btree (configcontext_id);


--
-- Name: extras_configcontext_locations_location_id_9e19eac9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_locations_location_id_9e19eac9 ON branch_6flggq2t.extras_configcontext_locations USING btree (location_id);


--
-- Name: extras_configcontext_name_4bbfe25d_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_name_4bbfe25d_like ON branch_6flggq2t.extras_configcontext USING btree (name varchar_pattern_ops);


--
-- Name: extras_configcontext_owner_id_6c8d9a06; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_owner_id_6c8d9a06 ON branch_6flggq2t.extras_configcontext USING btree (owner_id);


--
-- Name: extras_configcontext_platforms_configcontext_id_2a516699; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_platforms_configcontext_id_2a516699 ON branch_6flggq2t.extras_configcontext_platforms USING btree (configcontext_id);


--
-- Name: extras_configcontext_platforms_platform_id_3fdfedc0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_platforms_platform_id_3fdfedc0 ON branch_6flggq2t.extras_configcontext_platforms USING btree (platform_id);


--
-- Name: extras_configcontext_profile_id_48c7bc6a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_profile_id_48c7bc6a ON branch_6flggq2t.extras_configcontext USING btree (profile_id);


--
-- Name: extras_configcontext_regions_configcontext_id_73003dbc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_regions_configcontext_id_73003dbc ON branch_6flggq2t.extras_configcontext_regions USING btree (configcontext_id);


--
-- Name: extras_configcontext_regions_region_id_35c6ba9d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_regions_region_id_35c6ba9d ON branch_6flggq2t.extras_configcontext_regions USING btree (region_id);


--
-- Name: extras_configcontext_roles_configcontext_id_59b67386; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_roles_configcontext_id_59b67386 ON branch_6flggq2t.extras_configcontext_roles USING btree (configcontext_id);


--
-- Name: extras_configcontext_roles_devicerole_id_d3a84813; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_roles_devicerole_id_d3a84813 ON branch_6flggq2t.extras_configcontext_roles USING btree (devicerole_id);


--
-- Name: extras_configcontext_site_groups_configcontext_id_2e0f43cb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_site_groups_configcontext_id_2e0f43cb ON branch_6flggq2t.extras_configcontext_site_groups USING btree (configcontext_id);


--
-- Name: extras_configcontext_site_groups_sitegroup_id_3287c9e7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_site_groups_sitegroup_id_3287c9e7 ON branch_6flggq2t.extras_configcontext_site_groups USING btree (sitegroup_id);


--
-- Name: extras_configcontext_sites_configcontext_id_8c54feb9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_sites_configcontext_id_8c54feb9 ON branch_6flggq2t.extras_configcontext_sites USING btree (configcontext_id);


--
-- Name: extras_configcontext_sites_site_id_cbb76c96; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_sites_site_id_cbb76c96 ON branch_6flggq2t.extras_configcontext_sites USING btree (site_id);


--
-- Name: extras_configcontext_tags_configcontext_id_64a392b1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tags_configcontext_id_64a392b1 ON branch_6flggq2t.extras_configcontext_tags USING btree (configcontext_id);


--
-- Name: extras_configcontext_tags_tag_id_129a5d87; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tags_tag_id_129a5d87 ON branch_6flggq2t.extras_configcontext_tags USING btree (tag_id);


--
-- Name: extras_configcontext_tenant_groups_configcontext_id_92f68345; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tenant_groups_configcontext_id_92f68345 ON branch_6flggq2t.extras_configcontext_tenant_groups USING btree (configcontext_id);


--
-- Name: extras_configcontext_tenant_groups_tenantgroup_id_0909688d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tenant_groups_tenantgroup_id_0909688d ON branch_6flggq2t.extras_configcontext_tenant_groups USING btree (tenantgroup_id);


--
-- Name: extras_configcontext_tenants_configcontext_id_b53552a6; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tenants_configcontext_id_b53552a6 ON branch_6flggq2t.extras_configcontext_tenants USING btree (configcontext_id);


--
-- Name: extras_configcontext_tenants_tenant_id_8d0aa28e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontext_tenants_tenant_id_8d0aa28e ON branch_6flggq2t.extras_configcontext_tenants USING btree (tenant_id);


--
-- Name: extras_configcontextprofile_data_file_id_e0caf376; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontextprofile_data_file_id_e0caf376 ON branch_6flggq2t.extras_configcontextprofile USING btree (data_file_id);


--
-- Name: extras_configcontextprofile_data_source_id_b88dd849; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontextprofile_data_source_id_b88dd849 ON branch_6flggq2t.extras_configcontextprofile USING btree (data_source_id);


--
-- Name: extras_configcontextprofile_name_070de83b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontextprofile_name_070de83b_like ON branch_6flggq2t.extras_configcontextprofile USING btree (name varchar_pattern_ops);


--
-- Name: extras_configcontextprofile_owner_id_6b1a975e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configcontextprofile_owner_id_6b1a975e ON branch_6flggq2t.extras_configcontextprofile USING btree (owner_id);


--
-- Name: extras_configtemplate_data_file_id_20c7cff4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configtemplate_data_file_id_20c7cff4 ON branch_6flggq2t.extras_configtemplate USING btree (data_file_id);


--
-- Name: extras_configtemplate_data_source_id_f9d26d5d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configtemplate_data_source_id_f9d26d5d ON branch_6flggq2t.extras_configtemplate USING btree (data_source_id);


--
-- Name: extras_configtemplate_owner_id_0925c336; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_configtemplate_owner_id_0925c336 ON branch_6flggq2t.extras_configtemplate USING btree (owner_id);


--
-- Name: extras_imag_name_23cd9f_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_imag_name_23cd9f_idx ON branch_6flggq2t.extras_imageattachment USING btree (name, id);


--
-- Name: extras_imag_object__96bebc_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_imag_object__96bebc_idx ON branch_6flggq2t.extras_imageattachment USING btree (object_type_id, object_id);


--
-- Name: extras_imageattachment_content_type_id_90e0643d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_imageattachment_content_type_id_90e0643d ON branch_6flggq2t.extras_imageattachment USING btree (object_type_id);


--
-- Name: extras_jour_assigne_76510f_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_jour_assigne_76510f_idx ON branch_6flggq2t.extras_journalentry USING btree (assigned_object_type_id, assigned_object_id);


--
-- Name: extras_jour_created_ec0fac_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_jour_created_ec0fac_idx ON branch_6flggq2t.extras_journalentry USING btree (created DESC);


--
-- Name: extras_journalentry_assigned_object_type_id_1bba9f68; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_journalentry_assigned_object_type_id_1bba9f68 ON branch_6flggq2t.extras_journalentry USING btree (assigned_object_type_id);


--
-- Name: extras_journalentry_created_by_id_8d4e4329; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_journalentry_created_by_id_8d4e4329 ON branch_6flggq2t.extras_journalentry USING btree (created_by_id);


--
-- Name: extras_tabl_weight_7c4bb6_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tabl_weight_7c4bb6_idx ON branch_6flggq2t.extras_tableconfig USING btree (weight, name);


--
-- Name: extras_tableconfig_object_type_id_e43ad6ad; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tableconfig_object_type_id_e43ad6ad ON branch_6flggq2t.extras_tableconfig USING btree (object_type_id);


--
-- Name: extras_tableconfig_user_id_0b525dff; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tableconfig_user_id_0b525dff ON branch_6flggq2t.extras_tableconfig USING btree (user_id);


--
-- Name: extras_tag_name_9550b3d9_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_name_9550b3d9_like ON branch_6flggq2t.extras_tag USING btree (name varchar_pattern_ops);


--
-- Name: extras_tag_object_types_contenttype_id_c1b220c3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_object_types_contenttype_id_c1b220c3 ON branch_6flggq2t.extras_tag_object_types USING btree (contenttype_id);


--
-- Name: extras_tag_object_types_tag_id_2e1aab29; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_object_types_tag_id_2e1aab29 ON branch_6flggq2t.extras_tag_object_types USING btree (tag_id);


--
-- Name: extras_tag_owner_id_ebb991ad; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_owner_id_ebb991ad ON branch_6flggq2t.extras_tag USING btree (owner_id);


--
-- Name: extras_tag_slug_aaa5b7e9_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_slug_aaa5b7e9_like ON branch_6flggq2t.extras_tag USING btree (slug varchar_pattern_ops);


--
-- Name: extras_tag_weight_d99f50_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tag_weight_d99f50_idx ON branch_6flggq2t.extras_tag USING btree (weight, name);


--
-- Name: extras_tagg_content_717743_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_tagg_content_717743_idx ON branch_6flggq2t.extras_taggeditem USING btree (content_type_id, object_id);


--
-- Name: extras_taggeditem_content_type_id_ba5562ed; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_taggeditem_content_type_id_ba5562ed ON branch_6flggq2t.extras_taggeditem USING btree (content_type_id);


--
-- Name: extras_taggeditem_object_id_31b2aa77; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_taggeditem_object_id_31b2aa77 ON branch_6flggq2t.extras_taggeditem USING btree (object_id);


--
-- Name: extras_taggeditem_tag_id_d48af7c7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX extras_taggeditem_tag_id_d48af7c7 ON branch_6flggq2t.extras_taggeditem USING btree (tag_id);


--
-- Name: ipam_aggreg_prefix_89dd71_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_aggreg_prefix_89dd71_idx ON branch_6flggq2t.ipam_aggregate USING btree (prefix, id);


--
-- Name: ipam_aggregate_owner_id_fdaa939f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_aggregate_owner_id_fdaa939f ON branch_6flggq2t.ipam_aggregate USING btree (owner_id);


--
-- Name: ipam_aggregate_rir_id_ef7a27bd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_aggregate_rir_id_ef7a27bd ON branch_6flggq2t.ipam_aggregate USING btree (rir_id);


--
-- Name: ipam_aggregate_tenant_id_637dd1a1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_aggregate_tenant_id_637dd1a1 ON branch_6flggq2t.ipam_aggregate USING btree (tenant_id);


--
-- Name: ipam_asn_owner_id_2ab253b3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asn_owner_id_2ab253b3 ON branch_6flggq2t.ipam_asn USING btree (owner_id);


--
-- Name: ipam_asn_rir_id_f5ad3cff; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asn_rir_id_f5ad3cff ON branch_6flggq2t.ipam_asn USING btree (rir_id);


--
-- Name: ipam_asn_role_id_86d8acd4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asn_role_id_86d8acd4 ON branch_6flggq2t.ipam_asn USING btree (role_id);


--
-- Name: ipam_asn_tenant_id_07e8188e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asn_tenant_id_07e8188e ON branch_6flggq2t.ipam_asn USING btree (tenant_id);


--
-- Name: ipam_asnrange_name_c7585e73_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asnrange_name_c7585e73_like ON branch_6flggq2t.ipam_asnrange USING btree (name varchar_pattern_ops);


--
-- Name: ipam_asnrange_owner_id_a943e984; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asnrange_owner_id_a943e984 ON branch_6flggq2t.ipam_asnrange USING btree (owner_id);


--
-- Name: ipam_asnrange_rir_id_c9c31183; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asnrange_rir_id_c9c31183 ON branch_6flggq2t.ipam_asnrange USING btree (rir_id);


--
-- Name: ipam_asnrange_slug_c8a7d8a1_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asnrange_slug_c8a7d8a1_like ON branch_6flggq2t.ipam_asnrange USING btree (slug varchar_pattern_ops);


--
-- Name: ipam_asnrange_tenant_id_ed8f80b7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_asnrange_tenant_id_ed8f80b7 ON branch_6flggq2t.ipam_asnrange USING btree (tenant_id);


--
-- Name: ipam_fhrpgr_interfa_2acc3f_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgr_interfa_2acc3f_idx ON branch_6flggq2t.ipam_fhrpgroupassignment USING btree (interface_type_id, interface_id);


--
-- Name: ipam_fhrpgr_priorit_b76335_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgr_priorit_b76335_idx ON branch_6flggq2t.ipam_fhrpgroupassignment USING btree (priority DESC, id);


--
-- Name: ipam_fhrpgr_protoco_0445ae_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgr_protoco_0445ae_idx ON branch_6flggq2t.ipam_fhrpgroup USING btree (protocol, group_id, id);


--
-- Name: ipam_fhrpgroup_owner_id_f5209119; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgroup_owner_id_f5209119 ON branch_6flggq2t.ipam_fhrpgroup USING btree (owner_id);


--
-- Name: ipam_fhrpgroupassignment_group_id_19f15ca4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgroupassignment_group_id_19f15ca4 ON branch_6flggq2t.ipam_fhrpgroupassignment USING btree (group_id);


--
-- Name: ipam_fhrpgroupassignment_interface_type_id_f3bcb487; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_fhrpgroupassignment_interface_type_id_f3bcb487 ON branch_6flggq2t.ipam_fhrpgroupassignment USING btree (interface_type_id);


--
-- Name: ipam_ipaddr_address_3ddeea_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddr_address_3ddeea_idx ON branch_6flggq2t.ipam_ipaddress USING btree (address, id);


--
-- Name: ipam_ipaddr_assigne_890ab8_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddr_assigne_890ab8_idx ON branch_6flggq2t.ipam_ipaddress USING btree (assigned_object_type_id, assigned_object_id);


--
-- Name: ipam_ipaddress_assigned_object_type_id_02354370; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_assigned_object_type_id_02354370 ON branch_6flggq2t.ipam_ipaddress USING btree (assigned_object_type_id);


--
-- Name: ipam_ipaddress_host; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_host ON branch_6flggq2t.ipam_ipaddress USING btree (((host(address))::inet), id);


--
-- Name: ipam_ipaddress_nat_inside_id_a45fb7c5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_nat_inside_id_a45fb7c5 ON branch_6flggq2t.ipam_ipaddress USING btree (nat_inside_id);


--
-- Name: ipam_ipaddress_owner_id_47736b63; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_owner_id_47736b63 ON branch_6flggq2t.ipam_ipaddress USING btree (owner_id);


--
-- Name: ipam_ipaddress_tenant_id_ac55acfd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_tenant_id_ac55acfd ON branch_6flggq2t.ipam_ipaddress USING btree (tenant_id);


--
-- Name: ipam_ipaddress_vrf_id_51fcc59b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_ipaddress_vrf_id_51fcc59b ON branch_6flggq2t.ipam_ipaddress USING btree (vrf_id);


--
-- Name: ipam_iprange_end_host; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_end_host ON branch_6flggq2t.ipam_iprange USING btree (((host(end_address))::inet));


--
-- Name: ipam_iprange_owner_id_b327afb7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_owner_id_b327afb7 ON branch_6flggq2t.ipam_iprange USING btree (owner_id);


--
-- Name: ipam_iprange_role_id_2782e864; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_role_id_2782e864 ON branch_6flggq2t.ipam_iprange USING btree (role_id);


--
-- Name: ipam_iprange_start_host; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_start_host ON branch_6flggq2t.ipam_iprange USING btree (((host(start_address))::inet));


--
-- Name: ipam_iprange_tenant_id_856027ea; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_tenant_id_856027ea ON branch_6flggq2t.ipam_iprange USING btree (tenant_id);


--
-- Name: ipam_iprange_vrf_id_613e9dd2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_iprange_vrf_id_613e9dd2 ON branch_6flggq2t.ipam_iprange USING btree (vrf_id);


--
-- Name: ipam_l2vpn_export_targets_l2vpn_id_8749bbe8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_l2vpn_export_targets_l2vpn_id_8749bbe8 ON branch_6flggq2t.vpn_l2vpn_export_targets USING btree (l2vpn_id);


--
-- Name: ipam_l2vpn_export_targets_routetarget_id_5ccb758b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_l2vpn_export_targets_routetarget_id_5ccb758b ON branch_6flggq2t.vpn_l2vpn_export_targets USING btree (routetarget_id);


--
-- Name: ipam_l2vpn_import_targets_l2vpn_id_731f5bb4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_l2vpn_import_targets_l2vpn_id_731f5bb4 ON branch_6flggq2t.vpn_l2vpn_import_targets USING btree (l2vpn_id);


--
-- Name: ipam_l2vpn_import_targets_routetarget_id_58a188b2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_l2vpn_import_targets_routetarget_id_58a188b2 ON branch_6flggq2t.vpn_l2vpn_import_targets USING btree (routetarget_id);


--
-- Name: ipam_prefix__location_id_f5925c42; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix__location_id_f5925c42 ON branch_6flggq2t.ipam_prefix USING btree (_location_id);


--
-- Name: ipam_prefix__region_id_54aedc72; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix__region_id_54aedc72 ON branch_6flggq2t.ipam_prefix USING btree (_region_id);


--
-- Name: ipam_prefix__site_group_id_8277120b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix__site_group_id_8277120b ON branch_6flggq2t.ipam_prefix USING btree (_site_group_id);


--
-- Name: ipam_prefix__site_id_b479fb05; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix__site_id_b479fb05 ON branch_6flggq2t.ipam_prefix USING btree (_site_id);


--
-- Name: ipam_prefix_gist_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_gist_idx ON branch_6flggq2t.ipam_prefix USING gist (prefix inet_ops);


--
-- Name: ipam_prefix_owner_id_12d43bc8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_owner_id_12d43bc8 ON branch_6flggq2t.ipam_prefix USING btree (owner_id);


--
-- Name: ipam_prefix_role_id_0a98d415; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_role_id_0a98d415 ON branch_6flggq2t.ipam_prefix USING btree (role_id);


--
-- Name: ipam_prefix_scope_t_fe84a6_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_scope_t_fe84a6_idx ON branch_6flggq2t.ipam_prefix USING btree (scope_type_id, scope_id);


--
-- Name: ipam_prefix_scope_type_id_413319e2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_scope_type_id_413319e2 ON branch_6flggq2t.ipam_prefix USING btree (scope_type_id);


--
-- Name: ipam_prefix_tenant_id_7ba1fcc4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_tenant_id_7ba1fcc4 ON branch_6flggq2t.ipam_prefix USING btree (tenant_id);


--
-- Name: ipam_prefix_vlan_id_1db91bff; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_vlan_id_1db91bff ON branch_6flggq2t.ipam_prefix USING btree (vlan_id);


--
-- Name: ipam_prefix_vrf_id_34f78ed0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_prefix_vrf_id_34f78ed0 ON branch_6flggq2t.ipam_prefix USING btree (vrf_id);


--
-- Name: ipam_rir_name_64a71982_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_rir_name_64a71982_like ON branch_6flggq2t.ipam_rir USING btree (name varchar_pattern_ops);


--
-- Name: ipam_rir_owner_id_172cc053; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_rir_owner_id_172cc053 ON branch_6flggq2t.ipam_rir USING btree (owner_id);


--
-- Name: ipam_rir_slug_ff1a369a_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_rir_slug_ff1a369a_like ON branch_6flggq2t.ipam_rir USING btree (slug varchar_pattern_ops);


--
-- Name: ipam_role_name_13784849_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_role_name_13784849_like ON branch_6flggq2t.ipam_role USING btree (name varchar_pattern_ops);


--
-- Name: ipam_role_owner_id_b42367ab; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_role_owner_id_b42367ab ON branch_6flggq2t.ipam_role USING btree (owner_id);


--
-- Name: ipam_role_slug_309ca14c_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_role_slug_309ca14c_like ON branch_6flggq2t.ipam_role USING btree (slug varchar_pattern_ops);


--
-- Name: ipam_role_weight_01396b_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_role_weight_01396b_idx ON branch_6flggq2t.ipam_role USING btree (weight, name);


--
-- Name: ipam_routetarget_name_212be79f_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_routetarget_name_212be79f_like ON branch_6flggq2t.ipam_routetarget USING btree (name varchar_pattern_ops);


--
-- Name: ipam_routetarget_owner_id_e968953a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_routetarget_owner_id_e968953a ON branch_6flggq2t.ipam_routetarget USING btree (owner_id);


--
-- Name: ipam_routetarget_tenant_id_5a0b35e8; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_routetarget_tenant_id_5a0b35e8 ON branch_6flggq2t.ipam_routetarget USING btree (tenant_id);


--
-- Name: ipam_servic_name_b3260b_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servic_name_b3260b_idx ON branch_6flggq2t.ipam_service USING btree (name, id);


--
-- Name: ipam_servic_parent__563d2b_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servic_parent__563d2b_idx ON branch_6flggq2t.ipam_service USING btree (parent_object_type_id, parent_object_id);


--
-- Name: ipam_servic_port_ma_39e070_gin; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servic_port_ma_39e070_gin ON branch_6flggq2t.ipam_servicetemplate USING gin (port_mappings);


--
-- Name: ipam_servic_port_ma_a3d51d_gin; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servic_port_ma_a3d51d_gin ON branch_6flggq2t.ipam_service USING gin (port_mappings);


--
-- Name: ipam_service_ipaddresses_ipaddress_id_b4138c6d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_service_ipaddresses_ipaddress_id_b4138c6d ON branch_6flggq2t.ipam_service_ipaddresses USING btree (ipaddress_id);


--
-- Name: ipam_service_ipaddresses_service_id_ae26b9ab; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_service_ipaddresses_service_id_ae26b9ab ON branch_6flggq2t.ipam_service_ipaddresses USING btree (service_id);


--
-- Name: ipam_service_owner_id_ab1c827a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_service_owner_id_ab1c827a ON branch_6flggq2t.ipam_service USING btree (owner_id);


--
-- Name: ipam_service_parent_object_type_id_8e76bfb3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_service_parent_object_type_id_8e76bfb3 ON branch_6flggq2t.ipam_service USING btree (parent_object_type_id);


--
-- Name: ipam_servicetemplate_name_1a2f3410_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servicetemplate_name_1a2f3410_like ON branch_6flggq2t.ipam_servicetemplate USING btree (name varchar_pattern_ops);


--
-- Name: ipam_servicetemplate_owner_id_bd152acb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_servicetemplate_owner_id_bd152acb ON branch_6flggq2t.ipam_servicetemplate USING btree (owner_id);


--
-- Name: ipam_vlan_group_id_88cbfa62; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_group_id_88cbfa62 ON branch_6flggq2t.ipam_vlan USING btree (group_id);


--
-- Name: ipam_vlan_owner_id_ead15d2b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_owner_id_ead15d2b ON branch_6flggq2t.ipam_vlan USING btree (owner_id);


--
-- Name: ipam_vlan_qinq_svlan_id_acbd7a5d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_qinq_svlan_id_acbd7a5d ON branch_6flggq2t.ipam_vlan USING btree (qinq_svlan_id);


--
-- Name: ipam_vlan_role_id_f5015962; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_role_id_f5015962 ON branch_6flggq2t.ipam_vlan USING btree (role_id);


--
-- Name: ipam_vlan_site_id_985573_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_site_id_985573_idx ON branch_6flggq2t.ipam_vlan USING btree (site_id, group_id, vid, id);


--
-- Name: ipam_vlan_site_id_a59334e3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_site_id_a59334e3 ON branch_6flggq2t.ipam_vlan USING btree (site_id);


--
-- Name: ipam_vlan_tenant_id_71a8290d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlan_tenant_id_71a8290d ON branch_6flggq2t.ipam_vlan USING btree (tenant_id);


--
-- Name: ipam_vlangr_name_ffa83e_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangr_name_ffa83e_idx ON branch_6flggq2t.ipam_vlangroup USING btree (name, id);


--
-- Name: ipam_vlangr_scope_t_9da557_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangr_scope_t_9da557_idx ON branch_6flggq2t.ipam_vlangroup USING btree (scope_type_id, scope_id);


--
-- Name: ipam_vlangroup_owner_id_3a50b541; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangroup_owner_id_3a50b541 ON branch_6flggq2t.ipam_vlangroup USING btree (owner_id);


--
-- Name: ipam_vlangroup_scope_type_id_6606a755; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangroup_scope_type_id_6606a755 ON branch_6flggq2t.ipam_vlangroup USING btree (scope_type_id);


--
-- Name: ipam_vlangroup_slug_40abcf6b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangroup_slug_40abcf6b ON branch_6flggq2t.ipam_vlangroup USING btree (slug);


--
-- Name: ipam_vlangroup_slug_40abcf6b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangroup_slug_40abcf6b_like ON branch_6flggq2t.ipam_vlangroup USING btree (slug varchar_pattern_ops);


--
-- Name: ipam_vlangroup_tenant_id_29197fca; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlangroup_tenant_id_29197fca ON branch_6flggq2t.ipam_vlangroup USING btree (tenant_id);


--
-- Name: ipam_vlantranslationpolicy_name_17e0a007_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlantranslationpolicy_name_17e0a007_like ON branch_6flggq2t.ipam_vlantranslationpolicy USING btree (name varchar_pattern_ops);


--
-- Name: ipam_vlantranslationpolicy_owner_id_f4e1cb82; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlantranslationpolicy_owner_id_f4e1cb82 ON branch_6flggq2t.ipam_vlantranslationpolicy USING btree (owner_id);


--
-- Name: ipam_vlantranslationrule_policy_id_09157735; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vlantranslationrule_policy_id_09157735 ON branch_6flggq2t.ipam_vlantranslationrule USING btree (policy_id);


--
-- Name: ipam_vrf_export_targets_routetarget_id_8d9319f7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_export_targets_routetarget_id_8d9319f7 ON branch_6flggq2t.ipam_vrf_export_targets USING btree (routetarget_id);


--
-- Name: ipam_vrf_export_targets_vrf_id_6f4875c4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_export_targets_vrf_id_6f4875c4 ON branch_6flggq2t.ipam_vrf_export_targets USING btree (vrf_id);


--
-- Name: ipam_vrf_import_targets_routetarget_id_0e05b144; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_import_targets_routetarget_id_0e05b144 ON branch_6flggq2t.ipam_vrf_import_targets USING btree (routetarget_id);


--
-- Name: ipam_vrf_import_targets_vrf_id_ed491b19; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_import_targets_vrf_id_ed491b19 ON branch_6flggq2t.ipam_vrf_import_targets USING btree (vrf_id);


--
-- Name: ipam_vrf_name_ec911d_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_name_ec911d_idx ON branch_6flggq2t.ipam_vrf USING btree (name, rd, id);


--
-- Name: ipam_vrf_owner_id_9b591781; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_owner_id_9b591781 ON branch_6flggq2t.ipam_vrf USING btree (owner_id);


--
-- Name: ipam_vrf_rd_0ac1bde1_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_rd_0ac1bde1_like ON branch_6flggq2t.ipam_vrf USING btree (rd varchar_pattern_ops);


--
-- Name: ipam_vrf_tenant_id_498b0051; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX ipam_vrf_tenant_id_498b0051 ON branch_6flggq2t.ipam_vrf USING btree (tenant_id);


--
-- Name: netbox_custom_objects_cust_choice_set_id_0fe3704d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_choice_set_id_0fe3704d ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield USING btree (choice_set_id);


--
-- Name: netbox_custom_objects_cust_custom_object_type_id_cbf253a0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_custom_object_type_id_cbf253a0 ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield USING btree (custom_object_type_id);


--
-- Name: netbox_custom_objects_cust_customobjecttypefield_id_0d38c0a9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_customobjecttypefield_id_0d38c0a9 ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc USING btree (customobjecttypefield_id);


--
-- Name: netbox_custom_objects_cust_objecttype_id_fd584e75; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_objecttype_id_fd584e75 ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield_related_object_93dc USING btree (objecttype_id);


--
-- Name: netbox_custom_objects_cust_related_object_type_id_e4cda7aa; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_cust_related_object_type_id_e4cda7aa ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield USING btree (related_object_type_id);


--
-- Name: netbox_custom_objects_customobjecttype_group_name_14759876; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_group_name_14759876 ON branch_6flggq2t.netbox_custom_objects_customobjecttype USING btree (group_name);


--
-- Name: netbox_custom_objects_customobjecttype_group_name_14759876_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_group_name_14759876_like ON branch_6flggq2t.netbox_custom_objects_customobjecttype USING btree (group_name varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttype_name; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttype_name ON branch_6flggq2t.netbox_custom_objects_customobjecttype USING btree (lower((name)::text));


--
-- Name: netbox_custom_objects_customobjecttype_name_903b2d42_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_name_903b2d42_like ON branch_6flggq2t.netbox_custom_objects_customobjecttype USING btree (name varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttype_slug_0325ca31_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX netbox_custom_objects_customobjecttype_slug_0325ca31_like ON branch_6flggq2t.netbox_custom_objects_customobjecttype USING btree (slug varchar_pattern_ops);


--
-- Name: netbox_custom_objects_customobjecttypefield_unique_related_name; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttypefield_unique_related_name ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield USING btree (related_object_type_id, related_name) WHERE ((related_name)::text > ''::text);


--
-- Name: netbox_custom_objects_customobjecttypefield_unique_schema_id; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX netbox_custom_objects_customobjecttypefield_unique_schema_id ON branch_6flggq2t.netbox_custom_objects_customobjecttypefield USING btree (schema_id, custom_object_type_id) WHERE (schema_id IS NOT NULL);


--
-- Name: tenancy_cg_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_cg_sort_path_idx ON branch_6flggq2t.tenancy_contactgroup USING btree (sort_path);


--
-- Name: tenancy_con_contact_23011f_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_con_contact_23011f_idx ON branch_6flggq2t.tenancy_contactassignment USING btree (contact_id, priority, role_id, id);


--
-- Name: tenancy_con_name_c26153_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_con_name_c26153_idx ON branch_6flggq2t.tenancy_contact USING btree (name);


--
-- Name: tenancy_con_object__6f20f7_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_con_object__6f20f7_idx ON branch_6flggq2t.tenancy_contactassignment USING btree (object_type_id, object_id);


--
-- Name: tenancy_contact_groups_contact_id_84c9d84f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contact_groups_contact_id_84c9d84f ON branch_6flggq2t.tenancy_contact_groups USING btree (contact_id);


--
-- Name: tenancy_contact_groups_contactgroup_id_5c8d6c5a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contact_groups_contactgroup_id_5c8d6c5a ON branch_6flggq2t.tenancy_contact_groups USING btree (contactgroup_id);


--
-- Name: tenancy_contact_owner_id_9d93abff; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contact_owner_id_9d93abff ON branch_6flggq2t.tenancy_contact USING btree (owner_id);


--
-- Name: tenancy_contactassignment_contact_id_5302baf0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactassignment_contact_id_5302baf0 ON branch_6flggq2t.tenancy_contactassignment USING btree (contact_id);


--
-- Name: tenancy_contactassignment_content_type_id_0c3f0c67; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactassignment_content_type_id_0c3f0c67 ON branch_6flggq2t.tenancy_contactassignment USING btree (object_type_id);


--
-- Name: tenancy_contactassignment_role_id_fc08bfb5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactassignment_role_id_fc08bfb5 ON branch_6flggq2t.tenancy_contactassignment USING btree (role_id);


--
-- Name: tenancy_contactgroup_owner_id_4bb044c2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactgroup_owner_id_4bb044c2 ON branch_6flggq2t.tenancy_contactgroup USING btree (owner_id);


--
-- Name: tenancy_contactgroup_parent_id_c087d69f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactgroup_parent_id_c087d69f ON branch_6flggq2t.tenancy_contactgroup USING btree (parent_id);


--
-- Name: tenancy_contactgroup_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactgroup_path_gist ON branch_6flggq2t.tenancy_contactgroup USING gist (path);


--
-- Name: tenancy_contactgroup_slug_5b0f3e75; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactgroup_slug_5b0f3e75 ON branch_6flggq2t.tenancy_contactgroup USING btree (slug);


--
-- Name: tenancy_contactgroup_slug_5b0f3e75_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactgroup_slug_5b0f3e75_like ON branch_6flggq2t.tenancy_contactgroup USING btree (slug varchar_pattern_ops);


--
-- Name: tenancy_contactrole_name_44b01a1f_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactrole_name_44b01a1f_like ON branch_6flggq2t.tenancy_contactrole USING btree (name varchar_pattern_ops);


--
-- Name: tenancy_contactrole_owner_id_3677102e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactrole_owner_id_3677102e ON branch_6flggq2t.tenancy_contactrole USING btree (owner_id);


--
-- Name: tenancy_contactrole_slug_c5837d7d_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_contactrole_slug_c5837d7d_like ON branch_6flggq2t.tenancy_contactrole USING btree (slug varchar_pattern_ops);


--
-- Name: tenancy_tenant_group_id_7daef6f4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenant_group_id_7daef6f4 ON branch_6flggq2t.tenancy_tenant USING btree (group_id);


--
-- Name: tenancy_tenant_owner_id_02823f0b; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenant_owner_id_02823f0b ON branch_6flggq2t.tenancy_tenant USING btree (owner_id);


--
-- Name: tenancy_tenant_slug_0716575e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenant_slug_0716575e ON branch_6flggq2t.tenancy_tenant USING btree (slug);


--
-- Name: tenancy_tenant_slug_0716575e_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenant_slug_0716575e_like ON branch_6flggq2t.tenancy_tenant USING btree (slug varchar_pattern_ops);


--
-- Name: tenancy_tenantgroup_name_53363199_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenantgroup_name_53363199_like ON branch_6flggq2t.tenancy_tenantgroup USING btree (name varchar_pattern_ops);


--
-- Name: tenancy_tenantgroup_owner_id_a4f64bbd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenantgroup_owner_id_a4f64bbd ON branch_6flggq2t.tenancy_tenantgroup USING btree (owner_id);


--
-- Name: tenancy_tenantgroup_parent_id_2542fc18; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenantgroup_parent_id_2542fc18 ON branch_6flggq2t.tenancy_tenantgroup USING btree (parent_id);


--
-- Name: tenancy_tenantgroup_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenantgroup_path_gist ON branch_6flggq2t.tenancy_tenantgroup USING gist (path);


--
-- Name: tenancy_tenantgroup_slug_e2af1cb6_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tenantgroup_slug_e2af1cb6_like ON branch_6flggq2t.tenancy_tenantgroup USING btree (slug varchar_pattern_ops);


--
-- Name: tenancy_tg_sort_path_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX tenancy_tg_sort_path_idx ON branch_6flggq2t.tenancy_tenantgroup USING btree (sort_path);


--
-- Name: virtualizat_name_16033e_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualizat_name_16033e_idx ON branch_6flggq2t.virtualization_virtualmachine USING btree (name, id);


--
-- Name: virtualizat_name_6cff11_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualizat_name_6cff11_idx ON branch_6flggq2t.virtualization_virtualmachinetype USING btree (name);


--
-- Name: virtualizat_scope_t_fb3b6e_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualizat_scope_t_fb3b6e_idx ON branch_6flggq2t.virtualization_cluster USING btree (scope_type_id, scope_id);


--
-- Name: virtualization_cluster__location_id_f553e386; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster__location_id_f553e386 ON branch_6flggq2t.virtualization_cluster USING btree (_location_id);


--
-- Name: virtualization_cluster__region_id_9244325e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster__region_id_9244325e ON branch_6flggq2t.virtualization_cluster USING btree (_region_id);


--
-- Name: virtualization_cluster__site_group_id_7d9bff8f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster__site_group_id_7d9bff8f ON branch_6flggq2t.virtualization_cluster USING btree (_site_group_id);


--
-- Name: virtualization_cluster__site_id_883df848; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster__site_id_883df848 ON branch_6flggq2t.virtualization_cluster USING btree (_site_id);


--
-- Name: virtualization_cluster_group_id_de379828; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster_group_id_de379828 ON branch_6flggq2t.virtualization_cluster USING btree (group_id);


--
-- Name: virtualization_cluster_owner_id_2ea44dea; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster_owner_id_2ea44dea ON branch_6flggq2t.virtualization_cluster USING btree (owner_id);


--
-- Name: virtualization_cluster_scope_type_id_c49d797a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster_scope_type_id_c49d797a ON branch_6flggq2t.virtualization_cluster USING btree (scope_type_id);


--
-- Name: virtualization_cluster_tenant_id_bc2868d0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster_tenant_id_bc2868d0 ON branch_6flggq2t.virtualization_cluster USING btree (tenant_id);


--
-- Name: virtualization_cluster_type_id_4efafb0a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_cluster_type_id_4efafb0a ON branch_6flggq2t.virtualization_cluster USING btree (type_id);


--
-- Name: virtualization_clustergroup_name_4fcd26b4_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustergroup_name_4fcd26b4_like ON branch_6flggq2t.virtualization_clustergroup USING btree (name varchar_pattern_ops);


--
-- Name: virtualization_clustergroup_owner_id_a865db22; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustergroup_owner_id_a865db22 ON branch_6flggq2t.virtualization_clustergroup USING btree (owner_id);


--
-- Name: virtualization_clustergroup_slug_57ca1d23_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustergroup_slug_57ca1d23_like ON branch_6flggq2t.virtualization_clustergroup USING btree (slug varchar_pattern_ops);


--
-- Name: virtualization_clustertype_name_ea854d3d_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustertype_name_ea854d3d_like ON branch_6flggq2t.virtualization_clustertype USING btree (name varchar_pattern_ops);


--
-- Name: virtualization_clustertype_owner_id_7284f9e4; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustertype_owner_id_7284f9e4 ON branch_6flggq2t.virtualization_clustertype USING btree (owner_id);


--
-- Name: virtualization_clustertype_slug_8ee4d0e0_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_clustertype_slug_8ee4d0e0_like ON branch_6flggq2t.virtualization_clustertype USING btree (slug varchar_pattern_ops);


--
-- Name: virtualization_virtualdisk_owner_id_2e14487d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualdisk_owner_id_2e14487d ON branch_6flggq2t.virtualization_virtualdisk USING btree (owner_id);


--
-- Name: virtualization_virtualdisk_virtual_machine_id_7bc8b6c2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualdisk_virtual_machine_id_7bc8b6c2 ON branch_6flggq2t.virtualization_virtualdisk USING btree (virtual_machine_id);


--
-- Name: virtualization_virtualmachine_cluster_id_6c9f9047; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_cluster_id_6c9f9047 ON branch_6flggq2t.virtualization_virtualmachine USING btree (cluster_id);


--
-- Name: virtualization_virtualmachine_config_template_id_d7fc7874; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_config_template_id_d7fc7874 ON branch_6flggq2t.virtualization_virtualmachine USING btree (config_template_id);


--
-- Name: virtualization_virtualmachine_device_id_5a49ed18; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_device_id_5a49ed18 ON branch_6flggq2t.virtualization_virtualmachine USING btree (device_id);


--
-- Name: virtualization_virtualmachine_owner_id_f6593561; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_owner_id_f6593561 ON branch_6flggq2t.virtualization_virtualmachine USING btree (owner_id);


--
-- Name: virtualization_virtualmachine_platform_id_a6c5ccb2; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_platform_id_a6c5ccb2 ON branch_6flggq2t.virtualization_virtualmachine USING btree (platform_id);


--
-- Name: virtualization_virtualmachine_role_id_0cc898f9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_role_id_0cc898f9 ON branch_6flggq2t.virtualization_virtualmachine USING btree (role_id);


--
-- Name: virtualization_virtualmachine_site_id_54475a27; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_site_id_54475a27 ON branch_6flggq2t.virtualization_virtualmachine USING btree (site_id);


--
-- Name: virtualization_virtualmachine_tenant_id_d00d1d77; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_tenant_id_d00d1d77 ON branch_6flggq2t.virtualization_virtualmachine USING btree (tenant_id);


--
-- Name: virtualization_virtualmachine_unique_name_cluster_tenant; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX virtualization_virtualmachine_unique_name_cluster_tenant ON branch_6flggq2t.virtualization_virtualmachine USING btree (lower((name)::text), cluster_id, tenant_id) NULLS NOT DISTINCT WHERE (cluster_id IS NOT NULL);


--
-- Name: virtualization_virtualmachine_unique_name_device_tenant; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX virtualization_virtualmachine_unique_name_device_tenant ON branch_6flggq2t.virtualization_virtualmachine USING btree (lower((name)::text), device_id, tenant_id) NULLS NOT DISTINCT WHERE ((cluster_id IS NULL) AND (device_id IS NOT NULL));


--
-- Name: virtualization_virtualmachine_virtual_machine_type_id_bdf5b257; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachine_virtual_machine_type_id_bdf5b257 ON branch_6flggq2t.virtualization_virtualmachine USING btree (virtual_machine_type_id);


--
-- Name: virtualization_virtualmachinetype_default_platform_id_6f32d2ac; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachinetype_default_platform_id_6f32d2ac ON branch_6flggq2t.virtualization_virtualmachinetype USING btree (default_platform_id);


--
-- Name: virtualization_virtualmachinetype_owner_id_97b13507; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachinetype_owner_id_97b13507 ON branch_6flggq2t.virtualization_virtualmachinetype USING btree (owner_id);


--
-- Name: virtualization_virtualmachinetype_slug_b0eb0a3f_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_virtualmachinetype_slug_b0eb0a3f_like ON branch_6flggq2t.virtualization_virtualmachinetype USING btree (slug varchar_pattern_ops);


--
-- Name: virtualization_virtualmachinetype_unique_name; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE UNIQUE INDEX virtualization_virtualmachinetype_unique_name ON branch_6flggq2t.virtualization_virtualmachinetype USING btree (lower((name)::text));


--
-- Name: virtualization_vm_cc_null; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vm_cc_null ON branch_6flggq2t.virtualization_virtualmachine USING btree (id) WHERE (_config_context_data IS NULL);


--
-- Name: virtualization_vminterface_bridge_id_7462b91e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_bridge_id_7462b91e ON branch_6flggq2t.virtualization_vminterface USING btree (bridge_id);


--
-- Name: virtualization_vminterface_owner_id_486754ee; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_owner_id_486754ee ON branch_6flggq2t.virtualization_vminterface USING btree (owner_id);


--
-- Name: virtualization_vminterface_parent_id_f86958e1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_parent_id_f86958e1 ON branch_6flggq2t.virtualization_vminterface USING btree (parent_id);


--
-- Name: virtualization_vminterface_qinq_svlan_id_afacb024; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_qinq_svlan_id_afacb024 ON branch_6flggq2t.virtualization_vminterface USING btree (qinq_svlan_id);


--
-- Name: virtualization_vminterface_tagged_vlans_vlan_id_4e77411e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_tagged_vlans_vlan_id_4e77411e ON branch_6flggq2t.virtualization_vminterface_tagged_vlans USING btree (vlan_id);


--
-- Name: virtualization_vminterface_tagged_vlans_vminterface_id_904b12de; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_tagged_vlans_vminterface_id_904b12de ON branch_6flggq2t.virtualization_vminterface_tagged_vlans USING btree (vminterface_id);


--
-- Name: virtualization_vminterface_untagged_vlan_id_aea4fc69; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_untagged_vlan_id_aea4fc69 ON branch_6flggq2t.virtualization_vminterface USING btree (untagged_vlan_id);


--
-- Name: virtualization_vminterface_virtual_machine_id_e9f89829; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_virtual_machine_id_e9f89829 ON branch_6flggq2t.virtualization_vminterface USING btree (virtual_machine_id);


--
-- Name: virtualization_vminterface_vlan_translation_policy_id_938e6637; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_vlan_translation_policy_id_938e6637 ON branch_6flggq2t.virtualization_vminterface USING btree (vlan_translation_policy_id);


--
-- Name: virtualization_vminterface_vrf_id_4b570a8c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX virtualization_vminterface_vrf_id_4b570a8c ON branch_6flggq2t.virtualization_vminterface USING btree (vrf_id);


--
-- Name: vpn_ikepolicy_name_5124aa3b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikepolicy_name_5124aa3b_like ON branch_6flggq2t.vpn_ikepolicy USING btree (name varchar_pattern_ops);


--
-- Name: vpn_ikepolicy_owner_id_dbcaf1bd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikepolicy_owner_id_dbcaf1bd ON branch_6flggq2t.vpn_ikepolicy USING btree (owner_id);


--
-- Name: vpn_ikepolicy_proposals_ikepolicy_id_1e1deaab; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikepolicy_proposals_ikepolicy_id_1e1deaab ON branch_6flggq2t.vpn_ikepolicy_proposals USING btree (ikepolicy_id);


--
-- Name: vpn_ikepolicy_proposals_ikeproposal_id_a9ead252; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikepolicy_proposals_ikeproposal_id_a9ead252 ON branch_6flggq2t.vpn_ikepolicy_proposals USING btree (ikeproposal_id);


--
-- Name: vpn_ikeproposal_name_254623b7_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikeproposal_name_254623b7_like ON branch_6flggq2t.vpn_ikeproposal USING btree (name varchar_pattern_ops);


--
-- Name: vpn_ikeproposal_owner_id_018a3e69; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ikeproposal_owner_id_018a3e69 ON branch_6flggq2t.vpn_ikeproposal USING btree (owner_id);


--
-- Name: vpn_ipsecpolicy_name_cf28a1aa_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecpolicy_name_cf28a1aa_like ON branch_6flggq2t.vpn_ipsecpolicy USING btree (name varchar_pattern_ops);


--
-- Name: vpn_ipsecpolicy_owner_id_e976d198; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecpolicy_owner_id_e976d198 ON branch_6flggq2t.vpn_ipsecpolicy USING btree (owner_id);


--
-- Name: vpn_ipsecpolicy_proposals_ipsecpolicy_id_0e7771a1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecpolicy_proposals_ipsecpolicy_id_0e7771a1 ON branch_6flggq2t.vpn_ipsecpolicy_proposals USING btree (ipsecpolicy_id);


--
-- Name: vpn_ipsecpolicy_proposals_ipsecproposal_id_685fe509; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecpolicy_proposals_ipsecproposal_id_685fe509 ON branch_6flggq2t.vpn_ipsecpolicy_proposals USING btree (ipsecproposal_id);


--
-- Name: vpn_ipsecprofile_ike_policy_id_4eff5fb9; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecprofile_ike_policy_id_4eff5fb9 ON branch_6flggq2t.vpn_ipsecprofile USING btree (ike_policy_id);


--
-- Name: vpn_ipsecprofile_ipsec_policy_id_e06f2323; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecprofile_ipsec_policy_id_e06f2323 ON branch_6flggq2t.vpn_ipsecprofile USING btree (ipsec_policy_id);


--
-- Name: vpn_ipsecprofile_name_3ac63c72_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecprofile_name_3ac63c72_like ON branch_6flggq2t.vpn_ipsecprofile USING btree (name varchar_pattern_ops);


--
-- Name: vpn_ipsecprofile_owner_id_d7ebc4a0; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecprofile_owner_id_d7ebc4a0 ON branch_6flggq2t.vpn_ipsecprofile USING btree (owner_id);


--
-- Name: vpn_ipsecproposal_name_2fb98e2b_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecproposal_name_2fb98e2b_like ON branch_6flggq2t.vpn_ipsecproposal USING btree (name varchar_pattern_ops);


--
-- Name: vpn_ipsecproposal_owner_id_fdb3b755; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_ipsecproposal_owner_id_fdb3b755 ON branch_6flggq2t.vpn_ipsecproposal USING btree (owner_id);


--
-- Name: vpn_l2vpn_name_8824eda5_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpn_name_8824eda5_like ON branch_6flggq2t.vpn_l2vpn USING btree (name varchar_pattern_ops);


--
-- Name: vpn_l2vpn_owner_id_894bd11d; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpn_owner_id_894bd11d ON branch_6flggq2t.vpn_l2vpn USING btree (owner_id);


--
-- Name: vpn_l2vpn_slug_76b5a174_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpn_slug_76b5a174_like ON branch_6flggq2t.vpn_l2vpn USING btree (slug varchar_pattern_ops);


--
-- Name: vpn_l2vpn_tenant_id_57ec8f92; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpn_tenant_id_57ec8f92 ON branch_6flggq2t.vpn_l2vpn USING btree (tenant_id);


--
-- Name: vpn_l2vpntermination_assigned_object_type_id_f063b865; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpntermination_assigned_object_type_id_f063b865 ON branch_6flggq2t.vpn_l2vpntermination USING btree (assigned_object_type_id);


--
-- Name: vpn_l2vpntermination_l2vpn_id_f5367bbe; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_l2vpntermination_l2vpn_id_f5367bbe ON branch_6flggq2t.vpn_l2vpntermination USING btree (l2vpn_id);


--
-- Name: vpn_tunnel_group_id_56b1e7f7; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnel_group_id_56b1e7f7 ON branch_6flggq2t.vpn_tunnel USING btree (group_id);


--
-- Name: vpn_tunnel_ipsec_profile_id_fd0361c5; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnel_ipsec_profile_id_fd0361c5 ON branch_6flggq2t.vpn_tunnel USING btree (ipsec_profile_id);


--
-- Name: vpn_tunnel_name_f060beab_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnel_name_f060beab_like ON branch_6flggq2t.vpn_tunnel USING btree (name varchar_pattern_ops);


--
-- Name: vpn_tunnel_owner_id_d04ee1fb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnel_owner_id_d04ee1fb ON branch_6flggq2t.vpn_tunnel USING btree (owner_id);


--
-- Name: vpn_tunnel_tenant_id_f3df2ab3; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnel_tenant_id_f3df2ab3 ON branch_6flggq2t.vpn_tunnel USING btree (tenant_id);


--
-- Name: vpn_tunnelgroup_name_9f6ebf92_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnelgroup_name_9f6ebf92_like ON branch_6flggq2t.vpn_tunnelgroup USING btree (name varchar_pattern_ops);


--
-- Name: vpn_tunnelgroup_owner_id_64609bfe; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnelgroup_owner_id_64609bfe ON branch_6flggq2t.vpn_tunnelgroup USING btree (owner_id);


--
-- Name: vpn_tunnelgroup_slug_9e614d62_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnelgroup_slug_9e614d62_like ON branch_6flggq2t.vpn_tunnelgroup USING btree (slug varchar_pattern_ops);


--
-- Name: vpn_tunnelt_tunnel__f542d3_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunnelt_tunnel__f542d3_idx ON branch_6flggq2t.vpn_tunneltermination USING btree (tunnel_id, role, id);


--
-- Name: vpn_tunneltermination_outside_ip_id_2c6f3a7c; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunneltermination_outside_ip_id_2c6f3a7c ON branch_6flggq2t.vpn_tunneltermination USING btree (outside_ip_id);


--
-- Name: vpn_tunneltermination_termination_type_id_e546f7a1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunneltermination_termination_type_id_e546f7a1 ON branch_6flggq2t.vpn_tunneltermination USING btree (termination_type_id);


--
-- Name: vpn_tunneltermination_tunnel_id_962efa25; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX vpn_tunneltermination_tunnel_id_962efa25 ON branch_6flggq2t.vpn_tunneltermination USING btree (tunnel_id);


--
-- Name: wireless_lan_grp_path_gist; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_lan_grp_path_gist ON branch_6flggq2t.wireless_wirelesslangroup USING gist (path);


--
-- Name: wireless_lan_grp_sort_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_lan_grp_sort_idx ON branch_6flggq2t.wireless_wirelesslangroup USING btree (sort_path);


--
-- Name: wireless_wi_scope_t_6740a3_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wi_scope_t_6740a3_idx ON branch_6flggq2t.wireless_wirelesslan USING btree (scope_type_id, scope_id);


--
-- Name: wireless_wi_ssid_64a9ce_idx; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wi_ssid_64a9ce_idx ON branch_6flggq2t.wireless_wirelesslan USING btree (ssid, id);


--
-- Name: wireless_wirelesslan__location_id_c742912f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan__location_id_c742912f ON branch_6flggq2t.wireless_wirelesslan USING btree (_location_id);


--
-- Name: wireless_wirelesslan__region_id_fd2a93ee; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan__region_id_fd2a93ee ON branch_6flggq2t.wireless_wirelesslan USING btree (_region_id);


--
-- Name: wireless_wirelesslan__site_group_id_d61285cc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan__site_group_id_d61285cc ON branch_6flggq2t.wireless_wirelesslan USING btree (_site_group_id);


--
-- Name: wireless_wirelesslan__site_id_5dce5f6f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan__site_id_5dce5f6f ON branch_6flggq2t.wireless_wirelesslan USING btree (_site_id);


--
-- Name: wireless_wirelesslan_group_id_d9e3d67f; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan_group_id_d9e3d67f ON branch_6flggq2t.wireless_wirelesslan USING btree (group_id);


--
-- Name: wireless_wirelesslan_owner_id_9ea24eeb; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan_owner_id_9ea24eeb ON branch_6flggq2t.wireless_wirelesslan USING btree (owner_id);


--
-- Name: wireless_wirelesslan_scope_type_id_c3e37d35; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan_scope_type_id_c3e37d35 ON branch_6flggq2t.wireless_wirelesslan USING btree (scope_type_id);


--
-- Name: wireless_wirelesslan_tenant_id_5dfee941; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan_tenant_id_5dfee941 ON branch_6flggq2t.wireless_wirelesslan USING btree (tenant_id);


--
-- Name: wireless_wirelesslan_vlan_id_d7fa6ccc; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslan_vlan_id_d7fa6ccc ON branch_6flggq2t.wireless_wirelesslan USING btree (vlan_id);


--
-- Name: wireless_wirelesslangroup_name_2ffd60c8_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslangroup_name_2ffd60c8_like ON branch_6flggq2t.wireless_wirelesslangroup USING btree (name varchar_pattern_ops);


--
-- Name: wireless_wirelesslangroup_owner_id_0ba5f844; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslangroup_owner_id_0ba5f844 ON branch_6flggq2t.wireless_wirelesslangroup USING btree (owner_id);


--
-- Name: wireless_wirelesslangroup_parent_id_37ca8b87; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslangroup_parent_id_37ca8b87 ON branch_6flggq2t.wireless_wirelesslangroup USING btree (parent_id);


--
-- Name: wireless_wirelesslangroup_slug_f5d59831_like; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslangroup_slug_f5d59831_like ON branch_6flggq2t.wireless_wirelesslangroup USING btree (slug varchar_pattern_ops);


--
-- Name: wireless_wirelesslink__interface_a_device_id_6c8e042e; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink__interface_a_device_id_6c8e042e ON branch_6flggq2t.wireless_wirelesslink USING btree (_interface_a_device_id);


--
-- Name: wireless_wirelesslink__interface_b_device_id_43d5101a; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink__interface_b_device_id_43d5101a ON branch_6flggq2t.wireless_wirelesslink USING btree (_interface_b_device_id);


--
-- Name: wireless_wirelesslink_interface_a_id_bc9e37fd; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink_interface_a_id_bc9e37fd ON branch_6flggq2t.wireless_wirelesslink USING btree (interface_a_id);


--
-- Name: wireless_wirelesslink_interface_b_id_a82fb2ee; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink_interface_b_id_a82fb2ee ON branch_6flggq2t.wireless_wirelesslink USING btree (interface_b_id);


--
-- Name: wireless_wirelesslink_owner_id_103f9be1; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink_owner_id_103f9be1 ON branch_6flggq2t.wireless_wirelesslink USING btree (owner_id);


--
-- Name: wireless_wirelesslink_tenant_id_4c0638ee; Type: INDEX; Schema: branch_6flggq2t; Owner: -
--

CREATE INDEX wireless_wirelesslink_tenant_id_4c0638ee ON branch_6flggq2t.wireless_wirelesslink USING btree (tenant_id);


--
-- Name: dcim_location circuits_circuittermination_denorm_from_dcim_location; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER circuits_circuittermination_denorm_from_dcim_location AFTER UPDATE OF site_id ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((old.site_id IS DISTINCT FROM new.site_id)) EXECUTE FUNCTION public.circuits_circuittermination_denorm_from_dcim_location_fn();


--
-- Name: dcim_site circuits_circuittermination_denorm_from_dcim_site; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER circuits_circuittermination_denorm_from_dcim_site AFTER UPDATE OF region_id, group_id ON branch_6flggq2t.dcim_site FOR EACH ROW WHEN (((old.region_id IS DISTINCT FROM new.region_id) OR (old.group_id IS DISTINCT FROM new.group_id))) EXECUTE FUNCTION public.circuits_circuittermination_denorm_from_dcim_site_fn();


--
-- Name: dcim_device dcim_cabletermination_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_cabletermination_denorm_from_dcim_device AFTER UPDATE OF rack_id, location_id, site_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.rack_id IS DISTINCT FROM new.rack_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.site_id IS DISTINCT FROM new.site_id))) EXECUTE FUNCTION public.dcim_cabletermination_denorm_from_dcim_device_fn();


--
-- Name: dcim_location dcim_cabletermination_denorm_from_dcim_location; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_cabletermination_denorm_from_dcim_location AFTER UPDATE OF site_id ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((old.site_id IS DISTINCT FROM new.site_id)) EXECUTE FUNCTION public.dcim_cabletermination_denorm_from_dcim_location_fn();


--
-- Name: dcim_rack dcim_cabletermination_denorm_from_dcim_rack; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_cabletermination_denorm_from_dcim_rack AFTER UPDATE OF location_id, site_id ON branch_6flggq2t.dcim_rack FOR EACH ROW WHEN (((old.location_id IS DISTINCT FROM new.location_id) OR (old.site_id IS DISTINCT FROM new.site_id))) EXECUTE FUNCTION public.dcim_cabletermination_denorm_from_dcim_rack_fn();


--
-- Name: dcim_device dcim_consoleport_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_consoleport_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_consoleport_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_consoleserverport_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_consoleserverport_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_consoleserverport_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_coolingintake_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_coolingintake_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_coolingintake_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_coolingoutflow_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_coolingoutflow_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_coolingoutflow_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_devicebay_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_devicebay_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_devicebay_denorm_from_dcim_device_fn();


--
-- Name: dcim_devicerole dcim_devicerole_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_devicerole_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_devicerole FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_devicerole_ltree_cascade_path_fn();


--
-- Name: dcim_devicerole dcim_devicerole_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_devicerole_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_devicerole FOR EACH ROW EXECUTE FUNCTION public.dcim_devicerole_ltree_compute_path_fn();


--
-- Name: dcim_device dcim_frontport_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_frontport_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_frontport_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_interface_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_interface_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_interface_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_inventoryitem_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_inventoryitem_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_inventoryitem_denorm_from_dcim_device_fn();


--
-- Name: dcim_inventoryitem dcim_inventoryitem_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_inventoryitem_ltree_cascade_path AFTER UPDATE OF parent_id ON branch_6flggq2t.dcim_inventoryitem FOR EACH ROW WHEN (((old.path)::text IS DISTINCT FROM (new.path)::text)) EXECUTE FUNCTION public.dcim_inventoryitem_ltree_cascade_path_fn();


--
-- Name: dcim_inventoryitem dcim_inventoryitem_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_inventoryitem_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id ON branch_6flggq2t.dcim_inventoryitem FOR EACH ROW EXECUTE FUNCTION public.dcim_inventoryitem_ltree_compute_path_fn();


--
-- Name: dcim_inventoryitemtemplate dcim_inventoryitemtemplate_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_inventoryitemtemplate_ltree_cascade_path AFTER UPDATE OF parent_id ON branch_6flggq2t.dcim_inventoryitemtemplate FOR EACH ROW WHEN (((old.path)::text IS DISTINCT FROM (new.path)::text)) EXECUTE FUNCTION public.dcim_inventoryitemtemplate_ltree_cascade_path_fn();


--
-- Name: dcim_inventoryitemtemplate dcim_inventoryitemtemplate_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_inventoryitemtemplate_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id ON branch_6flggq2t.dcim_inventoryitemtemplate FOR EACH ROW EXECUTE FUNCTION public.dcim_inventoryitemtemplate_ltree_compute_path_fn();


--
-- Name: dcim_location dcim_location_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_location_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_location_ltree_cascade_path_fn();


--
-- Name: dcim_location dcim_location_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_location_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_location FOR EACH ROW EXECUTE FUNCTION public.dcim_location_ltree_compute_path_fn();


--
-- Name: dcim_device dcim_modulebay_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_modulebay_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_modulebay_denorm_from_dcim_device_fn();


--
-- Name: dcim_modulebay dcim_modulebay_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_modulebay_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_modulebay FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_modulebay_ltree_cascade_path_fn();


--
-- Name: dcim_modulebay dcim_modulebay_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_modulebay_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_modulebay FOR EACH ROW EXECUTE FUNCTION public.dcim_modulebay_ltree_compute_path_fn();


--
-- Name: dcim_platform dcim_platform_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_platform_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_platform FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_platform_ltree_cascade_path_fn();


--
-- Name: dcim_platform dcim_platform_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_platform_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_platform FOR EACH ROW EXECUTE FUNCTION public.dcim_platform_ltree_compute_path_fn();


--
-- Name: dcim_device dcim_poweroutlet_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_poweroutlet_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_poweroutlet_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_powerport_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_powerport_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_powerport_denorm_from_dcim_device_fn();


--
-- Name: dcim_device dcim_rearport_denorm_from_dcim_device; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_rearport_denorm_from_dcim_device AFTER UPDATE OF site_id, location_id, rack_id ON branch_6flggq2t.dcim_device FOR EACH ROW WHEN (((old.site_id IS DISTINCT FROM new.site_id) OR (old.location_id IS DISTINCT FROM new.location_id) OR (old.rack_id IS DISTINCT FROM new.rack_id))) EXECUTE FUNCTION public.dcim_rearport_denorm_from_dcim_device_fn();


--
-- Name: dcim_region dcim_region_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_region_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_region FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_region_ltree_cascade_path_fn();


--
-- Name: dcim_region dcim_region_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_region_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_region FOR EACH ROW EXECUTE FUNCTION public.dcim_region_ltree_compute_path_fn();


--
-- Name: dcim_sitegroup dcim_sitegroup_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_sitegroup_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.dcim_sitegroup FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.dcim_sitegroup_ltree_cascade_path_fn();


--
-- Name: dcim_sitegroup dcim_sitegroup_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER dcim_sitegroup_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.dcim_sitegroup FOR EACH ROW EXECUTE FUNCTION public.dcim_sitegroup_ltree_compute_path_fn();


--
-- Name: dcim_location ipam_prefix_denorm_from_dcim_location; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER ipam_prefix_denorm_from_dcim_location AFTER UPDATE OF site_id ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((old.site_id IS DISTINCT FROM new.site_id)) EXECUTE FUNCTION public.ipam_prefix_denorm_from_dcim_location_fn();


--
-- Name: dcim_site ipam_prefix_denorm_from_dcim_site; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER ipam_prefix_denorm_from_dcim_site AFTER UPDATE OF region_id, group_id ON branch_6flggq2t.dcim_site FOR EACH ROW WHEN (((old.region_id IS DISTINCT FROM new.region_id) OR (old.group_id IS DISTINCT FROM new.group_id))) EXECUTE FUNCTION public.ipam_prefix_denorm_from_dcim_site_fn();


--
-- Name: tenancy_contactgroup tenancy_contactgroup_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER tenancy_contactgroup_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.tenancy_contactgroup FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.tenancy_contactgroup_ltree_cascade_path_fn();


--
-- Name: tenancy_contactgroup tenancy_contactgroup_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER tenancy_contactgroup_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.tenancy_contactgroup FOR EACH ROW EXECUTE FUNCTION public.tenancy_contactgroup_ltree_compute_path_fn();


--
-- Name: tenancy_tenantgroup tenancy_tenantgroup_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER tenancy_tenantgroup_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.tenancy_tenantgroup FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.tenancy_tenantgroup_ltree_cascade_path_fn();


--
-- Name: tenancy_tenantgroup tenancy_tenantgroup_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER tenancy_tenantgroup_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.tenancy_tenantgroup FOR EACH ROW EXECUTE FUNCTION public.tenancy_tenantgroup_ltree_compute_path_fn();


--
-- Name: dcim_location virtualization_cluster_denorm_from_dcim_location; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER virtualization_cluster_denorm_from_dcim_location AFTER UPDATE OF site_id ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((old.site_id IS DISTINCT FROM new.site_id)) EXECUTE FUNCTION public.virtualization_cluster_denorm_from_dcim_location_fn();


--
-- Name: dcim_site virtualization_cluster_denorm_from_dcim_site; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER virtualization_cluster_denorm_from_dcim_site AFTER UPDATE OF region_id, group_id ON branch_6flggq2t.dcim_site FOR EACH ROW WHEN (((old.region_id IS DISTINCT FROM new.region_id) OR (old.group_id IS DISTINCT FROM new.group_id))) EXECUTE FUNCTION public.virtualization_cluster_denorm_from_dcim_site_fn();


--
-- Name: dcim_location wireless_wirelesslan_denorm_from_dcim_location; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER wireless_wirelesslan_denorm_from_dcim_location AFTER UPDATE OF site_id ON branch_6flggq2t.dcim_location FOR EACH ROW WHEN ((old.site_id IS DISTINCT FROM new.site_id)) EXECUTE FUNCTION public.wireless_wirelesslan_denorm_from_dcim_location_fn();


--
-- Name: dcim_site wireless_wirelesslan_denorm_from_dcim_site; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER wireless_wirelesslan_denorm_from_dcim_site AFTER UPDATE OF region_id, group_id ON branch_6flggq2t.dcim_site FOR EACH ROW WHEN (((old.region_id IS DISTINCT FROM new.region_id) OR (old.group_id IS DISTINCT FROM new.group_id))) EXECUTE FUNCTION public.wireless_wirelesslan_denorm_from_dcim_site_fn();


--
-- Name: wireless_wirelesslangroup wireless_wirelesslangroup_ltree_cascade_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER wireless_wirelesslangroup_ltree_cascade_path AFTER UPDATE OF parent_id, name ON branch_6flggq2t.wireless_wirelesslangroup FOR EACH ROW WHEN ((((old.path)::text IS DISTINCT FROM (new.path)::text) OR (old.sort_path IS DISTINCT FROM new.sort_path))) EXECUTE FUNCTION public.wireless_wirelesslangroup_ltree_cascade_path_fn();


--
-- Name: wireless_wirelesslangroup wireless_wirelesslangroup_ltree_compute_path; Type: TRIGGER; Schema: branch_6flggq2t; Owner: -
--

CREATE TRIGGER wireless_wirelesslangroup_ltree_compute_path BEFORE INSERT OR UPDATE OF parent_id, name ON branch_6flggq2t.wireless_wirelesslangroup FOR EACH ROW EXECUTE FUNCTION public.wireless_wirelesslangroup_ltree_compute_path_fn();


--
-- Name: custom_objects_3 custom_objects_3_owner_id_f97f458d_fk_users_owner_id; Type: FK CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_3
    ADD CONSTRAINT custom_objects_3_owner_id_f97f458d_fk_users_owner_id FOREIGN KEY (owner_id) REFERENCES public.users_owner(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: custom_objects_3 custom_objects_3_server_id_fk; Type: FK CONSTRAINT; Schema: branch_6flggq2t; Owner: -
--

ALTER TABLE ONLY branch_6flggq2t.custom_objects_3
    ADD CONSTRAINT custom_objects_3_server_id_fk FOREIGN KEY (server_id) REFERENCES branch_6flggq2t.custom_objects_1(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--


