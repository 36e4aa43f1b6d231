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
 * With --format=c it prints a C function, schema_metadata_new(), that
 * builds the same tables as a GsqlMetaData; with --output-dir too it writes
 * GObject model classes there, a header and source pair per table (a
 * property per column), and PREFIX-schema.[ch] with that function and
 * PREFIX_registry_new(), which maps every class onto its table.
 *
 * Exit status: 0 on success, 1 when the database cannot be reached or a
 * table is not there, 2 for a wrong command line (an unknown dialect or
 * format among them).
 */
#include "config.h"

#include <errno.h>
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

/* --format=c: the reflected tables as C that builds the same metadata */

/* Where emit() writes: standard output, or a file's text being made. */
static GString *sink;

G_GNUC_PRINTF (1, 2)
static void
emit (const char *format, ...)
{
  va_list ap;

  va_start (ap, format);
  if (sink != NULL)
    g_string_append_vprintf (sink, format, ap);
  else
    {
      g_autofree char *text = g_strdup_vprintf (format, ap);
      g_print ("%s", text);
    }
  va_end (ap);
}

static char *
c_string (const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return g_strdup ("NULL");
  escaped = g_strescape (text, NULL);
  return g_strdup_printf ("\"%s\"", escaped);
}

/* @text for a C comment: a name holding the comment's end cannot end it. */
static char *
c_comment (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (p[0] == '*' && p[1] == '/')
        g_string_append_c (out, '\\');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
c_strv (const char * const *values)
{
  g_autoptr(GString) out = g_string_new ("(const char *[]) { ");

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_autofree char *s = c_string (values[i]);
      g_string_append_printf (out, "%s, ", s);
    }
  g_string_append (out, "NULL }");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
c_type (GsqlSqlType *type)
{
  switch (gsql_sql_type_get_kind (type))
    {
    case GSQL_TYPE_KIND_INTEGER: return g_strdup ("gsql_sql_type_integer_new ()");
    case GSQL_TYPE_KIND_SMALL_INTEGER: return g_strdup ("gsql_sql_type_small_integer_new ()");
    case GSQL_TYPE_KIND_BIG_INTEGER: return g_strdup ("gsql_sql_type_big_integer_new ()");
    case GSQL_TYPE_KIND_FLOAT:
      return g_strdup_printf ("gsql_sql_type_float_new (%u)", gsql_sql_type_get_precision (type));
    case GSQL_TYPE_KIND_DOUBLE: return g_strdup ("gsql_sql_type_double_new ()");
    case GSQL_TYPE_KIND_NUMERIC:
      return g_strdup_printf ("gsql_sql_type_numeric_new (%u, %u)", gsql_sql_type_get_precision (type),
                              gsql_sql_type_get_scale (type));
    case GSQL_TYPE_KIND_STRING:
      return g_strdup_printf ("gsql_sql_type_string_new (%u)", gsql_sql_type_get_length (type));
    case GSQL_TYPE_KIND_TEXT: return g_strdup ("gsql_sql_type_text_new ()");
    case GSQL_TYPE_KIND_UNICODE_TEXT: return g_strdup ("gsql_sql_type_unicode_text_new ()");
    case GSQL_TYPE_KIND_BOOLEAN: return g_strdup ("gsql_sql_type_boolean_new ()");
    case GSQL_TYPE_KIND_DATE: return g_strdup ("gsql_sql_type_date_new ()");
    case GSQL_TYPE_KIND_TIME: return g_strdup ("gsql_sql_type_time_new ()");
    case GSQL_TYPE_KIND_DATE_TIME:
      return g_strdup_printf ("gsql_sql_type_date_time_new (%s)",
                              gsql_sql_type_get_timezone (type) ? "TRUE" : "FALSE");
    case GSQL_TYPE_KIND_INTERVAL: return g_strdup ("gsql_sql_type_interval_new ()");
    case GSQL_TYPE_KIND_LARGE_BINARY: return g_strdup ("gsql_sql_type_large_binary_new ()");
    case GSQL_TYPE_KIND_UUID: return g_strdup ("gsql_sql_type_uuid_new ()");
    case GSQL_TYPE_KIND_JSON: return g_strdup ("gsql_sql_type_json_new ()");
    case GSQL_TYPE_KIND_ENUM:
      {
        g_autofree char *name = c_string (gsql_sql_type_get_name (type));
        g_autofree char *values = c_strv (gsql_sql_type_get_enum_values (type));
        return g_strdup_printf ("gsql_sql_type_enum_new_v (%s, %s)", name, values);
      }
    case GSQL_TYPE_KIND_OPAQUE:
    default:
      {
        g_autofree char *name = c_string (gsql_sql_type_get_name (type));
        return g_strdup_printf ("gsql_sql_type_opaque_new (%s)", name);
      }
    }
}

static const char *
c_action (GsqlReferentialAction action)
{
  switch (action)
    {
    case GSQL_REFERENTIAL_ACTION_NO_ACTION: return "GSQL_REFERENTIAL_ACTION_NO_ACTION";
    case GSQL_REFERENTIAL_ACTION_RESTRICT: return "GSQL_REFERENTIAL_ACTION_RESTRICT";
    case GSQL_REFERENTIAL_ACTION_CASCADE: return "GSQL_REFERENTIAL_ACTION_CASCADE";
    case GSQL_REFERENTIAL_ACTION_SET_NULL: return "GSQL_REFERENTIAL_ACTION_SET_NULL";
    case GSQL_REFERENTIAL_ACTION_SET_DEFAULT: return "GSQL_REFERENTIAL_ACTION_SET_DEFAULT";
    case GSQL_REFERENTIAL_ACTION_DEFAULT:
    default: return NULL;
    }
}

/* Prints a C function, schema_metadata_new(), that builds the reflected
 * tables: sorted so that each comes after those it refers to. */
static gboolean
print_c (GsqlMetaData *md, const char *source, GError **error)
{
  g_autoptr(GPtrArray) tables = gsql_metadata_get_sorted_tables (md, error);

  if (tables == NULL)
    return FALSE;
  emit ("/* Generated by gsql-reflect from a %s database: its tables as gsql metadata.\n"
           " * Build it with `pkg-config --cflags --libs sqlcore-1.0`. */\n"
           "#include <libsqlcore/sqlcore.h>\n\n"
           "GsqlMetaData *schema_metadata_new (GError **error);\n\n"
           "GsqlMetaData *\n"
           "schema_metadata_new (GError **error)\n"
           "{\n"
           "  g_autoptr(GsqlMetaData) md = gsql_metadata_new ();\n"
           "  GsqlTable *t;\n", source);
  for (guint i = 0; i < tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (tables, i);
      g_autoptr(GPtrArray) constraints = gsql_table_get_constraints (t);
      g_autoptr(GPtrArray) indexes = gsql_table_get_indexes (t);
      g_autofree char *schema = c_string (gsql_table_get_schema (t));
      g_autofree char *name = c_string (gsql_table_get_name (t));

      emit ("\n  {\n    GsqlColumn *columns[] = {\n");
      for (guint j = 0; j < gsql_table_get_n_columns (t); j++)
        {
          GsqlColumn *c = gsql_table_get_column_at (t, j);
          g_autofree char *cname = c_string (gsql_column_get_name (c));
          g_autofree char *type = c_type (gsql_column_get_sql_type (c));

          emit ("      gsql_column_new (%s, %s,", cname, type);
          if (!gsql_column_get_nullable (c))
            emit (" \"nullable\", FALSE,");
          if (gsql_column_get_primary_key (c))
            emit (" \"primary-key\", TRUE, \"autoincrement\", %s,",
                     gsql_column_get_autoincrement (c) == GSQL_AUTOINCREMENT_ALWAYS ? "GSQL_AUTOINCREMENT_ALWAYS"
                     : gsql_column_get_autoincrement (c) == GSQL_AUTOINCREMENT_NEVER ? "GSQL_AUTOINCREMENT_NEVER"
                     : "GSQL_AUTOINCREMENT_AUTO");
          if (gsql_column_get_server_default (c) != NULL)
            {
              g_autofree char *d = c_string (gsql_column_get_server_default (c));
              emit ("\n                       \"server-default\", %s,", d);
            }
          if (gsql_column_get_comment (c) != NULL)
            {
              g_autofree char *d = c_string (gsql_column_get_comment (c));
              emit ("\n                       \"comment\", %s,", d);
            }
          emit (" NULL),\n");
        }
      emit ("    };\n"
               "    t = gsql_metadata_add_table_full (md, %s, %s, columns, G_N_ELEMENTS (columns), error);\n"
               "    if (t == NULL)\n"
               "      return NULL;\n", schema, name);
      if (gsql_table_get_comment (t) != NULL)
        {
          g_autofree char *d = c_string (gsql_table_get_comment (t));
          emit ("    gsql_table_set_comment (t, %s);\n", d);
        }
      for (guint j = 0; j < constraints->len; j++)
        {
          GsqlConstraint *c = g_ptr_array_index (constraints, j);
          g_autofree char *cname = c_string (gsql_constraint_get_name (c));
          g_autofree char *cols = c_strv (gsql_constraint_get_columns (c));
          g_autofree char *make = NULL;

          switch (gsql_constraint_get_kind (c))
            {
            case GSQL_CONSTRAINT_PRIMARY_KEY:
              if (gsql_constraint_get_columns (c)[0] == NULL)
                continue;
              make = g_strdup_printf ("gsql_constraint_new_primary_key (%s, %s)", cname, cols);
              break;
            case GSQL_CONSTRAINT_UNIQUE:
              make = g_strdup_printf ("gsql_constraint_new_unique (%s, %s)", cname, cols);
              break;
            case GSQL_CONSTRAINT_CHECK:
              {
                g_autofree char *text = c_string (gsql_constraint_get_sql_text (c));
                make = g_strdup_printf ("gsql_constraint_new_check (%s, %s)", cname, text);
              }
              break;
            case GSQL_CONSTRAINT_FOREIGN_KEY:
              {
                g_autofree char *referred = c_string (gsql_constraint_get_referred_table (c));
                g_autofree char *ref_cols = c_strv (gsql_constraint_get_referred_columns (c));
                const char *on_delete = c_action (gsql_constraint_get_on_delete (c));
                const char *on_update = c_action (gsql_constraint_get_on_update (c));

                emit ("    {\n      GsqlConstraint *fk = gsql_constraint_new_foreign_key (%s, %s,\n"
                         "                                                            %s, %s);\n",
                         cname, cols, referred, ref_cols);
                if (on_delete != NULL)
                  emit ("      gsql_constraint_set_on_delete (fk, %s);\n", on_delete);
                if (on_update != NULL)
                  emit ("      gsql_constraint_set_on_update (fk, %s);\n", on_update);
                emit ("      if (!gsql_table_add_constraint (t, fk, error))\n"
                         "        return NULL;\n"
                         "    }\n");
              }
              continue;
            default:
              continue;
            }
          emit ("    if (!gsql_table_add_constraint (t, %s, error))\n      return NULL;\n", make);
        }
      for (guint j = 0; j < indexes->len; j++)
        {
          GsqlIndex *ix = g_ptr_array_index (indexes, j);
          g_autofree char *iname = c_string (gsql_index_get_name (ix));
          g_autofree char *cols = c_strv (gsql_index_get_columns (ix));

          emit ("    if (!gsql_table_add_index (t, gsql_index_new (%s, %s, %s), error))\n      return NULL;\n",
                   iname, gsql_index_get_unique (ix) ? "TRUE" : "FALSE", cols);
        }
      emit ("  }\n");
    }
  emit ("\n  return g_steal_pointer (&md);\n}\n");
  return TRUE;
}


/* --format=c --output-dir=DIR: GObject model classes, one header and
 * source pair per table, and the code that maps them. */

/* The words of a name, lower case: "user_account" and "UserAccount" both
 * give user, account. */
static GStrv
name_words (const char *name)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p;

  for (p = name; ; p++)
    {
      gboolean alnum = *p != '\0' && g_ascii_isalnum (*p);
      gboolean boundary = alnum && g_ascii_isupper (*p) && p > name && g_ascii_islower (p[-1]);

      if ((!alnum || boundary) && word->len > 0)
        {
          g_strv_builder_add (b, word->str);
          g_string_truncate (word, 0);
        }
      if (*p == '\0')
        break;
      if (alnum)
        g_string_append_c (word, g_ascii_tolower (*p));
    }
  return g_strv_builder_end (b);
}

