"""A branch worked the way a user works it, in a real browser (issue 15 item 4): netbox-branching's pages create the
branch, activate it, review it, merge it (squash) and revert it; the plugin's own pages define a type with a text
and an object field and create two objects in the branch; the plugin's list pages show main after the merge and
after the revert, and the site the objects pointed at can still be shown and deleted in main after the revert (the
server process still had the reverted type's class: tests/dynamic_models/test_deleted_elsewhere.py).

The branch jobs (provisioning, merge, revert) run where they run for a user: in a `netbox rqworker` process started
by the test on the test database and Redis database, a fresh worker that has never seen the type the branch created.
Every response the browser receives is watched (tests/ui/browser.py): an answer of 500 or a traceback fails the test.
Screenshots go to test-artifacts/browser-branch/."""

import subprocess
import sys
import time
from pathlib import Path

import django_rq
import pytest
from django.apps import apps
from django.db import connection

from core.models import Job
from dcim.models import Site
from users.models import User

from netbox_custom_objects.dynamic_models import model_cache
from netbox_custom_objects.models import CustomObjectType

from ..branching.pages import MODEL_NAME_RE
from .browser import PASSWORD, BrowserTestCase, expect

pytestmark = pytest.mark.branching

ROOT = Path(__file__).resolve().parents[2]
QUEUES = ('high', 'default', 'low')
JOB_TIMEOUT = 120  # seconds a branch job may take on a loaded machine
USERNAME = 'branch-browser-admin'
BRANCH = 'browser-branch'
OBJECTS = ('SN-1001', 'SN-1002')


