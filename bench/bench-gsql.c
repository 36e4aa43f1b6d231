/* bench-gsql: gsql's side of the benchmark suite
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   bench-gsql URL setup            create the tables and the rows the reading
 *                                   scenarios use
 *   bench-gsql URL SCENARIO         time one scenario (see bench/README.md)
 *
 * One scenario per process, so that the peak RSS reported is that
 * scenario's.  Sizes scale with GSQL_BENCH_SCALE; results are printed as
 * RESULT lines (bench-common.h) for bench/run-bench.
 */
#include <libsqlorm/sqlorm.h>
#include "bench-common.h"

/* --- the model: BenchRow {id, name, value, n} and its mapped subclasses,
 * BenchParent {id, name} with children BenchChild {id, parent-id, name} -- */

#define BENCH_TYPE_ROW (bench_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (BenchRow, bench_row, BENCH, ROW, GObject)
struct _BenchRowClass { GObjectClass parent_class; };
typedef struct { gint64 id; char *name; double value; gint64 n; } BenchRowPrivate;
G_DEFINE_TYPE_WITH_PRIVATE (BenchRow, bench_row, G_TYPE_OBJECT)

enum { RPROP_0, RPROP_ID, RPROP_NAME, RPROP_VALUE, RPROP_N, N_RPROPS };

