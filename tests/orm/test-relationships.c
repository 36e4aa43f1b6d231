/* test-relationships.c: relationships, cascades and loading strategies on
 * every backend
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * users → addresses (one-to-many, back-populated by address → user),
 * users ↔ groups (many-to-many through r_user_groups), user → profile
 * (one-to-one), categories (a self-referential tree).  Statements the
 * sessions send are counted through GsqlEngine::before-execute; the test's
 * own connection reads the tables behind their backs.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libsqlorm/sqlorm.h>

#include "tests/gsql-test.h"
#include "tests/orm/test-models.h"

typedef struct {
  GsqlTestBackend backend;
  GsqlEngine     *engine;
  GsqlConnection *conn;
  GsqlRegistry   *registry;
  GsqlMapper     *users, *addresses, *groups, *profiles, *categories;
  GPtrArray      *sql;
  gulong          handler;
  guint           baseline_live;
} Db;

static void
on_before_execute (GsqlEngine *engine, GsqlConnection *connection, const char *sql, guint n_sets, gpointer data)
{
  Db *db = data;
  static int trace = -1;

  (void) engine;
  if (trace < 0)
    trace = g_getenv ("GSQL_TEST_TRACE_SQL") != NULL;
  if (trace)
    printf ("#     %s [%s%u] %.300s\n", gsql_test_backend_name (db->backend),
            connection == db->conn ? "test, " : "", n_sets, sql);
  if (connection != db->conn)
    g_ptr_array_add (db->sql, g_strdup (sql));
}

static char *
sql_dump (Db *db)
{
  GString *s = g_string_new (NULL);
  guint k;

  for (k = 0; k < db->sql->len && k < 12; k++)
    g_string_append_printf (s, " [%u] %.160s;", k, (char *) g_ptr_array_index (db->sql, k));
  return g_string_free (s, FALSE);
}

/* Statements that are not transaction control. */
static guint
n_statements (Db *db)
{
  guint k, n = 0;

  for (k = 0; k < db->sql->len; k++)
    {
      const char *s = g_ptr_array_index (db->sql, k);
      if (g_ascii_strncasecmp (s, "SELECT", 6) == 0 || g_ascii_strncasecmp (s, "INSERT", 6) == 0 ||
          g_ascii_strncasecmp (s, "UPDATE", 6) == 0 || g_ascii_strncasecmp (s, "DELETE", 6) == 0)
        n++;
    }
  return n;
}

