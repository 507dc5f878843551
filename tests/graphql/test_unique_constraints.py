"""GraphQL introspection shows a type's unique constraints in its object type's description (a type without keeps
the description it had)."""

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeUniqueConstraint

from .base import GraphQLTestCase


class UniqueConstraintIntrospectionTest(GraphQLTestCase):

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.cot = self.create_custom_object_type(name='circuit', slug='circuits')
        choices = self.create_choice_set(extra_choices=[['active', 'Active'], ['planned', 'Planned']])
        name = self.create_custom_object_type_field(self.cot, name='name', primary=True)
        provider = self.create_custom_object_type_field(self.cot, name='provider')
        self.status = self.create_custom_object_type_field(self.cot, name='status', type='select', choice_set=choices)
        self.keys = [name.pk, provider.pk]

    def description(self):
        type_name = f'{CustomObjectType.objects.get(pk=self.cot.pk).get_model().__name__}Type'
        data = self.graphql_data('query($n: String!) { __type(name: $n) { description } }', {'n': type_name})
        return data['__type']['description']

    def test_the_description_lists_the_constraints(self):
        self.assertNotIn('Unique', self.description())
        CustomObjectTypeUniqueConstraint.objects.create(
            custom_object_type=self.cot, name='per provider', field_ids=self.keys, case_insensitive=True)
        CustomObjectTypeUniqueConstraint.objects.create(
            custom_object_type=self.cot, name='active names', field_ids=self.keys[:1],
            condition_field=self.status, condition_value='active')
        self.assertEqual(self.description(), 'Circuit (custom object type circuits). Unique: per provider (name, '
                                             'provider; case-insensitive); active names (name; where status = '
                                             '"active").')
