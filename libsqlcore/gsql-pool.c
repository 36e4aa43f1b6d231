/* gsql-pool.c: a thread-safe queue pool of ODBC connections
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-pool
 * @title: GsqlPool
 * @short_description: a thread-safe queue of reusable connections
 *
 * Every #GsqlEngine owns a #GsqlPool.  It keeps up to #GsqlPool:size idle
 * connections open, opens up to #GsqlPool:max-overflow more under load
 * (closing them again when they come back), and makes a checkout wait up
 * to #GsqlPool:timeout seconds when all are in use before failing with
 * %GSQL_ERROR_TIMEOUT.  Connections older than #GsqlPool:recycle seconds
 * are replaced at checkout; with #GsqlPool:pre-ping each checkout first
 * proves the connection alive with `SELECT 1`.  A returned connection is
 * rolled back; one that failed with a disconnect is discarded, never handed
 * out again.
 *
 * Configure it before the first checkout:
 *
 * |[<!-- language="C" -->
 * GsqlPool *pool = gsql_engine_get_pool (engine);
 * gsql_pool_set_size (pool, 10);
 * gsql_pool_set_max_overflow (pool, 20);
 * gsql_pool_set_timeout (pool, 5.0);
 * gsql_pool_set_pre_ping (pool, TRUE);
 * ]|
 */

#include "config.h"

#include "gsql-core-private.h"

struct _GsqlPool {
  GObject parent_instance;

  GMutex mutex;
  GCond cond;

  char *connstr;         /* amended once the backend is known */
  gboolean amended;
  GsqlBackend backend;

  guint size;
  int max_overflow;      /* -1: unlimited */
  double timeout;
  double recycle;        /* < 0: never */
  gboolean pre_ping;
  gboolean reset_on_return;

  GQueue idle;           /* GsqlDbc*, oldest return first */
  guint n_open;          /* idle + checked out + being opened */
  guint n_checked_out;
  guint n_waiting;       /* checkouts blocked on cond */
  guint64 n_connects;
  guint64 n_checkouts;
  guint64 n_invalidated;
};

enum {
  PROP_0,
  PROP_SIZE,
  PROP_MAX_OVERFLOW,
  PROP_TIMEOUT,
  PROP_RECYCLE,
  PROP_PRE_PING,
  PROP_RESET_ON_RETURN,
  PROP_CHECKED_OUT,
  PROP_IDLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * GsqlPool:
 *
 * A thread-safe pool of ODBC connections with a size, an overflow, a
 * checkout timeout, recycling and pre-ping.
 *
 * Since: 1.0
 */
G_DEFINE_FINAL_TYPE (GsqlPool, gsql_pool, G_TYPE_OBJECT)

static void
gsql_pool_finalize (GObject *object)
{
  GsqlPool *self = GSQL_POOL (object);
  GsqlDbc *dbc;

  /* Checked-out connections hold a reference on the pool, so by now every
   * connection is idle. */
  while ((dbc = g_queue_pop_head (&self->idle)) != NULL)
    _gsql_dbc_close (dbc);
  g_free (self->connstr);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (gsql_pool_parent_class)->finalize (object);
}

static void
gsql_pool_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  GsqlPool *self = GSQL_POOL (object);

