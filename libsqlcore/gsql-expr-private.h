/* gsql-expr-private.h: the expression tree, shared by the constructors and
 * the compiler
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include "gsql-core-private.h"

G_BEGIN_DECLS

typedef enum {
  OP_NONE,
  /* binary */
  OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_CONCAT,
  OP_LIKE, OP_NOT_LIKE, OP_ILIKE,
  OP_IS_DISTINCT, OP_IS_NOT_DISTINCT,
  /* boolean lists */
  OP_AND, OP_OR,
  /* unary */
  OP_NOT, OP_IS_NULL, OP_IS_NOT_NULL, OP_EXISTS, OP_NOT_EXISTS, OP_DISTINCT, OP_NEG,
} GsqlOp;

typedef enum {
  CONFLICT_NONE,
  CONFLICT_NOTHING,
  CONFLICT_UPDATE,
} GsqlConflict;

typedef struct {
  GsqlExpr *right;
  GsqlExpr *on;
  GsqlJoinType type;
} GsqlJoinSpec;

struct _GsqlExpr {
  GInitiallyUnowned parent_instance;

  GsqlExprKind kind;
  GsqlOp op;
  GsqlSqlType *type;          /* value type, when known */
  char *name;                 /* label, alias, bindparam, function, CTE, column name */
  char *text;                 /* raw SQL of TEXT */
  GValue value;               /* VALUE */
  GsqlColumn *column;         /* COLUMN of a table */
  GsqlTable *table;           /* TABLE; EXCLUDED; statements' target */
  GsqlExpr *from;             /* COLUMN: its FROM element; ALIAS/CTE: the aliased element */
  GsqlExpr *left, *right, *third;
  GPtrArray *args;            /* function args, boolean terms, IN list, CASE whens (pairs) */
  char escape;                /* LIKE */
  gboolean negate;            /* IN */
  gboolean desc;              /* ORDER */
  int nulls;                  /* ORDER: 0 none, 1 first, 2 last */
  gboolean lateral;           /* ALIAS of a select */
  gboolean explicit_dir;      /* ORDER: ASC or DESC was given */
  gboolean rows_disagree;     /* INSERT: rows name different columns */

  /* OVER */
  GPtrArray *partition_by;
  GPtrArray *over_order_by;
  gboolean has_frame, frame_range, frame_has_start, frame_has_end;
  gint64 frame_start, frame_end;

  /* CTE */
  GStrv cte_columns;
  gboolean recursive;
  GsqlExpr *recursive_part;

  /* SELECT / COMPOUND */
  GPtrArray *columns;
  GPtrArray *froms;
  GArray *joins;              /* GsqlJoinSpec */
  GsqlExpr *where;
  GPtrArray *group_by;
  GsqlExpr *having;
  GPtrArray *order_by;
  gboolean has_limit, has_offset;
  gint64 limit, offset;
  gboolean distinct;
  GPtrArray *distinct_on;
  int for_update;             /* 0 none, 1 plain, 2 nowait, 3 skip locked */
  GPtrArray *correlate;
  GPtrArray *correlate_except;
  gboolean correlate_set, correlate_except_set;
  GPtrArray *ctes;            /* explicit WITH */
  GsqlCompoundType compound;
  GPtrArray *selects;

  /* INSERT / UPDATE / DELETE */
  GStrv insert_columns;
  GPtrArray *rows;            /* GPtrArray of GsqlExpr per row */
  GsqlExpr *from_select;
  GsqlConflict conflict;
  GStrv conflict_columns;
  GStrv set_columns;
  GPtrArray *set_values;
  GPtrArray *returning;

  /* compiled forms, per dialect backend */
  GsqlCompiled *cache[4];
};

void _gsql_expr_invalidate (GsqlExpr *self);
void _gsql_expr_foreach_child (GsqlExpr *self,
                               void    (*func) (GsqlExpr *child, gpointer data),
                               gpointer  data);

G_END_DECLS
