/* gsql-reflect: prints what a database holds
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * With a database named by URL or ODBC string alone, it lists the tables;
 * with table names after it, it prints a CREATE TABLE statement for each,
 * in the database's own dialect or in the one --dialect names:
 *
 *   gsql-reflect sqlite:///app.db
 *   gsql-reflect --dialect=postgresql sqlite:///app.db users orders
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <libsqlreflect/sqlreflect.h>

static gboolean
print_create (GsqlInspector *inspector, const char *dialect_name, const char *name, GError **error)
{
  GsqlDialect *dialect;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();
  g_autofree char *sql = NULL;
  GsqlTable *table;

  columns = gsql_inspector_get_columns (inspector, name, NULL, error);
  if (columns == NULL)
    return FALSE;
  /* the engine knows its dialect for sure once it has connected */
  if (dialect_name == NULL)
    dialect_name = gsql_engine_get_dialect_name (gsql_inspector_get_engine (inspector));
  dialect = gsql_dialect_get (dialect_name);
  if (dialect == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT, _("unknown dialect “%s”"), dialect_name);
      return FALSE;
    }
  table = gsql_metadata_add_table_full (md, NULL, name, (GsqlColumn **) columns->pdata, columns->len, error);
  if (table == NULL)
    return FALSE;
  sql = gsql_dialect_compile_create_table (dialect, table, error);
  if (sql == NULL)
    return FALSE;
  g_print ("%s;\n\n", sql);
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlInspector) inspector = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *dialect_name = NULL;
  GOptionEntry entries[] = {
    { "dialect", 'd', 0, G_OPTION_ARG_STRING, &dialect_name,
      N_("Write CREATE statements for this dialect (sqlite, postgresql, mysql, ansi)"), N_("NAME") },
    G_OPTION_ENTRY_NULL
  };
  int i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("DATABASE-URL [TABLE…]"));
  g_option_context_set_summary (context, _("Lists the tables of a database, or prints CREATE TABLE "
                                           "statements for the tables named."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }
  if (argc < 2)
    {
      g_printerr (_("Usage: %s [--dialect=NAME] DATABASE-URL [TABLE…]\n"), g_get_prgname ());
      return 2;
    }
  engine = gsql_engine_new (argv[1], &error);
  if (engine == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  inspector = gsql_inspector_new (engine);

  if (argc == 2)
    {
      g_auto(GStrv) tables = gsql_inspector_get_table_names (inspector, NULL, &error);
      if (tables == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      for (i = 0; tables[i] != NULL; i++)
        g_print ("%s\n", tables[i]);
      return 0;
    }

  for (i = 2; i < argc; i++)
    if (!print_create (inspector, dialect_name, argv[i], &error))
      {
        g_printerr ("%s: %s: %s\n", g_get_prgname (), argv[i], error->message);
        return 1;
      }
  return 0;
}
