#!/usr/bin/env python3
# test-reflect.py: the inspector through GObject introspection, on every
# configured backend
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
gi.require_version('SqlReflect', '1.0')
from gi.repository import GObject, SqlCore, SqlReflect  # noqa: E402


def value(gtype, v):
    gv = GObject.Value()
    gv.init(gtype)
    gv.set_value(v)
    return gv


def run(url):
    md = SqlCore.MetaData.new()
    md.add_table(None, 'gi_refl', [
        SqlCore.Column.new('id', SqlCore.SqlType.integer_new(),
                           ['primary-key'], [value(GObject.TYPE_BOOLEAN, True)]),
        SqlCore.Column.new('title', SqlCore.SqlType.string_new(30),
                           ['nullable'], [value(GObject.TYPE_BOOLEAN, False)]),
        SqlCore.Column.new('score', SqlCore.SqlType.numeric_new(8, 3), [], []),
    ])
    engine = SqlCore.Engine.new(url)
    md.drop_all(engine, True, None)
    md.create_all(engine, False, None)
    try:
        inspector = SqlReflect.Inspector.new(engine)
        assert 'gi_refl' in inspector.get_table_names(None)
        assert inspector.has_table('gi_refl', None)
        columns = inspector.get_columns('gi_refl', None)
        assert [c.get_name() for c in columns] == ['id', 'title', 'score']
        assert columns[0].get_primary_key()
        assert not columns[1].get_nullable()
        assert columns[1].get_sql_type().get_kind() == SqlCore.TypeKind.STRING
        assert columns[1].get_sql_type().get_length() == 30
        assert columns[2].get_sql_type().get_kind() == SqlCore.TypeKind.NUMERIC
        assert (columns[2].get_sql_type().get_precision(), columns[2].get_sql_type().get_scale()) == (8, 3)
        # the rest of the inspector and reflection into metadata
        pk = inspector.get_primary_key('gi_refl', None)
        assert list(pk.get_columns()) == ['id']
        assert list(inspector.get_foreign_keys('gi_refl', None)) == []
        assert list(inspector.get_indexes('gi_refl', None)) == []
        assert list(inspector.get_unique_constraints('gi_refl', None)) == []
        assert list(inspector.get_check_constraints('gi_refl', None)) == []
        assert inspector.get_table_comment('gi_refl', None) is None
        assert isinstance(inspector.get_view_names(None), list)
        inspector.clear_cache()
        back = SqlCore.MetaData.new()
        table = inspector.reflect_table(back, 'gi_refl', None)
        assert table.get_name() == 'gi_refl'
        assert table.get_n_columns() == 3
        again = SqlCore.MetaData.new()
        assert inspector.reflect(again, ['gi_refl'], False, None)
        assert again.get_table('gi_refl').get_column('score').get_sql_type().get_scale() == 3
        try:
            inspector.get_columns('gi_refl_missing', None)
            raise AssertionError('a missing table gave no error')
        except gi.repository.GLib.Error as e:
            assert e.matches(SqlCore.error_quark(), SqlCore.Error.PROGRAMMING), e
    finally:
        md.drop_all(engine, True, None)


def main():
    require_all = os.environ.get('GSQL_TEST_REQUIRE_ALL', '') not in ('', '0')
    tmpdir = tempfile.mkdtemp(prefix='gsql-gi-')
    backends = [('sqlite', 'sqlite:///' + os.path.join(tmpdir, 'test.db'))]
    failed = False
    for name, var in [('postgresql', 'GSQL_TEST_POSTGRESQL'), ('mariadb', 'GSQL_TEST_MARIADB')]:
        if os.environ.get(var):
            backends.append((name, os.environ[var]))
        elif require_all:
            print(f'FAIL {name}: {var} not set and GSQL_TEST_REQUIRE_ALL is set')
            failed = True
        else:
            print(f'SKIP {name}: {var} not set')
    try:
        for name, url in backends:
            try:
                run(url)
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