static void
bench_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BenchRowPrivate *p = bench_row_get_instance_private (BENCH_ROW (object));

  switch (prop_id)
    {
    case RPROP_ID: g_value_set_int64 (value, p->id); break;
    case RPROP_NAME: g_value_set_string (value, p->name); break;
    case RPROP_VALUE: g_value_set_double (value, p->value); break;
    case RPROP_N: g_value_set_int64 (value, p->n); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BenchRowPrivate *p = bench_row_get_instance_private (BENCH_ROW (object));

  switch (prop_id)
    {
    case RPROP_ID: p->id = g_value_get_int64 (value); break;
    case RPROP_NAME: g_free (p->name); p->name = g_value_dup_string (value); break;
    case RPROP_VALUE: p->value = g_value_get_double (value); break;
    case RPROP_N: p->n = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_row_finalize (GObject *object)
{
  BenchRowPrivate *p = bench_row_get_instance_private (BENCH_ROW (object));

  g_free (p->name);
  G_OBJECT_CLASS (bench_row_parent_class)->finalize (object);
}

static void
bench_row_class_init (BenchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamSpec *props[N_RPROPS] = { NULL, };

  object_class->get_property = bench_row_get_property;
  object_class->set_property = bench_row_set_property;
  object_class->finalize = bench_row_finalize;
  props[RPROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  props[RPROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  props[RPROP_VALUE] = g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                                            G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  props[RPROP_N] = g_param_spec_int64 ("n", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_RPROPS, props);
}

static void bench_row_init (BenchRow *self) { }

static gint64
row_id (gpointer obj)
{
  return ((BenchRowPrivate *) bench_row_get_instance_private (obj))->id;
}

/* Three tables of the same shape: read, write and stream. */
#define BENCH_TYPE_ITEM (bench_item_get_type ())
G_DECLARE_FINAL_TYPE (BenchItem, bench_item, BENCH, ITEM, BenchRow)
struct _BenchItem { BenchRow parent_instance; };
G_DEFINE_FINAL_TYPE (BenchItem, bench_item, BENCH_TYPE_ROW)
static void bench_item_class_init (BenchItemClass *klass) { }
static void bench_item_init (BenchItem *self) { }

#define BENCH_TYPE_WRITE (bench_write_get_type ())
G_DECLARE_FINAL_TYPE (BenchWrite, bench_write, BENCH, WRITE, BenchRow)
struct _BenchWrite { BenchRow parent_instance; };
G_DEFINE_FINAL_TYPE (BenchWrite, bench_write, BENCH_TYPE_ROW)
static void bench_write_class_init (BenchWriteClass *klass) { }
static void bench_write_init (BenchWrite *self) { }

#define BENCH_TYPE_STREAM (bench_stream_get_type ())
G_DECLARE_FINAL_TYPE (BenchStream, bench_stream, BENCH, STREAM, BenchRow)
struct _BenchStream { BenchRow parent_instance; };
G_DEFINE_FINAL_TYPE (BenchStream, bench_stream, BENCH_TYPE_ROW)
static void bench_stream_class_init (BenchStreamClass *klass) { }
static void bench_stream_init (BenchStream *self) { }

#define BENCH_TYPE_PARENT (bench_parent_get_type ())
G_DECLARE_FINAL_TYPE (BenchParent, bench_parent, BENCH, PARENT, GObject)
struct _BenchParent { GObject parent_instance; gint64 id; char *name; };
G_DEFINE_FINAL_TYPE (BenchParent, bench_parent, G_TYPE_OBJECT)

static void
bench_parent_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BenchParent *self = BENCH_PARENT (object);

  switch (prop_id)
    {
    case 1: g_value_set_int64 (value, self->id); break;
    case 2: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_parent_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BenchParent *self = BENCH_PARENT (object);

  switch (prop_id)
    {
    case 1: self->id = g_value_get_int64 (value); break;
    case 2: g_free (self->name); self->name = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_parent_finalize (GObject *object)
{
  g_free (BENCH_PARENT (object)->name);
  G_OBJECT_CLASS (bench_parent_parent_class)->finalize (object);
}

static void
bench_parent_class_init (BenchParentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = bench_parent_get_property;
  object_class->set_property = bench_parent_set_property;
  object_class->finalize = bench_parent_finalize;
  g_object_class_install_property (object_class, 1,
      g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 2,
      g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
}

static void bench_parent_init (BenchParent *self) { }

#define BENCH_TYPE_CHILD (bench_child_get_type ())
G_DECLARE_FINAL_TYPE (BenchChild, bench_child, BENCH, CHILD, GObject)
struct _BenchChild { GObject parent_instance; gint64 id; gint64 parent_id; char *name; };
G_DEFINE_FINAL_TYPE (BenchChild, bench_child, G_TYPE_OBJECT)

static void
bench_child_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BenchChild *self = BENCH_CHILD (object);

  switch (prop_id)
    {
    case 1: g_value_set_int64 (value, self->id); break;
    case 2: g_value_set_int64 (value, self->parent_id); break;
    case 3: g_value_set_string (value, self->name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_child_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BenchChild *self = BENCH_CHILD (object);

  switch (prop_id)
    {
    case 1: self->id = g_value_get_int64 (value); break;
    case 2: self->parent_id = g_value_get_int64 (value); break;
    case 3: g_free (self->name); self->name = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bench_child_finalize (GObject *object)
{
  g_free (BENCH_CHILD (object)->name);
  G_OBJECT_CLASS (bench_child_parent_class)->finalize (object);
}

static void
bench_child_class_init (BenchChildClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = bench_child_get_property;
  object_class->set_property = bench_child_set_property;
  object_class->finalize = bench_child_finalize;
  g_object_class_install_property (object_class, 1,
      g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 2,
      g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, 3,
      g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
}

static void bench_child_init (BenchChild *self) { }

/* --- context ------------------------------------------------------------ */

typedef struct {
  GsqlEngine *engine;
  GsqlRegistry *registry;
  GsqlMapper *items, *writes, *streams, *parents, *children;
  long n_rows;        /* bench_item rows: 100,000 */
  long n_stream;      /* bench_stream rows: 1,000,000 */
  long n_parents;     /* 1,000, 10 children each */
  long n_small;       /* get-by-pk, single inserts, updates: 10,000 */
  guint n_statements; /* counted by the before-execute handler */
} Ctx;

static void
die (const char *what, GError *error)
{
  fprintf (stderr, "bench-gsql: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static void
count_statement (GsqlEngine *engine, GsqlConnection *conn, const char *sql, guint n_sets, gpointer data)
{
  ((Ctx *) data)->n_statements++;
}

static void
map_row (GsqlMapper *m)
{
  gsql_mapper_set_primary_key (m, "id", NULL);
  gsql_mapper_set_column (m, "name", "length", 50, NULL);
}

static void
ctx_init (Ctx *ctx, const char *url)
{
  GError *error = NULL;
  GsqlRelationship *rel;

  ctx->n_rows = bench_n (100000);
  ctx->n_stream = bench_n (1000000);
  ctx->n_parents = bench_n (1000);
  ctx->n_small = bench_n (10000);
  ctx->engine = gsql_engine_new (url, &error);
  if (ctx->engine == NULL)
    die ("engine", error);
  g_signal_connect (ctx->engine, "before-execute", G_CALLBACK (count_statement), ctx);
  ctx->registry = gsql_registry_new ();
  ctx->items = gsql_registry_map (ctx->registry, BENCH_TYPE_ITEM, "bench_item");
  map_row (ctx->items);
  ctx->writes = gsql_registry_map (ctx->registry, BENCH_TYPE_WRITE, "bench_write");
  map_row (ctx->writes);
  ctx->streams = gsql_registry_map (ctx->registry, BENCH_TYPE_STREAM, "bench_stream");
  map_row (ctx->streams);
  ctx->parents = gsql_registry_map (ctx->registry, BENCH_TYPE_PARENT, "bench_parent");
  gsql_mapper_set_primary_key (ctx->parents, "id", NULL);
  gsql_mapper_set_column (ctx->parents, "name", "length", 50, NULL);
  ctx->children = gsql_registry_map (ctx->registry, BENCH_TYPE_CHILD, "bench_child");
  gsql_mapper_set_primary_key (ctx->children, "id", NULL);
  gsql_mapper_set_column (ctx->children, "parent-id", "foreign-key", "bench_parent.id", "index", TRUE, NULL);
  gsql_mapper_set_column (ctx->children, "name", "length", 50, NULL);
  rel = gsql_mapper_add_relationship (ctx->parents, "children", BENCH_TYPE_CHILD);
  (void) rel;
  if (!gsql_registry_configure (ctx->registry, &error))
    die ("configure", error);
}

static GsqlTable *
table_of (GsqlMapper *m)
{
  return gsql_mapper_get_table (m);
}

/* INSERT INTO t (name, value, n) VALUES (:name, :value, :n) */
static GsqlExpr *
insert_row_statement (GsqlTable *t)
{
  return g_object_ref_sink (gsql_insert_values (gsql_insert (t),
                                                "name", gsql_bindparam ("name", NULL),
                                                "value", gsql_bindparam ("value", NULL),
                                                "n", gsql_bindparam ("n", NULL), NULL));
}

static const char *const row_names[] = { "name", "value", "n" };

/* n rows of (name, value, n) values, row after row */
static GValue *
make_row_values (long n, long offset)
{
  GValue *v = g_new0 (GValue, 3 * n);
  long i;

  for (i = 0; i < n; i++)
    {
      g_value_init (&v[3 * i], G_TYPE_STRING);
      g_value_take_string (&v[3 * i], g_strdup_printf ("name %ld", i + offset));
      g_value_init (&v[3 * i + 1], G_TYPE_DOUBLE);
      g_value_set_double (&v[3 * i + 1], (i + offset) * 0.5);
      g_value_init (&v[3 * i + 2], G_TYPE_INT64);
      g_value_set_int64 (&v[3 * i + 2], i + offset);
    }
  return v;
}

static void
free_values (GValue *v, long n)
{
  long i;

  for (i = 0; i < n; i++)
    g_value_unset (&v[i]);
  g_free (v);
}

static void
exec_sql (GsqlConnection *conn, const char *sql)
{
  GError *error = NULL;
  GsqlResult *r = gsql_connection_execute (conn, sql, NULL, 0, NULL, &error);

  if (r == NULL)
    die (sql, error);
  g_object_unref (r);
}

static GsqlConnection *
connect_or_die (Ctx *ctx)
{
  GError *error = NULL;
  GsqlConnection *conn = gsql_engine_connect (ctx->engine, NULL, &error);

  if (conn == NULL)
    die ("connect", error);
  return conn;
}

static void
empty_write_table (Ctx *ctx)
{
  g_autoptr(GsqlConnection) conn = connect_or_die (ctx);

  exec_sql (conn, "DELETE FROM bench_write");
}

/* --- setup ---------------------------------------------------------------- */

static void
fill_rows (GsqlConnection *conn, GsqlTable *t, long n)
{
  GError *error = NULL;
  g_autoptr(GsqlExpr) ins = insert_row_statement (t);
  long done, chunk = 100000;

  for (done = 0; done < n; done += chunk)
    {
      long k = MIN (chunk, n - done);
      GValue *v = make_row_values (k, done);

      if (!gsql_connection_execute_statement_many (conn, ins, row_names, 3, v, k, NULL, NULL, &error))
        die ("fill", error);
      free_values (v, 3 * k);
    }
}

static void
setup (Ctx *ctx)
{
  GError *error = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlExpr) pins = NULL, cins = NULL;
  GValue *v;
  long i, n_children = ctx->n_parents * 10;

  if (!gsql_metadata_drop_all (gsql_registry_get_metadata (ctx->registry), ctx->engine, TRUE, NULL, &error) ||
      !gsql_registry_create_all (ctx->registry, ctx->engine, &error))
    die ("create tables", error);
  conn = connect_or_die (ctx);
  fill_rows (conn, table_of (ctx->items), ctx->n_rows);
  fill_rows (conn, table_of (ctx->streams), ctx->n_stream);

  /* Parents with explicit keys 1..P; children i*10+k point at parent i. */
  pins = g_object_ref_sink (gsql_insert_values (gsql_insert (table_of (ctx->parents)),
                                                "id", gsql_bindparam ("id", NULL),
                                                "name", gsql_bindparam ("name", NULL), NULL));
  v = g_new0 (GValue, 2 * ctx->n_parents);
  for (i = 0; i < ctx->n_parents; i++)
    {
      g_value_init (&v[2 * i], G_TYPE_INT64);
      g_value_set_int64 (&v[2 * i], i + 1);
      g_value_init (&v[2 * i + 1], G_TYPE_STRING);
      g_value_take_string (&v[2 * i + 1], g_strdup_printf ("parent %ld", i + 1));
    }
  if (!gsql_connection_execute_statement_many (conn, pins, (const char *[]) { "id", "name" }, 2, v,
                                               ctx->n_parents, NULL, NULL, &error))
    die ("parents", error);
  free_values (v, 2 * ctx->n_parents);
  cins = g_object_ref_sink (gsql_insert_values (gsql_insert (table_of (ctx->children)),
                                                "parent_id", gsql_bindparam ("parent_id", NULL),
                                                "name", gsql_bindparam ("name", NULL), NULL));
  v = g_new0 (GValue, 2 * n_children);
  for (i = 0; i < n_children; i++)
    {
      g_value_init (&v[2 * i], G_TYPE_INT64);
      g_value_set_int64 (&v[2 * i], i / 10 + 1);
      g_value_init (&v[2 * i + 1], G_TYPE_STRING);
      g_value_take_string (&v[2 * i + 1], g_strdup_printf ("child %ld", i));
    }
  if (!gsql_connection_execute_statement_many (conn, cins, (const char *[]) { "parent_id", "name" }, 2, v,
                                               n_children, NULL, NULL, &error))
    die ("children", error);
  free_values (v, 2 * n_children);
  if (gsql_engine_get_dialect_name (ctx->engine) != NULL &&
      g_str_equal (gsql_engine_get_dialect_name (ctx->engine), "postgresql"))
    exec_sql (conn, "ANALYZE");
  printf ("setup: %ld items, %ld stream rows, %ld parents, %ld children\n",
          ctx->n_rows, ctx->n_stream, ctx->n_parents, n_children);
}

/* The first n_small keys of bench_item, in order. */
static gint64 *
item_ids (Ctx *ctx, long n)
{
  GError *error = NULL;
  g_autoptr(GsqlConnection) conn = connect_or_die (ctx);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select (gsql_col (table_of (ctx->items), "id"), NULL));
  g_autoptr(GsqlResult) r = NULL;
  gint64 *ids = g_new (gint64, n);
  long i = 0;

  gsql_select_order_by (q, gsql_col (table_of (ctx->items), "id"));
  gsql_select_limit (q, n);
  r = gsql_connection_execute_statement (conn, q, NULL, NULL, 0, NULL, &error);
  if (r == NULL)
    die ("ids", error);
  while (i < n && gsql_result_next (r, &error))
    ids[i++] = gsql_result_get_int64 (r, 0);
  if (error != NULL || i < n)
    die ("ids", error);
  return ids;
}

/* --- scenarios: each returns the seconds of its timed part ---------------- */

typedef double (*ScenarioFunc) (Ctx *ctx, char **notes);

static double
sc_core_insert (Ctx *ctx, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlExpr) ins = insert_row_statement (table_of (ctx->writes));
  GValue *v = make_row_values (ctx->n_rows, 0);
  gint64 count = 0;
  double t0, t1;

  empty_write_table (ctx);
  conn = connect_or_die (ctx);
  t0 = bench_now ();
  if (!gsql_connection_execute_statement_many (conn, ins, row_names, 3, v, ctx->n_rows, &count, NULL, &error))
    die ("core insert", error);
  t1 = bench_now ();
  free_values (v, 3 * ctx->n_rows);
  return t1 - t0;
}

static double
sc_orm_add (Ctx *ctx, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlSession) session = NULL;
  g_autoptr(GPtrArray) objs = g_ptr_array_new_with_free_func (g_object_unref);
  double t0, t1;
  long i;

  empty_write_table (ctx);
  session = gsql_session_new (ctx->engine, ctx->registry);
  t0 = bench_now ();
  for (i = 0; i < ctx->n_rows; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "name %ld", i);
      g_ptr_array_add (objs, g_object_new (BENCH_TYPE_WRITE, "name", name, "value", i * 0.5, "n", (gint64) i, NULL));
    }
  if (!gsql_session_add_all (session, objs, &error) || !gsql_session_commit (session, &error))
    die ("orm add", error);
  t1 = bench_now ();
  /* The keys came back. */
  if (row_id (objs->pdata[0]) == 0 || row_id (objs->pdata[objs->len - 1]) == 0 ||
      row_id (objs->pdata[objs->len - 1]) - row_id (objs->pdata[0]) != (gint64) objs->len - 1)
    die ("orm add: keys not set on the objects", NULL);
  gsql_session_close (session);
  return t1 - t0;
}

static double
sc_core_select_table (Ctx *ctx, GsqlMapper *m, long expect, gboolean stream, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlConnection) conn = connect_or_die (ctx);
  GsqlTable *t = table_of (m);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select (gsql_col (t, "id"), gsql_col (t, "name"),
                                                          gsql_col (t, "value"), gsql_col (t, "n"), NULL));
  g_autoptr(GsqlResult) r = NULL;
  long rows = 0, rss0, rss_max;
  gint64 sum = 0;
  gsize len = 0;
  double dsum = 0, t0, t1;

  /* RSS growth counts from before the execute: some drivers read the
   * whole result into memory there. */
  rss0 = rss_max = bench_rss_kb ();
  t0 = bench_now ();
  r = gsql_connection_execute_statement (conn, q, NULL, NULL, 0, NULL, &error);
  if (r == NULL)
    die ("select", error);
  rss_max = MAX (rss_max, bench_rss_kb ());
  while (gsql_result_next (r, &error))
    {
      const char *name;

      sum += gsql_result_get_int64 (r, 0);
      name = gsql_result_get_string (r, 1);
      len += name != NULL ? strlen (name) : 0;
      dsum += gsql_result_get_double (r, 2);
      sum += gsql_result_get_int64 (r, 3);
      if (stream && ++rows % 10000 == 0)
        rss_max = MAX (rss_max, bench_rss_kb ());
      else if (!stream)
        rows++;
    }
  if (error != NULL)
    die ("fetch", error);
  t1 = bench_now ();
  if (rows != expect)
    {
      fprintf (stderr, "bench-gsql: select gave %ld rows, not %ld\n", rows, expect);
      exit (1);
    }
  if (stream)
    {
      /* The largest growth of any run, the warm-up included: later runs
       * reuse what the first one freed. */
      static long max_growth;

      max_growth = MAX (max_growth, rss_max - rss0);
      g_free (*notes);
      *notes = g_strdup_printf ("rss-growth-kb=%ld", max_growth);
    }
  return t1 - t0;
}

static double
sc_core_select (Ctx *ctx, char **notes)
{
  return sc_core_select_table (ctx, ctx->items, ctx->n_rows, FALSE, notes);
}

static double
sc_stream (Ctx *ctx, char **notes)
{
  return sc_core_select_table (ctx, ctx->streams, ctx->n_stream, TRUE, notes);
}

static double
sc_orm_load (Ctx *ctx, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlSession) session = gsql_session_new (ctx->engine, ctx->registry);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (ctx->items));
  g_autoptr(GListModel) found = NULL;
  double t0, t1;
  gint64 sum = 0;
  guint i, n;

  t0 = bench_now ();
  found = gsql_session_scalars (session, q, &error);
  if (found == NULL)
    die ("orm load", error);
  n = g_list_model_get_n_items (found);
  for (i = 0; i < n; i++)
    {
      GObject *o = g_list_model_get_item (found, i);
      sum += row_id (o);
      g_object_unref (o);
    }
  t1 = bench_now ();
  if (n != ctx->n_rows)
    die ("orm load: wrong number of objects", NULL);
  g_clear_object (&found);
  gsql_session_close (session);
  return t1 - t0;
}

static double
run_relationship (Ctx *ctx, GsqlLoadStrategy strategy, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlSession) session = gsql_session_new (ctx->engine, ctx->registry);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (ctx->parents));
  g_autoptr(GListModel) found = NULL;
  double t0, t1;
  guint i, n, n_children = 0, before = ctx->n_statements;

  gsql_select_load (q, "children", strategy);
  t0 = bench_now ();
  found = gsql_session_scalars (session, q, &error);
  if (found == NULL)
    die ("load parents", error);
  n = g_list_model_get_n_items (found);
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) p = g_list_model_get_item (found, i);
      g_autoptr(GListModel) kids = gsql_related_list (p, "children", &error);

      if (kids == NULL)
        die ("children", error);
      n_children += g_list_model_get_n_items (kids);
    }
  t1 = bench_now ();
  if (n != ctx->n_parents || n_children != ctx->n_parents * 10)
    {
      fprintf (stderr, "bench-gsql: loaded %u parents and %u children\n", n, n_children);
      exit (1);
    }
  g_free (*notes);
  *notes = g_strdup_printf ("statements=%u", ctx->n_statements - before);
  g_clear_object (&found);
  gsql_session_close (session);
  return t1 - t0;
}

