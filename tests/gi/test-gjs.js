#!/usr/bin/env gjs
// test-gjs.js: gsql from GJS through GObject introspection, on every
// configured backend: a model class defined in JavaScript, mapped, its
// schema created, an ORM round trip (add, commit, query, update, delete), a
// relationship followed, Core selects with bound parameters, a custom SQL
// type written in JavaScript, and errors as GLib.Error.
//
// Run by make check with GI_TYPELIB_PATH and LD_LIBRARY_PATH pointing into
// the build tree.  SQLite always; PostgreSQL and MariaDB when
// GSQL_TEST_POSTGRESQL_URL / GSQL_TEST_MARIADB_URL are set (or the ODBC
// strings GSQL_TEST_POSTGRESQL / GSQL_TEST_MARIADB);
// GSQL_TEST_REQUIRE_ALL=1 makes a missing one a failure.
//
// Copyright 2026 The gsql authors
// SPDX-License-Identifier: MIT

imports.gi.versions.GObject = '2.0';
imports.gi.versions.Gio = '2.0';
imports.gi.versions.SqlCore = '1.0';
imports.gi.versions.SqlOrm = '1.0';
const {GLib, GObject, Gio, SqlCore, SqlOrm} = imports.gi;
const System = imports.system;

// Properties become columns; their names are the column names ("user-id"
// is column user_id).
const User = GObject.registerClass({
    GTypeName: 'GsqlTestJsUser',
    Properties: {
        'id': GObject.ParamSpec.int64('id', null, null,
            GObject.ParamFlags.READWRITE, 0, Number.MAX_SAFE_INTEGER, 0),
        'name': GObject.ParamSpec.string('name', null, null,
            GObject.ParamFlags.READWRITE, null),
        'version': GObject.ParamSpec.int('version', null, null,
            GObject.ParamFlags.READWRITE, 0, GLib.MAXINT32, 0),
    },
}, class User extends GObject.Object {});

const Address = GObject.registerClass({
    GTypeName: 'GsqlTestJsAddress',
    Properties: {
        'id': GObject.ParamSpec.int64('id', null, null,
            GObject.ParamFlags.READWRITE, 0, Number.MAX_SAFE_INTEGER, 0),
        'user-id': GObject.ParamSpec.int64('user-id', null, null,
            GObject.ParamFlags.READWRITE, 0, Number.MAX_SAFE_INTEGER, 0),
        'email': GObject.ParamSpec.string('email', null, null,
            GObject.ParamFlags.READWRITE, null),
    },
}, class Address extends GObject.Object {});

// A custom type (SQLAlchemy's TypeDecorator) from JavaScript: a subclass
// of SqlType over VARCHAR(40) that stores words upper-case and reads them
// back lower-case.
const ShoutType = GObject.registerClass({
    GTypeName: 'GsqlTestJsShoutType',
}, class ShoutType extends SqlCore.SqlType {
    _init(params) {
        super._init(Object.assign({'value-type': GObject.TYPE_STRING}, params));
        this.set_impl(SqlCore.SqlType.string_new(40));
    }

    vfunc_bind_value(_dialect, v) {
        return [true, String(v).toUpperCase()];
    }

    vfunc_result_value(_dialect, v) {
        return [true, String(v).toLowerCase()];
    }
});

function value(gtype, v) {
    const gv = new GObject.Value();
    gv.init(gtype);
    switch (gtype) {
    case GObject.TYPE_BOOLEAN: gv.set_boolean(v); break;
    case GObject.TYPE_UINT: gv.set_uint(v); break;
    case GObject.TYPE_INT64: gv.set_int64(v); break;
    case GObject.TYPE_STRING: gv.set_string(v); break;
    default: throw new Error(`value(): unhandled type ${gtype}`);
    }
    return gv;
}

function assert(cond, what) {
    if (!cond)
        throw new Error(`assertion failed: ${what}`);
}

function assertEqual(got, want, what) {
    const g = JSON.stringify(got), w = JSON.stringify(want);
    if (g !== w)
        throw new Error(`${what}: got ${g}, want ${w}`);
}

// A GListModel as a JS array.
function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

