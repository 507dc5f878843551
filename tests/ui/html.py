"""Reading rendered pages in tests: Django's own HTML parser (`django.test.html`), with lookups by tag and class.

The page tests check what a user reads (titles, breadcrumbs, panel headings, table cells, form labels), not the
markup around it.
"""

import re

from django.test.html import Element, parse_html

__all__ = (
    'attribute',
    'elements',
    'first',
    'page',
    'rows',
    'text',
)

# Elements whose content is not shown as text.
HIDDEN = frozenset({'script', 'style', 'template', 'noscript'})


def page(response):
    """The parsed document of a response."""
    return parse_html(response.content.decode())


def attribute(element, name):
    return dict(element.attributes).get(name)


def _classes(element):
    return (attribute(element, 'class') or '').split()


def elements(root, tag, class_=None):
    """The `tag` elements under `root` (in document order), those holding CSS class `class_` if given."""
    found = []
    for child in root.children:
        if not isinstance(child, Element):
            continue
        if child.name == tag and (class_ is None or class_ in _classes(child)):
            found.append(child)
        found.extend(elements(child, tag, class_))
    return found


def first(root, tag, class_=None):
    """The first `tag` element under `root` (with class `class_`); fails the test's lookup with a KeyError."""
    found = elements(root, tag, class_)
    if not found:
        raise KeyError(f'no <{tag}{f" class={class_}" if class_ else ""}> on the page')
    return found[0]


def text(element):
    """The visible text of `element`, whitespace collapsed."""
    parts = []

    def collect(node):
        for child in node.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.name not in HIDDEN:
                # Django's parser drops the white space around elements: words either side stay apart.
                parts.append(' ')
                collect(child)
                parts.append(' ')

    collect(element)
    return re.sub(r'\s+', ' ', ''.join(parts)).strip()


def rows(table):
    """[[cell text, ...], ...] of the body rows of `table` (header rows, made of <th> only, left out)."""
    found = []
    for row in elements(table, 'tr'):
        cells = [child for child in row.children if isinstance(child, Element) and child.name in ('td', 'th')]
        if cells and any(cell.name == 'td' for cell in cells):
            found.append([text(cell) for cell in cells])
    return found
