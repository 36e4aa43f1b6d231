/* gsql-type.c: SQL types: what a column holds, in C and in each dialect
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-type
 * @title: GsqlSqlType
 * @short_description: generic SQL types, custom types and variants
 *
 * A #GsqlSqlType says what a column holds: its kind (integer, string,
 * timestamp…), its parameters (length, precision and scale, time zone,
 * enum values), the #GType of the values a program reads and writes
 * (#GsqlSqlType:value-type), how each dialect spells it in DDL
 * (gsql_sql_type_compile()), and how values convert on their way to the
 * database and back (gsql_sql_type_bind(), gsql_sql_type_result()).
 *
 * Types are floating references, so they can be passed straight to a
 * column:
 *
 * |[<!-- language="C" -->
 * gsql_column_new ("price", gsql_sql_type_numeric_new (10, 2), NULL);
 * gsql_column_new ("doc", gsql_sql_type_with_variant (gsql_sql_type_text_new (), "postgresql",
 *                                                     gsql_sql_type_json_new ()), NULL);
 * ]|
 *
 * A custom type (SQLAlchemy's TypeDecorator) stores values through a
 * generic implementation type and converts them on the way in and out,
 * either by subclassing #GsqlSqlType and overriding
 * #GsqlSqlTypeClass.bind_value and #GsqlSqlTypeClass.result_value, or with
 * gsql_sql_type_new_custom():
 *
 * |[<!-- language="C" -->
 * static gboolean
 * point_bind (GsqlSqlType *type, const char *dialect, const GValue *in,
 *             GValue *out, gpointer data, GError **error)
 * {
 *   const DemoPoint *p = g_value_get_boxed (in);
 *   g_value_init (out, G_TYPE_STRING);
 *   g_value_take_string (out, g_strdup_printf ("%d,%d", p->x, p->y));
 *   return TRUE;
 * }
 * …
 * GsqlSqlType *point = gsql_sql_type_new_custom (gsql_sql_type_string_new (40),
 *                                                DEMO_TYPE_POINT,
 *                                                point_bind, point_result,
 *                                                NULL, NULL);
 * ]|
 *
 * Value conventions: integers of every size are #gint64; an interval is a
 * #GTimeSpan (#gint64 microseconds); a UUID and a JSON document are
 * strings; an enum is a string, or the values of a #GEnum type for
 * gsql_sql_type_enum_new_for_gtype(); a timestamp is a #GDateTime, stored
 * as UTC.  SQL NULL is an unset #GValue throughout.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gsql-core-private.h"

typedef struct {
  GsqlTypeKind kind;
  guint length;
  guint precision;
  guint scale;
  gboolean timezone;
  char *name;
  GStrv enum_values;
  GType enum_gtype;
  GType value_type;
  GsqlSqlType *impl;
  GHashTable *variants;     /* dialect name → GsqlSqlType */
  GsqlTypeConvertFunc bind;
  GsqlTypeConvertFunc result;
  gpointer user_data;
  GDestroyNotify destroy;
  gint shape_id;            /* (atomic) 0 until _gsql_sql_type_shape_id() */
} GsqlSqlTypePrivate;