static void
db_clear (Db *db)
{
  if (db->handler != 0 && db->engine != NULL)
    g_clear_signal_handler (&db->handler, db->engine);
  g_clear_object (&db->conn);
  g_clear_object (&db->registry);
  g_clear_object (&db->engine);
  g_clear_pointer (&db->sql, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Db, db_clear)

typedef enum {
  CASCADE_DEFAULT,
  CASCADE_ALL_ORPHAN,
} CascadeChoice;

static void
map_all (Db *db, CascadeChoice cascade, GsqlLoadStrategy addresses_lazy)
{
  GsqlMetaData *md;
  GsqlRelationship *r;
  g_autoptr(GError) error = NULL;

  db->registry = gsql_registry_new ();
  md = gsql_registry_get_metadata (db->registry);
  /* users and addresses refer to each other: the keys need names to be
   * added and dropped apart from their tables. */
  gsql_metadata_set_naming_convention (md, "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");

  db->users = gsql_registry_map (db->registry, DEMO_TYPE_RUSER, "r_users");
  gsql_mapper_set_primary_key (db->users, "id", NULL);
  gsql_mapper_set_column (db->users, "name", "length", 40, NULL);
  gsql_mapper_set_column (db->users, "favorite-id", "foreign-key", "r_addresses.id", "nullable", TRUE, NULL);

  db->addresses = gsql_registry_map (db->registry, DEMO_TYPE_RADDRESS, "r_addresses");
  gsql_mapper_set_primary_key (db->addresses, "id", NULL);
  gsql_mapper_set_column (db->addresses, "user-id", "foreign-key", "r_users.id", "nullable", TRUE, NULL);
  gsql_mapper_set_column (db->addresses, "email", "length", 80, NULL);

  db->groups = gsql_registry_map (db->registry, DEMO_TYPE_RGROUP, "r_groups");
  gsql_mapper_set_primary_key (db->groups, "id", NULL);
  gsql_mapper_set_column (db->groups, "name", "length", 40, NULL);

  db->profiles = gsql_registry_map (db->registry, DEMO_TYPE_RPROFILE, "r_profiles");
  gsql_mapper_set_primary_key (db->profiles, "id", NULL);
  gsql_mapper_set_column (db->profiles, "user-id", "foreign-key", "r_users.id", "nullable", TRUE, NULL);
  gsql_mapper_set_column (db->profiles, "bio", "length", 80, NULL);

  db->categories = gsql_registry_map (db->registry, DEMO_TYPE_RCATEGORY, "r_categories");
  gsql_mapper_set_primary_key (db->categories, "id", NULL);
  gsql_mapper_set_column (db->categories, "parent-id", "foreign-key", "r_categories.id", "nullable", TRUE, NULL);
  gsql_mapper_set_column (db->categories, "name", "length", 40, NULL);

  /* The association table, by hand. */
  {
    GsqlColumn *cols[2];
    GsqlTable *t;
    const char *uc[] = { "user_id", NULL }, *ur[] = { "id", NULL };
    const char *gc[] = { "group_id", NULL };

    cols[0] = gsql_column_new ("user_id", gsql_sql_type_big_integer_new (), "primary-key", TRUE,
                               "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL);
    cols[1] = gsql_column_new ("group_id", gsql_sql_type_big_integer_new (), "primary-key", TRUE,
                               "autoincrement", GSQL_AUTOINCREMENT_NEVER, NULL);
    t = gsql_metadata_add_table_full (md, NULL, "r_user_groups", cols, 2, &error);
    ck_assert_msg (t != NULL, "%s", gsql_test_describe_error (error));
    ck_assert (gsql_table_add_constraint (t, gsql_constraint_new_foreign_key (NULL, uc, "r_users", ur), NULL));
    ck_assert (gsql_table_add_constraint (t, gsql_constraint_new_foreign_key (NULL, gc, "r_groups", ur), NULL));
  }

  /* Two foreign keys between users and addresses: each relationship
   * names its own. */
  r = gsql_mapper_add_relationship (db->users, "addresses", DEMO_TYPE_RADDRESS);
  gsql_relationship_set_foreign_keys (r, (const char *[]) { "user_id", NULL });
  gsql_relationship_set_back_populates (r, "user");
  gsql_relationship_set_order_by (r, "email", FALSE);
  gsql_relationship_set_lazy (r, addresses_lazy);
  if (cascade == CASCADE_ALL_ORPHAN)
    gsql_relationship_set_cascade (r, GSQL_CASCADE_ALL | GSQL_CASCADE_DELETE_ORPHAN);
  r = gsql_mapper_add_relationship (db->addresses, "user", DEMO_TYPE_RUSER);
  gsql_relationship_set_foreign_keys (r, (const char *[]) { "user_id", NULL });
  gsql_relationship_set_back_populates (r, "addresses");
  /* The user's favourite address belongs to the user: rows that point at
   * each other, the second key written after both INSERTs. */
  r = gsql_mapper_add_relationship (db->users, "favorite", DEMO_TYPE_RADDRESS);
  gsql_relationship_set_foreign_keys (r, (const char *[]) { "favorite_id", NULL });
  gsql_relationship_set_post_update (r, TRUE);

  r = gsql_mapper_add_relationship (db->users, "groups", DEMO_TYPE_RGROUP);
  gsql_relationship_set_secondary (r, "r_user_groups");
  gsql_relationship_set_back_populates (r, "members");
  gsql_relationship_set_order_by (r, "name", FALSE);
  r = gsql_mapper_add_relationship (db->groups, "members", DEMO_TYPE_RUSER);
  gsql_relationship_set_secondary (r, "r_user_groups");
  gsql_relationship_set_back_populates (r, "groups");

  r = gsql_mapper_add_relationship (db->users, "profile", DEMO_TYPE_RPROFILE);
  gsql_relationship_set_uselist (r, FALSE);
  gsql_relationship_set_back_populates (r, "user");
  gsql_relationship_set_cascade (r, GSQL_CASCADE_ALL | GSQL_CASCADE_DELETE_ORPHAN);
  /* The database deletes a profile with its user (ON DELETE CASCADE,
   * set below): an unloaded profile is left to it. */
  gsql_relationship_set_passive_deletes (r, TRUE);
  r = gsql_mapper_add_relationship (db->profiles, "user", DEMO_TYPE_RUSER);
  gsql_relationship_set_back_populates (r, "profile");

  r = gsql_mapper_add_relationship (db->categories, "children", DEMO_TYPE_RCATEGORY);
  gsql_relationship_set_back_populates (r, "parent");
  gsql_relationship_set_order_by (r, "name", FALSE);
  gsql_relationship_set_cascade (r, GSQL_CASCADE_ALL);
  r = gsql_mapper_add_relationship (db->categories, "parent", DEMO_TYPE_RCATEGORY);
  gsql_relationship_set_remote_side (r, (const char *[]) { "id", NULL });
  gsql_relationship_set_back_populates (r, "children");
}

static void
db_open (Db *db, int i, CascadeChoice cascade, GsqlLoadStrategy addresses_lazy)
{
  g_autoptr(GError) error = NULL;

  db->baseline_live = demo_model_get_n_live ();
  db->backend = gsql_test_begin (i);
  db->engine = gsql_test_open_engine (db->backend);
  db->conn = gsql_test_connect (db->engine);
  db->sql = g_ptr_array_new_with_free_func (g_free);
  map_all (db, cascade, addresses_lazy);
  ck_assert_msg (gsql_registry_configure (db->registry, &error), "configure: %s", gsql_test_describe_error (error));
  {
    g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (gsql_mapper_get_table (db->profiles));
    ck_assert_uint_eq (fks->len, 1);
    gsql_constraint_set_on_delete (g_ptr_array_index (fks, 0), GSQL_REFERENTIAL_ACTION_CASCADE);
  }
  ck_assert_msg (gsql_metadata_drop_all (gsql_registry_get_metadata (db->registry), db->engine, TRUE, NULL, &error),
                 "drop_all: %s", gsql_test_describe_error (error));
  ck_assert_msg (gsql_registry_create_all (db->registry, db->engine, &error),
                 "create_all: %s", gsql_test_describe_error (error));
  db->handler = g_signal_connect (db->engine, "before-execute", G_CALLBACK (on_before_execute), db);
}

static void
db_finish (Db *db)
{
  g_autoptr(GError) error = NULL;
  guint live = demo_model_get_n_live ();

  ck_assert_msg (live == db->baseline_live, "%s: %u model object(s) not finalized",
                 gsql_test_backend_name (db->backend), live - db->baseline_live);
  g_clear_signal_handler (&db->handler, db->engine);
  ck_assert_msg (gsql_metadata_drop_all (gsql_registry_get_metadata (db->registry), db->engine, TRUE, NULL, &error),
                 "drop_all: %s", gsql_test_describe_error (error));
}

#define ck_assert_error_matches(err, dom, c) G_STMT_START { \
  const GError *e_ = (err); \
  ck_assert_msg (e_ != NULL, "expected an error, got none"); \
  ck_assert_msg (e_->domain == (dom) && e_->code == (int) (c), "unexpected error: %s", \
                 gsql_test_describe_error (e_)); \
} G_STMT_END

static gint64
count (Db *db, const char *sql)
{
  return gsql_test_query_int64 (db->conn, sql);
}

static gpointer
new_user (const char *name)
{
  return g_object_new (DEMO_TYPE_RUSER, "name", name, NULL);
}

static gpointer
new_address (const char *email)
{
  return g_object_new (DEMO_TYPE_RADDRESS, "email", email, NULL);
}

static GListModel *
list_of (gpointer object, const char *rel)
{
  g_autoptr(GError) error = NULL;
  GListModel *l = gsql_related_list (object, rel, &error);

  ck_assert_msg (l != NULL, "gsql_related_list (%s): %s", rel, gsql_test_describe_error (error));
  return l;
}

static gpointer
get_of (gpointer object, const char *rel)
{
  g_autoptr(GError) error = NULL;
  gpointer o = gsql_related_get (object, rel, &error);

  ck_assert_msg (error == NULL, "gsql_related_get (%s): %s", rel, gsql_test_describe_error (error));
  return o;
}

static gpointer
item (GListModel *l, guint i)
{
  gpointer o = g_list_model_get_item (l, i);
  g_object_unref (o);     /* the list keeps it */
  return o;
}

static void
commit (GsqlSession *session)
{
  g_autoptr(GError) error = NULL;
  ck_assert_msg (gsql_session_commit (session, &error), "commit: %s", gsql_test_describe_error (error));
}

/* ------------------------------------------------------------------ */

START_TEST (test_one_to_many)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 sandy_id, patrick_id;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) sandy = new_user ("sandy");
    g_autoptr(DemoRUser) patrick = new_user ("patrick");
    g_autoptr(DemoRAddress) a1 = new_address ("a1@sandy");
    g_autoptr(DemoRAddress) a2 = new_address ("a2@sandy");
    g_autoptr(GListModel) addrs = list_of (sandy, "addresses");
    g_autoptr(DemoRUser) back = NULL;

    /* A transient object's list is there, empty, and kept in its property. */
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 0);
    ck_assert_ptr_eq (sandy->addresses, addrs);
    g_list_store_append (G_LIST_STORE (addrs), a1);
    g_list_store_append (G_LIST_STORE (addrs), a2);
    /* back-populates, before any flush, through the accessor and the property */
    back = get_of (a1, "user");
    ck_assert_ptr_eq (back, sandy);
    ck_assert_ptr_eq (a2->user, (GObject *) sandy);

    /* save-update: adding the user adds its addresses */
    ck_assert (gsql_session_add (session, sandy, &error));
    ck_assert (gsql_session_add (session, patrick, &error));
    commit (session);
    ck_assert_int_eq (gsql_object_get_state (a1), GSQL_OBJECT_STATE_PERSISTENT);
    sandy_id = sandy->id;
    patrick_id = patrick->id;
    ck_assert_int_gt (sandy_id, 0);
    ck_assert_int_eq (a1->user_id, sandy_id);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE user_id IS NOT NULL"), 2);

  /* Loading: lazy on access, the many-to-one from the identity map. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) sandy = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, sandy_id, &error);
    g_autoptr(DemoRUser) patrick = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, patrick_id, &error);
    g_autoptr(GListModel) addrs = NULL;
    g_autoptr(GListModel) paddrs = NULL;
    g_autoptr(DemoRUser) owner = NULL;
    DemoRAddress *a1;

    ck_assert (!gsql_related_is_loaded (sandy, "addresses"));
    g_ptr_array_set_size (db.sql, 0);
    addrs = list_of (sandy, "addresses");
    ck_assert_uint_eq (n_statements (&db), 1);
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 2);
    a1 = item (addrs, 0);
    ck_assert_str_eq (a1->email, "a1@sandy");
    g_ptr_array_set_size (db.sql, 0);
    owner = get_of (a1, "user");
    ck_assert_ptr_eq (owner, sandy);
    ck_assert_uint_eq (n_statements (&db), 0);

    /* Moving an address to another user: it leaves the first list at once. */
    paddrs = list_of (patrick, "addresses");
    g_list_store_append (G_LIST_STORE (paddrs), a1);
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 1);
    ck_assert_ptr_eq (a1->user, (GObject *) patrick);
    /* Removing one without delete-orphan leaves it without a user. */
    g_list_store_remove (G_LIST_STORE (addrs), 0);
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE user_id IS NULL"), 1);
  {
    g_autofree char *q = g_strdup_printf ("SELECT COUNT(*) FROM r_addresses WHERE user_id = %" G_GINT64_FORMAT
                                          " AND email = 'a1@sandy'", patrick_id);
    ck_assert_int_eq (count (&db, q), 1);
  }

  /* Setting the many-to-one through the accessor and through the property. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.addresses));
    g_autoptr(DemoRAddress) orphan = NULL;
    g_autoptr(DemoRUser) sandy = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, sandy_id, &error);
    g_autoptr(DemoRUser) none = NULL;
    g_autoptr(GListModel) addrs = list_of (sandy, "addresses");

    gsql_select_where (q, gsql_is_null (gsql_mapper_column (db.addresses, "user-id")));
    orphan = gsql_session_one (session, q, &error);
    ck_assert_msg (orphan != NULL, "%s", gsql_test_describe_error (error));
    none = get_of (orphan, "user");
    ck_assert_ptr_null (none);
    ck_assert (gsql_related_set (orphan, "user", sandy, &error));
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 1);   /* back-populated */
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE user_id IS NULL"), 0);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) patrick = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, patrick_id, &error);
    g_autoptr(DemoRAddress) fresh = new_address ("new@patrick");

    g_object_set (fresh, "user", patrick, NULL);     /* only the property */
    ck_assert (gsql_session_add (session, fresh, &error));
    commit (session);
    ck_assert_int_eq (fresh->user_id, patrick_id);
  }
  {
    g_autofree char *q = g_strdup_printf ("SELECT COUNT(*) FROM r_addresses WHERE user_id = %" G_GINT64_FORMAT, patrick_id);
    ck_assert_int_eq (count (&db, q), 2);
  }

  /* Deleting a user without the delete cascade: its addresses stay, without it. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) patrick = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, patrick_id, &error);

    ck_assert (gsql_session_delete (session, patrick, &error));
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE user_id IS NULL"), 2);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_users"), 1);
  db_finish (&db);
}
END_TEST

START_TEST (test_cascades)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 uid;

  db_open (&db, _i, CASCADE_ALL_ORPHAN, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = new_user ("sandy");
    g_autoptr(GListModel) addrs = list_of (u, "addresses");
    guint k;

    for (k = 0; k < 3; k++)
      {
        g_autofree char *email = g_strdup_printf ("%u@sandy", k);
        g_autoptr(DemoRAddress) a = new_address (email);
        g_list_store_append (G_LIST_STORE (addrs), a);
      }
    ck_assert (gsql_session_add (session, u, &error));
    commit (session);
    uid = u->id;
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses"), 3);
  /* delete-orphan: the address taken out of the list is deleted */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, uid, &error);
    g_autoptr(GListModel) addrs = list_of (u, "addresses");

    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 3);
    g_list_store_remove (G_LIST_STORE (addrs), 1);
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses"), 2);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE email = '1@sandy'"), 0);
  /* delete: deleting the user deletes its addresses (and its profile) */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, uid, &error);
    g_autoptr(DemoRProfile) p = g_object_new (DEMO_TYPE_RPROFILE, "bio", "hi", NULL);

    ck_assert (gsql_related_set (u, "profile", p, &error));
    commit (session);
    ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_profiles"), 1);
    ck_assert (gsql_session_delete (session, u, &error));
    g_ptr_array_set_size (db.sql, 0);
    commit (session);
    /* passive deletes: the unloaded profile was neither loaded nor deleted by gsql */
    for (guint k = 0; k < db.sql->len; k++)
      ck_assert_msg (strstr (g_ptr_array_index (db.sql, k), "r_profiles") == NULL, "%s", sql_dump (&db));
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses"), 0);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_profiles"), 0);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_users"), 0);
  db_finish (&db);
}
END_TEST

