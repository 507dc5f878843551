"""Applying documents: creation order, destructive changes, references, model validation, one transaction (DDL
included), the stored document and id counter, and the change log."""

import uuid

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase

from core.models import ObjectChange
from netbox.context_managers import event_tracking
from utilities.request import NetBoxFakeRequest

from netbox_custom_objects.constants import table_name
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField
from netbox_custom_objects.schema import (
    CircularDependencyError,
    DestructiveChangesError,
    InvalidDefinitionError,
    UnknownObjectTypeError,
    apply_document,
    creation_order,
    diff_document,
    export_cot,
)

from ..base import CustomObjectsTestMixin, column_names, table_exists


def custom_object_tables():
    with connection.cursor() as cursor:
        cursor.execute('SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE %s',
                       ['custom_objects_%'])
        return {row[0] for row in cursor.fetchall()}


def doc(*type_defs, **extra):
    return {'schema_version': '1', 'types': list(type_defs), **extra}


def widget(*fields, **attrs):
    return {'name': 'widget', 'slug': 'widgets', **attrs, 'fields': list(fields)}


def text(schema_id, name, **attrs):
    return {'id': schema_id, 'name': name, 'type': 'text', **attrs}


def ref(schema_id, name, target, **attrs):
    return {'id': schema_id, 'name': name, 'type': 'object', 'related_object_type': target, **attrs}


class ExecutorTestMixin(CustomObjectsTestMixin):

    def type_named(self, slug):
        return CustomObjectType.objects.get(slug=slug)

    def field_names(self, slug):
        return sorted(self.type_named(slug).fields.values_list('name', flat=True))


class CreationTest(ExecutorTestMixin, TestCase):

    def test_new_types_are_created_with_their_fields_and_tables(self):
        diffs = apply_document(doc(widget(text(1, 'serial', primary=True), text(2, 'notes', required=True),
                                          description='Widgets')))
        self.assertTrue(diffs[0].is_new)
        cot = self.type_named('widgets')
        self.assertEqual(cot.description, 'Widgets')
        self.assertEqual(self.field_names('widgets'), ['notes', 'serial'])
        self.assertEqual(set(cot.fields.values_list('name', 'schema_id')), {('serial', 1), ('notes', 2)})
        self.assertTrue({'serial', 'notes'} <= column_names(table_name(cot.pk)))
        obj = cot.get_model().objects.create(serial='A1', notes='x')
        self.assertEqual(str(obj), 'A1')

    def test_types_are_created_after_the_types_they_refer_to(self):
        document = doc(
            {'name': 'a', 'slug': 'a', 'fields': [ref(1, 'b', 'custom-objects/b'), ref(2, 'me', 'custom-objects/a')]},
            {'name': 'b', 'slug': 'b', 'fields': [ref(1, 'c', 'custom-objects/c')]},
            {'name': 'c', 'slug': 'c', 'fields': [ref(1, 'site', 'dcim/site')]},
        )
        self.assertEqual(creation_order({t['slug']: t for t in document['types']}), ['c', 'b', 'a'])
        apply_document(document)
        a_model = self.type_named('a').get_model()
        self.assertIs(a_model._meta.get_field('me').related_model, a_model)
        self.assertEqual(a_model._meta.get_field('b').related_model, self.type_named('b').get_model())

    def test_a_cycle_between_new_types_is_refused_before_any_change(self):
        document = doc(
            {'name': 'a', 'slug': 'a', 'fields': [ref(1, 'b', 'custom-objects/b')]},
            {'name': 'b', 'slug': 'b', 'fields': [{'id': 1, 'name': 'a', 'type': 'multiobject',
                                                   'related_object_type': 'custom-objects/a'}]},
        )
        with self.assertRaises(CircularDependencyError) as raised:
            apply_document(document)
        self.assertEqual(raised.exception.slugs, ['a', 'b', 'a'])
        self.assertFalse(CustomObjectType.objects.exists())

    def test_explicit_ids_are_kept_and_the_counter_moves_past_them(self):
        apply_document(doc(widget(text(5, 'serial'), text(9, 'notes'),
                                  removed_fields=[{'id': 12, 'name': 'old', 'type': 'text'}])))
        cot = self.type_named('widgets')
        self.assertEqual(cot.next_schema_id, 13)
        field = self.create_custom_object_type_field(cot, name='later')
        self.assertEqual(field.schema_id, 13)

    def test_polymorphic_fields(self):
        apply_document(doc(widget({'id': 1, 'name': 'targets', 'type': 'multiobject', 'is_polymorphic': True,
                                   'related_object_types': ['dcim/site', 'dcim/device']})))
        field = self.type_named('widgets').fields.get()
        self.assertTrue(field.is_polymorphic)
        self.assertEqual(sorted(field.related_object_types.values_list('model', flat=True)), ['device', 'site'])

    def test_applying_the_same_document_again_changes_nothing(self):
        document = doc(widget(text(1, 'serial')), {'name': 'gadget', 'slug': 'gadgets'})
        apply_document(document)
        stamp = self.type_named('widgets').last_updated
        diffs = apply_document(document)
        self.assertFalse(any(diff.has_changes for diff in diffs))
        self.assertEqual(self.type_named('widgets').last_updated, stamp)


