/* gsql-init.c: what the library sets up on first use
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "config.h"

#include "gsql-core-private.h"

#include "sqlcore.h"

/* Registers every type of the library and makes its class.  GType does
 * both lazily and publishes them with atomic operations, which is correct
 * but invisible to race detectors: a type first used by two threads at
 * once shows up in helgrind as a race inside GObject.  Done once, by the
 * first caller of _gsql_core_init() — in a program that starts threads,
 * normally before it does. */
static void
ensure_types (void)
{
  const GType objects[] = {
    GSQL_TYPE_ENGINE, GSQL_TYPE_POOL, GSQL_TYPE_CONNECTION, GSQL_TYPE_RESULT,
    GSQL_TYPE_COMPILED, GSQL_TYPE_DIALECT, GSQL_TYPE_EXPR, GSQL_TYPE_SQL_TYPE,
    GSQL_TYPE_METADATA, GSQL_TYPE_TABLE, GSQL_TYPE_COLUMN, GSQL_TYPE_CONSTRAINT,
    GSQL_TYPE_INDEX,
  };
  const GType others[] = {
    GSQL_TYPE_ROW, GSQL_TYPE_NUMERIC, GSQL_TYPE_TIME,
    GSQL_TYPE_AUTOINCREMENT, GSQL_TYPE_ISOLATION_LEVEL, GSQL_TYPE_CONSTRAINT_KIND,
    GSQL_TYPE_REFERENTIAL_ACTION, GSQL_TYPE_ERROR, GSQL_TYPE_EXPR_KIND,
    GSQL_TYPE_JOIN_TYPE, GSQL_TYPE_COMPOUND_TYPE, GSQL_TYPE_TYPE_KIND,
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (objects); i++)
    g_type_class_unref (g_type_class_ref (objects[i]));   /* static types keep their class */
  for (i = 0; i < G_N_ELEMENTS (others); i++)
    g_type_ensure (others[i]);
  (void) gsql_error_quark ();
}

/* There is no global init call for users to forget: every entry point that
 * may emit a translated message calls this first. */
void
_gsql_core_init (void)
{
  static gsize initialized = 0;
  static gint types_started = 0;

  if (g_once_init_enter (&initialized))
    {
      bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
  /* Not a g_once: class initializers may call back in here.  Later callers
   * do not wait; they register what they use themselves, as GType lets
   * them. */
  if (g_atomic_int_get (&types_started) == 0 && g_atomic_int_compare_and_exchange (&types_started, 0, 1))
    ensure_types ();
}