typedef struct {
  char *camel;     /* DbUserAccount */
  char *snake;     /* db_user_account */
  char *upper;     /* USER_ACCOUNT (without the prefix) */
  char *kebab;     /* db-user-account */
} ClassNames;

static void
class_names_clear (ClassNames *n)
{
  g_free (n->camel);
  g_free (n->snake);
  g_free (n->upper);
  g_free (n->kebab);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClassNames, class_names_clear)

static void
class_names (const char *prefix, const char *table, ClassNames *out)
{
  g_auto(GStrv) pw = name_words (prefix);
  g_auto(GStrv) tw = name_words (table);
  GString *camel = g_string_new (NULL), *snake = g_string_new (NULL), *upper = g_string_new (NULL),
          *kebab = g_string_new (NULL);
  guint i;

  if (tw[0] == NULL || g_ascii_isdigit (tw[0][0]))
    {
      g_strfreev (tw);
      tw = name_words (g_strconcat ("table ", table, NULL));
    }
  for (i = 0; pw[i] != NULL; i++)
    {
      g_string_append_c (camel, g_ascii_toupper (pw[i][0]));
      g_string_append (camel, pw[i] + 1);
      g_string_append_printf (snake, "%s%s", i ? "_" : "", pw[i]);
      g_string_append_printf (kebab, "%s%s", i ? "-" : "", pw[i]);
    }
  for (i = 0; tw[i] != NULL; i++)
    {
      g_autofree char *up = g_ascii_strup (tw[i], -1);
      g_string_append_c (camel, g_ascii_toupper (tw[i][0]));
      g_string_append (camel, tw[i] + 1);
      g_string_append_printf (snake, "_%s", tw[i]);
      g_string_append_printf (kebab, "-%s", tw[i]);
      g_string_append_printf (upper, "%s%s", i ? "_" : "", up);
    }
  out->camel = g_string_free (camel, FALSE);
  out->snake = g_string_free (snake, FALSE);
  out->upper = g_string_free (upper, FALSE);
  out->kebab = g_string_free (kebab, FALSE);
}

