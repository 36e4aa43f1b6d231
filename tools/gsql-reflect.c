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

/* A check condition with its identifiers quoted for @target: the
 * source's quotes ("x", `x`, [x]) read, the target's written where it
 * needs them.  Literals stay as they are. */
static char *
requote_condition (const char *text, const char *source, GsqlDialect *target)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean mysql = g_str_equal (source, "mysql");
  const char *p = text;

  while (*p != '\0')
    {
      char close = 0;

      if (*p == '\'')
        {
          const char *start = p++;
          while (*p != '\0' && !(*p == '\'' && p[1] != '\''))
            p += *p == '\'' ? 2 : 1;
          if (*p != '\0')
            p++;
          g_string_append_len (out, start, p - start);
          continue;
        }
      if (*p == '`')
        close = '`';
      else if (*p == '"' && !mysql)
        close = '"';
      else if (*p == '[' && g_str_equal (source, "sqlite"))
        close = ']';
      if (close != 0)
        {
          g_autoptr(GString) ident = g_string_new (NULL);
          g_autofree char *quoted = NULL;

          for (p++; *p != '\0'; p++)
            {
              if (*p == close && p[1] == close && close != ']')
                g_string_append_c (ident, *p++);
              else if (*p == close)
                break;
              else
                g_string_append_c (ident, *p);
            }
          if (*p != '\0')
            p++;
          quoted = gsql_dialect_quote_identifier (target, ident->str);
          g_string_append (out, quoted);
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GsqlConstraint *
copy_constraint (GsqlConstraint *c, const char *source, GsqlDialect *target)
{
  GsqlConstraint *copy = NULL;
  const char *name = gsql_constraint_get_name (c);

  switch (gsql_constraint_get_kind (c))
    {
    case GSQL_CONSTRAINT_PRIMARY_KEY:
      copy = gsql_constraint_new_primary_key (name, gsql_constraint_get_columns (c));
      break;
    case GSQL_CONSTRAINT_UNIQUE:
      copy = gsql_constraint_new_unique (name, gsql_constraint_get_columns (c));
      break;
    case GSQL_CONSTRAINT_FOREIGN_KEY:
      copy = gsql_constraint_new_foreign_key (name, gsql_constraint_get_columns (c),
                                              gsql_constraint_get_referred_table (c),
                                              gsql_constraint_get_referred_columns (c));
      gsql_constraint_set_on_delete (copy, gsql_constraint_get_on_delete (c));
      gsql_constraint_set_on_update (copy, gsql_constraint_get_on_update (c));
      break;
    case GSQL_CONSTRAINT_CHECK:
      {
        g_autofree char *text = requote_condition (gsql_constraint_get_sql_text (c), source, target);
        copy = gsql_constraint_new_check (name, text);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  gsql_constraint_set_deferrable (copy, gsql_constraint_get_deferrable (c),
                                  gsql_constraint_get_initially_deferred (c));
  return copy;
}

/* The reflected tables again, with the conditions of their checks quoted
 * for another dialect than the source's (a column "user id" is `user id`
 * on MariaDB, where "user id" is a string). */
static GsqlMetaData *
copy_for_dialect (GsqlMetaData *md, const char *source, GsqlDialect *target, GError **error)
{
  g_autoptr(GsqlMetaData) out = gsql_metadata_new ();
  g_autoptr(GPtrArray) tables = gsql_metadata_get_tables (md);

  for (guint i = 0; i < tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (tables, i);
      guint n = gsql_table_get_n_columns (t);
      g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) constraints = gsql_table_get_constraints (t);
      g_autoptr(GPtrArray) indexes = gsql_table_get_indexes (t);
      GsqlTable *copy;

      for (guint j = 0; j < n; j++)
        {
          GsqlColumn *c = gsql_table_get_column_at (t, j);
          g_ptr_array_add (columns,
                           g_object_ref_sink (gsql_column_new (gsql_column_get_name (c), gsql_column_get_sql_type (c),
                                                               "nullable", gsql_column_get_nullable (c),
                                                               "primary-key", gsql_column_get_primary_key (c),
                                                               "autoincrement", gsql_column_get_autoincrement (c),
                                                               "server-default", gsql_column_get_server_default (c),
                                                               "comment", gsql_column_get_comment (c),
                                                               NULL)));
        }
      copy = gsql_metadata_add_table_full (out, gsql_table_get_schema (t), gsql_table_get_name (t),
                                           (GsqlColumn **) columns->pdata, columns->len, error);
      if (copy == NULL)
        return NULL;
      gsql_table_set_comment (copy, gsql_table_get_comment (t));
      for (guint j = 0; j < constraints->len; j++)
        {
          GsqlConstraint *c = g_ptr_array_index (constraints, j);
          const char * const *cols = gsql_constraint_get_columns (c);

          if (gsql_constraint_get_kind (c) == GSQL_CONSTRAINT_PRIMARY_KEY && (cols == NULL || cols[0] == NULL))
            continue;
          if (!gsql_table_add_constraint (copy, copy_constraint (c, source, target), error))
            return NULL;
        }
      for (guint j = 0; j < indexes->len; j++)
        {
          GsqlIndex *ix = g_ptr_array_index (indexes, j);
          if (!gsql_table_add_index (copy, gsql_index_new (gsql_index_get_name (ix), gsql_index_get_unique (ix),
                                                           gsql_index_get_columns (ix)), error))
            return NULL;
        }
    }
  return g_steal_pointer (&out);
}

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
  if (dialect_name != NULL && !g_str_equal (dialect_name, source))
    {
      GsqlMetaData *adapted = copy_for_dialect (md, source, gsql_dialect_get (dialect_name), &error);

      if (adapted == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      g_object_unref (md);
      md = adapted;
    }
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
