"""The "Custom Objects" menu: built on each render, grouped by group name, filtered by each type's permission."""

from unittest import mock

from django.urls import reverse

from utilities.testing import TestCase

from netbox_custom_objects import navigation

from ..base import CustomObjectsTestMixin


class NavigationMenuTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.zebra = cls.create_custom_object_type(name='zebra', group_name='Zoo')
        cls.ant = cls.create_custom_object_type(name='ant', group_name='Insects')
        cls.loose = cls.create_custom_object_type(name='loose_thing', verbose_name_plural='loose things')

    def test_groups_are_sorted_and_ungrouped_types_come_last(self):
        labels = [label for label, items in navigation.get_grouped_menu_items()]
        self.assertEqual(labels[:2], ['Insects', 'Zoo'])
        self.assertEqual(str(labels[-1]), 'Objects')
        self.assertEqual([item.link_text for item in navigation.get_grouped_menu_items()[-1][1]], ['Loose Things'])

    def test_menu_is_rebuilt_on_each_render(self):
        self.assertNotIn('Birds', [label for label, items in navigation.get_grouped_menu_items()])
        self.create_custom_object_type(name='robin', group_name='Birds')
        self.assertIn('Birds', [label for label, items in navigation.get_grouped_menu_items()])

    def test_items_need_the_type_view_permission(self):
        self.add_permissions('netbox_custom_objects.view_customobjecttype')
        content = self.client.get(reverse('home')).content.decode()
        self.assertIn('Custom Object Types', content)
        self.assertNotIn(self.zebra.get_list_url(), content)
        self.add_permissions(f'netbox_custom_objects.view_table{self.zebra.pk}model')
        content = self.client.get(reverse('home')).content.decode()
        self.assertIn(self.zebra.get_list_url(), content)
        self.assertNotIn(self.ant.get_list_url(), content)

    def test_nothing_is_queried_before_the_tables_exist(self):
        with mock.patch.dict(navigation._ready, {'database': False}), \
                mock.patch.object(navigation, 'database_ready', return_value=False), \
                self.assertNumQueries(0):
            self.assertEqual(navigation.get_grouped_menu_items(), [])
