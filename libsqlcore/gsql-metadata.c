/* gsql-metadata.c: a collection of tables and what to do with all of them
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-metadata
 * @title: GsqlMetaData
 * @short_description: the tables of a schema, in dependency order,
 *   created and dropped together
 *
 * A #GsqlMetaData holds tables (optionally in named schemas), finds them
 * by name, orders them so that every table comes after the tables its
 * foreign keys refer to (gsql_metadata_get_sorted_tables()), and creates
 * or drops them all on a database:
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlMetaData) metadata = gsql_metadata_new ();
 * gsql_metadata_set_naming_convention (metadata, "fk",
 *     "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s");
 * GsqlTable *users = gsql_metadata_add_table (metadata, "user_account", &error,
 *     gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
 *     gsql_column_new ("name", gsql_sql_type_string_new (30), "nullable", FALSE, NULL),
 *     NULL);
 * if (!gsql_metadata_create_all (metadata, engine, TRUE, NULL, &error))
 *   …
 * ]|
 *
 * Foreign keys that form a cycle are marked #GsqlConstraint:use-alter and
 * added with ALTER TABLE after the tables exist, on dialects that can
 * (SQLite, which cannot, accepts them inside CREATE TABLE since it does
 * not check references when creating tables).
 *
 * The naming convention names constraints and indexes that were added
 * without a name, as SQLAlchemy's `naming_convention` does.  Templates use
 * the tokens `%(table_name)s`, `%(column_0_name)s`, `%(column_0N_name)s`
 * (all columns run together), `%(column_0_N_name)s` (all columns joined
 * by `_`), `%(column_0_label)s` (`table_column`), `%(referred_table_name)s`,
 * `%(referred_column_0_name)s` and `%(constraint_name)s`, under the keys
 * "pk", "fk", "uq", "ck" and "ix".  The default is only
 * `ix` → `ix_%(column_0_label)s`.
 */

#include "config.h"

#include <string.h>

#include "gsql-core-private.h"
#include "gsql-schema-private.h"

struct _GsqlMetaData {
  GObject parent_instance;

  GPtrArray *tables;         /* GsqlTable, in the order they were added */
  GHashTable *conventions;   /* key → template */
};

/**
 * GsqlMetaData:
 *
 * A collection of #GsqlTable definitions, sorted by their foreign keys,
 * with naming conventions and create_all/drop_all.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlMetaData, gsql_metadata, G_TYPE_OBJECT)

static void
gsql_metadata_finalize (GObject *object)
{
  GsqlMetaData *self = GSQL_METADATA (object);
  guint i;

  for (i = 0; i < self->tables->len; i++)
    _gsql_table_detach (g_ptr_array_index (self->tables, i));
  g_ptr_array_unref (self->tables);
  g_hash_table_unref (self->conventions);

  G_OBJECT_CLASS (gsql_metadata_parent_class)->finalize (object);
}

static void
gsql_metadata_class_init (GsqlMetaDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_metadata_finalize;
}

static void
gsql_metadata_init (GsqlMetaData *self)
{
  self->tables = g_ptr_array_new_with_free_func (g_object_unref);
  self->conventions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (self->conventions, g_strdup ("ix"), g_strdup ("ix_%(column_0_label)s"));
}

/**
 * gsql_metadata_new:
 *
 * Returns: (transfer full): an empty metadata
 *
 * Since: 1.0
 */
GsqlMetaData *
gsql_metadata_new (void)
{
  return g_object_new (GSQL_TYPE_METADATA, NULL);
}

