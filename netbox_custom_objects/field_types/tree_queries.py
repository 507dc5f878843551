"""The queries of a tree (a type with a `tree_parent` field): ancestors, descendants and each object's path from its
root, as PostgreSQL recursive CTEs over the parent column alone.

Why an adjacency list and not NetBox's MPTT columns (lft/rght/tree_id/level): moving a node under MPTT rewrites the
bookkeeping columns of every node to its right in the tree, with QuerySet.update() that no change record shows, so
netbox-branching could neither replay a move in a merge nor revert it, and a branch and main moving different
nodes would both rewrite the same rows. With the parent column alone a move is one row's change, replayed like any
other value, and everything derived (depth, order, ancestors, descendants) is computed when read, in one query.

Table and column names come from the class (unqualified), so that PostgreSQL's search path finds the active
branch's table as it does for the ORM's own queries. Every walk stops at a node already visited: a cycle left by
an older database (or raw SQL) cannot make a query run forever.
"""

from django.contrib.postgres.fields import ArrayField
from django.db import connections, models
from django.db.models.expressions import Func, RawSQL

__all__ = (
    'ancestor_chain',
    'ancestors_of',
    'cycle_members',
    'descendants_of',
    'tree_path',
)


def _names(model, field):
    quote = connections['default'].ops.quote_name
    return {
        'table': quote(model._meta.db_table),
        'pk': quote(model._meta.pk.column),
        'parent': quote(model._meta.get_field(field.name).column),
    }


def tree_path(model, field):
    """An expression of the ids from an object's root down to the object itself (an array: its length is the depth
    plus one, and ordering by it lists every node after its parent, siblings by id)."""
    template = (
        '(WITH RECURSIVE up(id, parent, path) AS ('
        ' SELECT n.{pk}, n.{parent}, ARRAY[n.{pk}]::bigint[] FROM {table} n WHERE n.{pk} = %(expressions)s'
        ' UNION ALL'
        ' SELECT n.{pk}, n.{parent}, n.{pk} || up.path FROM {table} n JOIN up ON n.{pk} = up.parent'
        ' WHERE NOT n.{pk} = ANY(up.path)'
        ') SELECT path FROM up ORDER BY cardinality(path) DESC LIMIT 1)'
    ).format(**_names(model, field))
    return Func(models.F('pk'), template=template, output_field=ArrayField(models.BigIntegerField()))


def descendants_of(model, field, ids):
    """A subquery of the ids of every object below any of `ids` (not those themselves)."""
    sql = (
        'WITH RECURSIVE down(id) AS ('
        ' SELECT n.{pk} FROM {table} n WHERE n.{parent} = ANY(%s)'
        ' UNION'
        ' SELECT n.{pk} FROM {table} n JOIN down ON n.{parent} = down.id'
        ') SELECT id FROM down'
    ).format(**_names(model, field))
    return RawSQL(sql, (list(ids),))


def ancestors_of(model, field, ids):
    """A subquery of the ids of every object above any of `ids` (not those themselves)."""
    sql = (
        'WITH RECURSIVE up(id) AS ('
        ' SELECT n.{parent} FROM {table} n WHERE n.{pk} = ANY(%s) AND n.{parent} IS NOT NULL'
        ' UNION'
        ' SELECT n.{parent} FROM {table} n JOIN up ON n.{pk} = up.id WHERE n.{parent} IS NOT NULL'
        ') SELECT id FROM up'
    ).format(**_names(model, field))
    return RawSQL(sql, (list(ids),))


def ancestor_chain(model, field, pk, using):
    """[pk, its parent, its grandparent, ...] as stored now on `using`, up to a root or to a node met twice."""
    sql = (
        'WITH RECURSIVE up(id, parent, path) AS ('
        ' SELECT n.{pk}, n.{parent}, ARRAY[n.{pk}]::bigint[] FROM {table} n WHERE n.{pk} = %s'
        ' UNION ALL'
        ' SELECT n.{pk}, n.{parent}, up.path || n.{pk} FROM {table} n JOIN up ON n.{pk} = up.parent'
        ' WHERE NOT n.{pk} = ANY(up.path)'
        ') SELECT path, parent FROM up ORDER BY cardinality(path) DESC LIMIT 1'
    ).format(**_names(model, field))
    with connections[using].cursor() as cursor:
        cursor.execute(sql, (pk,))
        row = cursor.fetchone()
    return list(row[0]) if row else []


def cycle_members(model, field, using, limit=5):
    """Ids of (at most `limit`) objects that are their own ancestor in the stored data."""
    sql = (
        'WITH RECURSIVE up(start, id, path) AS ('
        ' SELECT n.{pk}, n.{parent}, ARRAY[n.{pk}]::bigint[] FROM {table} n WHERE n.{parent} IS NOT NULL'
        ' UNION ALL'
        ' SELECT up.start, n.{parent}, up.path || n.{pk} FROM {table} n JOIN up ON n.{pk} = up.id'
        ' WHERE n.{parent} IS NOT NULL AND NOT n.{pk} = ANY(up.path)'
        ') SELECT DISTINCT start FROM up WHERE id = start ORDER BY start LIMIT %s'
    ).format(**_names(model, field))
    with connections[using].cursor() as cursor:
        cursor.execute(sql, (limit,))
        return [row[0] for row in cursor.fetchall()]