enum {
  PROP_0,
  PROP_KIND,
  PROP_VALUE_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * GsqlSqlType:
 *
 * A SQL type: a generic kind (integer, string, timestamp…) with its
 * length, precision and per-dialect variants, converting values between
 * the program and the database.  Subclass it for custom types.
 *
 * Since: 1.0
 */
G_DEFINE_TYPE_WITH_PRIVATE (GsqlSqlType, gsql_sql_type, G_TYPE_INITIALLY_UNOWNED)

static void
gsql_sql_type_finalize (GObject *object)
{
  GsqlSqlType *self = GSQL_SQL_TYPE (object);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  if (priv->destroy != NULL)
    priv->destroy (priv->user_data);
  g_clear_object (&priv->impl);
  g_clear_pointer (&priv->variants, g_hash_table_unref);
  g_strfreev (priv->enum_values);
  g_free (priv->name);

  G_OBJECT_CLASS (gsql_sql_type_parent_class)->finalize (object);
}

static void
gsql_sql_type_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GsqlSqlType *self = GSQL_SQL_TYPE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, gsql_sql_type_get_kind (self)); break;
    case PROP_VALUE_TYPE: g_value_set_gtype (value, gsql_sql_type_get_value_type (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_sql_type_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GsqlSqlType *self = GSQL_SQL_TYPE (object);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_VALUE_TYPE: priv->value_type = g_value_get_gtype (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gsql_sql_type_class_init (GsqlSqlTypeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gsql_sql_type_finalize;
  object_class->get_property = gsql_sql_type_get_property;
  object_class->set_property = gsql_sql_type_set_property;

  /**
   * GsqlSqlType:kind:
   *
   * The generic kind; a custom type reports its implementation's.
   *
   * Since: 1.0
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, GSQL_TYPE_TYPE_KIND, GSQL_TYPE_KIND_OPAQUE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * GsqlSqlType:value-type:
   *
   * The #GType of the values a program reads and writes, or
   * %G_TYPE_INVALID for the kind's own (see gsql_sql_type_get_value_type()).
   *
   * Since: 1.0
   */
  properties[PROP_VALUE_TYPE] =
    g_param_spec_gtype ("value-type", NULL, NULL, G_TYPE_NONE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gsql_sql_type_init (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->kind = GSQL_TYPE_KIND_OPAQUE;
}

static GsqlSqlType *
new_kind (GsqlTypeKind kind)
{
  GsqlSqlType *self = g_object_new (GSQL_TYPE_SQL_TYPE, NULL);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->kind = kind;
  return self;
}

/**
 * gsql_sql_type_integer_new:
 *
 * Returns: (transfer floating): an INTEGER type (32-bit; values are #gint64)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_integer_new (void)
{
  return new_kind (GSQL_TYPE_KIND_INTEGER);
}

/**
 * gsql_sql_type_small_integer_new:
 *
 * Returns: (transfer floating): a SMALLINT type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_small_integer_new (void)
{
  return new_kind (GSQL_TYPE_KIND_SMALL_INTEGER);
}

/**
 * gsql_sql_type_big_integer_new:
 *
 * Returns: (transfer floating): a BIGINT type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_big_integer_new (void)
{
  return new_kind (GSQL_TYPE_KIND_BIG_INTEGER);
}

/**
 * gsql_sql_type_float_new:
 * @precision: the binary precision in bits, or 0 for the default
 *
 * Returns: (transfer floating): a FLOAT type (values are #gdouble)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_float_new (guint precision)
{
  GsqlSqlType *self = new_kind (GSQL_TYPE_KIND_FLOAT);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->precision = precision;
  return self;
}

/**
 * gsql_sql_type_double_new:
 *
 * Returns: (transfer floating): a double-precision type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_double_new (void)
{
  return new_kind (GSQL_TYPE_KIND_DOUBLE);
}

/**
 * gsql_sql_type_numeric_new:
 * @precision: total digits, or 0 for the database's default
 * @scale: digits after the decimal point
 *
 * An exact decimal.  Values are #GsqlNumeric and never pass through a
 * double on their way to or from the database.  (SQLite itself stores
 * NUMERIC columns as 64-bit integers or doubles, exact to 15 significant
 * digits.)
 *
 * Returns: (transfer floating): a NUMERIC type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_numeric_new (guint precision,
                           guint scale)
{
  GsqlSqlType *self = new_kind (GSQL_TYPE_KIND_NUMERIC);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->precision = precision;
  priv->scale = scale;
  return self;
}

/**
 * gsql_sql_type_string_new:
 * @length: the maximum length in characters, or 0 for none (MySQL and
 *   MariaDB need one in DDL)
 *
 * Returns: (transfer floating): a VARCHAR type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_string_new (guint length)
{
  GsqlSqlType *self = new_kind (GSQL_TYPE_KIND_STRING);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->length = length;
  return self;
}

/**
 * gsql_sql_type_text_new:
 *
 * Returns: (transfer floating): a type for text of any length
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_text_new (void)
{
  return new_kind (GSQL_TYPE_KIND_TEXT);
}

/**
 * gsql_sql_type_unicode_text_new:
 *
 * Returns: (transfer floating): a type for Unicode text of any length
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_unicode_text_new (void)
{
  return new_kind (GSQL_TYPE_KIND_UNICODE_TEXT);
}

/**
 * gsql_sql_type_boolean_new:
 *
 * Returns: (transfer floating): a BOOLEAN type (TINYINT(1) on MariaDB)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_boolean_new (void)
{
  return new_kind (GSQL_TYPE_KIND_BOOLEAN);
}

/**
 * gsql_sql_type_date_new:
 *
 * Returns: (transfer floating): a DATE type (values are #GDate)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_date_new (void)
{
  return new_kind (GSQL_TYPE_KIND_DATE);
}

/**
 * gsql_sql_type_time_new:
 *
 * Returns: (transfer floating): a TIME type (values are #GsqlTime)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_time_new (void)
{
  return new_kind (GSQL_TYPE_KIND_TIME);
}

/**
 * gsql_sql_type_date_time_new:
 * @timezone: whether the database column keeps a time zone (PostgreSQL's
 *   TIMESTAMP WITH TIME ZONE)
 *
 * A timestamp.  Values are #GDateTime; gsql stores them as UTC, so the
 * instant survives with or without @timezone.
 *
 * Returns: (transfer floating): a timestamp type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_date_time_new (gboolean timezone)
{
  GsqlSqlType *self = new_kind (GSQL_TYPE_KIND_DATE_TIME);
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  priv->timezone = !!timezone;
  return self;
}

/**
 * gsql_sql_type_interval_new:
 *
 * A duration: INTERVAL on PostgreSQL, a BIGINT count of microseconds
 * elsewhere.  Values are #GTimeSpan (#gint64 microseconds).
 *
 * Returns: (transfer floating): an interval type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_interval_new (void)
{
  return new_kind (GSQL_TYPE_KIND_INTERVAL);
}

/**
 * gsql_sql_type_large_binary_new:
 *
 * Returns: (transfer floating): a type for bytes of any length (values
 *   are #GBytes)
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_large_binary_new (void)
{
  return new_kind (GSQL_TYPE_KIND_LARGE_BINARY);
}

/**
 * gsql_sql_type_uuid_new:
 *
 * A UUID: native on PostgreSQL, CHAR(32) hex digits elsewhere.  Values are
 * strings; any case, with or without dashes or braces, is accepted, and
 * values come back as lowercase 8-4-4-4-12.
 *
 * Returns: (transfer floating): a UUID type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_uuid_new (void)
{
  return new_kind (GSQL_TYPE_KIND_UUID);
}

/**
 * gsql_sql_type_json_new:
 *
 * A JSON document: JSONB on PostgreSQL, JSON elsewhere.  Values are
 * strings holding JSON text.
 *
 * Returns: (transfer floating): a JSON type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_json_new (void)
{
  return new_kind (GSQL_TYPE_KIND_JSON);
}

/**
 * gsql_sql_type_enum_new_v: (rename-to gsql_sql_type_enum_new)
 * @name: (nullable): the type's name (required on PostgreSQL, where it
 *   becomes a `CREATE TYPE`)
 * @values: (array zero-terminated=1): the allowed values
 *
 * An enumeration of named values: a native ENUM on PostgreSQL and
 * MariaDB, a string with a CHECK constraint on SQLite.
 *
 * Returns: (transfer floating): an enum type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_enum_new_v (const char         *name,
                          const char * const *values)
{
  GsqlSqlType *self;
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (values != NULL && values[0] != NULL, NULL);

  self = new_kind (GSQL_TYPE_KIND_ENUM);
  priv = gsql_sql_type_get_instance_private (self);
  priv->name = g_strdup (name);
  priv->enum_values = g_strdupv ((char **) values);
  return self;
}

/**
 * gsql_sql_type_enum_new: (skip)
 * @name: (nullable): the type's name
 * @first_value: the first allowed value
 * @...: more values, ending with %NULL
 *
 * Varargs form of gsql_sql_type_enum_new_v().
 *
 * Returns: (transfer floating): an enum type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_enum_new (const char *name,
                        const char *first_value,
                        ...)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  const char *v;
  va_list ap;

  g_return_val_if_fail (first_value != NULL, NULL);

  va_start (ap, first_value);
  for (v = first_value; v != NULL; v = va_arg (ap, const char *))
    g_strv_builder_add (b, v);
  va_end (ap);
  values = g_strv_builder_end (b);
  return gsql_sql_type_enum_new_v (name, (const char * const *) values);
}

/**
 * gsql_sql_type_enum_new_for_gtype:
 * @enum_type: a #GEnum type
 *
 * An enum type whose values are the nicks of @enum_type and whose program
 * values are of @enum_type.  Its name is the GType's name in lowercase.
 *
 * Returns: (transfer floating): an enum type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_enum_new_for_gtype (GType enum_type)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  g_autofree char *name = NULL;
  GsqlSqlType *self;
  GsqlSqlTypePrivate *priv;
  guint i;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  for (i = 0; i < klass->n_values; i++)
    g_strv_builder_add (b, klass->values[i].value_nick);
  values = g_strv_builder_end (b);
  name = g_ascii_strdown (g_type_name (enum_type), -1);
  self = gsql_sql_type_enum_new_v (name, (const char * const *) values);
  priv = gsql_sql_type_get_instance_private (self);
  priv->enum_gtype = enum_type;
  return self;
}

/**
 * gsql_sql_type_opaque_new:
 * @type_name: the database's own name for the type
 *
 * A type gsql does not model, kept by name (as reflection finds it) and
 * written back verbatim in DDL.  Values pass through as the driver gives
 * them.
 *
 * Returns: (transfer floating): an opaque type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_opaque_new (const char *type_name)
{
  GsqlSqlType *self;
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (type_name != NULL, NULL);

  self = new_kind (GSQL_TYPE_KIND_OPAQUE);
  priv = gsql_sql_type_get_instance_private (self);
  priv->name = g_strdup (type_name);
  return self;
}

/**
 * gsql_sql_type_new_custom: (skip)
 * @impl: the generic type that stores the values
 * @value_type: the #GType of the program's values
 * @bind: (scope notified) (nullable): converts a program value into a value
 *   of @impl; %NULL copies
 * @result: (scope notified) (nullable): converts a value read as @impl
 *   into a program value; %NULL copies
 * @user_data: (closure): data for the functions
 * @destroy: (destroy user_data) (nullable): frees @user_data with the type
 *
 * A custom type on top of @impl (SQLAlchemy's TypeDecorator).
 *
 * Language bindings do not see this function (its two functions share one
 * @user_data, which introspection cannot express): they subclass
 * #GsqlSqlType, call gsql_sql_type_set_impl() and override
 * #GsqlSqlTypeClass.bind_value and #GsqlSqlTypeClass.result_value.
 *
 * Returns: (transfer floating): the custom type
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_new_custom (GsqlSqlType         *impl,
                          GType                value_type,
                          GsqlTypeConvertFunc  bind,
                          GsqlTypeConvertFunc  result,
                          gpointer             user_data,
                          GDestroyNotify       destroy)
{
  GsqlSqlType *self;
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (impl), NULL);

  self = g_object_new (GSQL_TYPE_SQL_TYPE, "value-type", value_type, NULL);
  priv = gsql_sql_type_get_instance_private (self);
  gsql_sql_type_set_impl (self, impl);
  priv->bind = bind;
  priv->result = result;
  priv->user_data = user_data;
  priv->destroy = destroy;
  return self;
}

/**
 * gsql_sql_type_set_impl:
 * @self: a custom #GsqlSqlType
 * @impl: (transfer floating): the generic type that stores its values
 *
 * Makes @self a custom type stored as @impl.  Call it from a subclass's
 * init function.
 *
 * Since: 1.0
 */
void
gsql_sql_type_set_impl (GsqlSqlType *self,
                        GsqlSqlType *impl)
{
  GsqlSqlTypePrivate *priv;

  g_return_if_fail (GSQL_IS_SQL_TYPE (self));
  g_return_if_fail (GSQL_IS_SQL_TYPE (impl));
  g_return_if_fail (impl != self);

  priv = gsql_sql_type_get_instance_private (self);
  g_object_ref_sink (impl);
  g_clear_object (&priv->impl);
  priv->impl = impl;
}

/**
 * gsql_sql_type_get_impl:
 * @self: a #GsqlSqlType
 *
 * Returns: (transfer none) (nullable): the implementation of a custom
 *   type, or %NULL for a generic one
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_get_impl (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);
  priv = gsql_sql_type_get_instance_private (self);
  return priv->impl;
}

/* The generic type at the bottom of a chain of custom types. */
static GsqlSqlTypePrivate *
base_priv (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  while (priv->impl != NULL)
    priv = gsql_sql_type_get_instance_private (priv->impl);
  return priv;
}

/**
 * gsql_sql_type_get_kind:
 * @self: a #GsqlSqlType
 *
 * Returns: the generic kind (a custom type's implementation's)
 *
 * Since: 1.0
 */
GsqlTypeKind
gsql_sql_type_get_kind (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), GSQL_TYPE_KIND_OPAQUE);
  return base_priv (self)->kind;
}

static GType
kind_value_type (GsqlSqlTypePrivate *priv)
{
  switch (priv->kind)
    {
    case GSQL_TYPE_KIND_INTEGER:
    case GSQL_TYPE_KIND_SMALL_INTEGER:
    case GSQL_TYPE_KIND_BIG_INTEGER:
    case GSQL_TYPE_KIND_INTERVAL:
      return G_TYPE_INT64;
    case GSQL_TYPE_KIND_FLOAT:
    case GSQL_TYPE_KIND_DOUBLE:
      return G_TYPE_DOUBLE;
    case GSQL_TYPE_KIND_NUMERIC:
      return GSQL_TYPE_NUMERIC;
    case GSQL_TYPE_KIND_BOOLEAN:
      return G_TYPE_BOOLEAN;
    case GSQL_TYPE_KIND_DATE:
      return G_TYPE_DATE;
    case GSQL_TYPE_KIND_TIME:
      return GSQL_TYPE_TIME;
    case GSQL_TYPE_KIND_DATE_TIME:
      return G_TYPE_DATE_TIME;
    case GSQL_TYPE_KIND_LARGE_BINARY:
      return G_TYPE_BYTES;
    case GSQL_TYPE_KIND_ENUM:
      return priv->enum_gtype != 0 ? priv->enum_gtype : G_TYPE_STRING;
    case GSQL_TYPE_KIND_STRING:
    case GSQL_TYPE_KIND_TEXT:
    case GSQL_TYPE_KIND_UNICODE_TEXT:
    case GSQL_TYPE_KIND_UUID:
    case GSQL_TYPE_KIND_JSON:
    case GSQL_TYPE_KIND_OPAQUE:
    default:
      return G_TYPE_STRING;
    }
}

/**
 * gsql_sql_type_get_value_type:
 * @self: a #GsqlSqlType
 *
 * The #GType of the values a program reads and writes through this type:
 * #gint64 for integers and intervals, #gdouble, #GsqlNumeric, #gboolean,
 * #GDate, #GsqlTime, #GDateTime, #GBytes, a string for text, UUIDs, JSON
 * and enums (or the #GEnum type), or a custom type's own.
 *
 * Returns: the value type
 *
 * Since: 1.0
 */
GType
gsql_sql_type_get_value_type (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), G_TYPE_INVALID);

  priv = gsql_sql_type_get_instance_private (self);
  if (priv->value_type != G_TYPE_NONE && priv->value_type != G_TYPE_INVALID)
    return priv->value_type;
  if (priv->impl != NULL)
    return gsql_sql_type_get_value_type (priv->impl);
  return kind_value_type (priv);
}

/**
 * gsql_sql_type_get_length:
 * @self: a #GsqlSqlType
 *
 * Returns: the length of a string type, 0 when unbounded
 *
 * Since: 1.0
 */
guint
gsql_sql_type_get_length (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), 0);
  return base_priv (self)->length;
}

