"""The names each page of the plugin shows for types, fields and targets are those of the definitions, for a type
with a readable name (`verbose_name` "DHCP relay") and one without ("patch_panel", named "Patch_panel" as upstream
names it: NetBox's title() of the name).

Found on the demo: the type page named every object field's target "Core | object type", and an object's page titled
its main panel "Dhcp Relay" where the type is named "DHCP relay". The conventions checked are NetBox's:
- headings, breadcrumbs and table column names show a type's name through NetBox's `title()` (the first letter of
  each word raised, the others kept: "DHCP relay" → "DHCP Relay"); values, options and running text show it as
  defined. No page shows it in any other case (`assert_names_as_defined`, run on every page);
- a field is named by its label, or else by its name made readable ("backup_scopes" → "Backup scopes");
- a target is named as NetBox's object type columns name object types ("Site", "DHCP Scope"); a polymorphic field
  has several.
"""

import re

from django.urls import reverse

from core.models import ObjectType
from dcim.models import Site
from users.models import User
from utilities.string import title
from utilities.testing import TestCase

from netbox_custom_objects.schema import dump_document, export_cots

from ..base import CustomObjectsTestMixin, request_context
from .html import attribute, elements, first, page, rows, text

NAME = 'plugins:netbox_custom_objects:{}'

# What the definitions below name each type: (readable name, plural), as NetBox shows them as values.
TYPE_NAMES = {
    'dhcp_relay': ('DHCP relay', 'DHCP Relays'),  # verbose_name given, plural derived from it (title-cased)
    'dhcp_scope': ('DHCP scope', 'DHCP Scopes'),
    'patch_panel': ('Patch_panel', 'Patch_panels'),  # no verbose_name: derived from the name
}

# Field name → (shown name, type column of the type's Fields panel: type → targets), per type.
RELAY_FIELDS = {
    'name': ('Name', 'Text'),
    'scope': ('Main scope', 'Object → DHCP Scope'),
    'site': ('Site', 'Object → Site'),
    'backup_scopes': ('Backup scopes', 'Multiple objects → DHCP Scope'),
    'anything': ('Anything', 'Object → Site, DHCP Scope'),
    'things': ('Linked things', 'Multiple objects → Site, Patch_panel'),
}
PANEL_FIELDS = {
    'label_text': ('Label text', 'Text'),
    'scopes': ('Scopes', 'Multiple objects → DHCP Scope'),
    'site': ('Site', 'Object → Site'),
}
# The Tags column of the Custom Objects tab, for objects without tags.
NO_TAGS = '—'
# Multi-value fields: a card each on the object's page, not a row of its main panel.
MANY = {'backup_scopes', 'things', 'scopes'}
# Polymorphic fields: one picker per target on the object form, labelled "<field> (<target's verbose name>)";
# they cannot be imported (docs/web-ui.md).
POLYMORPHIC_PICKERS = {
    'anything': ['Anything (Site)', 'Anything (DHCP scope)'],
    'things': ['Linked things (Site)', 'Linked things (Patch_panel)'],
}


def field_targets(type_column):
    """The targets part of a Fields panel type column ('' when the field has none)."""
    return type_column.partition(' → ')[2]


