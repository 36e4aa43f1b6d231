/* test-inheritance.c: single-table and joined-table inheritance on every backend
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include <check.h>
#include <libsqlorm/sqlorm.h>

#include "tests/gsql-test.h"

/* DemoPerson {id, name, kind} ← DemoEmployee {salary} ← DemoManager {reports} */
#define DEMO_TYPE_PERSON (demo_person_get_type ())
G_DECLARE_DERIVABLE_TYPE (DemoPerson, demo_person, DEMO, PERSON, GObject)
struct _DemoPersonClass { GObjectClass parent_class; };
typedef struct { gint64 id; char *name; char *kind; } DemoPersonPrivate;
G_DEFINE_TYPE_WITH_PRIVATE (DemoPerson, demo_person, G_TYPE_OBJECT)

#define DEMO_TYPE_EMPLOYEE (demo_employee_get_type ())
G_DECLARE_DERIVABLE_TYPE (DemoEmployee, demo_employee, DEMO, EMPLOYEE, DemoPerson)
struct _DemoEmployeeClass { DemoPersonClass parent_class; };
typedef struct { int salary; } DemoEmployeePrivate;
G_DEFINE_TYPE_WITH_PRIVATE (DemoEmployee, demo_employee, DEMO_TYPE_PERSON)

#define DEMO_TYPE_MANAGER (demo_manager_get_type ())
G_DECLARE_FINAL_TYPE (DemoManager, demo_manager, DEMO, MANAGER, DemoEmployee)
struct _DemoManager { DemoEmployee parent_instance; int reports; };
G_DEFINE_TYPE (DemoManager, demo_manager, DEMO_TYPE_EMPLOYEE)

static guint n_live;

