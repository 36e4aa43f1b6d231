/* gsql-row.c: one row of a result, kept after the result moved on
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-row
 * @title: GsqlRow
 * @short_description: a copy of one result row
 *
 * gsql_result_dup_row() and gsql_result_all() return rows that stay valid
 * after the result has moved on or been closed.
 */

#include "config.h"

#include <string.h>

#include "gsql-core-private.h"

struct _GsqlRow {
  gatomicrefcount ref;
  GStrv names;      /* shared between the rows of one result */
  guint n_columns;
  GValue values[];
};

G_DEFINE_BOXED_TYPE (GsqlRow, gsql_row, gsql_row_ref, gsql_row_unref)

static void clear_names (gpointer data);

GsqlRow *
_gsql_row_new (GStrv names,
               guint n_columns)
{
  GsqlRow *row;

  row = g_malloc0 (sizeof (GsqlRow) + n_columns * sizeof (GValue));
  g_atomic_ref_count_init (&row->ref);
  row->names = g_atomic_rc_box_acquire (names);
  row->n_columns = n_columns;
  return row;
}

GValue *
_gsql_row_get_values (GsqlRow *row)
{
  return row->values;
}

/**
 * gsql_row_new:
 * @names: (array length=n_columns): the column names
 * @values: (array length=n_columns): the values; an unset #GValue is NULL
 * @n_columns: the number of columns
 *
 * Makes a row of copies of @values, for results that gsql builds itself
 * (an ORM query's tuples of objects and columns, say).
 *
 * Returns: (transfer full): the row
 *
 * Since: 1.0
 */
GsqlRow *
gsql_row_new (const char * const *names,
              const GValue       *values,
              guint               n_columns)
{
  GStrv shared = g_atomic_rc_box_alloc0 ((n_columns + 1) * sizeof (char *));
  GsqlRow *row;
  guint i;

  for (i = 0; i < n_columns; i++)
    shared[i] = g_strdup (names[i]);
  row = _gsql_row_new (shared, n_columns);
  g_atomic_rc_box_release_full (shared, clear_names);
  for (i = 0; i < n_columns; i++)
    if (G_IS_VALUE (&values[i]))
      {
        g_value_init (&row->values[i], G_VALUE_TYPE (&values[i]));
        g_value_copy (&values[i], &row->values[i]);
      }
  return row;
}

/**
 * gsql_row_ref:
 * @row: a #GsqlRow
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @row
 *
 * Since: 1.0
 */
GsqlRow *
gsql_row_ref (GsqlRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);
  g_atomic_ref_count_inc (&row->ref);
  return row;
}

static void
clear_names (gpointer data)
{
  GStrv names = data;
  guint i;

  for (i = 0; names[i] != NULL; i++)
    g_free (names[i]);
}

/**
 * gsql_row_unref:
 * @row: (transfer full): a #GsqlRow
 *
 * Drops a reference.
 *
 * Since: 1.0
 */
void
gsql_row_unref (GsqlRow *row)
{
  guint i;

  g_return_if_fail (row != NULL);
  if (!g_atomic_ref_count_dec (&row->ref))
    return;
  for (i = 0; i < row->n_columns; i++)
    if (G_IS_VALUE (&row->values[i]))
      g_value_unset (&row->values[i]);
  g_atomic_rc_box_release_full (row->names, clear_names);
  g_free (row);
}

/**
 * gsql_row_get_n_columns:
 * @row: a #GsqlRow
 *
 * Returns: the number of columns
 *
 * Since: 1.0
 */
guint
gsql_row_get_n_columns (GsqlRow *row)
{
  g_return_val_if_fail (row != NULL, 0);
  return row->n_columns;
}

/**
 * gsql_row_get_column_name:
 * @row: a #GsqlRow
 * @column: a column index
 *
 * Returns: (nullable): the column's name, or %NULL when @column is out of
 *   range
 *
 * Since: 1.0
 */
const char *
gsql_row_get_column_name (GsqlRow *row,
                          guint    column)
{
  g_return_val_if_fail (row != NULL, NULL);
  return column < row->n_columns ? row->names[column] : NULL;
}

/**
 * gsql_row_get_value:
 * @row: a #GsqlRow
 * @column: a column index
 *
 * The value of a column; a SQL NULL is an unset #GValue.
 *
 * Returns: (nullable) (transfer none): the value, or %NULL when @column is
 *   out of range
 *
 * Since: 1.0
 */
const GValue *
gsql_row_get_value (GsqlRow *row,
                    guint    column)
{
  g_return_val_if_fail (row != NULL, NULL);
  return column < row->n_columns ? &row->values[column] : NULL;
}

/**
 * gsql_row_get_value_by_name:
 * @row: a #GsqlRow
 * @name: a column name
 *
 * The value of the first column called @name (compared exactly, then
 * without regard to ASCII case).
 *
 * Returns: (nullable) (transfer none): the value, or %NULL when no column
 *   has that name
 *
 * Since: 1.0
 */
const GValue *
gsql_row_get_value_by_name (GsqlRow    *row,
                            const char *name)
{
  guint i;

  g_return_val_if_fail (row != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (i = 0; i < row->n_columns; i++)
    if (g_strcmp0 (row->names[i], name) == 0)
      return &row->values[i];
  for (i = 0; i < row->n_columns; i++)
    if (row->names[i] != NULL && g_ascii_strcasecmp (row->names[i], name) == 0)
      return &row->values[i];
  return NULL;
}

/**
 * gsql_row_is_null:
 * @row: a #GsqlRow
 * @column: a column index
 *
 * Returns: whether the column holds SQL NULL (or is out of range)
 *
 * Since: 1.0
 */
gboolean
gsql_row_is_null (GsqlRow *row,
                  guint    column)
{
  g_return_val_if_fail (row != NULL, TRUE);
  return column >= row->n_columns || !G_IS_VALUE (&row->values[column]);
}
