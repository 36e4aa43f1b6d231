/* gsql-expr.c: the SQL expression language
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-expr
 * @title: GsqlExpr
 * @short_description: SELECT, INSERT, UPDATE and DELETE built from
 *   expression trees
 *
 * Statements are built from #GsqlExpr nodes, as SQLAlchemy Core builds
 * them: columns of tables, values (always sent as bound parameters),
 * operators, functions, subqueries, joins and common table expressions.
 * Nodes are floating references: a constructor that takes a node sinks it,
 * so nesting leaks nothing, and only the statement at the top needs
 * releasing.  Builder functions such as gsql_select_where() change the
 * statement they are given and return it for chaining.
 *
 * |[<!-- language="C" -->
 * GsqlExpr *stmt = g_object_ref_sink (gsql_select (gsql_col (users, "id"),
 *                                                  gsql_col (users, "name"),
 *                                                  NULL));
 * gsql_select_where (stmt, gsql_in (gsql_col (users, "name"),
 *                                   gsql_str ("spongebob"), gsql_str ("sandy"),
 *                                   NULL));
 * gsql_select_order_by (stmt, gsql_desc (gsql_col (users, "id")));
 * g_autoptr(GsqlResult) r = gsql_connection_execute_statement (conn, stmt, NULL, NULL, 0,
 *                                                              NULL, &error);
 * g_object_unref (stmt);
 * ]|
 *
 * gsql_expr_compile() turns a statement into SQL for a dialect; the same
 * statement executed again reuses its compiled form.
 */

#include "config.h"

#include <string.h>

#include "gsql-core-private.h"
#include "gsql-expr-private.h"

/**
 * GsqlExpr:
 *
 * A node of the SQL expression language: a column, value, operator,
 * function, SELECT, INSERT, UPDATE or DELETE.  Constructors return
 * floating references that the node taking them sinks.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlExpr, gsql_expr, G_TYPE_INITIALLY_UNOWNED)


static void
clear_array (GPtrArray **a)
{
  g_clear_pointer (a, g_ptr_array_unref);
}

static void
gsql_expr_finalize (GObject *object)
{
  GsqlExpr *self = GSQL_EXPR (object);
  guint i;

  g_clear_object (&self->type);
  g_free (self->name);
  g_free (self->text);
  if (G_IS_VALUE (&self->value))
    g_value_unset (&self->value);
  g_clear_object (&self->column);
  g_clear_object (&self->table);
  g_clear_object (&self->from);
  g_clear_object (&self->left);
  g_clear_object (&self->right);
  g_clear_object (&self->third);
  clear_array (&self->args);
  clear_array (&self->partition_by);
  clear_array (&self->over_order_by);
  g_strfreev (self->cte_columns);
  g_clear_object (&self->recursive_part);
  clear_array (&self->columns);
  clear_array (&self->froms);
  if (self->joins != NULL)
    {
      for (i = 0; i < self->joins->len; i++)
        {
          GsqlJoinSpec *j = &g_array_index (self->joins, GsqlJoinSpec, i);
          g_clear_object (&j->right);
          g_clear_object (&j->on);
        }
      g_array_unref (self->joins);
    }
  g_clear_object (&self->where);
  clear_array (&self->group_by);
  g_clear_object (&self->having);
  clear_array (&self->order_by);
  clear_array (&self->distinct_on);
  clear_array (&self->correlate);
  clear_array (&self->correlate_except);
  clear_array (&self->ctes);
  clear_array (&self->selects);
  g_strfreev (self->insert_columns);
  clear_array (&self->rows);
  g_clear_object (&self->from_select);
  g_strfreev (self->conflict_columns);
  g_strfreev (self->set_columns);
  clear_array (&self->set_values);
  clear_array (&self->returning);
  for (i = 0; i < G_N_ELEMENTS (self->cache); i++)
    g_clear_object (&self->cache[i]);

  G_OBJECT_CLASS (gsql_expr_parent_class)->finalize (object);
}

static void
gsql_expr_class_init (GsqlExprClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_expr_finalize;
}

static void
gsql_expr_init (GsqlExpr *self)
{
}

void
_gsql_expr_invalidate (GsqlExpr *self)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (self->cache); i++)
    g_clear_object (&self->cache[i]);
}

static GsqlExpr *
node (GsqlExprKind kind)
{
  GsqlExpr *e = g_object_new (GSQL_TYPE_EXPR, NULL);
  e->kind = kind;
  return e;
}

/* Takes a (usually floating) child. */
static GsqlExpr *
take (GsqlExpr *child)
{
  return child ? g_object_ref_sink (child) : NULL;
}

