"""A type that exists only in a branch never breaks writes or deletes in main (upstream fails this): its class,
built in this worker, points at NetBox's Site with an object field (protect and cascade), a multiobject field and a
polymorphic multiobject field, and branch objects link to a site. In main, the same worker creates, edits and
deletes sites and tenants (ORM and REST API) and objects of a main type; nothing looks for the branch's tables."""

from django.apps import apps
from django.test import Client

from dcim.models import Site
from tenancy.models import Tenant
from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.constants import APP_LABEL, model_name, table_name
from netbox_custom_objects.dynamic_models import loader, model_cache

from .base import BranchingTestCase, current_model, schema_tables


class BranchOnlyTypeTest(BranchingTestCase):

    def test_main_writes_and_deletes_ignore_a_branch_only_type(self):
        site_type, tenant_type = self.object_type_of('dcim', 'site'), self.object_type_of('tenancy', 'tenant')
        sites = [Site.objects.create(name=f'S{i}', slug=f's{i}') for i in range(3)]
        tenant = Tenant.objects.create(name='T', slug='t')
        site_pks = [site.pk for site in sites]
        main_type = self.create_custom_object_type(name='widget')
        self.create_custom_object_type_field(main_type, name='site', type='object', related_object_type=site_type)
        main_type.refresh_from_db()
        branch = self.provision()
        with self.tracked(branch):
            cot = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(cot, name='home', type='object', related_object_type=site_type,
                                                 on_delete_behavior='protect')
            self.create_custom_object_type_field(cot, name='site', type='object', related_object_type=site_type,
                                                 on_delete_behavior='cascade')
            self.create_custom_object_type_field(cot, name='sites', type='multiobject',
                                                 related_object_type=site_type)
            self.create_custom_object_type_field(cot, name='links', type='multiobject', is_polymorphic=True,
                                                 related_object_types=[site_type, tenant_type])
            model = current_model(cot)
            gadget = model.objects.create(home=sites[0], site=sites[1])
            gadget.sites.set(sites)
            gadget.links.set([sites[2], tenant])
        self.assertNotIn(table_name(cot.pk), schema_tables('public'))

        # main, same worker: the ORM
        with self.tracked():
            widget = current_model(main_type).objects.create(site=sites[1])
            sites[0].snapshot()
            sites[0].description = 'edited in main'
            sites[0].save()
            sites[1].delete()  # the branch's protect/cascade fields point at this site
            widget.refresh_from_db()
            self.assertIsNone(widget.site_id)  # main's own field: set null
            tenant.delete()
            Site.objects.create(name='new', slug='new')
            widget.delete()
        # main, same worker: the REST API
        token = Token.objects.create(user=self.user)
        client = Client(HTTP_AUTHORIZATION=f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}')
        response = client.delete(f'/api/dcim/sites/{sites[2].pk}/')
        self.assertEqual(response.status_code, 204, response.content[:500])
        self.assertEqual(set(Site.objects.values_list('name', flat=True)), {'S0', 'new'})

        # the branch still has its objects and links, main's deletions not synced
        with self.tracked(branch):
            gadget = current_model(cot).objects.get(pk=gadget.pk)
            self.assertEqual((gadget.home_id, gadget.site_id), (site_pks[0], site_pks[1]))
            self.assertEqual(len(gadget.links.all()), 2)


class FirstLoadInBranchTest(BranchingTestCase):

    def test_a_worker_first_loading_in_a_branch_loads_main_types_only(self):
        """A worker's first model load may happen in a request with a branch active: it builds main's classes
        from main's rows, so a type that exists only in the branch gets no class in main's registry (main's pages
        would otherwise query a table main does not have)."""
        widget = self.create_custom_object_type(name='widget')
        branch = self.provision()
        with self.tracked(branch):
            gadget = self.create_custom_object_type(name='gadget')
            self.create_custom_object_type_field(gadget, name='code')
        model_cache.clear()  # as in a fresh worker
        loader.reset()
        with self.tracked(branch):
            loader.ensure_loaded()
            self.assertEqual(current_model(gadget)._meta.db_table, table_name(gadget.pk))
        self.assertEqual(apps.get_model(APP_LABEL, model_name(widget.pk))._meta.db_table, table_name(widget.pk))
        with self.assertRaises(LookupError):
            apps.get_model(APP_LABEL, model_name(gadget.pk))
