"""The pages a user reviews a branch on, rendered as a browser asks for them (BranchingTestCase.assert_branch_pages).

netbox-branching's pages of one branch — the branch, its Diff, Changes Ahead / Behind / Merged (grouped, and each
request's changes), the merge, sync, revert and migrate forms, the job report — its change diffs (list and each
one), and NetBox's change log (list and each change of our types), viewed from main and, while the branch is
ready, with the branch active."""

import re
from unittest import mock

from django.test import Client
from django.urls import reverse

from core.models import ObjectChange

from netbox_custom_objects.constants import APP_LABEL

from .strategies import STRATEGIES

__all__ = ('BranchPagesMixin',)

BRANCH_VIEWS = (  # (and the merge form, once per strategy)
    'branch',
    'branch_diff',
    'branch_changes-ahead',
    'branch_changes-behind',
    'branch_changes-merged',
    'branch_sync',
    'branch_revert',
    'branch_migrate',
    'branch_job-report',
)
# Around every merge, sync, revert and migrate of every scenario (BranchingTestCase.check_pages_around) but the first
# of each test module, which renders all the pages: the branch's changes (ahead, or merged once it is merged)
CHEAP_VIEWS = {'ahead': ('branch_changes-ahead',), 'merged': ('branch_changes-merged',)}
_modules_fully_checked = set()
DRILL_DOWN_VIEWS = ('branch_changes-ahead', 'branch_changes-merged')
MAX_CHANGE_PAGES = 8  # change records of our types rendered per context (the newest)
# A type shown by its model name instead of its own name ("Table12Model", "table12model")
MODEL_NAME_RE = re.compile(r'\btable\d+model\b', re.IGNORECASE)
# Pages allowed to: the job report prints the merge job's log, whose lines netbox-branching's squash strategy writes
# with the Python class name of each model ("New object: Table12Model")
MODEL_NAMES_SHOWN = ('/job-report/',)
# Recorded data shown as recorded: a polymorphic value names each target by its content type label, which for a
# custom object is `netbox_custom_objects.table<id>model` (change records and held values; a known gap)
RECORDED_LABEL_RE = re.compile(
    r'content_type(?:&#x27;|&quot;|["\'])\s*:\s*(?:&#x27;|&quot;|["\'])netbox_custom_objects\.table\d+model',
    re.IGNORECASE,
)
# Internal payload keys that must stay out of what a user reads
INTERNAL_KEYS = ('_nco_field_ids',)


def _url(name, *args, query=''):
    return reverse(f'plugins:netbox_branching:{name}', args=args) + query


