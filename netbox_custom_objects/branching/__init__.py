"""⑥ Branching adapters: the only package that imports netbox_branching. `hooks.connect()` plugs the plugin
into netbox-branching's documented hooks; it does nothing when netbox-branching is not installed."""