static void
person_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  DemoPersonPrivate *p = demo_person_get_instance_private (DEMO_PERSON (o));
  switch (id)
    {
    case 1: g_value_set_int64 (v, p->id); break;
    case 2: g_value_set_string (v, p->name); break;
    case 3: g_value_set_string (v, p->kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
person_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  DemoPersonPrivate *p = demo_person_get_instance_private (DEMO_PERSON (o));
  switch (id)
    {
    case 1: p->id = g_value_get_int64 (v); break;
    case 2: g_free (p->name); p->name = g_value_dup_string (v); break;
    case 3: g_free (p->kind); p->kind = g_value_dup_string (v); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
person_finalize (GObject *o)
{
  DemoPersonPrivate *p = demo_person_get_instance_private (DEMO_PERSON (o));
  g_free (p->name);
  g_free (p->kind);
  n_live--;
  G_OBJECT_CLASS (demo_person_parent_class)->finalize (o);
}

static void
demo_person_class_init (DemoPersonClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = person_get;
  oc->set_property = person_set;
  oc->finalize = person_finalize;
  g_object_class_install_property (oc, 1, g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 2, g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 3, g_param_spec_string ("kind", NULL, NULL, NULL, G_PARAM_READWRITE));
}

static void demo_person_init (DemoPerson *self) { n_live++; }

static void
employee_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  if (id == 1)
    g_value_set_int (v, ((DemoEmployeePrivate *) demo_employee_get_instance_private (DEMO_EMPLOYEE (o)))->salary);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
employee_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  if (id == 1)
    ((DemoEmployeePrivate *) demo_employee_get_instance_private (DEMO_EMPLOYEE (o)))->salary = g_value_get_int (v);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
demo_employee_class_init (DemoEmployeeClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = employee_get;
  oc->set_property = employee_set;
  g_object_class_install_property (oc, 1, g_param_spec_int ("salary", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE));
}

static void demo_employee_init (DemoEmployee *self) {}

static void
manager_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  if (id == 1)
    g_value_set_int (v, DEMO_MANAGER (o)->reports);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
manager_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  if (id == 1)
    DEMO_MANAGER (o)->reports = g_value_get_int (v);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
demo_manager_class_init (DemoManagerClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = manager_get;
  oc->set_property = manager_set;
  g_object_class_install_property (oc, 1, g_param_spec_int ("reports", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE));
}

static void demo_manager_init (DemoManager *self) {}

static GsqlRegistry *
make_registry (GsqlMapper **people, GsqlMapper **employees)
{
  GsqlRegistry *registry = gsql_registry_new ();

  *people = gsql_registry_map (registry, DEMO_TYPE_PERSON, "inh_person");
  gsql_mapper_set_primary_key (*people, "id", NULL);
  gsql_mapper_set_column (*people, "name", "length", 40, NULL);
  gsql_mapper_set_column (*people, "kind", "length", 20, NULL);
  gsql_mapper_set_discriminator (*people, "kind", "person");
  *employees = gsql_registry_map_subclass (registry, DEMO_TYPE_EMPLOYEE, "employee");
  gsql_registry_map_subclass (registry, DEMO_TYPE_MANAGER, "manager");
  return registry;
}

START_TEST (test_single_table)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GError) error = NULL;
  GsqlMapper *people, *employees;
  g_autoptr(GsqlRegistry) registry = make_registry (&people, &employees);
  GsqlMetaData *md = gsql_registry_get_metadata (registry);
  guint live0 = n_live;

  ck_assert_msg (gsql_registry_configure (registry, &error), "%s", gsql_test_describe_error (error));
  /* One table with the subclasses' columns, nullable. */
  {
    GsqlTable *t = gsql_mapper_get_table (people);
    ck_assert_ptr_eq (gsql_mapper_get_table (employees), t);
    ck_assert_ptr_nonnull (gsql_table_get_column (t, "salary"));
    ck_assert_ptr_nonnull (gsql_table_get_column (t, "reports"));
    ck_assert (gsql_column_get_nullable (gsql_table_get_column (t, "salary")));
  }
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_registry_create_all (registry, engine, &error), "%s", gsql_test_describe_error (error));

  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(GObject) p = g_object_new (DEMO_TYPE_PERSON, "name", "pat", NULL);
    g_autoptr(GObject) e = g_object_new (DEMO_TYPE_EMPLOYEE, "name", "eve", "salary", 100, NULL);
    g_autoptr(GObject) m = g_object_new (DEMO_TYPE_MANAGER, "name", "max", "salary", 200, "reports", 3, NULL);
    g_autoptr(GsqlExpr) all = NULL;
    g_autoptr(GsqlExpr) staff = NULL;
    g_autoptr(GListModel) everyone = NULL;
    g_autoptr(GListModel) workers = NULL;
    g_autofree char *kind = NULL;

    ck_assert (gsql_session_add (session, p, &error));
    ck_assert (gsql_session_add (session, e, &error));
    ck_assert (gsql_session_add (session, m, &error));
    ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
    g_object_get (m, "kind", &kind, NULL);
    ck_assert_str_eq (kind, "manager");

    /* The base class's query gives each row its own class. */
    gsql_session_expunge (session, p);
    gsql_session_expunge (session, e);
    gsql_session_expunge (session, m);
    all = g_object_ref_sink (gsql_select_entity (people));
    gsql_select_order_by (all, gsql_mapper_column (people, "name"));
    everyone = gsql_session_scalars (session, all, &error);
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (g_list_model_get_n_items (everyone), 3);
    {
      g_autoptr(GObject) o0 = g_list_model_get_item (everyone, 0);
      g_autoptr(GObject) o1 = g_list_model_get_item (everyone, 1);
      g_autoptr(GObject) o2 = g_list_model_get_item (everyone, 2);
      int salary = 0, reports = 0;

      ck_assert (G_OBJECT_TYPE (o0) == DEMO_TYPE_EMPLOYEE);   /* eve */
      ck_assert (G_OBJECT_TYPE (o1) == DEMO_TYPE_MANAGER);    /* max */
      ck_assert (G_OBJECT_TYPE (o2) == DEMO_TYPE_PERSON);     /* pat */
      g_object_get (o1, "salary", &salary, "reports", &reports, NULL);
      ck_assert_int_eq (salary, 200);
      ck_assert_int_eq (reports, 3);
      ck_assert (o0 != e);   /* new instances: the old ones were expunged */
    }

    /* A subclass's query gives its rows and its subclasses' only. */
    staff = g_object_ref_sink (gsql_select_entity (employees));
    gsql_select_order_by (staff, gsql_mapper_column (employees, "name"));
    workers = gsql_session_scalars (session, staff, &error);
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (g_list_model_get_n_items (workers), 2);
    {
      g_autoptr(GObject) w0 = g_list_model_get_item (workers, 0);
      g_autoptr(GObject) in_everyone = g_list_model_get_item (everyone, 0);
      /* the same row is the same object, whichever class asked */
      ck_assert_ptr_eq (w0, in_everyone);
    }

    /* get() through the base type finds the subclass's object. */
    {
      gint64 id = 0;
      g_autoptr(GObject) via_base = NULL;
      g_autoptr(GObject) first = g_list_model_get_item (workers, 1);
      g_object_get (first, "id", &id, NULL);
      via_base = gsql_session_get_by_id (session, DEMO_TYPE_PERSON, id, &error);
      gsql_test_assert_no_error (error);
      ck_assert_ptr_eq (via_base, first);
    }
    printf ("#   %s: single-table inheritance: 3 rows, 3 classes\n", gsql_test_backend_name (backend));
  }
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (n_live, live0);
}
END_TEST

