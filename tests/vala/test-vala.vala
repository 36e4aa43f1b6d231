/* test-vala.vala: gsql from Vala through the generated bindings
 * (vala/sqlcore-1.0.vapi, vala/sqlorm-1.0.vapi), on every configured
 * backend: model classes written in Vala, mapped, their schema created, an
 * ORM round trip (add, commit, query, identity map, update with a version,
 * a relationship's live list, eager loading), a Core select with bound
 * parameters, and errors caught by their code.
 *
 * Built and run by tests/vala/test-vala.sh (make check).  SQLite always;
 * PostgreSQL and MariaDB when GSQL_TEST_POSTGRESQL_URL /
 * GSQL_TEST_MARIADB_URL are set; GSQL_TEST_REQUIRE_ALL=1 makes a missing
 * one a failure.
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/* Each property is a column ("user-id" is column user_id). */
public class User : GLib.Object {
    public int64 id { get; set; }
    public string? name { get; set; }
    public int version { get; set; }
}

public class Address : GLib.Object {
    public int64 id { get; set; }
    public int64 user_id { get; set; }
    public string? email { get; set; }
}

GLib.Value val_uint (uint v) {
    var x = GLib.Value (typeof (uint));
    x.set_uint (v);
    return x;
}

GLib.Value val_bool (bool v) {
    var x = GLib.Value (typeof (bool));
    x.set_boolean (v);
    return x;
}

GLib.Value val_str (string v) {
    var x = GLib.Value (typeof (string));
    x.set_string (v);
    return x;
}

void check (bool cond, string what) {
    if (!cond)
        GLib.error ("check failed: %s", what);
}

string[] names_of (GLib.ListModel model) {
    string[] out = {};
    for (uint i = 0; i < model.get_n_items (); i++)
        out += ((User) model.get_item (i)).name;
    return out;
}