/**
 * gsql_sql_type_get_precision:
 * @self: a #GsqlSqlType
 *
 * Returns: the precision of a numeric or float type, 0 for the default
 *
 * Since: 1.0
 */
guint
gsql_sql_type_get_precision (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), 0);
  return base_priv (self)->precision;
}

/**
 * gsql_sql_type_get_scale:
 * @self: a #GsqlSqlType
 *
 * Returns: the scale of a numeric type
 *
 * Since: 1.0
 */
guint
gsql_sql_type_get_scale (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), 0);
  return base_priv (self)->scale;
}

/**
 * gsql_sql_type_get_timezone:
 * @self: a #GsqlSqlType
 *
 * Returns: whether a timestamp type keeps a time zone
 *
 * Since: 1.0
 */
gboolean
gsql_sql_type_get_timezone (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), FALSE);
  return base_priv (self)->timezone;
}

/**
 * gsql_sql_type_get_name:
 * @self: a #GsqlSqlType
 *
 * Returns: (nullable): the name of an enum or opaque type
 *
 * Since: 1.0
 */
const char *
gsql_sql_type_get_name (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);
  return base_priv (self)->name;
}

/**
 * gsql_sql_type_get_enum_values:
 * @self: a #GsqlSqlType
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the values
 *   of an enum type
 *
 * Since: 1.0
 */
