/* gsql-engine.c: the entry point to a database
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-engine
 * @title: GsqlEngine
 * @short_description: a database, its driver and its pool of connections
 *
 * A #GsqlEngine names one database and owns the #GsqlPool of connections to
 * it.  Create one per database for the life of the program; it is
 * thread-safe, and connections checked out of it belong to one thread at a
 * time.
 *
 * The name is a URL or an ODBC connection string:
 *
 * - `sqlite:///relative/path.db`, `sqlite:////absolute/path.db`, or
 *   `sqlite://` for a temporary database deleted with the engine;
 * - `postgresql://user:password@host:port/database`;
 * - `mariadb://user:password@host:port/database` (or `mysql://`);
 * - `DSN=name;UID=user;PWD=secret` for a data source in odbc.ini;
 * - `Driver=SQLite3;Database=app.db`, any DSN-less ODBC string.
 *
 * Query parameters of a URL pass to the driver as attributes
 * (`postgresql://…/db?sslmode=require`).  Nothing connects until the first
 * gsql_engine_connect().
 *
 * |[<!-- language="C" -->
 * g_autoptr(GError) error = NULL;
 * g_autoptr(GsqlEngine) engine = gsql_engine_new ("sqlite:///app.db", &error);
 * g_autoptr(GsqlConnection) conn = gsql_engine_connect (engine, NULL, &error);
 * g_autoptr(GsqlResult) r = gsql_connection_execute_va (conn, NULL, &error,
 *     "SELECT name FROM users WHERE id = ?", G_TYPE_INT64, (gint64) 7,
 *     G_TYPE_INVALID);
 * ]|
 */

#include "config.h"

#include <glib/gstdio.h>

#include "gsql-core-private.h"

struct _GsqlEngine {
  GObject parent_instance;

  char *url;
  char *connstr;
  char *temp_file;
  GsqlPool *pool;
  gboolean echo;
};

enum {
  PROP_0,
  PROP_URL,
  PROP_ECHO,
  PROP_POOL,
  PROP_DIALECT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_BEFORE_EXECUTE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void gsql_engine_initable_iface_init (GInitableIface *iface);

/**
 * GsqlEngine:
 *
 * The entry point to a database: made from a URL or an ODBC connection
 * string, it knows the dialect and keeps the #GsqlPool its connections
 * come from.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE_WITH_CODE (GsqlEngine, gsql_engine, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      gsql_engine_initable_iface_init))

static gboolean
gsql_engine_initable_init (GInitable     *initable,
                           GCancellable  *cancellable,
                           GError       **error)
{
  GsqlEngine *self = GSQL_ENGINE (initable);

  _gsql_core_init ();

  if (self->pool != NULL)
    return TRUE;
  self->connstr = _gsql_url_to_connection_string (self->url, &self->temp_file, error);
  if (self->connstr == NULL)
    return FALSE;
  self->pool = _gsql_pool_new (self->connstr);
  return TRUE;
}

static void
gsql_engine_initable_iface_init (GInitableIface *iface)
{
  iface->init = gsql_engine_initable_init;
}

static void
gsql_engine_finalize (GObject *object)
{
  GsqlEngine *self = GSQL_ENGINE (object);

  g_clear_object (&self->pool);
  if (self->temp_file != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self->temp_file);
      g_autofree char *journal = g_strconcat (self->temp_file, "-journal", NULL);

      g_unlink (self->temp_file);
      g_unlink (journal);
      g_rmdir (dir);
    }
  g_free (self->temp_file);
  g_free (self->connstr);
  g_free (self->url);

  G_OBJECT_CLASS (gsql_engine_parent_class)->finalize (object);
}

static void
gsql_engine_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GsqlEngine *self = GSQL_ENGINE (object);

  switch (prop_id)
    {
    case PROP_URL: g_value_set_string (value, self->url); break;
    case PROP_ECHO: g_value_set_boolean (value, gsql_engine_get_echo (self)); break;
    case PROP_POOL: g_value_set_object (value, self->pool); break;
    case PROP_DIALECT_NAME: g_value_set_string (value, gsql_engine_get_dialect_name (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_engine_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GsqlEngine *self = GSQL_ENGINE (object);

  switch (prop_id)
    {
    case PROP_URL: self->url = g_value_dup_string (value); break;
    case PROP_ECHO: gsql_engine_set_echo (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_engine_class_init (GsqlEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gsql_engine_finalize;
  object_class->get_property = gsql_engine_get_property;
  object_class->set_property = gsql_engine_set_property;

  /**
   * GsqlEngine:url:
   *
   * The URL or ODBC connection string the engine was made from.
   *
   * Since: 1.0
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlEngine:echo:
   *
   * Whether every statement and its parameters are logged at debug level
   * in the `sqlcore` log domain (shown with `G_MESSAGES_DEBUG=sqlcore`).
   *
   * Since: 1.0
   */
  properties[PROP_ECHO] =
    g_param_spec_boolean ("echo", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlEngine:pool:
   *
   * The engine's pool of connections.
   *
   * Since: 1.0
   */
  properties[PROP_POOL] =
    g_param_spec_object ("pool", NULL, NULL, GSQL_TYPE_POOL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlEngine:dialect-name:
   *
   * The SQL dialect: "sqlite", "postgresql", "mysql" (MariaDB and MySQL) or
   * "ansi"; known for sure once a connection has been made.
   *
   * Since: 1.0
   */
  properties[PROP_DIALECT_NAME] =
    g_param_spec_string ("dialect-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * GsqlEngine::before-execute:
   * @engine: the engine
   * @connection: the connection about to run the statement
   * @sql: the SQL text, with `?` markers
   * @n_parameter_sets: 1, or the number of parameter sets of an
   *   array-bound execute
   *
   * Emitted before every statement a connection of this engine sends
   * (SQLAlchemy's `before_cursor_execute`), in the thread that sends it:
   * for logging, counting and tests.  Keep handlers quick.
   *
   * Since: 1.0
   */
  signals[SIGNAL_BEFORE_EXECUTE] =
    g_signal_new ("before-execute", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, GSQL_TYPE_CONNECTION, G_TYPE_STRING, G_TYPE_UINT);
}

void
_gsql_engine_emit_before_execute (GsqlEngine     *self,
                                  GsqlConnection *connection,
                                  const char     *sql,
                                  guint           n_sets)
{
  /* Skip the emission machinery when nobody listens: this is the hot path. */
  if (g_signal_has_handler_pending (self, signals[SIGNAL_BEFORE_EXECUTE], 0, FALSE))
    g_signal_emit (self, signals[SIGNAL_BEFORE_EXECUTE], 0, connection, sql, n_sets);
}

static void
gsql_engine_init (GsqlEngine *self)
{
}

/**
 * gsql_engine_new:
 * @url: a database URL or an ODBC connection string
 * @error: return location for a #GError
 *
 * Makes an engine for a database.  Nothing connects yet; a URL whose
 * driver is not installed, or that cannot be parsed, fails here with
 * %GSQL_ERROR_INVALID_ARGUMENT or %GSQL_ERROR_CONNECTION_FAILED.
 *
 * Returns: (transfer full): a new engine, or %NULL with @error set
 *
 * Since: 1.0
 */
GsqlEngine *
gsql_engine_new (const char  *url,
                 GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (GSQL_TYPE_ENGINE, NULL, error, "url", url, NULL);
}

/**
 * gsql_engine_get_url:
 * @self: a #GsqlEngine
 *
 * Returns: the URL or connection string the engine was made from
 *
 * Since: 1.0
 */
const char *
gsql_engine_get_url (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  return self->url;
}

/**
 * gsql_engine_dup_display_string:
 * @self: a #GsqlEngine
 *
 * The ODBC connection string the engine uses, with any password hidden,
 * for logs and messages.
 *
 * Returns: (transfer full): the string
 *
 * Since: 1.0
 */
char *
gsql_engine_dup_display_string (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  return _gsql_connection_string_redact (self->connstr);
}

/**
 * gsql_engine_get_pool:
 * @self: a #GsqlEngine
 *
 * Returns: (transfer none): the engine's pool
 *
 * Since: 1.0
 */
GsqlPool *
gsql_engine_get_pool (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  return self->pool;
}

/**
 * gsql_engine_get_echo:
 * @self: a #GsqlEngine
 *
 * Returns: whether statements are logged
 *
 * Since: 1.0
 */
gboolean
gsql_engine_get_echo (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), FALSE);
  return g_atomic_int_get (&self->echo);
}

/**
 * gsql_engine_set_echo:
 * @self: a #GsqlEngine
 * @echo: whether to log statements
 *
 * Sets #GsqlEngine:echo.
 *
 * Since: 1.0
 */
void
gsql_engine_set_echo (GsqlEngine *self,
                      gboolean    echo)
{
  g_return_if_fail (GSQL_IS_ENGINE (self));

  echo = !!echo;
  if (g_atomic_int_get (&self->echo) == echo)
    return;
  g_atomic_int_set (&self->echo, echo);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ECHO]);
}