  switch (prop_id)
    {
    case PROP_SIZE: g_value_set_uint (value, gsql_pool_get_size (self)); break;
    case PROP_MAX_OVERFLOW: g_value_set_int (value, gsql_pool_get_max_overflow (self)); break;
    case PROP_TIMEOUT: g_value_set_double (value, gsql_pool_get_timeout (self)); break;
    case PROP_RECYCLE: g_value_set_double (value, gsql_pool_get_recycle (self)); break;
    case PROP_PRE_PING: g_value_set_boolean (value, gsql_pool_get_pre_ping (self)); break;
    case PROP_RESET_ON_RETURN: g_value_set_boolean (value, gsql_pool_get_reset_on_return (self)); break;
    case PROP_CHECKED_OUT: g_value_set_uint (value, gsql_pool_get_n_checked_out (self)); break;
    case PROP_IDLE: g_value_set_uint (value, gsql_pool_get_n_idle (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_pool_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  GsqlPool *self = GSQL_POOL (object);

  switch (prop_id)
    {
    case PROP_SIZE: gsql_pool_set_size (self, g_value_get_uint (value)); break;
    case PROP_MAX_OVERFLOW: gsql_pool_set_max_overflow (self, g_value_get_int (value)); break;
    case PROP_TIMEOUT: gsql_pool_set_timeout (self, g_value_get_double (value)); break;
    case PROP_RECYCLE: gsql_pool_set_recycle (self, g_value_get_double (value)); break;
    case PROP_PRE_PING: gsql_pool_set_pre_ping (self, g_value_get_boolean (value)); break;
    case PROP_RESET_ON_RETURN: gsql_pool_set_reset_on_return (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_pool_class_init (GsqlPoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gsql_pool_finalize;
  object_class->get_property = gsql_pool_get_property;
  object_class->set_property = gsql_pool_set_property;

  /**
   * GsqlPool:size:
   *
   * How many connections the pool keeps open when they are idle.
   *
   * Since: 1.0
   */
  properties[PROP_SIZE] =
    g_param_spec_uint ("size", NULL, NULL, 1, G_MAXINT, 5,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:max-overflow:
   *
   * How many connections beyond #GsqlPool:size may be open at once under
   * load; -1 for no limit.
   *
   * Since: 1.0
   */
  properties[PROP_MAX_OVERFLOW] =
    g_param_spec_int ("max-overflow", NULL, NULL, -1, G_MAXINT, 10,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:timeout:
   *
   * Seconds a checkout waits for a free connection before failing with
   * %GSQL_ERROR_TIMEOUT.
   *
   * Since: 1.0
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_double ("timeout", NULL, NULL, 0.0, G_MAXDOUBLE, 30.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:recycle:
   *
   * Connections older than this many seconds are closed and replaced at
   * checkout; a negative value never recycles.
   *
   * Since: 1.0
   */
  properties[PROP_RECYCLE] =
    g_param_spec_double ("recycle", NULL, NULL, -1.0, G_MAXDOUBLE, -1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:pre-ping:
   *
   * Whether each checkout first runs `SELECT 1` and replaces a connection
   * that fails it.
   *
   * Since: 1.0
   */
  properties[PROP_PRE_PING] =
    g_param_spec_boolean ("pre-ping", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:reset-on-return:
   *
   * Whether a returned connection is rolled back and its isolation level
   * restored.  Turn it off only when every user commits or rolls back.
   *
   * Since: 1.0
   */
  properties[PROP_RESET_ON_RETURN] =
    g_param_spec_boolean ("reset-on-return", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:checked-out:
   *
   * How many connections are checked out now.
   *
   * Since: 1.0
   */
  properties[PROP_CHECKED_OUT] =
    g_param_spec_uint ("checked-out", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlPool:idle:
   *
   * How many open connections wait in the pool now.
   *
   * Since: 1.0
   */
  properties[PROP_IDLE] =
    g_param_spec_uint ("idle", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gsql_pool_init (GsqlPool *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  g_queue_init (&self->idle);
  self->size = 5;
  self->max_overflow = 10;
  self->timeout = 30.0;
  self->recycle = -1.0;
  self->reset_on_return = TRUE;
}

GsqlPool *
_gsql_pool_new (const char *connstr)
{
  GsqlPool *self = g_object_new (GSQL_TYPE_POOL, NULL);

  self->connstr = g_strdup (connstr);
  self->backend = _gsql_odbc_guess_backend (connstr);
  if (self->backend != GSQL_BACKEND_ANSI)
    {
      char *amended = _gsql_odbc_amend_connection_string (connstr, self->backend);
      g_free (self->connstr);
      self->connstr = amended;
      self->amended = TRUE;
    }
  return self;
}

GsqlBackend
_gsql_pool_get_backend (GsqlPool *self)
{
  GsqlBackend b;

  g_mutex_lock (&self->mutex);
  b = self->backend;
  g_mutex_unlock (&self->mutex);
  return b;
}

/* Opens a new raw connection.  The first one tells the backend for sure;
 * when it differs from the guess the options gsql needs are added and the
 * connection is made again with them, once per pool. */
static GsqlDbc *
open_dbc (GsqlPool *self, GError **error)
{
  g_autofree char *connstr = NULL;
  gboolean amended;
  GsqlDbc *dbc;

  g_mutex_lock (&self->mutex);
  connstr = g_strdup (self->connstr);
  amended = self->amended;
  g_mutex_unlock (&self->mutex);

  dbc = _gsql_dbc_open (connstr, error);
  if (dbc == NULL)
    return NULL;

  if (!amended && dbc->backend != GSQL_BACKEND_ANSI)
    {
      char *new_connstr = _gsql_odbc_amend_connection_string (connstr, dbc->backend);

      _gsql_dbc_close (dbc);
      dbc = _gsql_dbc_open (new_connstr, error);
      g_mutex_lock (&self->mutex);
      if (!self->amended)
        {
          g_free (self->connstr);
          self->connstr = new_connstr;
          self->amended = TRUE;
        }
      else
        g_free (new_connstr);
      g_mutex_unlock (&self->mutex);
      if (dbc == NULL)
        return NULL;
    }

  g_mutex_lock (&self->mutex);
  self->backend = dbc->backend;
  self->n_connects++;
  g_mutex_unlock (&self->mutex);
  return dbc;
}

static guint
max_open (GsqlPool *self)
{
  if (self->max_overflow < 0)
    return G_MAXUINT;
  return self->size + (guint) self->max_overflow;
}

GsqlDbc *
_gsql_pool_checkout (GsqlPool      *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  gint64 deadline;
  GsqlDbc *dbc = NULL;

  g_mutex_lock (&self->mutex);
  deadline = g_get_monotonic_time () + (gint64) (self->timeout * G_USEC_PER_SEC);

  for (;;)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_mutex_unlock (&self->mutex);
          return NULL;
        }

      dbc = g_queue_pop_head (&self->idle);
      if (dbc != NULL)
        {
          gboolean stale = self->recycle >= 0 &&
            g_get_monotonic_time () - dbc->created_at > (gint64) (self->recycle * G_USEC_PER_SEC);
          gboolean pre_ping = self->pre_ping;

          self->n_checked_out++;
          g_mutex_unlock (&self->mutex);

          /* Ping and recycle outside the lock: they do I/O. */
          if (!stale && (!pre_ping || _gsql_dbc_ping (dbc)))
            break;

          if (!stale)
            {
              g_mutex_lock (&self->mutex);
              self->n_invalidated++;
              g_mutex_unlock (&self->mutex);
            }
          _gsql_dbc_close (dbc);
          dbc = open_dbc (self, error);
          g_mutex_lock (&self->mutex);
          if (dbc == NULL)
            {
              self->n_checked_out--;
              self->n_open--;
              g_cond_signal (&self->cond);
              g_mutex_unlock (&self->mutex);
              return NULL;
            }
          g_mutex_unlock (&self->mutex);
          break;
        }

      if (self->n_open < max_open (self))
        {
          self->n_open++;
          self->n_checked_out++;
          g_mutex_unlock (&self->mutex);

          dbc = open_dbc (self, error);
          if (dbc == NULL)
            {
              g_mutex_lock (&self->mutex);
              self->n_open--;
              self->n_checked_out--;
              g_cond_signal (&self->cond);
              g_mutex_unlock (&self->mutex);
              return NULL;
            }
          break;
        }

      self->n_waiting++;
      gboolean woke = g_cond_wait_until (&self->cond, &self->mutex, deadline);
      self->n_waiting--;
      if (!woke)
        {
          /* Maybe woken just at the deadline with a connection free. */
          if (self->idle.length > 0 || self->n_open < max_open (self))
            continue;
          _gsql_core_init ();
          g_set_error (error, GSQL_ERROR, GSQL_ERROR_TIMEOUT,
                       _("All %u connections of the pool are in use (size %u, overflow %d); "
                         "gave up after waiting %.2f seconds"),
                       self->n_open, self->size, self->max_overflow, self->timeout);
          g_mutex_unlock (&self->mutex);
          return NULL;
        }
    }

  g_mutex_lock (&self->mutex);
  self->n_checkouts++;
  g_mutex_unlock (&self->mutex);
  return dbc;
}

void
_gsql_pool_checkin (GsqlPool *self,
                    GsqlDbc  *dbc)
{
  gboolean keep;
  gboolean invalid = dbc->invalidated;

  /* Reset outside the lock: a rollback is a round trip. */
  if (!invalid && self->reset_on_return && !_gsql_dbc_reset (dbc))
    invalid = TRUE;
  else if (!invalid && !self->reset_on_return && !dbc->autocommit)
    {
      /* The caller promised to end transactions; one left open would leak
       * into the next user, so end it anyway. */
      if (!_gsql_dbc_reset (dbc))
        invalid = TRUE;
    }

  g_mutex_lock (&self->mutex);
  self->n_checked_out--;
  if (invalid)
    self->n_invalidated++;
  /* An overflow connection closes on return, unless a checkout is waiting
   * for one: handing it over beats closing one and opening another. */
  keep = !invalid && (self->idle.length < self->size || self->n_waiting > 0);
  if (keep)
    g_queue_push_tail (&self->idle, dbc);
  else
    self->n_open--;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  if (!keep)
    _gsql_dbc_close (dbc);
}

#define LOCKED_GET(type, expr) \
  type v; \
  g_return_val_if_fail (GSQL_IS_POOL (self), 0); \
  g_mutex_lock (&self->mutex); \
  v = (expr); \
  g_mutex_unlock (&self->mutex); \
  return v

/**
 * gsql_pool_get_size:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:size
 *
 * Since: 1.0
 */
guint
gsql_pool_get_size (GsqlPool *self)
{
  LOCKED_GET (guint, self->size);
}

/**
 * gsql_pool_set_size:
 * @self: a #GsqlPool
 * @size: how many idle connections to keep, at least 1
 *
 * Sets the #GsqlPool:size.
 *
 * Since: 1.0
 */
void
gsql_pool_set_size (GsqlPool *self,
                    guint     size)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));
  g_return_if_fail (size >= 1);

  g_mutex_lock (&self->mutex);
  changed = self->size != size;
  self->size = size;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

/**
 * gsql_pool_get_max_overflow:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:max-overflow
 *
 * Since: 1.0
 */
int
gsql_pool_get_max_overflow (GsqlPool *self)
{
  LOCKED_GET (int, self->max_overflow);
}

/**
 * gsql_pool_set_max_overflow:
 * @self: a #GsqlPool
 * @max_overflow: connections allowed beyond the size, or -1 for no limit
 *
 * Sets the #GsqlPool:max-overflow.
 *
 * Since: 1.0
 */
void
gsql_pool_set_max_overflow (GsqlPool *self,
                            int       max_overflow)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));
  g_return_if_fail (max_overflow >= -1);

  g_mutex_lock (&self->mutex);
  changed = self->max_overflow != max_overflow;
  self->max_overflow = max_overflow;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_OVERFLOW]);
}

/**
 * gsql_pool_get_timeout:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:timeout in seconds
 *
 * Since: 1.0
 */
double
gsql_pool_get_timeout (GsqlPool *self)
{
  LOCKED_GET (double, self->timeout);
}

/**
 * gsql_pool_set_timeout:
 * @self: a #GsqlPool
 * @seconds: how long a checkout may wait, 0 or more
 *
 * Sets the #GsqlPool:timeout.
 *
 * Since: 1.0
 */
void
gsql_pool_set_timeout (GsqlPool *self,
                       double    seconds)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));
  g_return_if_fail (seconds >= 0);

  g_mutex_lock (&self->mutex);
  changed = self->timeout != seconds;
  self->timeout = seconds;
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

/**
 * gsql_pool_get_recycle:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:recycle age in seconds, negative for never
 *
 * Since: 1.0
 */
double
gsql_pool_get_recycle (GsqlPool *self)
{
  LOCKED_GET (double, self->recycle);
}

/**
 * gsql_pool_set_recycle:
 * @self: a #GsqlPool
 * @seconds: the age after which a connection is replaced, or -1 for never
 *
 * Sets the #GsqlPool:recycle age.
 *
 * Since: 1.0
 */
void
gsql_pool_set_recycle (GsqlPool *self,
                       double    seconds)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));

  g_mutex_lock (&self->mutex);
  changed = self->recycle != seconds;
  self->recycle = seconds < 0 ? -1.0 : seconds;
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECYCLE]);
}