const char * const *
gsql_sql_type_get_enum_values (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);
  return (const char * const *) base_priv (self)->enum_values;
}

/**
 * gsql_sql_type_get_enum_gtype:
 * @self: a #GsqlSqlType
 *
 * Returns: the #GEnum type of an enum made with
 *   gsql_sql_type_enum_new_for_gtype(), else %G_TYPE_INVALID
 *
 * Since: 1.0
 */
GType
gsql_sql_type_get_enum_gtype (GsqlSqlType *self)
{
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), G_TYPE_INVALID);
  return base_priv (self)->enum_gtype;
}

/**
 * gsql_sql_type_with_variant:
 * @self: a #GsqlSqlType
 * @dialect: a dialect name ("sqlite", "postgresql", "mysql")
 * @variant: (transfer floating): the type to use on that dialect
 *
 * Uses @variant instead of @self on one dialect, as SQLAlchemy's
 * `with_variant()`.
 *
 * Returns: (transfer none): @self, for chaining
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_with_variant (GsqlSqlType *self,
                            const char  *dialect,
                            GsqlSqlType *variant)
{
  GsqlSqlTypePrivate *priv;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);
  g_return_val_if_fail (dialect != NULL, self);
  g_return_val_if_fail (GSQL_IS_SQL_TYPE (variant), self);

  priv = gsql_sql_type_get_instance_private (self);
  if (priv->variants == NULL)
    priv->variants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (g_str_equal (dialect, "mariadb"))
    dialect = "mysql";
  else if (g_str_equal (dialect, "postgres"))
    dialect = "postgresql";
  g_hash_table_replace (priv->variants, g_strdup (dialect), g_object_ref_sink (variant));
  return self;
}

/**
 * gsql_sql_type_for_dialect:
 * @self: a #GsqlSqlType
 * @dialect: a dialect name
 *
 * Returns: (transfer none): the variant of @self for @dialect, or @self
 *
 * Since: 1.0
 */
GsqlSqlType *
gsql_sql_type_for_dialect (GsqlSqlType *self,
                           const char  *dialect)
{
  GsqlSqlTypePrivate *priv;
  GsqlSqlType *v;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);

  priv = gsql_sql_type_get_instance_private (self);
  if (priv->variants == NULL || dialect == NULL)
    return self;
  if (g_str_equal (dialect, "mariadb"))
    dialect = "mysql";
  else if (g_str_equal (dialect, "postgres"))
    dialect = "postgresql";
  v = g_hash_table_lookup (priv->variants, dialect);
  return v != NULL ? v : self;
}

/**
 * gsql_sql_type_compile:
 * @self: a #GsqlSqlType
 * @dialect: a dialect name
 * @error: return location for a #GError
 *
 * Spells the type for DDL in a dialect (see gsql_dialect_compile_type()).
 *
 * Returns: (transfer full): the type's DDL, or %NULL with @error set
 *
 * Since: 1.0
 */
char *
gsql_sql_type_compile (GsqlSqlType  *self,
                       const char   *dialect,
                       GError      **error)
{
  GsqlDialect *d;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), NULL);

  _gsql_core_init ();
  d = gsql_dialect_get (dialect);
  if (d == NULL)
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("Unknown SQL dialect “%s”"), dialect ? dialect : "(null)");
      return NULL;
    }
  return gsql_dialect_compile_type (d, self, error);
}

/* Value conversion of the generic kinds */

static gboolean
type_error (GError **error, GsqlSqlTypePrivate *priv, const GValue *value)
{
  GEnumClass *klass = g_type_class_ref (GSQL_TYPE_TYPE_KIND);
  GEnumValue *ev = g_enum_get_value (klass, priv->kind);

  g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
               _("A value of type %s cannot be stored in a column of type %s"),
               G_VALUE_TYPE_NAME (value), ev ? ev->value_nick : "?");
  g_type_class_unref (klass);
  return FALSE;
}

static gboolean
get_int64 (const GValue *v, gint64 *out)
{
  GType t = G_VALUE_TYPE (v);

  if (t == G_TYPE_INT64) *out = g_value_get_int64 (v);
  else if (t == G_TYPE_INT) *out = g_value_get_int (v);
  else if (t == G_TYPE_UINT) *out = g_value_get_uint (v);
  else if (t == G_TYPE_LONG) *out = g_value_get_long (v);
  else if (t == G_TYPE_ULONG) *out = (gint64) g_value_get_ulong (v);
  else if (t == G_TYPE_UINT64 && g_value_get_uint64 (v) <= G_MAXINT64) *out = (gint64) g_value_get_uint64 (v);
  else if (t == G_TYPE_BOOLEAN) *out = g_value_get_boolean (v);
  else if (t == G_TYPE_CHAR) *out = g_value_get_schar (v);
  else if (t == G_TYPE_UCHAR) *out = g_value_get_uchar (v);
  else if (G_TYPE_IS_ENUM (t)) *out = g_value_get_enum (v);
  else if (G_TYPE_IS_FLAGS (t)) *out = g_value_get_flags (v);
  else if (t == G_TYPE_STRING && g_value_get_string (v) != NULL)
    {
      char *end = NULL;
      const char *s = g_value_get_string (v);
      gint64 x = g_ascii_strtoll (s, &end, 10);
      if (end == s || *end != '\0')
        return FALSE;
      *out = x;
    }
  else if (t == GSQL_TYPE_NUMERIC && g_value_get_boxed (v) != NULL)
    {
      char *end = NULL;
      const char *s = gsql_numeric_to_string (g_value_get_boxed (v));
      *out = g_ascii_strtoll (s, &end, 10);
    }
  else if (t == G_TYPE_DOUBLE) *out = (gint64) g_value_get_double (v);
  else
    return FALSE;
  return TRUE;
}

