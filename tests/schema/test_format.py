"""The document format: JSON Schema validation and its errors, YAML/JSON reading and writing, and the contracts that
keep the format, the field-type registry and the definition models in step."""

from types import SimpleNamespace

from django.test import TestCase

from netbox_custom_objects.field_types import FIELD_TYPE_CLASS, get_field_type
from netbox_custom_objects.models import CustomObjectType, CustomObjectTypeField
from netbox_custom_objects.schema import (
    ALL_FIELD_ATTRS,
    FIELD_BASE_ATTRS,
    FIELD_TYPE_ATTRS,
    SCHEMA_FORMAT_VERSION,
    TYPE_ATTRS,
    SchemaValidationError,
    dump_document,
    get_json_schema,
    load_document,
    schema_errors,
    validate_document,
)

SAMPLES = {
    'validation_regex': '^[A-Z]+$',
    'validation_minimum': 1,
    'validation_maximum': 10,
    'choice_set': 'Colours',
    'is_polymorphic': False,
    'related_object_type': 'dcim/site',
    'related_object_filter': {'status': 'active'},
    'related_name': 'things',
    'on_delete_behavior': 'cascade',
}


def minimal_field(field_type, **attrs):
    field = {'id': 1, 'name': 'f', 'type': field_type}
    if field_type in ('select', 'multiselect'):
        field['choice_set'] = 'Colours'
    if field_type in ('object', 'multiobject', 'tree_parent') and not attrs.get('is_polymorphic'):
        field['related_object_type'] = 'dcim/site'
    field.update(attrs)
    return field


def document(*fields, **type_attrs):
    return {'schema_version': '1', 'types': [{'name': 'thing', 'slug': 'things', **type_attrs,
                                              'fields': list(fields)}]}


def paths(errors):
    return [e['path'] for e in errors]