START_TEST (test_many_to_many)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 sandy_id, admins_id;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) sandy = new_user ("sandy");
    g_autoptr(DemoRUser) bob = new_user ("bob");
    g_autoptr(DemoRGroup) admins = g_object_new (DEMO_TYPE_RGROUP, "name", "admins", NULL);
    g_autoptr(DemoRGroup) users = g_object_new (DEMO_TYPE_RGROUP, "name", "users", NULL);
    g_autoptr(GListModel) sg = list_of (sandy, "groups");
    g_autoptr(GListModel) bg = list_of (bob, "groups");
    g_autoptr(GListModel) members = NULL;

    g_list_store_append (G_LIST_STORE (sg), admins);
    g_list_store_append (G_LIST_STORE (sg), users);
    g_list_store_append (G_LIST_STORE (bg), users);
    members = list_of (users, "members");
    ck_assert_uint_eq (g_list_model_get_n_items (members), 2);   /* back-populated */
    ck_assert (gsql_session_add (session, sandy, &error));
    ck_assert (gsql_session_add (session, bob, &error));
    commit (session);
    sandy_id = sandy->id;
    admins_id = admins->id;
  }
  /* one row per link, though both sides list it */
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_user_groups"), 3);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) sandy = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, sandy_id, &error);
    g_autoptr(GListModel) sg = list_of (sandy, "groups");
    DemoRGroup *g0;

    ck_assert_uint_eq (g_list_model_get_n_items (sg), 2);
    g0 = item (sg, 0);
    ck_assert_str_eq (g0->name, "admins");       /* ordered by name */
    g_list_store_remove (G_LIST_STORE (sg), 0);
    commit (session);
  }
  /* Only the association row went. */
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_user_groups"), 2);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_groups"), 2);
  {
    g_autofree char *q = g_strdup_printf ("SELECT COUNT(*) FROM r_user_groups WHERE group_id = %" G_GINT64_FORMAT, admins_id);
    ck_assert_int_eq (count (&db, q), 0);
  }
  /* Deleting a user deletes its association rows, not the groups. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) sandy = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, sandy_id, &error);
    ck_assert (gsql_session_delete (session, sandy, &error));
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_user_groups"), 1);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_groups"), 2);
  db_finish (&db);
}
END_TEST

START_TEST (test_one_to_one)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 uid;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = new_user ("sandy");
    g_autoptr(DemoRProfile) p = g_object_new (DEMO_TYPE_RPROFILE, "bio", "first", NULL);
    g_autoptr(DemoRUser) back = NULL;

    ck_assert (gsql_related_set (u, "profile", p, &error));
    back = get_of (p, "user");
    ck_assert_ptr_eq (back, u);
    ck_assert (gsql_session_add (session, u, &error));
    commit (session);
    uid = u->id;
  }
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, uid, &error);
    g_autoptr(DemoRProfile) p = get_of (u, "profile");
    g_autoptr(DemoRProfile) p2 = g_object_new (DEMO_TYPE_RPROFILE, "bio", "second", NULL);

    ck_assert_ptr_nonnull (p);
    ck_assert_str_eq (p->bio, "first");
    /* Replacing it orphans the first one: delete-orphan deletes it. */
    ck_assert (gsql_related_set (u, "profile", p2, &error));
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_profiles"), 1);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_profiles WHERE bio = 'second'"), 1);
  /* A list accessor on a one-to-one is an error a caller can branch on. */
  {
    g_autoptr(DemoRUser) u = new_user ("x");
    g_autoptr(GListModel) l = gsql_related_list (u, "profile", &error);
    ck_assert_ptr_null (l);
    ck_assert_error_matches (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT);
    g_clear_error (&error);
    ck_assert_ptr_null (gsql_related_list (u, "no-such", &error));
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING);
  }
  db_finish (&db);
}
END_TEST

