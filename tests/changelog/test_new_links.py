"""Links given to an object before its first save are written with its row: one ObjectChange, links included, and
no m2m round that reads the record back and rewrites it (field_types/relations/pending_links.py)."""

from operator import itemgetter

from django.core.exceptions import ValidationError
from django.test import TestCase

from core.choices import ObjectChangeActionChoices
from core.models import ObjectChange
from dcim.models import Site
from tenancy.models import Tenant
from users.models import User

from ..base import CustomObjectsTestMixin


class NewLinksTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.user = User.objects.create_user(username='linker')
        cls.sites = [Site.objects.create(name=f'Site {i}', slug=f'site-{i}') for i in range(2)]
        cls.tenant = Tenant.objects.create(name='T', slug='t')
        site_type, tenant_type = cls.object_type_of('dcim', 'site'), cls.object_type_of('tenancy', 'tenant')
        cls.cot = cls.create_custom_object_type(name='gadget')
        cls.create_custom_object_type_field(cls.cot, name='name', primary=True)
        cls.create_custom_object_type_field(cls.cot, name='links', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type, tenant_type])
        cls.create_custom_object_type_field(cls.cot, name='only_sites', type='multiobject', is_polymorphic=True,
                                            related_object_types=[site_type])

    def setUp(self):
        self.cot.refresh_from_db()
        self.model = self.cot.get_model()

    def test_polymorphic_links_of_a_new_object_are_logged_once(self):
        with self.tracked():
            obj = self.model(name='g', links=[self.sites[1], self.tenant, self.sites[0]])
            obj.full_clean()
            obj.save()
        self.assertEqual({(type(t), t.pk) for t in obj.links.all()},
                         {(Site, self.sites[0].pk), (Site, self.sites[1].pk), (Tenant, self.tenant.pk)})
        change = ObjectChange.objects.get(changed_object_id=obj.pk,
                                          changed_object_type__model=self.model._meta.model_name)
        self.assertEqual(change.action, ObjectChangeActionChoices.ACTION_CREATE)
        key = itemgetter('content_type', 'object_id')
        self.assertEqual(
            sorted(change.postchange_data['links'], key=key),
            sorted([{'content_type': 'dcim.site', 'object_id': s.pk} for s in self.sites]
                   + [{'content_type': 'tenancy.tenant', 'object_id': self.tenant.pk}], key=key),
        )

    def test_links_of_an_existing_object_still_go_through_the_manager(self):
        obj = self.model.objects.create(name='g', links=[self.sites[0]])
        with self.tracked():
            obj.snapshot()
            obj.links = [self.tenant]
            obj.save()
        self.assertEqual([(type(t), t.pk) for t in obj.links.all()], [(Tenant, self.tenant.pk)])
        change = ObjectChange.objects.get(changed_object_id=obj.pk, action='update')
        self.assertEqual(change.postchange_data['links'], [{'content_type': 'tenancy.tenant',
                                                           'object_id': self.tenant.pk}])

    def test_a_disallowed_type_is_refused_before_anything_is_written(self):
        obj = self.model(name='bad', only_sites=[self.tenant])
        with self.assertRaises(ValidationError):
            obj.full_clean()
        self.assertFalse(self.model.objects.filter(name='bad').exists())
