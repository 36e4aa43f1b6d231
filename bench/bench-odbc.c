/* bench-odbc: the hand-written ODBC baseline of the benchmark suite
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   bench-odbc CONNECTION-STRING sqlite|postgresql|mysql SCENARIO
 *
 * Does what bench-gsql does, the way a careful C programmer would with
 * plain ODBC and each driver's fastest path (see /work/shared ODBC notes):
 * bulk INSERT as multi-row VALUES with parameters on SQLite and
 * PostgreSQL (whose drivers loop over parameter arrays one row at a time)
 * and as one array-bound statement on MariaDB (a real bulk protocol);
 * SELECTs fetched into 1000-row column-wise arrays.  Reads the tables
 * bench-gsql's `setup` made.
 */
#include <stdint.h>
#include <sql.h>
#include <sqlext.h>
#include "bench-common.h"

#define NAME_LEN 64
#define FETCH_ROWS 1000

static SQLHENV env;
static SQLHDBC dbc;
static const char *backend;
static long n_rows, n_stream, n_parents, n_small;

static void
check (SQLRETURN rc, SQLSMALLINT type, SQLHANDLE h, const char *what)
{
  SQLCHAR state[6], msg[512];
  SQLINTEGER native;
  SQLSMALLINT len;

  if (SQL_SUCCEEDED (rc) || rc == SQL_NO_DATA)
    return;
  if (SQL_SUCCEEDED (SQLGetDiagRec (type, h, 1, state, &native, msg, sizeof msg, &len)))
    fprintf (stderr, "bench-odbc: %s: %s (%s, %d)\n", what, msg, state, (int) native);
  else
    fprintf (stderr, "bench-odbc: %s failed\n", what);
  exit (1);
}

#define CHECK_STMT(rc, st, what) check ((rc), SQL_HANDLE_STMT, (st), (what))
#define CHECK_DBC(rc, what) check ((rc), SQL_HANDLE_DBC, dbc, (what))

static SQLHSTMT
new_stmt (void)
{
  SQLHSTMT st;

  CHECK_DBC (SQLAllocHandle (SQL_HANDLE_STMT, dbc, &st), "alloc stmt");
  return st;
}

static void
exec_direct (const char *sql)
{
  SQLHSTMT st = new_stmt ();

  CHECK_STMT (SQLExecDirect (st, (SQLCHAR *) sql, SQL_NTS), st, sql);
  SQLFreeHandle (SQL_HANDLE_STMT, st);
}

static void
autocommit (int on)
{
  CHECK_DBC (SQLSetConnectAttr (dbc, SQL_ATTR_AUTOCOMMIT,
                                (SQLPOINTER) (uintptr_t) (on ? SQL_AUTOCOMMIT_ON : SQL_AUTOCOMMIT_OFF), 0),
             "autocommit");
}

static void
commit (void)
{
  CHECK_DBC (SQLEndTran (SQL_HANDLE_DBC, dbc, SQL_COMMIT), "commit");
}

/* Column-wise parameter arrays for (name, value, n) rows. */
typedef struct {
  char (*name)[NAME_LEN];
  SQLLEN *name_ind;
  double *value;
  int64_t *n;
} RowArrays;

static void
rows_alloc (RowArrays *a, long n)
{
  a->name = calloc (n, NAME_LEN);
  a->name_ind = calloc (n, sizeof (SQLLEN));
  a->value = calloc (n, sizeof (double));
  a->n = calloc (n, sizeof (int64_t));
}

static void
rows_free (RowArrays *a)
{
  free (a->name);
  free (a->name_ind);
  free (a->value);
  free (a->n);
}

static void
rows_fill (RowArrays *a, long n, long offset)
{
  long i;

  for (i = 0; i < n; i++)
    {
      snprintf (a->name[i], NAME_LEN, "name %ld", i + offset);
      a->name_ind[i] = SQL_NTS;
      a->value[i] = (i + offset) * 0.5;
      a->n[i] = i + offset;
    }
}