class BranchPagesMixin:
    def assert_branch_pages(self, branch, *names, from_branches=()):
        """Render every page of `branch` from main, (while it is ready) with the branch active, and with each of
        `from_branches` active: each answers 200, names every type by its name (never by its model name), shows no
        internal payload key, and together they show each of `names` (objects, types, fields). Returns
        {context: {url: html}}."""
        branch.refresh_from_db()
        contexts = {'main': None, 'branch': branch} if branch.ready else {'main': None}
        contexts.update({f'branch {other}': other for other in from_branches})
        rendered = {context: self._render_pages(branch, active) for context, active in contexts.items()}
        text = '\n'.join(html for pages in rendered.values() for html in pages.values())
        for name in names:
            self.assertTrue(str(name) in text, f'{name!r} is on none of the pages of {branch}')
        return rendered

    def check_pages_around(self, branch, operation):
        """Before or after `operation` (a word for messages) of a scenario: the pages of `branch`, from main and (while
        it is ready) with it active, answer 200, name no type by its model name, show no internal key. All of them
        around the first operation of each test module; its changes (CHEAP_VIEWS) otherwise: rendering all of them
        around every operation would make the branching suite about twice as long."""
        module = type(self).__module__
        full = module not in _modules_fully_checked
        for active in (None, branch) if branch.ready else (None,):
            self._render_pages(branch, active, full=full, when=operation)
        _modules_fully_checked.add(module)

    def dry_run_merges(self, branch):
        """Dry-run merge `branch` from its Merge page under each strategy, as a user does (the job runs at once, as a
        worker would run it), and render the job's report each time; the branch stays as it was. Returns
        {strategy: report html}."""
        from netbox_branching.jobs import MergeBranchJob  # (see _change_diffs)

        client = Client()
        client.force_login(self.user)
        enqueue = MergeBranchJob.enqueue.__func__

        def enqueue_now(cls, *args, **kwargs):
            return enqueue(cls, *args, **{**kwargs, 'immediate': True})

        original, reports = branch.merge_strategy, {}
        try:
            with mock.patch.object(MergeBranchJob, 'enqueue', classmethod(enqueue_now)):
                for strategy in STRATEGIES:
                    response = client.post(
                        _url('branch_merge', branch.pk, query='?_branch='), {'merge_strategy': strategy}
                    )  # "Commit changes" left unchecked
                    self.assertEqual(response.status_code, 302, f'dry-run {strategy} merge from the Merge page')
                    job = branch.jobs.order_by('created').last()
                    self.assertEqual(job.status, 'completed', f'dry-run {strategy} merge: {job.error}')
                    reports[strategy] = self._get(
                        client,
                        _url('branch_job-report', branch.pk),
                        '_branch=',
                        f'main, after a dry-run {strategy} merge',
                    )
        finally:
            type(branch).objects.filter(pk=branch.pk).update(merge_strategy=original)
        branch.refresh_from_db()
        self.assertEqual(branch.status, 'ready')
        return reports

    def _render_pages(self, branch, active, full=True, when=''):
        client = Client()
        client.force_login(self.user)
        query = f'_branch={active.schema_id}' if active is not None else '_branch='
        context = (f'{active} active' if active is not None else 'main') + (f', {when}' if when else '')
        if not full:
            names = CHEAP_VIEWS['merged' if branch.status == 'merged' else 'ahead']
            return {_url(name, branch.pk): self._get(client, _url(name, branch.pk), query, context) for name in names}
        pages = {url: self._get(client, url, query, context) for url in self._page_urls(branch, active)}
        # netbox-branching's REST API reads the same records (from main and with the branch active)
        for url in self._api_urls(branch):
            response = client.get(url + ('&' if '?' in url else '?') + query, HTTP_ACCEPT='application/json')
            self.assertEqual(response.status_code, 200, f'{url} with {context}: {response.content[:300]}')
        original = branch.merge_strategy
        try:
            for strategy in STRATEGIES:  # the merge form as it opens for a branch set to either strategy
                type(branch).objects.filter(pk=branch.pk).update(merge_strategy=strategy)
                url = _url('branch_merge', branch.pk)
                pages[f'{url}#{strategy}'] = self._get(client, url, query, f'{context} ({strategy})')
        finally:
            type(branch).objects.filter(pk=branch.pk).update(merge_strategy=original)
        return pages

    def _get(self, client, url, query, context):
        response = client.get(url + ('&' if '?' in url else '?') + query)
        self.assertEqual(response.status_code, 200, f'{url} with {context}')
        html = response.content.decode()
        text = RECORDED_LABEL_RE.sub('', _visible(html))
        if not any(part in url for part in MODEL_NAMES_SHOWN) and (match := MODEL_NAME_RE.search(text)):
            self.fail(
                f'{url} with {context} names a type by its model name: …{text[match.start() - 200 : match.end()]}'
            )
        for key in INTERNAL_KEYS:
            self.assertNotIn(key, html, f'{url} with {context}')
        return html

    def _page_urls(self, branch, active):
        urls = [_url(name, branch.pk) for name in BRANCH_VIEWS]
        for request_id in sorted({str(r) for r in branch.get_changes().values_list('request_id', flat=True)}):
            urls.extend(_url(name, branch.pk, query=f'?request_id={request_id}') for name in DRILL_DOWN_VIEWS)
        urls.append(_url('changediff_list', query=f'?branch_id={branch.pk}'))
        diffs = _change_diffs(branch)
        urls.extend(_url('changediff', pk) for pk in diffs)
        urls.append(reverse('core:objectchange_list'))
        from netbox_branching.utilities import activate_branch  # (see _change_diffs)

        with activate_branch(active):
            changes = ObjectChange.objects.valid_models().filter(changed_object_type__app_label=APP_LABEL)
            urls.extend(
                reverse('core:objectchange', args=[pk])
                for pk in changes.order_by('-time').values_list('pk', flat=True)[:MAX_CHANGE_PAGES]
            )
        return urls

    @staticmethod
    def _api_urls(branch):
        diffs = _change_diffs(branch)
        return [
            reverse('plugins-api:netbox_branching-api:branch-detail', args=[branch.pk]),
            reverse('plugins-api:netbox_branching-api:changediff-list') + f'?branch_id={branch.pk}',
            *(reverse('plugins-api:netbox_branching-api:changediff-detail', args=[pk]) for pk in diffs),
        ]


def _visible(html):
    """The text of `html` without its tags and attributes (URLs and ids may carry model names)."""
    return re.sub(r'<[^>]*>', ' ', html)


def _change_diffs(branch):
    # netbox-branching is imported where it is used: this module is imported (through tests/branching/base.py) by
    # test modules of other folders, which are also collected when netbox-branching is not installed, and Django
    # refuses to load its models then.
    from netbox_branching.models import ChangeDiff

    return ChangeDiff.objects.filter(branch=branch).values_list('pk', flat=True)
