"""E4 for every field type: a branch deletes each field of a type with objects; merged, the columns and link tables
are gone from main; reverted, every field comes back with the values its objects held (read in batches when the
fields were deleted: models/held_values.py), polymorphic object fields included; under both merge strategies."""

from dcim.models import Site
from tenancy.models import Tenant

from netbox_custom_objects.models import CustomObjectTypeField

from .base import BranchingTestCase, current_model
from .strategies import both_strategies


class EveryFieldDeletedAndRevertedTest(BranchingTestCase):

    def state(self, cot):
        model = current_model(cot)
        rows = []
        for obj in model.objects.order_by('pk'):
            data = obj.serialize_object(exclude=['created', 'last_updated'])
            rows.append({key: value for key, value in data.items() if key not in ('tags', 'custom_fields')})
        return rows

    @both_strategies
    def test_merge_and_revert(self, strategy):
        site_type, tenant_type = self.object_type_of('dcim', 'site'), self.object_type_of('tenancy', 'tenant')
        sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        tenant = Tenant.objects.create(name='T', slug='t')
        choices = self.create_choice_set()
        cot = self.create_custom_object_type(name='thing')
        self.create_custom_object_type_field(cot, name='code', primary=True)
        self.add_field_of_every_type(cot, choices, site_type, polymorphic_types=[site_type, tenant_type],
                                    exclude=('text_f',))
        model = current_model(cot)
        for i in range(3):
            obj = model.objects.create(
                code=f'c{i}', longtext_f='long', integer_f=i, decimal_f='1.50', boolean_f=bool(i % 2),
                date_f='2024-02-03', datetime_f='2024-02-03T04:05:06+00:00', url_f='https://example.com',
                url_f_title='Example', json_f={'i': i}, select_f='a', multiselect_f=['a', 'c'], object_f=sites[i % 2],
                coords_latitude='1.25', coords_longitude='-2.5',
            )
            obj.multiobject_f.set(sites[: 1 + i % 2])
            obj.thing_f = sites[0] if i % 2 else tenant
            obj.things_f = [sites[1], tenant]
            obj.save()
        model.objects.create(code='empty')
        before = self.state(cot)

        branch = self.provision(strategy)
        with self.tracked(branch):
            for field in CustomObjectTypeField.objects.filter(custom_object_type=cot).exclude(name='code'):
                field.snapshot()
                field.delete()
        branch.merge(user=self.user, commit=True)
        self.assertEqual(
            [set(row) - {'id', 'code', 'owner'} for row in self.state(cot)], [set()] * 4, 'only code is left')

        branch.refresh_from_db()
        branch.revert(user=self.user, commit=True)
        self.assertEqual(self.state(cot), before)