/* "INSERT INTO bench_write (name, value, n) VALUES (?,?,?),(?,?,?)…" */
static SQLHSTMT
prepare_multirow (long k, RowArrays *a, long base)
{
  size_t cap = 64 + k * 10;
  char *sql = malloc (cap);
  size_t len;
  SQLHSTMT st = new_stmt ();
  long i;

  len = snprintf (sql, cap, "INSERT INTO bench_write (name, value, n) VALUES ");
  for (i = 0; i < k; i++)
    len += snprintf (sql + len, cap - len, "%s(?,?,?)", i ? "," : "");
  CHECK_STMT (SQLPrepare (st, (SQLCHAR *) sql, SQL_NTS), st, "prepare multi-row insert");
  free (sql);
  for (i = 0; i < k; i++)
    {
      CHECK_STMT (SQLBindParameter (st, 3 * i + 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 50, 0,
                                    a->name[base + i], NAME_LEN, &a->name_ind[base + i]), st, "bind");
      CHECK_STMT (SQLBindParameter (st, 3 * i + 2, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 0, 0,
                                    &a->value[base + i], 0, NULL), st, "bind");
      CHECK_STMT (SQLBindParameter (st, 3 * i + 3, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0,
                                    &a->n[base + i], 0, NULL), st, "bind");
    }
  return st;
}

/* Fills bench_write with n rows in one transaction, the backend's fastest way. */
static void
bulk_insert (long n)
{
  RowArrays a;
  long chunk = 1000, done;

  rows_alloc (&a, chunk);
  autocommit (0);
  if (strcmp (backend, "mysql") == 0)
    {
      SQLHSTMT st = new_stmt ();
      CHECK_STMT (SQLPrepare (st, (SQLCHAR *) "INSERT INTO bench_write (name, value, n) VALUES (?,?,?)", SQL_NTS),
                  st, "prepare");
      CHECK_STMT (SQLBindParameter (st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 50, 0, a.name, NAME_LEN,
                                    a.name_ind), st, "bind");
      CHECK_STMT (SQLBindParameter (st, 2, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 0, 0, a.value, 0, NULL),
                  st, "bind");
      CHECK_STMT (SQLBindParameter (st, 3, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0, a.n, 0, NULL),
                  st, "bind");
      for (done = 0; done < n; done += chunk)
        {
          long k = n - done < chunk ? n - done : chunk;
          rows_fill (&a, k, done);
          CHECK_STMT (SQLSetStmtAttr (st, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER) (uintptr_t) k, 0), st, "paramset");
          CHECK_STMT (SQLExecute (st), st, "array insert");
        }
      SQLFreeHandle (SQL_HANDLE_STMT, st);
    }
  else
    {
      /* Multi-row VALUES: 1000 rows (3000 markers) a statement; a second
       * statement for the remainder. */
      SQLHSTMT full = prepare_multirow (chunk, &a, 0);

      for (done = 0; done + chunk <= n; done += chunk)
        {
          rows_fill (&a, chunk, done);
          CHECK_STMT (SQLExecute (full), full, "multi-row insert");
          SQLFreeStmt (full, SQL_CLOSE);
        }
      if (done < n)
        {
          SQLHSTMT rest;
          rows_fill (&a, n - done, done);
          rest = prepare_multirow (n - done, &a, 0);
          CHECK_STMT (SQLExecute (rest), rest, "multi-row insert");
          SQLFreeHandle (SQL_HANDLE_STMT, rest);
        }
      SQLFreeHandle (SQL_HANDLE_STMT, full);
    }
  commit ();
  autocommit (1);
  rows_free (&a);
}

static double
sc_core_insert (char **notes)
{
  double t0;

  exec_direct ("DELETE FROM bench_write");
  t0 = bench_now ();
  bulk_insert (n_rows);
  return bench_now () - t0;
}