static double sc_rel_lazy (Ctx *ctx, char **notes) { return run_relationship (ctx, GSQL_LOAD_LAZY, notes); }
static double sc_rel_joined (Ctx *ctx, char **notes) { return run_relationship (ctx, GSQL_LOAD_JOINED, notes); }
static double sc_rel_selectin (Ctx *ctx, char **notes) { return run_relationship (ctx, GSQL_LOAD_SELECTIN, notes); }

static double
run_get (Ctx *ctx, gboolean warm, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlSession) session = gsql_session_new (ctx->engine, ctx->registry);
  g_autoptr(GListModel) held = NULL;
  g_autofree gint64 *ids = item_ids (ctx, ctx->n_small);
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_object_unref);
  double t0, t1;
  guint before;
  long i;

  if (warm)
    {
      /* The same objects, loaded by one query and held: the gets below
       * find them in the identity map. */
      g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (ctx->items));

      gsql_select_order_by (q, gsql_mapper_column (ctx->items, "id"));
      gsql_select_limit (q, ctx->n_small);
      held = gsql_session_scalars (session, q, &error);
      if (held == NULL)
        die ("load", error);
    }
  before = ctx->n_statements;
  t0 = bench_now ();
  for (i = 0; i < ctx->n_small; i++)
    {
      gpointer o = gsql_session_get_by_id (session, BENCH_TYPE_ITEM, ids[i], &error);

      if (o == NULL)
        die ("get", error);
      if (row_id (o) != ids[i])
        die ("get: wrong object", NULL);
      g_ptr_array_add (got, o);   /* held, as a caller would */
    }
  t1 = bench_now ();
  g_free (*notes);
  *notes = g_strdup_printf ("statements=%u", ctx->n_statements - before);
  g_ptr_array_set_size (got, 0);
  g_clear_object (&held);
  gsql_session_close (session);
  return t1 - t0;
}

