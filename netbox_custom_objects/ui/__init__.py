"""Detail-page panels (NetBox's declarative `netbox.ui` layouts)."""