class JSONSchemaTest(TestCase):

    def test_a_minimal_document_is_valid(self):
        self.assertEqual(schema_errors({'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a'}]}), [])

    def test_schema_version_is_required_and_must_be_1(self):
        self.assertEqual(paths(schema_errors({'types': [{'name': 'a', 'slug': 'a'}]})), [''])
        errors = schema_errors({'schema_version': '2', 'types': [{'name': 'a', 'slug': 'a'}]})
        self.assertEqual(paths(errors), ['schema_version'])
        self.assertEqual(schema_errors({'schema_version': 1, 'types': [{'name': 'a', 'slug': 'a'}]}), [])

    def test_unknown_top_level_keys_are_rejected(self):
        errors = schema_errors({'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a'}], 'extra': 1})
        self.assertIn("'extra' was unexpected", errors[0]['message'])

    def test_a_document_needs_a_type_or_a_removed_type(self):
        errors = schema_errors({'schema_version': '1', 'types': []})
        self.assertEqual(len(errors), 1)
        self.assertIn('non-empty', errors[0]['message'])
        self.assertEqual(schema_errors({'schema_version': '1', 'types': [], 'removed_types': [{'slug': 'x'}]}), [])

    def test_type_names_and_field_names_are_identifiers(self):
        errors = schema_errors(document(minimal_field('text', name='Bad Name'), name='1bad'))
        self.assertEqual(paths(errors), ['types.0.fields.0.name', 'types.0.name'])

    def test_slugs_may_hold_underscores(self):
        self.assertEqual(schema_errors({'schema_version': '1', 'types': [{'name': 'a', 'slug': 'my_things'}]}), [])
        errors = schema_errors({'schema_version': '1', 'types': [{'name': 'a', 'slug': 'my things'}]})
        self.assertEqual(paths(errors), ['types.0.slug'])

    def test_every_type_attribute_is_accepted(self):
        type_attrs = {'verbose_name': 'Thing', 'verbose_name_plural': 'Things', 'description': 'd', 'version': '1.0',
                      'group_name': 'g', 'display_expression': '{{ f }}', 'config_context_enabled': True,
                      'comments': 'c', 'journal_enabled': False, 'contacts_enabled': False,
                      'image_attachments_enabled': True, 'change_logging_enabled': False, 'menu_name': 'm',
                      'menu_weight': 5}
        self.assertEqual(set(type_attrs) | {'name', 'slug'}, set(TYPE_ATTRS))
        self.assertEqual(schema_errors(document(minimal_field('text'), **type_attrs)), [])

    def test_field_id_name_and_type_are_required(self):
        errors = schema_errors(document({'name': 'f', 'type': 'text'}, {'id': 2, 'type': 'text'}, {'id': 3,
                                                                                                     'name': 'g'}))
        self.assertEqual(paths(errors), ['types.0.fields.0', 'types.0.fields.1', 'types.0.fields.2'])

    def test_unknown_field_types_are_rejected(self):
        errors = schema_errors(document(minimal_field('colour')))
        self.assertEqual(paths(errors), ['types.0.fields.0.type'])

    def test_every_type_takes_the_base_attributes(self):
        base = {'label': 'L', 'description': 'd', 'group_name': 'g', 'primary': True, 'context': False,
                'required': True, 'unique': False, 'default': None, 'weight': 5, 'search_weight': 100,
                'filter_logic': 'exact', 'ui_visible': 'if-set', 'ui_editable': 'no', 'is_cloneable': True,
                'comments': 'c', 'deprecated': True, 'deprecated_since': '1.0', 'scheduled_removal': '2.0'}
        self.assertEqual(set(base), set(FIELD_BASE_ATTRS))
        for field_type in FIELD_TYPE_ATTRS:
            with self.subTest(field_type):
                attrs = {**base, 'search_weight': 0} if field_type == 'coordinates' else base
                self.assertEqual(schema_errors(document(minimal_field(field_type, **attrs))), [])

    def test_each_type_takes_its_options_and_refuses_the_others(self):
        for field_type, options in FIELD_TYPE_ATTRS.items():
            for option, value in SAMPLES.items():
                with self.subTest(field_type=field_type, option=option):
                    errors = schema_errors(document(minimal_field(field_type, **{option: value})))
                    if option in options:
                        self.assertEqual(errors, [])
                    else:
                        self.assertEqual(paths(errors), ['types.0.fields.0'])
                        self.assertIn(option, errors[0]['message'])

    def test_select_fields_need_a_choice_set(self):
        errors = schema_errors(document({'id': 1, 'name': 'f', 'type': 'select'}))
        self.assertEqual(errors, [{'path': 'types.0.fields.0', 'message': "'choice_set' is a required property"}])

    def test_object_fields_need_a_related_object_type(self):
        errors = schema_errors(document({'id': 1, 'name': 'f', 'type': 'object'}))
        self.assertIn('related_object_type', errors[0]['message'])

    def test_polymorphic_fields_need_related_object_types_and_no_related_object_type(self):
        good = minimal_field('multiobject', is_polymorphic=True, related_object_types=['dcim/site', 'dcim/device'])
        self.assertEqual(schema_errors(document(good)), [])
        errors = schema_errors(document(minimal_field('object', is_polymorphic=True)))
        self.assertIn('related_object_types', errors[0]['message'])
        errors = schema_errors(document({**good, 'related_object_type': 'dcim/site'}))
        self.assertEqual(errors, [{'path': 'types.0.fields.0',
                                   'message': "'related_object_type' is not allowed here."}])
        errors = schema_errors(document(minimal_field('object', related_object_types=['dcim/site'])))
        self.assertIn("'related_object_types' is not allowed here", errors[0]['message'])

    def test_object_references_are_app_label_slash_model(self):
        errors = schema_errors(document(minimal_field('object', related_object_type='dcim.site')))
        self.assertEqual(paths(errors), ['types.0.fields.0.related_object_type'])
        for reference in ('custom-objects/my_things', 'custom-objects/things', 'dcim/site'):
            self.assertEqual(schema_errors(document(minimal_field('object', related_object_type=reference))), [])

    def test_forced_values_are_the_only_ones_accepted(self):
        errors = schema_errors(document(minimal_field('coordinates', search_weight=500)))
        self.assertEqual(paths(errors), ['types.0.fields.0.search_weight'])
        polymorphic = minimal_field('object', is_polymorphic=True, related_object_types=['dcim/site'])
        errors = schema_errors(document({**polymorphic, 'on_delete_behavior': 'cascade'}))
        self.assertEqual(paths(errors), ['types.0.fields.0.on_delete_behavior'])

    def test_enumerated_attributes_are_checked(self):
        errors = schema_errors(document(minimal_field('text', filter_logic='fuzzy', ui_visible='never',
                                                      search_weight=7)))
        self.assertEqual(paths(errors), ['types.0.fields.0.filter_logic', 'types.0.fields.0.search_weight',
                                         'types.0.fields.0.ui_visible'])

    def test_tombstones_need_id_name_and_type(self):
        good = document(minimal_field('text'), removed_fields=[{'id': 2, 'name': 'old', 'type': 'text',
                                                               'removed_in': '1.1'}])
        self.assertEqual(schema_errors(good), [])
        errors = schema_errors(document(removed_fields=[{'id': 2, 'name': 'old', 'colour': 'red'}]))
        self.assertEqual(paths(errors), ['types.0.removed_fields.0', 'types.0.removed_fields.0'])

    def test_at_most_ten_errors_are_reported(self):
        fields = [{'id': i, 'name': f'f{i}', 'type': 'nope'} for i in range(1, 30)]
        self.assertEqual(len(schema_errors(document(*fields))), 10)