/* A GObject property name for a column: its words joined by '-'. */
static char *
property_name (const char *column, guint index)
{
  g_auto(GStrv) w = name_words (column);
  g_autofree char *joined = g_strjoinv ("-", w);

  if (joined[0] == '\0')
    return g_strdup_printf ("column-%u", index + 1);
  if (g_ascii_isdigit (joined[0]))
    return g_strconcat ("c-", joined, NULL);
  return g_steal_pointer (&joined);
}

/* The property's GType and the C code that makes its GParamSpec. */
static const char *
property_gtype (GsqlSqlType *type, const char **gtype_macro)
{
  GType v = gsql_sql_type_get_value_type (type);

  if (v == G_TYPE_INT64)
    return *gtype_macro = "G_TYPE_INT64", "g_param_spec_int64 (\"%s\", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags)";
  if (v == G_TYPE_DOUBLE)
    return *gtype_macro = "G_TYPE_DOUBLE", "g_param_spec_double (\"%s\", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags)";
  if (v == G_TYPE_BOOLEAN)
    return *gtype_macro = "G_TYPE_BOOLEAN", "g_param_spec_boolean (\"%s\", NULL, NULL, FALSE, flags)";
  if (v == G_TYPE_DATE_TIME)
    return *gtype_macro = "G_TYPE_DATE_TIME", "g_param_spec_boxed (\"%s\", NULL, NULL, G_TYPE_DATE_TIME, flags)";
  if (v == G_TYPE_DATE)
    return *gtype_macro = "G_TYPE_DATE", "g_param_spec_boxed (\"%s\", NULL, NULL, G_TYPE_DATE, flags)";
  if (v == G_TYPE_BYTES)
    return *gtype_macro = "G_TYPE_BYTES", "g_param_spec_boxed (\"%s\", NULL, NULL, G_TYPE_BYTES, flags)";
  if (v == GSQL_TYPE_NUMERIC)
    return *gtype_macro = "GSQL_TYPE_NUMERIC", "g_param_spec_boxed (\"%s\", NULL, NULL, GSQL_TYPE_NUMERIC, flags)";
  if (v == GSQL_TYPE_TIME)
    return *gtype_macro = "GSQL_TYPE_TIME", "g_param_spec_boxed (\"%s\", NULL, NULL, GSQL_TYPE_TIME, flags)";
  return *gtype_macro = "G_TYPE_STRING", "g_param_spec_string (\"%s\", NULL, NULL, NULL, flags)";
}