static double sc_get_cold (Ctx *ctx, char **notes) { return run_get (ctx, FALSE, notes); }
static double sc_get_warm (Ctx *ctx, char **notes) { return run_get (ctx, TRUE, notes); }

static double
sc_insert_txn (Ctx *ctx, char **notes)
{
  GError *error = NULL;
  g_autoptr(GsqlConnection) conn = NULL;
  g_autoptr(GsqlExpr) ins = insert_row_statement (table_of (ctx->writes));
  GValue *v = make_row_values (ctx->n_small, 0);
  double t0, t1;
  long i;

  empty_write_table (ctx);
  conn = connect_or_die (ctx);
  t0 = bench_now ();
  for (i = 0; i < ctx->n_small; i++)
    {
      GsqlResult *r;

      if (!gsql_connection_begin (conn, &error))
        die ("begin", error);
      r = gsql_connection_execute_statement (conn, ins, row_names, &v[3 * i], 3, NULL, &error);
      if (r == NULL)
        die ("insert", error);
      g_object_unref (r);
      if (!gsql_connection_commit (conn, &error))
        die ("commit", error);
    }
  t1 = bench_now ();
  free_values (v, 3 * ctx->n_small);
  return t1 - t0;
}

static double
sc_orm_update (Ctx *ctx, char **notes)
{
  static int round;
  GError *error = NULL;
  g_autoptr(GsqlSession) session = gsql_session_new (ctx->engine, ctx->registry);
  g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (ctx->items));
  g_autoptr(GListModel) found = NULL;
  double t0, t1;
  guint i, n, before;

  gsql_select_order_by (q, gsql_mapper_column (ctx->items, "id"));
  gsql_select_limit (q, ctx->n_small);
  found = gsql_session_scalars (session, q, &error);
  if (found == NULL)
    die ("load", error);
  n = g_list_model_get_n_items (found);
  round++;
  before = ctx->n_statements;
  t0 = bench_now ();
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) o = g_list_model_get_item (found, i);
      char name[48];

      g_snprintf (name, sizeof name, "updated %d %u", round, i);
      g_object_set (o, "name", name, NULL);
    }
  if (!gsql_session_commit (session, &error))
    die ("update", error);
  t1 = bench_now ();
  g_free (*notes);
  *notes = g_strdup_printf ("statements=%u", ctx->n_statements - before);
  g_clear_object (&found);
  gsql_session_close (session);
  return t1 - t0;
}

