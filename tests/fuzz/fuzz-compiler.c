/* fuzz-compiler.c: random expression trees through the SQL compiler
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * The input is a little program for a stack machine: each byte picks an
 * operation (push a column, an integer, a double, a string, NULL, a named
 * parameter; apply a comparison, arithmetic, AND/OR/NOT, LIKE or a LIKE
 * helper, a function with a name from the input, a label, CASE, IN, CAST).
 * The stack becomes a SELECT (its columns, a WHERE, a LIMIT), and also an
 * UPDATE and a DELETE, compiled for SQLite, PostgreSQL and MySQL.  Each
 * compiles to one statement with one `?` per parameter, its literal form
 * is one statement with no marker left, or compiling fails with a
 * GSQL_ERROR — never a crash, a leak or a critical.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

static char *
take_string (FuzzInput *in)
{
  size_t want = fuzz_take_byte (in) % 24;
  size_t n = MIN (want, in->left);
  char *s = g_strndup ((const char *) in->p, n);   /* stops at a NUL byte */

  in->p += n;
  in->left -= n;
  return s;
}

static gint64
take_int (FuzzInput *in)
{
  guint64 v = 0;   /* unsigned: shifting a negative gint64 is undefined */

  for (guint k = 0; k < 8; k++)
    v = (v << 8) | fuzz_take_byte (in);
  return (gint64) v;
}

static GsqlTable *
make_table (GsqlMetaData *md)
{
  GsqlColumn *cols[] = {
    gsql_column_new ("id", gsql_sql_type_integer_new (), "primary-key", TRUE, NULL),
    gsql_column_new ("name", gsql_sql_type_string_new (40), NULL),
    gsql_column_new ("order", gsql_sql_type_double_new (), NULL),
    gsql_column_new ("Mixed \"q\" `b`", gsql_sql_type_text_new (), NULL),
  };

  return gsql_metadata_add_table_full (md, NULL, "fz_t", cols, G_N_ELEMENTS (cols), NULL);
}

static const char * const col_names[] = { "id", "name", "order", "Mixed \"q\" `b`" };

#define MAX_STACK 16

static GsqlExpr *
pop (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_steal_index (stack, stack->len - 1) : NULL;
}

static void
push (GPtrArray *stack, GsqlExpr *e)
{
  if (e == NULL)
    return;
  g_object_ref_sink (e);   /* a new node's floating reference, or a new one */
  if (stack->len >= MAX_STACK)
    {
      g_object_unref (e);
      return;
    }
  g_ptr_array_add (stack, e);
}

/* Pops @n operands (owned, sunk) or none when there are fewer. */
static gboolean
pop_n (GPtrArray *stack, GsqlExpr **out, guint n)
{
  if (stack->len < n)
    return FALSE;
  for (guint k = n; k > 0; k--)
    out[k - 1] = pop (stack);
  return TRUE;
}

static void
build (FuzzInput *in, GsqlTable *table, GPtrArray *stack)
{
  guint steps = 0;

  while (in->left > 0 && steps++ < 64)
    {
      guint8 op = fuzz_take_byte (in);
      GsqlExpr *a[3] = { NULL, NULL, NULL };
      GsqlExpr *e = NULL;

      switch (op % 26)
        {
        case 0: e = gsql_col (table, col_names[fuzz_take_byte (in) % G_N_ELEMENTS (col_names)]); break;
        case 1: e = gsql_int (take_int (in)); break;
        case 2: { gint64 bits = take_int (in); double d; memcpy (&d, &bits, sizeof d); e = gsql_double (d); } break;
        case 3: { g_autofree char *s = take_string (in); e = gsql_str (s); } break;
        case 4: e = gsql_null (); break;
        case 5: { g_autofree char *s = take_string (in); if (*s) e = gsql_bindparam (s, gsql_sql_type_string_new (10)); } break;
        case 6: case 7: case 8: case 9: case 10: case 11: case 12: case 13: case 14: case 15:
          if (pop_n (stack, a, 2))
            {
              GsqlExpr *(*bin[]) (GsqlExpr *, GsqlExpr *) = {
                gsql_eq, gsql_ne, gsql_lt, gsql_ge, gsql_add, gsql_sub, gsql_mul, gsql_div, gsql_mod,
                gsql_is_distinct_from,
              };
              e = bin[op % 26 - 6] (a[0], a[1]);
            }
          break;
        case 16: if (pop_n (stack, a, 2)) e = gsql_and (a[0], a[1], NULL); break;
        case 17: if (pop_n (stack, a, 2)) e = gsql_or (a[0], a[1], NULL); break;
        case 18: if (pop_n (stack, a, 1)) e = (op & 0x80) ? gsql_not (a[0]) : gsql_neg (a[0]); break;
        case 19:
          if (pop_n (stack, a, 1))
            {
              g_autofree char *s = take_string (in);
              switch (fuzz_take_byte (in) % 4)
                {
                case 0: e = gsql_contains (a[0], s); break;
                case 1: e = gsql_startswith (a[0], s); break;
                case 2: e = gsql_endswith (a[0], s); break;
                default: e = gsql_like (a[0], gsql_str (s), (char) fuzz_take_byte (in)); break;
                }
            }
          break;
        case 20:
          {
            g_autofree char *name = take_string (in);
            guint n = fuzz_take_byte (in) % 3;
            if (pop_n (stack, a, n))
              e = gsql_func_v (name, NULL, a, n);
          }
          break;
        case 21:
          if (pop_n (stack, a, 1))
            {
              g_autofree char *name = take_string (in);
              /* No name: the operand itself goes back (push() takes a
               * reference, the loop drops a[0]'s). */
              e = *name ? gsql_label (a[0], name) : a[0];
            }
          break;
        case 22:
          if (pop_n (stack, a, 3))
            e = gsql_case_else (gsql_case_when (gsql_case (NULL), a[0], a[1]), a[2]);
          break;
        case 23:
          if (pop_n (stack, a, 3))
            e = gsql_in (a[0], a[1], a[2], NULL);
          break;
        case 24:
          if (pop_n (stack, a, 1))
            e = gsql_cast (a[0], (op & 0x80) ? gsql_sql_type_string_new (fuzz_take_byte (in) % 200 + 1) : gsql_sql_type_big_integer_new ());
          break;
        case 25:
          if (pop_n (stack, a, 2))
            e = gsql_concat (a[0], a[1], NULL);
          break;
        }
      push (stack, e);
      for (guint k = 0; k < 3; k++)
        g_clear_object (&a[k]);
    }
}

