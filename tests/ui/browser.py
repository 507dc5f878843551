"""The live server, the browser and the gestures the browser tests share (tests/ui/test_browser.py,
tests/ui/test_branch_browser.py).

Playwright drives the machine's Chromium (Debian package `chromium`, /usr/bin/chromium) headless against Django's
live server; screenshots go to test-artifacts/<ARTIFACTS>/. Skipped, with the reason, when Playwright or Chromium is
missing. Every response the browser receives (pages, HTMX fragments, API calls of the widgets) is watched: an answer
of 500 or more, or a page showing a traceback, fails the test."""

import os
import shutil
import unittest
from pathlib import Path
from unittest import mock

from django.contrib.staticfiles.testing import StaticLiveServerTestCase
from django.urls import resolve

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    expect = sync_playwright = None

__all__ = (
    'PASSWORD',
    'BrowserTestCase',
    'expect',
)

CHROMIUM = '/usr/bin/chromium'
CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
]
ARTIFACTS_ROOT = Path(__file__).resolve().parents[2] / 'test-artifacts'
PASSWORD = 'Browser-test-1'
TRACEBACK_MARKS = ('Traceback (most recent call last)', '<title>Server Error')


class BrowserTestCase(StaticLiveServerTestCase):
    """A logged-in browser page per test (`self.page`). Subclasses create their user (`self.user`, password
    PASSWORD) and remove the data they committed: the database is shared with the other tests, which rely on
    NetBox's migrated rows that a flush would wipe."""

    artifacts = 'browser'  # folder of the screenshots under test-artifacts/

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
        self.artifacts_dir = ARTIFACTS_ROOT / self.artifacts
        shutil.rmtree(self.artifacts_dir, ignore_errors=True)
        self.artifacts_dir.mkdir(parents=True)
        # Index inline: a background worker of another environment must not receive this test's search updates.
        patcher = mock.patch('netbox.search.deferred.any_workers_for_queue', return_value=False)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.page = self.browser.new_page(viewport={'width': 1400, 'height': 1000})
        self.page.set_default_timeout(20000)
        self.server_errors = []
        self.page.on('response', self._watch)
        self.shot = 0

    def _watch(self, response):
        if response.status >= 500:
            self.server_errors.append(f'{response.request.method} {response.url}: {response.status}')

    def assert_no_server_error(self):
        """No response so far answered 5xx, and the page shows no traceback."""
        self.assertEqual(self.server_errors, [], 'server errors')
        html = self.page.content()
        for mark in TRACEBACK_MARKS:
            self.assertNotIn(mark, html, f'{self.page.url} shows an error')

    def screenshot(self, name):
        self.shot += 1
        self.page.screenshot(path=str(self.artifacts_dir / f'{self.shot:02d}-{name}.png'), full_page=True)

    def go(self, path):
        self.page.goto(f'{self.live_server_url}{path}')
        self.page.wait_for_load_state('networkidle')
        self.assert_no_server_error()

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
        self.assert_no_server_error()

    def log_in(self, username):
        self.go('/login/')
        self.page.fill('input[name="username"]', username)
        self.page.fill('input[name="password"]', PASSWORD)
        self.page.locator('button[type="submit"]').click()
        self.page.wait_for_load_state('networkidle')
        expect(self.page.locator('body')).to_contain_text('Custom Objects')

    def add_field(self, name, label='', type_label=None, choice_set=None, related=None, primary=False):
        """From a type's page, add a field through the Add Field form."""
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