/* The same classes with joined-table inheritance: each subclass's
 * properties in a table of its own, keyed by the root's key. */
START_TEST (test_joined_table)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlRegistry) registry = gsql_registry_new ();
  GsqlMetaData *md = gsql_registry_get_metadata (registry);
  GsqlMapper *people, *employees, *managers;
  guint live0 = n_live;

  /* A joined subclass needs the root's discriminator to know each row's class. */
  {
    g_autoptr(GsqlRegistry) bad = gsql_registry_new ();
    GsqlMapper *root = gsql_registry_map (bad, DEMO_TYPE_PERSON, "inh_jperson");
    g_autoptr(GError) local = NULL;

    gsql_mapper_set_primary_key (root, "id", NULL);
    gsql_registry_map_joined (bad, DEMO_TYPE_EMPLOYEE, "inh_jemployee", "employee");
    ck_assert (!gsql_registry_configure (bad, &local));
    ck_assert (g_error_matches (local, GSQL_ORM_ERROR, GSQL_ORM_ERROR_MAPPING));
  }
  people = gsql_registry_map (registry, DEMO_TYPE_PERSON, "inh_jperson");
  gsql_mapper_set_primary_key (people, "id", NULL);
  gsql_mapper_set_column (people, "name", "length", 40, NULL);
  gsql_mapper_set_column (people, "kind", "length", 20, NULL);
  gsql_mapper_set_discriminator (people, "kind", "person");
  employees = gsql_registry_map_joined (registry, DEMO_TYPE_EMPLOYEE, "inh_jemployee", "employee");
  managers = gsql_registry_map_joined (registry, DEMO_TYPE_MANAGER, "inh_jmanager", "manager");
  ck_assert_msg (gsql_registry_configure (registry, &error), "%s", gsql_test_describe_error (error));
  {
    GsqlTable *pt = gsql_mapper_get_table (people);
    GsqlTable *et = gsql_mapper_get_table (employees);
    GsqlTable *mt = gsql_mapper_get_table (managers);
    g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (mt);

    ck_assert_ptr_ne (et, pt);
    ck_assert_ptr_null (gsql_table_get_column (pt, "salary"));
    ck_assert_uint_eq (gsql_table_get_n_columns (et), 2);   /* id, salary */
    ck_assert_ptr_nonnull (gsql_table_get_column (et, "salary"));
    ck_assert_ptr_nonnull (gsql_table_get_column (mt, "reports"));
    ck_assert_ptr_null (gsql_table_get_column (mt, "salary"));
    ck_assert_uint_eq (fks->len, 1);
    ck_assert_str_eq (gsql_constraint_get_referred_table (g_ptr_array_index (fks, 0)), "inh_jemployee");
  }
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_registry_create_all (registry, engine, &error), "%s", gsql_test_describe_error (error));
  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);
    g_autoptr(GObject) p = g_object_new (DEMO_TYPE_PERSON, "name", "pat", NULL);
    g_autoptr(GObject) e = g_object_new (DEMO_TYPE_EMPLOYEE, "name", "eve", "salary", 100, NULL);
    g_autoptr(GObject) m = g_object_new (DEMO_TYPE_MANAGER, "name", "max", "salary", 200, "reports", 3, NULL);
    g_autoptr(GObject) m2 = g_object_new (DEMO_TYPE_MANAGER, "name", "mia", "salary", 300, "reports", 5, NULL);
    g_autoptr(GsqlExpr) all = NULL;
    g_autoptr(GsqlExpr) staff = NULL;
    g_autoptr(GListModel) everyone = NULL;
    g_autoptr(GListModel) workers = NULL;
    gint64 max_id = 0, eve_id = 0;

    ck_assert (gsql_session_add (session, p, &error));
    ck_assert (gsql_session_add (session, e, &error));
    ck_assert (gsql_session_add (session, m, &error));
    ck_assert (gsql_session_add (session, m2, &error));
    ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
    g_object_get (m, "id", &max_id, NULL);
    g_object_get (e, "id", &eve_id, NULL);
    ck_assert_int_gt (max_id, 0);
    /* A row per table of each object's class chain, under one key. */
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jperson"), 4);
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jemployee"), 3);
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jmanager"), 2);
    {
      g_autofree char *sql = g_strdup_printf ("SELECT reports FROM inh_jmanager WHERE id = %" G_GINT64_FORMAT, max_id);
      ck_assert_int_eq (gsql_test_query_int64 (conn, sql), 3);
    }

    /* Loading through the root joins every table: each row its own class,
     * with all its values. */
    gsql_session_expunge (session, p);
    gsql_session_expunge (session, e);
    gsql_session_expunge (session, m);
    gsql_session_expunge (session, m2);
    all = g_object_ref_sink (gsql_select_entity (people));
    gsql_select_order_by (all, gsql_mapper_column (people, "name"));
    everyone = gsql_session_scalars (session, all, &error);
    gsql_test_assert_no_error (error);
    ck_assert_uint_eq (g_list_model_get_n_items (everyone), 4);
    {
      g_autoptr(GObject) o0 = g_list_model_get_item (everyone, 0);   /* eve */
      g_autoptr(GObject) o1 = g_list_model_get_item (everyone, 1);   /* max */
      g_autoptr(GObject) o2 = g_list_model_get_item (everyone, 2);   /* mia */
      g_autoptr(GObject) o3 = g_list_model_get_item (everyone, 3);   /* pat */
      int salary = 0, reports = 0;

      ck_assert (G_OBJECT_TYPE (o0) == DEMO_TYPE_EMPLOYEE);
      ck_assert (G_OBJECT_TYPE (o1) == DEMO_TYPE_MANAGER);
      ck_assert (G_OBJECT_TYPE (o2) == DEMO_TYPE_MANAGER);
      ck_assert (G_OBJECT_TYPE (o3) == DEMO_TYPE_PERSON);
      g_object_get (o0, "salary", &salary, NULL);
      ck_assert_int_eq (salary, 100);
      g_object_get (o1, "salary", &salary, "reports", &reports, NULL);
      ck_assert_int_eq (salary, 200);
      ck_assert_int_eq (reports, 3);

      /* Changes to properties of two tables: an UPDATE on each. */
      g_object_set (o1, "name", "maxine", "salary", 250, "reports", 4, NULL);
      ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
      {
        g_autofree char *q1 = g_strdup_printf ("SELECT salary FROM inh_jemployee WHERE id = %" G_GINT64_FORMAT, max_id);
        g_autofree char *q2 = g_strdup_printf ("SELECT reports FROM inh_jmanager WHERE id = %" G_GINT64_FORMAT, max_id);
        g_autofree char *q3 = g_strdup_printf ("SELECT count(*) FROM inh_jperson WHERE name = 'maxine' AND id = %" G_GINT64_FORMAT, max_id);
        ck_assert_int_eq (gsql_test_query_int64 (conn, q1), 250);
        ck_assert_int_eq (gsql_test_query_int64 (conn, q2), 4);
        ck_assert_int_eq (gsql_test_query_int64 (conn, q3), 1);
      }

      /* A subclass's query: its rows and its subclasses'. */
      staff = g_object_ref_sink (gsql_select_entity (employees));
      gsql_select_where (staff, gsql_gt (gsql_mapper_column (employees, "salary"), gsql_int (150)));
      gsql_select_order_by (staff, gsql_mapper_column (employees, "name"));
      workers = gsql_session_scalars (session, staff, &error);
      gsql_test_assert_no_error (error);
      ck_assert_uint_eq (g_list_model_get_n_items (workers), 2);
      {
        g_autoptr(GObject) w0 = g_list_model_get_item (workers, 0);
        ck_assert_ptr_eq (w0, o1);   /* one object per row */
      }

      /* get() through the root finds the subclass's object. */
      {
        g_autoptr(GObject) via_base = gsql_session_get_by_id (session, DEMO_TYPE_PERSON, eve_id, &error);
        gsql_test_assert_no_error (error);
        ck_assert_ptr_eq (via_base, o0);
      }

      /* Deleting removes the object's row from every table. */
      ck_assert (gsql_session_delete (session, o1, &error));
      ck_assert (gsql_session_delete (session, o0, &error));
      ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
      ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jperson"), 2);
      ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jemployee"), 1);
      ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_jmanager"), 1);
    }
    printf ("#   %s: joined-table inheritance: 4 objects over 3 tables, updated and deleted per table\n",
            gsql_test_backend_name (backend));
  }
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (n_live, live0);
}
END_TEST

