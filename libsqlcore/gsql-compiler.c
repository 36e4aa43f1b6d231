/* gsql-compiler.c: expression trees compiled to SQL for each dialect
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-compiled
 * @title: GsqlCompiled
 * @short_description: a statement compiled for one dialect
 *
 * gsql_expr_compile() turns a statement into SQL text with `?` markers,
 * the values to bind to them (converted through their SQL types) and the
 * types of the result columns.  Named parameters (gsql_bindparam()) keep
 * their names and get their values at execution.
 * gsql_compiled_dup_display_sql() shows the statement with named markers,
 * and gsql_compiled_dup_literal_sql() with the values written in, escaped
 * for the dialect — for logs only: statements always run with bound
 * parameters.
 *
 * A construct the dialect cannot express (FULL OUTER JOIN on MariaDB,
 * RETURNING through SQLite's driver…) fails with %GSQL_ERROR_NOT_SUPPORTED
 * naming the construct and the dialect, never with different SQL.
 */

#include "config.h"

#include <string.h>

#include "gsql-core-private.h"
#include "gsql-expr-private.h"

typedef struct {
  GValue value;            /* bound value; unset for NULL or a named parameter */
  char *name;              /* named parameter */
  GsqlSqlType *type;       /* for named and generated parameters */
  GsqlColumn *generator;   /* client default or on-update value, computed per execution */
  gboolean onupdate;
  gsize offset;            /* of its marker in the SQL */
  /* Where the value came from, so that a statement of the same shape can
   * reuse this compiled form with its own values: the node's position in
   * the shape traversal, which field, and the type it was bound through. */
  GsqlExpr *source;        /* during compilation only */
  int source_ordinal;      /* -1: a constant of the compiled form */
  int field;               /* 0: the node's value, 1: its LIMIT, 2: its OFFSET */
  GsqlSqlType *bind_type;
} Param;

struct _GsqlCompiled {
  GObject parent_instance;

  char *dialect;
  char *sql;
  GArray *params;          /* Param */
  GPtrArray *column_types; /* GsqlSqlType or NULL */
};

/**
 * GsqlCompiled:
 *
 * A statement compiled for one dialect: its SQL with `?` placeholders, the
 * parameters to bind in order with their types, and display and literal
 * forms for logs.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlCompiled, gsql_compiled, G_TYPE_OBJECT)

static void
param_clear (gpointer data)
{
  Param *p = data;

  if (G_IS_VALUE (&p->value))
    g_value_unset (&p->value);
  g_free (p->name);
  g_clear_object (&p->type);
  g_clear_object (&p->generator);
  g_clear_object (&p->bind_type);
}

static void
gsql_compiled_finalize (GObject *object)
{
  GsqlCompiled *self = GSQL_COMPILED (object);

  g_free (self->dialect);
  g_free (self->sql);
  g_array_unref (self->params);
  g_ptr_array_unref (self->column_types);

  G_OBJECT_CLASS (gsql_compiled_parent_class)->finalize (object);
}

static void
gsql_compiled_class_init (GsqlCompiledClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = gsql_compiled_finalize;
}

static void
unref_type (gpointer type)
{
  if (type != NULL)
    g_object_unref (type);
}

static void
gsql_compiled_init (GsqlCompiled *self)
{
  self->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (self->params, param_clear);
  self->column_types = g_ptr_array_new_with_free_func (unref_type);
}

/* The compiler */

typedef struct _Ctx Ctx;
struct _Ctx {
  GsqlDialect *dialect;
  const char *dname;
  GsqlBackend backend;
  GString *sql;
  GArray *params;
  GError **error;
  gboolean failed;
  GSList *enclosing;       /* GPtrArray* of FROM elements of enclosing selects */
  gboolean in_compound_order;
  gboolean unqualified;    /* render columns without qualifier */
  gboolean cast_binds;     /* PostgreSQL select lists: give parameters a type */
  gboolean label_as;       /* select lists: a label is `expr AS name` */
};

static void compile (Ctx *ctx, GsqlExpr *e);
static void compile_select (Ctx *ctx, GsqlExpr *sel, gboolean top);

static void
fail (Ctx *ctx, int code, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static void
fail (Ctx *ctx, int code, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  if (ctx->failed)
    return;
  ctx->failed = TRUE;
  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error_literal (ctx->error, GSQL_ERROR, code, msg);
}

/* A function name: dot-separated parts of ASCII letters, digits, `_` and
 * `$`, none empty or starting with a digit or `$`. */
static gboolean
valid_function_name (const char *name)
{
  const char *p = name;

  for (;;)
    {
      if (!(g_ascii_isalpha (*p) || *p == '_'))
        return FALSE;
      for (p++; g_ascii_isalnum (*p) || *p == '_' || *p == '$'; p++)
        ;
      if (*p == '\0')
        return TRUE;
      if (*p++ != '.')
        return FALSE;
    }
}

static void
not_supported (Ctx *ctx, const char *construct)
{
  fail (ctx, GSQL_ERROR_NOT_SUPPORTED, _("The %s dialect cannot express %s"), ctx->dname, construct);
}

static void
emit (Ctx *ctx, const char *s)
{
  g_string_append (ctx->sql, s);
}

static void
emit_ident (Ctx *ctx, const char *name)
{
  g_autofree char *q = NULL;
  g_autoptr(GError) local = NULL;

  if (!gsql_dialect_check_identifier (ctx->dialect, name, &local))
    {
      if (!ctx->failed)
        {
          ctx->failed = TRUE;
          g_propagate_error (ctx->error, g_steal_pointer (&local));
        }
      return;
    }
  q = gsql_dialect_quote_identifier (ctx->dialect, name);
  g_string_append (ctx->sql, q);
}

static void
emit_table (Ctx *ctx, GsqlTable *table)
{
  g_autofree char *q = gsql_dialect_format_table (ctx->dialect, table);
  g_string_append (ctx->sql, q);
}

static void
emit_generated_param (Ctx *ctx, GsqlColumn *column, gboolean onupdate)
{
  Param p = { G_VALUE_INIT, NULL, NULL, NULL, FALSE, 0, NULL, -1, 0, NULL };

  p.generator = g_object_ref (column);
  p.onupdate = onupdate;
  p.type = g_object_ref (gsql_column_get_sql_type (column));
  p.offset = ctx->sql->len;
  g_string_append_c (ctx->sql, '?');
  g_array_append_val (ctx->params, p);
}

static void
emit_param_value (Ctx *ctx, const GValue *value, GsqlSqlType *type, GsqlExpr *source, int field)
{
  Param p = { G_VALUE_INIT, NULL, NULL, NULL, FALSE, 0, NULL, -1, 0, NULL };

  p.source = source;
  p.field = field;
  p.bind_type = type ? g_object_ref (type) : NULL;

  if (type != NULL && value != NULL && G_IS_VALUE (value))
    {
      if (!gsql_sql_type_bind (type, ctx->dname, value, &p.value, ctx->failed ? NULL : ctx->error))
        {
          ctx->failed = TRUE;
          g_clear_object (&p.bind_type);
          return;
        }
    }
  else if (value != NULL && G_IS_VALUE (value))
    {
      g_value_init (&p.value, G_VALUE_TYPE (value));
      g_value_copy (value, &p.value);
    }
  p.offset = ctx->sql->len;
  g_string_append_c (ctx->sql, '?');
  g_array_append_val (ctx->params, p);
}

static void
emit_int_param (Ctx *ctx, gint64 v, GsqlExpr *source, int field)
{
  GValue value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, v);
  emit_param_value (ctx, &value, NULL, source, field);
  g_value_unset (&value);
}

static void
emit_named_param (Ctx *ctx, const char *name, GsqlSqlType *type)
{
  Param p = { G_VALUE_INIT, NULL, NULL, NULL, FALSE, 0, NULL, -1, 0, NULL };

  p.name = g_strdup (name);
  p.type = type ? g_object_ref (type) : NULL;
  p.offset = ctx->sql->len;
  g_string_append_c (ctx->sql, '?');
  g_array_append_val (ctx->params, p);
}

static gboolean
is_pg (Ctx *ctx) { return ctx->backend == GSQL_BACKEND_POSTGRESQL; }
static gboolean
is_my (Ctx *ctx) { return ctx->backend == GSQL_BACKEND_MYSQL; }
static gboolean
is_lite (Ctx *ctx) { return ctx->backend == GSQL_BACKEND_SQLITE; }

/* Precedence, higher binds tighter. */
static int
precedence (GsqlExpr *e)
{
  switch (e->kind)
    {
    case GSQL_EXPR_BOOLEAN:
      if (e->args->len <= 1)
        return e->args->len == 1 ? precedence (g_ptr_array_index (e->args, 0)) : 100;
      return e->op == OP_OR ? 1 : 2;
    case GSQL_EXPR_UNARY:
      switch (e->op)
        {
        case OP_NOT: return 3;
        case OP_IS_NULL: case OP_IS_NOT_NULL: return 4;
        case OP_NEG: return 8;
        default: return 100;
        }
    case GSQL_EXPR_LABEL:
      /* inside an expression a label is written as what it labels */
      return precedence (e->left);
    case GSQL_EXPR_IN:
    case GSQL_EXPR_BETWEEN:
      return 4;
    case GSQL_EXPR_BINARY:
      switch (e->op)
        {
        case OP_ADD: case OP_SUB: return 6;
        case OP_MUL: case OP_DIV: case OP_MOD: return 7;
        case OP_CONCAT: return 5;
        default: return 4;
        }
    default:
      return 100;
    }
}

static void
compile_child (Ctx *ctx, GsqlExpr *child, int parent_prec, gboolean strict)
{
  int p = precedence (child);
  gboolean wrap = strict ? p <= parent_prec : p < parent_prec;

  if (wrap)
    emit (ctx, "(");
  compile (ctx, child);
  if (wrap)
    emit (ctx, ")");
}

/* FROM elements */

static gboolean
same_from (GsqlExpr *a, GsqlExpr *b)
{
  if (a == b)
    return TRUE;
  if (a->kind == GSQL_EXPR_TABLE && b->kind == GSQL_EXPR_TABLE)
    return a->table == b->table;
  if (a->kind == GSQL_EXPR_CTE && b->kind == GSQL_EXPR_CTE)
    return g_strcmp0 (a->name, b->name) == 0;
  return FALSE;
}

static gboolean
list_has_from (GPtrArray *list, GsqlExpr *f)
{
  guint i;

  for (i = 0; list != NULL && i < list->len; i++)
    {
      GsqlExpr *x = g_ptr_array_index (list, i);
      if (same_from (x, f))
        return TRUE;
      /* A join covers its sides. */
      if (x->kind == GSQL_EXPR_JOIN)
        {
          g_autoptr(GPtrArray) sides = g_ptr_array_new ();
          g_ptr_array_add (sides, x->left);
          g_ptr_array_add (sides, x->right);
          if (list_has_from (sides, f))
            return TRUE;
        }
    }
  return FALSE;
}

static void
add_from (GPtrArray *list, GsqlExpr *f)
{
  if (!list_has_from (list, f))
    g_ptr_array_add (list, f);
}

/* The FROM elements an expression's columns come from, not looking inside
 * subqueries (they have their own). */
