"""A custom object type with a field of every type (polymorphic ones excepted), shared by the API tests."""

from types import SimpleNamespace

from core.models import ObjectType
from dcim.models import Site

__all__ = (
    'FIELD_KEYS',
    'create_inventory',
    'make_items',
)

# The API keys of the inventory type's fields (url and coordinates contribute two).
FIELD_KEYS = (
    'name', 'code', 'notes', 'count', 'price', 'active', 'bought', 'seen', 'homepage', 'homepage_title', 'extra',
    'status', 'labels', 'site', 'sites', 'vendor', 'location_latitude', 'location_longitude',
)


def create_inventory(helper, *, sites=3, vendors=2):
    """Types `vendor` (name, country as context) and `inventory_item` (every field type), plus sites and vendors.

    `helper` is a CustomObjectsTestMixin (class or instance). Returns a namespace with the rows."""
    vendor_type = helper.create_custom_object_type(name='vendor', slug='vendors')
    helper.create_custom_object_type_field(vendor_type, name='name', primary=True)
    helper.create_custom_object_type_field(vendor_type, name='country', context=True)
    choice_set = helper.create_choice_set()
    cot = helper.create_custom_object_type(name='inventory_item', slug='inventory-items')
    site_type = ObjectType.objects.get(app_label='dcim', model='site')
    for name, field_type, options in (
        ('name', 'text', {'primary': True, 'required': True}),
        ('code', 'text', {'unique': True, 'validation_regex': '^[A-Z0-9]+$'}),
        ('notes', 'longtext', {}),
        ('count', 'integer', {'validation_minimum': 0, 'validation_maximum': 1000}),
        ('price', 'decimal', {}),
        ('active', 'boolean', {}),
        ('bought', 'date', {}),
        ('seen', 'datetime', {}),
        ('homepage', 'url', {}),
        ('extra', 'json', {}),
        ('status', 'select', {'choice_set': choice_set}),
        ('labels', 'multiselect', {'choice_set': choice_set}),
        ('site', 'object', {'related_object_type': site_type}),
        ('sites', 'multiobject', {'related_object_type': site_type}),
        ('vendor', 'object', {'related_object_type': ObjectType.objects.get_for_model(vendor_type.get_model())}),
        ('location', 'coordinates', {}),
    ):
        helper.create_custom_object_type_field(cot, name=name, type=field_type, **options)
    site_rows = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(1, sites + 1)]
    vendor_model = vendor_type.get_model()
    vendor_rows = [vendor_model.objects.create(name=f'Vendor {i}', country=f'C{i}') for i in range(1, vendors + 1)]
    return SimpleNamespace(cot=cot, vendor_type=vendor_type, choice_set=choice_set, sites=site_rows,
                           vendors=vendor_rows)


def make_items(model, inventory, count, start=1):
    """`count` inventory items with every field set (relations included)."""
    items = []
    for i in range(start, start + count):
        item = model.objects.create(
            name=f'Item {i}', code=f'C{i}', count=i, price='1.5', active=True, status='a', labels=['a', 'b'],
            site=inventory.sites[i % len(inventory.sites)], vendor=inventory.vendors[i % len(inventory.vendors)],
            extra={'n': i}, location_latitude='1.5', location_longitude='2.5',
        )
        item.sites.set(inventory.sites[:2])
        items.append(item)
    return items