static gboolean
get_double (const GValue *v, double *out)
{
  gint64 i;
  GType t = G_VALUE_TYPE (v);

  if (t == G_TYPE_DOUBLE) *out = g_value_get_double (v);
  else if (t == G_TYPE_FLOAT) *out = g_value_get_float (v);
  else if (t == GSQL_TYPE_NUMERIC && g_value_get_boxed (v) != NULL)
    *out = gsql_numeric_to_double (g_value_get_boxed (v));
  else if (t == G_TYPE_STRING && g_value_get_string (v) != NULL)
    {
      char *end = NULL;
      *out = g_ascii_strtod (g_value_get_string (v), &end);
      if (end == g_value_get_string (v) || *end != '\0')
        return FALSE;
    }
  else if (get_int64 (v, &i)) *out = (double) i;
  else
    return FALSE;
  return TRUE;
}

/* Canonical lowercase 32 hex digits of a UUID in any usual form. */
static gboolean
uuid_hex (const char *s, char hex[33])
{
  guint n = 0;
  const char *p;

  for (p = s; *p; p++)
    {
      if (*p == '-' || *p == '{' || *p == '}')
        continue;
      if (!g_ascii_isxdigit (*p) || n >= 32)
        return FALSE;
      hex[n++] = g_ascii_tolower (*p);
    }
  hex[n] = '\0';
  return n == 32;
}

static char *
uuid_dashed (const char hex[33])
{
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12, hex + 16, hex + 20);
}

/* PostgreSQL's interval text ("1 year 2 mons 3 days 04:05:06.5", "-00:00:01",
 * "@ 1 day", ISO forms are not used by default) to microseconds.  Months
 * count 30 days and years 12 months, as PostgreSQL's justify functions do. */
static gboolean
parse_pg_interval (const char *s, gint64 *out)
{
  gint64 total = 0;
  const char *p = s;

  while (*p)
    {
      gboolean neg = FALSE;
      char *end;

      while (*p == ' ' || *p == '@')
        p++;
      if (!*p)
        break;
      if (*p == '-' || *p == '+')
        neg = (*p++ == '-');
      if (strchr (p, ':') != NULL && (end = strchr (p, ' ')) == NULL &&
          g_ascii_isdigit (*p))
        {
          /* The time part: HH:MM:SS[.ffffff] */
          guint64 h = g_ascii_strtoull (p, &end, 10);
          guint64 m = 0, sec = 0, usec = 0;
          if (*end != ':')
            return FALSE;
          m = g_ascii_strtoull (end + 1, &end, 10);
          if (*end == ':')
            sec = g_ascii_strtoull (end + 1, &end, 10);
          if (*end == '.')
            {
              int digits = 0;
              end++;
              while (g_ascii_isdigit (*end))
                {
                  if (digits < 6)
                    {
                      usec = usec * 10 + (guint64) (*end - '0');
                      digits++;
                    }
                  end++;
                }
              while (digits++ < 6)
                usec *= 10;
            }
          {
            gint64 t = (gint64) ((h * 3600 + m * 60 + sec) * G_USEC_PER_SEC + usec);
            total += neg ? -t : t;
          }
          p = end;
          continue;
        }
      {
        gint64 n = g_ascii_strtoll (p, &end, 10);
        const char *unit;
        gint64 mult;

        if (end == p)
          return FALSE;
        p = end;
        while (*p == ' ')
          p++;
        unit = p;
        while (*p && *p != ' ')
          p++;
        if (g_str_has_prefix (unit, "year")) mult = 12LL * 30 * G_TIME_SPAN_DAY;
        else if (g_str_has_prefix (unit, "mon")) mult = 30LL * G_TIME_SPAN_DAY;
        else if (g_str_has_prefix (unit, "day")) mult = G_TIME_SPAN_DAY;
        else if (g_str_has_prefix (unit, "hour")) mult = G_TIME_SPAN_HOUR;
        else if (g_str_has_prefix (unit, "min")) mult = G_TIME_SPAN_MINUTE;
        else if (g_str_has_prefix (unit, "sec")) mult = G_TIME_SPAN_SECOND;
        else return FALSE;
        total += (neg ? -n : n) * mult;
      }
    }
  *out = total;
  return TRUE;
}