static void
collect_froms (GsqlExpr *e, gpointer data)
{
  GPtrArray *list = data;

  switch (e->kind)
    {
    case GSQL_EXPR_COLUMN:
      if (e->from != NULL)
        add_from (list, e->from);
      return;
    case GSQL_EXPR_SELECT:
    case GSQL_EXPR_COMPOUND:
    case GSQL_EXPR_SCALAR_SUBQUERY:
    case GSQL_EXPR_ALIAS:
    case GSQL_EXPR_CTE:
    case GSQL_EXPR_TABLE:
    case GSQL_EXPR_JOIN:
    case GSQL_EXPR_EXCLUDED:
      return;
    case GSQL_EXPR_UNARY:
      if (e->op == OP_EXISTS || e->op == OP_NOT_EXISTS)
        return;
      break;
    case GSQL_EXPR_IN:
      if (e->left)
        collect_froms (e->left, data);
      if (e->args)
        for (guint i = 0; i < e->args->len; i++)
          collect_froms (g_ptr_array_index (e->args, i), data);
      return;
    default:
      break;
    }
  _gsql_expr_foreach_child (e, collect_froms, data);
}

static void
collect_list (GPtrArray *exprs, GPtrArray *into)
{
  guint i;

  for (i = 0; exprs != NULL && i < exprs->len; i++)
    collect_froms (g_ptr_array_index (exprs, i), into);
}

/* Tables a FROM element (table, alias of a table, join) consists of. */
static void
tables_of (GsqlExpr *f, GPtrArray *out)
{
  if (f->kind == GSQL_EXPR_TABLE)
    g_ptr_array_add (out, f);
  else if (f->kind == GSQL_EXPR_ALIAS && f->from && f->from->kind == GSQL_EXPR_TABLE)
    g_ptr_array_add (out, f);
  else if (f->kind == GSQL_EXPR_JOIN)
    {
      tables_of (f->left, out);
      tables_of (f->right, out);
    }
}

static GsqlTable *
table_of (GsqlExpr *f)
{
  return f->kind == GSQL_EXPR_TABLE ? f->table : f->from->table;
}

static GsqlExpr *
col_of (GsqlExpr *f, const char *name)
{
  if (f->kind == GSQL_EXPR_TABLE)
    return gsql_col (f->table, name);
  return gsql_from_col (f, name);
}

/* The ON clause of a join without one: the single foreign key between the
 * right side and a table of the left side. */
static GsqlExpr *
infer_on (Ctx *ctx, GsqlExpr *left, GsqlExpr *right)
{
  g_autoptr(GPtrArray) lefts = g_ptr_array_new ();
  g_autoptr(GPtrArray) rights = g_ptr_array_new ();
  GsqlExpr *found = NULL;
  guint n = 0, i, j, k;

  tables_of (left, lefts);
  tables_of (right, rights);
  for (i = 0; i < rights->len; i++)
    for (j = 0; j < lefts->len; j++)
      for (int dir = 0; dir < 2; dir++)
        {
          GsqlExpr *a = dir ? g_ptr_array_index (lefts, j) : g_ptr_array_index (rights, i);
          GsqlExpr *b = dir ? g_ptr_array_index (rights, i) : g_ptr_array_index (lefts, j);
          g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (table_of (a));

          for (k = 0; k < fks->len; k++)
            {
              GsqlConstraint *fk = g_ptr_array_index (fks, k);
              const char * const *cols = gsql_constraint_get_columns (fk);
              const char * const *refs = gsql_constraint_get_referred_columns (fk);
              GsqlTable *target = gsql_constraint_resolve_referred_table (fk, NULL);
              g_autoptr(GPtrArray) terms = NULL;
              guint c;

              if (target != table_of (b) || (table_of (a) == table_of (b) && dir))
                continue;
              n++;
              if (found != NULL)
                continue;
              terms = g_ptr_array_new ();
              for (c = 0; cols[c] != NULL; c++)
                g_ptr_array_add (terms, gsql_eq (col_of (a, cols[c]), col_of (b, refs[c])));
              found = g_object_ref_sink (gsql_and_v ((GsqlExpr **) terms->pdata, terms->len));
            }
        }
  if (n != 1)
    {
      g_clear_object (&found);
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT,
            n == 0 ? _("No foreign key joins the two sides of a join; give its ON clause")
                   : _("Several foreign keys join the two sides of a join; give its ON clause"));
      return NULL;
    }
  return found;
}

static void
compile_from_element (Ctx *ctx, GsqlExpr *f)
{
  switch (f->kind)
    {
    case GSQL_EXPR_TABLE:
      emit_table (ctx, f->table);
      break;
    case GSQL_EXPR_CTE:
      emit_ident (ctx, f->name);
      break;
    case GSQL_EXPR_ALIAS:
      if (f->from->kind == GSQL_EXPR_TABLE)
        {
          emit_table (ctx, f->from->table);
          emit (ctx, " AS ");
          emit_ident (ctx, f->name);
        }
      else if (f->from->kind == GSQL_EXPR_CTE)
        {
          emit_ident (ctx, f->from->name);
          emit (ctx, " AS ");
          emit_ident (ctx, f->name);
        }
      else
        {
          if (f->lateral)
            {
              if (!is_pg (ctx))
                {
                  not_supported (ctx, "LATERAL");
                  return;
                }
              emit (ctx, "LATERAL ");
            }
          emit (ctx, "(");
          compile_select (ctx, f->from, FALSE);
          emit (ctx, ") AS ");
          emit_ident (ctx, f->name);
        }
      break;
    case GSQL_EXPR_JOIN:
      {
        GsqlExpr *on = f->third;
        g_autoptr(GsqlExpr) inferred = NULL;

        if ((GsqlJoinType) f->op == GSQL_JOIN_FULL && is_my (ctx))
          {
            not_supported (ctx, "FULL OUTER JOIN");
            return;
          }
        compile_from_element (ctx, f->left);
        emit (ctx, (GsqlJoinType) f->op == GSQL_JOIN_LEFT ? " LEFT OUTER JOIN "
                   : (GsqlJoinType) f->op == GSQL_JOIN_FULL ? " FULL OUTER JOIN " : " JOIN ");
        compile_from_element (ctx, f->right);
        if (on == NULL)
          on = inferred = infer_on (ctx, f->left, f->right);
        if (on == NULL)
          return;
        emit (ctx, " ON ");
        compile (ctx, on);
      }
      break;
    default:
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("This expression cannot stand in a FROM clause"));
    }
}

/* Columns */

static void
emit_qualifier (Ctx *ctx, GsqlExpr *from)
{
  switch (from->kind)
    {
    case GSQL_EXPR_TABLE: emit_table (ctx, from->table); break;
    case GSQL_EXPR_ALIAS:
    case GSQL_EXPR_CTE: emit_ident (ctx, from->name); break;
    default: break;
    }
}

static void
compile_column (Ctx *ctx, GsqlExpr *e)
{
  if (!ctx->unqualified && e->from != NULL)
    {
      emit_qualifier (ctx, e->from);
      emit (ctx, ".");
    }
  emit_ident (ctx, e->name);
}

/* `:name` parameters of raw text. */
static void
compile_text (Ctx *ctx, const char *text)
{
  const char *p = text;
  char quote = 0;

  while (*p)
    {
      if (quote)
        {
          g_string_append_c (ctx->sql, *p);
          if (*p == quote)
            quote = 0;
          p++;
          continue;
        }
      if (*p == '\'' || *p == '"' || *p == '`')
        {
          quote = *p;
          g_string_append_c (ctx->sql, *p++);
          continue;
        }
      if (p[0] == '\\' && p[1] == ':')
        {
          g_string_append_c (ctx->sql, ':');
          p += 2;
          continue;
        }
      if (p[0] == ':' && p[1] == ':')
        {
          g_string_append (ctx->sql, "::");
          p += 2;
          continue;
        }
      if (p[0] == ':' && (g_ascii_isalpha (p[1]) || p[1] == '_'))
        {
          const char *start = ++p;
          g_autofree char *name = NULL;
          while (g_ascii_isalnum (*p) || *p == '_')
            p++;
          name = g_strndup (start, p - start);
          emit_named_param (ctx, name, NULL);
          continue;
        }
      g_string_append_c (ctx->sql, *p++);
    }
}

static const char *
binary_op_text (Ctx *ctx, GsqlOp op)
{
  switch (op)
    {
    case OP_EQ: return " = ";
    case OP_NE: return " != ";
    case OP_LT: return " < ";
    case OP_LE: return " <= ";
    case OP_GT: return " > ";
    case OP_GE: return " >= ";
    case OP_ADD: return " + ";
    case OP_SUB: return " - ";
    case OP_MUL: return " * ";
    case OP_DIV: return " / ";
    case OP_MOD: return " % ";
    case OP_CONCAT: return " || ";
    case OP_LIKE: return " LIKE ";
    case OP_NOT_LIKE: return " NOT LIKE ";
    case OP_ILIKE: return " ILIKE ";
    default: return " ? ";
    }
}

static void
emit_escape (Ctx *ctx, char escape)
{
  char buf[2] = { escape, 0 };
  g_autofree char *lit = NULL;

  if (escape == 0)
    return;
  lit = gsql_dialect_quote_string (ctx->dialect, buf);
  emit (ctx, " ESCAPE ");
  emit (ctx, lit);
}

