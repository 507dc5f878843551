"""Per-type features and menus in the UI (issue 19 items 4 and 5): the object page's tabs and Images panel follow the
type's features, an image is attached through NetBox's own form, the type form edits the settings, and the
navigation orders groups and types by weight and gives types a top-level menu of their own."""

import io

from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from extras.models import ImageAttachment, JournalEntry
from utilities.testing import TestCase

from netbox_custom_objects import navigation
from netbox_custom_objects.models import CustomObjectType
from netbox_custom_objects.models.type_features import SETTING_DEFAULTS

from ..base import CustomObjectsTestMixin

NAME = 'plugins:netbox_custom_objects:customobject_{}'


def png_upload(name='front.png'):
    data = io.BytesIO()
    Image.new('RGB', (5, 2), 'blue').save(data, 'PNG')
    return SimpleUploadedFile(name, data.getvalue(), content_type='image/png')


class ObjectPageFeaturesTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.full = cls.create_custom_object_type(name='panel', slug='panels', image_attachments_enabled=True)
        cls.create_custom_object_type_field(cls.full, name='name', primary=True)
        cls.bare = cls.create_custom_object_type(
            name='label', slug='labels', journal_enabled=False, contacts_enabled=False,
        )
        cls.create_custom_object_type_field(cls.bare, name='name', primary=True)

    def setUp(self):
        super().setUp()
        self.panel = self.full.get_model().objects.create(name='P1')
        self.label = self.bare.get_model().objects.create(name='L1')
        self.add_permissions(
            f'netbox_custom_objects.view_{self.panel._meta.model_name}',
            f'netbox_custom_objects.view_{self.label._meta.model_name}',
            'extras.view_journalentry', 'tenancy.view_contactassignment', 'extras.view_imageattachment',
            'extras.add_imageattachment', 'core.view_objectchange',
        )

    def tab_url(self, obj, tab):
        return reverse(NAME.format(tab), kwargs={'custom_object_type': obj._snapshot.slug, 'pk': obj.pk})

    def test_tabs_follow_the_features(self):
        page = self.client.get(self.panel.get_absolute_url())
        self.assertHttpStatus(page, 200)
        for tab in ('journal', 'contacts', 'changelog', 'image-attachments'):
            self.assertContains(page, self.tab_url(self.panel, tab))
        page = self.client.get(self.label.get_absolute_url())
        self.assertHttpStatus(page, 200)
        for tab in ('journal', 'contacts', 'image-attachments'):
            self.assertNotContains(page, self.tab_url(self.label, tab))
        self.assertContains(page, self.tab_url(self.label, 'changelog'))

    def test_tabs_of_missing_features_answer_404(self):
        for tab in ('journal', 'contacts', 'image-attachments'):
            with self.subTest(tab):
                self.assertHttpStatus(self.client.get(self.tab_url(self.label, tab)), 404)
                self.assertHttpStatus(self.client.get(self.tab_url(self.panel, tab)), 200)

    def test_images_panel_offers_to_attach_an_image(self):
        page = self.client.get(self.panel.get_absolute_url())
        self.assertContains(page, 'Attach an image')
        self.assertContains(page, f'object_id={self.panel.pk}')
        self.assertNotContains(self.client.get(self.label.get_absolute_url()), 'Attach an image')

    def test_an_image_is_attached_through_the_form(self):
        content_type = ContentType.objects.get_for_model(self.panel)
        add = reverse('extras:imageattachment_add')
        query = f'?object_type={content_type.pk}&object_id={self.panel.pk}'
        self.assertHttpStatus(self.client.get(add + query), 200)
        response = self.client.post(add + query, {'name': 'Front', 'image': png_upload()})
        self.assertHttpStatus(response, 302)
        attachment = ImageAttachment.objects.get()
        self.assertEqual((attachment.parent, attachment.image_width), (self.panel, 5))
        tab = self.client.get(self.tab_url(self.panel, 'image-attachments'))
        self.assertContains(tab, 'Front')
        # the panel lists it through NetBox's image attachment list (an HTMX table)
        listed = self.client.get(reverse('extras:imageattachment_list'),
                                 {'object_type_id': content_type.pk, 'object_id': self.panel.pk})
        self.assertContains(listed, 'Front')

    def test_the_type_form_edits_the_settings(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype',
                             'netbox_custom_objects.view_customobjecttype')
        edit = reverse('plugins:netbox_custom_objects:customobjecttype_edit', args=[self.bare.pk])
        form = self.client.get(edit)
        for name in ('journal_enabled', 'contacts_enabled', 'image_attachments_enabled', 'change_logging_enabled',
                     'menu_name', 'menu_weight'):
            self.assertContains(form, f'name="{name}"')
        # a Yes/No choice (contacts are off)
        self.assertRegex(form.content.decode(), r'<select name="contacts_enabled"[^>]*>\s*<option value="True"\s*>Yes'
                                                r'</option>\s*<option value="False"\s*selected\s*>No</option>')
        response = self.client.post(edit, {
            'name': 'label', 'slug': 'labels', 'journal_enabled': 'True', 'menu_name': 'Cabling', 'menu_weight': 7,
        })
        self.assertHttpStatus(response, 302)
        row = CustomObjectType.objects.get(pk=self.bare.pk)
        # what the post left out keeps its stored value
        self.assertEqual((row.journal_enabled, row.contacts_enabled, row.change_logging_enabled, row.menu_name,
                          row.menu_weight), (True, False, True, 'Cabling', 7))
        page = self.client.get(self.label.get_absolute_url())
        self.assertContains(page, self.tab_url(self.label, 'journal'))
        detail = self.client.get(row.get_absolute_url())
        self.assertContains(detail, 'Cabling')

    def test_the_type_form_refuses_turning_off_a_journal_that_holds_entries(self):
        self.add_permissions('netbox_custom_objects.change_customobjecttype')
        JournalEntry.objects.create(assigned_object=self.panel, comments='Checked')
        edit = reverse('plugins:netbox_custom_objects:customobjecttype_edit', args=[self.full.pk])
        response = self.client.post(edit, {'name': 'panel', 'slug': 'panels', 'journal_enabled': 'False'})
        self.assertHttpStatus(response, 200)
        self.assertIn('journal_enabled', response.context['form'].errors)
        self.assertTrue(CustomObjectType.objects.get(pk=self.full.pk).journal_enabled)


    def test_a_minimal_post_creates_a_type_with_the_defaults(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttype')
        add = reverse('plugins:netbox_custom_objects:customobjecttype_add')
        self.assertHttpStatus(self.client.post(add, {'name': 'omega', 'slug': 'omegas'}), 302)
        row = CustomObjectType.objects.get(name='omega')
        self.assertEqual({name: getattr(row, name) for name in SETTING_DEFAULTS}, SETTING_DEFAULTS)

    def test_types_are_imported_with_and_without_settings(self):
        self.add_permissions('netbox_custom_objects.add_customobjecttype')
        csv = 'name,slug,image_attachments_enabled,journal_enabled,menu_weight\nfoo,foos,true,false,5'
        response = self.client.post(reverse('plugins:netbox_custom_objects:customobjecttype_bulk_import'),
                                    {'data': csv, 'format': 'csv', 'csv_delimiter': ','})
        self.assertHttpStatus(response, 302)
        foo = CustomObjectType.objects.get(name='foo')
        self.assertEqual((foo.image_attachments_enabled, foo.journal_enabled, foo.contacts_enabled,
                          foo.change_logging_enabled, foo.menu_weight), (True, False, True, True, 5))


class MenuOrderTest(CustomObjectsTestMixin, TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.create_custom_object_type(name='zebra', group_name='Zoo', menu_weight=10)
        cls.create_custom_object_type(name='ant', group_name='Insects', menu_weight=50)
        cls.create_custom_object_type(name='bee', group_name='Insects', menu_weight=60)
        cls.create_custom_object_type(name='aphid', group_name='Insects', menu_weight=70)
        cls.create_custom_object_type(name='yak', menu_weight=5)
        cls.create_custom_object_type(name='cow', menu_weight=6)
        cls.create_custom_object_type(name='pump', group_name='Water', menu_name='Facilities', menu_weight=20)
        cls.create_custom_object_type(name='fan', group_name='Air', menu_name='Facilities', menu_weight=30)
        cls.create_custom_object_type(name='valve', menu_name='Facilities', menu_weight=1)

    def labels(self, menu_name=''):
        return [(str(label), [item.link_text for item in items])
                for label, items in navigation.get_grouped_menu_items(menu_name)]

    def test_groups_and_types_follow_their_weights(self):
        self.assertEqual(self.labels(), [
            ('Zoo', ['Zebras']), ('Insects', ['Ants', 'Bees', 'Aphids']), ('Objects', ['Yaks', 'Cows']),
        ])

    def test_types_of_a_menu_of_their_own(self):
        self.assertEqual(self.labels('Facilities'), [
            ('Water', ['Pumps']), ('Air', ['Fans']), ('Objects', ['Valves']),
        ])
        self.assertEqual(navigation.own_menu_names(), ['Facilities'])

    def test_the_navigation_shows_the_top_level_menu(self):
        self.user.is_superuser = True
        self.user.save()
        page = self.client.get(reverse('home')).content.decode()
        facilities = page.index('aria-label="Facilities"')
        self.assertLess(page.index('aria-label="Custom Objects"'), facilities)
        # the places for menus no type names are left out: two menus with the plugin's icon
        self.assertEqual(page.count('<i class="mdi mdi-toy-brick-outline"'), 2)
        valve = CustomObjectType.objects.get(name='valve').get_list_url()
        zebra = CustomObjectType.objects.get(name='zebra').get_list_url()
        self.assertGreater(page.index(valve), facilities)
        self.assertLess(page.index(zebra), facilities)
        # the order within the Custom Objects menu: Zoo's zebra, then the insects
        ant = CustomObjectType.objects.get(name='ant').get_list_url()
        self.assertLess(page.index(zebra), page.index(ant))

    def test_the_menu_is_read_once_per_request(self):
        self.user.is_superuser = True
        self.user.save()
        self.client.get(reverse('home'))  # (warm)
        with CaptureQueriesContext(connection) as queries:
            self.client.get(reverse('home'))
        menu_queries = [q for q in queries.captured_queries if 'menu_weight' in q['sql']]
        self.assertEqual(len(menu_queries), 1)