class BranchInTheBrowserTest(BrowserTestCase):
    artifacts = 'browser-branch'

    @classmethod
    def setUpClass(cls):
        if not apps.is_installed('netbox_branching'):
            raise pytest.skip.Exception('netbox-branching is not installed')
        super().setUpClass()
        # Jobs other tests queued without running them would reach this worker: the queues are this test's now.
        for queue in QUEUES:
            django_rq.get_queue(queue).empty()
        log = ROOT / 'test-artifacts' / 'rqworker-browser-branch.log'
        log.parent.mkdir(exist_ok=True)
        with open(log, 'w') as output:
            cls.worker = subprocess.Popen(
                [str(Path(sys.executable).parent / 'netbox'), 'rqworker', *QUEUES],
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        cls.addClassCleanup(cls._stop_worker)

    @classmethod
    def _stop_worker(cls):
        cls.worker.terminate()
        cls.worker.wait(timeout=30)

    def setUp(self):
        super().setUp()
        self.user = User.objects.create_user(username=USERNAME, password=PASSWORD, is_superuser=True)
        self.site = Site.objects.create(name='Branch Site', slug='branch-site')
        self.last_job = Job.objects.order_by('pk').values_list('pk', flat=True).last() or 0

    def _fixture_teardown(self):
        from netbox_branching.models import Branch

        self.page.close()
        for branch in Branch.objects.filter(name=BRANCH):
            with connection.cursor() as cursor:
                cursor.execute(f'DROP SCHEMA IF EXISTS "{branch.schema_name}" CASCADE')
            Branch.objects.filter(pk=branch.pk).delete()
        # The branch's jobs, and the system jobs the worker scheduled at its start
        Job.objects.filter(pk__gt=self.last_job).delete()
        for custom_object_type in CustomObjectType.objects.filter(name='sensor'):
            custom_object_type.delete()
        # The classes of types that are gone leave this process's registry, as a worker's next request drops them.
        model_cache.sync()
        Site.objects.filter(pk=self.site.pk).delete()
        self.user.delete()
        connection.close()

    def test_create_review_merge_and_revert_a_branch_in_the_browser(self):
        started = time.monotonic()
        page = self.page
        self.log_in(USERNAME)

        # 1. Branches → Add, then wait for the worker to provision it
        branch_url = self.create_branch()
        self.wait_for_status(branch_url, 'Ready')

        # 2. Activate it from its page; the branch selector names it
        page.locator('a.btn', has_text='Activate').click()
        page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        expect(self.branch_selector()).to_have_text(BRANCH)
        self.screenshot('branch-active')

        # 3. A type, its fields and two objects through the plugin's pages, in the branch
        self.create_type()
        self.add_field(name='serial', label='Serial number', primary=True)
        self.add_field(name='site', type_label='Object', related='Site')
        for serial in OBJECTS:
            self.create_object(serial)
        self.go('/plugins/custom-objects/sensors/')
        for serial in OBJECTS:
            expect(page.locator('table.object-list')).to_contain_text(serial)

        self.assertFalse(CustomObjectType.objects.filter(name='sensor').exists(), 'main has no such type yet')

        # 4. The branch's Diff tab names the type, its fields and the objects; so do the Changes Ahead tab (by type,
        # one row per request) and each request's changes
        self.go(branch_url)
        self.open_tab('Diff')
        self.assert_names_in_tables('Sensor', 'Serial number', 'Site', *OBJECTS)
        self.open_tab('Changes Ahead')
        self.assert_names_in_tables('Custom Object Type', 'Custom Object Type Field', 'Sensor')
        requests = self.page.locator('table a[href^="?request_id="]')
        hrefs = [requests.nth(i).get_attribute('href') for i in range(requests.count())]
        links = [href for href in hrefs if '&' not in href]  # the Request ID column (the counts link by action)
        self.assertEqual(len(links), 5, 'one request per type, field and object')
        shown = []
        for link in links:
            self.go(f'{branch_url}changes-ahead/{link}')
            shown.append(self.assert_names_in_tables())
        self.assertIn('Sensor', '\n'.join(shown))
        for name in ('Serial number', 'Site', *OBJECTS):
            self.assertIn(name, '\n'.join(shown), f"no request's changes name {name!r}")
        self.screenshot('branch-request-changes')

        # 5. Merge (squash) from the Merge page, wait for the job; in main, the type and its objects
        self.go(branch_url)
        page.locator('a.btn', has_text='Merge').click()
        page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        page.locator('a[href="#merge-creates"]').click()  # the pending creates, by type
        expect(page.locator('#merge-creates')).to_be_visible()
        self.assert_names_in_tables('Custom Object Types', 'Custom Object Type Fields', 'Sensors')
        page.check('input[name="merge_strategy"][value="squash"]')
        page.check('#id_commit')
        self.screenshot('merge-form')
        self.submit('_update')
        self.wait_for_status(branch_url, 'Merged')
        self.deactivate()
        self.go('/plugins/custom-objects/custom-object-types/')
        expect(page.locator('table.object-list')).to_contain_text('sensor')
        self.go('/plugins/custom-objects/sensors/')
        listed = page.locator('table.object-list')
        for serial in OBJECTS:
            expect(listed).to_contain_text(serial)
        expect(listed).to_contain_text('Branch Site')
        self.screenshot('main-after-merge')

        # 6. Revert from the Revert page, wait for the job; in main, the type and its objects are gone
        self.go(branch_url)
        page.locator('a.btn', has_text='Revert').click()
        page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        page.check('#id_commit')
        self.screenshot('revert-form')
        self.submit('_update')
        self.wait_for_status(branch_url, 'Ready')
        # This server process built the type's class when it showed main after the merge; the revert dropped the
        # type's table in the worker. The site the objects pointed at is deleted from its page: NetBox's deletion
        # collector must not reach for the reverted type's table.
        self.delete_site()
        self.go('/plugins/custom-objects/custom-object-types/')
        expect(page.locator('body')).not_to_contain_text('sensor')
        response = page.goto(f'{self.live_server_url}/plugins/custom-objects/sensors/')
        self.assertEqual(response.status, 404)
        self.assertFalse(CustomObjectType.objects.filter(name='sensor').exists())
        self.screenshot('main-after-revert')
        print(f'\nbranch browser walk: {time.monotonic() - started:.0f} s')

    def delete_site(self):
        page = self.page
        self.go(self.site.get_absolute_url())
        page.locator('a.btn', has_text='Delete').click()
        page.locator('.modal-content button.btn-danger', has_text='Delete').click()
        page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        expect(page.locator('.toast-body, .alert')).to_contain_text('Deleted site')
        self.assertFalse(Site.objects.filter(pk=self.site.pk).exists())

    def create_branch(self):
        page = self.page
        self.go('/plugins/branching/branches/')
        page.get_by_role('link', name='Add').click()
        page.wait_for_load_state('networkidle')
        page.fill('#id_name', BRANCH)
        self.screenshot('branch-form')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text(BRANCH)
        return page.url.removeprefix(self.live_server_url).split('?')[0]

    def wait_for_status(self, branch_url, status):
        """Reload the branch's page until its Status reads `status` (the worker runs the job meanwhile)."""
        page = self.page
        deadline = time.monotonic() + JOB_TIMEOUT
        while True:
            self.go(branch_url)
            shown = page.locator('tr', has=page.locator('th', has_text='Status')).locator('td').inner_text()
            self.assertNotIn('Job failed', shown, self.last_job_error(branch_url))
            if shown.split()[0] == status:
                self.screenshot(f'branch-{status.lower()}')
                return
            self.assertLess(time.monotonic(), deadline, f'the branch is still {shown!r}, not {status}')
            time.sleep(1)

    def last_job_error(self, branch_url):
        from netbox_branching.models import Branch

        job = Branch.objects.get(name=BRANCH).jobs.order_by('created').last()
        return f'{branch_url}: the {job.name} job failed: {job.error} {job.data}'

    def deactivate(self):
        """Back to main through the branch selector."""
        page = self.page
        self.branch_selector().click()
        page.locator('.dropdown-menu.show a.dropdown-item', has_text='Main').click()
        page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        expect(self.branch_selector()).to_have_text('Main')

    def branch_selector(self):
        """netbox-branching's branch selector in the header (the narrow layout's copy is hidden)."""
        return self.page.locator('button.btn.dropdown-toggle:visible', has=self.page.locator('i.mdi-source-branch'))

    def assert_names_in_tables(self, *names):
        """The page's tables show each of `names`, and no type by its model name."""
        text = '\n'.join(self.page.locator('table').all_inner_texts())
        for name in names:
            self.assertIn(name, text, f'{name!r} is in no table of {self.page.url}')
        self.assertIsNone(MODEL_NAME_RE.search(text), f'{self.page.url} names a type by its model name')
        return text

    def open_tab(self, label):
        self.page.locator('ul.nav-tabs').get_by_role('link', name=label).click()
        self.page.wait_for_load_state('networkidle')
        self.assert_no_server_error()
        self.screenshot(f'branch-{label.lower().replace(" ", "-")}')

    def create_type(self):
        page = self.page
        self.go('/plugins/custom-objects/custom-object-types/add/')
        page.fill('#id_name', 'sensor')
        page.fill('#id_verbose_name', 'Sensor')
        page.fill('#id_verbose_name_plural', 'Sensors')
        page.locator('#id_verbose_name_plural').blur()
        expect(page.locator('#id_slug')).to_have_value('sensors')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text('Sensor')
        self.screenshot('type-created')

    def create_object(self, serial):
        page = self.page
        self.go('/plugins/custom-objects/sensors/add/')
        page.fill('#id_serial', serial)
        self.choose('site', 'Branch Site', search='Branch')
        self.submit()
        expect(page.locator('h1.page-title')).to_have_text(serial)
        expect(page.locator('body')).to_contain_text('Branch Site')
        self.screenshot(f'object-{serial}')
