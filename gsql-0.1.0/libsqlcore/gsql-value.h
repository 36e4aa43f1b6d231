/* gsql-value.h: value types that GLib lacks: exact decimals and times of day
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#pragma once

#if !defined (GSQL_CORE_INSIDE) && !defined (GSQL_CORE_COMPILATION)
#error "Only <libsqlcore/sqlcore.h> can be included directly."
#endif

#include <glib-object.h>
#include "gsql-version-macros.h"

G_BEGIN_DECLS

/**
 * GsqlNumeric:
 *
 * An exact decimal number, as SQL's NUMERIC and DECIMAL hold it.  It is kept
 * as its canonical decimal text (`-12.50`), so no digit is ever lost through
 * a double.  Immutable and reference counted.
 *
 * Since: 1.0
 */
typedef struct _GsqlNumeric GsqlNumeric;

#define GSQL_TYPE_NUMERIC (gsql_numeric_get_type ())

GSQL_AVAILABLE_IN_1_0
GType         gsql_numeric_get_type        (void) G_GNUC_CONST;
GSQL_AVAILABLE_IN_1_0
GsqlNumeric  *gsql_numeric_new_from_string (const char   *text,
                                            GError      **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlNumeric  *gsql_numeric_new_from_int64  (gint64        value) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlNumeric  *gsql_numeric_ref             (GsqlNumeric  *numeric);
GSQL_AVAILABLE_IN_1_0
void          gsql_numeric_unref           (GsqlNumeric  *numeric);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_numeric_to_string       (const GsqlNumeric *numeric);
GSQL_AVAILABLE_IN_1_0
double        gsql_numeric_to_double       (const GsqlNumeric *numeric);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_numeric_equal           (const GsqlNumeric *a,
                                            const GsqlNumeric *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsqlNumeric, gsql_numeric_unref)

/**
 * GsqlTime:
 *
 * A time of day without a date or time zone, as SQL's TIME holds it, with
 * microsecond precision.  Immutable and reference counted.
 *
 * Since: 1.0
 */
typedef struct _GsqlTime GsqlTime;

#define GSQL_TYPE_TIME (gsql_time_get_type ())

GSQL_AVAILABLE_IN_1_0
GType         gsql_time_get_type           (void) G_GNUC_CONST;
GSQL_AVAILABLE_IN_1_0
GsqlTime     *gsql_time_new                (guint         hour,
                                            guint         minute,
                                            guint         second,
                                            guint         microsecond) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
GsqlTime     *gsql_time_ref                (GsqlTime     *time_);
GSQL_AVAILABLE_IN_1_0
void          gsql_time_unref              (GsqlTime     *time_);
GSQL_AVAILABLE_IN_1_0
guint         gsql_time_get_hour           (const GsqlTime *time_);
GSQL_AVAILABLE_IN_1_0
guint         gsql_time_get_minute         (const GsqlTime *time_);
GSQL_AVAILABLE_IN_1_0
guint         gsql_time_get_second         (const GsqlTime *time_);
GSQL_AVAILABLE_IN_1_0
guint         gsql_time_get_microsecond    (const GsqlTime *time_);
GSQL_AVAILABLE_IN_1_0
char         *gsql_time_to_string          (const GsqlTime *time_) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_time_equal              (const GsqlTime *a,
                                            const GsqlTime *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsqlTime, gsql_time_unref)

G_END_DECLS
