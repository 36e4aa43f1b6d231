#!/usr/bin/env python3
# test-engine.py: libsqlcore through GObject introspection
#
# Copyright 2026 The gsql authors
# SPDX-License-Identifier: MIT
#
# Run by `make check` with GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing at
# the uninstalled library.  A round trip on a SQLite temporary file, and on
# PostgreSQL and MariaDB when GSQL_TEST_POSTGRESQL / GSQL_TEST_MARIADB are
# set (GSQL_TEST_REQUIRE_ALL=1 makes a missing one a failure).

import os
import shutil
import sys
import tempfile
import traceback

import gi

gi.require_version('GLib', '2.0')
gi.require_version('GObject', '2.0')
gi.require_version('SqlCore', '1.0')
from gi.repository import GLib, GObject, SqlCore  # noqa: E402

TEXT = 'naïve 日本 🙂'


def value(gtype, v):
    gv = GObject.Value()
    gv.init(gtype)
    gv.set_value(v)
    return gv


def execute(conn, sql, *params):
    return conn.execute(sql, list(params), None)


def round_trip(url, dialect):
    engine = SqlCore.Engine.new(url)
    # Engine.connect is the checkout, not GObject.connect (signals).
    conn = SqlCore.Engine.connect(engine, None)
    assert engine.get_dialect_name() == dialect, engine.get_dialect_name()

    execute(conn, 'DROP TABLE IF EXISTS t_gi')
    execute(conn, 'CREATE TABLE t_gi (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)')

    r = execute(conn, 'INSERT INTO t_gi (id, name) VALUES (?, ?)',
                value(GObject.TYPE_INT64, 2 ** 40), value(GObject.TYPE_STRING, TEXT))
    assert r.get_rowcount() == 1, r.get_rowcount()
    r = execute(conn, 'INSERT INTO t_gi (id, name) VALUES (?, ?)',
                value(GObject.TYPE_INT64, 7), value(GObject.TYPE_STRING, 'seven'))

    r = execute(conn, 'SELECT id, name FROM t_gi WHERE id >= ? ORDER BY id',
                value(GObject.TYPE_INT64, 0))
    assert r.get_n_columns() == 2
    assert r.get_column_name(1) == 'name'
    rows = []
    while r.next():
        rows.append((r.get_int64(0), r.get_string(1)))
    assert rows == [(7, 'seven'), (2 ** 40, TEXT)], rows
    assert not r.next()

    # A unique violation is a GLib.Error in the SqlCore error domain.
    try:
        execute(conn, 'INSERT INTO t_gi (id, name) VALUES (?, ?)',
                value(GObject.TYPE_INT64, 7), value(GObject.TYPE_STRING, 'again'))
    except GLib.Error as e:
        assert e.matches(SqlCore.error_quark(), SqlCore.Error.UNIQUE_VIOLATION), \
            (e.domain, e.code, e.message)
        assert SqlCore.error_is_integrity(e)
    else:
        raise AssertionError('duplicate key accepted')

    # Syntax errors are PROGRAMMING.
    try:
        execute(conn, 'SELEC 1')
    except GLib.Error as e:
        assert e.matches(SqlCore.error_quark(), SqlCore.Error.PROGRAMMING), \
            (e.domain, e.code, e.message)
    else:
        raise AssertionError('syntax error accepted')

    # A transaction rolled back leaves nothing.
    conn.begin()
    execute(conn, 'INSERT INTO t_gi (id, name) VALUES (?, ?)',
            value(GObject.TYPE_INT64, 99), value(GObject.TYPE_STRING, 'gone'))
    conn.rollback()
    r = execute(conn, 'SELECT COUNT(*) FROM t_gi')
    assert r.next()
    assert r.get_int64(0) == 2, r.get_int64(0)

    pool = engine.get_pool()
    assert pool.get_n_checked_out() == 1
    conn.close()
    assert pool.get_n_checked_out() == 0

    # Bad URLs fail with INVALID_ARGUMENT.
    try:
        SqlCore.Engine.new('nosuchdb://x/y')
    except GLib.Error as e:
        assert e.matches(SqlCore.error_quark(), SqlCore.Error.INVALID_ARGUMENT), \
            (e.domain, e.code, e.message)
    else:
        raise AssertionError('bad scheme accepted')


def main():
    require_all = os.environ.get('GSQL_TEST_REQUIRE_ALL', '') not in ('', '0')
    passed = failed = skipped = 0

    tmpdir = tempfile.mkdtemp(prefix='gsql-gi-')
    backends = [('sqlite', 'sqlite:///' + os.path.join(tmpdir, 'test.db'), 'sqlite')]
    for name, var, dialect in (('postgresql', 'GSQL_TEST_POSTGRESQL', 'postgresql'),
                               ('mariadb', 'GSQL_TEST_MARIADB', 'mysql')):
        if os.environ.get(var):
            backends.append((name, os.environ[var], dialect))
        elif require_all:
            print(f'FAIL {name}: {var} not set and GSQL_TEST_REQUIRE_ALL is set')
            failed += 1
        else:
            print(f'SKIP {name}: {var} not set')
            skipped += 1

    try:
        for name, url, dialect in backends:
            try:
                round_trip(url, dialect)
            except Exception:
                traceback.print_exc()
                print(f'FAIL {name}: gi round trip')
                failed += 1
            else:
                print(f'PASS {name}: gi round trip')
                passed += 1
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    print(f'{passed} passed, {failed} failed, {skipped} skipped')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