static GPtrArray *
new_list (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
set_type (GsqlExpr *e, GsqlSqlType *type)
{
  if (type != NULL)
    g_object_ref_sink (type);
  g_clear_object (&e->type);
  e->type = type;
}

/**
 * gsql_expr_get_kind:
 * @self: a #GsqlExpr
 *
 * Returns: what the node is
 *
 * Since: 1.0
 */
GsqlExprKind
gsql_expr_get_kind (GsqlExpr *self)
{
  g_return_val_if_fail (GSQL_IS_EXPR (self), GSQL_EXPR_NULL);
  return self->kind;
}

/**
 * gsql_expr_get_sql_type:
 * @self: a #GsqlExpr
 *
 * Returns: (transfer none) (nullable): the SQL type of the expression's
 *   values, when known
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_expr_get_sql_type (GsqlExpr *self)
{
  g_return_val_if_fail (GSQL_IS_EXPR (self), NULL);
  return self->type;
}

/**
 * gsql_expr_get_name:
 * @self: a #GsqlExpr
 *
 * Returns: (nullable): the name of a column, label, alias, CTE, function
 *   or bind parameter
 *
 * Since: 1.0
 */
const char *
gsql_expr_get_name (GsqlExpr *self)
{
  g_return_val_if_fail (GSQL_IS_EXPR (self), NULL);
  return self->name;
}

/* Column elements */

/**
 * gsql_table_as_expr:
 * @table: a #GsqlTable
 *
 * Makes an expression that names @table, for the FROM clause or a join
 * (gsql_select_join()).  Each call returns a new node; the table itself is
 * not copied.
 *
 * Returns: (transfer floating): the table as a FROM element
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_table_as_expr (GsqlTable *table)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  e = node (GSQL_EXPR_TABLE);
  e->table = g_object_ref (table);
  e->name = g_strdup (gsql_table_get_name (table));
  return e;
}

/**
 * gsql_column_as_expr:
 * @column: a #GsqlColumn that belongs to a table
 *
 * Makes an expression that names @column (qualified by its table), to use
 * in a select list, a condition or an ORDER BY.  gsql_col() does the same
 * from a table and a column name.
 *
 * Returns: (transfer floating): the column as an expression
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_column_as_expr (GsqlColumn *column)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_COLUMN (column), NULL);
  g_return_val_if_fail (gsql_column_get_table (column) != NULL, NULL);

  e = node (GSQL_EXPR_COLUMN);
  e->column = g_object_ref (column);
  e->name = g_strdup (gsql_column_get_name (column));
  e->from = take (gsql_table_as_expr (gsql_column_get_table (column)));
  set_type (e, gsql_column_get_sql_type (column));
  return e;
}

/**
 * gsql_table_ref: (skip)
 * @table: a #GsqlTable
 *
 * The same as gsql_table_as_expr(), under its first name.  Bindings do not
 * see it: as a method of #GsqlTable it would read `table.ref()`, which
 * everyone takes for reference counting.
 *
 * Returns: (transfer floating): the table as a FROM element
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_table_ref (GsqlTable *table)
{
  return gsql_table_as_expr (table);
}

/**
 * gsql_column_ref: (skip)
 * @column: a #GsqlColumn that belongs to a table
 *
 * The same as gsql_column_as_expr(), under its first name.  Bindings do not
 * see it: as a method of #GsqlColumn it would read `column.ref()`, which
 * everyone takes for reference counting.
 *
 * Returns: (transfer floating): the column as an expression
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_column_ref (GsqlColumn *column)
{
  return gsql_column_as_expr (column);
}

/**
 * gsql_col:
 * @table: a #GsqlTable
 * @name: the name of one of its columns
 *
 * Returns: (transfer floating) (nullable): the column as an expression, or
 *   %NULL (with a critical warning) when the table has no such column
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_col (GsqlTable  *table,
          const char *name)
{
  GsqlColumn *column;

  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  column = gsql_table_get_column (table, name);
  if (column == NULL)
    {
      g_critical ("Table “%s” has no column “%s”", gsql_table_get_name (table), name);
      return NULL;
    }
  return gsql_column_as_expr (column);
}

/**
 * gsql_from_col:
 * @from: an alias, subquery or CTE
 * @name: the name of one of its columns
 *
 * A column of an aliased table, a subquery or a CTE.  For a subquery or a
 * CTE the name is the label (or column name) of one of its select's
 * columns, or one of a recursive CTE's declared column names.
 *
 * Returns: (transfer floating) (nullable): the column, or %NULL (with a
 *   critical warning) when there is no such column
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_from_col (GsqlExpr   *from,
               const char *name)
{
  GsqlExpr *e;
  GsqlExpr *inner;

  g_return_val_if_fail (GSQL_IS_EXPR (from), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (from->kind == GSQL_EXPR_ALIAS || from->kind == GSQL_EXPR_CTE ||
                        from->kind == GSQL_EXPR_TABLE, NULL);

  e = node (GSQL_EXPR_COLUMN);
  e->name = g_strdup (name);
  e->from = g_object_ref_sink (from);

  inner = from->kind == GSQL_EXPR_TABLE ? from : from->from;
  if (inner != NULL && inner->kind == GSQL_EXPR_TABLE)
    {
      GsqlColumn *c = gsql_table_get_column (inner->table, name);
      if (c == NULL)
        {
          g_critical ("Table “%s” has no column “%s”", gsql_table_get_name (inner->table), name);
          g_object_unref (g_object_ref_sink (e));
          return NULL;
        }
      e->column = g_object_ref (c);
      set_type (e, gsql_column_get_sql_type (c));
    }
  else if (inner != NULL && (inner->kind == GSQL_EXPR_SELECT || inner->kind == GSQL_EXPR_COMPOUND))
    {
      GsqlExpr *sel = inner;
      guint i;
      while (sel->kind == GSQL_EXPR_COMPOUND && sel->selects->len > 0)
        sel = g_ptr_array_index (sel->selects, 0);
      for (i = 0; sel->columns != NULL && i < sel->columns->len; i++)
        {
          GsqlExpr *c = g_ptr_array_index (sel->columns, i);
          if (g_strcmp0 (c->name, name) == 0)
            {
              set_type (e, c->type);
              break;
            }
        }
    }
  return e;
}

/**
 * gsql_value:
 * @value: a value; an unset #GValue is NULL
 *
 * A literal value, sent as a bound parameter.  Compared with a column, it
 * takes the column's type for its conversion.
 *
 * Returns: (transfer floating): the value
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_value (const GValue *value)
{
  GsqlExpr *e;

  if (value == NULL || !G_IS_VALUE (value))
    return gsql_null ();
  e = node (GSQL_EXPR_VALUE);
  g_value_init (&e->value, G_VALUE_TYPE (value));
  g_value_copy (value, &e->value);
  return e;
}

/**
 * gsql_typed_value:
 * @value: a value
 * @type: (transfer floating): its SQL type
 *
 * Returns: (transfer floating): a literal value converted through @type
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_typed_value (const GValue *value,
                  GsqlSqlType  *type)
{
  GsqlExpr *e = gsql_value (value);

  if (e->kind == GSQL_EXPR_VALUE)
    set_type (e, type);
  else if (type != NULL)
    g_object_unref (g_object_ref_sink (type));
  return e;
}

/**
 * gsql_int:
 * @value: an integer
 *
 * Returns: (transfer floating): the integer as a bound value
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_int (gint64 value)
{
  GsqlExpr *e = node (GSQL_EXPR_VALUE);

  g_value_init (&e->value, G_TYPE_INT64);
  g_value_set_int64 (&e->value, value);
  return e;
}

/**
 * gsql_double:
 * @value: a number
 *
 * Returns: (transfer floating): the number as a bound value
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_double (double value)
{
  GsqlExpr *e = node (GSQL_EXPR_VALUE);

  g_value_init (&e->value, G_TYPE_DOUBLE);
  g_value_set_double (&e->value, value);
  return e;
}

/**
 * gsql_str:
 * @value: (nullable): a string, or %NULL for NULL
 *
 * Returns: (transfer floating): the string as a bound value
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_str (const char *value)
{
  GsqlExpr *e;

  if (value == NULL)
    return gsql_null ();
  e = node (GSQL_EXPR_VALUE);
  g_value_init (&e->value, G_TYPE_STRING);
  g_value_set_string (&e->value, value);
  return e;
}

/**
 * gsql_bool:
 * @value: a boolean
 *
 * Returns: (transfer floating): the boolean as a bound value
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_bool (gboolean value)
{
  GsqlExpr *e = node (GSQL_EXPR_VALUE);

  g_value_init (&e->value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&e->value, value);
  return e;
}

/**
 * gsql_bindparam:
 * @name: the parameter's name
 * @type: (transfer floating) (nullable): its SQL type, or %NULL to take the
 *   type of the column it is compared with
 *
 * A named parameter whose value is given when the statement is executed,
 * so one statement can run many times with different values.
 *
 * Returns: (transfer floating): the parameter
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_bindparam (const char  *name,
                GsqlSqlType *type)
{
  GsqlExpr *e;

  g_return_val_if_fail (name != NULL && *name != '\0', NULL);
  e = node (GSQL_EXPR_BINDPARAM);
  e->name = g_strdup (name);
  set_type (e, type);
  return e;
}

/**
 * gsql_null:
 *
 * Returns: (transfer floating): NULL
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_null (void)
{
  return node (GSQL_EXPR_NULL);
}

/**
 * gsql_text:
 * @sql: raw SQL, with `:name` for named parameters
 *
 * A fragment of SQL written as is: the one way a string becomes SQL.
 * Write values as `:name` parameters (given at execution) — never into
 * the text.  `::` (PostgreSQL casts) and `\:` are left alone.
 *
 * Returns: (transfer floating): the fragment
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_text (const char *sql)
{
  GsqlExpr *e;

  g_return_val_if_fail (sql != NULL, NULL);
  e = node (GSQL_EXPR_TEXT);
  e->text = g_strdup (sql);
  return e;
}

/**
 * gsql_literal_column:
 * @sql: raw SQL for a column expression
 * @type: (transfer floating) (nullable): its type
 *
 * Returns: (transfer floating): a column written as raw SQL
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_literal_column (const char  *sql,
                     GsqlSqlType *type)
{
  GsqlExpr *e = gsql_text (sql);

  e->name = g_strdup (sql);
  set_type (e, type);
  return e;
}

/**
 * gsql_label:
 * @expr: (transfer floating): an expression
 * @name: its name in the result
 *
 * Returns: (transfer floating): `expr AS name`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_label (GsqlExpr   *expr,
            const char *name)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (expr), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  e = node (GSQL_EXPR_LABEL);
  e->left = take (expr);
  e->name = g_strdup (name);
  set_type (e, expr->type);
  return e;
}

/* Functions */

/**
 * gsql_func_v: (rename-to gsql_func)
 * @name: the function's name
 * @return_type: (transfer floating) (nullable): the type it returns
 * @args: (array length=n_args) (transfer floating): its arguments
 * @n_args: the number of arguments
 *
 * Returns: (transfer floating): `name(args…)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_func_v (const char   *name,
             GsqlSqlType  *return_type,
             GsqlExpr    **args,
             guint         n_args)
{
  GsqlExpr *e;
  guint i;

  g_return_val_if_fail (name != NULL, NULL);
  e = node (GSQL_EXPR_FUNCTION);
  e->name = g_strdup (name);
  e->args = new_list ();
  for (i = 0; i < n_args; i++)
    g_ptr_array_add (e->args, take (args[i]));
  set_type (e, return_type);
  return e;
}

static GPtrArray *
collect (GsqlExpr *first, va_list ap)
{
  GPtrArray *list = g_ptr_array_new ();
  GsqlExpr *e;

  for (e = first; e != NULL; e = va_arg (ap, GsqlExpr *))
    g_ptr_array_add (list, e);
  return list;
}

/**
 * gsql_func: (skip)
 * @name: the function's name
 * @return_type: (transfer floating) (nullable): the type it returns
 * @first_arg: (nullable): the first argument
 * @...: more arguments, ending with %NULL
 *
 * Returns: (transfer floating): `name(args…)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_func (const char  *name,
           GsqlSqlType *return_type,
           GsqlExpr    *first_arg,
           ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first_arg);
  args = collect (first_arg, ap);
  va_end (ap);
  return gsql_func_v (name, return_type, (GsqlExpr **) args->pdata, args->len);
}

static GsqlExpr *
func1 (const char *name, GsqlSqlType *type, GsqlExpr *arg)
{
  return gsql_func_v (name, type, &arg, arg ? 1 : 0);
}

/**
 * gsql_count:
 * @expr: (transfer floating) (nullable): what to count, or %NULL for `*`
 *
 * Returns: (transfer floating): `count(expr)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_count (GsqlExpr *expr)
{
  if (expr == NULL)
    return gsql_count_star ();
  return func1 ("count", gsql_sql_type_big_integer_new (), expr);
}

/**
 * gsql_count_star:
 *
 * Returns: (transfer floating): `count(*)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_count_star (void)
{
  GsqlExpr *e = gsql_func_v ("count", gsql_sql_type_big_integer_new (), NULL, 0);
  g_ptr_array_add (e->args, take (gsql_text ("*")));
  return e;
}

/**
 * gsql_sum:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `sum(expr)`, of the type of @expr
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_sum (GsqlExpr *expr)
{
  g_return_val_if_fail (GSQL_IS_EXPR (expr), NULL);
  return func1 ("sum", expr->type, expr);
}

/**
 * gsql_min:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `min(expr)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_min (GsqlExpr *expr)
{
  g_return_val_if_fail (GSQL_IS_EXPR (expr), NULL);
  return func1 ("min", expr->type, expr);
}

/**
 * gsql_max:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `max(expr)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_max (GsqlExpr *expr)
{
  g_return_val_if_fail (GSQL_IS_EXPR (expr), NULL);
  return func1 ("max", expr->type, expr);
}

/**
 * gsql_avg:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `avg(expr)`, a numeric
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_avg (GsqlExpr *expr)
{
  return func1 ("avg", gsql_sql_type_numeric_new (0, 0), expr);
}

/**
 * gsql_lower:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `lower(expr)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_lower (GsqlExpr *expr)
{
  return func1 ("lower", gsql_sql_type_text_new (), expr);
}

/**
 * gsql_upper:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): `upper(expr)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_upper (GsqlExpr *expr)
{
  return func1 ("upper", gsql_sql_type_text_new (), expr);
}

/**
 * gsql_length:
 * @expr: (transfer floating): an expression
 *
 * Returns: (transfer floating): the length in characters (`length`,
 *   `char_length` on MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_length (GsqlExpr *expr)
{
  return func1 ("length", gsql_sql_type_integer_new (), expr);
}

/**
 * gsql_coalesce_v: (rename-to gsql_coalesce)
 * @exprs: (array length=n_exprs) (transfer floating): expressions
 * @n_exprs: how many
 *
 * Returns: (transfer floating): `coalesce(exprs…)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_coalesce_v (GsqlExpr **exprs,
                 guint      n_exprs)
{
  GsqlSqlType *type = NULL;
  guint i;

  for (i = 0; i < n_exprs && type == NULL; i++)
    type = exprs[i]->type;
  return gsql_func_v ("coalesce", type, exprs, n_exprs);
}

/**
 * gsql_coalesce: (skip)
 * @first: the first expression
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): `coalesce(…)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_coalesce (GsqlExpr *first,
               ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_coalesce_v ((GsqlExpr **) args->pdata, args->len);
}

/**
 * gsql_now:
 *
 * Returns: (transfer floating): the current timestamp (`now()`, or
 *   `CURRENT_TIMESTAMP` on SQLite)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_now (void)
{
  return gsql_func_v ("now", gsql_sql_type_date_time_new (FALSE), NULL, 0);
}

/**
 * gsql_current_timestamp:
 *
 * Returns: (transfer floating): `CURRENT_TIMESTAMP`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_current_timestamp (void)
{
  return gsql_literal_column ("CURRENT_TIMESTAMP", gsql_sql_type_date_time_new (FALSE));
}

/* Operators */

static gboolean
is_comparison (GsqlOp op)
{
  return op >= OP_EQ && op <= OP_GE;
}

/* A value compared with a typed expression takes its type, as SQLAlchemy's
 * bind parameters do. */
static void
adopt_type (GsqlExpr *target, GsqlExpr *source)
{
  if (target == NULL || source == NULL)
    return;
  if ((target->kind == GSQL_EXPR_VALUE || target->kind == GSQL_EXPR_BINDPARAM) &&
      target->type == NULL && source->type != NULL)
    set_type (target, source->type);
}

static GsqlExpr *
binary (GsqlOp op, GsqlExpr *a, GsqlExpr *b)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  g_return_val_if_fail (GSQL_IS_EXPR (b), NULL);

  /* = NULL and != NULL mean IS NULL and IS NOT NULL. */
  if ((op == OP_EQ || op == OP_NE) && b->kind == GSQL_EXPR_NULL)
    {
      g_object_unref (g_object_ref_sink (b));
      return op == OP_EQ ? gsql_is_null (a) : gsql_is_not_null (a);
    }

  e = node (GSQL_EXPR_BINARY);
  e->op = op;
  e->left = take (a);
  e->right = take (b);
  adopt_type (e->left, e->right);
  adopt_type (e->right, e->left);
  if (is_comparison (op) || op == OP_LIKE || op == OP_NOT_LIKE || op == OP_ILIKE ||
      op == OP_IS_DISTINCT || op == OP_IS_NOT_DISTINCT)
    set_type (e, gsql_sql_type_boolean_new ());
  else if (op == OP_CONCAT)
    set_type (e, gsql_sql_type_text_new ());
  else
    set_type (e, e->left->type ? e->left->type : e->right->type);
  return e;
}