// A column of a custom type defined in JavaScript, through Core.  (Run
// before the sessions: on SQLite their open read transactions would keep
// the DDL waiting.)
function customType(engine) {
    const conn = engine.connect(null);
    const md = SqlCore.MetaData.new();
    const words = md.add_table(null, 'gjs_word', [
        SqlCore.Column.new('id', SqlCore.SqlType.integer_new(), ['primary-key'],
            [value(GObject.TYPE_BOOLEAN, true)]),
        SqlCore.Column.new('word', new ShoutType(), [], []),
    ]);
    md.drop_all(engine, true, null);
    md.create_all(engine, false, null);
    try {
        const insWord = SqlCore.insert(words);
        SqlCore.insert_values(insWord, ['word'], [SqlCore.bindparam('w', null)]);
        conn.execute_statement(insWord, ['w'], [value(GObject.TYPE_STRING, 'Hello')], null);
        const raw = conn.execute('SELECT word FROM gjs_word', [], null);
        assert(raw.next(), 'a word');
        assertEqual(raw.get_string(0), 'HELLO', 'stored through vfunc_bind_value');
        const typed = conn.execute_statement(SqlCore.select([SqlCore.col(words, 'word')]), [], [], null);
        assert(typed.next(), 'a word');
        assertEqual(typed.get_value(0), [true, 'hello'], 'read through vfunc_result_value');
    } finally {
        conn.close();
        md.drop_all(engine, true, null);
    }
}

