"""⑤ The REST API under /api/plugins/custom-objects/: definition endpoints, one endpoint family per custom object
type (serializers built from the field types), linked objects, the OpenAPI description, and the serializer resolver
NetBox uses to serialize generated models elsewhere (event rules, webhooks, change diffs)."""