static void
compile_binary (Ctx *ctx, GsqlExpr *e)
{
  int prec = precedence (e);

  switch (e->op)
    {
    case OP_IS_DISTINCT:
    case OP_IS_NOT_DISTINCT:
      {
        gboolean distinct = e->op == OP_IS_DISTINCT;
        if (is_my (ctx))
          {
            if (distinct)
              emit (ctx, "NOT (");
            compile_child (ctx, e->left, 4, TRUE);
            emit (ctx, " <=> ");
            compile_child (ctx, e->right, 4, TRUE);
            if (distinct)
              emit (ctx, ")");
            return;
          }
        compile_child (ctx, e->left, 4, TRUE);
        if (is_lite (ctx))
          emit (ctx, distinct ? " IS NOT " : " IS ");
        else
          emit (ctx, distinct ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM ");
        compile_child (ctx, e->right, 4, TRUE);
        return;
      }
    case OP_CONCAT:
      if (is_my (ctx))
        {
          emit (ctx, "concat(");
          compile (ctx, e->left);
          emit (ctx, ", ");
          compile (ctx, e->right);
          emit (ctx, ")");
          return;
        }
      break;
    case OP_ILIKE:
      if (!is_pg (ctx))
        {
          emit (ctx, "lower(");
          compile (ctx, e->left);
          emit (ctx, ") LIKE lower(");
          compile (ctx, e->right);
          emit (ctx, ")");
          emit_escape (ctx, e->escape);
          return;
        }
      break;
    default:
      break;
    }
  compile_child (ctx, e->left, prec, FALSE);
  emit (ctx, binary_op_text (ctx, e->op));
  /* Left-associative: a - (b - c) keeps its parentheses. */
  compile_child (ctx, e->right, prec, TRUE);
  if (e->op == OP_LIKE || e->op == OP_NOT_LIKE || e->op == OP_ILIKE)
    emit_escape (ctx, e->escape);
}

static void
compile_subselect (Ctx *ctx, GsqlExpr *sel)
{
  emit (ctx, "(");
  compile_select (ctx, sel, FALSE);
  emit (ctx, ")");
}

static void
compile_cast_type (Ctx *ctx, GsqlSqlType *type)
{
  g_autofree char *t = NULL;

  if (is_my (ctx))
    {
      GsqlSqlType *base = gsql_sql_type_for_dialect (type, ctx->dname);
      switch (gsql_sql_type_get_kind (base))
        {
        case GSQL_TYPE_KIND_INTEGER:
        case GSQL_TYPE_KIND_SMALL_INTEGER:
        case GSQL_TYPE_KIND_BIG_INTEGER:
        case GSQL_TYPE_KIND_BOOLEAN:
          emit (ctx, "SIGNED");
          return;
        case GSQL_TYPE_KIND_STRING:
          if (gsql_sql_type_get_length (base) > 0)
            {
              t = g_strdup_printf ("CHAR(%u)", gsql_sql_type_get_length (base));
              emit (ctx, t);
              return;
            }
          emit (ctx, "CHAR");
          return;
        case GSQL_TYPE_KIND_TEXT:
        case GSQL_TYPE_KIND_UNICODE_TEXT:
        case GSQL_TYPE_KIND_UUID:
        case GSQL_TYPE_KIND_ENUM:
        case GSQL_TYPE_KIND_JSON:
          emit (ctx, "CHAR");
          return;
        case GSQL_TYPE_KIND_NUMERIC:
          if (gsql_sql_type_get_precision (base) > 0)
            t = g_strdup_printf ("DECIMAL(%u, %u)", gsql_sql_type_get_precision (base),
                                 gsql_sql_type_get_scale (base));
          emit (ctx, t ? t : "DECIMAL");
          return;
        case GSQL_TYPE_KIND_FLOAT:
        case GSQL_TYPE_KIND_DOUBLE:
          emit (ctx, "DOUBLE");
          return;
        case GSQL_TYPE_KIND_DATE_TIME:
          emit (ctx, "DATETIME");
          return;
        case GSQL_TYPE_KIND_LARGE_BINARY:
          emit (ctx, "BINARY");
          return;
        default:
          break;
        }
    }
  t = gsql_dialect_compile_type (ctx->dialect, type, ctx->failed ? NULL : ctx->error);
  if (t == NULL)
    {
      ctx->failed = TRUE;
      return;
    }
  emit (ctx, t);
}

/* Ordering by a labelled column of the select list names the label. */
static void
compile_order_operand (Ctx *ctx, GsqlExpr *inner)
{
  if (inner->kind == GSQL_EXPR_LABEL)
    emit_ident (ctx, inner->name);
  else
    compile (ctx, inner);
}

static void
compile_order_term (Ctx *ctx, GsqlExpr *e)
{
  GsqlExpr *inner = e->kind == GSQL_EXPR_ORDER ? e->left : e;
  gboolean desc = e->kind == GSQL_EXPR_ORDER && e->desc;
  gboolean explicit_dir = e->kind == GSQL_EXPR_ORDER && e->explicit_dir;
  int nulls = e->kind == GSQL_EXPR_ORDER ? e->nulls : 0;

  if (nulls != 0 && is_my (ctx))
    {
      /* MariaDB sorts NULLs first ascending and last descending. */
      compile_order_operand (ctx, inner);
      emit (ctx, nulls == 2 ? " IS NULL, " : " IS NOT NULL, ");
      compile_order_operand (ctx, inner);
      emit (ctx, desc ? " DESC" : " ASC");
      return;
    }
  compile_order_operand (ctx, inner);
  if (explicit_dir || nulls != 0)
    emit (ctx, desc ? " DESC" : " ASC");
  if (nulls != 0)
    emit (ctx, nulls == 1 ? " NULLS FIRST" : " NULLS LAST");
}

static void
compile_list (Ctx *ctx, GPtrArray *list, const char *sep)
{
  guint i;

  for (i = 0; i < list->len; i++)
    {
      if (i > 0)
        emit (ctx, sep);
      compile (ctx, g_ptr_array_index (list, i));
    }
}

static void
compile_frame_bound (Ctx *ctx, gboolean has, gint64 v, gboolean start)
{
  char buf[48];

  if (!has)
    emit (ctx, start ? "UNBOUNDED PRECEDING" : "UNBOUNDED FOLLOWING");
  else if (v == 0)
    emit (ctx, "CURRENT ROW");
  else
    {
      /* -(G_MININT64) overflows: negate as unsigned. */
      g_snprintf (buf, sizeof buf, "%" G_GUINT64_FORMAT " %s", v < 0 ? -(guint64) v : (guint64) v,
                  v < 0 ? "PRECEDING" : "FOLLOWING");
      emit (ctx, buf);
    }
}

static void
compile (Ctx *ctx, GsqlExpr *e)
{
  guint i;

  if (ctx->failed)
    return;
  /* Only a select list's own labels are `expr AS name`; a label inside an
   * expression there is the expression itself. */
  if (ctx->label_as && e->kind != GSQL_EXPR_LABEL)
    {
      ctx->label_as = FALSE;
      compile (ctx, e);
      ctx->label_as = TRUE;
      return;
    }

  switch (e->kind)
    {
    case GSQL_EXPR_COLUMN:
      compile_column (ctx, e);
      break;
    case GSQL_EXPR_VALUE:
      if (ctx->cast_binds && G_IS_VALUE (&e->value))
        {
          /* psqlODBC sends parameters untyped; in a select list PostgreSQL
           * would then take them for text (`SELECT ? + 1` fails), so say
           * what they are. */
          const char *t = NULL;
          GType vt = G_VALUE_TYPE (&e->value);
          if (vt == G_TYPE_INT64 || vt == G_TYPE_INT || vt == G_TYPE_LONG || vt == G_TYPE_UINT)
            t = "BIGINT";
          else if (vt == G_TYPE_DOUBLE || vt == G_TYPE_FLOAT)
            t = "DOUBLE PRECISION";
          else if (vt == G_TYPE_BOOLEAN)
            t = "BOOLEAN";
          else if (vt == G_TYPE_STRING && e->type == NULL)
            t = "VARCHAR";
          else if (vt == GSQL_TYPE_NUMERIC)
            t = "NUMERIC";
          if (t != NULL && e->type == NULL)
            {
              emit (ctx, "CAST(");
              emit_param_value (ctx, &e->value, e->type, e, 0);
              emit (ctx, " AS ");
              emit (ctx, t);
              emit (ctx, ")");
              break;
            }
        }
      emit_param_value (ctx, &e->value, e->type, e, 0);
      break;
    case GSQL_EXPR_BINDPARAM:
      emit_named_param (ctx, e->name, e->type);
      break;
    case GSQL_EXPR_NULL:
      emit (ctx, "NULL");
      break;
    case GSQL_EXPR_TEXT:
      compile_text (ctx, e->text);
      break;
    case GSQL_EXPR_LABEL:
      /* `expr AS name` in a select list; elsewhere (WHERE, GROUP BY) the
       * expression itself. */
      if (ctx->label_as)
        {
          ctx->label_as = FALSE;
          compile (ctx, e->left);
          ctx->label_as = TRUE;
          emit (ctx, " AS ");
          emit_ident (ctx, e->name);
        }
      else
        compile (ctx, e->left);
      break;
    case GSQL_EXPR_FUNCTION:
      /* The name is written as it is (quoting it would change which
       * function is meant), so only a plain, possibly dotted, name passes. */
      if (!valid_function_name (e->name))
        {
          g_autofree char *shown = g_utf8_make_valid (e->name, -1);
          fail (ctx, GSQL_ERROR_INVALID_ARGUMENT,
                _("“%s” is not a valid function name: use letters, digits, “_” and “$”, dotted parts allowed"),
                shown);
          break;
        }
      if (g_str_equal (e->name, "now") && is_lite (ctx))
        {
          emit (ctx, "CURRENT_TIMESTAMP");
          break;
        }
      emit (ctx, g_str_equal (e->name, "length") && is_my (ctx) ? "char_length" : e->name);
      emit (ctx, "(");
      compile_list (ctx, e->args, ", ");
      emit (ctx, ")");
      break;
    case GSQL_EXPR_BINARY:
      compile_binary (ctx, e);
      break;
    case GSQL_EXPR_UNARY:
      switch (e->op)
        {
        case OP_NOT:
          emit (ctx, "NOT (");
          compile (ctx, e->left);
          emit (ctx, ")");
          break;
        case OP_IS_NULL:
        case OP_IS_NOT_NULL:
          compile_child (ctx, e->left, 4, TRUE);
          emit (ctx, e->op == OP_IS_NULL ? " IS NULL" : " IS NOT NULL");
          break;
        case OP_EXISTS:
        case OP_NOT_EXISTS:
          emit (ctx, e->op == OP_EXISTS ? "EXISTS " : "NOT EXISTS ");
          compile_subselect (ctx, e->left);
          break;
        case OP_DISTINCT:
          emit (ctx, "DISTINCT ");
          compile (ctx, e->left);
          break;
        case OP_NEG:
          emit (ctx, "-");
          compile_child (ctx, e->left, 8, TRUE);
          break;
        default:
          break;
        }
      break;
    case GSQL_EXPR_BOOLEAN:
      if (e->args->len == 0)
        {
          emit (ctx, e->op == OP_AND ? "1 = 1" : "1 != 1");
          break;
        }
      for (i = 0; i < e->args->len; i++)
        {
          if (i > 0)
            emit (ctx, e->op == OP_AND ? " AND " : " OR ");
          compile_child (ctx, g_ptr_array_index (e->args, i), precedence (e), FALSE);
        }
      break;
    case GSQL_EXPR_IN:
      if (e->right != NULL)
        {
          compile_child (ctx, e->left, 4, TRUE);
          emit (ctx, e->negate ? " NOT IN " : " IN ");
          compile_subselect (ctx, e->right);
          break;
        }
      if (e->args->len == 0)
        {
          /* x IN () holds for no row, whatever x is (NULL included). */
          emit (ctx, e->negate ? "1 = 1" : "1 != 1");
          break;
        }
      compile_child (ctx, e->left, 4, TRUE);
      emit (ctx, e->negate ? " NOT IN (" : " IN (");
      compile_list (ctx, e->args, ", ");
      emit (ctx, ")");
      break;
    case GSQL_EXPR_BETWEEN:
      compile_child (ctx, e->left, 4, TRUE);
      emit (ctx, " BETWEEN ");
      compile_child (ctx, e->right, 4, TRUE);
      emit (ctx, " AND ");
      compile_child (ctx, e->third, 4, TRUE);
      break;
    case GSQL_EXPR_CASE:
      emit (ctx, "CASE");
      if (e->left != NULL)
        {
          emit (ctx, " ");
          compile (ctx, e->left);
        }
      for (i = 0; i + 1 < e->args->len; i += 2)
        {
          emit (ctx, " WHEN ");
          compile (ctx, g_ptr_array_index (e->args, i));
          emit (ctx, " THEN ");
          compile (ctx, g_ptr_array_index (e->args, i + 1));
        }
      if (e->right != NULL)
        {
          emit (ctx, " ELSE ");
          compile (ctx, e->right);
        }
      emit (ctx, " END");
      break;
    case GSQL_EXPR_CAST:
      emit (ctx, "CAST(");
      compile (ctx, e->left);
      emit (ctx, " AS ");
      compile_cast_type (ctx, e->type);
      emit (ctx, ")");
      break;
    case GSQL_EXPR_ORDER:
      compile_order_term (ctx, e);
      break;
    case GSQL_EXPR_OVER:
      compile (ctx, e->left);
      emit (ctx, " OVER (");
      if (e->partition_by->len > 0)
        {
          emit (ctx, "PARTITION BY ");
          compile_list (ctx, e->partition_by, ", ");
        }
      if (e->over_order_by->len > 0)
        {
          if (e->partition_by->len > 0)
            emit (ctx, " ");
          emit (ctx, "ORDER BY ");
          for (i = 0; i < e->over_order_by->len; i++)
            {
              if (i > 0)
                emit (ctx, ", ");
              compile_order_term (ctx, g_ptr_array_index (e->over_order_by, i));
            }
        }
      if (e->has_frame)
        {
          if (e->partition_by->len > 0 || e->over_order_by->len > 0)
            emit (ctx, " ");
          emit (ctx, e->frame_range ? "RANGE BETWEEN " : "ROWS BETWEEN ");
          compile_frame_bound (ctx, e->frame_has_start, e->frame_start, TRUE);
          emit (ctx, " AND ");
          compile_frame_bound (ctx, e->frame_has_end, e->frame_end, FALSE);
        }
      emit (ctx, ")");
      break;
    case GSQL_EXPR_SCALAR_SUBQUERY:
      compile_subselect (ctx, e->left);
      break;
    case GSQL_EXPR_EXCLUDED:
      if (is_my (ctx))
        {
          emit (ctx, "VALUES(");
          emit_ident (ctx, e->name);
          emit (ctx, ")");
        }
      else
        {
          emit (ctx, "excluded.");
          emit_ident (ctx, e->name);
        }
      break;
    case GSQL_EXPR_SELECT:
    case GSQL_EXPR_COMPOUND:
      compile_subselect (ctx, e);
      break;
    case GSQL_EXPR_TABLE:
    case GSQL_EXPR_ALIAS:
    case GSQL_EXPR_JOIN:
    case GSQL_EXPR_CTE:
      compile_from_element (ctx, e);
      break;
    default:
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("A statement cannot be used as a value here"));
      break;
    }
}