/* A tree of depth 5, built in memory with generated keys. */
START_TEST (test_self_referential)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 root_id;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRCategory) root = g_object_new (DEMO_TYPE_RCATEGORY, "name", "c0", NULL);
    DemoRCategory *at = root;
    guint depth;

    for (depth = 1; depth < 5; depth++)
      {
        g_autoptr(GListModel) kids = list_of (at, "children");
        g_autoptr(DemoRCategory) a = NULL, b = NULL;
        g_autofree char *na = g_strdup_printf ("c%ua", depth), *nb = g_strdup_printf ("c%ub", depth);

        a = g_object_new (DEMO_TYPE_RCATEGORY, "name", na, NULL);
        b = g_object_new (DEMO_TYPE_RCATEGORY, "name", nb, NULL);
        /* one through the list, one through its parent */
        g_list_store_append (G_LIST_STORE (kids), a);
        ck_assert (gsql_related_set (b, "parent", at, &error));
        ck_assert_uint_eq (g_list_model_get_n_items (kids), 2);
        at = a;
      }
    ck_assert (gsql_session_add (session, root, &error));
    commit (session);
    root_id = root->id;
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_categories"), 9);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_categories WHERE parent_id IS NULL"), 1);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_categories c JOIN r_categories p ON c.parent_id = p.id "
                                "WHERE substr(c.name, 2, 1) = '4' AND p.name = 'c3a'"), 2);
  /* Walk down and up again. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRCategory) root = gsql_session_get_by_id (session, DEMO_TYPE_RCATEGORY, root_id, &error);
    g_autoptr(DemoRCategory) at = g_object_ref (root);
    guint depth;

    for (depth = 1; depth < 5; depth++)
      {
        g_autoptr(GListModel) kids = list_of (at, "children");
        g_autoptr(DemoRCategory) up = NULL;
        DemoRCategory *first;

        ck_assert_uint_eq (g_list_model_get_n_items (kids), 2);
        first = item (kids, 0);
        up = get_of (first, "parent");
        ck_assert_ptr_eq (up, at);
        g_set_object (&at, first);
      }
    /* cascade all: deleting the root deletes the tree, leaves first */
    ck_assert (gsql_session_delete (session, root, &error));
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_categories"), 0);
  db_finish (&db);
}
END_TEST