class ChangeTest(ExecutorTestMixin, TestCase):

    def setUp(self):
        apply_document(doc(widget(text(1, 'serial'), text(2, 'notes'), {'id': 3, 'name': 'count',
                                                                          'type': 'text'})))
        self.model = self.type_named('widgets').get_model()
        self.obj = self.model.objects.create(serial='S1', notes='N1', count='42')

    def reload(self):
        return self.type_named('widgets').get_model().objects.get(pk=self.obj.pk)

    def test_type_attributes_and_field_attributes_change(self):
        apply_document(doc(widget(text(1, 'serial', label='Serial #', unique=True), text(2, 'notes'),
                                  {'id': 3, 'name': 'count', 'type': 'text'}, verbose_name='Widget thing')))
        cot = self.type_named('widgets')
        self.assertEqual(cot.verbose_name, 'Widget thing')
        field = cot.fields.get(name='serial')
        self.assertEqual((field.label, field.unique), ('Serial #', True))

    def test_a_rename_keeps_the_data(self):
        apply_document(doc(widget(text(1, 'serial_number'), text(2, 'notes'), {'id': 3, 'name': 'count',
                                                                                'type': 'text'})))
        self.assertEqual(self.reload().serial_number, 'S1')

    def test_names_can_be_swapped(self):
        apply_document(doc(widget(text(1, 'notes'), text(2, 'serial'), {'id': 3, 'name': 'count', 'type': 'text'})))
        obj = self.reload()
        self.assertEqual((obj.notes, obj.serial), ('S1', 'N1'))
        self.assertEqual(dict(self.type_named('widgets').fields.values_list('schema_id', 'name')),
                         {1: 'notes', 2: 'serial', 3: 'count'})

    def test_a_type_change_converts_the_data(self):
        apply_document(doc(widget(text(1, 'serial'), text(2, 'notes'), {'id': 3, 'name': 'count',
                                                                          'type': 'integer'})))
        self.assertEqual(self.reload().count, 42)

    def test_a_type_change_the_data_refuses_rolls_everything_back(self):
        self.model.objects.create(serial='S2', count='many')
        with self.assertRaises(InvalidDefinitionError) as raised:
            apply_document(doc(widget(text(1, 'serial', label='Changed'), text(2, 'notes'),
                                      {'id': 3, 'name': 'count', 'type': 'integer'})))
        self.assertEqual((raised.exception.slug, raised.exception.field), ('widgets', 'count'))
        self.assertIn('type', raised.exception.message_dict)
        self.assertEqual(self.type_named('widgets').fields.get(name='serial').label, '')
        self.assertEqual(self.reload().count, '42')

    def test_destructive_changes_are_refused_unless_allowed(self):
        document = doc(widget(text(1, 'serial', label='Changed'), text(2, 'notes'),
                              removed_fields=[{'id': 3, 'name': 'count', 'type': 'text'}]))
        with self.assertRaises(DestructiveChangesError) as raised:
            apply_document(document)
        self.assertEqual(raised.exception.slugs, ['widgets'])
        self.assertEqual(self.field_names('widgets'), ['count', 'notes', 'serial'])
        self.assertEqual(self.type_named('widgets').fields.get(name='serial').label, '')
        apply_document(document, allow_destructive=True)
        self.assertEqual(self.field_names('widgets'), ['notes', 'serial'])
        self.assertNotIn('count', column_names(table_name(self.type_named('widgets').pk)))

    def test_tombstones_are_stored_and_kept(self):
        apply_document(doc(widget(text(1, 'serial'), text(2, 'notes'),
                                  removed_fields=[{'id': 3, 'name': 'count', 'type': 'text', 'removed_in': '2.0'}])),
                       allow_destructive=True)
        apply_document(doc(widget(text(1, 'serial'), removed_fields=[{'id': 2, 'name': 'notes', 'type': 'text'}])),
                       allow_destructive=True)
        cot = self.type_named('widgets')
        entry = cot.schema_document['types'][0]
        self.assertEqual(entry['removed_fields'], [
            {'id': 2, 'name': 'notes', 'type': 'text'},
            {'id': 3, 'name': 'count', 'type': 'text', 'removed_in': '2.0'},
        ])
        self.assertEqual(export_cot(cot)['removed_fields'], entry['removed_fields'])
        self.assertEqual(cot.next_schema_id, 4)

    def test_a_removed_type_is_deleted_with_its_table(self):
        table = table_name(self.type_named('widgets').pk)
        document = doc(removed_types=[{'slug': 'widgets'}])
        with self.assertRaises(DestructiveChangesError):
            apply_document(document)
        apply_document(document, allow_destructive=True)
        self.assertFalse(CustomObjectType.objects.filter(slug='widgets').exists())
        self.assertFalse(table_exists(table))

    def test_a_type_others_refer_to_cannot_be_deleted(self):
        apply_document(doc({'name': 'gadget', 'slug': 'gadgets', 'fields': [ref(1, 'widget',
                                                                                'custom-objects/widgets')]}))
        with self.assertRaises(InvalidDefinitionError) as raised:
            apply_document(doc(removed_types=[{'slug': 'widgets'}]), allow_destructive=True)
        self.assertIn('Gadget.widget', str(raised.exception))
        self.assertTrue(CustomObjectType.objects.filter(slug='widgets').exists())

    def test_a_field_and_the_type_it_refers_to_can_go_together(self):
        apply_document(doc({'name': 'gadget', 'slug': 'gadgets', 'fields': [
            text(1, 'code'), ref(2, 'widget', 'custom-objects/widgets')]}))
        apply_document(doc({'name': 'gadget', 'slug': 'gadgets', 'fields': [text(1, 'code')], 'removed_fields': [
            {'id': 2, 'name': 'widget', 'type': 'object'}]}, removed_types=[{'slug': 'widgets'}]),
            allow_destructive=True)
        self.assertEqual(self.field_names('gadgets'), ['code'])
        self.assertFalse(CustomObjectType.objects.filter(slug='widgets').exists())

    def test_config_context_cannot_be_switched_on_later(self):
        with self.assertRaises(InvalidDefinitionError) as raised:
            apply_document(doc(widget(text(1, 'serial'), text(2, 'notes'), text(3, 'count'),
                                      config_context_enabled=True)))
        self.assertIn('config_context_enabled', raised.exception.message_dict)