class NamesTestCase(CustomObjectsTestMixin, TestCase):
    """Three types: a relay (readable name) referring to scopes (readable name), a site, and, polymorphically, to
    sites and scopes or sites and patch panels; patch panels (no readable name) referring to scopes and a site."""

    @classmethod
    def setUpTestData(cls):
        cls.site = Site.objects.create(name='Site 1', slug='site-1')
        site_type = ObjectType.objects.get_for_model(Site)
        field = cls.create_custom_object_type_field
        cls.scope_type = cls.create_custom_object_type(name='dhcp_scope', slug='dhcp-scopes', verbose_name='DHCP scope')
        field(cls.scope_type, name='name', primary=True)
        cls.panel_type = cls.create_custom_object_type(name='patch_panel', slug='patch-panels')
        cls.relay_type = cls.create_custom_object_type(name='dhcp_relay', slug='dhcp-relays', verbose_name='DHCP relay')
        scope_target, panel_target = cls.scope_type.object_type, cls.panel_type.object_type
        field(cls.relay_type, name='name', primary=True)
        field(cls.relay_type, name='scope', label='Main scope', type='object', related_object_type=scope_target)
        field(cls.relay_type, name='site', type='object', related_object_type=site_type)
        field(cls.relay_type, name='backup_scopes', type='multiobject', related_object_type=scope_target)
        field(cls.relay_type, name='anything', type='object', is_polymorphic=True,
              related_object_types=[site_type, scope_target])
        field(cls.relay_type, name='things', label='Linked things', type='multiobject', is_polymorphic=True,
              related_object_types=[site_type, panel_target])
        field(cls.panel_type, name='label_text', primary=True)
        field(cls.panel_type, name='scopes', type='multiobject', related_object_type=scope_target)
        field(cls.panel_type, name='site', type='object', related_object_type=site_type)
        for cot in (cls.scope_type, cls.relay_type, cls.panel_type):
            cot.refresh_from_db()
        # Changes made by a user, for the change log tabs.
        cls.editor = User.objects.create_user(username='editor')
        with request_context(cls.editor):
            cls.scope = cls.scope_type.get_model().objects.create(name='north')
            cls.relay = cls.relay_type.get_model().objects.create(name='r1', scope=cls.scope, site=cls.site)
            cls.relay.backup_scopes.set([cls.scope])
            cls.panel = cls.panel_type.get_model().objects.create(label_text='pp1', site=cls.site)
            cls.panel.scopes.set([cls.scope])

    def setUp(self):
        super().setUp()
        self.user.is_superuser = True
        self.user.save()
        self.examples = (
            (self.relay_type, self.relay, RELAY_FIELDS),
            (self.panel_type, self.panel, PANEL_FIELDS),
        )

    def get(self, url):
        """The parsed page at `url`, after checking that every type name on it is spelt as defined."""
        response = self.client.get(url)
        self.assertHttpStatus(response, 200)
        root = page(response)
        self.assert_names_as_defined(root, url)
        return root

    def assert_names_as_defined(self, root, url):
        """Each type's name appears only as defined or through NetBox's title(), never in another case (or as its
        internal name, which a label derived from it spells alike but for the case)."""
        content = text(root)
        for name, (singular, plural) in TYPE_NAMES.items():
            allowed = {name, singular, title(singular), plural, title(plural)}
            for match in re.finditer(re.escape(singular), content, re.IGNORECASE):
                shown = content[match.start():match.end() + 1].rstrip()
                shown = shown if shown.lower() == plural.lower() else match.group()
                self.assertIn(shown, allowed, f'{url}: {singular!r} shown as {shown!r}')

    def card(self, root, heading):
        """The panel (card) headed `heading`."""
        for card in elements(root, 'div', 'card'):
            headers = elements(card, 'h2', 'card-header')
            if headers and text(headers[0]) == heading:
                return card
        headings = [text(h) for h in elements(root, 'h2', 'card-header')]
        raise AssertionError(f'no panel headed {heading!r} (panels: {headings})')

    def breadcrumbs(self, root):
        return [text(item) for item in elements(first(root, 'ol', 'breadcrumb'), 'li')]

    def object_url(self, action, cot, obj=None):
        kwargs = {'custom_object_type': cot.slug, **({'pk': obj.pk} if obj is not None else {})}
        return reverse(NAME.format(f'customobject_{action}'), kwargs=kwargs)