/* SELECT */

static void
compile_limit_offset (Ctx *ctx, GsqlExpr *sel)
{
  if (!sel->has_limit && !sel->has_offset)
    return;
  if (is_my (ctx))
    {
      emit (ctx, " LIMIT ");
      if (sel->has_offset)
        {
          emit_int_param (ctx, sel->offset, sel, 2);
          emit (ctx, ", ");
        }
      if (sel->has_limit)
        emit_int_param (ctx, sel->limit, sel, 1);
      else
        emit (ctx, "18446744073709551615");
      return;
    }
  if (sel->has_limit || is_lite (ctx))
    {
      emit (ctx, " LIMIT ");
      if (sel->has_limit)
        emit_int_param (ctx, sel->limit, sel, 1);
      else
        emit_int_param (ctx, -1, NULL, 0);
    }
  if (sel->has_offset)
    {
      emit (ctx, " OFFSET ");
      emit_int_param (ctx, sel->offset, sel, 2);
    }
}

static gboolean
correlates (GsqlExpr *sel, GsqlExpr *f, GSList *enclosing)
{
  GSList *l;
  gboolean in_enclosing = FALSE;

  for (l = enclosing; l != NULL && !in_enclosing; l = l->next)
    in_enclosing = list_has_from (l->data, f);
  if (!in_enclosing)
    return FALSE;
  if (sel->correlate_set)
    return list_has_from (sel->correlate, f);
  if (sel->correlate_except_set)
    return !list_has_from (sel->correlate_except, f);
  return TRUE;
}

/* The FROM list of a select: explicit elements, then those its columns
 * and conditions use, joins folded into the leftmost, correlated ones
 * removed.  Returns a new array of borrowed pointers; @joined gets the
 * join trees built here, owned by the caller. */
static GPtrArray *
select_froms (Ctx *ctx, GsqlExpr *sel, GPtrArray *owned, gboolean nested)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *result = g_ptr_array_new ();
  guint i;

  for (i = 0; i < sel->froms->len; i++)
    add_from (all, g_ptr_array_index (sel->froms, i));
  collect_list (sel->columns, all);
  if (sel->where)
    collect_froms (sel->where, all);
  collect_list (sel->group_by, all);
  if (sel->having)
    collect_froms (sel->having, all);
  collect_list (sel->order_by, all);

  if (sel->joins != NULL && sel->joins->len > 0)
    {
      GsqlExpr *tree;
      guint j;

      if (all->len == 0)
        {
          fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("A join needs a FROM element to start from"));
          return result;
        }
      tree = g_object_ref (g_ptr_array_index (all, 0));
      for (j = 0; j < sel->joins->len; j++)
        {
          GsqlJoinSpec *spec = &g_array_index (sel->joins, GsqlJoinSpec, j);
          GsqlExpr *joined = g_object_ref_sink (gsql_join (tree, spec->right, spec->on, spec->type));
          g_object_unref (tree);
          tree = joined;
        }
      g_ptr_array_add (owned, tree);
      g_ptr_array_add (result, tree);
      for (i = 1; i < all->len; i++)
        if (!list_has_from (result, g_ptr_array_index (all, i)))
          g_ptr_array_add (result, g_ptr_array_index (all, i));
    }
  else
    for (i = 0; i < all->len; i++)
      g_ptr_array_add (result, g_ptr_array_index (all, i));

  if (nested && ctx->enclosing != NULL)
    {
      g_autoptr(GPtrArray) kept = g_ptr_array_new ();
      for (i = 0; i < result->len; i++)
        {
          GsqlExpr *f = g_ptr_array_index (result, i);
          if (!(f->kind != GSQL_EXPR_JOIN && correlates (sel, f, ctx->enclosing)))
            g_ptr_array_add (kept, f);
        }
      /* Correlating everything away would leave no FROM: keep them. */
      if (kept->len > 0)
        {
          g_ptr_array_set_size (result, 0);
          for (i = 0; i < kept->len; i++)
            g_ptr_array_add (result, g_ptr_array_index (kept, i));
        }
    }
  return result;
}

static gboolean
member_needs_wrap (GsqlExpr *member)
{
  return (member->order_by != NULL && member->order_by->len > 0) || member->has_limit ||
         member->has_offset || member->kind == GSQL_EXPR_COMPOUND;
}

static void
compile_compound (Ctx *ctx, GsqlExpr *c)
{
  static const char *const ops[] = { " UNION ", " UNION ALL ", " INTERSECT ", " EXCEPT " };
  guint i;

  for (i = 0; i < c->selects->len; i++)
    {
      GsqlExpr *member = g_ptr_array_index (c->selects, i);

      if (i > 0)
        emit (ctx, ops[c->compound]);
      if (member_needs_wrap (member))
        {
          /* SQLite takes no parentheses around compound members. */
          emit (ctx, is_lite (ctx) ? "SELECT * FROM (" : "(");
          compile_select (ctx, member, FALSE);
          emit (ctx, ")");
        }
      else
        compile_select (ctx, member, FALSE);
    }
  if (c->order_by->len > 0)
    {
      gboolean was = ctx->unqualified;
      emit (ctx, " ORDER BY ");
      ctx->unqualified = TRUE;
      compile_list (ctx, c->order_by, ", ");
      ctx->unqualified = was;
    }
  compile_limit_offset (ctx, c);
}

static void compile_select_inner (Ctx *ctx, GsqlExpr *sel, gboolean top);

/* A nested select starts without its enclosing select list's casting. */
static void
compile_select (Ctx *ctx, GsqlExpr *sel, gboolean top)
{
  gboolean outer_cast = ctx->cast_binds;
  gboolean outer_label = ctx->label_as;

  ctx->cast_binds = FALSE;
  ctx->label_as = FALSE;
  compile_select_inner (ctx, sel, top);
  ctx->cast_binds = outer_cast;
  ctx->label_as = outer_label;
}

static void
compile_select_inner (Ctx *ctx, GsqlExpr *sel, gboolean top)
{
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) froms = NULL;
  guint i;

  if (ctx->failed)
    return;
  if (sel->kind == GSQL_EXPR_COMPOUND)
    {
      compile_compound (ctx, sel);
      return;
    }
  if (sel->kind != GSQL_EXPR_SELECT)
    {
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("A SELECT was expected"));
      return;
    }

  froms = select_froms (ctx, sel, owned, !top);
  if (ctx->failed)
    return;

  emit (ctx, "SELECT ");
  if (sel->distinct_on != NULL && sel->distinct_on->len > 0)
    {
      if (!is_pg (ctx))
        {
          not_supported (ctx, "DISTINCT ON");
          return;
        }
      emit (ctx, "DISTINCT ON (");
      compile_list (ctx, sel->distinct_on, ", ");
      emit (ctx, ") ");
    }
  else if (sel->distinct)
    emit (ctx, "DISTINCT ");

  /* The select's own FROM elements are what its subqueries correlate to. */
  ctx->enclosing = g_slist_prepend (ctx->enclosing, froms);
  if (sel->columns->len == 0)
    emit (ctx, "*");
  {
    gboolean was = ctx->cast_binds;
    ctx->cast_binds = is_pg (ctx);
    ctx->label_as = TRUE;
    compile_list (ctx, sel->columns, ", ");
    ctx->label_as = FALSE;
    ctx->cast_binds = was;
  }

  if (froms->len > 0)
    {
      emit (ctx, " FROM ");
      for (i = 0; i < froms->len; i++)
        {
          if (i > 0)
            emit (ctx, ", ");
          compile_from_element (ctx, g_ptr_array_index (froms, i));
        }
    }
  if (sel->where)
    {
      emit (ctx, " WHERE ");
      compile (ctx, sel->where);
    }
  if (sel->group_by->len > 0)
    {
      emit (ctx, " GROUP BY ");
      compile_list (ctx, sel->group_by, ", ");
    }
  if (sel->having)
    {
      emit (ctx, " HAVING ");
      compile (ctx, sel->having);
    }
  if (sel->order_by->len > 0)
    {
      emit (ctx, " ORDER BY ");
      compile_list (ctx, sel->order_by, ", ");
    }
  ctx->enclosing = g_slist_delete_link (ctx->enclosing, ctx->enclosing);
  compile_limit_offset (ctx, sel);
  if (sel->for_update)
    {
      if (is_lite (ctx))
        {
          not_supported (ctx, "SELECT … FOR UPDATE");
          return;
        }
      emit (ctx, sel->for_update == 3 ? " FOR UPDATE SKIP LOCKED"
                 : sel->for_update == 2 ? " FOR UPDATE NOWAIT" : " FOR UPDATE");
    }
}

/* CTEs: every CTE in the tree, dependencies first, one per name (the
 * complete one of a recursive CTE). */
typedef struct {
  GPtrArray *ctes;
  GHashTable *seen;
} CteWalk;

static void
collect_ctes (GsqlExpr *e, gpointer data)
{
  CteWalk *w = data;

  if (!g_hash_table_add (w->seen, e))
    return;
  _gsql_expr_foreach_child (e, collect_ctes, data);
  if (e->kind == GSQL_EXPR_CTE)
    {
      guint i;
      for (i = 0; i < w->ctes->len; i++)
        {
          GsqlExpr *have = g_ptr_array_index (w->ctes, i);
          if (g_strcmp0 (have->name, e->name) == 0)
            {
              if (have->recursive_part == NULL && e->recursive_part != NULL)
                g_ptr_array_index (w->ctes, i) = e;
              return;
            }
        }
      g_ptr_array_add (w->ctes, e);
    }
}

