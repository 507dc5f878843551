"""End to end in a real browser: log in, define a type with a text, a select and an object field, create an object,
find it in the list and in global search; create a custom object through the quick-add "+" of a picker; the type and
object pages name types, fields and targets as defined (tests/ui/test_names.py checks every page without a browser).

The browser, the live server and the shared gestures are in tests/ui/browser.py; screenshots go to
test-artifacts/browser/.
"""

import re

from django.db import connection

from core.models import ObjectType
from dcim.models import Site
from extras.models import CustomFieldChoiceSet
from users.models import User

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

from .browser import PASSWORD, BrowserTestCase, expect


class BrowserTest(BrowserTestCase):
    """The committed data of this test is removed by the test itself: the database is shared with the other tests,
    which rely on NetBox's migrated rows that a flush would wipe."""

    def setUp(self):
        super().setUp()
        self.user = User.objects.create_user(username='browser-admin', password=PASSWORD, is_superuser=True)
        self.choice_set = CustomFieldChoiceSet.objects.create(
            name='Sensor states',
            extra_choices=[['on', 'Online'], ['off', 'Offline']],
        )
        self.site = Site.objects.create(name='Browser Site', slug='browser-site')

    def _fixture_teardown(self):
        self.page.close()
        # Referring types first (a type referred to cannot be deleted before them).
        for name in ('sensor', 'probe'):
            for custom_object_type in CustomObjectType.objects.filter(name=name):
                custom_object_type.delete()
        self.site.delete()
        self.choice_set.delete()
        self.user.delete()
        connection.close()

    def test_define_a_type_create_an_object_and_find_it(self):
        page = self.page
        self.log_in('browser-admin')
        self.create_type()
        self.add_field(name='serial', label='Serial number', primary=True)
        self.add_field(name='state', type_label='Selection', choice_set='Sensor states')
        self.add_field(name='site', type_label='Object', related='Site')
        self.create_object()

        # The list shows it, with the select field's label
        self.go('/plugins/custom-objects/sensors/')
        expect(page.locator('table.object-list')).to_contain_text('SN-4711')
        expect(page.locator('table.object-list')).to_contain_text('Online')
        self.screenshot('object-list')

        # Global search finds it by its serial number
        page.locator('header input[name="q"]').fill('SN-4711')
        page.keyboard.press('Enter')
        page.wait_for_load_state('networkidle')
        expect(page.locator('table')).to_contain_text('SN-4711')
        self.screenshot('global-search')

    def create_type(self):
        page = self.page
        page.locator('button[aria-label="Custom Objects"]').click()
        page.get_by_role('link', name='Custom Object Types').click()
        self.screenshot('type-list')
        self.go('/plugins/custom-objects/custom-object-types/add/')
        page.fill('#id_name', 'sensor')
        page.fill('#id_verbose_name', 'Sensor')
        page.fill('#id_verbose_name_plural', 'Sensors')
        # NetBox's slug widget fills the slug from the plural name when the name loses focus.
        page.locator('#id_verbose_name_plural').blur()
        expect(page.locator('#id_slug')).to_have_value('sensors')
        self.screenshot('type-form')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text('Sensor')
        self.screenshot('type-created')

    def create_object(self):
        page = self.page
        self.go('/plugins/custom-objects/sensors/add/')
        page.fill('#id_serial', 'SN-4711')
        self.choose('state', 'Online')
        self.choose('site', 'Browser Site', search='Browser')
        self.screenshot('object-form')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text('SN-4711')
        expect(page.locator('body')).to_contain_text('Browser Site')
        self.assertTrue(re.search(r'netbox_custom_objects\.sensors:\d+', page.content()))
        self.screenshot('object-detail')

    def test_quick_add_a_custom_object_from_a_picker(self):
        page = self.page
        probe_type = CustomObjectType.objects.create(name='probe', slug='probes')
        CustomObjectTypeField.objects.create(custom_object_type=probe_type, name='serial', primary=True, required=True)
        sensor_type = CustomObjectType.objects.create(name='sensor', slug='sensors')
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='name', primary=True)
        CustomObjectTypeField.objects.create(
            custom_object_type=sensor_type, name='probe', type='object', related_object_type=probe_type.object_type
        )
        self.log_in('browser-admin')
        self.go('/plugins/custom-objects/sensors/add/')
        page.fill('#id_name', 'Sensor 1')
        picker = page.locator('div.d-flex', has=page.locator('#id_probe'))
        picker.locator('button[aria-label="Quick add"]').click()
        page.locator('#id_quickadd-serial').fill('PX42')
        self.screenshot('quick-add-modal')
        page.locator('#htmx-modal button[name="_quickadd"]').click()
        # NetBox's widget reads the created object from the response and selects it in the picker.
        expect(picker.locator('.ts-control')).to_contain_text('PX42')
        self.screenshot('quick-add-selected')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text('Sensor 1')
        probe = probe_type.get_model().objects.get(serial='PX42')
        self.assertEqual(sensor_type.get_model().objects.get(name='Sensor 1').probe_id, probe.pk)

    def test_type_and_object_pages_name_types_fields_and_targets(self):
        page = self.page
        site_type = ObjectType.objects.get_for_model(Site)
        probe_type = CustomObjectType.objects.create(name='probe', slug='probes', verbose_name='DHCP probe')
        CustomObjectTypeField.objects.create(custom_object_type=probe_type, name='serial', primary=True)
        sensor_type = CustomObjectType.objects.create(name='sensor', slug='sensors')  # no display name: "Sensor"
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='name', primary=True)
        CustomObjectTypeField.objects.create(
            custom_object_type=sensor_type,
            name='probe',
            label='Main probe',
            type='object',
            related_object_type=probe_type.object_type,
        )
        anything = CustomObjectTypeField.objects.create(
            custom_object_type=sensor_type, name='anything', type='object', is_polymorphic=True
        )
        anything.related_object_types.set([site_type, probe_type.object_type])
        probe = probe_type.get_model().objects.create(serial='Probe 1')
        sensor = sensor_type.get_model().objects.create(name='Sensor 1', probe=probe)
        self.log_in('browser-admin')

        # The Fields panel names each field's targets (a polymorphic field's several), as the Fields tab does.
        self.go(sensor_type.get_absolute_url())
        expect(page.locator('h1.page-title')).to_have_text('Sensor')
        fields = page.locator('.card', has=page.locator('h2.card-header', has_text='Fields'))
        expected = {'name': 'Text', 'probe': 'Object → DHCP Probe', 'anything': 'Object → Site, DHCP Probe'}
        for name, type_column in expected.items():
            row = fields.locator('tr', has=page.locator('code', has_text=re.compile(f'^{name}$')))
            expect(row.locator('td').nth(2)).to_have_text(type_column)
        expect(fields).not_to_contain_text('object type')
        self.screenshot('type-fields-panel')

        # An object's page: breadcrumbs and main panel titled with the type's display name (NetBox capitalizes each
        # word and keeps the rest), the Type row shows the name as defined, the fields their labels.
        pages = (
            (probe, 'DHCP probe', ['DHCP Probes', 'DHCP Probe']),
            (sensor, 'Sensor', ['Sensors', 'Sensor']),
        )
        for obj, defined, (heading_plural, heading) in pages:
            self.go(obj.get_absolute_url())
            expect(page.locator('ol.breadcrumb li')).to_have_text([heading_plural, heading])
            main = page.locator('.card').first
            expect(main.locator('h2.card-header')).to_have_text(heading)
            expect(main.locator('tr', has=page.locator('th', has_text='Type')).locator('td')).to_have_text(defined)
            self.screenshot(f'object-detail-{defined.lower().replace(" ", "-")}')
        expect(page.locator('.card').first.locator('th')).to_have_text(['Type', 'Anything', 'Name', 'Main probe'])
