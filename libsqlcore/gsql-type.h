/* gsql-type.h: SQL types: what a column holds, in C and in each dialect
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
 * GsqlTypeKind:
 * @GSQL_TYPE_KIND_INTEGER: a 32-bit integer (#gint64 values)
 * @GSQL_TYPE_KIND_SMALL_INTEGER: a 16-bit integer (#gint64 values)
 * @GSQL_TYPE_KIND_BIG_INTEGER: a 64-bit integer (#gint64 values)
 * @GSQL_TYPE_KIND_FLOAT: a floating-point number with a binary precision
 *   (#gdouble values)
 * @GSQL_TYPE_KIND_DOUBLE: a double-precision number (#gdouble values)
 * @GSQL_TYPE_KIND_NUMERIC: an exact decimal with precision and scale
 *   (#GsqlNumeric values)
 * @GSQL_TYPE_KIND_STRING: text of a bounded length (string values)
 * @GSQL_TYPE_KIND_TEXT: text of any length (string values)
 * @GSQL_TYPE_KIND_UNICODE_TEXT: text of any length in a Unicode column
 *   (string values)
 * @GSQL_TYPE_KIND_BOOLEAN: true or false (#gboolean values)
 * @GSQL_TYPE_KIND_DATE: a calendar date (#GDate values)
 * @GSQL_TYPE_KIND_TIME: a time of day (#GsqlTime values)
 * @GSQL_TYPE_KIND_DATE_TIME: a timestamp, with or without time zone
 *   (#GDateTime values)
 * @GSQL_TYPE_KIND_INTERVAL: a duration (#gint64 microseconds, a #GTimeSpan)
 * @GSQL_TYPE_KIND_LARGE_BINARY: bytes of any length (#GBytes values)
 * @GSQL_TYPE_KIND_UUID: a UUID (string values in the 8-4-4-4-12 form)
 * @GSQL_TYPE_KIND_JSON: a JSON document (string values holding JSON text)
 * @GSQL_TYPE_KIND_ENUM: one of a set of named values (string values)
 * @GSQL_TYPE_KIND_OPAQUE: a type gsql does not know, kept by name
 *   (string values)
 *
 * The generic SQL types.  Each is spelled per dialect in DDL.
 *
 * Since: 1.0
 */
typedef enum {
  GSQL_TYPE_KIND_INTEGER,
  GSQL_TYPE_KIND_SMALL_INTEGER,
  GSQL_TYPE_KIND_BIG_INTEGER,
  GSQL_TYPE_KIND_FLOAT,
  GSQL_TYPE_KIND_DOUBLE,
  GSQL_TYPE_KIND_NUMERIC,
  GSQL_TYPE_KIND_STRING,
  GSQL_TYPE_KIND_TEXT,
  GSQL_TYPE_KIND_UNICODE_TEXT,
  GSQL_TYPE_KIND_BOOLEAN,
  GSQL_TYPE_KIND_DATE,
  GSQL_TYPE_KIND_TIME,
  GSQL_TYPE_KIND_DATE_TIME,
  GSQL_TYPE_KIND_INTERVAL,
  GSQL_TYPE_KIND_LARGE_BINARY,
  GSQL_TYPE_KIND_UUID,
  GSQL_TYPE_KIND_JSON,
  GSQL_TYPE_KIND_ENUM,
  GSQL_TYPE_KIND_OPAQUE,
} GsqlTypeKind;

#define GSQL_TYPE_SQL_TYPE (gsql_sql_type_get_type ())

GSQL_AVAILABLE_IN_1_0
G_DECLARE_DERIVABLE_TYPE (GsqlSqlType, gsql_sql_type, GSQL, SQL_TYPE, GInitiallyUnowned)

/**
 * GsqlSqlTypeClass:
 * @parent_class: the parent class
 * @bind_value: converts a value as the program holds it into a value of
 *   the implementation type, before it is sent (SQLAlchemy's
 *   `process_bind_param`); %NULL copies the value
 * @result_value: converts a value read back as the implementation type
 *   into the value the program holds (`process_result_value`); %NULL
 *   copies it
 *
 * Subclass #GsqlSqlType to make a custom type on top of a generic one
 * (SQLAlchemy's TypeDecorator): set the implementation type with
 * gsql_sql_type_set_impl() in your init function, override the two
 * conversion functions, and set #GsqlSqlType:value-type when the
 * program's values have another #GType.  gsql_sql_type_new_custom() does
 * the same with plain function pointers.
 *
 * Since: 1.0
 */