class ValidationTest(ExecutorTestMixin, TestCase):
    """The models' own rules apply to documents (upstream's executor skipped full_clean())."""

    def assert_refused(self, document, slug, field, attribute):
        count = CustomObjectType.objects.count()
        with self.assertRaises(InvalidDefinitionError) as raised:
            apply_document(document)
        self.assertEqual((raised.exception.slug, raised.exception.field), (slug, field))
        self.assertIn(attribute, raised.exception.message_dict)
        self.assertEqual(CustomObjectType.objects.count(), count)

    def test_reserved_field_names_are_refused(self):
        self.assert_refused(doc(widget(text(1, 'tags'))), 'widgets', 'tags', 'name')

    def test_reserved_slugs_are_refused(self):
        self.assert_refused(doc({'name': 'schema', 'slug': 'schema'}), 'schema', None, 'slug')

    def test_invalid_versions_and_expressions_are_refused(self):
        self.assert_refused(doc(widget(version='not a version')), 'widgets', None, 'version')
        self.assert_refused(doc(widget(display_expression='{{ broken')), 'widgets', None, 'display_expression')

    def test_a_primary_field_cannot_be_a_context_field(self):
        self.assert_refused(doc(widget(text(1, 'serial', primary=True, context=True))), 'widgets', 'serial',
                            'context')

    def test_options_a_type_refuses(self):
        self.assert_refused(doc(widget({'id': 1, 'name': 'flag', 'type': 'boolean', 'unique': True})), 'widgets',
                            'flag', 'unique')
        self.assert_refused(doc(widget({'id': 1, 'name': 'n', 'type': 'integer', 'default': 'x'})), 'widgets', 'n',
                            'default')

    def test_a_failure_rolls_back_earlier_tables(self):
        document = doc({'name': 'gadget', 'slug': 'gadgets', 'fields': [text(1, 'code')]},
                       widget(text(1, 'tags')))
        tables = custom_object_tables()
        with self.assertRaises(InvalidDefinitionError):
            apply_document(document)
        self.assertFalse(CustomObjectType.objects.exists())
        self.assertFalse(CustomObjectTypeField.objects.exists())
        self.assertEqual(custom_object_tables(), tables)

    def test_unresolvable_references_change_nothing(self):
        with self.assertRaises(UnknownObjectTypeError):
            apply_document(doc({'name': 'gadget', 'slug': 'gadgets'}, widget(ref(1, 'x', 'custom-objects/nope'))))
        self.assertFalse(CustomObjectType.objects.exists())