static gboolean
generic_bind (GsqlSqlTypePrivate *priv,
              const char         *dialect,
              const GValue       *value,
              GValue             *out,
              GError            **error)
{
  GType t = G_VALUE_TYPE (value);
  gboolean pg = dialect != NULL && g_str_equal (dialect, "postgresql");

  switch (priv->kind)
    {
    case GSQL_TYPE_KIND_INTEGER:
    case GSQL_TYPE_KIND_SMALL_INTEGER:
    case GSQL_TYPE_KIND_BIG_INTEGER:
      {
        gint64 i;
        if (t == G_TYPE_STRING || t == G_TYPE_DOUBLE || !get_int64 (value, &i))
          return type_error (error, priv, value);
        g_value_init (out, G_TYPE_INT64);
        g_value_set_int64 (out, i);
        return TRUE;
      }
    case GSQL_TYPE_KIND_FLOAT:
    case GSQL_TYPE_KIND_DOUBLE:
      {
        double d;
        if (t == G_TYPE_STRING || !get_double (value, &d))
          return type_error (error, priv, value);
        g_value_init (out, G_TYPE_DOUBLE);
        g_value_set_double (out, d);
        return TRUE;
      }
    case GSQL_TYPE_KIND_NUMERIC:
      {
        gint64 i;
        if (t == GSQL_TYPE_NUMERIC)
          {
            g_value_init (out, GSQL_TYPE_NUMERIC);
            g_value_copy (value, out);
            return TRUE;
          }
        if (t == G_TYPE_STRING)
          {
            GsqlNumeric *n = gsql_numeric_new_from_string (g_value_get_string (value), error);
            if (n == NULL)
              return FALSE;
            g_value_init (out, GSQL_TYPE_NUMERIC);
            g_value_take_boxed (out, n);
            return TRUE;
          }
        if (t == G_TYPE_DOUBLE)
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];
            g_ascii_dtostr (buf, sizeof buf, g_value_get_double (value));
            if (strpbrk (buf, "eEnN") == NULL)
              {
                g_value_init (out, GSQL_TYPE_NUMERIC);
                g_value_take_boxed (out, gsql_numeric_new_from_string (buf, NULL));
                return TRUE;
              }
            return type_error (error, priv, value);
          }
        if (!get_int64 (value, &i))
          return type_error (error, priv, value);
        g_value_init (out, GSQL_TYPE_NUMERIC);
        g_value_take_boxed (out, gsql_numeric_new_from_int64 (i));
        return TRUE;
      }
    case GSQL_TYPE_KIND_BOOLEAN:
      if (t != G_TYPE_BOOLEAN)
        return type_error (error, priv, value);
      g_value_init (out, G_TYPE_BOOLEAN);
      g_value_copy (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_DATE:
      if (t == G_TYPE_DATE_TIME)
        {
          GDateTime *dt = g_value_get_boxed (value);
          g_value_init (out, G_TYPE_DATE);
          g_value_take_boxed (out, g_date_new_dmy (g_date_time_get_day_of_month (dt),
                                                   g_date_time_get_month (dt),
                                                   g_date_time_get_year (dt)));
          return TRUE;
        }
      if (t != G_TYPE_DATE)
        return type_error (error, priv, value);
      g_value_init (out, G_TYPE_DATE);
      g_value_copy (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_TIME:
      if (t != GSQL_TYPE_TIME)
        return type_error (error, priv, value);
      g_value_init (out, GSQL_TYPE_TIME);
      g_value_copy (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_DATE_TIME:
      if (t != G_TYPE_DATE_TIME)
        return type_error (error, priv, value);
      g_value_init (out, G_TYPE_DATE_TIME);
      g_value_copy (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_INTERVAL:
      {
        gint64 us;
        if (t == G_TYPE_STRING || t == G_TYPE_DOUBLE || !get_int64 (value, &us))
          return type_error (error, priv, value);
        if (pg)
          {
            g_value_init (out, G_TYPE_STRING);
            g_value_take_string (out, g_strdup_printf ("%" G_GINT64_FORMAT " microseconds", us));
          }
        else
          {
            g_value_init (out, G_TYPE_INT64);
            g_value_set_int64 (out, us);
          }
        return TRUE;
      }
    case GSQL_TYPE_KIND_LARGE_BINARY:
      if (t == G_TYPE_BYTES)
        {
          g_value_init (out, G_TYPE_BYTES);
          g_value_copy (value, out);
          return TRUE;
        }
      return type_error (error, priv, value);
    case GSQL_TYPE_KIND_UUID:
      {
        char hex[33];
        if (t != G_TYPE_STRING || !uuid_hex (g_value_get_string (value), hex))
          {
            if (t == G_TYPE_STRING)
              {
                g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                             _("“%s” is not a UUID"), g_value_get_string (value));
                return FALSE;
              }
            return type_error (error, priv, value);
          }
        g_value_init (out, G_TYPE_STRING);
        g_value_take_string (out, pg ? uuid_dashed (hex) : g_strdup (hex));
        return TRUE;
      }
    case GSQL_TYPE_KIND_ENUM:
      {
        const char *s = NULL;
        guint i;

        if (priv->enum_gtype != 0 && G_VALUE_HOLDS (value, priv->enum_gtype))
          {
            g_autoptr(GEnumClass) klass = g_type_class_ref (priv->enum_gtype);
            GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));
            s = ev ? ev->value_nick : NULL;
          }
        else if (t == G_TYPE_STRING)
          s = g_value_get_string (value);
        else
          return type_error (error, priv, value);
        for (i = 0; s != NULL && priv->enum_values[i] != NULL; i++)
          if (g_str_equal (priv->enum_values[i], s))
            break;
        if (s == NULL || priv->enum_values[i] == NULL)
          {
            g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                         _("“%s” is not one of the values of enum %s"),
                         s ? s : "?", priv->name ? priv->name : "");
            return FALSE;
          }
        g_value_init (out, G_TYPE_STRING);
        g_value_set_string (out, s);
        return TRUE;
      }
    case GSQL_TYPE_KIND_STRING:
    case GSQL_TYPE_KIND_TEXT:
    case GSQL_TYPE_KIND_UNICODE_TEXT:
    case GSQL_TYPE_KIND_JSON:
      if (t != G_TYPE_STRING)
        return type_error (error, priv, value);
      g_value_init (out, G_TYPE_STRING);
      g_value_copy (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_OPAQUE:
    default:
      g_value_init (out, t);
      g_value_copy (value, out);
      return TRUE;
    }
}

static gboolean
result_error (GError **error, GsqlSqlTypePrivate *priv, const GValue *value)
{
  g_autofree char *contents = g_strdup_value_contents (value);
  GEnumClass *klass = g_type_class_ref (GSQL_TYPE_TYPE_KIND);
  GEnumValue *ev = g_enum_get_value (klass, priv->kind);

  g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
               _("The database returned %s, which cannot be read as %s"),
               contents, ev ? ev->value_nick : "?");
  g_type_class_unref (klass);
  return FALSE;
}