/**
 * gsql_pool_get_pre_ping:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:pre-ping setting
 *
 * Since: 1.0
 */
gboolean
gsql_pool_get_pre_ping (GsqlPool *self)
{
  LOCKED_GET (gboolean, self->pre_ping);
}

/**
 * gsql_pool_set_pre_ping:
 * @self: a #GsqlPool
 * @pre_ping: whether to test connections at checkout
 *
 * Sets #GsqlPool:pre-ping.
 *
 * Since: 1.0
 */
void
gsql_pool_set_pre_ping (GsqlPool *self,
                        gboolean  pre_ping)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));

  g_mutex_lock (&self->mutex);
  changed = self->pre_ping != !!pre_ping;
  self->pre_ping = !!pre_ping;
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRE_PING]);
}

/**
 * gsql_pool_get_reset_on_return:
 * @self: a #GsqlPool
 *
 * Returns: the #GsqlPool:reset-on-return setting
 *
 * Since: 1.0
 */
gboolean
gsql_pool_get_reset_on_return (GsqlPool *self)
{
  LOCKED_GET (gboolean, self->reset_on_return);
}

/**
 * gsql_pool_set_reset_on_return:
 * @self: a #GsqlPool
 * @reset_on_return: whether to roll back returned connections
 *
 * Sets #GsqlPool:reset-on-return.
 *
 * Since: 1.0
 */