/* Reads every row of a (id, name, value, n) table through 1000-row arrays. */
static double
select_all (const char *sql, long expect, int stream, char **notes)
{
  SQLHSTMT st = new_stmt ();
  static int64_t id[FETCH_ROWS], nn[FETCH_ROWS];
  static double value[FETCH_ROWS];
  static char name[FETCH_ROWS][NAME_LEN];
  static SQLLEN id_ind[FETCH_ROWS], name_ind[FETCH_ROWS], value_ind[FETCH_ROWS], n_ind[FETCH_ROWS];
  SQLULEN fetched = 0;
  long rows = 0, rss0, rss_max, i;
  int64_t sum = 0;
  double dsum = 0, t0, t1;
  size_t len = 0;
  SQLRETURN rc;

  t0 = bench_now ();
  SQLSetStmtAttr (st, SQL_ATTR_ROW_BIND_TYPE, SQL_BIND_BY_COLUMN, 0);
  SQLSetStmtAttr (st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER) (uintptr_t) FETCH_ROWS, 0);
  SQLSetStmtAttr (st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
  rss0 = rss_max = bench_rss_kb ();
  CHECK_STMT (SQLExecDirect (st, (SQLCHAR *) sql, SQL_NTS), st, sql);
  rss_max = rss_max > bench_rss_kb () ? rss_max : bench_rss_kb ();
  SQLBindCol (st, 1, SQL_C_SBIGINT, id, 0, id_ind);
  SQLBindCol (st, 2, SQL_C_CHAR, name, NAME_LEN, name_ind);
  SQLBindCol (st, 3, SQL_C_DOUBLE, value, 0, value_ind);
  SQLBindCol (st, 4, SQL_C_SBIGINT, nn, 0, n_ind);
  while ((rc = SQLFetch (st)) != SQL_NO_DATA)
    {
      CHECK_STMT (rc, st, "fetch");
      for (i = 0; i < (long) fetched; i++)
        {
          sum += id[i] + nn[i];
          len += name_ind[i] > 0 ? strlen (name[i]) : 0;
          dsum += value[i];
        }
      rows += fetched;
      if (stream && rows % 10000 == 0)
        rss_max = rss_max > bench_rss_kb () ? rss_max : bench_rss_kb ();
    }
  SQLFreeHandle (SQL_HANDLE_STMT, st);
  t1 = bench_now ();
  if (rows != expect)
    {
      fprintf (stderr, "bench-odbc: %s gave %ld rows, not %ld\n", sql, rows, expect);
      exit (1);
    }
  if (stream)
    {
      /* The largest growth of any run, the warm-up included. */
      static long max_growth;

      if (rss_max - rss0 > max_growth)
        max_growth = rss_max - rss0;
      free (*notes);
      *notes = malloc (64);
      snprintf (*notes, 64, "rss-growth-kb=%ld", max_growth);
    }
  return t1 - t0;
}

static double
sc_core_select (char **notes)
{
  return select_all ("SELECT id, name, value, n FROM bench_item", n_rows, 0, notes);
}

static double
sc_stream (char **notes)
{
  return select_all ("SELECT id, name, value, n FROM bench_stream", n_stream, 1, notes);
}

/* Parents and their children in two queries (what an eager load needs). */
static double
sc_rel (char **notes)
{
  static int64_t id[FETCH_ROWS], pid[FETCH_ROWS];
  static char name[FETCH_ROWS][NAME_LEN];
  static SQLLEN ind1[FETCH_ROWS], ind2[FETCH_ROWS], ind3[FETCH_ROWS];
  SQLULEN fetched = 0;
  long parents = 0, children = 0, *count = calloc (n_parents + 1, sizeof (long));
  double t0 = bench_now ();
  int pass;

  for (pass = 0; pass < 2; pass++)
    {
      SQLHSTMT st = new_stmt ();
      SQLRETURN rc;
      long i;

      SQLSetStmtAttr (st, SQL_ATTR_ROW_ARRAY_SIZE, (SQLPOINTER) (uintptr_t) FETCH_ROWS, 0);
      SQLSetStmtAttr (st, SQL_ATTR_ROWS_FETCHED_PTR, &fetched, 0);
      CHECK_STMT (SQLExecDirect (st, (SQLCHAR *) (pass == 0 ? "SELECT id, name FROM bench_parent"
                                                  : "SELECT id, parent_id, name FROM bench_child"), SQL_NTS),
                  st, "select");
      SQLBindCol (st, 1, SQL_C_SBIGINT, id, 0, ind1);
      if (pass == 0)
        SQLBindCol (st, 2, SQL_C_CHAR, name, NAME_LEN, ind3);
      else
        {
          SQLBindCol (st, 2, SQL_C_SBIGINT, pid, 0, ind2);
          SQLBindCol (st, 3, SQL_C_CHAR, name, NAME_LEN, ind3);
        }
      while ((rc = SQLFetch (st)) != SQL_NO_DATA)
        {
          CHECK_STMT (rc, st, "fetch");
          for (i = 0; i < (long) fetched; i++)
            if (pass == 1 && pid[i] >= 1 && pid[i] <= n_parents)
              count[pid[i]]++;
          if (pass == 0)
            parents += fetched;
          else
            children += fetched;
        }
      SQLFreeHandle (SQL_HANDLE_STMT, st);
    }
  free (count);
  if (parents != n_parents || children != n_parents * 10)
    {
      fprintf (stderr, "bench-odbc: %ld parents, %ld children\n", parents, children);
      exit (1);
    }
  return bench_now () - t0;
}