class ChangeLogTest(ExecutorTestMixin, TestCase):

    def test_every_step_is_change_logged(self):
        user = get_user_model().objects.create(username='schema-user')
        request = NetBoxFakeRequest({'META': {}, 'COOKIES': {}, 'POST': {}, 'GET': {}, 'FILES': {}, 'user': user,
                                     'method': 'POST', 'path': '', 'id': uuid.uuid4()})
        with event_tracking(request):
            apply_document(doc(widget(text(1, 'serial'))))
        changes = ObjectChange.objects.filter(request_id=request.id)
        models = sorted(set(changes.values_list('changed_object_type__model', flat=True)))
        self.assertEqual(models, ['customobjecttype', 'customobjecttypefield'])
        self.assertTrue(all(change.user == user for change in changes))

    def test_the_plan_is_returned(self):
        diffs = apply_document(doc(widget(text(1, 'serial'))))
        self.assertEqual([d.slug for d in diffs], ['widgets'])
        self.assertEqual(diff_document(doc(widget(text(1, 'serial'))))[0].has_changes, False)


class UpstreamDocumentTest(ExecutorTestMixin, TestCase):
    """A document in upstream's format (netboxlabs-netbox-custom-objects) has no key for display_expression,
    config_context_enabled, comments, context and related_name: applied to existing types it leaves them as they
    are, where it used to reset them (and failed on a config-context type)."""

    def setUp(self):
        super().setUp()
        site = 'dcim/site'
        apply_document(doc(widget(
            text(1, 'serial', context=True, comments='Serial comments'),
            ref(2, 'site', site, related_name='widgets_here', comments='Where'),
            display_expression='{{ serial }}', config_context_enabled=True, comments='Widget comments',
            description='Old',
        )))
        self.upstream = doc(widget(text(1, 'serial'), ref(2, 'site', site), description='New'))

    def test_the_plan_shows_only_what_the_document_changes(self):
        [diff] = diff_document(self.upstream)
        self.assertEqual(diff.cot_changes, {'description': ('Old', 'New')})
        self.assertEqual(diff.field_changes, [])

    def test_applying_keeps_the_attributes_the_format_cannot_carry(self):
        apply_document(self.upstream)
        cot = self.type_named('widgets')
        self.assertEqual((cot.description, cot.display_expression, cot.config_context_enabled, cot.comments),
                         ('New', '{{ serial }}', True, 'Widget comments'))
        serial, site = cot.fields.get(name='serial'), cot.fields.get(name='site')
        self.assertEqual((serial.context, serial.comments), (True, 'Serial comments'))
        self.assertEqual((site.related_name, site.comments), ('widgets_here', 'Where'))

    def test_a_document_that_carries_them_still_changes_them(self):
        apply_document(doc(widget(text(1, 'serial', context=False), ref(2, 'site', 'dcim/site', related_name=''),
                                  display_expression='', config_context_enabled=True, comments='')))
        cot = self.type_named('widgets')
        self.assertEqual((cot.display_expression, cot.comments), ('', ''))
        self.assertFalse(cot.fields.get(name='serial').context)
        self.assertEqual(cot.fields.get(name='site').related_name, '')
        self.assertEqual(cot.fields.get(name='serial').comments, 'Serial comments')  # not in that document either

    def test_new_types_and_fields_take_the_defaults(self):
        apply_document(doc(widget(text(1, 'serial'), ref(2, 'site', 'dcim/site'), text(3, 'notes')),
                           {'name': 'gadget', 'slug': 'gadgets'}))
        self.assertFalse(self.type_named('widgets').fields.get(name='notes').context)
        self.assertEqual(self.type_named('gadgets').display_expression, '')