/**
 * gsql_metadata_add_table: (skip)
 * @self: a #GsqlMetaData
 * @name: the table's name
 * @error: return location for a #GError
 * @first_column: (transfer floating) (nullable): the first column
 * @...: more columns, ending with %NULL
 *
 * Adds a table in the default schema; the varargs form of
 * gsql_metadata_add_table_full().
 *
 * Returns: (transfer none): the table, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlTable *
gsql_metadata_add_table (GsqlMetaData  *self,
                         const char    *name,
                         GError       **error,
                         GsqlColumn    *first_column,
                         ...)
{
  g_autoptr(GPtrArray) cols = g_ptr_array_new ();
  GsqlColumn *c;
  va_list ap;

  va_start (ap, first_column);
  for (c = first_column; c != NULL; c = va_arg (ap, GsqlColumn *))
    g_ptr_array_add (cols, c);
  va_end (ap);
  return gsql_metadata_add_table_full (self, NULL, name, (GsqlColumn **) cols->pdata,
                                       cols->len, error);
}

static gboolean
same (const char *a, const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/**
 * gsql_metadata_add_table_full: (rename-to gsql_metadata_add_table)
 * @self: a #GsqlMetaData
 * @schema: (nullable): the table's schema, or %NULL for the default
 * @name: the table's name
 * @columns: (array length=n_columns) (transfer floating): the columns
 * @n_columns: the number of columns
 * @error: return location for a #GError
 *
 * Adds a table with its columns.  The metadata takes the columns' floating
 * references, also on failure, and adds nothing when any column is
 * refused.
 *
 * Returns: (transfer none): the table, owned by @self, or %NULL with
 *   %GSQL_ERROR_INVALID_ARGUMENT (an empty or duplicate table name, a bad
 *   column)
 *
 * Since: 1.0
 */
GsqlTable *
gsql_metadata_add_table_full (GsqlMetaData  *self,
                              const char    *schema,
                              const char    *name,
                              GsqlColumn   **columns,
                              guint          n_columns,
                              GError       **error)
{
  GsqlTable *table;
  guint i;

  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);
  g_return_val_if_fail (columns != NULL || n_columns == 0, NULL);

  _gsql_core_init ();
  for (i = 0; i < n_columns; i++)
    g_object_ref_sink (columns[i]);

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL) ||
      (schema != NULL && (*schema == '\0' || !g_utf8_validate (schema, -1, NULL))))
    {
      g_set_error_literal (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                           _("A table needs a non-empty UTF-8 name (and schema, when given)"));
      table = NULL;
      goto out;
    }
  if (gsql_metadata_get_table_in_schema (self, schema, name) != NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("The metadata already has a table named “%s”"), name);
      table = NULL;
      goto out;
    }

  table = _gsql_table_new (self, schema, name);
  for (i = 0; i < n_columns; i++)
    if (!gsql_table_add_column (table, columns[i], error))
      {
        _gsql_table_detach (table);
        g_clear_object (&table);
        goto out;
      }
  g_ptr_array_add (self->tables, table);

out:
  for (i = 0; i < n_columns; i++)
    g_object_unref (columns[i]);
  return table;
}

/**
 * gsql_metadata_get_table:
 * @self: a #GsqlMetaData
 * @name: a table name, or `schema.name`
 *
 * Finds a table by name: first in the default schema, then as
 * `schema.name`.
 *
 * Returns: (transfer none) (nullable): the table
 *
 * Since: 1.0
 */
GsqlTable *
gsql_metadata_get_table (GsqlMetaData *self,
                         const char   *name)
{
  GsqlTable *t;
  const char *dot;

  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  t = gsql_metadata_get_table_in_schema (self, NULL, name);
  if (t != NULL)
    return t;
  dot = strrchr (name, '.');
  if (dot != NULL)
    {
      g_autofree char *schema = g_strndup (name, dot - name);
      return gsql_metadata_get_table_in_schema (self, schema, dot + 1);
    }
  return NULL;
}

/**
 * gsql_metadata_get_table_in_schema:
 * @self: a #GsqlMetaData
 * @schema: (nullable): a schema, or %NULL for the default
 * @name: a table name
 *
 * Returns: (transfer none) (nullable): the table
 *
 * Since: 1.0
 */
GsqlTable *
gsql_metadata_get_table_in_schema (GsqlMetaData *self,
                                   const char   *schema,
                                   const char   *name)
{
  guint i;

  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);

  for (i = 0; i < self->tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (self->tables, i);
      if (same (gsql_table_get_schema (t), schema) && same (gsql_table_get_name (t), name))
        return t;
    }
  return NULL;
}