static gboolean
write_file (const char *dir, const char *name, GString *text, GError **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_set_contents (path, text->str, (gssize) text->len, error);
}

/* The property names of a table's columns, in column order: each
 * column's words joined by '-', made unique within the class. */
static GPtrArray *
table_properties (GsqlTable *t)
{
  GPtrArray *props = g_ptr_array_new_with_free_func (g_free);
  guint n = gsql_table_get_n_columns (t), j;

  for (j = 0; j < n; j++)
    {
      char *pn = property_name (gsql_column_get_name (gsql_table_get_column_at (t, j)), j);
      for (guint k = 0; k < props->len; k++)
        if (g_str_equal (g_ptr_array_index (props, k), pn))
          {
            char *again = g_strdup_printf ("%s-%u", pn, j + 1);
            g_free (pn);
            pn = again;
          }
      g_ptr_array_add (props, pn);
    }
  return props;
}

/* @want, or @want-2, -3…: the first not in @used (a class's property and
 * relationship names so far), which it joins. */
static const char *
unique_member_name (GPtrArray *used, const char *want)
{
  g_autofree char *name = g_strdup (want);
  guint i, k = 1;

  for (i = 0; i < used->len; i++)
    if (g_str_equal (g_ptr_array_index (used, i), name))
      {
        g_free (name);
        name = g_strdup_printf ("%s-%u", want, ++k);
        i = (guint) -1;   /* again from the start */
      }
  g_ptr_array_add (used, g_steal_pointer (&name));
  return g_ptr_array_index (used, used->len - 1);
}

