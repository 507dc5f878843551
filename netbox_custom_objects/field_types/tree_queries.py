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

from django.db import connections, models
from django.db.models.expressions import Func, RawSQL

__all__ = (
    'ancestor_chain',
    'ancestors_of',
    'cycle_members',
    'descendants_of',
    'tree_position',
)


def _names(model, field):
    quote = connections['default'].ops.quote_name
    return {
        'table': quote(model._meta.db_table),
        'pk': quote(model._meta.pk.column),
        'parent': quote(model._meta.get_field(field.name).column),
    }


def tree_position(model, field):
    """An expression of each object's [position in tree order, depth]: a JSON array, whose order is the tree's (every
    node after its parent, siblings by id). The whole tree is walked once per query, from its roots down (an
    uncorrelated subquery, which PostgreSQL evaluates once), into a map read per row by key: a list costs the same
    whatever its length, instead of one walk up per listed object. Objects caught in a cycle (an older database or
    raw SQL) are not below any root: null, listed last."""
    template = (
        '((WITH RECURSIVE down(id, path) AS ('
        ' SELECT n.{pk}, ARRAY[n.{pk}]::bigint[] FROM {table} n WHERE n.{parent} IS NULL'
        ' UNION ALL'
        ' SELECT n.{pk}, down.path || n.{pk} FROM {table} n JOIN down ON n.{parent} = down.id'
        ') SELECT jsonb_object_agg(id, jsonb_build_array(position, cardinality(path) - 1))'
        ' FROM (SELECT id, path, row_number() OVER (ORDER BY path) AS position FROM down) AS ordered'
        ') -> (%(expressions)s)::text)'
    ).format(**_names(model, field))
    return Func(models.F('pk'), template=template, output_field=models.JSONField())


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