void run (string url) throws GLib.Error {
    var registry = new Gsql.Registry ();
    unowned Gsql.Mapper users = registry.map (typeof (User), "vala_orm_user");
    users.set_primary_key_v ({ "id" });
    users.set_column_v ("name", { "length", "nullable", "unique" },
                        { val_uint (40), val_bool (false), val_bool (true) });
    users.set_version_property ("version");
    unowned Gsql.Mapper addresses = registry.map (typeof (Address), "vala_orm_address");
    addresses.set_primary_key_v ({ "id" });
    addresses.set_column_v ("user-id", { "foreign-key" }, { val_str ("vala_orm_user.id") });
    addresses.set_column_v ("email", { "length" }, { val_uint (80) });
    unowned Gsql.Relationship rel = users.add_relationship ("addresses", typeof (Address));
    rel.set_back_populates ("user");
    rel.set_order_by ("email", false);
    rel.set_cascade (Gsql.Cascade.ALL | Gsql.Cascade.DELETE_ORPHAN);
    addresses.add_relationship ("user", typeof (User)).set_back_populates ("addresses");

    var engine = new Gsql.Engine (url);
    registry.configure ();
    unowned Gsql.MetaData metadata = registry.get_metadata ();
    metadata.drop_all (engine, true);
    registry.create_all (engine);
    var session = new Gsql.Session (engine, registry);
    Gsql.Connection? conn = null;
    try {
        /* add, commit, query */
        foreach (unowned string n in new string[] { "spongebob", "sandy", "patrick" })
            session.add (new User () { name = n });
        session.commit ();

        var q = Gsql.select_entity (users);
        Gsql.select_where (q, Gsql.startswith (users.column ("name"), "s"));
        Gsql.select_order_by (q, Gsql.asc (users.column ("name")));
        var found = session.scalars (q);
        check (string.joinv (",", names_of (found)) == "sandy,spongebob", "names starting with s");

        /* the identity map, an update counted by the version */
        var sandy = (User) found.get_item (0);
        check (sandy.id > 0 && sandy.version == 1, "key and version set by the flush");
        check (session.get_by_id (typeof (User), sandy.id) == sandy, "get_by_id gives the same object");
        sandy.name = "sandy cheeks";
        check (session.is_modified (sandy), "the session saw the change");
        session.commit ();
        check (sandy.version == 2, "version after the update");

        /* a relationship: a live list, back-populated, the key set by the flush */
        var list = (GLib.ListStore) Gsql.related_list (sandy, "addresses");
        list.append (new Address () { email = "b@sandy" });
        list.append (new Address () { email = "a@sandy" });
        check (Gsql.related_get (list.get_item (0), "user") == sandy, "back-populated");
        session.commit ();
        check (((Address) list.get_item (0)).user_id == sandy.id, "foreign key set by the flush");

        /* eager loading in another session: two statements for all users */
        var other = new Gsql.Session (engine, registry);
        var eager = Gsql.select_entity (users);
        Gsql.select_load (eager, "addresses", Gsql.LoadStrategy.SELECTIN);
        var loaded = other.scalars (eager);
        for (uint i = 0; i < loaded.get_n_items (); i++) {
            var u = (User) loaded.get_item (i);
            var addrs = Gsql.related_list (u, "addresses");
            check (addrs.get_n_items () == (u.name == "sandy cheeks" ? 2 : 0), "addresses of " + u.name);
            if (u.name == "sandy cheeks")
                check (((Address) addrs.get_item (0)).email == "a@sandy", "addresses in email order");
        }
        other.close ();

        /* Core: a select with bound parameters */
        unowned Gsql.Table table = users.get_table ();
        var sel = Gsql.select_v ({ Gsql.col (table, "name") });
        Gsql.select_where (sel, Gsql.and_v ({
            Gsql.ge (Gsql.col (table, "id"), Gsql.bindparam ("min_id", null)),
            Gsql.like (Gsql.col (table, "name"), Gsql.bindparam ("pattern", null), 0) }));
        Gsql.select_order_by (sel, Gsql.desc (Gsql.col (table, "name")));
        var min_id = GLib.Value (typeof (int64));
        min_id.set_int64 (1);
        conn = engine.connect ();
        var r = conn.execute_statement (sel, { "min_id", "pattern" }, { min_id, val_str ("s%") });
        string[] rows = {};
        while (r.next ())
            rows += r.get_string (0);
        check (string.joinv (",", rows) == "spongebob,sandy cheeks", "Core select");
        r.close ();

        /* errors: a GLib.Error in gsql's domain, caught by its code */
        session.add (new User () { name = "patrick" });
        var caught = false;
        try {
            session.commit ();
        } catch (Gsql.Error.UNIQUE_VIOLATION e) {
            caught = true;
            check (Gsql.Error.get_sqlstate (e).length == 5, "SQLSTATE kept");
        }
        check (caught, "a duplicate name is a unique violation");

        /* deleting a user deletes its addresses (cascade) */
        session.delete (sandy);
        session.commit ();
        check (session.scalars (Gsql.select_entity (addresses)).get_n_items () == 0, "cascade");
    } finally {
        if (conn != null)
            conn.close ();
        session.close ();
        try {
            metadata.drop_all (engine, true);
        } catch (GLib.Error e) {
            printerr ("dropping the tables: %s\n", e.message);
        }
    }
}

int main (string[] args) {
    var require_all = (GLib.Environment.get_variable ("GSQL_TEST_REQUIRE_ALL") ?? "0") != "0";
    string tmpdir;
    try {
        tmpdir = GLib.DirUtils.make_tmp ("gsql-vala-XXXXXX");
    } catch (GLib.FileError e) {
        printerr ("%s\n", e.message);
        return 1;
    }
    var dbfile = GLib.Path.build_filename (tmpdir, "test.db");
    string[] names = { "sqlite" };
    string[] urls = { "sqlite:///" + dbfile };
    var failed = false;

    foreach (var backend in new string[] { "postgresql", "mariadb" }) {
        var url = GLib.Environment.get_variable ("GSQL_TEST_%s_URL".printf (backend.up ()));
        if (url != null && url != "") {
            names += backend;
            urls += url;
        } else if (require_all) {
            print ("FAIL %s: GSQL_TEST_%s_URL not set and GSQL_TEST_REQUIRE_ALL is set\n", backend, backend.up ());
            failed = true;
        } else {
            print ("SKIP %s: GSQL_TEST_%s_URL not set\n", backend, backend.up ());
        }
    }
    for (int i = 0; i < urls.length; i++) {
        try {
            run (urls[i]);
            print ("PASS %s\n", names[i]);
        } catch (GLib.Error e) {
            printerr ("%s\n", e.message);
            print ("FAIL %s\n", names[i]);
            failed = true;
        }
    }
    GLib.FileUtils.unlink (dbfile);
    GLib.DirUtils.remove (tmpdir);
    return failed ? 1 : 0;
}
