"""The rows of the "Custom Objects" tab: which referring objects, filtered and in which order, fetched a page at a time.

A row is one (referring object, field) pair. The rows of one (type, field) pair are a queryset of that type's model
(a "part"), so filters run in SQL: the quick search is the type's own quick search (the FilterSet's `q`, which also
matches the indexed display text), a part whose type or field name matches the text is kept whole (as upstream), and
tags are matched by slug. Sorting by type or field orders the parts; sorting by object merges all parts in one
UNION query ordered by each object's display text as it is known to the database (the indexed rendered display
expression, else the primary field, else "<type> <id>"), so that a page costs the same few queries however many
objects refer to the object shown.
"""

from django.db.models import CharField, F, OuterRef, Q, Subquery, TextField, Value
from django.db.models.functions import Cast, Coalesce, Concat, Lower, LPad

from core.models import ObjectType
from extras.models import CachedValue, Tag, TaggedItem

from ..constants import DISPLAY_SEARCH_FIELD
from ..filtersets.dynamic import get_filterset_class

__all__ = (
    'SORT_KEYS',
    'LinkedRows',
    'filter_part',
    'linked_tags',
)

SORT_KEYS = ('type', 'object', 'field')


def filter_part(model, field, queryset, text, tags):
    """`queryset` (objects of `model` referring through `field`) narrowed to the quick search `text` and the tag
    slugs `tags` (all of them)."""
    if text and text.lower() not in f'{model._meta.verbose_name} {field.verbose_name}'.lower():
        queryset = get_filterset_class(model)({'q': text}, queryset=queryset).qs
    for slug in tags:
        queryset = queryset.filter(tags__slug=slug)
    return queryset


def linked_tags(parts):
    """The tags of the objects of `parts` ([(model, field, queryset)]), in one query."""
    condition = Q()
    for model, _field, queryset in parts:
        condition |= Q(content_type=ObjectType.objects.get_for_model(model), object_id__in=queryset.values('pk'))
    if not condition:
        return Tag.objects.none()
    return Tag.objects.filter(pk__in=TaggedItem.objects.filter(condition).values('tag_id')).order_by('name')


def display_sort_key(model):
    """An SQL expression of an object's display text, lower-cased, for sorting objects of several types together."""
    snapshot = model._snapshot
    if snapshot.display_expression:
        indexed = CachedValue.objects.filter(
            object_type=ObjectType.objects.get_for_model(model),
            field=DISPLAY_SEARCH_FIELD,
            object_id=OuterRef('pk'),
        ).values('value')[:1]
        key = Coalesce(Subquery(indexed, output_field=TextField()), Value(''), output_field=TextField())
    elif (
        (primary := snapshot.primary_field) is not None
        and primary.field_type.value_attributes(primary) == (primary.name,)
        and not primary.field_type.select_related(primary)
        and not primary.field_type.many
    ):
        key = Coalesce(Cast(F(primary.name), TextField()), Value(''), output_field=TextField())
    else:
        key = Concat(
            Value(f'{snapshot.display_name} '), LPad(Cast('pk', CharField()), 20, Value('0')), output_field=TextField()
        )
    return Lower(key)


class LinkedRows:
    """The rows of several parts [(model, field, queryset)] as one sequence: `len()` counts, slicing fetches only the
    objects of the slice. `sort`: one of SORT_KEYS, '-' in front for descending, or '' (by type, then field)."""

    def __init__(self, parts, sort=''):
        self.descending = sort.startswith('-')
        self.key = sort.removeprefix('-')
        parts = [(model, field, queryset, queryset.count()) for model, field, queryset in parts]
        if self.key == 'field':
            parts.sort(key=lambda part: (str(part[1].verbose_name).lower(), str(part[0]._meta.verbose_name).lower()))
        if self.descending and self.key in ('type', 'field'):
            parts.reverse()
        self.parts = parts

    @property
    def order_by(self):
        """The order as django-tables2 spells it (for the column headers), or None."""
        return (('-' if self.descending else '') + self.key,) if self.key in SORT_KEYS else None

    def __len__(self):
        return sum(count for *_, count in self.parts)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop if index.stop is not None else len(self)
        if self.key == 'object':
            return self._merged_slice(start, stop)
        rows = []
        for model, field, queryset, count in self.parts:
            if start < count and stop > 0:
                objects = self._fetch(queryset)[max(start, 0) : min(stop, count)]
                rows.extend(self._row(model, field, obj) for obj in objects)
            start, stop = start - count, stop - count
        return rows

    @staticmethod
    def _fetch(queryset):
        return queryset.order_by('pk').prefetch_related('tags')

    @staticmethod
    def _row(model, field, obj):
        return {'type': model._meta.verbose_name, 'object': obj, 'field': field.verbose_name, 'tags': obj.tags}

    def _merged_slice(self, start, stop):
        """One query for the (part, pk) of the rows in [start, stop) across all parts, then the objects per part."""
        selects = [
            queryset.order_by()
            .annotate(nco_part=Value(index), nco_key=display_sort_key(model))
            .values_list('nco_part', 'pk', 'nco_key')
            for index, (model, _field, queryset, count) in enumerate(self.parts)
            if count
        ]
        if not selects or stop <= start:
            return []
        merged = selects[0].union(*selects[1:], all=True) if len(selects) > 1 else selects[0]
        direction = '-' if self.descending else ''
        page = list(merged.order_by(f'{direction}nco_key', f'{direction}nco_part', f'{direction}pk')[start:stop])
        wanted = {}
        for part, pk, _key in page:
            wanted.setdefault(part, []).append(pk)
        objects = {}
        for part, pks in wanted.items():
            model, field, queryset, _count = self.parts[part]
            objects.update({(part, obj.pk): obj for obj in self._fetch(queryset.filter(pk__in=pks))})
        return [
            self._row(self.parts[part][0], self.parts[part][1], objects[(part, pk)])
            for part, pk, _key in page
            if (part, pk) in objects
        ]