class ConsistencyRulesTest(TestCase):

    def test_slugs_and_names_are_unique(self):
        doc = {'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a'}, {'name': 'a', 'slug': 'a'}]}
        self.assertEqual(paths(schema_errors(doc)), ['types.1.slug', 'types.1.name'])

    def test_field_ids_and_names_are_unique_within_a_type(self):
        errors = schema_errors(document(minimal_field('text'), minimal_field('text')))
        self.assertEqual(paths(errors), ['types.0.fields.1.id', 'types.0.fields.1.name'])

    def test_a_tombstone_cannot_reuse_a_live_field_id(self):
        errors = schema_errors(document(minimal_field('text'), removed_fields=[{'id': 1, 'name': 'x', 'type': 'text'}]))
        self.assertEqual(paths(errors), ['types.0.removed_fields.0.id'])

    def test_a_type_cannot_be_both_kept_and_removed(self):
        doc = {'schema_version': '1', 'types': [{'name': 'a', 'slug': 'a'}], 'removed_types': [{'slug': 'a'}]}
        self.assertEqual(paths(schema_errors(doc)), ['removed_types.0.slug'])

    def test_validate_document_raises_with_the_errors(self):
        with self.assertRaises(SchemaValidationError) as raised:
            validate_document({'schema_version': '1'})
        self.assertEqual(raised.exception.errors, [{'path': '', 'message': "'types' is a required property"}])