/* 100 users × 10 addresses */
static void
fill_users (Db *db)
{
  g_autoptr(GsqlSession) session = gsql_session_new (db->engine, db->registry);
  g_autoptr(GError) error = NULL;
  guint u, a;

  for (u = 0; u < 100; u++)
    {
      g_autofree char *name = g_strdup_printf ("user%03u", u);
      g_autoptr(DemoRUser) user = new_user (name);
      g_autoptr(GListModel) addrs = list_of (user, "addresses");

      for (a = 0; a < 10; a++)
        {
          g_autofree char *email = g_strdup_printf ("%u@%s", a, name);
          g_autoptr(DemoRAddress) addr = new_address (email);
          g_list_store_append (G_LIST_STORE (addrs), addr);
        }
      ck_assert (gsql_session_add (session, user, &error));
    }
  commit (session);
}

static guint
load_all (Db *db, GsqlLoadStrategy strategy, gboolean access, GListModel **out)
{
  g_autoptr(GsqlSession) session = gsql_session_new (db->engine, db->registry);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db->users));
  g_autoptr(GListModel) users = NULL;
  g_autoptr(GError) error = NULL;
  guint k, total = 0;

  gsql_select_order_by (q, gsql_mapper_column (db->users, "name"));
  if (strategy != GSQL_LOAD_DEFAULT)
    gsql_select_load (q, "addresses", strategy);
  g_ptr_array_set_size (db->sql, 0);
  users = gsql_session_scalars (session, q, &error);
  ck_assert_msg (users != NULL, "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (g_list_model_get_n_items (users), 100);
  for (k = 0; access && k < 100; k++)
    {
      g_autoptr(DemoRUser) u = g_list_model_get_item (users, k);
      g_autoptr(GListModel) addrs = list_of (u, "addresses");
      g_autofree char *first = g_strdup_printf ("0@user%03u", k);
      ck_assert_uint_eq (g_list_model_get_n_items (addrs), 10);
      ck_assert_str_eq (((DemoRAddress *) item (addrs, 0))->email, first);
      total += g_list_model_get_n_items (addrs);
    }
  if (access)
    ck_assert_uint_eq (total, 1000);
  if (out != NULL)
    *out = g_steal_pointer (&users);
  return n_statements (db);
}

START_TEST (test_loading_strategies)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  guint n;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  fill_users (&db);

  n = load_all (&db, GSQL_LOAD_SELECTIN, TRUE, NULL);
  ck_assert_msg (n == 2, "selectin: %u statements:%s", n, sql_dump (&db));
  n = load_all (&db, GSQL_LOAD_JOINED, TRUE, NULL);
  ck_assert_msg (n == 1, "joined: %u statements:%s", n, sql_dump (&db));
  n = load_all (&db, GSQL_LOAD_SUBQUERY, TRUE, NULL);
  ck_assert_msg (n == 2, "subquery: %u statements:%s", n, sql_dump (&db));
  n = load_all (&db, GSQL_LOAD_DEFAULT, TRUE, NULL);
  ck_assert_msg (n == 101, "lazy: %u statements", n);

  /* raise: access without loading is an error */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(DemoRUser) u = NULL;
    g_autoptr(GListModel) l = NULL;

    gsql_select_where (q, gsql_eq (gsql_mapper_column (db.users, "name"), gsql_str ("user007")));
    gsql_select_load (q, "addresses", GSQL_LOAD_RAISE);
    u = gsql_session_one (session, q, &error);
    ck_assert_ptr_nonnull (u);
    l = gsql_related_list (u, "addresses", &error);
    ck_assert_ptr_null (l);
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_NOT_LOADED);
    g_clear_error (&error);
  }
  /* noload: empty, without SQL */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(DemoRUser) u = NULL;
    g_autoptr(GListModel) l = NULL;

    gsql_select_where (q, gsql_eq (gsql_mapper_column (db.users, "name"), gsql_str ("user007")));
    gsql_select_load (q, "addresses", GSQL_LOAD_NOLOAD);
    u = gsql_session_one (session, q, &error);
    g_ptr_array_set_size (db.sql, 0);
    l = list_of (u, "addresses");
    ck_assert_uint_eq (g_list_model_get_n_items (l), 0);
    ck_assert_uint_eq (n_statements (&db), 0);
  }
  /* joined with LIMIT/OFFSET: the limit counts users, not rows */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(GListModel) users = NULL;
    guint k;

    gsql_select_order_by (q, gsql_desc (gsql_mapper_column (db.users, "name")));
    gsql_select_limit (q, 3);
    gsql_select_offset (q, 2);
    gsql_select_load (q, "addresses", GSQL_LOAD_JOINED);
    g_ptr_array_set_size (db.sql, 0);
    users = gsql_session_scalars (session, q, &error);
    ck_assert_msg (users != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (n_statements (&db), 1);
    ck_assert_uint_eq (g_list_model_get_n_items (users), 3);
    for (k = 0; k < 3; k++)
      {
        g_autoptr(DemoRUser) u = g_list_model_get_item (users, k);
        g_autoptr(GListModel) l = list_of (u, "addresses");
        g_autofree char *name = g_strdup_printf ("user%03u", 97 - k);
        ck_assert_str_eq (u->name, name);
        ck_assert_uint_eq (g_list_model_get_n_items (l), 10);
      }
    ck_assert_uint_eq (n_statements (&db), 1);
  }
  /* nested path: addresses, then each address's user, both selectin */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.addresses));
    g_autoptr(GListModel) addrs = NULL;
    g_autoptr(DemoRUser) u = NULL;

    gsql_select_where (q, gsql_startswith (gsql_mapper_column (db.addresses, "email"), "3@"));
    gsql_select_load (q, "user.groups", GSQL_LOAD_SELECTIN);
    g_ptr_array_set_size (db.sql, 0);
    addrs = gsql_session_scalars (session, q, &error);
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 100);
    ck_assert_msg (n_statements (&db) == 3, "nested: %s", sql_dump (&db));
    u = get_of (item (addrs, 5), "user");
    ck_assert (gsql_related_is_loaded (u, "groups"));
    ck_assert_uint_eq (n_statements (&db), 3);
  }
  /* contains-eager: the query's own join fills the lists */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    GsqlRelationship *rel = gsql_mapper_get_relationship (db.users, "addresses");
    g_autoptr(GListModel) users = NULL;
    g_autoptr(DemoRUser) u = NULL;
    g_autoptr(GListModel) l = NULL;

    gsql_select_join_related (q, rel, GSQL_JOIN_INNER);
    gsql_select_add_entity (q, db.addresses);
    gsql_select_where (q, gsql_startswith (gsql_mapper_column (db.addresses, "email"), "5@"));
    gsql_select_load (q, "addresses", GSQL_LOAD_CONTAINS_EAGER);
    g_ptr_array_set_size (db.sql, 0);
    users = gsql_session_scalars (session, q, &error);
    ck_assert_msg (users != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (users), 100);
    u = g_list_model_get_item (users, 0);
    l = list_of (u, "addresses");
    ck_assert_uint_eq (g_list_model_get_n_items (l), 1);      /* only what the query matched */
    ck_assert (g_str_has_prefix (((DemoRAddress *) item (l, 0))->email, "5@"));
    ck_assert_uint_eq (n_statements (&db), 1);
  }
  db_finish (&db);
}
END_TEST

