/* replay.c: runs a fuzz target over its seed corpus, without libFuzzer
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Usage: replay-TARGET [FILE-OR-DIRECTORY…]; with no argument, the corpus
 * directory compiled in (FUZZ_CORPUS_DIR).  Each input is run once; a
 * failed check aborts, so make check reports the target as failed.
 */
#include "config.h"

#include <glib.h>

#include "fuzz-common.h"

static guint
run_path (const char *path)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
      for (guint k = 0; k < names->len; k++)
        n += run_path (g_ptr_array_index (names, k));
      return n;
    }
  {
    g_autofree char *data = NULL;
    gsize len;

    if (!g_file_get_contents (path, &data, &len, &error))
      g_error ("%s", error->message);
    LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  }
  return 1;
}

int
main (int argc, char **argv)
{
  guint n = 0;

  if (argc > 1)
    for (int k = 1; k < argc; k++)
      n += run_path (argv[k]);
  else
    n = run_path (FUZZ_CORPUS_DIR);
  printf ("%s: %u inputs replayed\n", argv[0], n);
  return n > 0 ? 0 : 1;
}