static gboolean
generic_result (GsqlSqlTypePrivate *priv,
                const char         *dialect,
                const GValue       *value,
                GValue             *out,
                GError            **error)
{
  GType t = G_VALUE_TYPE (value);
  const char *s = t == G_TYPE_STRING ? g_value_get_string (value) : NULL;

  switch (priv->kind)
    {
    case GSQL_TYPE_KIND_INTEGER:
    case GSQL_TYPE_KIND_SMALL_INTEGER:
    case GSQL_TYPE_KIND_BIG_INTEGER:
      {
        gint64 i;
        if (!get_int64 (value, &i))
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_INT64);
        g_value_set_int64 (out, i);
        return TRUE;
      }
    case GSQL_TYPE_KIND_FLOAT:
    case GSQL_TYPE_KIND_DOUBLE:
      {
        double d;
        if (!get_double (value, &d))
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_DOUBLE);
        g_value_set_double (out, d);
        return TRUE;
      }
    case GSQL_TYPE_KIND_NUMERIC:
      {
        GsqlNumeric *n = NULL;
        gint64 i;

        if (t == GSQL_TYPE_NUMERIC)
          n = gsql_numeric_ref (g_value_get_boxed (value));
        else if (s != NULL)
          n = gsql_numeric_new_from_string (s, NULL);
        else if (t == G_TYPE_DOUBLE)
          {
            /* SQLite hands NUMERIC back as a double; its shortest exact
             * form, at the declared scale, is the value that was stored. */
            char buf[64];
            if (priv->scale > 0)
              g_snprintf (buf, sizeof buf, "%.*f", (int) priv->scale, g_value_get_double (value));
            else
              g_ascii_dtostr (buf, sizeof buf, g_value_get_double (value));
            n = gsql_numeric_new_from_string (buf, NULL);
          }
        else if (get_int64 (value, &i))
          n = gsql_numeric_new_from_int64 (i);
        if (n == NULL)
          return result_error (error, priv, value);
        g_value_init (out, GSQL_TYPE_NUMERIC);
        g_value_take_boxed (out, n);
        return TRUE;
      }
    case GSQL_TYPE_KIND_BOOLEAN:
      {
        gint64 i;
        g_value_init (out, G_TYPE_BOOLEAN);
        if (s != NULL)
          g_value_set_boolean (out, g_ascii_strcasecmp (s, "t") == 0 ||
                                    g_ascii_strcasecmp (s, "true") == 0 ||
                                    g_str_equal (s, "1"));
        else if (get_int64 (value, &i))
          g_value_set_boolean (out, i != 0);
        else
          {
            g_value_unset (out);
            return result_error (error, priv, value);
          }
        return TRUE;
      }
    case GSQL_TYPE_KIND_DATE:
      {
        GDate *d = NULL;
        if (t == G_TYPE_DATE)
          d = g_value_dup_boxed (value);
        else if (s != NULL && !_gsql_parse_date (s, strlen (s), &d, error))
          return FALSE;
        else if (t == G_TYPE_DATE_TIME)
          {
            GDateTime *dt = g_value_get_boxed (value);
            d = g_date_new_dmy (g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                                g_date_time_get_year (dt));
          }
        if (d == NULL)
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_DATE);
        g_value_take_boxed (out, d);
        return TRUE;
      }
    case GSQL_TYPE_KIND_TIME:
      {
        GsqlTime *tm = NULL;
        if (t == GSQL_TYPE_TIME)
          tm = g_value_dup_boxed (value);
        else if (s != NULL && !_gsql_parse_time (s, strlen (s), &tm, error))
          return FALSE;
        if (tm == NULL)
          return result_error (error, priv, value);
        g_value_init (out, GSQL_TYPE_TIME);
        g_value_take_boxed (out, tm);
        return TRUE;
      }
    case GSQL_TYPE_KIND_DATE_TIME:
      {
        GDateTime *dt = NULL;
        if (t == G_TYPE_DATE_TIME)
          dt = g_value_dup_boxed (value);
        else if (s != NULL && !_gsql_parse_datetime (s, strlen (s), &dt, error))
          return FALSE;
        if (dt == NULL)
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_DATE_TIME);
        g_value_take_boxed (out, dt);
        return TRUE;
      }
    case GSQL_TYPE_KIND_INTERVAL:
      {
        gint64 us;
        if (s != NULL ? !parse_pg_interval (s, &us) : !get_int64 (value, &us))
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_INT64);
        g_value_set_int64 (out, us);
        return TRUE;
      }
    case GSQL_TYPE_KIND_LARGE_BINARY:
      g_value_init (out, G_TYPE_BYTES);
      if (t == G_TYPE_BYTES)
        g_value_copy (value, out);
      else if (s != NULL)
        g_value_take_boxed (out, g_bytes_new (s, strlen (s)));
      else
        {
          g_value_unset (out);
          return result_error (error, priv, value);
        }
      return TRUE;
    case GSQL_TYPE_KIND_UUID:
      {
        char hex[33];
        g_autofree char *text = NULL;

        if (t == G_TYPE_BYTES && g_bytes_get_size (g_value_get_boxed (value)) == 16)
          {
            const guint8 *b = g_bytes_get_data (g_value_get_boxed (value), NULL);
            guint i;
            for (i = 0; i < 16; i++)
              g_snprintf (hex + 2 * i, 3, "%02x", b[i]);
          }
        else if (s == NULL || !uuid_hex (s, hex))
          return result_error (error, priv, value);
        g_value_init (out, G_TYPE_STRING);
        g_value_take_string (out, uuid_dashed (hex));
        return TRUE;
      }
    case GSQL_TYPE_KIND_ENUM:
      if (s == NULL)
        return result_error (error, priv, value);
      if (priv->enum_gtype != 0)
        {
          g_autoptr(GEnumClass) klass = g_type_class_ref (priv->enum_gtype);
          GEnumValue *ev = g_enum_get_value_by_nick (klass, s);
          if (ev == NULL)
            return result_error (error, priv, value);
          g_value_init (out, priv->enum_gtype);
          g_value_set_enum (out, ev->value);
          return TRUE;
        }
      g_value_init (out, G_TYPE_STRING);
      g_value_set_string (out, s);
      return TRUE;
    case GSQL_TYPE_KIND_STRING:
    case GSQL_TYPE_KIND_TEXT:
    case GSQL_TYPE_KIND_UNICODE_TEXT:
    case GSQL_TYPE_KIND_JSON:
      g_value_init (out, G_TYPE_STRING);
      if (s != NULL || t == G_TYPE_STRING)
        g_value_set_string (out, s);
      else if (t == G_TYPE_BYTES)
        {
          gsize len;
          const char *data = g_bytes_get_data (g_value_get_boxed (value), &len);
          if (!g_utf8_validate_len (data, len, NULL) || memchr (data, 0, len) != NULL)
            {
              g_value_unset (out);
              return result_error (error, priv, value);
            }
          g_value_take_string (out, g_strndup (data, len));
        }
      else
        g_value_transform (value, out);
      return TRUE;
    case GSQL_TYPE_KIND_OPAQUE:
    default:
      g_value_init (out, t);
      g_value_copy (value, out);
      return TRUE;
    }
}

/**
 * gsql_sql_type_bind:
 * @self: a #GsqlSqlType
 * @dialect: the dialect the value goes to
 * @value: a value as the program holds it; unset for NULL
 * @out: (out caller-allocates): an uninitialized #GValue for the value to
 *   bind
 * @error: return location for a #GError
 *
 * Converts a program value into the value sent to the database, through
 * any custom conversion and the generic kind's rules.  A NULL stays NULL
 * (@out is left unset).
 *
 * Returns: %TRUE on success; %FALSE with %GSQL_ERROR_INVALID_ARGUMENT when
 *   the value does not fit the type
 *
 * Since: 1.0
 */
gboolean
gsql_sql_type_bind (GsqlSqlType   *self,
                    const char    *dialect,
                    const GValue  *value,
                    GValue        *out,
                    GError       **error)
{
  GsqlSqlTypePrivate *priv;
  GsqlSqlTypeClass *klass;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), FALSE);
  g_return_val_if_fail (out != NULL && !G_IS_VALUE (out), FALSE);

  _gsql_core_init ();
  if (value == NULL || !G_IS_VALUE (value) ||
      (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL) ||
      (G_VALUE_HOLDS_BOXED (value) && g_value_get_boxed (value) == NULL))
    return TRUE;

  self = gsql_sql_type_for_dialect (self, dialect);
  priv = gsql_sql_type_get_instance_private (self);
  klass = GSQL_SQL_TYPE_GET_CLASS (self);

  if (priv->impl != NULL)
    {
      GValue mid = G_VALUE_INIT;
      gboolean ok;

      if (klass->bind_value != NULL)
        ok = klass->bind_value (self, dialect, value, &mid, error);
      else if (priv->bind != NULL)
        ok = priv->bind (self, dialect, value, &mid, priv->user_data, error);
      else
        {
          g_value_init (&mid, G_VALUE_TYPE (value));
          g_value_copy (value, &mid);
          ok = TRUE;
        }
      if (!ok)
        return FALSE;
      ok = gsql_sql_type_bind (priv->impl, dialect, &mid, out, error);
      if (G_IS_VALUE (&mid))
        g_value_unset (&mid);
      return ok;
    }
  return generic_bind (priv, dialect, value, out, error);
}

