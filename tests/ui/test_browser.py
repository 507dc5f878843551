"""End to end in a real browser: log in, define a type with a text, a select and an object field, create an object,
find it in the list and in global search; create a custom object through the quick-add "+" of a picker; the type and
object pages name types, fields and targets as defined (tests/ui/test_names.py checks every page without a browser).

Playwright drives the machine's Chromium (Debian package `chromium`, /usr/bin/chromium) headless against Django's
live server; screenshots go to test-artifacts/. Skipped, with the reason, when Playwright or Chromium is missing.
"""

import os
import re
import shutil
import unittest
from pathlib import Path
from unittest import mock

from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.db import connection
from django.urls import resolve

from core.models import ObjectType
from dcim.models import Site
from extras.models import CustomFieldChoiceSet
from users.models import User

from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

CHROMIUM = '/usr/bin/chromium'
CHROMIUM_ARGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
]
ARTIFACTS = Path(__file__).resolve().parents[2] / 'test-artifacts' / 'browser'
PASSWORD = 'Browser-test-1'


class BrowserTest(StaticLiveServerTestCase):
    """The committed data of this test is removed by the test itself: the database is shared with the other tests,
    which rely on NetBox's migrated rows that a flush would wipe."""

    @classmethod
    def setUpClass(cls):
        if sync_playwright is None:
            raise unittest.SkipTest('Playwright is not installed (pip install playwright)')
        if not Path(CHROMIUM).exists():
            raise unittest.SkipTest(f'Chromium is not installed at {CHROMIUM} (apt-get install chromium)')
        # Load NetBox's URL configuration (and with it the GraphQL schema: long on a small machine) before the
        # browser's first request, which would otherwise time out.
        resolve('/')
        super().setUpClass()
        # Playwright's sync API runs an event loop in this thread; Django's ORM calls made here stay synchronous.
        cls.async_unsafe = mock.patch.dict(os.environ, {'DJANGO_ALLOW_ASYNC_UNSAFE': 'true'})
        cls.async_unsafe.start()
        cls.playwright = sync_playwright().start()
        cls.browser = cls.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    @classmethod
    def tearDownClass(cls):
        cls.browser.close()
        cls.playwright.stop()
        cls.async_unsafe.stop()
        super().tearDownClass()

    def setUp(self):
        shutil.rmtree(ARTIFACTS, ignore_errors=True)
        ARTIFACTS.mkdir(parents=True)
        self.user = User.objects.create_user(username='browser-admin', password=PASSWORD, is_superuser=True)
        self.choice_set = CustomFieldChoiceSet.objects.create(
            name='Sensor states', extra_choices=[['on', 'Online'], ['off', 'Offline']],
        )
        self.site = Site.objects.create(name='Browser Site', slug='browser-site')
        # Index inline: a background worker of another environment must not receive this test's search updates.
        patcher = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.page = self.browser.new_page(viewport={'width': 1400, 'height': 1000})
        self.page.set_default_timeout(20000)
        self.shot = 0

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

    def screenshot(self, name):
        self.shot += 1
        self.page.screenshot(path=str(ARTIFACTS / f'{self.shot:02d}-{name}.png'), full_page=True)

    def go(self, path):
        self.page.goto(f'{self.live_server_url}{path}')
        self.page.wait_for_load_state('networkidle')

    def choose(self, field, label, search=None):
        """Pick `label` in the TomSelect widget of form field `field` (typing `search` first, for API selects)."""
        sibling = 'xpath=following-sibling::div[contains(@class, "ts-wrapper")]'
        wrapper = self.page.locator(f'#id_{field}').locator(sibling)
        wrapper.locator('.ts-control').click()
        if search:
            self.page.keyboard.type(search)
        option = self.page.locator('.ts-dropdown:visible .option', has_text=label).first
        option.click()
        self.page.keyboard.press('Escape')

    def submit(self, name='_create'):
        self.page.locator(f'button[name="{name}"]').click()
        self.page.wait_for_load_state('networkidle')

    def test_define_a_type_create_an_object_and_find_it(self):
        page = self.page
        self.log_in()
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

    def log_in(self):
        self.go('/login/')
        self.page.fill('input[name="username"]', 'browser-admin')
        self.page.fill('input[name="password"]', PASSWORD)
        self.page.locator('button[type="submit"]').click()
        self.page.wait_for_load_state('networkidle')
        expect(self.page.locator('body')).to_contain_text('Custom Objects')

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

    def add_field(self, name, label='', type_label=None, choice_set=None, related=None, primary=False):
        page = self.page
        page.get_by_role('link', name='Add Field').click()
        page.wait_for_load_state('networkidle')
        if type_label:
            self.choose('type', type_label)
            # The form re-renders (HTMX) with the options of the chosen type.
            page.locator(f'#id_{choice_set and "choice_set" or "related_object_type"}').wait_for(state='attached')
            page.wait_for_load_state('networkidle')
        page.fill('#id_name', name)
        if label:
            page.fill('#id_label', label)
        if primary:
            page.check('#id_primary')
        if choice_set:
            self.choose('choice_set', choice_set, search='Sensor')
        if related:
            self.choose('related_object_type', related, search=related)
        self.screenshot(f'field-{name}')
        self.submit()
        expect(page.locator('.card', has_text='Fields')).to_contain_text(name)

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
        CustomObjectTypeField.objects.create(custom_object_type=probe_type, name='serial', primary=True,
                                             required=True)
        sensor_type = CustomObjectType.objects.create(name='sensor', slug='sensors')
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='name', primary=True)
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='probe', type='object',
                                             related_object_type=probe_type.object_type)
        self.log_in()
        self.go('/plugins/custom-objects/sensors/add/')
        page.fill('#id_name', 'S-1')
        picker = page.locator('div.d-flex', has=page.locator('#id_probe'))
        picker.locator('button[aria-label="Quick add"]').click()
        page.locator('#id_quickadd-serial').fill('PX42')
        self.screenshot('quick-add-modal')
        page.locator('#htmx-modal button[name="_quickadd"]').click()
        # NetBox's widget reads the created object from the response and selects it in the picker.
        expect(picker.locator('.ts-control')).to_contain_text('PX42')
        self.screenshot('quick-add-selected')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text('S-1')
        probe = probe_type.get_model().objects.get(serial='PX42')
        self.assertEqual(sensor_type.get_model().objects.get(name='S-1').probe_id, probe.pk)

    def test_type_and_object_pages_name_types_fields_and_targets(self):
        page = self.page
        site_type = ObjectType.objects.get_for_model(Site)
        probe_type = CustomObjectType.objects.create(name='probe', slug='probes', verbose_name='DHCP probe')
        CustomObjectTypeField.objects.create(custom_object_type=probe_type, name='serial', primary=True)
        sensor_type = CustomObjectType.objects.create(name='sensor', slug='sensors')  # no display name: "Sensor"
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='name', primary=True)
        CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='probe', label='Main probe',
                                             type='object', related_object_type=probe_type.object_type)
        anything = CustomObjectTypeField.objects.create(custom_object_type=sensor_type, name='anything',
                                                        type='object', is_polymorphic=True)
        anything.related_object_types.set([site_type, probe_type.object_type])
        probe = probe_type.get_model().objects.create(serial='P-1')
        sensor = sensor_type.get_model().objects.create(name='S-1', probe=probe)
        self.log_in()

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