function run(url) {
    const registry = SqlOrm.Registry.new();
    const users = registry.map(User.$gtype, 'gjs_orm_user');
    users.set_primary_key(['id']);
    users.set_column('name', ['length', 'nullable', 'unique'],
        [value(GObject.TYPE_UINT, 40), value(GObject.TYPE_BOOLEAN, false),
            value(GObject.TYPE_BOOLEAN, true)]);
    users.set_version_property('version');
    const addresses = registry.map(Address.$gtype, 'gjs_orm_address');
    addresses.set_primary_key(['id']);
    addresses.set_column('user-id', ['foreign-key'],
        [value(GObject.TYPE_STRING, 'gjs_orm_user.id')]);
    addresses.set_column('email', ['length'], [value(GObject.TYPE_UINT, 80)]);
    const rel = users.add_relationship('addresses', Address.$gtype);
    rel.set_back_populates('user');
    rel.set_order_by('email', false);
    rel.set_cascade(SqlOrm.Cascade.ALL | SqlOrm.Cascade.DELETE_ORPHAN);
    addresses.add_relationship('user', User.$gtype).set_back_populates('addresses');

    const engine = SqlCore.Engine.new(url);
    // Engine.connect() is the pool checkout (gsql_engine_connect), as
    // Gio.SocketClient.connect() is a connection, so a signal handler is
    // connected through GObject.Object's own connect().
    const statements = [];
    GObject.Object.prototype.connect.call(engine, 'before-execute',
        (_engine, _conn, sql, _nSets) => statements.push(sql));
    registry.configure();
    const metadata = registry.get_metadata();
    metadata.drop_all(engine, true, null);
    registry.create_all(engine);
    customType(engine);
    // Closed before the tables are dropped, even after a failure (SQLite
    // would otherwise report the database locked and hide the failure).
    const open = [];
    const opened = x => (open.push(x), x);
    try {
        // --- add, commit, query --------------------------------------------
        const session = opened(SqlOrm.Session.new(engine, registry));
        for (const name of ['spongebob', 'sandy', 'patrick'])
            session.add(new User({name}));
        session.commit();

        let q = SqlOrm.select_entity(users);
        SqlCore.select_where(q, SqlCore.startswith(users.column('name'), 's'));
        SqlCore.select_order_by(q, SqlCore.asc(users.column('name')));
        const found = items(session.scalars(q));
        assertEqual(found.map(u => u.name), ['sandy', 'spongebob'], 'names starting with s');
        assert(found.every(u => u.id > 0 && u.version === 1), 'keys and versions set');

        assert(statements.some(sql => sql.startsWith('INSERT INTO gjs_orm_user')),
            `before-execute saw the INSERT: ${JSON.stringify(statements)}`);

        // --- identity map, update -------------------------------------------
        const sandy = session.get_by_id(User.$gtype, found[0].id);
        assert(sandy === found[0], 'get_by_id returns the object of the identity map');
        const before = statements.length;
        const byKey = session.get(User.$gtype, [value(GObject.TYPE_INT64, sandy.id)]);
        assert(byKey === sandy, 'get() with a key of GValues');
        assertEqual(statements.length, before, 'statements sent by a get the identity map answers');
        sandy.name = 'sandy cheeks';
        assert(session.is_modified(sandy), 'the session saw the change');
        session.commit();
        assertEqual(sandy.version, 2, 'version after update');
        assertEqual(SqlOrm.object_get_state(sandy), SqlOrm.ObjectState.PERSISTENT, 'state');

        // A second session reads the update from the database.
        const other = opened(SqlOrm.Session.new(engine, registry));
        const again = other.get_by_id(User.$gtype, sandy.id);
        assertEqual(again.name, 'sandy cheeks', 'name read back by another session');
        other.close();

        // --- a relationship: a live list, back-populated, eager loading ------
        const list = SqlOrm.related_list(sandy, 'addresses');
        list.append(new Address({email: 'b@sandy'}));
        list.append(new Address({email: 'a@sandy'}));
        assert(SqlOrm.related_get(list.get_item(0), 'user') === sandy, 'back-populated');
        session.commit();
        assert(list.get_item(0).user_id === sandy.id, 'foreign key set by the flush');

        q = SqlOrm.select_entity(users);
        SqlOrm.select_load(q, 'addresses', SqlOrm.LoadStrategy.SELECTIN);
        for (const u of items(session.scalars(q))) {
            const emails = items(SqlOrm.related_list(u, 'addresses')).map(a => a.email);
            assertEqual(emails, u.name === 'sandy cheeks' ? ['a@sandy', 'b@sandy'] : [],
                `addresses of ${u.name}`);
        }
        // The other way: a fresh session loads the address, then its user
        // lazily, through the many-to-one side.
        const lazy = opened(SqlOrm.Session.new(engine, registry));
        q = SqlOrm.select_entity(addresses);
        SqlCore.select_where(q, SqlCore.eq(addresses.column('email'), SqlCore.str('a@sandy')));
        const addr = lazy.one(q);
        assertEqual(SqlOrm.related_get(addr, 'user').name, 'sandy cheeks', 'many-to-one');
        lazy.close();
        // Querying across the relationship.
        const has = SqlOrm.select_entity(users);
        SqlCore.select_where(has, rel.any(SqlCore.eq(addresses.column('email'),
            SqlCore.str('a@sandy'))));
        assertEqual(items(session.scalars(has)).map(u => u.name), ['sandy cheeks'], 'any()');

        // --- Core: a select with bound parameters ---------------------------
        const table = users.get_table();
        const sel = SqlCore.select([SqlCore.col(table, 'id'), SqlCore.col(table, 'name')]);
        SqlCore.select_where(sel, SqlCore.and([
            SqlCore.ge(SqlCore.col(table, 'id'), SqlCore.bindparam('min_id', null)),
            SqlCore.like(SqlCore.col(table, 'name'), SqlCore.bindparam('pattern', null), 0),
        ]));
        SqlCore.select_order_by(sel, SqlCore.desc(SqlCore.col(table, 'name')));
        const conn = opened(engine.connect(null));
        const r = conn.execute_statement(sel, ['min_id', 'pattern'],
            [value(GObject.TYPE_INT64, 1), value(GObject.TYPE_STRING, 's%')], null);
        const rows = [];
        while (r.next())
            rows.push([r.get_int64(0) > 0, r.get_string(1)]);
        assertEqual(rows, [[true, 'spongebob'], [true, 'sandy cheeks']], 'Core select');
        // A join (the table as a FROM element is Table.as_expr(), not
        // ref(), which stays GObject's) with a count, grouped, filtered by
        // a parameter, and a window function.
        const atable = addresses.get_table();
        const n = SqlCore.label(SqlCore.count(SqlCore.col(atable, 'id')), 'n');
        const rank = SqlCore.label(SqlCore.over_order_by(
            SqlCore.over(SqlCore.func('rank', null, [])),
            [SqlCore.desc(SqlCore.count(SqlCore.col(atable, 'id')))]), 'pos');
        const joined = SqlCore.select([SqlCore.col(table, 'name'), n, rank]);
        SqlCore.select_join(joined, atable.as_expr(),
            SqlCore.eq(SqlCore.col(atable, 'user_id'), users.get_table().get_column('id').as_expr()),
            SqlCore.JoinType.INNER);
        SqlCore.select_where(joined, SqlCore.ne(SqlCore.col(table, 'name'),
            SqlCore.bindparam('skip', null)));
        SqlCore.select_group_by(joined, SqlCore.col(table, 'name'));
        const rj = conn.execute_statement(joined, ['skip'], [value(GObject.TYPE_STRING, 'nobody')], null);
        const counted = [];
        while (rj.next())
            counted.push([rj.get_string(0), rj.get_int64(1), rj.get_int64(2)]);
        assertEqual(counted, [['sandy cheeks', 2, 1]], 'join, count, window');

        // Many rows in one call (array binding): execute_many is the
        // binding's name for gsql_connection_execute_many_values(), whose
        // array has a length.
        conn.begin();
        const [okMany, inserted] = conn.execute_many(
            'INSERT INTO gjs_orm_user (name, version) VALUES (?, ?)', 2,
            [value(GObject.TYPE_STRING, 'gary'), value(GObject.TYPE_INT64, 1),
                value(GObject.TYPE_STRING, 'larry'), value(GObject.TYPE_INT64, 1)], null);
        assert(okMany, 'execute_many');
        assertEqual(inserted, 2, 'rows inserted by execute_many');
        const ins = SqlCore.insert(table);
        SqlCore.insert_values(ins, ['name', 'version'],
            [SqlCore.bindparam('n', null), SqlCore.bindparam('v', null)]);
        conn.execute_statement_many(ins, ['n', 'v'],
            [value(GObject.TYPE_STRING, 'mrs puff'), value(GObject.TYPE_INT64, 1)], null);
        conn.rollback();

        // Plain SQL with positional parameters too.
        const r2 = conn.execute('SELECT COUNT(*) FROM gjs_orm_address WHERE email LIKE ?',
            [value(GObject.TYPE_STRING, '%@sandy')], null);
        assert(r2.next(), 'a row');
        assertEqual(r2.get_int64(0), 2, 'COUNT(*)');
        conn.close();

        // --- delete, cascading to the addresses ------------------------------
        session.delete(sandy);
        session.commit();
        assertEqual(session.scalars(SqlOrm.select_entity(addresses)).get_n_items(), 0,
            'addresses deleted by cascade');
        assertEqual(session.scalars(SqlOrm.select_entity(users)).get_n_items(), 2, 'users left');

        // --- errors are GLib.Error in gsql's domain --------------------------
        session.add(new User({name: 'patrick'}));
        let caught = null;
        try {
            session.commit();
        } catch (e) {
            caught = e;
        }
        assert(caught instanceof GLib.Error, `a GLib.Error for a duplicate name, got ${caught}`);
        assert(caught.matches(SqlCore.error_quark(), SqlCore.Error.UNIQUE_VIOLATION),
            caught.message);
        assert(!SqlCore.error_is_retryable(caught), 'a unique violation is not retryable');
        assert(SqlCore.error_is_integrity(caught), 'a unique violation is an integrity error');
        assertEqual((SqlCore.error_get_sqlstate(caught) || '').length, 5, 'SQLSTATE kept');
        session.close();
    } finally {
        for (const x of open)
            x.close();
        metadata.drop_all(engine, true, null);
    }
}