class TypePageNamesTest(NamesTestCase):

    def test_type_detail(self):
        for cot, _, _ in self.examples:
            singular, plural = TYPE_NAMES[cot.name]
            with self.subTest(type=cot.name):
                root = self.get(cot.get_absolute_url())
                self.assertEqual(text(first(root, 'h1', 'page-title')), singular)
                # The display names the pages use, also when derived from the internal name.
                attributes = dict(rows(self.card(root, 'Custom Object Type')))
                self.assertEqual(attributes['Internal name'], cot.name)
                self.assertEqual(attributes['Display name'], singular)
                self.assertEqual(attributes['Display name (plural)'], plural)

    def test_type_detail_fields_panel(self):
        for cot, _, fields in self.examples:
            with self.subTest(type=cot.name):
                root = self.get(cot.get_absolute_url())
                # Name, label (the Label column shows the label given, "—" for none), type → targets.
                shown = {row[0]: row[1:3] for row in rows(self.card(root, 'Fields'))}
                expected = {
                    name: [label if label != name.replace('_', ' ').capitalize() else '—', type_column]
                    for name, (label, type_column) in fields.items()
                }
                self.assertEqual(shown, expected)

    def test_fields_tab(self):
        for cot, _, fields in self.examples:
            with self.subTest(type=cot.name):
                root = self.get(reverse(NAME.format('customobjecttype_fields'), args=[cot.pk]))
                self.assertEqual(text(first(root, 'h1', 'page-title')), TYPE_NAMES[cot.name][0])
                table = first(root, 'table', 'object-list')
                headers = [text(th) for th in elements(table, 'th')]
                name, target = headers.index('Name'), headers.index('Related Object Type')
                shown = {row[name]: row[target] for row in rows(table)}
                self.assertEqual(shown, {n: field_targets(t) or '—' for n, (_, t) in fields.items()})

    def test_change_log_and_journal_tabs(self):
        with request_context(self.user):
            for cot, _, _ in self.examples:
                cot.description = 'Renamed nothing'
                cot.save()
        for cot, _, _ in self.examples:
            singular = TYPE_NAMES[cot.name][0]
            with self.subTest(type=cot.name):
                root = self.get(reverse(NAME.format('customobjecttype_changelog'), args=[cot.pk]))
                self.assertEqual(text(first(root, 'h1', 'page-title')), singular)
                table = first(root, 'table', 'object-list')
                headers = [text(th) for th in elements(table, 'th')]
                kind, name = headers.index('Type'), headers.index('Object')
                self.assertIn(['Custom Object Type', singular], [[row[kind], row[name]] for row in rows(table)])
                root = self.get(reverse(NAME.format('customobjecttype_journal'), args=[cot.pk]))
                self.assertEqual(text(first(root, 'h1', 'page-title')), singular)


class ObjectPageNamesTest(NamesTestCase):

    def test_object_detail(self):
        for cot, obj, fields in self.examples:
            singular, plural = TYPE_NAMES[cot.name]
            with self.subTest(type=cot.name):
                root = self.get(obj.get_absolute_url())
                self.assertEqual(self.breadcrumbs(root), [title(plural), title(singular)])
                self.assertEqual(text(first(root, 'h1', 'page-title')), str(obj))
                attributes = dict(rows(self.card(root, title(singular))))
                self.assertEqual(attributes.pop('Type'), singular)
                self.assertEqual(set(attributes), {label for n, (label, _) in fields.items() if n not in MANY})
                for name in MANY & set(fields):
                    self.card(root, fields[name][0])

    def test_object_tabs(self):
        cot, obj = self.relay_type, self.relay
        singular, plural = TYPE_NAMES[cot.name]
        for tab in ('changelog', 'journal', 'contacts'):
            with self.subTest(tab=tab):
                root = self.get(self.object_url(tab, cot, obj))
                self.assertEqual(self.breadcrumbs(root), [title(plural), title(singular)])
                self.assertEqual(text(first(root, 'h1', 'page-title')), str(obj))
        root = self.get(self.object_url('changelog', cot, obj))
        table = first(root, 'table', 'object-list')
        headers = [text(th) for th in elements(table, 'th')]
        self.assertIn([title(singular), 'r1'], [[row[headers.index('Type')], row[headers.index('Object')]]
                                                for row in rows(table)])

    def test_object_list(self):
        for cot, _, fields in self.examples:
            with self.subTest(type=cot.name):
                root = self.get(cot.get_list_url())
                self.assertEqual(text(first(root, 'h1', 'page-title')), title(TYPE_NAMES[cot.name][1]))
                headers = [text(th) for th in elements(first(root, 'table', 'object-list'), 'th')]
                # Columns in display order (weight, then name): all fields have the default weight.
                self.assertEqual([h for h in headers if h not in ('', 'ID', 'Tags')],
                                 [fields[name][0] for name in sorted(fields)])

    def test_object_edit(self):
        for cot, obj, fields in self.examples:
            singular = TYPE_NAMES[cot.name][0]
            for url, heading in ((self.object_url('add', cot), f'Add a new {singular}'),
                                 (self.object_url('edit', cot, obj), f'Editing {singular} {obj}')):
                with self.subTest(url=url):
                    root = self.get(url)
                    self.assertEqual(text(first(root, 'h1', 'page-title')), heading)
                    groups = [text(first(group, 'h2')) for group in elements(root, 'div', 'field-group')]
                    self.assertEqual(groups[0], title(singular))
                    labels = {text(label) for label in elements(root, 'label')}
                    for name, (label, _) in fields.items():
                        self.assertLessEqual(set(POLYMORPHIC_PICKERS.get(name, [label])), labels)

    def test_bulk_import(self):
        for cot, _, fields in self.examples:
            with self.subTest(type=cot.name):
                root = self.get(self.object_url('bulk_import', cot))
                self.assertEqual(text(first(root, 'h1', 'page-title')), f'{title(TYPE_NAMES[cot.name][0])} Bulk Import')
                options = self.card(root, 'Field Options')
                documented = {row[0] for row in rows(options)}
                # Imported under their field names.
                self.assertLessEqual(set(fields) - set(POLYMORPHIC_PICKERS), documented)