/**
 * GsqlSqlTypeClass::bind_value:
 * @self: the custom type
 * @dialect: the dialect name ("sqlite", "postgresql", "mysql", "ansi")
 * @value: the program's value; never NULL (NULL is not converted)
 * @out: (out caller-allocates): an unset #GValue to set to a value of the
 *   implementation type
 * @error: return location for a #GError
 *
 * Converts a program value before it is bound.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */

/**
 * GsqlSqlTypeClass::result_value:
 * @self: the custom type
 * @dialect: the dialect name ("sqlite", "postgresql", "mysql", "ansi")
 * @value: the value read, as the implementation type; never NULL
 * @out: (out caller-allocates): an unset #GValue to set to the program's
 *   value
 * @error: return location for a #GError
 *
 * Converts a value read back into the program's value.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
struct _GsqlSqlTypeClass {
  GInitiallyUnownedClass parent_class;

  gboolean (*bind_value)   (GsqlSqlType   *self,
                            const char    *dialect,
                            const GValue  *value,
                            GValue        *out,
                            GError       **error);
  gboolean (*result_value) (GsqlSqlType   *self,
                            const char    *dialect,
                            const GValue  *value,
                            GValue        *out,
                            GError       **error);

  /*< private >*/
  gpointer padding[12];
};

/**
 * GsqlTypeConvertFunc:
 * @type: the custom type
 * @dialect: the dialect name ("sqlite", "postgresql", "mysql", "ansi")
 * @value: the value to convert; never NULL (an unset #GValue is NULL and
 *   is not passed to converters)
 * @out: (out caller-allocates): an uninitialized #GValue to set
 * @user_data: the data given with the function
 * @error: return location for a #GError
 *
 * Converts one value for a custom type.
 *
 * Returns: %TRUE on success
 *
 * Since: 1.0
 */
typedef gboolean (*GsqlTypeConvertFunc) (GsqlSqlType   *type,
                                         const char    *dialect,
                                         const GValue  *value,
                                         GValue        *out,
                                         gpointer       user_data,
                                         GError       **error);

GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_integer_new        (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_small_integer_new  (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_big_integer_new    (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_float_new          (guint          precision);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_double_new         (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_numeric_new        (guint          precision,
                                                guint          scale);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_string_new         (guint          length);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_text_new           (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_unicode_text_new   (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_boolean_new        (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_date_new           (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_time_new           (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_date_time_new      (gboolean       timezone);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_interval_new       (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_large_binary_new   (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_uuid_new           (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_json_new           (void);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_enum_new           (const char    *name,
                                                const char    *first_value,
                                                ...) G_GNUC_NULL_TERMINATED;
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_enum_new_v         (const char    *name,
                                                const char * const *values);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_enum_new_for_gtype (GType          enum_type);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_opaque_new         (const char    *type_name);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_new_custom         (GsqlSqlType         *impl,
                                                GType                value_type,
                                                GsqlTypeConvertFunc  bind,
                                                GsqlTypeConvertFunc  result,
                                                gpointer             user_data,
                                                GDestroyNotify       destroy);

GSQL_AVAILABLE_IN_1_0
GsqlTypeKind  gsql_sql_type_get_kind           (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
GType         gsql_sql_type_get_value_type     (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_sql_type_get_length         (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_sql_type_get_precision      (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
guint         gsql_sql_type_get_scale          (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_sql_type_get_timezone       (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
const char   *gsql_sql_type_get_name           (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
const char * const *gsql_sql_type_get_enum_values (GsqlSqlType *self);
GSQL_AVAILABLE_IN_1_0
GType         gsql_sql_type_get_enum_gtype     (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_get_impl           (GsqlSqlType   *self);
GSQL_AVAILABLE_IN_1_0
void          gsql_sql_type_set_impl           (GsqlSqlType   *self,
                                                GsqlSqlType   *impl);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_with_variant       (GsqlSqlType   *self,
                                                const char    *dialect,
                                                GsqlSqlType   *variant);
GSQL_AVAILABLE_IN_1_0
GsqlSqlType  *gsql_sql_type_for_dialect        (GsqlSqlType   *self,
                                                const char    *dialect);
GSQL_AVAILABLE_IN_1_0
char         *gsql_sql_type_compile            (GsqlSqlType   *self,
                                                const char    *dialect,
                                                GError       **error) G_GNUC_WARN_UNUSED_RESULT;
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_sql_type_bind               (GsqlSqlType   *self,
                                                const char    *dialect,
                                                const GValue  *value,
                                                GValue        *out,
                                                GError       **error);
GSQL_AVAILABLE_IN_1_0
gboolean      gsql_sql_type_result             (GsqlSqlType   *self,
                                                const char    *dialect,
                                                const GValue  *value,
                                                GValue        *out,
                                                GError       **error);

G_END_DECLS
