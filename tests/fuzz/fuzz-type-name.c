/* fuzz-type-name.c: native type names through reflection's type parser
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * The inspector turns the type a catalog spells (`VARCHAR(40)`,
 * `numeric(10, 2)`, `int(10) unsigned zerofill`, `timestamp(3) with time
 * zone`, MariaDB's `enum('a','b''c')`, anything SQLite was given) plus the
 * catalog's length, precision, scale and marks into a generic GsqlSqlType.
 * The parser (type_from_native() and the helpers under it) is static in
 * libsqlreflect/gsql-inspector.c, so this target compiles that file in.
 *
 * FuzzInput: a byte for the dialect, a byte of flags saying which of length,
 * precision and scale the catalog gave (one byte each follows; with its
 * top bit set it is scaled past 2^32), then the spelled name; after a NUL,
 * the extra column (MariaDB's "json" mark or PostgreSQL's enum labels,
 * separated by \037).  Checked: a type always comes back (an unknown name
 * is an opaque type holding the name as spelled), never a critical or a
 * warning; every dialect writes its DDL or fails with a GSQL_ERROR; a
 * string type has a length, an enum at least one value; and the DDL the
 * source dialect writes for a type parses back to the same kind, except
 * where that dialect has no such type (listed below).
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"

#include "libsqlreflect/gsql-inspector.c"

static gint64
take_number (FuzzInput *in)
{
  guint8 b = fuzz_take_byte (in);

  return (b & 0x80) ? (gint64) (b & 0x7f) << 28 : b;
}

/* Kinds a dialect writes as another kind: what comes back from its DDL. */
static gboolean
lossy (const char *dialect, GsqlTypeKind kind)
{
  switch (kind)
    {
    case GSQL_TYPE_KIND_OPAQUE:
    case GSQL_TYPE_KIND_ENUM:           /* a CREATE TYPE (PostgreSQL), a CHECK (SQLite) */
    case GSQL_TYPE_KIND_UNICODE_TEXT:
      return TRUE;
    case GSQL_TYPE_KIND_UUID:
    case GSQL_TYPE_KIND_INTERVAL:
    case GSQL_TYPE_KIND_JSON:
    case GSQL_TYPE_KIND_TIME:
    case GSQL_TYPE_KIND_DATE:
    case GSQL_TYPE_KIND_DATE_TIME:
    case GSQL_TYPE_KIND_BOOLEAN:
    case GSQL_TYPE_KIND_NUMERIC:
    case GSQL_TYPE_KIND_FLOAT:
    case GSQL_TYPE_KIND_SMALL_INTEGER:
    case GSQL_TYPE_KIND_BIG_INTEGER:
      /* SQLite has five storage classes; MariaDB keeps UUID as CHAR(36)
       * and intervals as something else again. */
      return !g_str_equal (dialect, "postgresql") &&
             (g_str_equal (dialect, "sqlite") || kind == GSQL_TYPE_KIND_UUID || kind == GSQL_TYPE_KIND_INTERVAL);
    default:
      return FALSE;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static const char * const dialects[] = { "sqlite", "postgresql", "mysql" };
  static gboolean fatal_set;
  FuzzInput in = { data, size };
  const char *dialect = dialects[fuzz_take_byte (&in) % G_N_ELEMENTS (dialects)];
  guint8 flags = fuzz_take_byte (&in);
  gint64 length = (flags & 1) ? take_number (&in) : -1;
  gint64 precision = (flags & 2) ? take_number (&in) : -1;
  gint64 scale = (flags & 4) ? take_number (&in) : -1;
  g_autofree char *spelled = g_strndup ((const char *) in.p, in.left);   /* stops at a NUL byte */
  g_autofree char *extra = NULL;
  g_autoptr(GsqlSqlType) type = NULL;
  GsqlTypeKind kind;

  if (!fatal_set)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      fatal_set = TRUE;
    }
  if (strlen (spelled) < in.left)
    extra = g_strndup ((const char *) in.p + strlen (spelled) + 1, in.left - strlen (spelled) - 1);
  /* The catalogs give UTF-8 text only. */
  if (!g_utf8_validate (spelled, -1, NULL) || (extra != NULL && !g_utf8_validate (extra, -1, NULL)))
    return 0;

  type = type_from_native (dialect, spelled, length, precision, scale, extra,
                           (flags & 8) && extra != NULL ? "fz_enum" : NULL, "fz_t", "fz_c");
  FUZZ_CHECK (type != NULL, "%s: no type for \"%s\"", dialect, spelled);
  g_object_ref_sink (type);
  kind = gsql_sql_type_get_kind (type);
  if (kind == GSQL_TYPE_KIND_OPAQUE)
    FUZZ_CHECK (g_strcmp0 (gsql_sql_type_get_name (type), spelled) == 0,
                "%s: opaque type \"%s\" from \"%s\"", dialect, gsql_sql_type_get_name (type), spelled);
  if (kind == GSQL_TYPE_KIND_STRING)
    FUZZ_CHECK (gsql_sql_type_get_length (type) > 0, "%s: a string type of length 0 from \"%s\"", dialect, spelled);
  if (kind == GSQL_TYPE_KIND_ENUM)
    {
      const char * const *values = gsql_sql_type_get_enum_values (type);
      FUZZ_CHECK (values != NULL && values[0] != NULL, "%s: an enum without values from \"%s\"", dialect, spelled);
    }

  for (guint d = 0; d < G_N_ELEMENTS (dialects); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *ddl = gsql_sql_type_compile (type, dialects[d], &error);

      if (ddl == NULL)
        {
          FUZZ_CHECK (error != NULL && error->domain == GSQL_ERROR, "%s: DDL failed without a GSQL_ERROR", dialects[d]);
          continue;
        }
      FUZZ_CHECK (error == NULL && *ddl != '\0', "%s: empty DDL or an error and DDL for \"%s\"", dialects[d], spelled);
      if (g_str_equal (dialects[d], dialect) && !lossy (dialect, kind))
        {
          g_autoptr(GsqlSqlType) again = g_object_ref_sink (
              type_from_native (dialect, ddl, -1, -1, -1, NULL, NULL, "fz_t", "fz_c"));
          FUZZ_CHECK (gsql_sql_type_get_kind (again) == kind, "%s: \"%s\" → %s → kind %d, not %d",
                      dialect, spelled, ddl, gsql_sql_type_get_kind (again), kind);
        }
    }
  return 0;
}