/* A table's name as a member name: its words joined by '-'. */
static char *
table_member_name (const char *table)
{
  g_auto(GStrv) w = name_words (table);
  g_autofree char *joined = g_strjoinv ("-", w);

  if (joined[0] == '\0' || g_ascii_isdigit (joined[0]))
    return g_strconcat ("table-", joined, NULL);
  return g_steal_pointer (&joined);
}

/* A relationship pair generated from a foreign key (SQLAlchemy's automap):
 * the many-to-one on the referring class and the one-to-many on the
 * referred one, each the other's back-population. */
typedef struct {
  guint child, parent;               /* indexes into the sorted tables */
  GsqlConstraint *fk;
  const char *to_one;                /* "group": owned by the used-names array */
  const char *to_many;               /* "line-item-list" */
} ModelRelationship;

static gboolean
write_models (GsqlMetaData *md, const char *source, const char *dir, const char *prefix, GError **error)
{
  g_autoptr(GPtrArray) tables = gsql_metadata_get_sorted_tables (md, error);
  g_autofree char *prefix_kebab = NULL;
  g_autofree char *prefix_snake = NULL;
  g_autofree char *upper_prefix = NULL;   /* DB, of DB_TYPE_GROUP */
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) mapping = g_string_new (NULL);
  g_autoptr(GPtrArray) all_props = NULL;   /* per table: its property names */
  g_autoptr(GPtrArray) used = NULL;        /* per table: property and relationship names */
  g_autoptr(GArray) rels = g_array_new (FALSE, TRUE, sizeof (ModelRelationship));
  guint i, j;

  if (tables == NULL)
    return FALSE;
  all_props = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  used = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (i = 0; i < tables->len; i++)
    {
      GPtrArray *props = table_properties (g_ptr_array_index (tables, i));
      GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

      for (j = 0; j < props->len; j++)
        g_ptr_array_add (names, g_strdup (g_ptr_array_index (props, j)));
      g_ptr_array_add (all_props, props);
      g_ptr_array_add (used, names);
    }
  /* Relationships from the foreign keys between the tables written: the
   * many-to-one named after its column without "-id" ("group-id":
   * "group") or else after the referred table, the one-to-many after the
   * referring table with "-list" (and "-by-" the many-to-one's name when
   * the table has several keys to the same one); a name a property or an
   * earlier relationship has takes a number. */
  for (i = 0; i < tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (tables, i);
      g_autoptr(GPtrArray) fks = gsql_table_get_foreign_keys (t);

      for (j = 0; fks != NULL && j < fks->len; j++)
        {
          GsqlConstraint *fk = g_ptr_array_index (fks, j);
          const char * const *cols = gsql_constraint_get_columns (fk);
          ModelRelationship r = { i, G_MAXUINT, fk, NULL, NULL };
          g_autofree char *one = NULL, *many = NULL, *child = NULL;

          for (guint k = 0; k < tables->len; k++)
            if (g_str_equal (gsql_table_get_name (g_ptr_array_index (tables, k)),
                             gsql_constraint_get_referred_table (fk)))
              r.parent = k;
          if (r.parent == G_MAXUINT || cols == NULL || cols[0] == NULL)
            continue;   /* refers outside what is written */
          if (cols[1] == NULL)
            {
              GPtrArray *props = g_ptr_array_index (all_props, i);
              const char *pn = "";

              for (guint c = 0; c < gsql_table_get_n_columns (t); c++)
                if (g_str_equal (gsql_column_get_name (gsql_table_get_column_at (t, c)), cols[0]))
                  pn = g_ptr_array_index (props, c);

              if (g_str_has_suffix (pn, "-id") && strlen (pn) > 3)
                one = g_strndup (pn, strlen (pn) - 3);
            }
          if (one == NULL)
            one = table_member_name (gsql_constraint_get_referred_table (fk));
          r.to_one = unique_member_name (g_ptr_array_index (used, i), one);
          child = table_member_name (gsql_table_get_name (t));
          {
            /* several keys to one table (a message's sender and recipient):
             * each list says which ("message-list-by-sender") */
            guint same = 0;
            for (guint k = 0; k < fks->len; k++)
              if (g_str_equal (gsql_constraint_get_referred_table (g_ptr_array_index (fks, k)),
                               gsql_constraint_get_referred_table (fk)))
                same++;
            many = same > 1 ? g_strconcat (child, "-list-by-", r.to_one, NULL) : g_strconcat (child, "-list", NULL);
          }
          r.to_many = unique_member_name (g_ptr_array_index (used, r.parent), many);
          g_array_append_val (rels, r);
        }
    }
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: %s", dir, g_strerror (e));
      return FALSE;
    }
  {
    g_auto(GStrv) pw = name_words (prefix);
    prefix_kebab = g_strjoinv ("-", pw);
    prefix_snake = g_strjoinv ("_", pw);
    upper_prefix = g_ascii_strup (prefix_snake, -1);
  }

  g_string_append_printf (header,
    "/* %s-schema.h: generated by gsql-reflect from a %s database */\n"
    "#pragma once\n\n#include <libsqlorm/sqlorm.h>\n\nG_BEGIN_DECLS\n\n"
    "/* The tables, as they were reflected. */\n"
    "GsqlMetaData *schema_metadata_new (GError **error);\n"
    "/* A registry with every class mapped onto its table (and the metadata\n"
    " * kept alive with it). */\n"
    "GsqlRegistry *%s_registry_new (GError **error);\n\nG_END_DECLS\n", prefix_kebab, source, prefix_snake);

  g_string_append_printf (mapping,
    "\nGsqlRegistry *\n%s_registry_new (GError **error)\n{\n"
    "  g_autoptr(GsqlMetaData) md = schema_metadata_new (error);\n"
    "  g_autoptr(GsqlRegistry) registry = NULL;\n\n"
    "  if (md == NULL)\n    return NULL;\n"
    "  registry = gsql_registry_new ();\n", prefix_snake);

  for (i = 0; i < tables->len; i++)
    {
      GsqlTable *t = g_ptr_array_index (tables, i);
      guint n = gsql_table_get_n_columns (t);
      g_auto(ClassNames) names = { 0, };
      g_autoptr(GString) h = g_string_new (NULL);
      g_autoptr(GString) c = g_string_new (NULL);
      GPtrArray *props = g_ptr_array_index (all_props, i);
      g_autofree char *file = NULL;
      g_autofree char *table_c = c_string (gsql_table_get_name (t));

      g_autofree char *table_cm = c_comment (gsql_table_get_name (t));

      class_names (prefix, gsql_table_get_name (t), &names);

      g_string_append_printf (h,
        "/* %s.h: the class of table %s, generated by gsql-reflect */\n"
        "#pragma once\n\n#include <libsqlorm/sqlorm.h>\n\nG_BEGIN_DECLS\n\n"
        "#define %s_TYPE_%s (%s_get_type ())\n"
        "G_DECLARE_FINAL_TYPE (%s, %s, %s, %s, GObject)\n\nG_END_DECLS\n",
        names.kebab, table_cm, upper_prefix, names.upper, names.snake,
        names.camel, names.snake, upper_prefix, names.upper);
      g_string_append_printf (h, "\n/* Properties (column):");
      for (j = 0; j < n; j++)
        {
          g_autofree char *col_cm = c_comment (gsql_column_get_name (gsql_table_get_column_at (t, j)));
          g_string_append_printf (h, "%s %s (%s)", j ? "," : "", (char *) g_ptr_array_index (props, j), col_cm);
        }
      g_string_append (h, " */\n");
      {
        g_autoptr(GString) list = g_string_new (NULL);

        for (j = 0; j < rels->len; j++)
          {
            ModelRelationship *r = &g_array_index (rels, ModelRelationship, j);
            g_autofree char *parent_cm = c_comment (gsql_table_get_name (g_ptr_array_index (tables, r->parent)));
            g_autofree char *child_cm = c_comment (gsql_table_get_name (g_ptr_array_index (tables, r->child)));

            if (r->child == i)
              g_string_append_printf (list, "%s %s (gsql_related_get: the %s row it refers to)",
                                      list->len ? "," : "", r->to_one, parent_cm);
            if (r->parent == i)
              g_string_append_printf (list, "%s %s (gsql_related_list: the %s rows that refer to it)",
                                      list->len ? "," : "", r->to_many, child_cm);
          }
        if (list->len > 0)
          g_string_append_printf (h, "/* Relationships:%s */\n", list->str);
      }

      g_string_append_printf (c,
        "/* %s.c: the class of table %s, generated by gsql-reflect */\n"
        "#include \"%s.h\"\n\n"
        "#define N_COLUMNS %u\n\n"
        "struct _%s {\n  GObject parent_instance;\n  GValue values[N_COLUMNS];   /* one per column, in table order */\n};\n\n"
        "G_DEFINE_FINAL_TYPE (%s, %s, G_TYPE_OBJECT)\n\n"
        "static GType\nvalue_type (guint i)\n{\n  static GType types[N_COLUMNS];\n\n  if (types[0] == 0)\n    {\n",
        names.kebab, table_cm, names.kebab, n, names.camel, names.camel, names.snake);
      for (j = 0; j < n; j++)
        {
          const char *macro;
          property_gtype (gsql_column_get_sql_type (gsql_table_get_column_at (t, j)), &macro);
          g_string_append_printf (c, "      types[%u] = %s;\n", j, macro);
        }
      g_string_append_printf (c,
        "    }\n  return types[i];\n}\n\n"
        "static void\n%s_get_property (GObject *object, guint id, GValue *value, GParamSpec *pspec)\n{\n"
        "  if (id == 0 || id > N_COLUMNS)\n    {\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);\n      return;\n    }\n"
        "  g_value_copy (&((%s *) object)->values[id - 1], value);\n}\n\n"
        "static void\n%s_set_property (GObject *object, guint id, const GValue *value, GParamSpec *pspec)\n{\n"
        "  if (id == 0 || id > N_COLUMNS)\n    {\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, id, pspec);\n      return;\n    }\n"
        "  g_value_copy (value, &((%s *) object)->values[id - 1]);\n}\n\n"
        "static void\n%s_finalize (GObject *object)\n{\n"
        "  for (guint i = 0; i < N_COLUMNS; i++)\n    g_value_unset (&((%s *) object)->values[i]);\n"
        "  G_OBJECT_CLASS (%s_parent_class)->finalize (object);\n}\n\n"
        "static void\n%s_class_init (%sClass *klass)\n{\n"
        "  GObjectClass *object_class = G_OBJECT_CLASS (klass);\n"
        "  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;\n\n"
        "  object_class->get_property = %s_get_property;\n"
        "  object_class->set_property = %s_set_property;\n"
        "  object_class->finalize = %s_finalize;\n",
        names.snake, names.camel, names.snake, names.camel, names.snake, names.camel, names.snake,
        names.snake, names.camel, names.snake, names.snake, names.snake);
      for (j = 0; j < n; j++)
        {
          const char *macro;
          const char *spec = property_gtype (gsql_column_get_sql_type (gsql_table_get_column_at (t, j)), &macro);
          g_autofree char *made = NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          made = g_strdup_printf (spec, (char *) g_ptr_array_index (props, j));
#pragma GCC diagnostic pop
          g_string_append_printf (c, "  g_object_class_install_property (object_class, %u,\n      %s);\n", j + 1, made);
        }
      g_string_append_printf (c,
        "}\n\nstatic void\n%s_init (%s *self)\n{\n"
        "  for (guint i = 0; i < N_COLUMNS; i++)\n    g_value_init (&self->values[i], value_type (i));\n}\n",
        names.snake, names.camel);

      file = g_strconcat (names.kebab, ".h", NULL);
      if (!write_file (dir, file, h, error))
        return FALSE;
      g_free (file);
      file = g_strconcat (names.kebab, ".c", NULL);
      if (!write_file (dir, file, c, error))
        return FALSE;

      /* The mapping: the class onto the reflected table; a property whose
       * name is not the column's says which column it is. */
      g_string_append_printf (mapping, "  {\n    GsqlMapper *m = gsql_registry_map_table (registry, %s_TYPE_%s,\n"
                              "                                            gsql_metadata_get_table (md, %s));\n",
                              upper_prefix, names.upper, table_c);
      for (j = 0; j < n; j++)
        {
          const char *col = gsql_column_get_name (gsql_table_get_column_at (t, j));
          g_autofree char *plain = g_strdelimit (g_strdup (g_ptr_array_index (props, j)), "-", '_');
          if (!g_str_equal (plain, col))
            {
              g_autofree char *col_c = c_string (col);
              g_string_append_printf (mapping, "    gsql_mapper_set_column (m, \"%s\", \"column-name\", %s, NULL);\n",
                                      (char *) g_ptr_array_index (props, j), col_c);
            }
        }
      g_string_append (mapping, "    (void) m;\n  }\n");
      g_string_append_printf (header, "#include \"%s.h\"\n", names.kebab);
    }
  for (j = 0; j < rels->len; j++)
    {
      ModelRelationship *r = &g_array_index (rels, ModelRelationship, j);
      GsqlTable *child = g_ptr_array_index (tables, r->child);
      GsqlTable *parent = g_ptr_array_index (tables, r->parent);
      g_auto(ClassNames) cn = { 0, };
      g_auto(ClassNames) pn = { 0, };
      g_autofree char *cols = c_strv (gsql_constraint_get_columns (r->fk));
      g_autofree char *one = c_string (r->to_one);
      g_autofree char *many = c_string (r->to_many);
      g_autofree char *col_list = g_strjoinv (", ", (char **) gsql_constraint_get_columns (r->fk));
      g_autofree char *child_cm = c_comment (gsql_table_get_name (child));
      g_autofree char *parent_cm = c_comment (gsql_table_get_name (parent));
      g_autofree char *cols_cm = c_comment (col_list);

      class_names (prefix, gsql_table_get_name (child), &cn);
      class_names (prefix, gsql_table_get_name (parent), &pn);
      g_string_append_printf (mapping,
        "  {\n    /* %s (%s) refers to %s */\n    GsqlRelationship *r;\n\n"
        "    r = gsql_mapper_add_relationship (gsql_registry_get_mapper (registry, %s_TYPE_%s), %s, %s_TYPE_%s);\n"
        "    gsql_relationship_set_foreign_keys (r, %s);\n"
        "    gsql_relationship_set_back_populates (r, %s);\n",
        child_cm, cols_cm, parent_cm,
        upper_prefix, cn.upper, one, upper_prefix, pn.upper, cols, many);
      if (r->child == r->parent)
        {
          /* self-referential: the referred columns make this side the
           * many-to-one */
          g_autofree char *remote = c_strv (gsql_constraint_get_referred_columns (r->fk));
          g_string_append_printf (mapping, "    gsql_relationship_set_remote_side (r, %s);\n", remote);
        }
      g_string_append_printf (mapping,
        "    r = gsql_mapper_add_relationship (gsql_registry_get_mapper (registry, %s_TYPE_%s), %s, %s_TYPE_%s);\n"
        "    gsql_relationship_set_foreign_keys (r, %s);\n"
        "    gsql_relationship_set_back_populates (r, %s);\n  }\n",
        upper_prefix, pn.upper, many, upper_prefix, cn.upper, cols, one);
    }
  g_string_append (mapping,
    "  /* The tables belong to the metadata: it lives as long as the registry. */\n"
    "  g_object_set_data_full (G_OBJECT (registry), \"gsql-reflect-metadata\", g_steal_pointer (&md), g_object_unref);\n"
    "  if (!gsql_registry_configure (registry, error))\n    return NULL;\n"
    "  return g_steal_pointer (&registry);\n}\n");

  {
    g_autofree char *hname = g_strconcat (prefix_kebab, "-schema.h", NULL);
    g_autofree char *cname = g_strconcat (prefix_kebab, "-schema.c", NULL);
    g_autoptr(GString) c = g_string_new (NULL);
    gboolean ok;

    if (!write_file (dir, hname, header, error))
      return FALSE;
    g_string_append_printf (c, "/* %s: generated by gsql-reflect */\n#include \"%s\"\n\n", cname, hname);
    sink = c;
    ok = print_c (md, source, error);
    sink = NULL;
    if (!ok)
      return FALSE;
    g_string_append (c, mapping->str);
    return write_file (dir, cname, c, error);
  }
}