/* --- compile: no database needed ---------------------------------------- */

static GsqlExpr *
build_shape (GsqlTable *t, guint n_in, gint64 seed)
{
  GsqlExpr *s = g_object_ref_sink (gsql_select (gsql_col (t, "id"), gsql_col (t, "name"), NULL));
  GsqlExpr **values = g_new (GsqlExpr *, n_in);
  guint i;

  for (i = 0; i < n_in; i++)
    values[i] = gsql_int (seed + i);
  gsql_select_where (s, gsql_and (gsql_in_v (gsql_col (t, "id"), values, n_in),
                                  gsql_ne (gsql_col (t, "name"), gsql_str ("x")), NULL));
  gsql_select_order_by (s, gsql_desc (gsql_col (t, "id")));
  gsql_select_limit (s, 10);
  g_free (values);
  return s;
}

/* Compiles n statements (built beforehand, in chunks of 1000, untimed); of
 * n_in IN values each, or of 1..n IN values when n_in is 0 (a new shape
 * each time). */
static double
run_compile (Ctx *ctx, long n, guint n_in, char **notes)
{
  GError *error = NULL;
  const char *dialect = gsql_engine_get_dialect_name (ctx->engine);
  GsqlTable *t = table_of (ctx->items);
  /* Big IN lists are built ten at a time, or the statements waiting to
   * be compiled would be what the peak RSS measures. */
  long chunk = n_in ? 1000 : 10;
  GsqlExpr **batch = g_new (GsqlExpr *, chunk);
  guint64 hits0, misses0, hits1, misses1;
  double total = 0;
  long done, i;

  gsql_compiled_get_cache_stats (&hits0, &misses0);
  for (done = 0; done < n; done += chunk)
    {
      long k = MIN (chunk, n - done);
      double t0;

      for (i = 0; i < k; i++)
        batch[i] = build_shape (t, n_in ? n_in : (guint) (done + i + 1), done + i);
      t0 = bench_now ();
      for (i = 0; i < k; i++)
        {
          GsqlCompiled *c = gsql_expr_compile (batch[i], dialect, &error);

          if (c == NULL)
            die ("compile", error);
          g_object_unref (c);
        }
      total += bench_now () - t0;
      for (i = 0; i < k; i++)
        g_object_unref (batch[i]);
    }
  gsql_compiled_get_cache_stats (&hits1, &misses1);
  g_free (*notes);
  *notes = g_strdup_printf ("us-per-compile=%.3f cache-hits=%" G_GUINT64_FORMAT " misses=%" G_GUINT64_FORMAT,
                            total / n * 1e6, hits1 - hits0, misses1 - misses0);
  if (n_in > 0)
    {
      /* The idiomatic fast path: one statement of bind parameters, built
       * once and compiled (executed) again and again. */
      GsqlExpr *q = build_shape (t, n_in, 0);
      double t0;
      char *more;

      g_object_unref (gsql_expr_compile (q, dialect, NULL));
      t0 = bench_now ();
      for (i = 0; i < n; i++)
        {
          GsqlCompiled *c = gsql_expr_compile (q, dialect, &error);
          if (c == NULL)
            die ("compile", error);
          g_object_unref (c);
        }
      more = g_strdup_printf ("%s reused-statement-us=%.3f", *notes, (bench_now () - t0) / n * 1e6);
      g_free (*notes);
      *notes = more;
      g_object_unref (q);
    }
  g_free (batch);
  return total;
}

