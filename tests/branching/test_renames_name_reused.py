"""Acceptance matrix D8 (renames-found-in-history): a branch renames and deletes a field, then gives its old name to
a new field; each value follows the field it was set on, not the name."""



from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .base import current_model, edit, rename
from .renaming import RenamesTestCase
from .strategies import both_strategies


class NameReusedTest(RenamesTestCase):
    """D8 (renames-found-in-history): the branch edits `code`, renames it to `old`, edits it again, deletes it, then
    creates a new field named `code` and edits that. Each value goes to the field it was set on (identity, not name):
    the deleted field's values vanish with it; the new field holds only what was set on it."""

    @both_strategies
    def test_merge(self, strategy):
        cot, objs = self.make_type(4)
        branch = self.provision(strategy)
        with self.tracked(branch):
            edit(current_model(cot), objs[0].pk, code='old field, before rename')
            edit(current_model(cot), objs[1].pk, code='old field, before rename')
            field = rename(cot, 'code', 'old')
            edit(current_model(cot), objs[2].pk, old='old field, after rename')
            field.snapshot()
            field.delete()
            new_field = self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='code')
            edit(current_model(cot), objs[1].pk, code='new field')
            new = current_model(cot).objects.create(code='new field, new object')
        branch.merge(user=self.user, commit=True)
        self.assert_column('public', cot, 'code', gone=('old',))
        self.assertEqual(list(CustomObjectTypeField.objects.filter(custom_object_type=cot).values_list('pk', 'name')),
                         [(new_field.pk, 'code')])
        self.assertEqual(self.values(cot, 'code'), {objs[0].pk: None, objs[1].pk: 'new field', objs[2].pk: None,
                                                    objs[3].pk: None, new.pk: 'new field, new object'})