static void
compile_with (Ctx *ctx, GsqlExpr *stmt)
{
  CteWalk w = { g_ptr_array_new (), g_hash_table_new (NULL, NULL) };
  gboolean recursive = FALSE;
  guint i;

  collect_ctes (stmt, &w);
  for (i = 0; i < w.ctes->len; i++)
    if (((GsqlExpr *) g_ptr_array_index (w.ctes, i))->recursive)
      recursive = TRUE;
  if (w.ctes->len > 0)
    {
      if (is_my (ctx) && (stmt->kind == GSQL_EXPR_UPDATE || stmt->kind == GSQL_EXPR_DELETE))
        not_supported (ctx, _("a WITH clause on UPDATE or DELETE"));
      emit (ctx, recursive ? "WITH RECURSIVE " : "WITH ");
      for (i = 0; i < w.ctes->len; i++)
        {
          GsqlExpr *cte = g_ptr_array_index (w.ctes, i);
          GSList *saved = ctx->enclosing;

          if (i > 0)
            emit (ctx, ", ");
          emit_ident (ctx, cte->name);
          if (cte->cte_columns != NULL && cte->cte_columns[0] != NULL)
            {
              guint k;
              emit (ctx, "(");
              for (k = 0; cte->cte_columns[k] != NULL; k++)
                {
                  if (k > 0)
                    emit (ctx, ", ");
                  emit_ident (ctx, cte->cte_columns[k]);
                }
              emit (ctx, ")");
            }
          emit (ctx, " AS (");
          ctx->enclosing = NULL;
          compile_select (ctx, cte->from, TRUE);
          if (cte->recursive_part != NULL)
            {
              emit (ctx, " UNION ALL ");
              compile_select (ctx, cte->recursive_part, TRUE);
            }
          ctx->enclosing = saved;
          emit (ctx, ")");
        }
      emit (ctx, " ");
    }
  g_ptr_array_unref (w.ctes);
  g_hash_table_unref (w.seen);
}

/* INSERT, UPDATE, DELETE */

static void
compile_returning (Ctx *ctx, GsqlExpr *stmt)
{
  gboolean was;

  if (stmt->returning->len == 0)
    return;
  if (is_lite (ctx))
    {
      not_supported (ctx, _("RETURNING (the SQLite ODBC driver drops its rows; use gsql_connection_get_last_insert_id)"));
      return;
    }
  if (is_my (ctx) && stmt->kind == GSQL_EXPR_UPDATE)
    {
      not_supported (ctx, "UPDATE … RETURNING");
      return;
    }
  emit (ctx, " RETURNING ");
  was = ctx->unqualified;
  ctx->unqualified = TRUE;
  ctx->label_as = TRUE;
  compile_list (ctx, stmt->returning, ", ");
  ctx->label_as = FALSE;
  ctx->unqualified = was;
}

static GsqlSqlType *
column_type (GsqlTable *table, const char *name)
{
  GsqlColumn *c = gsql_table_get_column (table, name);
  return c ? gsql_column_get_sql_type (c) : NULL;
}

/* A value for a column: bound through the column's type. */
static void
compile_column_value (Ctx *ctx, GsqlTable *table, const char *column, GsqlExpr *value)
{
  if (value->kind == GSQL_EXPR_VALUE && value->type == NULL)
    emit_param_value (ctx, &value->value, column_type (table, column), value, 0);
  else if (value->kind == GSQL_EXPR_BINDPARAM && value->type == NULL)
    emit_named_param (ctx, value->name, column_type (table, column));
  else
    compile (ctx, value);
}

static gboolean
check_column (Ctx *ctx, GsqlTable *table, const char *name)
{
  if (gsql_table_get_column (table, name) == NULL)
    {
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("Table “%s” has no column “%s”"),
            gsql_table_get_name (table), name);
      return FALSE;
    }
  return TRUE;
}

static void
compile_insert (Ctx *ctx, GsqlExpr *ins)
{
  GsqlTable *t = ins->table;
  g_autoptr(GPtrArray) defaults = g_ptr_array_new ();   /* GsqlColumn with client defaults */
  guint i, r, n_cols = ins->insert_columns ? g_strv_length (ins->insert_columns) : 0;

  if (ins->rows_disagree)
    {
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT,
            _("Every row of a multi-row INSERT must name the same columns"));
      return;
    }
  for (i = 0; i < n_cols; i++)
    if (!check_column (ctx, t, ins->insert_columns[i]))
      return;
  /* Columns with a client-side default that the rows do not give. */
  if (ins->from_select == NULL)
    for (i = 0; i < gsql_table_get_n_columns (t); i++)
      {
        GsqlColumn *c = gsql_table_get_column_at (t, i);
        if (gsql_column_has_default (c) &&
            (ins->insert_columns == NULL ||
             !g_strv_contains ((const char * const *) ins->insert_columns, gsql_column_get_name (c))))
          g_ptr_array_add (defaults, c);
      }

  emit (ctx, "INSERT INTO ");
  emit_table (ctx, t);
  if (n_cols + defaults->len == 0 && ins->from_select == NULL)
    {
      emit (ctx, is_my (ctx) ? " () VALUES ()" : " DEFAULT VALUES");
    }
  else
    {
      emit (ctx, " (");
      for (i = 0; i < n_cols; i++)
        {
          if (i > 0)
            emit (ctx, ", ");
          emit_ident (ctx, ins->insert_columns[i]);
        }
      for (i = 0; i < defaults->len; i++)
        {
          if (i + n_cols > 0)
            emit (ctx, ", ");
          emit_ident (ctx, gsql_column_get_name (g_ptr_array_index (defaults, i)));
        }
      emit (ctx, ")");
      if (ins->from_select != NULL)
        {
          emit (ctx, " ");
          if (is_my (ctx))
            compile_with (ctx, ins);
          compile_select (ctx, ins->from_select, TRUE);
        }
      else
        {
          guint n_rows = MAX (ins->rows->len, 1);
          emit (ctx, " VALUES ");
          for (r = 0; r < n_rows; r++)
            {
              GPtrArray *row = ins->rows->len > 0 ? g_ptr_array_index (ins->rows, r) : NULL;
              if (r > 0)
                emit (ctx, ", ");
              emit (ctx, "(");
              for (i = 0; i < n_cols; i++)
                {
                  if (i > 0)
                    emit (ctx, ", ");
                  compile_column_value (ctx, t, ins->insert_columns[i], g_ptr_array_index (row, i));
                }
              for (i = 0; i < defaults->len; i++)
                {
                  if (i + n_cols > 0)
                    emit (ctx, ", ");
                  /* Computed when the statement runs, for each row. */
                  emit_generated_param (ctx, g_ptr_array_index (defaults, i), FALSE);
                }
              emit (ctx, ")");
            }
        }
    }

  if (ins->conflict != CONFLICT_NONE)
    {
      if (is_my (ctx))
        {
          emit (ctx, " ON DUPLICATE KEY UPDATE ");
          if (ins->conflict == CONFLICT_NOTHING)
            {
              const char *c = ins->conflict_columns && ins->conflict_columns[0] ? ins->conflict_columns[0]
                              : n_cols > 0 ? ins->insert_columns[0]
                              : gsql_column_get_name (gsql_table_get_column_at (t, 0));
              emit_ident (ctx, c);
              emit (ctx, " = ");
              emit_ident (ctx, c);
            }
        }
      else
        {
          emit (ctx, " ON CONFLICT");
          if (ins->conflict_columns != NULL && ins->conflict_columns[0] != NULL)
            {
              emit (ctx, " (");
              for (i = 0; ins->conflict_columns[i] != NULL; i++)
                {
                  if (i > 0)
                    emit (ctx, ", ");
                  emit_ident (ctx, ins->conflict_columns[i]);
                }
              emit (ctx, ")");
            }
          else if (ins->conflict == CONFLICT_UPDATE)
            {
              fail (ctx, GSQL_ERROR_INVALID_ARGUMENT,
                    _("ON CONFLICT DO UPDATE needs the conflicting columns"));
              return;
            }
          emit (ctx, ins->conflict == CONFLICT_NOTHING ? " DO NOTHING" : " DO UPDATE SET ");
        }
      if (ins->conflict == CONFLICT_UPDATE)
        for (i = 0; ins->set_columns[i] != NULL; i++)
          {
            gboolean was = ctx->unqualified;
            if (!check_column (ctx, t, ins->set_columns[i]))
              return;
            if (i > 0)
              emit (ctx, ", ");
            emit_ident (ctx, ins->set_columns[i]);
            emit (ctx, " = ");
            ctx->unqualified = is_my (ctx);
            compile_column_value (ctx, t, ins->set_columns[i], g_ptr_array_index (ins->set_values, i));
            ctx->unqualified = was;
          }
    }
  compile_returning (ctx, ins);
}

/* Tables other than the target that an UPDATE or DELETE condition uses. */
static GPtrArray *
extra_froms (GsqlExpr *stmt)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *extra = g_ptr_array_new ();
  guint i;

  if (stmt->where)
    collect_froms (stmt->where, all);
  if (stmt->set_values)
    collect_list (stmt->set_values, all);
  for (i = 0; i < all->len; i++)
    {
      GsqlExpr *f = g_ptr_array_index (all, i);
      if (!(f->kind == GSQL_EXPR_TABLE && f->table == stmt->table))
        g_ptr_array_add (extra, f);
    }
  return extra;
}

static void
compile_set_list (Ctx *ctx, GsqlExpr *upd, gboolean qualified_targets)
{
  g_autoptr(GPtrArray) onupdate = g_ptr_array_new ();
  guint i;

  for (i = 0; i < gsql_table_get_n_columns (upd->table); i++)
    {
      GsqlColumn *c = gsql_table_get_column_at (upd->table, i);
      if (gsql_column_has_onupdate (c) &&
          !g_strv_contains ((const char * const *) upd->set_columns, gsql_column_get_name (c)))
        g_ptr_array_add (onupdate, c);
    }
  for (i = 0; upd->set_columns[i] != NULL; i++)
    {
      if (!check_column (ctx, upd->table, upd->set_columns[i]))
        return;
      if (i > 0)
        emit (ctx, ", ");
      if (qualified_targets)
        {
          emit_table (ctx, upd->table);
          emit (ctx, ".");
        }
      emit_ident (ctx, upd->set_columns[i]);
      emit (ctx, " = ");
      compile_column_value (ctx, upd->table, upd->set_columns[i], g_ptr_array_index (upd->set_values, i));
    }
  for (i = 0; i < onupdate->len; i++)
    {
      GsqlColumn *c = g_ptr_array_index (onupdate, i);

      emit (ctx, ", ");
      if (qualified_targets)
        {
          emit_table (ctx, upd->table);
          emit (ctx, ".");
        }
      emit_ident (ctx, gsql_column_get_name (c));
      emit (ctx, " = ");
      emit_generated_param (ctx, c, TRUE);
    }
}

static void
compile_update (Ctx *ctx, GsqlExpr *upd)
{
  g_autoptr(GPtrArray) extra = extra_froms (upd);
  guint i;

  if (upd->set_columns == NULL)
    {
      fail (ctx, GSQL_ERROR_INVALID_ARGUMENT, _("An UPDATE sets no columns"));
      return;
    }
  /* Subqueries correlate to the target and the other tables. */
  g_autoptr(GPtrArray) scope = g_ptr_array_new ();
  g_ptr_array_add (scope, upd->from);
  for (i = 0; i < extra->len; i++)
    g_ptr_array_add (scope, g_ptr_array_index (extra, i));
  ctx->enclosing = g_slist_prepend (ctx->enclosing, scope);

  emit (ctx, "UPDATE ");
  emit_table (ctx, upd->table);
  if (is_my (ctx) && extra->len > 0)
    {
      for (i = 0; i < extra->len; i++)
        {
          emit (ctx, ", ");
          compile_from_element (ctx, g_ptr_array_index (extra, i));
        }
      emit (ctx, " SET ");
      compile_set_list (ctx, upd, TRUE);
    }
  else
    {
      emit (ctx, " SET ");
      compile_set_list (ctx, upd, FALSE);
      if (extra->len > 0)
        {
          emit (ctx, " FROM ");
          for (i = 0; i < extra->len; i++)
            {
              if (i > 0)
                emit (ctx, ", ");
              compile_from_element (ctx, g_ptr_array_index (extra, i));
            }
        }
    }
  if (upd->where)
    {
      emit (ctx, " WHERE ");
      compile (ctx, upd->where);
    }
  ctx->enclosing = g_slist_delete_link (ctx->enclosing, ctx->enclosing);
  compile_returning (ctx, upd);
}