function main() {
    const env = k => GLib.getenv(k) || '';
    const requireAll = !['', '0'].includes(env('GSQL_TEST_REQUIRE_ALL'));
    const tmpdir = GLib.dir_make_tmp('gsql-gjs-XXXXXX');
    const dbfile = GLib.build_filenamev([tmpdir, 'test.db']);
    const backends = [['sqlite', `sqlite:///${dbfile}`]];
    let failed = false;
    for (const [name, urlVar, odbcVar] of [
        ['postgresql', 'GSQL_TEST_POSTGRESQL_URL', 'GSQL_TEST_POSTGRESQL'],
        ['mariadb', 'GSQL_TEST_MARIADB_URL', 'GSQL_TEST_MARIADB']]) {
        const url = env(urlVar) || env(odbcVar);
        if (url) {
            backends.push([name, url]);
        } else if (requireAll) {
            print(`FAIL ${name}: ${urlVar} not set and GSQL_TEST_REQUIRE_ALL is set`);
            failed = true;
        } else {
            print(`SKIP ${name}: ${urlVar} not set`);
        }
    }
    try {
        for (const [name, url] of backends) {
            try {
                run(url);
                print(`PASS ${name}`);
            } catch (e) {
                printerr(`${e}\n${e.stack || ''}`);
                print(`FAIL ${name}`);
                failed = true;
            }
        }
    } finally {
        GLib.unlink(dbfile);
        GLib.rmdir(tmpdir);
    }
    return failed ? 1 : 0;
}

System.exit(main());