/* selectin with more owners than one IN list takes: 1,200 categories,
 * keys in chunks of 500 (one SELECT each). */
START_TEST (test_selectin_chunks)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    guint k;

    for (k = 0; k < 1200; k++)
      {
        g_autofree char *name = g_strdup_printf ("root%04u", k);
        g_autoptr(DemoRCategory) c = g_object_new (DEMO_TYPE_RCATEGORY, "name", name, NULL);
        ck_assert (gsql_session_add (session, c, &error));
        if (k % 100 == 0)
          {
            g_autofree char *cn = g_strdup_printf ("child%04u", k);
            g_autoptr(DemoRCategory) child = g_object_new (DEMO_TYPE_RCATEGORY, "name", cn, NULL);
            ck_assert (gsql_related_set (child, "parent", c, &error));
          }
      }
    commit (session);
  }
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.categories));
    g_autoptr(GListModel) roots = NULL;
    guint k, with_children = 0;

    gsql_select_where (q, gsql_is_null (gsql_mapper_column (db.categories, "parent-id")));
    gsql_select_load (q, "children", GSQL_LOAD_SELECTIN);
    g_ptr_array_set_size (db.sql, 0);
    roots = gsql_session_scalars (session, q, &error);
    ck_assert_msg (roots != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (roots), 1200);
    /* the roots and three chunks of children (the option names one level) */
    ck_assert_msg (n_statements (&db) == 4, "%u statements:%s", n_statements (&db), sql_dump (&db));
    for (k = 0; k < 1200; k++)
      {
        g_autoptr(DemoRCategory) r = g_list_model_get_item (roots, k);
        g_autoptr(GListModel) kids = NULL;
        ck_assert (gsql_related_is_loaded (r, "children"));
        kids = list_of (r, "children");
        with_children += g_list_model_get_n_items (kids);
      }
    ck_assert_uint_eq (with_children, 12);
    ck_assert_uint_eq (n_statements (&db), 4);
  }
  db_finish (&db);
}
END_TEST

START_TEST (test_default_strategies)
{
  g_auto(Db) db = { 0, };

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_SELECTIN);
  fill_users (&db);
  {
    guint n = load_all (&db, GSQL_LOAD_DEFAULT, TRUE, NULL);
    ck_assert_msg (n == 2, "default selectin: %u statements:%s", n, sql_dump (&db));
    /* an option overrides the default */
    n = load_all (&db, GSQL_LOAD_JOINED, TRUE, NULL);
    ck_assert_msg (n == 1, "joined over selectin: %u statements:%s", n, sql_dump (&db));
  }
  db_finish (&db);
}
END_TEST

