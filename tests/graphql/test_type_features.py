"""GraphQL of a type without the journal (issue 19 item 5): its object type and filter have no `journal_entries`,
and queries of its objects work; a type with the journal keeps them (as upstream 0.7.1)."""

from extras.models import JournalEntry

from .base import GraphQLTestCase


class JournalFeatureTest(GraphQLTestCase):

    @classmethod
    def setUpTestData(cls):
        cls.logged = cls.create_custom_object_type(name='logbook', slug='logbooks')
        cls.create_custom_object_type_field(cls.logged, name='name', primary=True)
        cls.quiet = cls.create_custom_object_type(name='sticker', slug='stickers', journal_enabled=False)
        cls.create_custom_object_type_field(cls.quiet, name='name', primary=True)

    def setUp(self):
        super().setUp()
        self.grant_type(self.logged)
        self.grant_type(self.quiet)
        self.add_permissions('extras.view_journalentry')

    def test_journal_entries_follow_the_feature(self):
        logged = self.type_fields(f'Table{self.logged.pk}ModelType')
        quiet = self.type_fields(f'Table{self.quiet.pk}ModelType')
        self.assertIn('journal_entries', {f['name'] for f in logged['fields']})
        self.assertNotIn('journal_entries', {f['name'] for f in quiet['fields']})
        self.assertIn('changelog', {f['name'] for f in quiet['fields']})

    def test_objects_are_queried(self):
        book = self.logged.get_model().objects.create(name='B1')
        JournalEntry.objects.create(assigned_object=book, comments='Opened')
        self.quiet.get_model().objects.create(name='S1')
        data = self.graphql_data('{ custom_objects_logbooks_list { name journal_entries { comments } } '
                                 'custom_objects_stickers_list(filters: {name: {exact: "S1"}}) { name tags { id } } }')
        self.assertEqual(data['custom_objects_logbooks_list'],
                         [{'name': 'B1', 'journal_entries': [{'comments': 'Opened'}]}])
        self.assertEqual(data['custom_objects_stickers_list'], [{'name': 'S1', 'tags': []}])
        body = self.graphql('{ custom_objects_stickers_list { journal_entries { id } } }')
        self.assertIn('journal_entries', str(body['errors']))
