/* gsql-expr.h: the SQL expression language
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib-object.h>
#include "gsql-version-macros.h"
#include "gsql-type.h"
#include "gsql-table.h"

G_BEGIN_DECLS

/**
 * GsqlExprKind:
 * @GSQL_EXPR_COLUMN: a column of a table, alias, subquery or CTE
 * @GSQL_EXPR_VALUE: a literal value, always sent as a bound parameter
 * @GSQL_EXPR_BINDPARAM: a named parameter whose value comes at execution
 * @GSQL_EXPR_NULL: NULL
 * @GSQL_EXPR_TEXT: raw SQL text (gsql_text(), gsql_literal_column())
 * @GSQL_EXPR_LABEL: an expression with a name (`AS`)
 * @GSQL_EXPR_FUNCTION: a function call
 * @GSQL_EXPR_BINARY: a binary operator
 * @GSQL_EXPR_UNARY: a unary operator
 * @GSQL_EXPR_BOOLEAN: AND or OR of several conditions
 * @GSQL_EXPR_IN: IN / NOT IN
 * @GSQL_EXPR_BETWEEN: BETWEEN
 * @GSQL_EXPR_CASE: CASE
 * @GSQL_EXPR_CAST: CAST
 * @GSQL_EXPR_ORDER: an ORDER BY term
 * @GSQL_EXPR_OVER: a window function
 * @GSQL_EXPR_SCALAR_SUBQUERY: a SELECT used as a value
 * @GSQL_EXPR_EXCLUDED: the proposed row's value in an upsert
 * @GSQL_EXPR_TABLE: a table in FROM
 * @GSQL_EXPR_ALIAS: an aliased table or subquery in FROM
 * @GSQL_EXPR_JOIN: a join of two FROM clauses
 * @GSQL_EXPR_CTE: a common table expression
 * @GSQL_EXPR_SELECT: a SELECT statement
 * @GSQL_EXPR_COMPOUND: UNION, INTERSECT or EXCEPT of selects
 * @GSQL_EXPR_INSERT: an INSERT statement
 * @GSQL_EXPR_UPDATE: an UPDATE statement
 * @GSQL_EXPR_DELETE: a DELETE statement
 *
 * What an expression node is.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_EXPR_COLUMN,
  GSQL_EXPR_VALUE,
  GSQL_EXPR_BINDPARAM,
  GSQL_EXPR_NULL,
  GSQL_EXPR_TEXT,
  GSQL_EXPR_LABEL,
  GSQL_EXPR_FUNCTION,
  GSQL_EXPR_BINARY,
  GSQL_EXPR_UNARY,
  GSQL_EXPR_BOOLEAN,
  GSQL_EXPR_IN,
  GSQL_EXPR_BETWEEN,
  GSQL_EXPR_CASE,
  GSQL_EXPR_CAST,
  GSQL_EXPR_ORDER,
  GSQL_EXPR_OVER,
  GSQL_EXPR_SCALAR_SUBQUERY,
  GSQL_EXPR_EXCLUDED,
  GSQL_EXPR_TABLE,
  GSQL_EXPR_ALIAS,
  GSQL_EXPR_JOIN,
  GSQL_EXPR_CTE,
  GSQL_EXPR_SELECT,
  GSQL_EXPR_COMPOUND,
  GSQL_EXPR_INSERT,
  GSQL_EXPR_UPDATE,
  GSQL_EXPR_DELETE,
} GsqlExprKind;

/**
 * GsqlJoinType:
 * @GSQL_JOIN_INNER: JOIN
 * @GSQL_JOIN_LEFT: LEFT OUTER JOIN
 * @GSQL_JOIN_FULL: FULL OUTER JOIN (not on MariaDB)
 *
 * Kinds of join.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_JOIN_INNER,
  GSQL_JOIN_LEFT,
  GSQL_JOIN_FULL,
} GsqlJoinType;

/**
 * GsqlCompoundType:
 * @GSQL_COMPOUND_UNION: UNION
 * @GSQL_COMPOUND_UNION_ALL: UNION ALL
 * @GSQL_COMPOUND_INTERSECT: INTERSECT
 * @GSQL_COMPOUND_EXCEPT: EXCEPT
 *
 * Kinds of compound select.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_COMPOUND_UNION,
  GSQL_COMPOUND_UNION_ALL,
  GSQL_COMPOUND_INTERSECT,
  GSQL_COMPOUND_EXCEPT,
} GsqlCompoundType;

#define GSQL_TYPE_EXPR (gsql_expr_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_FINAL_TYPE (GsqlExpr, gsql_expr, GSQL, EXPR, GInitiallyUnowned)

GSQL_AVAILABLE_IN_1_0
GsqlExprKind  gsql_expr_get_kind        (GsqlExpr     *self);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_expr_get_sql_type    (GsqlExpr     *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_expr_get_name        (GsqlExpr     *self);

/* Column elements */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_col              (GsqlTable    *table,
                                 const char   *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_column_as_expr   (GsqlColumn   *column);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_column_ref       (GsqlColumn   *column);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_from_col         (GsqlExpr     *from,
                                 const char   *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_value            (const GValue *value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_typed_value      (const GValue *value,
                                 GsqlSqlType  *type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_int              (gint64        value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_double           (double        value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_str              (const char   *value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_bool             (gboolean      value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_bindparam        (const char   *name,
                                 GsqlSqlType  *type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_null             (void);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_text             (const char   *sql);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_literal_column   (const char   *sql,
                                 GsqlSqlType  *type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_label            (GsqlExpr     *expr,
                                 const char   *name);

/* Functions */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_func             (const char   *name,
                                 GsqlSqlType  *return_type,
                                 GsqlExpr     *first_arg,
                                 ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_func_v           (const char   *name,
                                 GsqlSqlType  *return_type,
                                 GsqlExpr    **args,
                                 guint         n_args);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_count            (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_count_star       (void);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_sum              (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_min              (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_max              (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_avg              (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_lower            (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_upper            (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_length           (GsqlExpr     *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_coalesce         (GsqlExpr     *first,
                                 ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_coalesce_v       (GsqlExpr    **exprs,
                                 guint         n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_now              (void);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_current_timestamp (void);

/* Operators */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_eq               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_ne               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_lt               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_le               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_gt               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_ge               (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_is_null          (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_is_not_null      (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_is_distinct_from (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_is_not_distinct_from (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_and              (GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_and_v            (GsqlExpr **exprs, guint n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_or               (GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_or_v             (GsqlExpr **exprs, guint n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_not              (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_in               (GsqlExpr *a, GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_in_v             (GsqlExpr *a, GsqlExpr **values, guint n_values);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_not_in_v         (GsqlExpr *a, GsqlExpr **values, guint n_values);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_in_select        (GsqlExpr *a, GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_not_in_select    (GsqlExpr *a, GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_between          (GsqlExpr *a, GsqlExpr *low, GsqlExpr *high);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_like             (GsqlExpr *a, GsqlExpr *pattern, char escape);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_not_like         (GsqlExpr *a, GsqlExpr *pattern, char escape);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_ilike            (GsqlExpr *a, GsqlExpr *pattern, char escape);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_contains         (GsqlExpr *a, const char *text);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_startswith       (GsqlExpr *a, const char *text);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_endswith         (GsqlExpr *a, const char *text);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_add              (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_sub              (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_mul              (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_div              (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_mod              (GsqlExpr *a, GsqlExpr *b);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_neg              (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_concat           (GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_concat_v         (GsqlExpr **exprs, guint n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_case             (GsqlExpr *value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_case_when        (GsqlExpr *case_, GsqlExpr *when, GsqlExpr *then);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_case_else        (GsqlExpr *case_, GsqlExpr *otherwise);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_cast             (GsqlExpr *a, GsqlSqlType *type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_exists           (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_not_exists       (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_distinct         (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_asc              (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_desc             (GsqlExpr *a);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_nulls_first      (GsqlExpr *order);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_nulls_last       (GsqlExpr *order);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_scalar_subquery  (GsqlExpr *select);

/* Window functions */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over             (GsqlExpr *function);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over_partition_by (GsqlExpr *over, GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over_partition_by_v (GsqlExpr *over, GsqlExpr **exprs, guint n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over_order_by    (GsqlExpr *over, GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over_order_by_v  (GsqlExpr *over, GsqlExpr **exprs, guint n_exprs);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_over_frame       (GsqlExpr *over, gboolean range,
                                 gboolean has_start, gint64 start,
                                 gboolean has_end, gint64 end);

/* FROM clauses */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_table_as_expr    (GsqlTable *table);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_table_ref        (GsqlTable *table);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_table_alias      (GsqlTable *table, const char *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_subquery         (GsqlExpr *select, const char *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_lateral          (GsqlExpr *select, const char *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_join             (GsqlExpr *left, GsqlExpr *right, GsqlExpr *on, GsqlJoinType type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_cte              (GsqlExpr *select, const char *name);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_cte_recursive    (GsqlExpr *select, const char *name,
                                 const char * const *column_names);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_cte_union_all    (GsqlExpr *cte, GsqlExpr *recursive_select);

/* SELECT */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select           (GsqlExpr *first_column, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_v         (GsqlExpr **columns, guint n_columns);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_add_column (GsqlExpr *select, GsqlExpr *column);
GSQL_AVAILABLE_IN_1_0
guint     gsql_select_get_n_columns (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_from      (GsqlExpr *select, GsqlExpr *from);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_join      (GsqlExpr *select, GsqlExpr *right, GsqlExpr *on, GsqlJoinType type);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_where     (GsqlExpr *select, GsqlExpr *condition);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_group_by  (GsqlExpr *select, GsqlExpr *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_having    (GsqlExpr *select, GsqlExpr *condition);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_order_by  (GsqlExpr *select, GsqlExpr *order);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_limit     (GsqlExpr *select, gint64 limit);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_offset    (GsqlExpr *select, gint64 offset);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_copy      (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
gboolean  gsql_select_has_limit (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_remove_limit (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_distinct  (GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_distinct_on (GsqlExpr *select, GsqlExpr *expr);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_for_update (GsqlExpr *select, gboolean nowait, gboolean skip_locked);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_correlate (GsqlExpr *select, GsqlExpr *from);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_select_correlate_except (GsqlExpr *select, GsqlExpr *from);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_compound         (GsqlCompoundType type, GsqlExpr *first, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_compound_v       (GsqlCompoundType type, GsqlExpr **selects, guint n_selects);

/* INSERT, UPDATE, DELETE */
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert           (GsqlTable *table);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert_values    (GsqlExpr *insert, const char *first_column, ...);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert_values_v  (GsqlExpr *insert, const char * const *columns,
                                 GsqlExpr **values, guint n_values);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert_from_select (GsqlExpr *insert, const char * const *columns, GsqlExpr *select);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert_on_conflict_do_nothing (GsqlExpr *insert, const char * const *conflict_columns);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_insert_on_conflict_do_update  (GsqlExpr *insert, const char * const *conflict_columns,
                                              const char * const *columns, GsqlExpr **values,
                                              guint n_values);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_excluded         (GsqlTable *table, const char *column);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_update           (GsqlTable *table);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_update_set       (GsqlExpr *update, const char *column, GsqlExpr *value);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_update_where     (GsqlExpr *update, GsqlExpr *condition);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_delete           (GsqlTable *table);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_delete_where     (GsqlExpr *delete_, GsqlExpr *condition);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_returning        (GsqlExpr *statement, GsqlExpr *column);
GSQL_AVAILABLE_IN_1_0
GsqlExpr *gsql_statement_with   (GsqlExpr *statement, GsqlExpr *cte);

G_END_DECLS