/* Each round also uses a seed that makes IN lists differ in values only:
 * one shape.  The different-shapes round uses IN lists of 1..1000. */
static double sc_compile_cached (Ctx *ctx, char **notes) { return run_compile (ctx, 100000, 3, notes); }
static double sc_compile_shapes (Ctx *ctx, char **notes) { return run_compile (ctx, 1000, 0, notes); }

/* ------------------------------------------------------------------------ */

static const struct {
  const char *name;
  ScenarioFunc func;
} scenarios[] = {
  { "core_insert", sc_core_insert },
  { "orm_add", sc_orm_add },
  { "core_select", sc_core_select },
  { "orm_load", sc_orm_load },
  { "rel_lazy", sc_rel_lazy },
  { "rel_joined", sc_rel_joined },
  { "rel_selectin", sc_rel_selectin },
  { "get_cold", sc_get_cold },
  { "get_warm", sc_get_warm },
  { "insert_txn", sc_insert_txn },
  { "orm_update", sc_orm_update },
  { "compile_cached", sc_compile_cached },
  { "compile_shapes", sc_compile_shapes },
  { "stream", sc_stream },
};

static long
scenario_rows (Ctx *ctx, const char *name)
{
  if (g_str_equal (name, "core_insert") || g_str_equal (name, "orm_add") ||
      g_str_equal (name, "core_select") || g_str_equal (name, "orm_load"))
    return ctx->n_rows;
  if (g_str_has_prefix (name, "rel_"))
    return ctx->n_parents * 11;
  if (g_str_equal (name, "stream"))
    return ctx->n_stream;
  if (g_str_equal (name, "compile_cached"))
    return 100000;
  if (g_str_equal (name, "compile_shapes"))
    return 1000;
  return ctx->n_small;
}

int
main (int argc, char **argv)
{
  Ctx ctx = { 0, };
  guint i;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-gsql URL setup|SCENARIO\n");
      return 2;
    }
  ctx_init (&ctx, argv[1]);
  if (g_str_equal (argv[2], "setup"))
    {
      setup (&ctx);
      return 0;
    }
  for (i = 0; i < G_N_ELEMENTS (scenarios); i++)
    if (g_str_equal (scenarios[i].name, argv[2]))
      {
        int runs = bench_runs (), r;
        double *times = g_new (double, MAX (runs, 1));
        char *notes = NULL;

        double w0 = bench_now ();

        scenarios[i].func (&ctx, &notes);        /* warm-up */
        runs = bench_runs_after_warmup (runs, bench_now () - w0);
        for (r = 0; r < runs; r++)
          times[r] = scenarios[i].func (&ctx, &notes);
        bench_report (argv[2], "gsql", bench_median (times, runs), scenario_rows (&ctx, argv[2]), runs, notes);
        g_free (notes);
        g_free (times);
        return 0;
      }
  fprintf (stderr, "bench-gsql: unknown scenario %s\n", argv[2]);
  return 2;
}