/**
 * gsql_metadata_remove_table:
 * @self: a #GsqlMetaData
 * @table: one of its tables
 *
 * Removes a table from the metadata (not from any database).
 *
 * Returns: %TRUE when @table was one of @self's tables
 *
 * Since: 1.0
 */
gboolean
gsql_metadata_remove_table (GsqlMetaData *self,
                            GsqlTable    *table)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), FALSE);
  g_return_val_if_fail (GSQL_IS_TABLE (table), FALSE);

  if (gsql_table_get_metadata (table) != self)
    return FALSE;
  _gsql_table_detach (table);
  return g_ptr_array_remove (self->tables, table);
}

/**
 * gsql_metadata_get_tables:
 * @self: a #GsqlMetaData
 *
 * Returns: (transfer container) (element-type GsqlTable): the tables in
 *   the order they were added
 *
 * Since: 1.0
 */
GPtrArray *
gsql_metadata_get_tables (GsqlMetaData *self)
{
  GPtrArray *all;
  guint i;

  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);

  all = g_ptr_array_new ();
  for (i = 0; i < self->tables->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (self->tables, i));
  return all;
}

/* The table a foreign key refers to, or NULL when it is outside the
 * metadata (a validation error reported elsewhere). */
static GsqlTable *
referred (GsqlConstraint *fk)
{
  return gsql_constraint_resolve_referred_table (fk, NULL);
}

/* Whether table @from reaches table @to along foreign keys among the
 * tables not yet sorted. */
static gboolean
leads_to (GsqlMetaData *self, GHashTable *index, const gboolean *done, guint from, guint to)
{
  guint n = self->tables->len;
  g_autofree gboolean *seen = g_new0 (gboolean, n);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

  g_array_append_val (stack, from);
  seen[from] = TRUE;
  while (stack->len > 0)
    {
      guint at = g_array_index (stack, guint, stack->len - 1);
      g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (g_ptr_array_index (self->tables, at));
      guint k;

      g_array_set_size (stack, stack->len - 1);
      if (at == to)
        return TRUE;
      for (k = 0; k < fks->len; k++)
        {
          GsqlConstraint *fk = g_ptr_array_index (fks, k);
          GsqlTable *r = gsql_constraint_resolve_referred_table (fk, NULL);
          guint ri;

          if (r == NULL || gsql_constraint_get_use_alter (fk))
            continue;
          ri = GPOINTER_TO_UINT (g_hash_table_lookup (index, r));
          if (ri != 0 && !done[ri - 1] && !seen[ri - 1])
            {
              guint next = ri - 1;
              seen[next] = TRUE;
              g_array_append_val (stack, next);
            }
        }
    }
  return FALSE;
}

/* Kahn's algorithm over "refers to" edges, ignoring self references and
 * foreign keys already created by ALTER.  When only tables in cycles are
 * left, the foreign keys between them are marked use-alter and the sort
 * goes on; @cycle_fks receives them.  Ties keep the order of addition. */