class OtherPageNamesTest(NamesTestCase):

    def test_schema_page(self):
        url = reverse(NAME.format('schema'))
        root = self.get(url)
        export_types = next(select for select in elements(root, 'select') if attribute(select, 'name') == 'types')
        options = [text(option) for option in elements(export_types, 'option')]
        self.assertEqual(options, [f'{TYPE_NAMES[cot.name][0]} ({cot.slug})' for cot in
                                   sorted((self.scope_type, self.relay_type, self.panel_type), key=lambda c: c.name)])
        # The plan of a document names the types by slug, as the document does.
        document = dump_document(export_cots([self.relay_type]), format='yaml')
        response = self.client.post(url, {'data': document})
        self.assertHttpStatus(response, 200)
        root = page(response)
        self.assert_names_as_defined(root, url)
        self.card(root, f'{self.relay_type.slug} No changes')

    def test_custom_objects_tab_of_a_site(self):
        root = self.get(reverse('dcim:site_custom_objects', kwargs={'pk': self.site.pk}))
        self.assertEqual(rows(first(root, 'table', 'object-list')), [
            [TYPE_NAMES['dhcp_relay'][0], 'r1', RELAY_FIELDS['site'][0], NO_TAGS],
            [TYPE_NAMES['patch_panel'][0], 'pp1', PANEL_FIELDS['site'][0], NO_TAGS],
        ])
        options = [text(option) for option in elements(first(root, 'select', 'form-select'), 'option')]
        self.assertEqual(options, ['All types', TYPE_NAMES['dhcp_relay'][0], TYPE_NAMES['patch_panel'][0]])

    def test_custom_objects_tab_of_a_custom_object(self):
        url = reverse(NAME.format('customobject_custom_objects'),
                      kwargs={'custom_object_type': self.scope_type.slug, 'pk': self.scope.pk})
        root = self.get(url)
        singular, plural = TYPE_NAMES['dhcp_scope']
        self.assertEqual(self.breadcrumbs(root), [title(plural), title(singular)])
        relay, panel = TYPE_NAMES['dhcp_relay'][0], TYPE_NAMES['patch_panel'][0]
        self.assertEqual(rows(first(root, 'table', 'object-list')), [
            [relay, 'r1', RELAY_FIELDS['backup_scopes'][0], NO_TAGS],
            [relay, 'r1', RELAY_FIELDS['scope'][0], NO_TAGS],
            [panel, 'pp1', PANEL_FIELDS['scopes'][0], NO_TAGS],
        ])