/**
 * gsql_eq:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression; gsql_null() makes `IS NULL`
 *
 * Returns: (transfer floating): `a = b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_eq (GsqlExpr *a, GsqlExpr *b) { return binary (OP_EQ, a, b); }

/**
 * gsql_ne:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression; gsql_null() makes `IS NOT NULL`
 *
 * Returns: (transfer floating): `a != b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_ne (GsqlExpr *a, GsqlExpr *b) { return binary (OP_NE, a, b); }

/**
 * gsql_lt:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a < b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_lt (GsqlExpr *a, GsqlExpr *b) { return binary (OP_LT, a, b); }

/**
 * gsql_le:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a <= b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_le (GsqlExpr *a, GsqlExpr *b) { return binary (OP_LE, a, b); }

/**
 * gsql_gt:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a > b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_gt (GsqlExpr *a, GsqlExpr *b) { return binary (OP_GT, a, b); }

/**
 * gsql_ge:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a >= b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_ge (GsqlExpr *a, GsqlExpr *b) { return binary (OP_GE, a, b); }

/**
 * gsql_add:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a + b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_add (GsqlExpr *a, GsqlExpr *b) { return binary (OP_ADD, a, b); }

/**
 * gsql_sub:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a - b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_sub (GsqlExpr *a, GsqlExpr *b) { return binary (OP_SUB, a, b); }

/**
 * gsql_mul:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a * b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_mul (GsqlExpr *a, GsqlExpr *b) { return binary (OP_MUL, a, b); }

/**
 * gsql_div:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a / b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_div (GsqlExpr *a, GsqlExpr *b) { return binary (OP_DIV, a, b); }

/**
 * gsql_mod:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a % b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_mod (GsqlExpr *a, GsqlExpr *b) { return binary (OP_MOD, a, b); }

/**
 * gsql_is_distinct_from:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * NULL-aware inequality (emulated with `<=>` on MariaDB).
 *
 * Returns: (transfer floating): `a IS DISTINCT FROM b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_is_distinct_from (GsqlExpr *a, GsqlExpr *b) { return binary (OP_IS_DISTINCT, a, b); }

/**
 * gsql_is_not_distinct_from:
 * @a: (transfer floating): an expression
 * @b: (transfer floating): an expression
 *
 * NULL-aware equality.
 *
 * Returns: (transfer floating): `a IS NOT DISTINCT FROM b`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_is_not_distinct_from (GsqlExpr *a, GsqlExpr *b) { return binary (OP_IS_NOT_DISTINCT, a, b); }

static GsqlExpr *
unary (GsqlOp op, GsqlExpr *a, GsqlSqlType *type)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  e = node (GSQL_EXPR_UNARY);
  e->op = op;
  e->left = take (a);
  set_type (e, type);
  return e;
}

/**
 * gsql_is_null:
 * @a: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a IS NULL`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_is_null (GsqlExpr *a) { return unary (OP_IS_NULL, a, gsql_sql_type_boolean_new ()); }

/**
 * gsql_is_not_null:
 * @a: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a IS NOT NULL`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_is_not_null (GsqlExpr *a) { return unary (OP_IS_NOT_NULL, a, gsql_sql_type_boolean_new ()); }

/**
 * gsql_not:
 * @a: (transfer floating): a condition
 *
 * Returns: (transfer floating): `NOT (a)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_not (GsqlExpr *a) { return unary (OP_NOT, a, gsql_sql_type_boolean_new ()); }

/**
 * gsql_neg:
 * @a: (transfer floating): a number
 *
 * Returns: (transfer floating): `-a`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_neg (GsqlExpr *a)
{
  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  return unary (OP_NEG, a, a->type);
}

/**
 * gsql_distinct:
 * @a: (transfer floating): an expression
 *
 * Returns: (transfer floating): `DISTINCT a`, as in `count(DISTINCT a)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_distinct (GsqlExpr *a)
{
  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  return unary (OP_DISTINCT, a, a->type);
}

/**
 * gsql_exists:
 * @select: (transfer floating): a SELECT
 *
 * Returns: (transfer floating): `EXISTS (select)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_exists (GsqlExpr *select) { return unary (OP_EXISTS, select, gsql_sql_type_boolean_new ()); }

/**
 * gsql_not_exists:
 * @select: (transfer floating): a SELECT
 *
 * Returns: (transfer floating): `NOT EXISTS (select)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_not_exists (GsqlExpr *select) { return unary (OP_NOT_EXISTS, select, gsql_sql_type_boolean_new ()); }

static GsqlExpr *
boolean_v (GsqlOp op, GsqlExpr **exprs, guint n)
{
  GsqlExpr *e = node (GSQL_EXPR_BOOLEAN);
  guint i;

  e->op = op;
  e->args = new_list ();
  for (i = 0; i < n; i++)
    if (exprs[i] != NULL)
      g_ptr_array_add (e->args, take (exprs[i]));
  set_type (e, gsql_sql_type_boolean_new ());
  return e;
}

/**
 * gsql_and_v: (rename-to gsql_and)
 * @exprs: (array length=n_exprs) (transfer floating): conditions
 * @n_exprs: how many
 *
 * Returns: (transfer floating): the conditions joined with AND (an empty
 *   list is true)
 *
 * Since: 1.0
 */
