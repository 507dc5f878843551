"""Acceptance matrix D7: polymorphic fields cannot be renamed, in main or in a branch."""

from django.core.exceptions import ValidationError

from dcim.models import Site

from netbox_custom_objects.constants import table_name

from .base import current_model, rename, schema_columns
from .renaming import RenamesTestCase


class PolymorphicRenameRefusedTest(RenamesTestCase):
    """D7: polymorphic fields cannot be renamed — refused by validation, with a clear message, in main and in a
    branch (plain and multi variants); nothing changes."""

    def test_refused_in_main_and_in_branch(self):
        site_type = self.object_type_of('dcim', 'site')
        cot = self.create_custom_object_type(name='widget')
        for name, kind in (('target', 'object'), ('targets', 'multiobject')):
            self.create_custom_object_type_field(cot, name=name, type=kind, is_polymorphic=True,
                                                 related_object_types=[site_type])
        site = Site.objects.create(name='S', slug='s')
        obj = current_model(cot).objects.create(target=site)
        obj.targets.set([site])
        branch = self.provision()
        for context in (None, branch):
            for name in ('target', 'targets'):
                with self.subTest(branch=context is not None, field=name), self.tracked(context):
                    with self.assertRaises(ValidationError) as raised:
                        rename(cot, name, f'{name}_renamed')
                    self.assertEqual(raised.exception.message_dict['name'], ['Polymorphic fields cannot be renamed.'])
                    self.assertEqual(self.field_names(cot), ['target', 'targets'])
                    obj = current_model(cot).objects.get(pk=obj.pk)
                    self.assertEqual((obj.target, list(obj.targets.all())), (site, [site]))
        self.assertIn('target_object_id', schema_columns(branch.schema_name, table_name(cot.pk)))
        self.assertIn('target_object_id', schema_columns('public', table_name(cot.pk)))
