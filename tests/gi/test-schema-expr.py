#!/usr/bin/env python3
# test-schema-expr.py: tables, DDL and the expression language through
# GObject introspection, on every configured backend
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT

import os
import shutil
import sys
import tempfile
import traceback

import gi

gi.require_version('GObject', '2.0')
gi.require_version('SqlCore', '1.0')
from gi.repository import GLib, GObject, SqlCore  # noqa: E402


def value(gtype, v):
    gv = GObject.Value()
    gv.init(gtype)
    gv.set_value(v)
    return gv


def run(url, dialect):
    md = SqlCore.MetaData.new()
    users = md.add_table(None, 'gi_user', [
        SqlCore.Column.new('id', SqlCore.SqlType.integer_new(),
                           ['primary-key'], [value(GObject.TYPE_BOOLEAN, True)]),
        SqlCore.Column.new('name', SqlCore.SqlType.string_new(30),
                           ['nullable', 'unique'],
                           [value(GObject.TYPE_BOOLEAN, False), value(GObject.TYPE_BOOLEAN, True)]),
        SqlCore.Column.new('uid', SqlCore.SqlType.uuid_new(), [], []),
    ])
    stmts = md.compile_create_all(dialect)
    assert stmts[0].startswith('CREATE TABLE gi_user'), stmts

    engine = SqlCore.Engine.new(url)
    md.drop_all(engine, True, None)
    md.create_all(engine, False, None)
    try:
        conn = engine.connect(None)
        ins = SqlCore.insert(users)
        SqlCore.insert_values(ins, ['name', 'uid'],
                              [SqlCore.bindparam('n', None), SqlCore.bindparam('u', None)])
        for i, name in enumerate(['spongebob', 'sandy', 'patrick']):
            conn.execute_statement(ins, ['n', 'u'],
                                   [value(GObject.TYPE_STRING, name),
                                    value(GObject.TYPE_STRING, '%032X' % (i + 1))], None)

        sel = SqlCore.select([SqlCore.col(users, 'id'), SqlCore.col(users, 'name'),
                              SqlCore.col(users, 'uid')])
        SqlCore.select_where(sel, SqlCore.in_(SqlCore.col(users, 'name'),
                                               [SqlCore.str('sandy'), SqlCore.str('patrick')]))
        SqlCore.select_order_by(sel, SqlCore.desc(SqlCore.col(users, 'id')))
        compiled = sel.compile(dialect)
        assert compiled.get_sql().startswith('SELECT gi_user.id, gi_user.name'), compiled.get_sql()
        assert compiled.get_n_params() == 2

        r = conn.execute_statement(sel, [], [], None)
        rows = []
        while r.next():
            ok, uid = r.get_value(2)
            rows.append((r.get_int64(0), r.get_string(1), uid))
        assert rows == [(3, 'patrick', '00000000-0000-0000-0000-000000000003'),
                        (2, 'sandy', '00000000-0000-0000-0000-000000000002')], rows

        # The unique constraint holds, and the error says so.
        try:
            conn.execute_statement(ins, ['n', 'u'], [value(GObject.TYPE_STRING, 'sandy'),
                                                     value(GObject.TYPE_STRING, '0' * 32)], None)
            raise AssertionError('duplicate accepted')
        except GLib.Error as e:
            assert e.matches(SqlCore.error_quark(), SqlCore.Error.UNIQUE_VIOLATION), e.message
        conn.close()
    finally:
        md.drop_all(engine, True, None)


def main():
    require_all = os.environ.get('GSQL_TEST_REQUIRE_ALL', '') not in ('', '0')
    tmpdir = tempfile.mkdtemp(prefix='gsql-gi-')
    backends = [('sqlite', 'sqlite:///' + os.path.join(tmpdir, 'test.db'), 'sqlite')]
    failed = False
    for name, var, dialect in [('postgresql', 'GSQL_TEST_POSTGRESQL', 'postgresql'),
                               ('mariadb', 'GSQL_TEST_MARIADB', 'mysql')]:
        if os.environ.get(var):
            backends.append((name, os.environ[var], dialect))
        elif require_all:
            print(f'FAIL {name}: {var} not set and GSQL_TEST_REQUIRE_ALL is set')
            failed = True
        else:
            print(f'SKIP {name}: {var} not set')
    try:
        for name, url, dialect in backends:
            try:
                run(url, dialect)
                print(f'PASS {name}')
            except Exception:
                traceback.print_exc()
                print(f'FAIL {name}')
                failed = True
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