START_TEST (test_querying)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  GsqlRelationship *addresses, *user, *groups;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  fill_users (&db);
  addresses = gsql_mapper_get_relationship (db.users, "addresses");
  user = gsql_mapper_get_relationship (db.addresses, "user");
  groups = gsql_mapper_get_relationship (db.users, "groups");
  ck_assert_int_eq (gsql_relationship_get_direction (addresses), GSQL_RELATIONSHIP_ONE_TO_MANY);
  ck_assert_int_eq (gsql_relationship_get_direction (user), GSQL_RELATIONSHIP_MANY_TO_ONE);
  ck_assert_int_eq (gsql_relationship_get_direction (groups), GSQL_RELATIONSHIP_MANY_TO_MANY);
  ck_assert_ptr_eq (gsql_relationship_get_back (addresses), user);
  ck_assert_int_eq (gsql_relationship_get_direction (gsql_mapper_get_relationship (db.categories, "parent")),
                    GSQL_RELATIONSHIP_MANY_TO_ONE);
  ck_assert_int_eq (gsql_relationship_get_direction (gsql_mapper_get_relationship (db.categories, "children")),
                    GSQL_RELATIONSHIP_ONE_TO_MANY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(GsqlExpr) any = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(GsqlExpr) has = g_object_ref_sink (gsql_select_entity (db.addresses));
    g_autoptr(GsqlExpr) none = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(GsqlExpr) wp = g_object_ref_sink (gsql_select_entity (db.addresses));
    g_autoptr(GListModel) found = NULL;
    g_autoptr(DemoRUser) u = NULL;
    g_autoptr(GListModel) a = NULL;
    g_autoptr(GListModel) h = NULL;
    g_autoptr(GListModel) n = NULL;
    g_autoptr(GListModel) w = NULL;

    /* join along the relationship, no ON clause */
    gsql_select_join_related (q, addresses, GSQL_JOIN_INNER);
    gsql_select_where (q, gsql_eq (gsql_mapper_column (db.addresses, "email"), gsql_str ("4@user042")));
    found = gsql_session_scalars (session, q, &error);
    ck_assert_msg (found != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (found), 1);
    u = g_list_model_get_item (found, 0);
    ck_assert_str_eq (u->name, "user042");

    /* any(): users with some address matching */
    gsql_select_where (any, gsql_relationship_any (addresses, gsql_like (gsql_mapper_column (db.addresses, "email"),
                                                                          gsql_str ("9@user00%"), 0)));
    a = gsql_session_scalars (session, any, &error);
    ck_assert_msg (a != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (a), 10);
    /* has(): addresses whose user matches */
    gsql_select_where (has, gsql_relationship_has (user, gsql_eq (gsql_mapper_column (db.users, "name"),
                                                                   gsql_str ("user013"))));
    h = gsql_session_scalars (session, has, &error);
    ck_assert_msg (h != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (h), 10);
    /* NOT any(): nobody is in a group */
    gsql_select_where (none, gsql_not (gsql_relationship_any (groups, NULL)));
    n = gsql_session_scalars (session, none, &error);
    ck_assert_msg (n != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (n), 100);
    /* with_parent */
    gsql_select_where (wp, gsql_relationship_with_parent (addresses, u));
    w = gsql_session_scalars (session, wp, &error);
    ck_assert_msg (w != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (w), 10);
  }
  /* Aliased entities: a category and its parent in one query. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRCategory) root = g_object_new (DEMO_TYPE_RCATEGORY, "name", "r", NULL);
    g_autoptr(DemoRCategory) a = g_object_new (DEMO_TYPE_RCATEGORY, "name", "a", NULL);
    g_autoptr(DemoRCategory) b = g_object_new (DEMO_TYPE_RCATEGORY, "name", "b", NULL);
    g_autoptr(DemoRCategory) a1 = g_object_new (DEMO_TYPE_RCATEGORY, "name", "a1", NULL);
    GsqlRelationship *parent = gsql_mapper_get_relationship (db.categories, "parent");
    g_autoptr(GsqlExpr) p = g_object_ref_sink (gsql_aliased (db.categories, "parent_category"));
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.categories));
    g_autoptr(GsqlExpr) pairs = g_object_ref_sink (gsql_select_entity (db.categories));
    g_autoptr(GListModel) found = NULL;
    g_autoptr(GPtrArray) rows = NULL;
    guint k;

    ck_assert (gsql_related_set (a, "parent", root, &error));
    ck_assert (gsql_related_set (b, "parent", root, &error));
    ck_assert (gsql_related_set (a1, "parent", a, &error));
    ck_assert (gsql_session_add (session, a1, &error));
    ck_assert (gsql_session_add (session, b, &error));
    commit (session);

    gsql_select_join_related_to (q, parent, p, GSQL_JOIN_INNER);
    gsql_select_where (q, gsql_eq (gsql_aliased_column (p, "name"), gsql_str ("a")));
    found = gsql_session_scalars (session, q, &error);
    ck_assert_msg (found != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (g_list_model_get_n_items (found), 1);
    ck_assert_str_eq (((DemoRCategory *) item (found, 0))->name, "a1");

    gsql_select_join_related_to (pairs, parent, p, GSQL_JOIN_INNER);
    gsql_select_add_aliased_entity (pairs, p);
    gsql_select_order_by (pairs, gsql_mapper_column (db.categories, "name"));
    rows = gsql_session_tuples (session, pairs, &error);
    ck_assert_msg (rows != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_uint_eq (rows->len, 3);
    for (k = 0; k < rows->len; k++)
      {
        GsqlRow *row = g_ptr_array_index (rows, k);
        DemoRCategory *child = g_value_get_object (gsql_row_get_value (row, 0));
        DemoRCategory *par = g_value_get_object (gsql_row_get_value (row, 1));
        g_autoptr(DemoRCategory) up = get_of (child, "parent");
        ck_assert_ptr_eq (up, par);
      }
    ck_assert_str_eq (((DemoRCategory *) g_value_get_object (gsql_row_get_value (g_ptr_array_index (rows, 0), 1)))->name, "r");
  }
  db_finish (&db);
}
END_TEST

START_TEST (test_detached)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;

  db_open (&db, _i, CASCADE_DEFAULT, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = new_user ("sandy");
    ck_assert (gsql_session_add (session, u, &error));
    commit (session);
  }
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(DemoRUser) u = gsql_session_first (session, q, &error);
    g_autoptr(GListModel) l = NULL;

    ck_assert_ptr_nonnull (u);
    gsql_session_close (session);
    ck_assert_int_eq (gsql_object_get_state (u), GSQL_OBJECT_STATE_DETACHED);
    l = gsql_related_list (u, "addresses", &error);
    ck_assert_ptr_null (l);
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_DETACHED);
    g_clear_error (&error);
  }
  /* What was loaded before the session closed stays readable. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (db.users));
    g_autoptr(DemoRUser) u = NULL;
    g_autoptr(GListModel) l = NULL;
    g_autoptr(DemoRAddress) a = new_address ("kept@sandy");

    gsql_select_load (q, "addresses", GSQL_LOAD_SELECTIN);
    u = gsql_session_first (session, q, &error);
    l = list_of (u, "addresses");
    g_list_store_append (G_LIST_STORE (l), a);
    commit (session);
    g_clear_object (&l);
    g_clear_object (&u);
    u = gsql_session_first (session, q, &error);
    gsql_session_close (session);
    l = list_of (u, "addresses");
    ck_assert_uint_eq (g_list_model_get_n_items (l), 1);
    {
      g_autoptr(DemoRUser) back = get_of (item (l, 0), "user");
      ck_assert_ptr_eq (back, u);
    }
  }
  db_finish (&db);
}
END_TEST

/* Rows that point at each other: post-update. */
START_TEST (test_post_update)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 uid;

  db_open (&db, _i, CASCADE_ALL_ORPHAN, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = new_user ("sandy");
    g_autoptr(DemoRAddress) home = new_address ("home@sandy");
    g_autoptr(DemoRAddress) work = new_address ("work@sandy");
    g_autoptr(GListModel) addrs = list_of (u, "addresses");
    g_autoptr(DemoRAddress) fav = NULL;

    g_list_store_append (G_LIST_STORE (addrs), home);
    g_list_store_append (G_LIST_STORE (addrs), work);
    ck_assert (gsql_related_set (u, "favorite", work, &error));
    ck_assert (gsql_session_add (session, u, &error));
    g_ptr_array_set_size (db.sql, 0);
    commit (session);
    uid = u->id;
    ck_assert_int_eq (u->favorite_id, work->id);
    /* INSERT user, INSERT addresses, UPDATE user */
    ck_assert_msg (g_ascii_strncasecmp (g_ptr_array_index (db.sql, db.sql->len - 2), "UPDATE", 6) == 0 ||
                   g_ascii_strncasecmp (g_ptr_array_index (db.sql, db.sql->len - 1), "UPDATE", 6) == 0,
                   "%s", sql_dump (&db));
    fav = get_of (u, "favorite");
    ck_assert_str_eq (fav->email, "work@sandy");
  }
  {
    g_autofree char *q = g_strdup_printf ("SELECT COUNT(*) FROM r_users u JOIN r_addresses a ON u.favorite_id = a.id "
                                          "WHERE a.email = 'work@sandy' AND a.user_id = %" G_GINT64_FORMAT, uid);
    ck_assert_int_eq (count (&db, q), 1);
  }
  /* Deleting both: the key that points back is cleared first. */
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) u = gsql_session_get_by_id (session, DEMO_TYPE_RUSER, uid, &error);
    ck_assert (gsql_session_delete (session, u, &error));
    commit (session);
  }
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_users"), 0);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses"), 0);
  db_finish (&db);
}
END_TEST