static int64_t *
item_ids (long n)
{
  SQLHSTMT st = new_stmt ();
  int64_t *ids = calloc (n, sizeof (int64_t)), v;
  SQLLEN ind;
  long i = 0;
  char sql[128];

  snprintf (sql, sizeof sql, "SELECT id FROM bench_item ORDER BY id LIMIT %ld", n);
  CHECK_STMT (SQLExecDirect (st, (SQLCHAR *) sql, SQL_NTS), st, sql);
  SQLBindCol (st, 1, SQL_C_SBIGINT, &v, 0, &ind);
  while (i < n && SQLFetch (st) != SQL_NO_DATA)
    ids[i++] = v;
  SQLFreeHandle (SQL_HANDLE_STMT, st);
  return ids;
}

/* A prepared SELECT by key, executed once per key. */
static double
sc_get (char **notes)
{
  int64_t *ids = item_ids (n_small), key, id, nn;
  SQLHSTMT st = new_stmt ();
  char name[NAME_LEN];
  double value, t0, t1;
  SQLLEN ind[4];
  long i;

  CHECK_STMT (SQLPrepare (st, (SQLCHAR *) "SELECT id, name, value, n FROM bench_item WHERE id = ?", SQL_NTS),
              st, "prepare");
  SQLBindParameter (st, 1, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0, &key, 0, NULL);
  SQLBindCol (st, 1, SQL_C_SBIGINT, &id, 0, &ind[0]);
  SQLBindCol (st, 2, SQL_C_CHAR, name, NAME_LEN, &ind[1]);
  SQLBindCol (st, 3, SQL_C_DOUBLE, &value, 0, &ind[2]);
  SQLBindCol (st, 4, SQL_C_SBIGINT, &nn, 0, &ind[3]);
  t0 = bench_now ();
  for (i = 0; i < n_small; i++)
    {
      key = ids[i];
      CHECK_STMT (SQLExecute (st), st, "execute");
      CHECK_STMT (SQLFetch (st), st, "fetch");
      if (id != key)
        {
          fprintf (stderr, "bench-odbc: get %lld gave %lld\n", (long long) key, (long long) id);
          exit (1);
        }
      SQLFreeStmt (st, SQL_CLOSE);
    }
  t1 = bench_now ();
  SQLFreeHandle (SQL_HANDLE_STMT, st);
  free (ids);
  return t1 - t0;
}

/* One prepared INSERT per row, each row its own transaction. */
static double
sc_insert_txn (char **notes)
{
  RowArrays a;
  SQLHSTMT st;
  double t0, t1;
  long i;

  exec_direct ("DELETE FROM bench_write");
  rows_alloc (&a, n_small);
  rows_fill (&a, n_small, 0);
  st = new_stmt ();
  CHECK_STMT (SQLPrepare (st, (SQLCHAR *) "INSERT INTO bench_write (name, value, n) VALUES (?,?,?)", SQL_NTS),
              st, "prepare");
  autocommit (0);
  t0 = bench_now ();
  for (i = 0; i < n_small; i++)
    {
      SQLBindParameter (st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 50, 0, a.name[i], NAME_LEN, &a.name_ind[i]);
      SQLBindParameter (st, 2, SQL_PARAM_INPUT, SQL_C_DOUBLE, SQL_DOUBLE, 0, 0, &a.value[i], 0, NULL);
      SQLBindParameter (st, 3, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0, &a.n[i], 0, NULL);
      CHECK_STMT (SQLExecute (st), st, "insert");
      commit ();
    }
  t1 = bench_now ();
  autocommit (1);
  SQLFreeHandle (SQL_HANDLE_STMT, st);
  rows_free (&a);
  return t1 - t0;
}