static GPtrArray *
sort_tables (GsqlMetaData *self, GPtrArray *cycle_fks)
{
  guint n = self->tables->len;
  g_autofree guint *pending = g_new0 (guint, n);
  g_autofree gboolean *done = g_new0 (gboolean, n);
  GPtrArray *order = g_ptr_array_new ();
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) in_cycle = g_ptr_array_new ();
  guint i, j, k;

  for (i = 0; i < n; i++)
    g_hash_table_insert (index, g_ptr_array_index (self->tables, i), GUINT_TO_POINTER (i + 1));

  while (order->len < n)
    {
      gboolean progress = FALSE;

      /* Count for each table the unfinished tables it still waits for. */
      for (i = 0; i < n; i++)
        {
          g_autoptr(GPtrArray) fks = NULL;
          GsqlTable *t = g_ptr_array_index (self->tables, i);

          pending[i] = 0;
          if (done[i])
            continue;
          fks = gsql_table_get_foreign_keys (t);
          for (k = 0; k < fks->len; k++)
            {
              GsqlConstraint *fk = g_ptr_array_index (fks, k);
              GsqlTable *r;
              guint ri;

              if (gsql_constraint_get_use_alter (fk))
                continue;
              r = referred (fk);
              if (r == NULL || r == t)
                continue;
              ri = GPOINTER_TO_UINT (g_hash_table_lookup (index, r));
              if (ri != 0 && !done[ri - 1])
                pending[i]++;
            }
        }
      for (i = 0; i < n; i++)
        if (!done[i] && pending[i] == 0)
          {
            done[i] = TRUE;
            g_ptr_array_add (order, g_ptr_array_index (self->tables, i));
            progress = TRUE;
            break;   /* recount: keeps addition order among ready tables */
          }
      if (progress)
        continue;

      /* Only cycles are left: the foreign keys among the remaining tables
       * that point at other remaining tables are created by ALTER. */
      for (i = 0; i < n; i++)
        {
          g_autoptr(GPtrArray) fks = NULL;
          GsqlTable *t = g_ptr_array_index (self->tables, i);

          if (done[i])
            continue;
          fks = gsql_table_get_foreign_keys (t);
          for (k = 0; k < fks->len; k++)
            {
              GsqlConstraint *fk = g_ptr_array_index (fks, k);
              GsqlTable *r = referred (fk);
              guint ri;

              if (r == NULL || r == t || gsql_constraint_get_use_alter (fk))
                continue;
              ri = GPOINTER_TO_UINT (g_hash_table_lookup (index, r));
              /* Only a key of a cycle: one whose table @r leads back to
               * @t (a table that merely refers into a cycle waits). */
              if (ri != 0 && !done[ri - 1] && leads_to (self, index, done, ri - 1, i))
                g_ptr_array_add (in_cycle, fk);
            }
        }
      /* Marked together: every key of the cycle goes by ALTER. */
      for (k = 0; k < in_cycle->len; k++)
        {
          gsql_constraint_set_use_alter (g_ptr_array_index (in_cycle, k), TRUE);
          if (cycle_fks != NULL)
            g_ptr_array_add (cycle_fks, g_ptr_array_index (in_cycle, k));
        }
      g_ptr_array_set_size (in_cycle, 0);
      (void) j;
    }
  return order;
}

/**
 * gsql_metadata_get_sorted_tables:
 * @self: a #GsqlMetaData
 * @error: return location for a #GError
 *
 * The tables in foreign-key dependency order: each after the tables it
 * refers to (ties in the order they were added).  Foreign keys in a cycle
 * are marked #GsqlConstraint:use-alter so that the cycle does not decide
 * the order.
 *
 * Returns: (transfer container) (element-type GsqlTable): the tables, or
 *   %NULL with @error set when a table is invalid (see
 *   gsql_table_validate())
 *
 * Since: 1.0
 */
GPtrArray *
gsql_metadata_get_sorted_tables (GsqlMetaData  *self,
                                 GError       **error)
{
  guint i;

  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);

  for (i = 0; i < self->tables->len; i++)
    if (!gsql_table_validate (g_ptr_array_index (self->tables, i), error))
      return NULL;
  return sort_tables (self, NULL);
}

/**
 * gsql_metadata_set_naming_convention:
 * @self: a #GsqlMetaData
 * @key: "pk", "fk", "uq", "ck" or "ix"
 * @template_: (nullable): the name template, or %NULL to name no more
 *
 * Sets how constraints or indexes of one kind are named when added
 * without a name.  Tables added earlier keep their names.
 *
 * Since: 1.0
 */
void
gsql_metadata_set_naming_convention (GsqlMetaData *self,
                                     const char   *key,
                                     const char   *template_)
{
  g_return_if_fail (GSQL_IS_METADATA (self));
  g_return_if_fail (key != NULL);

  if (template_ == NULL)
    g_hash_table_remove (self->conventions, key);
  else
    g_hash_table_replace (self->conventions, g_strdup (key), g_strdup (template_));
}

/**
 * gsql_metadata_get_naming_convention:
 * @self: a #GsqlMetaData
 * @key: "pk", "fk", "uq", "ck" or "ix"
 *
 * Returns: (nullable): the template for @key
 *
 * Since: 1.0
 */
const char *
gsql_metadata_get_naming_convention (GsqlMetaData *self,
                                     const char   *key)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);
  return g_hash_table_lookup (self->conventions, key);
}