class LoaderTest(TestCase):
    DOC = document(minimal_field('date', default='2024-01-31'), minimal_field('object', id=2, name='g'),
                   version='1.0', description='Ünïcode')

    def test_yaml_and_json_hold_the_same_document(self):
        for fmt in ('yaml', 'json'):
            with self.subTest(fmt):
                text = dump_document(self.DOC, format=fmt)
                self.assertEqual(load_document(text), self.DOC)
                self.assertEqual(load_document(text.encode(), format=fmt), self.DOC)

    def test_yaml_keeps_document_order_and_quotes_what_would_change_type(self):
        text = dump_document(self.DOC)
        self.assertTrue(text.startswith("schema_version: '1'\ntypes:\n  - name: thing\n"))
        self.assertIn("version: '1.0'", text)
        self.assertIn("default: '2024-01-31'", text)

    def test_unquoted_yaml_dates_stay_strings(self):
        doc = load_document('schema_version: "1"\ntypes:\n  - {name: a, slug: a, fields: [{id: 1, name: d, '
                            'type: date, default: 2024-01-31}]}\n')
        self.assertEqual(doc['types'][0]['fields'][0]['default'], '2024-01-31')

    def test_only_true_and_false_are_yaml_booleans(self):
        doc = load_document('schema_version: "1"\ntypes:\n  - {name: a, slug: a, fields: [{id: 1, name: s, '
                            'type: text, default: no, required: TRUE, primary: on, unique: false, label: Yes}]}\n')
        field = doc['types'][0]['fields'][0]
        self.assertEqual((field['default'], field['required'], field['primary'], field['unique'], field['label']),
                         ('no', True, 'on', False, 'Yes'))

    def test_unparsable_text_is_a_validation_error(self):
        for text, message in (('{"a": ', 'Not a valid JSON document'), ('a: [b', 'Not a valid YAML document'),
                              ('- a\n- b\n', 'must be a mapping'), (b'\xff\xfe\x00', 'not UTF-8'),
                              ('!!python/object:os.system {}', 'Not a valid YAML document'),
                              ('a: &x [1]\nb: *x\n', 'aliases (*name) are not allowed')):
            with self.subTest(text):
                with self.assertRaises(SchemaValidationError) as raised:
                    load_document(text)
                self.assertIn(message, raised.exception.errors[0]['message'])

    def test_values_used_twice_are_written_twice(self):
        shared = {'status': 'active'}
        doc = document(minimal_field('object', related_object_filter=shared),
                       minimal_field('object', id=2, name='g', related_object_filter=shared))
        self.assertNotIn('&', dump_document(doc))
        self.assertEqual(load_document(dump_document(doc)), doc)

    def test_unknown_dump_format(self):
        with self.assertRaises(ValueError):
            dump_document(self.DOC, format='xml')


class ContractTest(TestCase):
    """The format follows the registry and the models: a new option or attribute must be carried or excluded."""

    def test_the_document_types_are_the_registered_field_types(self):
        self.assertEqual(set(FIELD_TYPE_ATTRS), set(FIELD_TYPE_CLASS))
        self.assertEqual(set(get_json_schema()['$defs']['field_type']['enum']), set(FIELD_TYPE_CLASS))

    def test_each_type_carries_the_options_of_its_field_type(self):
        portable_only = {'related_object_types'}
        for key, options in FIELD_TYPE_ATTRS.items():
            with self.subTest(key):
                field_type = get_field_type(key)
                variant = field_type.variant_for(SimpleNamespace(is_polymorphic=True))
                self.assertEqual(set(options) - portable_only, set(field_type.options) | set(variant.options))
        self.assertIn('on_delete_behavior', FIELD_TYPE_ATTRS['object'])

    def test_options_are_listed_in_document_order(self):
        # (computed from the registry's sets of options: an export writes them in this order)
        self.assertEqual(FIELD_TYPE_ATTRS['object'], (
            'is_polymorphic', 'related_object_type', 'related_object_types', 'related_object_filter', 'related_name',
            'on_delete_behavior',
        ))
        self.assertEqual(FIELD_TYPE_ATTRS['integer'], ('validation_minimum', 'validation_maximum'))
        self.assertEqual(FIELD_TYPE_ATTRS['select'], ('choice_set',))
        self.assertEqual(FIELD_TYPE_ATTRS['coordinates'], ())

    def test_every_field_attribute_is_carried_or_excluded(self):
        excluded = {'id', 'custom_object_type', 'schema_id', 'created', 'last_updated', 'previous_names'}
        carried = {'name', 'type', *ALL_FIELD_ATTRS}
        model_fields = {f.name for f in CustomObjectTypeField._meta.get_fields() if f.concrete or f.many_to_many}
        self.assertEqual(model_fields - excluded, carried)

    def test_every_type_attribute_is_carried_or_excluded(self):
        excluded = {'id', 'created', 'last_updated', 'custom_field_data', 'tags', 'schema_document',
                    'next_schema_id', 'cache_timestamp', 'object_type', 'owner'}
        model_fields = {f.name for f in CustomObjectType._meta.get_fields() if f.concrete or f.many_to_many}
        self.assertEqual(model_fields - excluded, set(TYPE_ATTRS))

    def test_the_format_version(self):
        self.assertEqual(SCHEMA_FORMAT_VERSION, '1')
        self.assertEqual(get_json_schema()['$schema'], 'https://json-schema.org/draft/2020-12/schema')