static void
compile_delete (Ctx *ctx, GsqlExpr *del)
{
  g_autoptr(GPtrArray) extra = extra_froms (del);
  guint i;

  g_autoptr(GPtrArray) scope = g_ptr_array_new ();
  g_ptr_array_add (scope, del->from);
  for (i = 0; i < extra->len; i++)
    g_ptr_array_add (scope, g_ptr_array_index (extra, i));

  emit (ctx, "DELETE FROM ");
  emit_table (ctx, del->table);
  if (extra->len > 0)
    {
      if (is_lite (ctx))
        {
          not_supported (ctx, _("DELETE with other tables (USING)"));
          return;
        }
      emit (ctx, " USING ");
      if (is_my (ctx))
        {
          emit_table (ctx, del->table);
          emit (ctx, ", ");
        }
      for (i = 0; i < extra->len; i++)
        {
          if (i > 0)
            emit (ctx, ", ");
          compile_from_element (ctx, g_ptr_array_index (extra, i));
        }
    }
  if (del->where)
    {
      ctx->enclosing = g_slist_prepend (ctx->enclosing, scope);
      emit (ctx, " WHERE ");
      compile (ctx, del->where);
      ctx->enclosing = g_slist_delete_link (ctx->enclosing, ctx->enclosing);
    }
  compile_returning (ctx, del);
}

static GsqlSqlType *
result_type (GsqlExpr *e)
{
  if (e->kind == GSQL_EXPR_ORDER)
    return NULL;
  return e->type;
}

static GsqlBackend
backend_of (GsqlDialect *d)
{
  const char *n = gsql_dialect_get_name (d);

  if (g_str_equal (n, "sqlite")) return GSQL_BACKEND_SQLITE;
  if (g_str_equal (n, "postgresql")) return GSQL_BACKEND_POSTGRESQL;
  if (g_str_equal (n, "mysql")) return GSQL_BACKEND_MYSQL;
  return GSQL_BACKEND_ANSI;
}

/* Statement shapes.  Two statements have the same shape when they differ
 * only in their values: same nodes, same names, same tables and types.  A
 * shape's compiled form is kept in a process-wide cache, and a new
 * statement of that shape only collects its values (see instantiate()). */

static inline void
key_raw (GString *k, const void *data, gsize len)
{
  /* Straight into the buffer while it has room (GString's fields are
   * public); g_string_append_len() when it must grow. */
  if (G_LIKELY (k->len + len < k->allocated_len))
    {
      memcpy (k->str + k->len, data, len);
      k->len += len;
      k->str[k->len] = '\0';
    }
  else
    g_string_append_len (k, data, (gssize) len);
}

static inline void
key_u32 (GString *k, guint32 v)
{
  key_raw (k, &v, sizeof v);
}

static inline void
key_ptr (GString *k, const void *p)
{
  key_raw (k, &p, sizeof p);
}

static void
key_str (GString *k, const char *s)
{
  guint32 len = s ? (guint32) strlen (s) : G_MAXUINT32;

  key_u32 (k, len);
  if (s != NULL)
    key_raw (k, s, len);
}

static void
key_strv (GString *k, GStrv v)
{
  guint i;

  if (v == NULL)
    {
      key_u32 (k, G_MAXUINT32);
      return;
    }
  key_u32 (k, g_strv_length (v));
  for (i = 0; v[i] != NULL; i++)
    key_str (k, v[i]);
}

#define SHAPE_SMALL 32

typedef struct {
  GString *key;
  GHashTable *ordinals;   /* GsqlExpr* → position + 1; only past SHAPE_SMALL nodes */
  GPtrArray *nodes;       /* in traversal order */
} Shape;

/* The position + 1 of a node already seen, or 0.  Small trees (most
 * statements) are scanned; bigger ones get a hash table. */
static guint
shape_find (Shape *sh, GsqlExpr *e)
{
  guint i;

  if (sh->ordinals != NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (sh->ordinals, e));
  for (i = 0; i < sh->nodes->len; i++)
    if (sh->nodes->pdata[i] == e)
      return i + 1;
  return 0;
}

static void
shape_add (Shape *sh, GsqlExpr *e)
{
  g_ptr_array_add (sh->nodes, e);
  if (sh->ordinals != NULL)
    g_hash_table_insert (sh->ordinals, e, GUINT_TO_POINTER (sh->nodes->len));
  else if (sh->nodes->len > SHAPE_SMALL)
    {
      guint i;

      sh->ordinals = g_hash_table_new (NULL, NULL);
      for (i = 0; i < sh->nodes->len; i++)
        g_hash_table_insert (sh->ordinals, sh->nodes->pdata[i], GUINT_TO_POINTER (i + 1));
    }
}

/* The key is binary and compact: a node's small fields packed in a few
 * bytes, which optional parts follow in a presence mask, strings with
 * their length in front, types as interned numbers.  No formatting: it
 * is computed for every statement. */
static void
shape_visit (GsqlExpr *e, gpointer data)
{
  Shape *sh = data;
  GString *k = sh->key;
  guint found;
  guint i;
  guint8 head[12];
  guint32 present = 0;
  GPtrArray *lists[16];
  guint n_lists = 0;

  if ((found = shape_find (sh, e)) != 0)
    {
      /* A node used twice: a back reference keeps the sharing, which
       * decides how FROM lists fold. */
      key_u32 (k, 0xFFFFFF00u);
      key_u32 (k, found);
      return;
    }
  shape_add (sh, e);

  head[0] = (guint8) e->kind;
  head[1] = (guint8) ((guint) e->kind >> 8);
  head[2] = (guint8) e->op;
  head[3] = (guint8) ((guint) e->op >> 8);
  head[4] = (guint8) e->escape;
  head[5] = (e->negate != 0) | (e->desc != 0) << 1 | (e->explicit_dir != 0) << 2 | (e->lateral != 0) << 3 |
            (e->distinct != 0) << 4 | (e->has_limit != 0) << 5 | (e->has_offset != 0) << 6 |
            (e->correlate_set != 0) << 7;
  head[6] = (e->correlate_except_set != 0) | (e->recursive != 0) << 1 | (e->rows_disagree != 0) << 2 |
            (e->has_frame != 0) << 3 | (e->frame_range != 0) << 4 | (e->frame_has_start != 0) << 5 |
            (e->frame_has_end != 0) << 6;
  head[7] = (guint8) e->nulls | (guint8) e->for_update << 4;
  head[8] = (guint8) e->compound;
  head[9] = (guint8) e->conflict;
  head[10] = (e->from != NULL) | (e->left != NULL) << 1 | (e->right != NULL) << 2 |
             (e->third != NULL) << 3 | (e->recursive_part != NULL) << 4 |
             (e->where != NULL) << 5 | (e->having != NULL) << 6 | (e->from_select != NULL) << 7;
  head[11] = 0;

  /* What follows */
#define LIST(l, bit) if ((l) != NULL) { present |= 1u << (bit); lists[n_lists++] = (l); }
  LIST (e->args, 0); LIST (e->partition_by, 1); LIST (e->over_order_by, 2); LIST (e->columns, 3);
  LIST (e->froms, 4); LIST (e->group_by, 5); LIST (e->order_by, 6); LIST (e->distinct_on, 7);
  LIST (e->correlate, 8); LIST (e->correlate_except, 9); LIST (e->ctes, 10); LIST (e->selects, 11);
  LIST (e->set_values, 12); LIST (e->returning, 13); LIST (e->rows, 14);
#undef LIST
  if (e->joins != NULL) present |= 1u << 15;
  if (e->name != NULL) present |= 1u << 16;
  if (e->text != NULL) present |= 1u << 17;
  if (e->table != NULL) present |= 1u << 18;
  if (e->column != NULL) present |= 1u << 19;
  if (e->type != NULL) present |= 1u << 20;
  if (e->insert_columns || e->conflict_columns || e->set_columns || e->cte_columns) present |= 1u << 21;
  if (e->kind == GSQL_EXPR_VALUE && G_IS_VALUE (&e->value)) present |= 1u << 22;
  if (e->has_frame) present |= 1u << 23;

  key_raw (k, head, sizeof head);
  key_u32 (k, present);
  for (i = 0; i < n_lists; i++)
    key_u32 (k, lists[i]->len);
  if (e->rows != NULL)
    for (i = 0; i < e->rows->len; i++)
      key_u32 (k, ((GPtrArray *) g_ptr_array_index (e->rows, i))->len);
  if (e->joins != NULL)
    {
      key_u32 (k, e->joins->len);
      for (i = 0; i < e->joins->len; i++)
        {
          GsqlJoinSpec *j = &g_array_index (e->joins, GsqlJoinSpec, i);
          key_u32 (k, (guint32) j->type << 1 | (j->on != NULL));
        }
    }
  if (e->name != NULL)
    key_str (k, e->name);
  if (e->text != NULL)
    key_str (k, e->text);
  if (e->table != NULL)
    {
      /* Addresses are reused once objects go: say what it is too. */
      key_ptr (k, e->table);
      key_str (k, gsql_table_get_schema (e->table));
      key_str (k, gsql_table_get_name (e->table));
    }
  if (e->column != NULL)
    key_ptr (k, e->column);
  if (e->type != NULL)
    {
      /* A plain type is what it says; any other is itself too. */
      key_u32 (k, _gsql_sql_type_shape_id (e->type));
      if (!_gsql_sql_type_is_plain (e->type))
        key_ptr (k, e->type);
    }
  if (present & (1u << 21))
    {
      key_strv (k, e->insert_columns);
      key_strv (k, e->conflict_columns);
      key_strv (k, e->set_columns);
      key_strv (k, e->cte_columns);
    }
  if (present & (1u << 22))
    {
      GType t = G_VALUE_TYPE (&e->value);
      key_raw (k, &t, sizeof t);
    }
  if (e->has_frame)
    {
      key_raw (k, &e->frame_start, sizeof e->frame_start);
      key_raw (k, &e->frame_end, sizeof e->frame_end);
    }
  key_u32 (k, 0xFFFFFF01u);
  _gsql_expr_foreach_child (e, shape_visit, sh);
  key_u32 (k, 0xFFFFFF02u);
}

static void
shape_init (Shape *sh, GsqlExpr *root, const char *dialect)
{
  sh->key = g_string_sized_new (1024);
  key_str (sh->key, dialect);
  sh->ordinals = NULL;
  sh->nodes = g_ptr_array_sized_new (SHAPE_SMALL);
  shape_visit (root, sh);
}

static void
shape_clear (Shape *sh)
{
  g_string_free (sh->key, TRUE);
  g_clear_pointer (&sh->ordinals, g_hash_table_unref);
  g_ptr_array_unref (sh->nodes);
}

#define SHAPE_CACHE_MAX 512

/* Cache keys: the bytes with their hash, computed once a word at a time. */
typedef struct {
  guint hash;
  gsize len;
  char data[];
} ShapeKey;