char *
_gsql_metadata_apply_convention (GsqlMetaData       *self,
                                 const char         *key,
                                 GsqlTable          *table,
                                 const char * const *columns,
                                 const char         *referred_table,
                                 const char * const *referred_columns,
                                 const char         *constraint_name)
{
  const char *tmpl = g_hash_table_lookup (self->conventions, key);
  GString *s;
  const char *p;

  if (tmpl == NULL)
    return NULL;
  s = g_string_new (NULL);
  for (p = tmpl; *p; )
    {
      const char *end;
      g_autofree char *token = NULL;

      if (p[0] != '%' || p[1] != '(' || (end = strstr (p, ")s")) == NULL)
        {
          g_string_append_c (s, *p++);
          continue;
        }
      token = g_strndup (p + 2, end - p - 2);
      p = end + 2;
      if (g_str_equal (token, "table_name"))
        g_string_append (s, gsql_table_get_name (table));
      else if (g_str_equal (token, "column_0_name") && columns && columns[0])
        g_string_append (s, columns[0]);
      else if (g_str_equal (token, "column_0_label") && columns && columns[0])
        g_string_append_printf (s, "%s_%s", gsql_table_get_name (table), columns[0]);
      else if (g_str_equal (token, "column_0N_name") && columns)
        {
          guint i;
          for (i = 0; columns[i]; i++)
            g_string_append (s, columns[i]);
        }
      else if (g_str_equal (token, "column_0_N_name") && columns)
        {
          g_autofree char *joined = g_strjoinv ("_", (char **) columns);
          g_string_append (s, joined);
        }
      else if (g_str_equal (token, "referred_table_name") && referred_table)
        {
          const char *dot = strrchr (referred_table, '.');
          g_string_append (s, dot ? dot + 1 : referred_table);
        }
      else if (g_str_equal (token, "referred_column_0_name") && referred_columns && referred_columns[0])
        g_string_append (s, referred_columns[0]);
      else if (g_str_equal (token, "constraint_name") && constraint_name)
        g_string_append (s, constraint_name);
      else
        {
          /* A token this object cannot fill (a CHECK without a name for
           * %(constraint_name)s): leave it unnamed rather than misnamed. */
          g_string_free (s, TRUE);
          return NULL;
        }
    }
  return g_string_free (s, FALSE);
}

/* DDL plans */

typedef struct {
  GsqlConnection *conn;      /* NULL: compile only */
  GsqlDialect *dialect;
  gboolean checkfirst;
  GCancellable *cancellable;
} Plan;

static gboolean
query_exists (Plan *plan, const char *sql, const char *a, const char *b, gboolean *exists, GError **error)
{
  g_autoptr(GsqlResult) r = NULL;
  GValue params[2] = { G_VALUE_INIT, G_VALUE_INIT };
  guint n = 0;

  g_value_init (&params[n], G_TYPE_STRING);
  g_value_set_string (&params[n++], a);
  if (b != NULL)
    {
      g_value_init (&params[n], G_TYPE_STRING);
      g_value_set_string (&params[n++], b);
    }
  r = gsql_connection_execute (plan->conn, sql, params, n, plan->cancellable, error);
  g_value_unset (&params[0]);
  if (n > 1)
    g_value_unset (&params[1]);
  if (r == NULL)
    return FALSE;
  *exists = gsql_result_next (r, error);
  return error == NULL || *error == NULL;
}

static gboolean
table_exists (Plan *plan, GsqlTable *t, gboolean *exists, GError **error)
{
  const char *dialect = gsql_dialect_get_name (plan->dialect);
  const char *schema = gsql_table_get_schema (t);
  const char *name = gsql_table_get_name (t);

  if (g_str_equal (dialect, "sqlite"))
    {
      if (schema != NULL)
        {
          g_autofree char *q = gsql_dialect_quote_identifier (plan->dialect, schema);
          g_autofree char *sql = g_strdup_printf ("SELECT name FROM %s.sqlite_master WHERE type = 'table' AND name = ?", q);
          return query_exists (plan, sql, name, NULL, exists, error);
        }
      return query_exists (plan, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                           name, NULL, exists, error);
    }
  if (g_str_equal (dialect, "mysql"))
    return schema != NULL
      ? query_exists (plan, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                      schema, name, exists, error)
      : query_exists (plan, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?",
                      name, NULL, exists, error);
  return schema != NULL
    ? query_exists (plan, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                    schema, name, exists, error)
    : query_exists (plan, "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?",
                    name, NULL, exists, error);
}

