#!/usr/bin/env python3
# tutorial.py: gsql from Python through GObject Introspection
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
#
#   python3 examples/tutorial.py [DATABASE-URL]    (default: a temporary SQLite file)
#
# Model classes written in Python, mapped with SqlOrm, their relationship
# loaded eagerly, and a Core query with SqlCore: the C API as PyGObject
# shows it.  Run from a build tree with GI_TYPELIB_PATH and LD_LIBRARY_PATH
# pointing at libsqlcore, libsqlorm (as make check does), or installed.

import sys

import gi

gi.require_version('SqlCore', '1.0')
gi.require_version('SqlOrm', '1.0')
from gi.repository import GObject, SqlCore, SqlOrm  # noqa: E402


class Author(GObject.Object):
    __gtype_name__ = 'PyTutorialAuthor'
    id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    name = GObject.Property(type=str)


class Book(GObject.Object):
    __gtype_name__ = 'PyTutorialBook'
    id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    author_id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    title = GObject.Property(type=str)


def main(url):
    registry = SqlOrm.Registry.new()
    authors = registry.map(Author.__gtype__, 'py_author')
    authors.set_primary_key(['id'])
    authors.set_column('name', ['length'], [GObject.Value(GObject.TYPE_UINT, 60)])
    books = registry.map(Book.__gtype__, 'py_book')
    books.set_primary_key(['id'])
    books.set_column('author-id', ['foreign-key'], [GObject.Value(str, 'py_author.id')])
    books.set_column('title', ['length'], [GObject.Value(GObject.TYPE_UINT, 100)])
    rel = authors.add_relationship('books', Book.__gtype__)
    rel.set_order_by('title', False)
    rel.set_cascade(SqlOrm.Cascade.ALL | SqlOrm.Cascade.DELETE_ORPHAN)

    engine = SqlCore.Engine.new(url)
    registry.configure()
    metadata = registry.get_metadata()
    metadata.drop_all(engine, True, None)
    registry.create_all(engine)
    session = SqlOrm.Session.new(engine, registry)
    try:
        le_guin = Author(name='Ursula K. Le Guin')
        shelf = SqlOrm.related_list(le_guin, 'books')
        for title in ['The Dispossessed', 'A Wizard of Earthsea']:
            shelf.append(Book(title=title))
        session.add(le_guin)
        session.add(Author(name='Terry Pratchett'))
        session.commit()

        # Every author with their books, in two statements.
        q = SqlOrm.select_entity(authors)
        SqlCore.select_order_by(q, SqlCore.asc(authors.column('name')))
        SqlOrm.select_load(q, 'books', SqlOrm.LoadStrategy.SELECTIN)
        for author in session.scalars(q):
            titles = [b.props.title for b in SqlOrm.related_list(author, 'books')]
            print('%s: %s' % (author.props.name, ', '.join(titles) or '(none yet)'))

        # Core: a count per author, through the expression language.
        count = SqlCore.label(SqlCore.count(books.column('id')), 'n')
        core = SqlCore.select([authors.column('name'), count])
        SqlCore.select_join(core, books.get_table().as_expr(),  # gsql_table_as_expr()
                            SqlCore.eq(books.column('author-id'), authors.column('id')), SqlCore.JoinType.INNER)
        SqlCore.select_group_by(core, authors.column('name'))
        result = session.execute(core)
        while result.next():
            print('%s wrote %d of them' % (result.get_string(0), result.get_int64(1)))
        del result      # it holds the session's connection (and its locks)
    finally:
        session.close()
        metadata.drop_all(engine, True, None)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'sqlite://')