/**
 * gsql_sql_type_result:
 * @self: a #GsqlSqlType
 * @dialect: the dialect the value came from
 * @value: a value as the driver returned it; unset for NULL
 * @out: (out caller-allocates): an uninitialized #GValue for the program's
 *   value
 * @error: return location for a #GError
 *
 * Converts a value read from the database into the program's value of
 * #GsqlSqlType:value-type.  A NULL stays NULL.
 *
 * Returns: %TRUE on success; %FALSE with %GSQL_ERROR_DATA when the value
 *   cannot be read as this type
 *
 * Since: 1.0
 */
gboolean
gsql_sql_type_result (GsqlSqlType   *self,
                      const char    *dialect,
                      const GValue  *value,
                      GValue        *out,
                      GError       **error)
{
  GsqlSqlTypePrivate *priv;
  GsqlSqlTypeClass *klass;

  g_return_val_if_fail (GSQL_IS_SQL_TYPE (self), FALSE);
  g_return_val_if_fail (out != NULL && !G_IS_VALUE (out), FALSE);

  _gsql_core_init ();
  if (value == NULL || !G_IS_VALUE (value) ||
      (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL) ||
      (G_VALUE_HOLDS_BOXED (value) && g_value_get_boxed (value) == NULL))
    return TRUE;

  self = gsql_sql_type_for_dialect (self, dialect);
  priv = gsql_sql_type_get_instance_private (self);
  klass = GSQL_SQL_TYPE_GET_CLASS (self);

  if (priv->impl != NULL)
    {
      GValue mid = G_VALUE_INIT;
      gboolean ok;

      if (!gsql_sql_type_result (priv->impl, dialect, value, &mid, error))
        return FALSE;
      if (!G_IS_VALUE (&mid))
        return TRUE;
      if (klass->result_value != NULL)
        ok = klass->result_value (self, dialect, &mid, out, error);
      else if (priv->result != NULL)
        ok = priv->result (self, dialect, &mid, out, priv->user_data, error);
      else
        {
          g_value_init (out, G_VALUE_TYPE (&mid));
          g_value_copy (&mid, out);
          ok = TRUE;
        }
      g_value_unset (&mid);
      return ok;
    }
  return generic_result (priv, dialect, value, out, error);
}

/* Whether gsql_sql_type_bind() would hand @value over unchanged (a plain
 * type and the value already of the type it binds as, or NULL), so that
 * bulk execution may bind the caller's values without copying them. */
gboolean
_gsql_sql_type_binds_as_is (GsqlSqlType  *self,
                            const GValue *value)
{
  GsqlSqlTypePrivate *priv;
  GType t;

  if (value == NULL || !G_IS_VALUE (value))
    return TRUE;
  if (!_gsql_sql_type_is_plain (self))
    return FALSE;
  priv = gsql_sql_type_get_instance_private (self);
  t = G_VALUE_TYPE (value);
  switch (priv->kind)
    {
    case GSQL_TYPE_KIND_INTEGER:
    case GSQL_TYPE_KIND_SMALL_INTEGER:
    case GSQL_TYPE_KIND_BIG_INTEGER:
      return t == G_TYPE_INT64;
    case GSQL_TYPE_KIND_FLOAT:
    case GSQL_TYPE_KIND_DOUBLE:
      return t == G_TYPE_DOUBLE;
    case GSQL_TYPE_KIND_STRING:
    case GSQL_TYPE_KIND_TEXT:
    case GSQL_TYPE_KIND_UNICODE_TEXT:
    case GSQL_TYPE_KIND_JSON:
      return t == G_TYPE_STRING;
    default:
      return FALSE;
    }
}

/* Whether gsql_sql_type_result() would give back @value unchanged: a plain
 * type and a non-NULL value already of the type it results in (the same
 * pairs as for binding), so that fetching may keep the driver's value. */
gboolean
_gsql_sql_type_results_as_is (GsqlSqlType  *self,
                              const GValue *value)
{
  if (value == NULL || !G_IS_VALUE (value) ||
      (G_VALUE_HOLDS_STRING (value) && g_value_get_string (value) == NULL))
    return FALSE;
  return _gsql_sql_type_binds_as_is (self, value);
}

/* A number naming what the type says (kind, sizes, name, enum values,
 * value type): equal numbers, equal descriptions.  Interned once per type
 * object, for statement shape keys. */
static GMutex shape_ids_lock;
static GHashTable *shape_ids;   /* description (GBytes) → id */

guint32
_gsql_sql_type_shape_id (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);
  gint id = g_atomic_int_get (&priv->shape_id);
  GString *d;
  g_autoptr(GBytes) key = NULL;
  guint32 f[6];
  guint i;

  if (id != 0)
    return (guint32) id;
  f[0] = priv->kind;
  f[1] = priv->length;
  f[2] = priv->precision;
  f[3] = priv->scale;
  f[4] = priv->timezone;
  f[5] = (guint32) priv->value_type;
  d = g_string_new_len ((const char *) f, sizeof f);
  g_string_append_len (d, (const char *) &priv->value_type, sizeof priv->value_type);
  if (priv->name != NULL)
    g_string_append_len (d, priv->name, (gssize) strlen (priv->name) + 1);
  else
    g_string_append_c (d, '\x01');
  for (i = 0; priv->enum_values != NULL && priv->enum_values[i] != NULL; i++)
    g_string_append_len (d, priv->enum_values[i], (gssize) strlen (priv->enum_values[i]) + 1);
  key = g_string_free_to_bytes (d);

  g_mutex_lock (&shape_ids_lock);
  if (shape_ids == NULL)
    shape_ids = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref, NULL);
  id = GPOINTER_TO_INT (g_hash_table_lookup (shape_ids, key));
  if (id == 0)
    {
      id = (gint) g_hash_table_size (shape_ids) + 1;
      g_hash_table_insert (shape_ids, g_bytes_ref (key), GINT_TO_POINTER (id));
    }
  g_mutex_unlock (&shape_ids_lock);
  g_atomic_int_set (&priv->shape_id, id);
  return (guint32) id;
}

/* Whether the type is described by its kind and parameters alone: no
 * custom conversion, no variants, not a subclass.  Such types with equal
 * descriptions behave the same, whatever object they are. */
gboolean
_gsql_sql_type_is_plain (GsqlSqlType *self)
{
  GsqlSqlTypePrivate *priv = gsql_sql_type_get_instance_private (self);

  return G_OBJECT_TYPE (self) == GSQL_TYPE_SQL_TYPE && priv->impl == NULL &&
         priv->variants == NULL && priv->bind == NULL && priv->result == NULL;
}