GsqlExpr *gsql_and_v (GsqlExpr **exprs, guint n_exprs) { return boolean_v (OP_AND, exprs, n_exprs); }

/**
 * gsql_or_v: (rename-to gsql_or)
 * @exprs: (array length=n_exprs) (transfer floating): conditions
 * @n_exprs: how many
 *
 * Returns: (transfer floating): the conditions joined with OR (an empty
 *   list is false)
 *
 * Since: 1.0
 */
GsqlExpr *gsql_or_v (GsqlExpr **exprs, guint n_exprs) { return boolean_v (OP_OR, exprs, n_exprs); }

/**
 * gsql_and: (skip)
 * @first: a condition
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): the conditions joined with AND
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_and (GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_and_v ((GsqlExpr **) args->pdata, args->len);
}

/**
 * gsql_or: (skip)
 * @first: a condition
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): the conditions joined with OR
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_or (GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_or_v ((GsqlExpr **) args->pdata, args->len);
}

static GsqlExpr *
in_v (GsqlExpr *a, GsqlExpr **values, guint n, gboolean negate)
{
  GsqlExpr *e;
  guint i;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  e = node (GSQL_EXPR_IN);
  e->left = take (a);
  e->negate = negate;
  e->args = new_list ();
  for (i = 0; i < n; i++)
    {
      GsqlExpr *v = take (values[i]);
      adopt_type (v, e->left);
      g_ptr_array_add (e->args, v);
    }
  set_type (e, gsql_sql_type_boolean_new ());
  return e;
}

/**
 * gsql_in_v: (rename-to gsql_in)
 * @a: (transfer floating): an expression
 * @values: (array length=n_values) (transfer floating): the values
 * @n_values: how many; 0 gives a condition no row meets
 *
 * Returns: (transfer floating): `a IN (values…)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_in_v (GsqlExpr *a, GsqlExpr **values, guint n_values) { return in_v (a, values, n_values, FALSE); }

/**
 * gsql_not_in_v:
 * @a: (transfer floating): an expression
 * @values: (array length=n_values) (transfer floating): the values
 * @n_values: how many; 0 gives a condition every row meets
 *
 * Returns: (transfer floating): `a NOT IN (values…)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_not_in_v (GsqlExpr *a, GsqlExpr **values, guint n_values) { return in_v (a, values, n_values, TRUE); }

/**
 * gsql_in: (skip)
 * @a: (transfer floating): an expression
 * @first: (nullable): the first value
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): `a IN (…)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_in (GsqlExpr *a, GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_in_v (a, (GsqlExpr **) args->pdata, args->len);
}

static GsqlExpr *
in_select (GsqlExpr *a, GsqlExpr *select, gboolean negate)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  g_return_val_if_fail (GSQL_IS_EXPR (select), NULL);
  e = node (GSQL_EXPR_IN);
  e->left = take (a);
  e->right = take (select);
  e->negate = negate;
  set_type (e, gsql_sql_type_boolean_new ());
  return e;
}

/**
 * gsql_in_select:
 * @a: (transfer floating): an expression
 * @select: (transfer floating): a SELECT of one column
 *
 * Returns: (transfer floating): `a IN (SELECT …)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_in_select (GsqlExpr *a, GsqlExpr *select) { return in_select (a, select, FALSE); }

/**
 * gsql_not_in_select:
 * @a: (transfer floating): an expression
 * @select: (transfer floating): a SELECT of one column
 *
 * Returns: (transfer floating): `a NOT IN (SELECT …)`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_not_in_select (GsqlExpr *a, GsqlExpr *select) { return in_select (a, select, TRUE); }

/**
 * gsql_between:
 * @a: (transfer floating): an expression
 * @low: (transfer floating): the lower bound
 * @high: (transfer floating): the upper bound
 *
 * Returns: (transfer floating): `a BETWEEN low AND high`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_between (GsqlExpr *a, GsqlExpr *low, GsqlExpr *high)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a) && GSQL_IS_EXPR (low) && GSQL_IS_EXPR (high), NULL);
  e = node (GSQL_EXPR_BETWEEN);
  e->left = take (a);
  e->right = take (low);
  e->third = take (high);
  adopt_type (e->right, e->left);
  adopt_type (e->third, e->left);
  set_type (e, gsql_sql_type_boolean_new ());
  return e;
}

static GsqlExpr *
like (GsqlOp op, GsqlExpr *a, GsqlExpr *pattern, char escape)
{
  GsqlExpr *e = binary (op, a, pattern);

  if (e != NULL)
    {
      e->escape = escape;
      /* The pattern is text, whatever the column's type. */
      if (e->right->kind == GSQL_EXPR_VALUE)
        set_type (e->right, NULL);
    }
  return e;
}

/**
 * gsql_like:
 * @a: (transfer floating): an expression
 * @pattern: (transfer floating): a LIKE pattern
 * @escape: the escape character, or 0 for none
 *
 * Returns: (transfer floating): `a LIKE pattern [ESCAPE 'c']`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_like (GsqlExpr *a, GsqlExpr *pattern, char escape) { return like (OP_LIKE, a, pattern, escape); }

/**
 * gsql_not_like:
 * @a: (transfer floating): an expression
 * @pattern: (transfer floating): a LIKE pattern
 * @escape: the escape character, or 0 for none
 *
 * Returns: (transfer floating): `a NOT LIKE pattern`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_not_like (GsqlExpr *a, GsqlExpr *pattern, char escape) { return like (OP_NOT_LIKE, a, pattern, escape); }

/**
 * gsql_ilike:
 * @a: (transfer floating): an expression
 * @pattern: (transfer floating): a LIKE pattern
 * @escape: the escape character, or 0 for none
 *
 * Case-insensitive LIKE (`ILIKE` on PostgreSQL, `lower() LIKE lower()`
 * elsewhere).
 *
 * Returns: (transfer floating): the condition
 *
 * Since: 1.0
 */
GsqlExpr *gsql_ilike (GsqlExpr *a, GsqlExpr *pattern, char escape) { return like (OP_ILIKE, a, pattern, escape); }

static GsqlExpr *
like_text (GsqlExpr *a, const char *text, gboolean lead, gboolean trail)
{
  GString *s = g_string_new (lead ? "%" : "");
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);
  /* The user's text matches itself: its wildcards are escaped. */
  for (p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '/')
        g_string_append_c (s, '/');
      g_string_append_c (s, *p);
    }
  if (trail)
    g_string_append_c (s, '%');
  {
    GsqlExpr *pattern = gsql_str (s->str);
    g_string_free (s, TRUE);
    return gsql_like (a, pattern, '/');
  }
}

/**
 * gsql_contains:
 * @a: (transfer floating): an expression
 * @text: text to find; `%` and `_` in it match only themselves
 *
 * Returns: (transfer floating): `a LIKE '%text%'`, escaped
 *
 * Since: 1.0
 */
GsqlExpr *gsql_contains (GsqlExpr *a, const char *text) { return like_text (a, text, TRUE, TRUE); }

/**
 * gsql_startswith:
 * @a: (transfer floating): an expression
 * @text: the prefix; `%` and `_` in it match only themselves
 *
 * Returns: (transfer floating): `a LIKE 'text%'`, escaped
 *
 * Since: 1.0
 */
GsqlExpr *gsql_startswith (GsqlExpr *a, const char *text) { return like_text (a, text, FALSE, TRUE); }

/**
 * gsql_endswith:
 * @a: (transfer floating): an expression
 * @text: the suffix; `%` and `_` in it match only themselves
 *
 * Returns: (transfer floating): `a LIKE '%text'`, escaped
 *
 * Since: 1.0
 */
GsqlExpr *gsql_endswith (GsqlExpr *a, const char *text) { return like_text (a, text, TRUE, FALSE); }