static guint
shape_hash_bytes (const char *p, gsize len)
{
  guint64 h = 0x9E3779B97F4A7C15ull ^ len;
  gsize i = 0;

  for (; i + 8 <= len; i += 8)
    {
      guint64 w;
      memcpy (&w, p + i, 8);
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
  for (; i < len; i++)
    h = (h ^ (guchar) p[i]) * 0x100000001B3ull;
  h ^= h >> 29;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return (guint) h;
}

static guint
shape_key_hash (gconstpointer k)
{
  return ((const ShapeKey *) k)->hash;
}

static gboolean
shape_key_equal (gconstpointer a, gconstpointer b)
{
  const ShapeKey *x = a, *y = b;

  return x->hash == y->hash && x->len == y->len && memcmp (x->data, y->data, x->len) == 0;
}

static GMutex shape_lock;
static GHashTable *shape_cache;   /* ShapeKey → GsqlCompiled */
static guint64 shape_hits, shape_misses;

static GsqlCompiled *
shape_lookup (GString *key, guint hash)
{
  GsqlCompiled *c = NULL;
  ShapeKey *k = g_malloc (sizeof (ShapeKey) + key->len);

  k->hash = hash;
  k->len = key->len;
  memcpy (k->data, key->str, key->len);
  g_mutex_lock (&shape_lock);
  if (shape_cache != NULL && (c = g_hash_table_lookup (shape_cache, k)) != NULL)
    {
      g_object_ref (c);
      shape_hits++;
    }
  else
    shape_misses++;
  g_mutex_unlock (&shape_lock);
  g_free (k);
  return c;
}

static void
shape_store (GString *key, guint hash, GsqlCompiled *compiled)
{
  ShapeKey *k = g_malloc (sizeof (ShapeKey) + key->len);

  k->hash = hash;
  k->len = key->len;
  memcpy (k->data, key->str, key->len);
  g_mutex_lock (&shape_lock);
  if (shape_cache == NULL)
    shape_cache = g_hash_table_new_full (shape_key_hash, shape_key_equal, g_free, g_object_unref);
  /* A bounded cache: when full, start over rather than track ages. */
  if (g_hash_table_size (shape_cache) >= SHAPE_CACHE_MAX)
    g_hash_table_remove_all (shape_cache);
  g_hash_table_replace (shape_cache, k, g_object_ref (compiled));
  g_mutex_unlock (&shape_lock);
}

/**
 * gsql_compiled_get_cache_stats:
 * @out_hits: (out) (optional): statements compiled from the shape cache
 * @out_misses: (out) (optional): statements whose shape had to be compiled
 *
 * Counts of the process-wide cache of compiled statement shapes, for
 * benchmarks and tests.
 *
 * Since: 1.0
 */
void
gsql_compiled_get_cache_stats (guint64 *out_hits,
                               guint64 *out_misses)
{
  g_mutex_lock (&shape_lock);
  if (out_hits)
    *out_hits = shape_hits;
  if (out_misses)
    *out_misses = shape_misses;
  g_mutex_unlock (&shape_lock);
}

/* This shape's compiled form with the values of @nodes' statement. */
static GsqlCompiled *
instantiate (GsqlCompiled *tmpl, GPtrArray *nodes, GError **error)
{
  GsqlCompiled *c = g_object_new (GSQL_TYPE_COMPILED, NULL);
  guint i;

  c->dialect = g_strdup (tmpl->dialect);
  c->sql = g_strdup (tmpl->sql);
  for (i = 0; i < tmpl->column_types->len; i++)
    {
      GsqlSqlType *t = g_ptr_array_index (tmpl->column_types, i);
      g_ptr_array_add (c->column_types, t ? g_object_ref (t) : NULL);
    }
  for (i = 0; i < tmpl->params->len; i++)
    {
      Param *t = &g_array_index (tmpl->params, Param, i);
      Param p = { G_VALUE_INIT, NULL, NULL, NULL, FALSE, 0, NULL, -1, 0, NULL };

      p.name = g_strdup (t->name);
      p.type = t->type ? g_object_ref (t->type) : NULL;
      if (t->generator != NULL)
        {
          /* The default of this statement's column, not the template's. */
          GsqlExpr *root = g_ptr_array_index (nodes, 0);
          GsqlColumn *col = root->table ? gsql_table_get_column (root->table, gsql_column_get_name (t->generator))
                                        : NULL;
          p.generator = g_object_ref (col ? col : t->generator);
        }
      p.onupdate = t->onupdate;
      p.offset = t->offset;
      p.source_ordinal = t->source_ordinal;
      p.field = t->field;
      p.bind_type = t->bind_type ? g_object_ref (t->bind_type) : NULL;

      if (t->source_ordinal < 0 || (guint) t->source_ordinal >= nodes->len)
        {
          if (G_IS_VALUE (&t->value))
            {
              g_value_init (&p.value, G_VALUE_TYPE (&t->value));
              g_value_copy (&t->value, &p.value);
            }
        }
      else
        {
          GsqlExpr *n = g_ptr_array_index (nodes, t->source_ordinal);
          GValue v = G_VALUE_INIT;
          const GValue *src = &n->value;
          gboolean ok = TRUE;

          if (t->field != 0)
            {
              g_value_init (&v, G_TYPE_INT64);
              g_value_set_int64 (&v, t->field == 1 ? n->limit : n->offset);
              src = &v;
            }
          if (G_IS_VALUE (src))
            {
              if (p.bind_type != NULL)
                ok = gsql_sql_type_bind (p.bind_type, c->dialect, src, &p.value, error);
              else
                {
                  g_value_init (&p.value, G_VALUE_TYPE (src));
                  g_value_copy (src, &p.value);
                }
            }
          if (G_IS_VALUE (&v))
            g_value_unset (&v);
          if (!ok)
            {
              param_clear (&p);
              g_object_unref (c);
              return NULL;
            }
        }
      g_array_append_val (c->params, p);
    }
  return c;
}

/**
 * gsql_expr_compile:
 * @statement: a SELECT, compound select, INSERT, UPDATE or DELETE (or any
 *   expression, compiled on its own)
 * @dialect: a dialect name ("sqlite", "postgresql", "mysql", "ansi")
 * @error: return location for a #GError
 *
 * Compiles a statement for a dialect.  The result is kept on the
 * statement until it changes; and statements are cached by shape, so a
 * statement built again with other values only collects its values
 * instead of compiling.
 *
 * Returns: (transfer full): the compiled statement, or %NULL with
 *   %GSQL_ERROR_NOT_SUPPORTED (a construct the dialect lacks) or
 *   %GSQL_ERROR_INVALID_ARGUMENT (a malformed statement, a value its
 *   column's type refuses)
 *
 * Since: 1.0
 */
GsqlCompiled *
gsql_expr_compile (GsqlExpr    *statement,
                   const char  *dialect,
                   GError     **error)
{
  GsqlDialect *d;
  GsqlCompiled *compiled;
  GsqlCompiled *tmpl;
  Ctx ctx = { 0 };
  Shape shape;
  guint slot, i, shape_hash;

  g_return_val_if_fail (GSQL_IS_EXPR (statement), NULL);

  _gsql_core_init ();
  d = gsql_dialect_get (dialect);
  if (d == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Unknown SQL dialect “%s”"), dialect ? dialect : "(null)");
      return NULL;
    }
  slot = backend_of (d);
  if (statement->cache[slot] != NULL)
    return g_object_ref (statement->cache[slot]);

  shape_init (&shape, statement, gsql_dialect_get_name (d));
  shape_hash = shape_hash_bytes (shape.key->str, shape.key->len);
  tmpl = shape_lookup (shape.key, shape_hash);
  if (tmpl != NULL)
    {
      compiled = instantiate (tmpl, shape.nodes, error);
      g_object_unref (tmpl);
      if (compiled != NULL)
        statement->cache[slot] = g_object_ref (compiled);
      shape_clear (&shape);
      return compiled;
    }

  compiled = g_object_new (GSQL_TYPE_COMPILED, NULL);
  compiled->dialect = g_strdup (gsql_dialect_get_name (d));
  ctx.dialect = d;
  ctx.dname = compiled->dialect;
  ctx.backend = slot;
  ctx.sql = g_string_new (NULL);
  ctx.params = compiled->params;
  ctx.error = error;

  /* MariaDB takes WITH inside INSERT … SELECT, not before INSERT. */
  if (!(ctx.backend == GSQL_BACKEND_MYSQL && statement->kind == GSQL_EXPR_INSERT))
    compile_with (&ctx, statement);
  switch (statement->kind)
    {
    case GSQL_EXPR_SELECT:
    case GSQL_EXPR_COMPOUND:
      {
        GsqlExpr *first = statement;

        compile_select (&ctx, statement, TRUE);
        while (first->kind == GSQL_EXPR_COMPOUND && first->selects->len > 0)
          first = g_ptr_array_index (first->selects, 0);
        for (i = 0; first->columns != NULL && i < first->columns->len; i++)
          {
            GsqlSqlType *t = result_type (g_ptr_array_index (first->columns, i));
            g_ptr_array_add (compiled->column_types, t ? g_object_ref (t) : NULL);
          }
      }
      break;
    case GSQL_EXPR_INSERT:
      compile_insert (&ctx, statement);
      break;
    case GSQL_EXPR_UPDATE:
      compile_update (&ctx, statement);
      break;
    case GSQL_EXPR_DELETE:
      compile_delete (&ctx, statement);
      break;
    default:
      compile (&ctx, statement);
      break;
    }
  if (statement->returning != NULL)
    for (i = 0; i < statement->returning->len; i++)
      {
        GsqlSqlType *t = result_type (g_ptr_array_index (statement->returning, i));
        g_ptr_array_add (compiled->column_types, t ? g_object_ref (t) : NULL);
      }
  g_slist_free (ctx.enclosing);

  if (ctx.failed)
    {
      g_string_free (ctx.sql, TRUE);
      g_object_unref (compiled);
      shape_clear (&shape);
      return NULL;
    }

  /* Where each value came from, for statements of the same shape.  A value
   * from a node the shape traversal did not see (one made while compiling)
   * makes the compiled form unshareable. */
  {
    gboolean shareable = TRUE;

    for (i = 0; i < compiled->params->len; i++)
      {
        Param *p = &g_array_index (compiled->params, Param, i);
        if (p->source != NULL)
          {
            guint o = shape_find (&shape, p->source);
            if (o == 0)
              shareable = FALSE;
            else
              p->source_ordinal = (int) o - 1;
            p->source = NULL;
          }
      }
    compiled->sql = g_string_free (ctx.sql, FALSE);
    if (shareable)
      shape_store (shape.key, shape_hash, compiled);
  }
  shape_clear (&shape);
  statement->cache[slot] = g_object_ref (compiled);
  return compiled;
}

/**
 * gsql_compiled_get_sql:
 * @self: a #GsqlCompiled
 *
 * Returns: the SQL text with `?` markers
 *
 * Since: 1.0
 */
const char *
gsql_compiled_get_sql (GsqlCompiled *self)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  return self->sql;
}

/**
 * gsql_compiled_get_dialect:
 * @self: a #GsqlCompiled
 *
 * Returns: the dialect it was compiled for
 *
 * Since: 1.0
 */
const char *
gsql_compiled_get_dialect (GsqlCompiled *self)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  return self->dialect;
}

/**
 * gsql_compiled_get_n_params:
 * @self: a #GsqlCompiled
 *
 * Returns: the number of `?` markers
 *
 * Since: 1.0
 */
guint
gsql_compiled_get_n_params (GsqlCompiled *self)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), 0);
  return self->params->len;
}

/**
 * gsql_compiled_get_param_name:
 * @self: a #GsqlCompiled
 * @index: a marker's position
 *
 * Returns: (nullable): the name of a named parameter, %NULL for a literal
 *   value
 *
 * Since: 1.0
 */
const char *
gsql_compiled_get_param_name (GsqlCompiled *self,
                              guint         index)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  g_return_val_if_fail (index < self->params->len, NULL);
  return g_array_index (self->params, Param, index).name;
}