static void
check_compiled (GsqlExpr *stmt)
{
  static const char * const dialects[] = { "sqlite", "postgresql", "mysql" };

  for (guint d = 0; d < G_N_ELEMENTS (dialects); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlCompiled) c = gsql_expr_compile (stmt, dialects[d], &error);
      g_autofree char *literal = NULL;
      int markers;

      if (c == NULL)
        {
          FUZZ_CHECK (error != NULL && error->domain == GSQL_ERROR, "%s: failed without a GSQL_ERROR", dialects[d]);
          continue;
        }
      FUZZ_CHECK (error == NULL, "%s: an error and a result", dialects[d]);
      markers = fuzz_scan_sql (gsql_compiled_get_sql (c), dialects[d]);
      FUZZ_CHECK (markers >= 0, "%s: not one statement: %s", dialects[d], gsql_compiled_get_sql (c));
      FUZZ_CHECK ((guint) markers == gsql_compiled_get_n_params (c), "%s: %d markers, %u parameters: %s",
                  dialects[d], markers, gsql_compiled_get_n_params (c), gsql_compiled_get_sql (c));
      literal = gsql_compiled_dup_literal_sql (c, &error);
      if (literal == NULL)
        {
          FUZZ_CHECK (error != NULL && error->domain == GSQL_ERROR, "%s: literal failed without a GSQL_ERROR", dialects[d]);
          continue;
        }
      /* Valid UTF-8 only: the scanner reads bytes, and invalid text is
       * refused at execution anyway. */
      if (g_utf8_validate (literal, -1, NULL))
        {
          markers = fuzz_scan_sql (literal, dialects[d]);
          FUZZ_CHECK (markers == 0, "%s: literal form is not one statement without markers (%d): %s",
                      dialects[d], markers, literal);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_object_unref);
  GsqlTable *table = make_table (md);
  FuzzInput in = { data, size };
  guint8 limit;

  if (table == NULL)
    return 0;
  build (&in, table, stack);
  if (stack->len == 0)
    return 0;
  limit = fuzz_take_byte (&in);

  {
    /* SELECT every stacked expression but the last, WHERE the last. */
    GsqlExpr *sel = gsql_select (gsql_col (table, "id"), NULL);
    g_autoptr(GsqlExpr) owned = g_object_ref_sink (sel);

    for (guint k = 0; k + 1 < stack->len; k++)
      gsql_select_add_column (sel, g_ptr_array_index (stack, k));
    gsql_select_from (sel, gsql_table_ref (table));
    gsql_select_where (sel, g_ptr_array_index (stack, stack->len - 1));
    if (limit & 1)
      gsql_select_limit (sel, (gint64) (limit >> 1) - 64);
    check_compiled (sel);
  }
  {
    GsqlExpr *upd = gsql_update (table);
    g_autoptr(GsqlExpr) owned = g_object_ref_sink (upd);

    gsql_update_set (upd, col_names[limit % G_N_ELEMENTS (col_names)], g_ptr_array_index (stack, 0));
    gsql_update_where (upd, g_ptr_array_index (stack, stack->len - 1));
    check_compiled (upd);
  }
  {
    g_autoptr(GsqlExpr) del = g_object_ref_sink (
        gsql_delete_where (gsql_delete (table), g_ptr_array_index (stack, stack->len - 1)));
    check_compiled (del);
  }
  return 0;
}
