#!/usr/bin/env python3
# test-orm.py: a model class defined in Python, mapped and used through the
# ORM by GObject introspection, on every configured backend
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
gi.require_version('SqlOrm', '1.0')
from gi.repository import GLib, GObject, SqlCore, SqlOrm  # noqa: E402


class User(GObject.Object):
    __gtype_name__ = 'GsqlTestPyUser'
    id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    name = GObject.Property(type=str)
    version = GObject.Property(type=int, default=0)


class Address(GObject.Object):
    __gtype_name__ = 'GsqlTestPyAddress'
    id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    user_id = GObject.Property(type=GObject.TYPE_INT64, default=0)
    email = GObject.Property(type=str)


def run(url):
    registry = SqlOrm.Registry.new()
    users = registry.map(User.__gtype__, 'gi_orm_user')
    users.set_primary_key(['id'])
    users.set_column('name', ['length', 'nullable', 'unique'],
                     [GObject.Value(GObject.TYPE_UINT, 40),
                      GObject.Value(GObject.TYPE_BOOLEAN, False),
                      GObject.Value(GObject.TYPE_BOOLEAN, True)])
    users.set_version_property('version')
    addresses = registry.map(Address.__gtype__, 'gi_orm_address')
    addresses.set_primary_key(['id'])
    addresses.set_column('user-id', ['foreign-key'], [GObject.Value(str, 'gi_orm_user.id')])
    addresses.set_column('email', ['length'], [GObject.Value(GObject.TYPE_UINT, 80)])
    rel = users.add_relationship('addresses', Address.__gtype__)
    rel.set_back_populates('user')
    rel.set_order_by('email', False)
    rel.set_cascade(SqlOrm.Cascade.ALL | SqlOrm.Cascade.DELETE_ORPHAN)
    addresses.add_relationship('user', User.__gtype__).set_back_populates('addresses')
    engine = SqlCore.Engine.new(url)
    registry.configure()
    metadata = registry.get_metadata()
    metadata.drop_all(engine, True, None)
    registry.create_all(engine)
    try:
        session = SqlOrm.Session.new(engine, registry)
        for name in ['spongebob', 'sandy', 'patrick']:
            session.add(User(name=name))
        session.commit()

        q = SqlOrm.select_entity(users)
        SqlCore.select_where(q, SqlCore.startswith(users.column('name'), 's'))
        SqlCore.select_order_by(q, SqlCore.asc(users.column('name')))
        found = session.scalars(q)
        assert [u.props.name for u in found] == ['sandy', 'spongebob'], [u.props.name for u in found]
        assert all(u.props.id > 0 and u.props.version == 1 for u in found)

        sandy = session.get_by_id(User.__gtype__, found[0].props.id)
        assert sandy is found[0]
        sandy.props.name = 'sandy cheeks'
        session.commit()
        assert sandy.props.version == 2
        assert SqlOrm.object_get_state(sandy) == SqlOrm.ObjectState.PERSISTENT

        # Relationships: a live list, back-populated, eager loading.
        lst = SqlOrm.related_list(sandy, 'addresses')
        lst.append(Address(email='b@sandy'))
        lst.append(Address(email='a@sandy'))
        assert SqlOrm.related_get(lst[0], 'user') is sandy
        session.commit()
        q = SqlOrm.select_entity(users)
        SqlOrm.select_load(q, 'addresses', SqlOrm.LoadStrategy.SELECTIN)
        for u in session.scalars(q):
            emails = [a.props.email for a in SqlOrm.related_list(u, 'addresses')]
            assert emails == (['a@sandy', 'b@sandy'] if u.props.name == 'sandy cheeks' else []), emails
        has = SqlOrm.select_entity(users)
        SqlCore.select_where(has, rel.any(SqlCore.eq(addresses.column('email'), SqlCore.str('a@sandy'))))
        assert [u.props.name for u in session.scalars(has)] == ['sandy cheeks']
        session.delete(sandy)
        session.commit()
        q = SqlOrm.select_entity(addresses)
        assert len(session.scalars(q)) == 0

        session.add(User(name='patrick'))
        try:
            session.commit()
            raise AssertionError('a duplicate name was accepted')
        except GLib.Error as e:
            assert e.matches(SqlCore.error_quark(), SqlCore.Error.UNIQUE_VIOLATION), e.message
        session.close()
    finally:
        metadata.drop_all(engine, True, None)


def main():
    require_all = os.environ.get('GSQL_TEST_REQUIRE_ALL', '') not in ('', '0')
    tmpdir = tempfile.mkdtemp(prefix='gsql-gi-orm-')
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