/* The merge cascade brings related objects along. */
START_TEST (test_merge_cascade)
{
  g_auto(Db) db = { 0, };
  g_autoptr(GError) error = NULL;
  g_autoptr(DemoRUser) detached = NULL;

  db_open (&db, _i, CASCADE_ALL_ORPHAN, GSQL_LOAD_LAZY);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRAddress) a = new_address ("a@sandy");
    g_autoptr(GListModel) addrs = NULL;

    detached = new_user ("sandy");
    addrs = list_of (detached, "addresses");
    g_list_store_append (G_LIST_STORE (addrs), a);
    ck_assert (gsql_session_add (session, detached, &error));
    gsql_session_set_expire_on_commit (session, FALSE);
    commit (session);
    gsql_session_expunge (session, detached);
    /* the expunge cascade took the address along */
    ck_assert_int_eq (gsql_object_get_state (a), GSQL_OBJECT_STATE_DETACHED);
  }
  ck_assert_int_eq (gsql_object_get_state (detached), GSQL_OBJECT_STATE_DETACHED);
  {
    g_autoptr(GsqlSession) session = gsql_session_new (db.engine, db.registry);
    g_autoptr(DemoRUser) merged = NULL;
    g_autoptr(DemoRAddress) extra = new_address ("b@sandy");
    g_autoptr(GListModel) src = NULL;
    g_autoptr(GListModel) addrs = NULL;

    /* a detached object keeps what it loaded */
    src = list_of (detached, "addresses");
    ck_assert_uint_eq (g_list_model_get_n_items (src), 1);
    g_list_store_remove (G_LIST_STORE (src), 0);
    g_list_store_append (G_LIST_STORE (src), extra);
    merged = gsql_session_merge (session, detached, &error);
    ck_assert_msg (merged != NULL, "%s", gsql_test_describe_error (error));
    ck_assert_ptr_ne (merged, detached);
    addrs = list_of (merged, "addresses");
    ck_assert_uint_eq (g_list_model_get_n_items (addrs), 1);
    commit (session);
  }
  /* the list replaced the old one: a@sandy was orphaned and deleted */
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses"), 1);
  ck_assert_int_eq (count (&db, "SELECT COUNT(*) FROM r_addresses WHERE email = 'b@sandy'"), 1);
  g_clear_object (&detached);
  db_finish (&db);
}
END_TEST

/* Mapping mistakes are GErrors at configure time. */
START_TEST (test_mapping_errors)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(GsqlRegistry) r = gsql_registry_new ();
    GsqlMapper *u = gsql_registry_map (r, DEMO_TYPE_RUSER, "e_users");
    gsql_mapper_exclude (u, "addresses");
    GsqlMapper *g = gsql_registry_map (r, DEMO_TYPE_RGROUP, "e_groups");
    gsql_mapper_set_primary_key (u, "id", NULL);
    gsql_mapper_set_primary_key (g, "id", NULL);
    gsql_mapper_add_relationship (u, "groups", DEMO_TYPE_RGROUP);
    ck_assert (!gsql_registry_configure (r, &error));
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING);
    ck_assert_msg (strstr (error->message, "groups") != NULL && strstr (error->message, "foreign key") != NULL,
                   "%s", error->message);
    g_clear_error (&error);
  }
  {
    /* Two keys between the same tables: ambiguous until one is named. */
    g_autoptr(GsqlRegistry) r = gsql_registry_new ();
    GsqlMapper *u = gsql_registry_map (r, DEMO_TYPE_RUSER, "e_users");
    gsql_mapper_exclude (u, "addresses");
    GsqlMapper *c = gsql_registry_map (r, DEMO_TYPE_RCATEGORY, "e_cats");
    GsqlRelationship *rel;
    gsql_mapper_set_primary_key (u, "id", NULL);
    gsql_mapper_set_primary_key (c, "id", NULL);
    gsql_mapper_set_column (c, "id", "foreign-key", "e_users.id", NULL);
    gsql_mapper_set_column (c, "parent-id", "foreign-key", "e_users.id", NULL);
    rel = gsql_mapper_add_relationship (c, "owner", DEMO_TYPE_RUSER);
    ck_assert (!gsql_registry_configure (r, &error));
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING);
    ck_assert_msg (strstr (error->message, "several") != NULL, "%s", error->message);
    g_clear_error (&error);
    (void) rel;
  }
  {
    g_autoptr(GsqlRegistry) r = gsql_registry_new ();
    GsqlMapper *u = gsql_registry_map (r, DEMO_TYPE_RUSER, "e_users");
    gsql_mapper_exclude (u, "addresses");
    GsqlMapper *c = gsql_registry_map (r, DEMO_TYPE_RCATEGORY, "e_cats");
    GsqlRelationship *rel;
    gsql_mapper_set_primary_key (u, "id", NULL);
    gsql_mapper_set_primary_key (c, "id", NULL);
    gsql_mapper_set_column (c, "name", "length", 10, NULL);
    gsql_mapper_set_column (c, "parent-id", "foreign-key", "e_users.id", NULL);
    rel = gsql_mapper_add_relationship (c, "owner", DEMO_TYPE_RUSER);
    gsql_relationship_set_foreign_keys (rel, (const char *[]) { "parent_id", NULL });
    gsql_relationship_set_back_populates (rel, "nothing");
    ck_assert (!gsql_registry_configure (r, &error));
    ck_assert_error_matches (error, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING);
    ck_assert_msg (strstr (error->message, "nothing") != NULL, "%s", error->message);
  }
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *mapping, *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("orm/relationships");
  mapping = gsql_test_tcase_new ("orm/relationships/mapping");
  tcase_add_test (mapping, test_mapping_errors);
  suite_add_tcase (s, mapping);

  tc = gsql_test_tcase_new ("orm/relationships");
  gsql_test_add_backend_test (tc, test_one_to_many, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_cascades, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_many_to_many, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_one_to_one, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_self_referential, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_loading_strategies, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_default_strategies, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_selectin_chunks, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_querying, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_detached, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_post_update, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_merge_cascade, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
