/* gsql-core-private.h: internals shared by libsqlcore's sources
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#include <sql.h>
#include <sqlext.h>
#include <glib/gi18n-lib.h>

#include "sqlcore.h"

G_BEGIN_DECLS

#undef G_LOG_DOMAIN
#define G_LOG_DOMAIN "sqlcore"

typedef enum {
  GSQL_BACKEND_ANSI,
  GSQL_BACKEND_SQLITE,
  GSQL_BACKEND_POSTGRESQL,
  GSQL_BACKEND_MYSQL,
} GsqlBackend;

/* How many prepared statements a connection keeps. */
#define GSQL_STMT_CACHE_SIZE 64

typedef struct _GsqlDbc GsqlDbc;

/* A column buffer left bound to a cached statement by its last result,
 * for the next result of the same statement to take over (see
 * gsql-result.c: keep_bindings). */
typedef struct {
  SQLSMALLINT c_type;
  gboolean    bound;
  gsize       elem;
  guint8     *data;
  SQLLEN     *ind;
} GsqlBoundColumn;

/* A parameter binding left in place after a one-row execution, so that
 * the next execution of the statement with values of the same kind and
 * size only writes the values (see gsql-connection.c). */
typedef struct {
  SQLSMALLINT c_type;
  SQLSMALLINT sql_type;
  SQLULEN     column_size;
  SQLSMALLINT digits;
  SQLLEN      size;
  guint8     *dest;
  SQLLEN     *ind;
} GsqlBoundParam;

/* A prepared ODBC statement, cached per raw connection by its SQL text. */
typedef struct {
  SQLHSTMT   hstmt;
  char      *sql;
  GsqlDbc   *dbc;
  GList      lru_link;     /* in dbc->lru when cached */
  guint      busy : 1;     /* a result is reading from it */
  guint      cached : 1;
  SQLSMALLINT n_params;    /* -1 until asked */
  /* Parameter storage, reused across executions so binding allocates
   * only when a value outgrows what an earlier one needed. */
  GByteArray *param_data;
  GArray     *param_ind;   /* SQLLEN per bound slot */
  gsize       paramset_capacity;
  /* The parameters bound by the last one-row execution, still bound;
   * n_bound_params is 0 once any other binding or a reset happened. */
  GArray     *bound_params;  /* GsqlBoundParam */
  guint       n_bound_params;
  /* Column buffers still bound (SQLBindCol) after the last result; NULL
   * when the statement has no bindings. */
  GsqlBoundColumn *bound_cols;
  guint       n_bound_cols;
  SQLULEN     bound_block;   /* rows per buffer (SQL_ATTR_ROW_ARRAY_SIZE) */
} GsqlStmt;

/* One raw ODBC connection, owned by the pool between checkouts. */
struct _GsqlDbc {
  SQLHDBC      hdbc;
  GsqlBackend  backend;
  gint64       created_at;   /* g_get_monotonic_time () */
  gboolean     invalidated;
  gboolean     autocommit;
  /* Autocommit is off at the driver, but no transaction is open and no
   * statement ran since the last one ended: the next begin needs no round
   * trip, anything else turns autocommit back on first (see
   * gsql-connection.c: leave_manual_idle). */
  gboolean     manual_idle;
  GHashTable  *stmt_cache;   /* sql → GsqlStmt* */
  GQueue       lru;          /* most recent first */
  SQLULEN      default_isolation;
  SQLULEN      isolation;
  char        *dbms_name;
  char        *dbms_version;
  gint64       last_insert_rows; /* rows of the last INSERT (MariaDB's LAST_INSERT_ID is the first) */
};

/* gsql-init.c */
void          _gsql_core_init                (void);

/* gsql-odbc.c */
SQLHENV       _gsql_odbc_get_env             (void);
void          _gsql_odbc_set_error           (GError      **error,
                                              SQLSMALLINT   handle_type,
                                              SQLHANDLE     handle,
                                              GsqlBackend   backend,
                                              int           fallback_code,
                                              const char   *context);
void          _gsql_set_error_full           (GError      **error,
                                              int           code,
                                              const char   *sqlstate,
                                              gint64        native,
                                              const char   *driver_message,
                                              const char   *message);
const char   *_gsql_backend_to_dialect_name  (GsqlBackend   backend);
char         *_gsql_odbc_find_driver         (GsqlBackend   backend);
char         *_gsql_odbc_quote_value         (const char   *value);
char         *_gsql_odbc_amend_connection_string (const char  *connstr,
                                                  GsqlBackend  backend);
GsqlBackend   _gsql_odbc_guess_backend       (const char   *connstr);

