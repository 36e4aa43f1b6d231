/* test-i18n.c: gsql's errors speak the user's language
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Each test switches the process to French and to German (LANGUAGE=fr or
 * de over a UTF-8 locale, then setlocale (LC_ALL, "")), provokes a GError
 * from libsqlcore and compares its message with the translation.  The
 * catalogues are the ones of this tree: make check compiles po/fr.po and
 * po/de.po into GSQL_TEST_LOCALEDIR (tests/locale/LL/LC_MESSAGES/gsql-1.0.mo),
 * and the test binds the gettext domain there, after the library has bound
 * it to the installation directory on first use.
 *
 * Only libsqlcore messages that are part of its stable surface are used, so
 * that new messages elsewhere (which are translated after they land) do not
 * break this test.
 */
#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>

#include "tests/gsql-test.h"

#ifndef GSQL_TEST_LOCALEDIR
#error "GSQL_TEST_LOCALEDIR must name the directory make check compiles the catalogues into"
#endif

#define NBSP "\u00a0"

typedef enum { LANG_FR, LANG_DE, N_LANGS } Lang;

static const char *const lang_codes[N_LANGS] = { "fr", "de" };

/* LC_ALL must name a locale that exists and is not "C" (gettext ignores
 * LANGUAGE in the C locale).  C.UTF-8 is part of glibc (Debian's libc-bin)
 * and always there; the language's own locale is preferred when it is
 * installed (Debian's locales-all). */
static const char *const lang_locales[N_LANGS][4] = {
  [LANG_FR] = { "fr_FR.UTF-8", "C.UTF-8", "C.utf8", NULL },
  [LANG_DE] = { "de_DE.UTF-8", "C.UTF-8", "C.utf8", NULL },
};

/* Switches the process to @lang and makes the library's domain read this
 * tree's catalogues. */
static void
use_language (Lang lang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;
  const char *locale = NULL;
  const char *probe = "The database URL is empty";

  /* Any entry point binds the domain on first use; do that before binding
   * it ourselves, or the library's binding would win. */
  engine = gsql_engine_new ("", &error);
  ck_assert_ptr_null (engine);
  g_clear_error (&error);

  g_setenv ("LANGUAGE", lang_codes[lang], TRUE);
  for (guint i = 0; lang_locales[lang][i] != NULL && locale == NULL; i++)
    {
      g_setenv ("LC_ALL", lang_locales[lang][i], TRUE);
      locale = setlocale (LC_ALL, "");
    }
  ck_assert_msg (locale != NULL,
                 "no UTF-8 locale to run %s in: none of %s, %s exists "
                 "(install Debian's libc-bin or locales-all)",
                 lang_codes[lang], lang_locales[lang][0], lang_locales[lang][1]);

  ck_assert_ptr_nonnull (bindtextdomain (GETTEXT_PACKAGE, GSQL_TEST_LOCALEDIR));
  ck_assert_ptr_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));

  printf ("# %s: LANGUAGE=%s, LC_ALL=%s, catalogues in %s\n",
          tcase_name (), lang_codes[lang], locale, GSQL_TEST_LOCALEDIR);
  ck_assert_msg (strcmp (g_dgettext (GETTEXT_PACKAGE, probe), probe) != 0,
                 "no %s catalogue was loaded: is %s/%s/LC_MESSAGES/%s.mo built?",
                 lang_codes[lang], GSQL_TEST_LOCALEDIR, lang_codes[lang], GETTEXT_PACKAGE);
}

static void
use_no_language (void)
{
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C", TRUE);
  setlocale (LC_ALL, "");
}

static void
assert_message (const GError *error, GsqlError code, const char *expected)
{
  gsql_test_assert_error (error, code);
  printf ("#   %s\n", error->message);
  ck_assert_str_eq (error->message, expected);
}