/* DemoNode {id, parent-id, label}: an adjacency tree in one table */
#define DEMO_TYPE_NODE (demo_node_get_type ())
G_DECLARE_FINAL_TYPE (DemoNode, demo_node, DEMO, NODE, GObject)
struct _DemoNode { GObject parent_instance; gint64 id; gint64 parent_id; char *label; };
G_DEFINE_TYPE (DemoNode, demo_node, G_TYPE_OBJECT)

static void
node_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  DemoNode *n = DEMO_NODE (o);
  switch (id)
    {
    case 1: g_value_set_int64 (v, n->id); break;
    case 2: g_value_set_int64 (v, n->parent_id); break;
    case 3: g_value_set_string (v, n->label); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
node_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  DemoNode *n = DEMO_NODE (o);
  switch (id)
    {
    case 1: n->id = g_value_get_int64 (v); break;
    case 2: n->parent_id = g_value_get_int64 (v); break;
    case 3: g_free (n->label); n->label = g_value_dup_string (v); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
    }
}

static void
node_finalize (GObject *o)
{
  g_free (DEMO_NODE (o)->label);
  n_live--;
  G_OBJECT_CLASS (demo_node_parent_class)->finalize (o);
}

static void
demo_node_class_init (DemoNodeClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = node_get;
  oc->set_property = node_set;
  oc->finalize = node_finalize;
  g_object_class_install_property (oc, 1, g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 2, g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 3, g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READWRITE));
}