/**
 * gsql_concat_v: (rename-to gsql_concat)
 * @exprs: (array length=n_exprs) (transfer floating): strings
 * @n_exprs: how many, at least one
 *
 * Returns: (transfer floating): the strings joined (`||`, or `concat()` on
 *   MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_concat_v (GsqlExpr **exprs,
               guint      n_exprs)
{
  GsqlExpr *e;
  guint i;

  g_return_val_if_fail (n_exprs > 0, NULL);
  e = take (exprs[0]);
  for (i = 1; i < n_exprs; i++)
    {
      GsqlExpr *next = binary (OP_CONCAT, e, exprs[i]);
      g_object_unref (e);
      e = g_object_ref_sink (next);
    }
  g_object_force_floating (G_OBJECT (e));
  return e;
}

/**
 * gsql_concat: (skip)
 * @first: a string
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): the strings joined
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_concat (GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_concat_v ((GsqlExpr **) args->pdata, args->len);
}

/**
 * gsql_case:
 * @value: (transfer floating) (nullable): the value compared in each WHEN
 *   (a simple CASE), or %NULL for a searched CASE of conditions
 *
 * Starts a CASE; add branches with gsql_case_when().
 *
 * Returns: (transfer floating): the CASE
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_case (GsqlExpr *value)
{
  GsqlExpr *e = node (GSQL_EXPR_CASE);

  e->left = take (value);
  e->args = new_list ();
  return e;
}

/**
 * gsql_case_when:
 * @case_: a CASE
 * @when: (transfer floating): a condition, or a value for a simple CASE
 * @then: (transfer floating): the result
 *
 * Returns: (transfer none): @case_
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_case_when (GsqlExpr *case_,
                GsqlExpr *when,
                GsqlExpr *then)
{
  g_return_val_if_fail (GSQL_IS_EXPR (case_) && case_->kind == GSQL_EXPR_CASE, case_);
  g_return_val_if_fail (GSQL_IS_EXPR (when) && GSQL_IS_EXPR (then), case_);

  when = take (when);
  then = take (then);
  if (case_->left != NULL)
    adopt_type (when, case_->left);
  g_ptr_array_add (case_->args, when);
  g_ptr_array_add (case_->args, then);
  if (case_->type == NULL && then->type != NULL)
    set_type (case_, then->type);
  return case_;
}

/**
 * gsql_case_else:
 * @case_: a CASE
 * @otherwise: (transfer floating): the result when no branch matches
 *
 * Returns: (transfer none): @case_
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_case_else (GsqlExpr *case_,
                GsqlExpr *otherwise)
{
  g_return_val_if_fail (GSQL_IS_EXPR (case_) && case_->kind == GSQL_EXPR_CASE, case_);
  g_clear_object (&case_->right);
  case_->right = take (otherwise);
  return case_;
}

/**
 * gsql_cast:
 * @a: (transfer floating): an expression
 * @type: (transfer floating): the target type
 *
 * Returns: (transfer floating): `CAST(a AS type)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_cast (GsqlExpr    *a,
           GsqlSqlType *type)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (type), NULL);
  e = node (GSQL_EXPR_CAST);
  e->left = take (a);
  set_type (e, type);
  return e;
}

static GsqlExpr *
order (GsqlExpr *a, gboolean desc)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (a), NULL);
  e = node (GSQL_EXPR_ORDER);
  e->left = take (a);
  e->desc = desc;
  e->explicit_dir = TRUE;
  return e;
}

/**
 * gsql_asc:
 * @a: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a ASC`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_asc (GsqlExpr *a) { return order (a, FALSE); }

/**
 * gsql_desc:
 * @a: (transfer floating): an expression
 *
 * Returns: (transfer floating): `a DESC`
 *
 * Since: 1.0
 */
GsqlExpr *gsql_desc (GsqlExpr *a) { return order (a, TRUE); }

static GsqlExpr *
nulls (GsqlExpr *o, int where)
{
  g_return_val_if_fail (GSQL_IS_EXPR (o), NULL);
  if (o->kind != GSQL_EXPR_ORDER)
    {
      GsqlExpr *e = node (GSQL_EXPR_ORDER);
      e->left = take (o);
      o = e;
    }
  o->nulls = where;
  return o;
}

/**
 * gsql_nulls_first:
 * @order: (transfer floating): an ORDER BY term (or any expression)
 *
 * Returns: (transfer floating): the term with `NULLS FIRST` (emulated on
 *   MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *gsql_nulls_first (GsqlExpr *order) { return nulls (order, 1); }

/**
 * gsql_nulls_last:
 * @order: (transfer floating): an ORDER BY term (or any expression)
 *
 * Returns: (transfer floating): the term with `NULLS LAST` (emulated on
 *   MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *gsql_nulls_last (GsqlExpr *order) { return nulls (order, 2); }

/**
 * gsql_scalar_subquery:
 * @select: (transfer floating): a SELECT of one column and at most one row
 *
 * A subquery used as a value.  Tables it shares with the enclosing query
 * are correlated (left out of its FROM), unless gsql_select_correlate()
 * says otherwise.
 *
 * Returns: (transfer floating): `(SELECT …)`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_scalar_subquery (GsqlExpr *select)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (select), NULL);
  e = node (GSQL_EXPR_SCALAR_SUBQUERY);
  e->left = take (select);
  if (select->columns != NULL && select->columns->len > 0)
    set_type (e, ((GsqlExpr *) g_ptr_array_index (select->columns, 0))->type);
  return e;
}

/* Window functions */

/**
 * gsql_over:
 * @function: (transfer floating): a function (an aggregate or `row_number()`,
 *   `rank()`…)
 *
 * Returns: (transfer floating): `function OVER ()`; add PARTITION BY, ORDER
 *   BY and a frame with the gsql_over_*() functions
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over (GsqlExpr *function)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (function), NULL);
  e = node (GSQL_EXPR_OVER);
  e->left = take (function);
  e->partition_by = new_list ();
  e->over_order_by = new_list ();
  set_type (e, function->type);
  return e;
}

static GsqlExpr *
append_list (GsqlExpr *owner, GPtrArray *list, GsqlExpr **exprs, guint n)
{
  guint i;

  for (i = 0; i < n; i++)
    g_ptr_array_add (list, take (exprs[i]));
  return owner;
}

/**
 * gsql_over_partition_by_v: (rename-to gsql_over_partition_by)
 * @over: a window function
 * @exprs: (array length=n_exprs) (transfer floating): partition expressions
 * @n_exprs: how many
 *
 * Returns: (transfer none): @over
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over_partition_by_v (GsqlExpr *over, GsqlExpr **exprs, guint n_exprs)
{
  g_return_val_if_fail (GSQL_IS_EXPR (over) && over->kind == GSQL_EXPR_OVER, over);
  return append_list (over, over->partition_by, exprs, n_exprs);
}

/**
 * gsql_over_partition_by: (skip)
 * @over: a window function
 * @first: a partition expression
 * @...: more, ending with %NULL
 *
 * Returns: (transfer none): @over
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over_partition_by (GsqlExpr *over, GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_over_partition_by_v (over, (GsqlExpr **) args->pdata, args->len);
}

/**
 * gsql_over_order_by_v: (rename-to gsql_over_order_by)
 * @over: a window function
 * @exprs: (array length=n_exprs) (transfer floating): ordering terms
 * @n_exprs: how many
 *
 * Returns: (transfer none): @over
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over_order_by_v (GsqlExpr *over, GsqlExpr **exprs, guint n_exprs)
{
  g_return_val_if_fail (GSQL_IS_EXPR (over) && over->kind == GSQL_EXPR_OVER, over);
  return append_list (over, over->over_order_by, exprs, n_exprs);
}

/**
 * gsql_over_order_by: (skip)
 * @over: a window function
 * @first: an ordering term
 * @...: more, ending with %NULL
 *
 * Returns: (transfer none): @over
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over_order_by (GsqlExpr *over, GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_over_order_by_v (over, (GsqlExpr **) args->pdata, args->len);
}

/**
 * gsql_over_frame:
 * @over: a window function
 * @range: %TRUE for RANGE, %FALSE for ROWS
 * @has_start: %FALSE for UNBOUNDED PRECEDING
 * @start: the start: negative for PRECEDING, 0 for CURRENT ROW, positive
 *   for FOLLOWING
 * @has_end: %FALSE for UNBOUNDED FOLLOWING
 * @end: the end, counted as @start is
 *
 * Returns: (transfer none): @over
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_over_frame (GsqlExpr *over,
                 gboolean  range,
                 gboolean  has_start,
                 gint64    start,
                 gboolean  has_end,
                 gint64    end)
{
  g_return_val_if_fail (GSQL_IS_EXPR (over) && over->kind == GSQL_EXPR_OVER, over);
  over->has_frame = TRUE;
  over->frame_range = range;
  over->frame_has_start = has_start;
  over->frame_start = start;
  over->frame_has_end = has_end;
  over->frame_end = end;
  return over;
}

/* FROM clauses */

