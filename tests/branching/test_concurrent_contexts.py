"""Acceptance matrix A4/I6 (registries-keyed-by-label): requests in main and in two branches, interleaved on one worker
(threads of one process, sharing its model cache and registries), each with different columns for the same type — REST
list and detail, the UI list, GraphQL and global search. Each context sees its own columns, never another's."""

import threading

from django.db import connection
from django.test import Client
from django.urls import reverse

from users.constants import TOKEN_PREFIX
from users.models import Token

from netbox_custom_objects.models import CustomObjectType

from .base import BranchingTestCase, current_model, edit, rename

ROUNDS = 6


class ConcurrentContextsTest(BranchingTestCase):

    def setUp(self):
        super().setUp()
        token = Token.objects.create(user=self.user)
        self.auth = {'HTTP_AUTHORIZATION': f'Bearer {TOKEN_PREFIX}{token.key}.{token.token}'}

    def build(self):
        """main: widget(code); branch 1 renames code→serial; branch 2 adds rank. Each context edits the object."""
        cot = self.create_custom_object_type(name='widget', slug='widgets')
        self.create_custom_object_type_field(cot, name='code', search_weight=100)
        cot.refresh_from_db()
        obj = cot.get_model().objects.create(code='original')
        first, second = self.provision(), self.provision()
        with self.tracked(first):
            rename(cot, 'code', 'serial')
            edit(current_model(cot), obj.pk, serial='serialinbranchone')
        with self.tracked(second):
            self.create_custom_object_type_field(CustomObjectType.objects.get(pk=cot.pk), name='rank', type='integer')
            edit(current_model(cot), obj.pk, code='codeinbranchtwo', rank=2)
        with self.tracked():
            edit(current_model(cot), obj.pk, code='codeinmain')
        return obj.pk, first, second

    def check_context(self, pk, branch, expected, absent):
        """One round of requests in one context; returns a list of problems (empty when all is right)."""
        client = Client()
        client.force_login(self.user)
        api = dict(self.auth)
        query = ''
        if branch is not None:
            api['HTTP_X_NETBOX_BRANCH'] = branch.schema_id
            query = f'?_branch={branch.schema_id}'
        problems = []

        listing = client.get('/api/plugins/custom-objects/widgets/', **api)
        row = listing.json()['results'][0] if listing.status_code == 200 else {}
        detail = client.get(f'/api/plugins/custom-objects/widgets/{pk}/', **api)
        for label, data in (('REST list', row), ('REST detail', detail.json() if detail.status_code == 200 else {})):
            values = {key: data.get(key, '<missing>') for key in expected}
            if values != expected or set(absent) & set(data):
                problems.append(f'{label}: {values} (absent expected: {sorted(set(absent) & set(data))})')

        names = ' '.join(expected)
        graphql = client.post(reverse('graphql'), data={'query': f'{{ custom_objects_widgets_list {{ {names} }} }}'},
                              content_type='application/json', **api).json()
        if graphql.get('data') != {'custom_objects_widgets_list': [expected]}:
            problems.append(f'GraphQL: {graphql}')

        page = client.get(f'/plugins/custom-objects/widgets/{query}')
        text = str(expected[next(iter(expected))])
        if page.status_code != 200 or text not in page.content.decode():
            problems.append(f'UI list: {page.status_code}, {text!r} not shown')

        search = client.get(f'/search/?q={text}{query.replace("?", "&")}')
        if search.status_code != 200 or f'/plugins/custom-objects/widgets/{pk}/' not in search.content.decode():
            problems.append(f'search for {text!r}: {search.status_code}, object not found')
        return problems

    def test_interleaved_requests(self):
        pk, first, second = self.build()
        contexts = (
            (None, {'code': 'codeinmain'}, ('serial', 'rank')),
            (first, {'serial': 'serialinbranchone'}, ('code', 'rank')),
            (second, {'code': 'codeinbranchtwo', 'rank': 2}, ('serial',)),
        )
        barrier = threading.Barrier(len(contexts))
        problems = []

        def worker(branch, expected, absent):
            try:
                for _ in range(ROUNDS):
                    barrier.wait(timeout=60)  # start every round together, so the contexts interleave
                    problems.extend(f'{branch or "main"}: {p}' for p in self.check_context(pk, branch, expected,
                                                                                          absent))
            except Exception as e:  # reported below rather than lost in the thread
                problems.append(f'{branch or "main"}: {type(e).__name__}: {e}')
                barrier.abort()
            finally:
                connection.close()

        threads = [threading.Thread(target=worker, args=context) for context in contexts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(problems, [])
        # and the branches' values stay out of main's search
        client = Client()
        client.force_login(self.user)
        for text in ('serialinbranchone', 'codeinbranchtwo'):
            found = client.get(f'/search/?q={text}').content.decode()
            self.assertNotIn(f'/plugins/custom-objects/widgets/{pk}/', found)