static void demo_node_init (DemoNode *self) { n_live++; }

static gboolean
zero_is_null (GsqlSqlType *type, const char *dialect, const GValue *value, GValue *out,
              gpointer user_data, GError **error)
{
  gint64 v = G_VALUE_HOLDS_INT64 (value) ? g_value_get_int64 (value) : 0;

  if (v != 0)
    {
      g_value_init (out, G_TYPE_INT64);
      g_value_set_int64 (out, v);
    }
  return TRUE;
}

/* A tree added leaves first: the flush inserts parents before children and
 * deletes children before parents, which databases that check foreign keys
 * row by row (MariaDB) insist on. */
START_TEST (test_self_referencing_rows)
{
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlRegistry) registry = gsql_registry_new ();
  GsqlMapper *nodes = gsql_registry_map (registry, DEMO_TYPE_NODE, "inh_node");
  GsqlMetaData *md = gsql_registry_get_metadata (registry);
  guint live0 = n_live;
  /* id, parent: 5→4→2→1, 3→1; the root's parent is 0, stored as NULL */
  static const gint64 tree[][2] = { { 5, 4 }, { 4, 2 }, { 3, 1 }, { 2, 1 }, { 1, 0 } };

  gsql_mapper_set_primary_key (nodes, "id", NULL);
  /* An integer property has no NULL: a custom type stores 0 as NULL. */
  gsql_mapper_set_column (nodes, "parent-id", "foreign-key", "inh_node.id",
                          "sql-type", gsql_sql_type_new_custom (gsql_sql_type_big_integer_new (), G_TYPE_INT64,
                                                                zero_is_null, NULL, NULL, NULL),
                          NULL);
  ck_assert_msg (gsql_registry_configure (registry, &error), "%s", gsql_test_describe_error (error));
  gsql_metadata_drop_all (md, engine, TRUE, NULL, NULL);
  ck_assert_msg (gsql_registry_create_all (registry, engine, &error), "%s", gsql_test_describe_error (error));
  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

    /* SQLite checks foreign keys only when asked, on each connection. */
    if (backend == GSQL_TEST_SQLITE)
      gsql_test_exec (conn, "PRAGMA foreign_keys = ON");
    for (guint k = 0; k < G_N_ELEMENTS (tree); k++)
      {
        DemoNode *n = g_object_new (DEMO_TYPE_NODE, "id", tree[k][0], "label", "node", NULL);
        n->parent_id = tree[k][1];
        g_ptr_array_add (all, n);
      }
    ck_assert (gsql_session_add_all (session, all, &error));
    ck_assert_msg (gsql_session_flush (session, &error), "%s", gsql_test_describe_error (error));
    ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_node"), 5);
    for (guint k = 0; k < all->len; k++)
      ck_assert (gsql_session_delete (session, g_ptr_array_index (all, k), &error));
    ck_assert_msg (gsql_session_commit (session, &error), "%s", gsql_test_describe_error (error));
    ck_assert_int_eq (gsql_test_query_int64 (conn, "SELECT count(*) FROM inh_node"), 0);
    printf ("#   %s: a tree added leaves first was inserted and deleted in order\n",
            gsql_test_backend_name (backend));
  }
  ck_assert_msg (gsql_metadata_drop_all (md, engine, TRUE, NULL, &error), "%s", gsql_test_describe_error (error));
  ck_assert_uint_eq (n_live, live0);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("orm/inheritance");
  tc = gsql_test_tcase_new ("orm/inheritance/single-table");
  gsql_test_add_backend_test (tc, test_single_table, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_joined_table, GSQL_TEST_ALL_BACKENDS, NULL);
  gsql_test_add_backend_test (tc, test_self_referencing_rows, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