/**
 * gsql_compiled_get_param_value:
 * @self: a #GsqlCompiled
 * @index: a marker's position
 *
 * Returns: (transfer none): the value bound to the marker, already
 *   converted through its type; unset for NULL and named parameters
 *
 * Since: 1.0
 */
const GValue *
gsql_compiled_get_param_value (GsqlCompiled *self,
                               guint         index)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  g_return_val_if_fail (index < self->params->len, NULL);
  return &g_array_index (self->params, Param, index).value;
}

/**
 * gsql_compiled_get_n_columns:
 * @self: a #GsqlCompiled
 *
 * Returns: the number of result columns whose types the compiler knows
 *
 * Since: 1.0
 */
guint
gsql_compiled_get_n_columns (GsqlCompiled *self)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), 0);
  return self->column_types->len;
}

/**
 * gsql_compiled_get_column_type:
 * @self: a #GsqlCompiled
 * @index: a result column
 *
 * Returns: (transfer none) (nullable): the SQL type of the column, when
 *   known
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_compiled_get_column_type (GsqlCompiled *self,
                               guint         index)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  return index < self->column_types->len ? g_ptr_array_index (self->column_types, index) : NULL;
}

/* `:name` for a named marker in the display and literal forms; a name
 * that is not a plain word is quoted as an identifier, so that the shown
 * SQL stays one statement whatever the name holds. */
static void
append_marker_name (GString *s, GsqlDialect *d, const char *name)
{
  const char *p;

  /* A word: a letter or _ first, then letters, digits, _ and dots (a
   * hyphen could begin a comment: `:--`, found by fuzz-compiler). */
  for (p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.')
      break;
  g_string_append_c (s, ':');
  if (*p == '\0' && (g_ascii_isalpha (*name) || *name == '_'))
    g_string_append (s, name);
  else
    {
      g_autofree char *q = gsql_dialect_quote_identifier (d, name);
      g_string_append (s, q);
    }
}

static char *
render (GsqlCompiled *self, gboolean literal, GError **error)
{
  GString *s = g_string_new (NULL);
  GsqlDialect *d = gsql_dialect_get (self->dialect);
  gsize pos = 0;
  guint i, anon = 0;

  for (i = 0; i < self->params->len; i++)
    {
      Param *p = &g_array_index (self->params, Param, i);

      g_string_append_len (s, self->sql + pos, p->offset - pos);
      pos = p->offset + 1;
      if (p->generator != NULL)
        {
          g_autofree char *name = g_strdup_printf ("%s_%s", gsql_column_get_name (p->generator),
                                                   p->onupdate ? "onupdate" : "default");
          append_marker_name (s, d, name);
          continue;
        }
      if (!literal || p->name != NULL)
        {
          if (p->name != NULL)
            append_marker_name (s, d, p->name);
          else
            g_string_append_printf (s, ":param_%u", ++anon);
          continue;
        }
      if (!G_IS_VALUE (&p->value))
        g_string_append (s, "NULL");
      else if (G_VALUE_HOLDS_STRING (&p->value))
        {
          g_autofree char *q = gsql_dialect_quote_string (d, g_value_get_string (&p->value));
          g_string_append (s, q);
        }
      /* A negative number after a minus sign must not form "--": negative
       * numbers are written in parentheses. */
      else if (G_VALUE_HOLDS_INT64 (&p->value))
        g_string_append_printf (s, g_value_get_int64 (&p->value) < 0 ? "(%" G_GINT64_FORMAT ")" : "%" G_GINT64_FORMAT,
                                g_value_get_int64 (&p->value));
      else if (G_VALUE_HOLDS_INT (&p->value))
        g_string_append_printf (s, g_value_get_int (&p->value) < 0 ? "(%d)" : "%d", g_value_get_int (&p->value));
      else if (G_VALUE_HOLDS_DOUBLE (&p->value))
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          g_ascii_dtostr (buf, sizeof buf, g_value_get_double (&p->value));
          /* A negative number after a minus sign must not form "--". */
          if (buf[0] == '-')
            g_string_append_printf (s, "(%s)", buf);
          else
            g_string_append (s, buf);
        }
      else if (G_VALUE_HOLDS_BOOLEAN (&p->value))
        g_string_append (s, g_value_get_boolean (&p->value) ? (g_str_equal (self->dialect, "postgresql") ? "true" : "1")
                                                            : (g_str_equal (self->dialect, "postgresql") ? "false" : "0"));
      else if (G_VALUE_HOLDS (&p->value, GSQL_TYPE_NUMERIC))
        {
          const char *n = gsql_numeric_to_string (g_value_get_boxed (&p->value));
          g_string_append_printf (s, n[0] == '-' ? "(%s)" : "%s", n);
        }
      else if (G_VALUE_HOLDS (&p->value, G_TYPE_DATE_TIME))
        {
          char buf[64];
          g_autoptr(GDateTime) utc = g_date_time_to_utc (g_value_get_boxed (&p->value));
          g_autofree char *q = gsql_dialect_quote_string (d, _gsql_format_datetime (utc, FALSE, buf, sizeof buf));
          g_string_append (s, q);
        }
      else if (G_VALUE_HOLDS (&p->value, G_TYPE_BYTES))
        {
          gsize len, k;
          const guint8 *b = g_bytes_get_data (g_value_get_boxed (&p->value), &len);
          /* E'\\x…' reads the same whatever standard_conforming_strings is. */
          g_string_append (s, g_str_equal (self->dialect, "postgresql") ? "E'\\\\x" : "X'");
          for (k = 0; k < len; k++)
            g_string_append_printf (s, "%02x", b[k]);
          g_string_append_c (s, '\'');
        }
      else
        {
          g_autofree char *c = g_strdup_value_contents (&p->value);
          g_autofree char *q = gsql_dialect_quote_string (d, c);
          g_string_append (s, q);
        }
    }
  g_string_append (s, self->sql + pos);
  return g_string_free (s, FALSE);
}

/**
 * gsql_compiled_dup_display_sql:
 * @self: a #GsqlCompiled
 *
 * Returns: (transfer full): the SQL with named markers (`:name`,
 *   `:param_1`…) in place of `?`
 *
 * Since: 1.0
 */
char *
gsql_compiled_dup_display_sql (GsqlCompiled *self)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  return render (self, FALSE, NULL);
}

/**
 * gsql_compiled_dup_literal_sql:
 * @self: a #GsqlCompiled
 * @error: return location for a #GError
 *
 * The SQL with its bound values written in as literals, escaped for the
 * dialect (and named parameters as `:name`).  For logs and display only:
 * gsql never sends this.
 *
 * Returns: (transfer full): the SQL
 *
 * Since: 1.0
 */
char *
gsql_compiled_dup_literal_sql (GsqlCompiled  *self,
                               GError       **error)
{
  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);
  return render (self, TRUE, error);
}

/* Whether the rows can be bound as the caller gave them: every marker is
 * the named parameter of the same position, and every value binds
 * unchanged through its type. */
gboolean
_gsql_compiled_rows_as_is (GsqlCompiled       *self,
                           const char * const *names,
                           guint               n_names,
                           const GValue       *values,
                           guint               n_rows)
{
  guint i, row;

  if (self->params->len != n_names)
    return FALSE;
  for (i = 0; i < n_names; i++)
    {
      Param *p = &g_array_index (self->params, Param, i);
      if (p->generator != NULL || p->name == NULL || p->type == NULL || g_strcmp0 (p->name, names[i]) != 0)
        return FALSE;
    }
  for (row = 0; row < n_rows; row++)
    for (i = 0; i < n_names; i++)
      if (!_gsql_sql_type_binds_as_is (g_array_index (self->params, Param, i).type,
                                       &values[(gsize) row * n_names + i]))
        return FALSE;
  return TRUE;
}

/* gsql_compiled_bind_params() for @n_rows parameter sets at once, into
 * @out (n_rows × n_params, zeroed): each named parameter is matched with
 * its value's column once, not once per row, and nothing is allocated per
 * row.  On failure the values written so far are left for the caller to
 * unset. */
gboolean
_gsql_compiled_bind_rows (GsqlCompiled       *self,
                          const char * const *names,
                          guint               n_names,
                          const GValue       *values,
                          guint               n_rows,
                          GValue             *out,
                          GError            **error)
{
  guint n = self->params->len, i, row;
  g_autofree int *source = g_new (int, MAX (n, 1));

  for (i = 0; i < n; i++)
    {
      Param *p = &g_array_index (self->params, Param, i);
      guint k;

      source[i] = -1;
      if (p->generator != NULL || p->name == NULL)
        continue;
      for (k = 0; k < n_names; k++)
        if (g_strcmp0 (names[k], p->name) == 0)
          break;
      if (k == n_names)
        {
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                       _("No value was given for parameter “%s”"), p->name);
          return FALSE;
        }
      source[i] = (int) k;
    }
  for (row = 0; row < n_rows; row++)
    {
      const GValue *vals = values + (gsize) row * n_names;
      GValue *dst = out + (gsize) row * n;

      for (i = 0; i < n; i++)
        {
          Param *p = &g_array_index (self->params, Param, i);

          if (p->generator != NULL)
            {
              GValue v = G_VALUE_INIT;
              gboolean ok;

              if (p->onupdate)
                gsql_column_compute_onupdate (p->generator, &v);
              else
                gsql_column_compute_default (p->generator, &v);
              ok = gsql_sql_type_bind (p->type, self->dialect, &v, &dst[i], error);
              if (G_IS_VALUE (&v))
                g_value_unset (&v);
              if (!ok)
                return FALSE;
            }
          else if (source[i] < 0)
            {
              if (G_IS_VALUE (&p->value))
                {
                  g_value_init (&dst[i], G_VALUE_TYPE (&p->value));
                  g_value_copy (&p->value, &dst[i]);
                }
            }
          else if (p->type != NULL)
            {
              if (!gsql_sql_type_bind (p->type, self->dialect, &vals[source[i]], &dst[i], error))
                return FALSE;
            }
          else if (G_IS_VALUE (&vals[source[i]]))
            {
              g_value_init (&dst[i], G_VALUE_TYPE (&vals[source[i]]));
              g_value_copy (&vals[source[i]], &dst[i]);
            }
        }
    }
  return TRUE;
}

/**
 * gsql_compiled_bind_params:
 * @self: a #GsqlCompiled
 * @names: (array length=n_values) (nullable): names of named parameters
 * @values: (array length=n_values) (nullable): their values
 * @n_values: how many
 * @error: return location for a #GError
 *
 * The values for every marker, in order: the compiled literals, and the
 * named parameters' values converted through their types.
 *
 * Returns: (transfer full) (array) (nullable): a new array of
 *   gsql_compiled_get_n_params() values, to free with g_value_unset() on
 *   each and g_free(); %NULL with %GSQL_ERROR_INVALID_ARGUMENT when a
 *   named parameter has no value
 *
 * Since: 1.0
 */
GValue *
gsql_compiled_bind_params (GsqlCompiled       *self,
                           const char * const *names,
                           const GValue       *values,
                           guint               n_values,
                           GError            **error)
{
  GValue *out;
  guint i;

  g_return_val_if_fail (GSQL_IS_COMPILED (self), NULL);

  _gsql_core_init ();
  out = g_new0 (GValue, MAX (self->params->len, 1));
  if (_gsql_compiled_bind_rows (self, names, n_values, values, 1, out, error))
    return out;
  for (i = 0; i < self->params->len; i++)
    if (G_IS_VALUE (&out[i]))
      g_value_unset (&out[i]);
  g_free (out);
  return NULL;
}
