"""Network field types in a branch (issue 19 item 2): a field of each network type added to a main type in a
branch, objects given values there, then the branch merged (each strategy): main gets the columns with their
PostgreSQL types and the values."""

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType

from ..base import column_type
from .base import BranchingTestCase, current_model, schema_columns
from .strategies import both_strategies

# (field name, type, column type, {object name: (value written, value read back as text)})
NETWORK_FIELDS = (
    ('mac', 'mac_address', 'macaddr', {'branch': ('aa-bb-cc-dd-ee-01', 'AA:BB:CC:DD:EE:01'),
                                       'main': ('0800.2b01.0203', '08:00:2B:01:02:03')}),
    ('gateway', 'ip_address', 'inet', {'branch': ('10.0.0.1/24', '10.0.0.1/24'),
                                       'main': ('2001:db8::1', '2001:db8::1/128')}),
    ('prefix', 'ip_prefix', 'cidr', {'branch': ('10.0.0.0/24', '10.0.0.0/24'),
                                     'main': ('2001:DB8::/32', '2001:db8::/32')}),
)


class NetworkFieldsInBranchTest(BranchingTestCase):

    @both_strategies
    def test_merge(self, strategy):
        cot = self.create_custom_object_type(name='nic', slug='nics')
        self.create_custom_object_type_field(cot, name='name', primary=True)
        current_model(cot).objects.create(name='main')
        branch = self.provision(strategy)
        with self.tracked(branch):
            cot = CustomObjectType.objects.get(pk=cot.pk)
            for name, field_type, *_rest in NETWORK_FIELDS:
                self.create_custom_object_type_field(cot, name=name, type=field_type, unique=True)
            cot.refresh_from_db()
            model = cot.get_model()
            model.objects.create(name='branch', **{name: values['branch'][0] for name, *_t, values in NETWORK_FIELDS})
            obj = model.objects.get(name='main')
            obj.snapshot()
            for name, *_t, values in NETWORK_FIELDS:
                setattr(obj, name, values['main'][0])
            obj.save()
        table = table_name(cot.pk)
        self.assertFalse({name for name, *_rest in NETWORK_FIELDS} & schema_columns('public', table))

        branch.merge(user=self.user, commit=True)

        for name, _t, sql_type, _v in NETWORK_FIELDS:
            self.assertEqual(column_type(table, name), sql_type)
        cot.refresh_from_db()
        objects = cot.get_model().objects.all()
        self.assertEqual(len(objects), 2)
        for obj in objects:
            self.assertEqual([str(getattr(obj, name)) for name, *_rest in NETWORK_FIELDS],
                             [values[obj.name][1] for *_rest, values in NETWORK_FIELDS])