/* gsql-url.c */
char         *_gsql_url_to_connection_string (const char   *url,
                                              char        **out_temp_file,
                                              GError      **error);
char         *_gsql_connection_string_redact (const char   *connstr);

/* gsql-dbc.c */
GsqlDbc      *_gsql_dbc_open                 (const char   *connstr,
                                              GError      **error);
void          _gsql_dbc_close                (GsqlDbc      *dbc);
gboolean      _gsql_dbc_ping                 (GsqlDbc      *dbc);
gboolean      _gsql_dbc_reset                (GsqlDbc      *dbc);
GsqlStmt     *_gsql_dbc_acquire_stmt         (GsqlDbc      *dbc,
                                              const char   *sql,
                                              GError      **error);
void          _gsql_stmt_release             (GsqlStmt     *stmt);
void          _gsql_stmt_release_bound       (GsqlStmt     *stmt);
void          _gsql_stmt_reset_params        (GsqlStmt     *stmt);
void          _gsql_stmt_free_bound          (GsqlStmt     *stmt);
void          _gsql_stmt_uncache             (GsqlStmt     *stmt);
gboolean      _gsql_dbc_exec_direct          (GsqlDbc      *dbc,
                                              const char   *sql,
                                              GError      **error);
gboolean      _gsql_is_disconnect_error      (const GError *error);
void          _gsql_dbc_clear_stmt_cache     (GsqlDbc      *dbc);
gboolean      _gsql_sql_is_ddl               (const char   *sql);

/* gsql-pool.c */
GsqlPool     *_gsql_pool_new                 (const char   *connstr);
GsqlDbc      *_gsql_pool_checkout            (GsqlPool     *pool,
                                              GCancellable *cancellable,
                                              GError      **error);
void          _gsql_pool_checkin             (GsqlPool     *pool,
                                              GsqlDbc      *dbc);
GsqlBackend   _gsql_pool_get_backend         (GsqlPool     *pool);

/* gsql-connection.c */
GsqlConnection *_gsql_connection_new         (GsqlEngine   *engine,
                                              GsqlPool     *pool,
                                              GsqlDbc      *dbc);
void          _gsql_connection_handle_error  (GsqlConnection *self,
                                              GError         *error);
gboolean      _gsql_connection_get_echo      (GsqlConnection *self);

/* gsql-engine.c */
void          _gsql_engine_emit_before_execute (GsqlEngine     *self,
                                                GsqlConnection *connection,
                                                const char     *sql,
                                                guint           n_sets);

/* gsql-result.c */
GsqlResult   *_gsql_result_new               (GsqlConnection *connection,
                                              GsqlStmt       *stmt,
                                              GsqlBackend     backend,
                                              SQLSMALLINT     n_columns,
                                              gint64          rowcount,
                                              GError        **error);

void          _gsql_result_set_types         (GsqlResult     *self,
                                              GsqlCompiled   *compiled,
                                              const char     *dialect);

/* gsql-type.c */
gboolean      _gsql_sql_type_is_plain        (GsqlSqlType    *self);
guint32       _gsql_sql_type_shape_id        (GsqlSqlType    *self);
gboolean      _gsql_sql_type_binds_as_is     (GsqlSqlType    *self,
                                              const GValue   *value);
gboolean      _gsql_sql_type_results_as_is   (GsqlSqlType    *self,
                                              const GValue   *value);
gboolean      _gsql_compiled_rows_as_is      (GsqlCompiled       *self,
                                              const char * const *names,
                                              guint               n_names,
                                              const GValue       *values,
                                              guint               n_rows);
gboolean      _gsql_compiled_bind_rows       (GsqlCompiled       *self,
                                              const char * const *names,
                                              guint               n_names,
                                              const GValue       *values,
                                              guint               n_rows,
                                              GValue             *out,
                                              GError            **error);

/* gsql-row.c */
GsqlRow      *_gsql_row_new                  (GStrv          names,
                                              guint          n_columns);
GValue       *_gsql_row_get_values           (GsqlRow       *row);

/* gsql-value.c */
gboolean      _gsql_parse_datetime           (const char    *text,
                                              gsize          len,
                                              GDateTime    **out,
                                              GError       **error);
gboolean      _gsql_parse_date               (const char    *text,
                                              gsize          len,
                                              GDate        **out,
                                              GError       **error);
gboolean      _gsql_parse_time               (const char    *text,
                                              gsize          len,
                                              GsqlTime     **out,
                                              GError       **error);
char         *_gsql_format_datetime          (GDateTime     *dt,
                                              gboolean       with_offset,
                                              char          *buf,
                                              gsize          size);

G_END_DECLS
