/* gsql-reflect: prints what a database holds
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * For now it lists the tables of a database named by URL or ODBC string:
 *
 *   gsql-reflect sqlite:///app.db
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <libsqlreflect/sqlreflect.h>

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlInspector) inspector = NULL;
  g_auto(GStrv) tables = NULL;
  guint i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 2)
    {
      g_printerr (_("Usage: %s DATABASE-URL\n"), argv[0]);
      return 2;
    }
  engine = gsql_engine_new (argv[1], &error);
  if (engine != NULL)
    {
      inspector = gsql_inspector_new (engine);
      tables = gsql_inspector_get_table_names (inspector, NULL, &error);
    }
  if (tables == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }
  for (i = 0; tables[i] != NULL; i++)
    g_print ("%s\n", tables[i]);
  return 0;
}