static gboolean
print_views (GsqlInspector *inspector, const char *dialect, const char *source,
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
  g_autofree char *output_dir = NULL;
  g_autofree char *prefix = NULL;
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
      N_("Output format: sql (the default), or c for a C function that builds the tables as gsql metadata"),
      N_("FORMAT") },
    { "output-dir", 'o', 0, G_OPTION_ARG_FILENAME, &output_dir,
      N_("With --format=c: write GObject model classes, a header and source pair per table, and their mapping into this directory"),
      N_("DIR") },
    { "prefix", 'p', 0, G_OPTION_ARG_STRING, &prefix,
      N_("The namespace of the model classes (default: Db)"), N_("NAME") },
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
  if (format != NULL && !g_str_equal (format, "sql") && !g_str_equal (format, "c"))
    {
      g_printerr (_("%s: unknown output format “%s” (known: sql, c)\n"), g_get_prgname (), format);
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
  if (format != NULL && g_str_equal (format, "c") && output_dir != NULL)
    {
      if (!write_models (md, source, output_dir, prefix != NULL ? prefix : "Db", &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      return 0;
    }
  if (format != NULL && g_str_equal (format, "c"))
    {
      if (!print_c (md, source, &error))
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return 1;
        }
      return 0;
    }
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
  if (views && !print_views (inspector, dialect_name ? dialect_name : source, source,
                             only[0] != NULL ? (const char * const *) only : NULL, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return 1;
    }
  return 0;
}
