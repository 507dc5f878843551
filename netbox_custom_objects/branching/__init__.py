"""⑥ Branching adapters: the only package that imports netbox_branching. Everything here is a no-op when the
netbox-branching plugin is not installed."""