/**
 * gsql_table_alias:
 * @table: a #GsqlTable
 * @name: the alias
 *
 * Returns: (transfer floating): `table AS name`; its columns come from
 *   gsql_from_col()
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_table_alias (GsqlTable  *table,
                  const char *name)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  e = node (GSQL_EXPR_ALIAS);
  e->from = take (gsql_table_as_expr (table));
  e->name = g_strdup (name);
  return e;
}

/**
 * gsql_subquery:
 * @select: (transfer floating): a SELECT
 * @name: its name in FROM
 *
 * Returns: (transfer floating): `(SELECT …) AS name`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_subquery (GsqlExpr   *select,
               const char *name)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (select), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  e = node (GSQL_EXPR_ALIAS);
  e->from = take (select);
  e->name = g_strdup (name);
  return e;
}

/**
 * gsql_lateral:
 * @select: (transfer floating): a SELECT that may refer to tables before it
 * @name: its name in FROM
 *
 * Returns: (transfer floating): `LATERAL (SELECT …) AS name` (PostgreSQL)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_lateral (GsqlExpr   *select,
              const char *name)
{
  GsqlExpr *e = gsql_subquery (select, name);

  if (e != NULL)
    e->lateral = TRUE;
  return e;
}

/**
 * gsql_join:
 * @left: (transfer floating): a FROM element
 * @right: (transfer floating): a FROM element
 * @on: (transfer floating) (nullable): the join condition, or %NULL to infer
 *   it from the one foreign key between the two
 * @type: the kind of join
 *
 * Returns: (transfer floating): `left JOIN right ON …`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_join (GsqlExpr     *left,
           GsqlExpr     *right,
           GsqlExpr     *on,
           GsqlJoinType  type)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (left) && GSQL_IS_EXPR (right), NULL);
  e = node (GSQL_EXPR_JOIN);
  e->left = take (left);
  e->right = take (right);
  e->third = take (on);
  e->op = (GsqlOp) type;
  return e;
}

/**
 * gsql_cte:
 * @select: (transfer floating): a SELECT
 * @name: the CTE's name
 *
 * A common table expression: used in FROM, it is written once in a WITH
 * clause at the top of the statement.
 *
 * Returns: (transfer floating): the CTE
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_cte (GsqlExpr   *select,
          const char *name)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (select), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  e = node (GSQL_EXPR_CTE);
  e->from = take (select);
  e->name = g_strdup (name);
  return e;
}

/**
 * gsql_cte_recursive:
 * @select: (transfer floating): the anchor SELECT
 * @name: the CTE's name
 * @column_names: (array zero-terminated=1) (nullable): names for its columns
 *
 * A recursive CTE; add its recursive part with gsql_cte_union_all().
 *
 * Returns: (transfer floating): the CTE
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_cte_recursive (GsqlExpr           *select,
                    const char         *name,
                    const char * const *column_names)
{
  GsqlExpr *e = gsql_cte (select, name);

  if (e != NULL)
    {
      e->recursive = TRUE;
      e->cte_columns = g_strdupv ((char **) column_names);
    }
  return e;
}

/**
 * gsql_cte_union_all:
 * @cte: a recursive CTE holding the anchor SELECT
 * @recursive_select: (transfer floating): the SELECT that refers to @cte
 *
 * Completes a recursive CTE, as SQLAlchemy's `cte.union_all()`: the
 * recursive part refers to @cte, and the statement uses the CTE this
 * returns, which has the same name.
 *
 * Returns: (transfer floating): the complete CTE
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_cte_union_all (GsqlExpr *cte,
                    GsqlExpr *recursive_select)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_EXPR (cte) && cte->kind == GSQL_EXPR_CTE, NULL);
  g_return_val_if_fail (GSQL_IS_EXPR (recursive_select), NULL);

  e = node (GSQL_EXPR_CTE);
  e->name = g_strdup (cte->name);
  e->from = g_object_ref (cte->from);
  e->recursive = TRUE;
  e->cte_columns = g_strdupv (cte->cte_columns);
  e->recursive_part = take (recursive_select);
  return e;
}

/* SELECT */

static void
visit_list (GPtrArray *list, void (*func) (GsqlExpr *, gpointer), gpointer data)
{
  guint i;

  if (list != NULL)
    for (i = 0; i < list->len; i++)
      func (g_ptr_array_index (list, i), data);
}

void
_gsql_expr_foreach_child (GsqlExpr  *self,
                          void     (*func) (GsqlExpr *child, gpointer data),
                          gpointer   data)
{
  guint i;

#define VISIT(x) G_STMT_START { if ((x) != NULL) func ((x), data); } G_STMT_END
  VISIT (self->from);
  VISIT (self->left);
  VISIT (self->right);
  VISIT (self->third);
  visit_list (self->args, func, data);
  visit_list (self->partition_by, func, data);
  visit_list (self->over_order_by, func, data);
  VISIT (self->recursive_part);
  visit_list (self->columns, func, data);
  visit_list (self->froms, func, data);
  if (self->joins != NULL)
    for (i = 0; i < self->joins->len; i++)
      {
        GsqlJoinSpec *j = &g_array_index (self->joins, GsqlJoinSpec, i);
        VISIT (j->right);
        VISIT (j->on);
      }
  VISIT (self->where);
  visit_list (self->group_by, func, data);
  VISIT (self->having);
  visit_list (self->order_by, func, data);
  visit_list (self->distinct_on, func, data);
  visit_list (self->correlate, func, data);
  visit_list (self->correlate_except, func, data);
  visit_list (self->ctes, func, data);
  visit_list (self->selects, func, data);
  if (self->rows != NULL)
    for (i = 0; i < self->rows->len; i++)
      visit_list (g_ptr_array_index (self->rows, i), func, data);
  VISIT (self->from_select);
  visit_list (self->set_values, func, data);
  visit_list (self->returning, func, data);
#undef VISIT
}

static gboolean
is_select (GsqlExpr *e)
{
  return e != NULL && (e->kind == GSQL_EXPR_SELECT || e->kind == GSQL_EXPR_COMPOUND);
}

/**
 * gsql_select_v: (rename-to gsql_select)
 * @columns: (array length=n_columns) (transfer floating): the columns
 * @n_columns: how many
 *
 * Returns: (transfer floating): `SELECT columns…`, FROM inferred from them
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_v (GsqlExpr **columns,
               guint      n_columns)
{
  GsqlExpr *e = node (GSQL_EXPR_SELECT);
  guint i;

  e->columns = new_list ();
  e->froms = new_list ();
  e->order_by = new_list ();
  e->group_by = new_list ();
  for (i = 0; i < n_columns; i++)
    {
      GsqlExpr *c = columns[i];
      /* A whole table stands for all its columns. */
      if (c->kind == GSQL_EXPR_TABLE)
        {
          guint k;
          take (c);
          for (k = 0; k < gsql_table_get_n_columns (c->table); k++)
            g_ptr_array_add (e->columns, take (gsql_column_as_expr (gsql_table_get_column_at (c->table, k))));
          g_object_unref (c);
          continue;
        }
      g_ptr_array_add (e->columns, take (c));
    }
  return e;
}

/**
 * gsql_select: (skip)
 * @first_column: the first column
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): `SELECT …`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select (GsqlExpr *first_column,
             ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first_column);
  args = collect (first_column, ap);
  va_end (ap);
  return gsql_select_v ((GsqlExpr **) args->pdata, args->len);
}

#define CHECK_SELECT(s) \
  g_return_val_if_fail (GSQL_IS_EXPR (s) && (s)->kind == GSQL_EXPR_SELECT, s); \
  _gsql_expr_invalidate (s)
#define CHECK_SELECTABLE(s) \
  g_return_val_if_fail (GSQL_IS_EXPR (s) && is_select (s), s); \
  _gsql_expr_invalidate (s)

/**
 * gsql_select_add_column:
 * @select: a SELECT
 * @column: (transfer floating): a column to add
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_add_column (GsqlExpr *select, GsqlExpr *column)
{
  CHECK_SELECT (select);
  g_ptr_array_add (select->columns, take (column));
  return select;
}

/**
 * gsql_select_get_n_columns:
 * @select: a SELECT
 *
 * Returns: the number of columns in its select list
 *
 * Since: 1.0
 */
guint
gsql_select_get_n_columns (GsqlExpr *select)
{
  g_return_val_if_fail (GSQL_IS_EXPR (select) && select->kind == GSQL_EXPR_SELECT, 0);
  return select->columns->len;
}