static gboolean
emit (Plan *plan, GPtrArray *out, char *stmt, GError **error)
{
  if (plan->conn != NULL)
    {
      g_autoptr(GsqlResult) r = gsql_connection_execute (plan->conn, stmt, NULL, 0,
                                                         plan->cancellable, error);
      g_free (stmt);
      return r != NULL;
    }
  g_ptr_array_add (out, stmt);
  return TRUE;
}

static gboolean
emit_all (Plan *plan, GPtrArray *out, GStrv stmts, GError **error)
{
  guint i;
  gboolean ok = TRUE;

  if (stmts == NULL)
    return FALSE;
  for (i = 0; stmts[i] != NULL; i++)
    {
      if (ok)
        ok = emit (plan, out, stmts[i], error);
      else
        g_free (stmts[i]);
    }
  g_free (stmts);
  return ok;
}

static gboolean
inline_alter_fks (GsqlDialect *dialect)
{
  return g_str_equal (gsql_dialect_get_name (dialect), "sqlite");
}

static gboolean
plan_create (GsqlMetaData *self, Plan *plan, GPtrArray *out, GError **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) created = g_ptr_array_new ();
  g_autoptr(GHashTable) types_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i, k;

  sorted = gsql_metadata_get_sorted_tables (self, error);
  if (sorted == NULL)
    return FALSE;

  for (i = 0; i < sorted->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (sorted, i);
      g_auto(GStrv) types = NULL;
      g_autoptr(GPtrArray) indexes = NULL;
      char *sql;

      if (plan->conn != NULL && plan->checkfirst)
        {
          gboolean exists = FALSE;
          if (!table_exists (plan, t, &exists, error))
            return FALSE;
          if (exists)
            continue;
        }

      /* Named types (PostgreSQL enums) first, once each. */
      types = gsql_dialect_compile_create_types (plan->dialect, t, error);
      if (types == NULL)
        return FALSE;
      for (k = 0; types[k] != NULL; k++)
        {
          if (g_hash_table_contains (types_done, types[k]))
            continue;
          g_hash_table_add (types_done, g_strdup (types[k]));
          if (plan->conn != NULL && plan->checkfirst)
            {
              /* CREATE TYPE has no IF NOT EXISTS: ask pg_type. */
              const char *p = types[k] + strlen ("CREATE TYPE ");
              const char *e = strstr (p, " AS ENUM");
              g_autofree char *tname = e ? g_strndup (p, e - p) : g_strdup (p);
              gboolean exists = FALSE;
              if (tname[0] == '"')
                {
                  char *unq = g_strndup (tname + 1, strlen (tname) - 2);
                  g_free (tname);
                  tname = unq;
                }
              if (!query_exists (plan, "SELECT typname FROM pg_type WHERE typname = ?", tname, NULL,
                                 &exists, error))
                return FALSE;
              if (exists)
                continue;
            }
          if (!emit (plan, out, g_strdup (types[k]), error))
            return FALSE;
        }

      sql = gsql_dialect_compile_create_table (plan->dialect, t, error);
      if (sql == NULL || !emit (plan, out, sql, error))
        return FALSE;
      g_ptr_array_add (created, t);

      indexes = gsql_table_get_indexes (t);
      for (k = 0; k < indexes->len; k++)
        {
          sql = gsql_dialect_compile_create_index (plan->dialect, g_ptr_array_index (indexes, k), error);
          if (sql == NULL || !emit (plan, out, sql, error))
            return FALSE;
        }
      if (!emit_all (plan, out, gsql_dialect_compile_comments (plan->dialect, t, error), error))
        return FALSE;
    }

  if (inline_alter_fks (plan->dialect))
    return TRUE;
  for (i = 0; i < created->len; i++)
    {
      g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (g_ptr_array_index (created, i));
      for (k = 0; k < fks->len; k++)
        {
          GsqlConstraint *fk = g_ptr_array_index (fks, k);
          char *sql;

          if (!gsql_constraint_get_use_alter (fk))
            continue;
          if (!gsql_dialect_supports_alter_constraints (plan->dialect))
            {
              g_set_error (error, GSQL_ERROR, GSQL_ERROR_NOT_SUPPORTED,
                           _("The foreign keys of table “%s” form a cycle, and the %s dialect cannot add them after the tables"),
                           gsql_table_get_name (g_ptr_array_index (created, i)),
                           gsql_dialect_get_name (plan->dialect));
              return FALSE;
            }
          sql = gsql_dialect_compile_add_constraint (plan->dialect, fk, error);
          if (sql == NULL || !emit (plan, out, sql, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
plan_drop (GsqlMetaData *self, Plan *plan, GPtrArray *out, GError **error)
{
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) present = g_ptr_array_new ();
  g_autoptr(GHashTable) types_done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint i, k;

  sorted = gsql_metadata_get_sorted_tables (self, error);
  if (sorted == NULL)
    return FALSE;

  for (i = sorted->len; i > 0; i--)
    {
      GsqlTable *t = g_ptr_array_index (sorted, i - 1);

      if (plan->conn != NULL && plan->checkfirst)
        {
          gboolean exists = FALSE;
          if (!table_exists (plan, t, &exists, error))
            return FALSE;
          if (!exists)
            continue;
        }
      g_ptr_array_add (present, t);
    }

  /* Foreign keys of a cycle go first, so the tables can go in any order. */
  if (!inline_alter_fks (plan->dialect))
    for (i = 0; i < present->len; i++)
      {
        g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (g_ptr_array_index (present, i));
        for (k = 0; k < fks->len; k++)
          {
            GsqlConstraint *fk = g_ptr_array_index (fks, k);
            char *sql;

            if (!gsql_constraint_get_use_alter (fk) || !gsql_dialect_supports_alter_constraints (plan->dialect))
              continue;
            if (gsql_constraint_get_name (fk) == NULL)
              {
                g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                             _("A foreign key of table “%s” is in a cycle and has no name, so it cannot be dropped; name it or set a naming convention for “fk”"),
                             gsql_table_get_name (g_ptr_array_index (present, i)));
                return FALSE;
              }
            sql = gsql_dialect_compile_drop_constraint (plan->dialect, fk, error);
            if (sql == NULL || !emit (plan, out, sql, error))
              return FALSE;
          }
      }

  for (i = 0; i < present->len; i++)
    {
      char *sql = gsql_dialect_compile_drop_table (plan->dialect, g_ptr_array_index (present, i),
                                                   FALSE, error);
      if (sql == NULL || !emit (plan, out, sql, error))
        return FALSE;
    }
  for (i = 0; i < present->len; i++)
    {
      g_auto(GStrv) types = gsql_dialect_compile_drop_types (plan->dialect, g_ptr_array_index (present, i), error);
      if (types == NULL)
        return FALSE;
      for (k = 0; types[k] != NULL; k++)
        {
          if (g_hash_table_contains (types_done, types[k]))
            continue;
          g_hash_table_add (types_done, g_strdup (types[k]));
          if (!emit (plan, out, g_strdup (types[k]), error))
            return FALSE;
        }
    }
  return TRUE;
}

static GStrv
compile_plan (GsqlMetaData *self, const char *dialect, gboolean create, GError **error)
{
  Plan plan = { 0 };
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  _gsql_core_init ();
  plan.dialect = gsql_dialect_get (dialect);
  if (plan.dialect == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Unknown SQL dialect “%s”"), dialect ? dialect : "(null)");
      return NULL;
    }
  if (!(create ? plan_create : plan_drop) (self, &plan, out, error))
    return NULL;
  g_ptr_array_add (out, NULL);
  return (GStrv) g_ptr_array_steal (out, NULL);
}

/**
 * gsql_metadata_compile_create_all:
 * @self: a #GsqlMetaData
 * @dialect: a dialect name
 * @error: return location for a #GError
 *
 * The statements gsql_metadata_create_all() would run on an empty
 * database: named types, tables in dependency order with their indexes and
 * comments, then the foreign keys of cycles.
 *
 * Returns: (transfer full) (array zero-terminated=1): the statements, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GStrv
gsql_metadata_compile_create_all (GsqlMetaData  *self,
                                  const char    *dialect,
                                  GError       **error)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);
  return compile_plan (self, dialect, TRUE, error);
}

/**
 * gsql_metadata_compile_drop_all:
 * @self: a #GsqlMetaData
 * @dialect: a dialect name
 * @error: return location for a #GError
 *
 * The statements gsql_metadata_drop_all() would run when every table
 * exists.
 *
 * Returns: (transfer full) (array zero-terminated=1): the statements, or
 *   %NULL with @error set
 *
 * Since: 1.0
 */
GStrv
gsql_metadata_compile_drop_all (GsqlMetaData  *self,
                                const char    *dialect,
                                GError       **error)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), NULL);
  return compile_plan (self, dialect, FALSE, error);
}

