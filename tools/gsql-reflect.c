/* gsql-reflect: prints what a database holds
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * With a database named by URL or ODBC string alone, it lists the tables.
 * With tables named (after the database or with --tables), or with
 * --dialect, --views or --format, it prints the CREATE statements of those
 * tables (all of them when none is named) and of the tables they refer
 * to, in dependency order, in the database's own dialect or in the one
 * --dialect names:
 *
 *   gsql-reflect sqlite:///app.db
 *   gsql-reflect --dialect=postgresql sqlite:///app.db users orders
 *   gsql-reflect --dialect=mysql --tables=users,orders postgresql://…
 *
 * Exit status: 0 on success, 1 when the database cannot be reached or a
 * table is not there, 2 for a wrong command line (an unknown dialect or
 * format among them).
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <libsqlreflect/sqlreflect.h>

static gboolean
print_views (GsqlInspector *inspector, GsqlMetaData *md, const char *dialect, const char *source,
             const char * const *only, GError **error)
{
  g_auto(GStrv) views = gsql_inspector_get_view_names (inspector, NULL, error);
  GsqlDialect *d = gsql_dialect_get (dialect);

  if (views == NULL)
    return FALSE;
  for (guint i = 0; views[i] != NULL; i++)
    {
      g_autofree char *query = NULL;
      g_autofree char *name = NULL;

      if (only != NULL && !g_strv_contains (only, views[i]))
        continue;
      query = gsql_inspector_get_view_definition (inspector, views[i], NULL, error);
      if (query == NULL)
        return FALSE;
      /* strip the ; some databases keep at the end */
      g_strchomp (query);
      if (g_str_has_suffix (query, ";"))
        query[strlen (query) - 1] = '\0';
      name = gsql_dialect_quote_identifier (d, views[i]);
      if (!g_str_equal (dialect, source))
        /* TRANSLATORS: a comment in SQL output */
        g_print ("-- %s\n", _("The query below is written in the source database’s SQL"));
      g_print ("CREATE VIEW %s AS %s;\n\n", name, query);
    }
  return TRUE;
}

static char **
split_tables (char **positional, const char *option)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

  for (guint i = 0; positional != NULL && positional[i] != NULL; i++)
    g_strv_builder_add (b, positional[i]);
  if (option != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (option, ",", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_strstrip (parts[i]);
          if (parts[i][0] != '\0')
            g_strv_builder_add (b, parts[i]);
        }
    }
  return g_strv_builder_end (b);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlInspector) inspector = NULL;
  g_autoptr(GsqlMetaData) md = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *dialect_name = NULL;
  g_autofree char *tables_option = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) only = NULL;
  g_auto(GStrv) tables_only = NULL;
  g_auto(GStrv) statements = NULL;
  gboolean views = FALSE;
  const char *source;
  GOptionEntry entries[] = {
    { "dialect", 'd', 0, G_OPTION_ARG_STRING, &dialect_name,
      N_("Write CREATE statements for this dialect (sqlite, postgresql, mysql, ansi); "
         "default: the database’s own"), N_("NAME") },
    { "tables", 't', 0, G_OPTION_ARG_STRING, &tables_option,
      N_("Only these tables (and those they refer to), separated by commas"), N_("A,B,…") },
    { "schema", 's', 0, G_OPTION_ARG_STRING, &schema,
      N_("Read this schema instead of the current one"), N_("NAME") },
    { "views", 0, 0, G_OPTION_ARG_NONE, &views,
      N_("Print CREATE VIEW statements for the views too"), NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: sql (the default)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  gboolean print_ddl;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (_("DATABASE-URL [TABLE…]"));
  g_option_context_set_summary (context, _("Lists the tables of a database, or prints the CREATE statements "
                                           "of its tables (those named and those they refer to, or all), "
                                           "with their keys, constraints and indexes, for any dialect."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 2;
    }
  if (argc < 2)
    {
      g_printerr (_("Usage: %s [--dialect=NAME] [--tables=A,B] [--schema=NAME] [--views] DATABASE-URL [TABLE…]\n"),
                  g_get_prgname ());
      return 2;
    }
  if (format != NULL && !g_str_equal (format, "sql"))
    {
      g_printerr (_("%s: unknown output format “%s” (known: sql)\n"), g_get_prgname (), format);
      return 2;
    }
  if (dialect_name != NULL && gsql_dialect_get (dialect_name) == NULL)
    {
      g_printerr (_("%s: unknown dialect “%s” (known: sqlite, postgresql, mysql, ansi)\n"), g_get_prgname (),
                  dialect_name);
      return 2;
    }
  only = split_tables (argc > 2 ? argv + 2 : NULL, tables_option);
  print_ddl = only[0] != NULL || dialect_name != NULL || views || format != NULL;

  engine = gsql_engine_new (argv[1], &error);
  if (engine == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  inspector = gsql_inspector_new (engine);
  if (schema != NULL)
    gsql_inspector_set_schema (inspector, schema);

  if (!print_ddl)
    {
      g_auto(GStrv) tables = gsql_inspector_get_table_names (inspector, NULL, &error);
      if (tables == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      for (guint i = 0; tables[i] != NULL; i++)
        g_print ("%s\n", tables[i]);
      return 0;
    }

  if (views && only[0] != NULL)
    {
      /* the views named are printed as views, not reflected as tables */
      g_auto(GStrv) view_names = gsql_inspector_get_view_names (inspector, NULL, &error);
      g_autoptr(GStrvBuilder) b = g_strv_builder_new ();

      if (view_names == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      for (guint i = 0; only[i] != NULL; i++)
        if (!g_strv_contains ((const char * const *) view_names, only[i]))
          g_strv_builder_add (b, only[i]);
      tables_only = g_strv_builder_end (b);
    }
  else
    tables_only = g_strdupv (only);

  md = gsql_metadata_new ();
  if ((only[0] == NULL || tables_only[0] != NULL) &&
      !gsql_inspector_reflect (inspector, md, only[0] != NULL ? (const char * const *) tables_only : NULL, FALSE,
                               NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  /* the engine knows its dialect for sure once it has connected */
  source = gsql_engine_get_dialect_name (engine);
  statements = gsql_metadata_compile_create_all (md, dialect_name ? dialect_name : source, &error);
  if (statements == NULL)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  for (guint i = 0; statements[i] != NULL; i++)
    g_print ("%s;\n\n", statements[i]);
  if (views && !print_views (inspector, md, dialect_name ? dialect_name : source, source,
                             only[0] != NULL ? (const char * const *) only : NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  return 0;
}