void
gsql_pool_set_reset_on_return (GsqlPool *self,
                               gboolean  reset_on_return)
{
  gboolean changed;

  g_return_if_fail (GSQL_IS_POOL (self));

  g_mutex_lock (&self->mutex);
  changed = self->reset_on_return != !!reset_on_return;
  self->reset_on_return = !!reset_on_return;
  g_mutex_unlock (&self->mutex);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESET_ON_RETURN]);
}

/**
 * gsql_pool_get_n_checked_out:
 * @self: a #GsqlPool
 *
 * Returns: how many connections are checked out now
 *
 * Since: 1.0
 */
guint
gsql_pool_get_n_checked_out (GsqlPool *self)
{
  LOCKED_GET (guint, self->n_checked_out);
}

/**
 * gsql_pool_get_n_idle:
 * @self: a #GsqlPool
 *
 * Returns: how many open connections are waiting in the pool
 *
 * Since: 1.0
 */
guint
gsql_pool_get_n_idle (GsqlPool *self)
{
  LOCKED_GET (guint, self->idle.length);
}

/**
 * gsql_pool_get_overflow:
 * @self: a #GsqlPool
 *
 * How many connections are open beyond #GsqlPool:size; negative when fewer
 * than the size are open, as in SQLAlchemy's QueuePool.
 *
 * Returns: the current overflow
 *
 * Since: 1.0
 */