static gboolean
run_plan (GsqlMetaData *self, GsqlEngine *engine, gboolean checkfirst, gboolean create,
          GCancellable *cancellable, GError **error)
{
  g_autoptr(GsqlConnection) conn = NULL;
  Plan plan = { 0 };
  gboolean ok;

  _gsql_core_init ();
  conn = gsql_engine_connect (engine, cancellable, error);
  if (conn == NULL)
    return FALSE;
  plan.conn = conn;
  plan.dialect = gsql_engine_get_dialect (engine);
  plan.checkfirst = checkfirst;
  plan.cancellable = cancellable;

  /* One transaction where DDL is transactional (PostgreSQL, SQLite): all
   * or nothing.  MariaDB commits each DDL statement on its own. */
  if (!gsql_connection_begin (conn, error))
    return FALSE;
  /* SQLite cannot drop the keys of a cycle by ALTER, and DROP TABLE checks
   * the keys of the rows it deletes: checked at commit instead, when every
   * table of the cycle is gone. */
  if (!create && g_str_equal (gsql_dialect_get_name (plan.dialect), "sqlite"))
    {
      g_autoptr(GsqlResult) r = gsql_connection_execute (conn, "PRAGMA defer_foreign_keys = ON", NULL, 0,
                                                         cancellable, error);
      if (r == NULL)
        {
          gsql_connection_rollback (conn, NULL);
          return FALSE;
        }
    }
  ok = (create ? plan_create : plan_drop) (self, &plan, NULL, error);
  if (!ok)
    {
      gsql_connection_rollback (conn, NULL);
      return FALSE;
    }
  return gsql_connection_commit (conn, error);
}

/**
 * gsql_metadata_create_all:
 * @self: a #GsqlMetaData
 * @engine: the database to create the tables in
 * @checkfirst: whether to skip tables (and named types) that exist
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Creates every table with its indexes, in dependency order, in one
 * transaction where the database's DDL is transactional.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_metadata_create_all (GsqlMetaData  *self,
                          GsqlEngine    *engine,
                          gboolean       checkfirst,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), FALSE);
  g_return_val_if_fail (GSQL_IS_ENGINE (engine), FALSE);
  return run_plan (self, engine, checkfirst, TRUE, cancellable, error);
}

/**
 * gsql_metadata_drop_all:
 * @self: a #GsqlMetaData
 * @engine: the database to drop the tables from
 * @checkfirst: whether to skip tables that do not exist
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Drops every table in reverse dependency order (the foreign keys of
 * cycles first), then named types.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
gboolean
gsql_metadata_drop_all (GsqlMetaData  *self,
                        GsqlEngine    *engine,
                        gboolean       checkfirst,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_return_val_if_fail (GSQL_IS_METADATA (self), FALSE);
  g_return_val_if_fail (GSQL_IS_ENGINE (engine), FALSE);
  return run_plan (self, engine, checkfirst, FALSE, cancellable, error);
}