/**
 * gsql_engine_get_dialect_name:
 * @self: a #GsqlEngine
 *
 * The SQL dialect of the database: "sqlite", "postgresql", "mysql" or
 * "ansi".  Before the first connection this is the dialect guessed from
 * the driver name.
 *
 * Returns: the dialect name
 *
 * Since: 1.0
 */
const char *
gsql_engine_get_dialect_name (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  return _gsql_backend_to_dialect_name (_gsql_pool_get_backend (self->pool));
}

/**
 * gsql_engine_get_dialect:
 * @self: a #GsqlEngine
 *
 * The dialect of the database (see gsql_engine_get_dialect_name()).
 *
 * Returns: (transfer none): the dialect
 *
 * Since: 1.0
 */
GsqlDialect *
gsql_engine_get_dialect (GsqlEngine *self)
{
  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  return gsql_dialect_get (gsql_engine_get_dialect_name (self));
}

/**
 * gsql_engine_connect:
 * @self: a #GsqlEngine
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Checks a connection out of the pool, opening one when none is idle and
 * the pool may grow, or waiting up to #GsqlPool:timeout for one to come
 * back.  Drop the last reference (or call gsql_connection_close()) to
 * return it; an open transaction is rolled back then.
 *
 * Returns: (transfer full): a connection, or %NULL with @error set
 *   (%GSQL_ERROR_CONNECTION_FAILED, %GSQL_ERROR_TIMEOUT)
 *
 * Since: 1.0
 */
GsqlConnection *
gsql_engine_connect (GsqlEngine    *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  GsqlDbc *dbc;

  g_return_val_if_fail (GSQL_IS_ENGINE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dbc = _gsql_pool_checkout (self->pool, cancellable, error);
  if (dbc == NULL)
    return NULL;
  return _gsql_connection_new (self, self->pool, dbc);
}

/**
 * gsql_engine_dispose_connections:
 * @self: a #GsqlEngine
 *
 * Closes every idle pooled connection, as after a database restart or a
 * fork.  Connections in use return and close normally.
 *
 * Since: 1.0
 */
void
gsql_engine_dispose_connections (GsqlEngine *self)
{
  g_return_if_fail (GSQL_IS_ENGINE (self));
  gsql_pool_dispose_idle (self->pool);
}