int
gsql_pool_get_overflow (GsqlPool *self)
{
  LOCKED_GET (int, (int) self->n_open - (int) self->size);
}

/**
 * gsql_pool_get_n_connects:
 * @self: a #GsqlPool
 *
 * Returns: how many database connections the pool has opened in all
 *
 * Since: 1.0
 */
guint64
gsql_pool_get_n_connects (GsqlPool *self)
{
  LOCKED_GET (guint64, self->n_connects);
}

/**
 * gsql_pool_get_n_checkouts:
 * @self: a #GsqlPool
 *
 * Returns: how many checkouts have succeeded in all
 *
 * Since: 1.0
 */
guint64
gsql_pool_get_n_checkouts (GsqlPool *self)
{
  LOCKED_GET (guint64, self->n_checkouts);
}

/**
 * gsql_pool_get_n_invalidated:
 * @self: a #GsqlPool
 *
 * Returns: how many connections were discarded as broken (disconnects,
 *   failed pre-pings, failed resets, explicit invalidation)
 *
 * Since: 1.0
 */
guint64
gsql_pool_get_n_invalidated (GsqlPool *self)
{
  LOCKED_GET (guint64, self->n_invalidated);
}

/**
 * gsql_pool_dispose_idle:
 * @self: a #GsqlPool
 *
 * Closes every idle connection.  Checked-out connections are not touched;
 * they close or return as usual.
 *
 * Since: 1.0
 */
void
gsql_pool_dispose_idle (GsqlPool *self)
{
  GQueue doomed = G_QUEUE_INIT;
  GsqlDbc *dbc;

  g_return_if_fail (GSQL_IS_POOL (self));

  g_mutex_lock (&self->mutex);
  while ((dbc = g_queue_pop_head (&self->idle)) != NULL)
    {
      g_queue_push_tail (&doomed, dbc);
      self->n_open--;
    }
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);

  while ((dbc = g_queue_pop_head (&doomed)) != NULL)
    _gsql_dbc_close (dbc);
}