/* A plain message: the URL gsql_engine_new() is given is empty. */
START_TEST (test_empty_url)
{
  static const char *const expected[N_LANGS] = {
    [LANG_FR] = "L'URL de base de données est vide",
    [LANG_DE] = "Die Datenbank-URL ist leer",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;

  use_language (_i);
  engine = gsql_engine_new ("", &error);
  ck_assert_ptr_null (engine);
  assert_message (error, GSQL_ERROR_INVALID_ARGUMENT, expected[_i]);
  use_no_language ();
}
END_TEST

/* A message with an argument: a URL scheme gsql does not know. */
START_TEST (test_unknown_scheme)
{
  static const char *const expected[N_LANGS] = {
    [LANG_FR] = "Schéma d'URL de base de données «" NBSP "oracle" NBSP "» inconnu" NBSP ": "
                "utilisez sqlite, postgresql, mariadb ou mysql, ou indiquez une chaîne de connexion ODBC",
    [LANG_DE] = "Unbekanntes Schema „oracle“ in der Datenbank-URL: Verwenden Sie sqlite, postgresql, "
                "mariadb oder mysql, oder geben Sie eine ODBC-Verbindungszeichenkette an",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlEngine) engine = NULL;

  use_language (_i);
  engine = gsql_engine_new ("oracle://scott:tiger@127.0.0.1:1521/orcl", &error);
  ck_assert_ptr_null (engine);
  assert_message (error, GSQL_ERROR_INVALID_ARGUMENT, expected[_i]);
  use_no_language ();
}
END_TEST

/* A plural message: an identifier too long for PostgreSQL (63 bytes). */
START_TEST (test_identifier_too_long)
{
  static const char *const expected[N_LANGS] = {
    [LANG_FR] = "L'identifiant «" NBSP "%s" NBSP "» est trop long pour postgresql" NBSP ": "
                "il compte 70 octets, 63 au plus sont autorisés",
    [LANG_DE] = "Der Bezeichner „%s“ ist für postgresql zu lang: Er hat 70 Bytes, höchstens 63 sind erlaubt",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strnfill (70, 'x');
  g_autofree char *message = NULL;
  GsqlDialect *dialect;

  use_language (_i);
  dialect = gsql_dialect_get ("postgresql");
  ck_assert_ptr_nonnull (dialect);
  ck_assert (!gsql_dialect_check_identifier (dialect, name, &error));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_printf (expected[_i], name);
#pragma GCC diagnostic pop
  assert_message (error, GSQL_ERROR_INVALID_ARGUMENT, message);
  use_no_language ();
}
END_TEST

/* A message whose arguments the translations reorder, one of them a
 * translated word with its own context: a column with an empty name. */
START_TEST (test_column_without_name)
{
  static const char *const expected[N_LANGS] = {
    [LANG_FR] = "Dans la table «" NBSP "t_i18n" NBSP "», une colonne a un nom vide",
    [LANG_DE] = "In der Tabelle „t_i18n“ hat eine Spalte einen leeren Namen",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlMetaData) md = NULL;
  GsqlTable *table;

  use_language (_i);
  md = gsql_metadata_new ();
  table = gsql_metadata_add_table (md, "t_i18n", &error,
                                   gsql_column_new ("", gsql_sql_type_integer_new (), NULL),
                                   NULL);
  ck_assert_ptr_null (table);
  assert_message (error, GSQL_ERROR_INVALID_ARGUMENT, expected[_i]);
  use_no_language ();
}
END_TEST

/* On a live database, in both languages one after the other (so switching
 * the language inside one process works too): one row expected, none came. */
START_TEST (test_no_row)
{
  static const char *const expected[N_LANGS] = {
    [LANG_FR] = "Une seule ligne était attendue, mais l'instruction n'en a renvoyé aucune",
    [LANG_DE] = "Genau eine Zeile wurde erwartet, die Anweisung hat aber keine geliefert",
  };
  GsqlTestBackend backend = gsql_test_begin (_i);
  g_autoptr(GsqlEngine) engine = gsql_test_open_engine (backend);
  g_autoptr(GsqlConnection) conn = gsql_test_connect (engine);

  gsql_test_drop_tables (conn, "t_i18n_empty", NULL);
  gsql_test_exec (conn, "CREATE TABLE t_i18n_empty (x INTEGER)");

  for (Lang lang = 0; lang < N_LANGS; lang++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GsqlResult) result = NULL;

      use_language (lang);
      result = gsql_connection_execute (conn, "SELECT x FROM t_i18n_empty", NULL, 0, NULL, &error);
      gsql_test_assert_no_error (error);
      ck_assert (!gsql_result_one (result, &error));
      assert_message (error, GSQL_ERROR_NO_RESULT, expected[lang]);
    }
  use_no_language ();

  gsql_test_drop_tables (conn, "t_i18n_empty", NULL);
}
END_TEST

int
main (int argc, char **argv)
{
  Suite *s;
  TCase *tc;

  gsql_test_init (&argc, &argv);
  s = suite_create ("core/i18n");
  tc = gsql_test_tcase_new ("core/i18n");
  tcase_add_loop_test (tc, test_empty_url, 0, N_LANGS);
  tcase_add_loop_test (tc, test_unknown_scheme, 0, N_LANGS);
  tcase_add_loop_test (tc, test_identifier_too_long, 0, N_LANGS);
  tcase_add_loop_test (tc, test_column_without_name, 0, N_LANGS);
  gsql_test_add_backend_test (tc, test_no_row, GSQL_TEST_ALL_BACKENDS, NULL);
  suite_add_tcase (s, tc);
  return gsql_test_run_suite (s);
}