/**
 * gsql_select_from:
 * @select: a SELECT
 * @from: (transfer floating): a table reference, alias, subquery, join or CTE
 *
 * Adds an explicit FROM element (before the inferred ones).
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_from (GsqlExpr *select, GsqlExpr *from)
{
  CHECK_SELECT (select);
  g_ptr_array_add (select->froms, take (from));
  return select;
}

/**
 * gsql_select_join:
 * @select: a SELECT
 * @right: (transfer floating): what to join
 * @on: (transfer floating) (nullable): the condition, or %NULL to infer it
 *   from the one foreign key between @right and the FROM it joins
 * @type: the kind of join
 *
 * Joins @right to the leftmost FROM element.
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_join (GsqlExpr     *select,
                  GsqlExpr     *right,
                  GsqlExpr     *on,
                  GsqlJoinType  type)
{
  GsqlJoinSpec spec;

  CHECK_SELECT (select);
  if (select->joins == NULL)
    select->joins = g_array_new (FALSE, TRUE, sizeof (GsqlJoinSpec));
  spec.right = take (right);
  spec.on = take (on);
  spec.type = type;
  g_array_append_val (select->joins, spec);
  return select;
}

static GsqlExpr *
and_into (GsqlExpr *existing, GsqlExpr *condition)
{
  GsqlExpr *both[2];

  if (existing == NULL)
    return take (condition);
  both[0] = existing;
  both[1] = condition;
  {
    GsqlExpr *e = take (gsql_and_v (both, 2));
    g_object_unref (existing);
    return e;
  }
}

/**
 * gsql_select_where:
 * @select: a SELECT
 * @condition: (transfer floating): a condition, ANDed with earlier ones
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_where (GsqlExpr *select, GsqlExpr *condition)
{
  CHECK_SELECT (select);
  select->where = and_into (select->where, condition);
  return select;
}

/**
 * gsql_select_group_by:
 * @select: a SELECT
 * @expr: (transfer floating): a grouping expression
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_group_by (GsqlExpr *select, GsqlExpr *expr)
{
  CHECK_SELECT (select);
  g_ptr_array_add (select->group_by, take (expr));
  return select;
}

/**
 * gsql_select_having:
 * @select: a SELECT
 * @condition: (transfer floating): a condition on groups, ANDed with
 *   earlier ones
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_having (GsqlExpr *select, GsqlExpr *condition)
{
  CHECK_SELECT (select);
  select->having = and_into (select->having, condition);
  return select;
}

/**
 * gsql_select_order_by:
 * @select: a SELECT or compound select
 * @order: (transfer floating): an ordering term (gsql_asc(), gsql_desc()
 *   or any expression)
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_order_by (GsqlExpr *select, GsqlExpr *order)
{
  CHECK_SELECTABLE (select);
  if (select->order_by == NULL)
    select->order_by = new_list ();
  g_ptr_array_add (select->order_by, take (order));
  return select;
}

/**
 * gsql_select_limit:
 * @select: a SELECT or compound select
 * @limit: the most rows to return
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_limit (GsqlExpr *select, gint64 limit)
{
  CHECK_SELECTABLE (select);
  select->has_limit = TRUE;
  select->limit = limit;
  return select;
}

/**
 * gsql_select_offset:
 * @select: a SELECT or compound select
 * @offset: how many rows to skip
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_offset (GsqlExpr *select, gint64 offset)
{
  CHECK_SELECTABLE (select);
  select->has_offset = TRUE;
  select->offset = offset;
  return select;
}

static GPtrArray *
copy_list (GPtrArray *list)
{
  GPtrArray *copy;
  guint i;

  if (list == NULL)
    return NULL;
  copy = new_list ();
  for (i = 0; i < list->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (list, i)));
  return copy;
}

/**
 * gsql_select_copy:
 * @select: a SELECT
 *
 * A new SELECT with the same columns, FROM list, joins, conditions,
 * grouping, ordering, limits and locking, sharing their expressions: the
 * copy can be refined (or its limit removed with gsql_select_remove_limit())
 * without touching the original.  Data attached to @select with
 * g_object_set_data() is not copied.
 *
 * Returns: (transfer floating): the copy
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_copy (GsqlExpr *select)
{
  GsqlExpr *e;
  guint i;

  g_return_val_if_fail (GSQL_IS_EXPR (select) && select->kind == GSQL_EXPR_SELECT, NULL);
  e = node (GSQL_EXPR_SELECT);
  e->columns = copy_list (select->columns);
  e->froms = copy_list (select->froms);
  if (select->joins != NULL)
    {
      e->joins = g_array_new (FALSE, TRUE, sizeof (GsqlJoinSpec));
      for (i = 0; i < select->joins->len; i++)
        {
          GsqlJoinSpec spec = g_array_index (select->joins, GsqlJoinSpec, i);
          spec.right = spec.right ? g_object_ref (spec.right) : NULL;
          spec.on = spec.on ? g_object_ref (spec.on) : NULL;
          g_array_append_val (e->joins, spec);
        }
    }
  e->where = select->where ? g_object_ref (select->where) : NULL;
  e->group_by = copy_list (select->group_by);
  e->having = select->having ? g_object_ref (select->having) : NULL;
  e->order_by = copy_list (select->order_by);
  e->has_limit = select->has_limit;
  e->has_offset = select->has_offset;
  e->limit = select->limit;
  e->offset = select->offset;
  e->distinct = select->distinct;
  e->distinct_on = copy_list (select->distinct_on);
  e->for_update = select->for_update;
  e->correlate = copy_list (select->correlate);
  e->correlate_except = copy_list (select->correlate_except);
  e->correlate_set = select->correlate_set;
  e->correlate_except_set = select->correlate_except_set;
  e->ctes = copy_list (select->ctes);
  return e;
}

/**
 * gsql_select_has_limit:
 * @select: a SELECT or compound select
 *
 * Returns: whether @select has a LIMIT or an OFFSET
 *
 * Since: 1.0
 */
gboolean
gsql_select_has_limit (GsqlExpr *select)
{
  g_return_val_if_fail (GSQL_IS_EXPR (select) && is_select (select), FALSE);
  return select->has_limit || select->has_offset;
}

/**
 * gsql_select_remove_limit:
 * @select: a SELECT or compound select
 *
 * Drops the LIMIT and OFFSET of @select.
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_remove_limit (GsqlExpr *select)
{
  CHECK_SELECTABLE (select);
  select->has_limit = select->has_offset = FALSE;
  select->limit = select->offset = 0;
  return select;
}

/**
 * gsql_select_distinct:
 * @select: a SELECT
 *
 * Returns: (transfer none): @select, now `SELECT DISTINCT`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_distinct (GsqlExpr *select)
{
  CHECK_SELECT (select);
  select->distinct = TRUE;
  return select;
}

/**
 * gsql_select_distinct_on:
 * @select: a SELECT
 * @expr: (transfer floating): an expression for PostgreSQL's `DISTINCT ON`
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_distinct_on (GsqlExpr *select, GsqlExpr *expr)
{
  CHECK_SELECT (select);
  if (select->distinct_on == NULL)
    select->distinct_on = new_list ();
  g_ptr_array_add (select->distinct_on, take (expr));
  return select;
}

/**
 * gsql_select_for_update:
 * @select: a SELECT
 * @nowait: fail at once instead of waiting for locked rows
 * @skip_locked: skip locked rows
 *
 * Returns: (transfer none): @select, now `… FOR UPDATE`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_for_update (GsqlExpr *select, gboolean nowait, gboolean skip_locked)
{
  CHECK_SELECT (select);
  select->for_update = skip_locked ? 3 : nowait ? 2 : 1;
  return select;
}

/**
 * gsql_select_correlate:
 * @select: a SELECT used as a subquery
 * @from: (transfer floating): a FROM element of an enclosing query to
 *   correlate to
 *
 * Correlates only the given FROM elements (instead of every one the
 * enclosing query shares).
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_correlate (GsqlExpr *select, GsqlExpr *from)
{
  CHECK_SELECT (select);
  if (select->correlate == NULL)
    select->correlate = new_list ();
  select->correlate_set = TRUE;
  if (from != NULL)
    g_ptr_array_add (select->correlate, take (from));
  return select;
}

/**
 * gsql_select_correlate_except:
 * @select: a SELECT used as a subquery
 * @from: (transfer floating): a FROM element not to correlate
 *
 * Correlates every FROM element the enclosing query shares except @from.
 *
 * Returns: (transfer none): @select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_select_correlate_except (GsqlExpr *select, GsqlExpr *from)
{
  CHECK_SELECT (select);
  if (select->correlate_except == NULL)
    select->correlate_except = new_list ();
  select->correlate_except_set = TRUE;
  if (from != NULL)
    g_ptr_array_add (select->correlate_except, take (from));
  return select;
}

/**
 * gsql_compound_v: (rename-to gsql_compound)
 * @type: UNION, UNION ALL, INTERSECT or EXCEPT
 * @selects: (array length=n_selects) (transfer floating): the selects
 * @n_selects: how many, at least two
 *
 * Returns: (transfer floating): the compound select; order and limit it
 *   with gsql_select_order_by() and gsql_select_limit()
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_compound_v (GsqlCompoundType   type,
                 GsqlExpr         **selects,
                 guint              n_selects)
{
  GsqlExpr *e;
  guint i;

  g_return_val_if_fail (n_selects >= 1, NULL);
  e = node (GSQL_EXPR_COMPOUND);
  e->compound = type;
  e->selects = new_list ();
  e->order_by = new_list ();
  for (i = 0; i < n_selects; i++)
    g_ptr_array_add (e->selects, take (selects[i]));
  return e;
}

/**
 * gsql_compound: (skip)
 * @type: the kind of compound
 * @first: the first select
 * @...: more, ending with %NULL
 *
 * Returns: (transfer floating): the compound select
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_compound (GsqlCompoundType type, GsqlExpr *first, ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, first);
  args = collect (first, ap);
  va_end (ap);
  return gsql_compound_v (type, (GsqlExpr **) args->pdata, args->len);
}

/* INSERT, UPDATE, DELETE */

static GsqlExpr *
dml (GsqlExprKind kind, GsqlTable *table)
{
  GsqlExpr *e;

  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  e = node (kind);
  e->table = g_object_ref (table);
  e->from = take (gsql_table_as_expr (table));
  e->returning = new_list ();
  return e;
}

/**
 * gsql_insert:
 * @table: the table to insert into
 *
 * Returns: (transfer floating): `INSERT INTO table`; give rows with
 *   gsql_insert_values()
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert (GsqlTable *table)
{
  GsqlExpr *e = dml (GSQL_EXPR_INSERT, table);

  if (e != NULL)
    e->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return e;
}

/**
 * gsql_insert_values_v: (rename-to gsql_insert_values)
 * @insert: an INSERT
 * @columns: (array length=n_values): column names
 * @values: (array length=n_values) (transfer floating): their values
 * @n_values: how many
 *
 * Adds one row.  Several rows become one multi-row VALUES; each must name
 * the same columns.
 *
 * Returns: (transfer none): @insert
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert_values_v (GsqlExpr           *insert,
                      const char * const *columns,
                      GsqlExpr          **values,
                      guint               n_values)
{
  GPtrArray *row;
  guint i;

  g_return_val_if_fail (GSQL_IS_EXPR (insert) && insert->kind == GSQL_EXPR_INSERT, insert);
  _gsql_expr_invalidate (insert);

  if (insert->rows->len == 0)
    {
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
      for (i = 0; i < n_values; i++)
        g_strv_builder_add (b, columns[i]);
      g_strfreev (insert->insert_columns);
      insert->insert_columns = g_strv_builder_end (b);
    }
  row = new_list ();
  for (i = 0; i < n_values; i++)
    {
      GsqlExpr *v = take (values[i]);
      /* A row naming other columns than the first is refused when compiled:
       * remember the name beside the value. */
      if (insert->rows->len > 0 &&
          (insert->insert_columns[i] == NULL || g_strcmp0 (insert->insert_columns[i], columns[i]) != 0))
        insert->rows_disagree = TRUE;
      g_ptr_array_add (row, v);
    }
  if (insert->rows->len > 0 && n_values != g_strv_length (insert->insert_columns))
    insert->rows_disagree = TRUE;
  g_ptr_array_add (insert->rows, row);
  return insert;
}

