/* bench-gom: the GOM baseline (GObject data mapper on native SQLite)
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   bench-gom DATABASE-FILE orm_add|orm_load
 *
 * orm_add: 100,000 new resources written by one GomResourceGroup (one
 * transaction; GOM sets the generated keys on the objects); orm_load: the
 * same rows fetched as objects.  Sizes scale with GSQL_BENCH_SCALE.  Built
 * by `make bench` only when gom-1.0 is installed.
 */
#include <gom/gom.h>
#include "bench-common.h"

#define BENCH_TYPE_GITEM (bench_gitem_get_type ())
G_DECLARE_FINAL_TYPE (BenchGItem, bench_gitem, BENCH, GITEM, GomResource)
struct _BenchGItem { GomResource parent_instance; gint64 id; char *name; double value; gint64 n; };
G_DEFINE_TYPE (BenchGItem, bench_gitem, GOM_TYPE_RESOURCE)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_VALUE, PROP_N, N_PROPS };

static void
get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  BenchGItem *self = BENCH_GITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_VALUE: g_value_set_double (value, self->value); break;
    case PROP_N: g_value_set_int64 (value, self->n); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  BenchGItem *self = BENCH_GITEM (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_NAME: g_free (self->name); self->name = g_value_dup_string (value); break;
    case PROP_VALUE: self->value = g_value_get_double (value); break;
    case PROP_N: self->n = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
finalize (GObject *object)
{
  g_free (BENCH_GITEM (object)->name);
  G_OBJECT_CLASS (bench_gitem_parent_class)->finalize (object);
}

static void
bench_gitem_class_init (BenchGItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GomResourceClass *resource_class = GOM_RESOURCE_CLASS (klass);

  object_class->get_property = get_property;
  object_class->set_property = set_property;
  object_class->finalize = finalize;
  g_object_class_install_property (object_class, PROP_ID,
      g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (object_class, PROP_NAME,
      g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE));
  g_object_class_install_property (object_class, PROP_VALUE,
      g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READWRITE));
  g_object_class_install_property (object_class, PROP_N,
      g_param_spec_int64 ("n", NULL, NULL, G_MININT64, G_MAXINT64, 0, G_PARAM_READWRITE));
  gom_resource_class_set_table (resource_class, "gom_item");
  gom_resource_class_set_primary_key (resource_class, "id");
}

static void bench_gitem_init (BenchGItem *self) { }

static GomRepository *repository;
static GomAdapter *adapter;
static long n_rows;

static void
die (const char *what, GError *error)
{
  fprintf (stderr, "bench-gom: %s: %s\n", what, error ? error->message : "failed");
  exit (1);
}

static void
fill (gboolean check)
{
  GError *error = NULL;
  g_autoptr(GomResourceGroup) group = gom_resource_group_new (repository);
  g_autoptr(GPtrArray) objs = g_ptr_array_new_with_free_func (g_object_unref);
  long i;

  for (i = 0; i < n_rows; i++)
    {
      char name[32];
      GomResource *r;

      g_snprintf (name, sizeof name, "name %ld", i);
      r = g_object_new (BENCH_TYPE_GITEM, "repository", repository, "name", name, "value", i * 0.5,
                        "n", (gint64) i, NULL);
      gom_resource_group_append (group, r);
      g_ptr_array_add (objs, r);
    }
  if (!gom_resource_group_write_sync (group, &error))
    die ("write", error);
  if (check && BENCH_GITEM (objs->pdata[objs->len - 1])->id == 0)
    die ("keys not set", NULL);
}

static const char *db_path;

/* A fresh database file: GOM runs its SQL on its own thread, so the
 * simplest clean slate is a new file. */
static void
reopen (void)
{
  GError *error = NULL;
  GList *types = g_list_prepend (NULL, GSIZE_TO_POINTER (BENCH_TYPE_GITEM));

  if (adapter != NULL)
    {
      gom_adapter_close_sync (adapter, NULL);
      g_clear_object (&repository);
      g_clear_object (&adapter);
    }
  unlink (db_path);
  adapter = gom_adapter_new ();
  if (!gom_adapter_open_sync (adapter, db_path, &error))
    die ("open", error);
  repository = gom_repository_new (adapter);
  if (!gom_repository_automatic_migrate_sync (repository, 1, types, &error))
    die ("migrate", error);   /* it took the list */
}

static void
empty (void)
{
  reopen ();
}

static double
sc_add (void)
{
  double t0;

  empty ();
  t0 = bench_now ();
  fill (TRUE);
  return bench_now () - t0;
}

static double
sc_load (void)
{
  GError *error = NULL;
  g_autoptr(GomResourceGroup) group = NULL;
  double t0 = bench_now (), t1;
  gint64 sum = 0;
  guint i, n;

  group = gom_repository_find_sync (repository, BENCH_TYPE_GITEM, NULL, &error);
  if (group == NULL)
    die ("find", error);
  n = gom_resource_group_get_count (group);
  if (!gom_resource_group_fetch_sync (group, 0, n, &error))
    die ("fetch", error);
  for (i = 0; i < n; i++)
    sum += BENCH_GITEM (gom_resource_group_get_index (group, i))->id;
  t1 = bench_now ();
  if (n != (guint) n_rows)
    die ("wrong count", NULL);
  return t1 - t0;
}

int
main (int argc, char **argv)
{
  int runs = bench_runs (), r, add;
  double *times;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-gom FILE orm_add|orm_load\n");
      return 2;
    }
  add = g_str_equal (argv[2], "orm_add");
  n_rows = bench_n (100000);
  db_path = argv[1];
  reopen ();
  if (!add)
    fill (FALSE);
  times = g_new (double, runs);
  {
    double w0 = bench_now ();

    if (add)
      sc_add ();
    else
      sc_load ();
    runs = bench_runs_after_warmup (runs, bench_now () - w0);
  }
  for (r = 0; r < runs; r++)
    times[r] = add ? sc_add () : sc_load ();
  bench_report (argv[2], "gom", bench_median (times, runs), n_rows, runs, NULL);
  gom_adapter_close_sync (adapter, NULL);
  return 0;
}