/* UPDATE … SET name = ? WHERE id = ? for many keys, array-bound, one transaction. */
static double
sc_update (char **notes)
{
  static int round;
  int64_t *ids = item_ids (n_small);
  char (*name)[NAME_LEN] = calloc (n_small, NAME_LEN);
  SQLLEN *ind = calloc (n_small, sizeof (SQLLEN));
  SQLHSTMT st = new_stmt ();
  double t0, t1;
  long i, batch = 1000, done;
  SQLRETURN rc;

  round++;
  CHECK_STMT (SQLPrepare (st, (SQLCHAR *) "UPDATE bench_item SET name = ? WHERE id = ?", SQL_NTS), st, "prepare");
  autocommit (0);
  t0 = bench_now ();
  for (i = 0; i < n_small; i++)
    {
      snprintf (name[i], NAME_LEN, "updated %d %ld", round, i);
      ind[i] = SQL_NTS;
    }
  for (done = 0; done < n_small; done += batch)
    {
      long k = n_small - done < batch ? n_small - done : batch;

      SQLSetStmtAttr (st, SQL_ATTR_PARAMSET_SIZE, (SQLPOINTER) (uintptr_t) k, 0);
      SQLBindParameter (st, 1, SQL_PARAM_INPUT, SQL_C_CHAR, SQL_VARCHAR, 50, 0, name[done], NAME_LEN, &ind[done]);
      SQLBindParameter (st, 2, SQL_PARAM_INPUT, SQL_C_SBIGINT, SQL_BIGINT, 0, 0, &ids[done], 0, NULL);
      rc = SQLExecute (st);
      CHECK_STMT (rc, st, "update");
      while (SQL_SUCCEEDED (SQLMoreResults (st)))
        ;
    }
  commit ();
  t1 = bench_now ();
  autocommit (1);
  SQLFreeHandle (SQL_HANDLE_STMT, st);
  free (ids);
  free (name);
  free (ind);
  return t1 - t0;
}

static const struct {
  const char *name;
  double (*func) (char **notes);
  long *rows;
  int factor;
} scenarios[] = {
  { "core_insert", sc_core_insert, &n_rows, 1 },
  { "core_select", sc_core_select, &n_rows, 1 },
  { "rel", sc_rel, &n_parents, 11 },
  { "get", sc_get, &n_small, 1 },
  { "insert_txn", sc_insert_txn, &n_small, 1 },
  { "update", sc_update, &n_small, 1 },
  { "stream", sc_stream, &n_stream, 1 },
};

int
main (int argc, char **argv)
{
  SQLCHAR out[1024];
  SQLSMALLINT out_len;
  size_t i;

  if (argc != 4)
    {
      fprintf (stderr, "usage: bench-odbc CONNECTION-STRING sqlite|postgresql|mysql SCENARIO\n");
      return 2;
    }
  backend = argv[2];
  n_rows = bench_n (100000);
  n_stream = bench_n (1000000);
  n_parents = bench_n (1000);
  n_small = bench_n (10000);
  SQLAllocHandle (SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env);
  SQLSetEnvAttr (env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER) SQL_OV_ODBC3, 0);
  SQLAllocHandle (SQL_HANDLE_DBC, env, &dbc);
  CHECK_DBC (SQLDriverConnect (dbc, NULL, (SQLCHAR *) argv[1], SQL_NTS, out, sizeof out, &out_len,
                               SQL_DRIVER_NOPROMPT), "connect");
  for (i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++)
    if (strcmp (scenarios[i].name, argv[3]) == 0)
      {
        int runs = bench_runs (), r;
        double *times = calloc (runs, sizeof (double));
        char *notes = NULL;

        double w0 = bench_now ();

        scenarios[i].func (&notes);         /* warm-up */
        runs = bench_runs_after_warmup (runs, bench_now () - w0);
        for (r = 0; r < runs; r++)
          times[r] = scenarios[i].func (&notes);
        bench_report (argv[3], "odbc", bench_median (times, runs), *scenarios[i].rows * scenarios[i].factor,
                      runs, notes);
        free (notes);
        free (times);
        SQLDisconnect (dbc);
        return 0;
      }
  fprintf (stderr, "bench-odbc: unknown scenario %s\n", argv[3]);
  return 2;
}