/**
 * gsql_insert_values: (skip)
 * @insert: an INSERT
 * @first_column: the first column's name
 * @...: its value (a floating #GsqlExpr), then more name/value pairs,
 *   ending with %NULL
 *
 * Adds one row.
 *
 * Returns: (transfer none): @insert
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert_values (GsqlExpr   *insert,
                    const char *first_column,
                    ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char *name;
  va_list ap;

  va_start (ap, first_column);
  for (name = first_column; name != NULL; name = va_arg (ap, const char *))
    {
      g_ptr_array_add (names, (gpointer) name);
      g_ptr_array_add (values, va_arg (ap, GsqlExpr *));
    }
  va_end (ap);
  return gsql_insert_values_v (insert, (const char * const *) names->pdata,
                               (GsqlExpr **) values->pdata, values->len);
}

/**
 * gsql_insert_from_select:
 * @insert: an INSERT
 * @columns: (array zero-terminated=1): the columns the select fills
 * @select: (transfer floating): the SELECT
 *
 * Returns: (transfer none): @insert, now `INSERT INTO t (…) SELECT …`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert_from_select (GsqlExpr           *insert,
                         const char * const *columns,
                         GsqlExpr           *select)
{
  g_return_val_if_fail (GSQL_IS_EXPR (insert) && insert->kind == GSQL_EXPR_INSERT, insert);
  _gsql_expr_invalidate (insert);
  g_strfreev (insert->insert_columns);
  insert->insert_columns = g_strdupv ((char **) columns);
  g_clear_object (&insert->from_select);
  insert->from_select = take (select);
  return insert;
}

/**
 * gsql_insert_on_conflict_do_nothing:
 * @insert: an INSERT
 * @conflict_columns: (array zero-terminated=1) (nullable): the unique
 *   columns whose conflict is ignored
 *
 * Returns: (transfer none): @insert, now an upsert that keeps existing rows
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert_on_conflict_do_nothing (GsqlExpr           *insert,
                                    const char * const *conflict_columns)
{
  g_return_val_if_fail (GSQL_IS_EXPR (insert) && insert->kind == GSQL_EXPR_INSERT, insert);
  _gsql_expr_invalidate (insert);
  insert->conflict = CONFLICT_NOTHING;
  g_strfreev (insert->conflict_columns);
  insert->conflict_columns = g_strdupv ((char **) conflict_columns);
  return insert;
}

/**
 * gsql_insert_on_conflict_do_update:
 * @insert: an INSERT
 * @conflict_columns: (array zero-terminated=1) (nullable): the unique
 *   columns whose conflict triggers the update
 * @columns: (array length=n_values): the columns to update
 * @values: (array length=n_values) (transfer floating): their new values;
 *   gsql_excluded() names the proposed row's
 * @n_values: how many
 *
 * Returns: (transfer none): @insert, now an upsert (`ON CONFLICT … DO
 *   UPDATE`, or `ON DUPLICATE KEY UPDATE` on MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_insert_on_conflict_do_update (GsqlExpr           *insert,
                                   const char * const *conflict_columns,
                                   const char * const *columns,
                                   GsqlExpr          **values,
                                   guint               n_values)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  guint i;

  g_return_val_if_fail (GSQL_IS_EXPR (insert) && insert->kind == GSQL_EXPR_INSERT, insert);
  _gsql_expr_invalidate (insert);
  insert->conflict = CONFLICT_UPDATE;
  g_strfreev (insert->conflict_columns);
  insert->conflict_columns = g_strdupv ((char **) conflict_columns);
  clear_array (&insert->set_values);
  insert->set_values = new_list ();
  for (i = 0; i < n_values; i++)
    {
      g_strv_builder_add (b, columns[i]);
      g_ptr_array_add (insert->set_values, take (values[i]));
    }
  g_strfreev (insert->set_columns);
  insert->set_columns = g_strv_builder_end (b);
  return insert;
}

/**
 * gsql_excluded:
 * @table: the table of the upsert
 * @column: one of its columns
 *
 * Returns: (transfer floating): the value the conflicting INSERT proposed
 *   for @column (`excluded.column`, or `VALUES(column)` on MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_excluded (GsqlTable  *table,
               const char *column)
{
  GsqlExpr *e;
  GsqlColumn *c;

  g_return_val_if_fail (GSQL_IS_TABLE (table), NULL);
  g_return_val_if_fail (column != NULL, NULL);
  c = gsql_table_get_column (table, column);
  g_return_val_if_fail (c != NULL, NULL);
  e = node (GSQL_EXPR_EXCLUDED);
  e->table = g_object_ref (table);
  e->name = g_strdup (column);
  set_type (e, gsql_column_get_sql_type (c));
  return e;
}

/**
 * gsql_update:
 * @table: the table to update
 *
 * Returns: (transfer floating): `UPDATE table`; set values with
 *   gsql_update_set()
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_update (GsqlTable *table)
{
  GsqlExpr *e = dml (GSQL_EXPR_UPDATE, table);

  if (e != NULL)
    e->set_values = new_list ();
  return e;
}

/**
 * gsql_update_set:
 * @update: an UPDATE
 * @column: a column of its table
 * @value: (transfer floating): the new value or expression
 *
 * Returns: (transfer none): @update
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_update_set (GsqlExpr   *update,
                 const char *column,
                 GsqlExpr   *value)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  g_return_val_if_fail (GSQL_IS_EXPR (update) && update->kind == GSQL_EXPR_UPDATE, update);
  g_return_val_if_fail (column != NULL, update);
  _gsql_expr_invalidate (update);
  if (update->set_columns != NULL)
    g_strv_builder_addv (b, (const char **) update->set_columns);
  g_strv_builder_add (b, column);
  g_strfreev (update->set_columns);
  update->set_columns = g_strv_builder_end (b);
  g_ptr_array_add (update->set_values, take (value));
  return update;
}

/**
 * gsql_update_where:
 * @update: an UPDATE
 * @condition: (transfer floating): a condition, ANDed with earlier ones;
 *   columns of other tables make it `UPDATE … FROM`
 *
 * Returns: (transfer none): @update
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_update_where (GsqlExpr *update,
                   GsqlExpr *condition)
{
  g_return_val_if_fail (GSQL_IS_EXPR (update) && update->kind == GSQL_EXPR_UPDATE, update);
  _gsql_expr_invalidate (update);
  update->where = and_into (update->where, condition);
  return update;
}

/**
 * gsql_delete:
 * @table: the table to delete from
 *
 * Returns: (transfer floating): `DELETE FROM table`
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_delete (GsqlTable *table)
{
  return dml (GSQL_EXPR_DELETE, table);
}

/**
 * gsql_delete_where:
 * @delete_: a DELETE
 * @condition: (transfer floating): a condition, ANDed with earlier ones;
 *   columns of other tables make it `DELETE … USING`
 *
 * Returns: (transfer none): @delete_
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_delete_where (GsqlExpr *delete_,
                   GsqlExpr *condition)
{
  g_return_val_if_fail (GSQL_IS_EXPR (delete_) && delete_->kind == GSQL_EXPR_DELETE, delete_);
  _gsql_expr_invalidate (delete_);
  delete_->where = and_into (delete_->where, condition);
  return delete_;
}

/**
 * gsql_returning:
 * @statement: an INSERT, UPDATE or DELETE
 * @column: (transfer floating): a column to return from each affected row
 *
 * Returns: (transfer none): @statement with `RETURNING` (PostgreSQL; INSERT
 *   and DELETE on MariaDB)
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_returning (GsqlExpr *statement,
                GsqlExpr *column)
{
  g_return_val_if_fail (GSQL_IS_EXPR (statement) && statement->returning != NULL, statement);
  _gsql_expr_invalidate (statement);
  g_ptr_array_add (statement->returning, take (column));
  return statement;
}

/**
 * gsql_statement_with:
 * @statement: a statement
 * @cte: (transfer floating): a CTE to write in its WITH clause even if no
 *   FROM uses it (as an INSERT's source, say)
 *
 * Returns: (transfer none): @statement
 *
 * Since: 1.0
 */
GsqlExpr *
gsql_statement_with (GsqlExpr *statement,
                     GsqlExpr *cte)
{
  g_return_val_if_fail (GSQL_IS_EXPR (statement), statement);
  g_return_val_if_fail (GSQL_IS_EXPR (cte) && cte->kind == GSQL_EXPR_CTE, statement);
  _gsql_expr_invalidate (statement);
  if (statement->ctes == NULL)
    statement->ctes = new_list ();
  g_ptr_array_add (statement->ctes, take (cte));
  return statement;
}
