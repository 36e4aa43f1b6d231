/* gsql-value.c: exact decimals, times of day, and the text forms of SQL
 * date and time values
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */

/**
 * SECTION:gsql-value
 * @title: Values
 * @short_description: exact decimals and times of day
 *
 * GLib has #GDateTime for timestamps, #GDate for dates and #GBytes for
 * binary data; gsql adds the two value types SQL needs beyond those:
 * #GsqlNumeric for NUMERIC/DECIMAL, which never passes through a double, and
 * #GsqlTime for TIME.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GsqlNumeric) price = gsql_numeric_new_from_string ("19.99", &error);
 * GValue v = G_VALUE_INIT;
 * g_value_init (&v, GSQL_TYPE_NUMERIC);
 * g_value_set_boxed (&v, price);
 * ]|
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gsql-core-private.h"

struct _GsqlNumeric {
  gatomicrefcount ref;
  char text[];
};

G_DEFINE_BOXED_TYPE (GsqlNumeric, gsql_numeric, gsql_numeric_ref, gsql_numeric_unref)

/**
 * gsql_numeric_new_from_string:
 * @text: a decimal number: an optional sign, digits, an optional point and
 *   digits (`-0012.500`); no exponent
 * @error: return location for a #GError
 *
 * Makes an exact decimal from its text.  Leading zeros are dropped, the
 * scale (digits after the point) is kept as written.
 *
 * Returns: (transfer full) (nullable): the number, or %NULL with
 *   %GSQL_ERROR_INVALID_ARGUMENT when @text is not a decimal number
 *
 * Since: 1.0
 */
GsqlNumeric *
gsql_numeric_new_from_string (const char  *text,
                              GError     **error)
{
  const char *p, *int_start, *int_end, *frac_start = NULL, *frac_end = NULL;
  gboolean negative = FALSE;
  GString *s;
  GsqlNumeric *n;
  gboolean all_zero = TRUE;

  g_return_val_if_fail (text != NULL, NULL);
  _gsql_core_init ();

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '+' || *p == '-')
    negative = (*p++ == '-');
  int_start = p;
  while (g_ascii_isdigit (*p))
    p++;
  int_end = p;
  if (*p == '.')
    {
      frac_start = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      frac_end = p;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0' || (int_end == int_start && (frac_start == NULL || frac_end == frac_start)))
    {
      g_set_error (error, GSQL_ERROR, GSQL_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not a decimal number"), text);
      return NULL;
    }

  while (int_start < int_end - 1 && *int_start == '0')
    int_start++;

  s = g_string_new (NULL);
  if (int_start == int_end)
    g_string_append_c (s, '0');
  else
    g_string_append_len (s, int_start, int_end - int_start);
  if (frac_start != NULL && frac_end > frac_start)
    {
      g_string_append_c (s, '.');
      g_string_append_len (s, frac_start, frac_end - frac_start);
    }
  for (p = s->str; *p; p++)
    if (*p >= '1' && *p <= '9')
      all_zero = FALSE;
  if (negative && !all_zero)
    g_string_prepend_c (s, '-');

  n = g_malloc (sizeof (GsqlNumeric) + s->len + 1);
  g_atomic_ref_count_init (&n->ref);
  memcpy (n->text, s->str, s->len + 1);
  g_string_free (s, TRUE);
  return n;
}

/**
 * gsql_numeric_new_from_int64:
 * @value: an integer
 *
 * Makes an exact decimal holding @value, with scale 0.
 *
 * Returns: (transfer full): the number
 *
 * Since: 1.0
 */
GsqlNumeric *
gsql_numeric_new_from_int64 (gint64 value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  return gsql_numeric_new_from_string (buf, NULL);
}

/**
 * gsql_numeric_ref:
 * @numeric: a #GsqlNumeric
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @numeric
 *
 * Since: 1.0
 */
GsqlNumeric *
gsql_numeric_ref (GsqlNumeric *numeric)
{
  g_return_val_if_fail (numeric != NULL, NULL);
  g_atomic_ref_count_inc (&numeric->ref);
  return numeric;
}

/**
 * gsql_numeric_unref:
 * @numeric: (transfer full): a #GsqlNumeric
 *
 * Drops a reference, freeing the number with the last one.
 *
 * Since: 1.0
 */
void
gsql_numeric_unref (GsqlNumeric *numeric)
{
  g_return_if_fail (numeric != NULL);
  if (g_atomic_ref_count_dec (&numeric->ref))
    g_free (numeric);
}

/**
 * gsql_numeric_to_string:
 * @numeric: a #GsqlNumeric
 *
 * The canonical text of the number: an optional `-`, at least one integer
 * digit, and the fraction digits as written.
 *
 * Returns: the text, owned by @numeric
 *
 * Since: 1.0
 */
const char *
gsql_numeric_to_string (const GsqlNumeric *numeric)
{
  g_return_val_if_fail (numeric != NULL, NULL);
  return numeric->text;
}

/**
 * gsql_numeric_to_double:
 * @numeric: a #GsqlNumeric
 *
 * The nearest double, for display or arithmetic where exactness does not
 * matter.
 *
 * Returns: the value as a double
 *
 * Since: 1.0
 */
double
gsql_numeric_to_double (const GsqlNumeric *numeric)
{
  g_return_val_if_fail (numeric != NULL, 0.0);
  return g_ascii_strtod (numeric->text, NULL);
}

/**
 * gsql_numeric_equal:
 * @a: a #GsqlNumeric
 * @b: a #GsqlNumeric
 *
 * Whether two numbers have the same value (`1.50` equals `1.5`).
 *
 * Returns: %TRUE when equal
 *
 * Since: 1.0
 */
gboolean
gsql_numeric_equal (const GsqlNumeric *a,
                    const GsqlNumeric *b)
{
  const char *pa, *pb;
  gsize la, lb;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  pa = a->text;
  pb = b->text;
  la = strlen (pa);
  lb = strlen (pb);
  /* Trailing fraction zeros do not change the value. */
  if (strchr (pa, '.'))
    {
      while (la > 0 && pa[la - 1] == '0')
        la--;
      if (la > 0 && pa[la - 1] == '.')
        la--;
    }
  if (strchr (pb, '.'))
    {
      while (lb > 0 && pb[lb - 1] == '0')
        lb--;
      if (lb > 0 && pb[lb - 1] == '.')
        lb--;
    }
  if (la == 2 && strncmp (pa, "-0", 2) == 0)
    pa++, la--;
  if (lb == 2 && strncmp (pb, "-0", 2) == 0)
    pb++, lb--;
  return la == lb && memcmp (pa, pb, la) == 0;
}

struct _GsqlTime {
  gatomicrefcount ref;
  guint8 hour, minute, second;
  guint32 microsecond;
};

G_DEFINE_BOXED_TYPE (GsqlTime, gsql_time, gsql_time_ref, gsql_time_unref)

/**
 * gsql_time_new:
 * @hour: 0 to 23
 * @minute: 0 to 59
 * @second: 0 to 59
 * @microsecond: 0 to 999999
 *
 * Makes a time of day.
 *
 * Returns: (transfer full) (nullable): the time, or %NULL when a field is
 *   out of range
 *
 * Since: 1.0
 */
GsqlTime *
gsql_time_new (guint hour,
               guint minute,
               guint second,
               guint microsecond)
{
  GsqlTime *t;

  g_return_val_if_fail (hour < 24 && minute < 60 && second < 60 &&
                        microsecond < 1000000, NULL);

  t = g_new (GsqlTime, 1);
  g_atomic_ref_count_init (&t->ref);
  t->hour = hour;
  t->minute = minute;
  t->second = second;
  t->microsecond = microsecond;
  return t;
}

/**
 * gsql_time_ref:
 * @time_: a #GsqlTime
 *
 * Takes a reference.
 *
 * Returns: (transfer full): @time_
 *
 * Since: 1.0
 */
GsqlTime *
gsql_time_ref (GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, NULL);
  g_atomic_ref_count_inc (&time_->ref);
  return time_;
}

/**
 * gsql_time_unref:
 * @time_: (transfer full): a #GsqlTime
 *
 * Drops a reference.
 *
 * Since: 1.0
 */
void
gsql_time_unref (GsqlTime *time_)
{
  g_return_if_fail (time_ != NULL);
  if (g_atomic_ref_count_dec (&time_->ref))
    g_free (time_);
}

/**
 * gsql_time_get_hour:
 * @time_: a #GsqlTime
 *
 * Returns: the hour, 0 to 23
 *
 * Since: 1.0
 */
guint
gsql_time_get_hour (const GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, 0);
  return time_->hour;
}

/**
 * gsql_time_get_minute:
 * @time_: a #GsqlTime
 *
 * Returns: the minute, 0 to 59
 *
 * Since: 1.0
 */
guint
gsql_time_get_minute (const GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, 0);
  return time_->minute;
}

/**
 * gsql_time_get_second:
 * @time_: a #GsqlTime
 *
 * Returns: the second, 0 to 59
 *
 * Since: 1.0
 */
guint
gsql_time_get_second (const GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, 0);
  return time_->second;
}

/**
 * gsql_time_get_microsecond:
 * @time_: a #GsqlTime
 *
 * Returns: the microsecond, 0 to 999999
 *
 * Since: 1.0
 */
guint
gsql_time_get_microsecond (const GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, 0);
  return time_->microsecond;
}

/**
 * gsql_time_to_string:
 * @time_: a #GsqlTime
 *
 * Formats the time as `HH:MM:SS` with `.ffffff` when it has microseconds.
 *
 * Returns: (transfer full): the text
 *
 * Since: 1.0
 */
char *
gsql_time_to_string (const GsqlTime *time_)
{
  g_return_val_if_fail (time_ != NULL, NULL);
  if (time_->microsecond != 0)
    return g_strdup_printf ("%02u:%02u:%02u.%06u", time_->hour, time_->minute,
                            time_->second, (guint) time_->microsecond);
  return g_strdup_printf ("%02u:%02u:%02u", time_->hour, time_->minute,
                          time_->second);
}

/**
 * gsql_time_equal:
 * @a: a #GsqlTime
 * @b: a #GsqlTime
 *
 * Returns: whether @a and @b are the same time of day
 *
 * Since: 1.0
 */
gboolean
gsql_time_equal (const GsqlTime *a,
                 const GsqlTime *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return a->hour == b->hour && a->minute == b->minute &&
         a->second == b->second && a->microsecond == b->microsecond;
}

/* Text forms.  Drivers hand dates and times over as text in ISO order;
 * parsing it ourselves keeps microseconds and time-zone offsets that the
 * ODBC timestamp struct would drop. */

static gboolean
parse_uint (const char **p, const char *end, int digits, guint *out)
{
  guint v = 0;
  int i;

  for (i = 0; i < digits; i++)
    {
      if (*p >= end || !g_ascii_isdigit (**p))
        return FALSE;
      v = v * 10 + (guint) (**p - '0');
      (*p)++;
    }
  *out = v;
  return TRUE;
}

static gboolean
parse_fraction (const char **p, const char *end, guint *usec)
{
  guint v = 0;
  int n = 0;

  *usec = 0;
  if (*p >= end || **p != '.')
    return TRUE;
  (*p)++;
  while (*p < end && g_ascii_isdigit (**p))
    {
      if (n < 6)
        {
          v = v * 10 + (guint) (**p - '0');
          n++;
        }
      (*p)++;
    }
  if (n == 0)
    return FALSE;
  while (n++ < 6)
    v *= 10;
  *usec = v;
  return TRUE;
}

static gboolean
parse_time_fields (const char **p, const char *end,
                   guint *h, guint *mi, guint *s, guint *usec)
{
  if (!parse_uint (p, end, 2, h) || *p >= end || **p != ':' ||
      (++(*p), !parse_uint (p, end, 2, mi)))
    return FALSE;
  *s = 0;
  if (*p < end && **p == ':')
    {
      (*p)++;
      if (!parse_uint (p, end, 2, s))
        return FALSE;
    }
  return parse_fraction (p, end, usec) && *h < 24 && *mi < 60 && *s < 61;
}

static gboolean
parse_date_fields (const char **p, const char *end,
                   guint *y, guint *mo, guint *d)
{
  return parse_uint (p, end, 4, y) && *p < end && **p == '-' &&
         (++(*p), parse_uint (p, end, 2, mo)) && *p < end && **p == '-' &&
         (++(*p), parse_uint (p, end, 2, d)) && *mo >= 1 && *mo <= 12 &&
         *d >= 1 && *d <= 31;
}

static void
set_parse_error (GError **error, const char *what, const char *text, gsize len)
{
  g_autofree char *copy = g_strndup (text, MIN (len, 64));

  g_set_error (error, GSQL_ERROR, GSQL_ERROR_DATA,
               _("The database returned “%s”, which is not a valid %s"),
               copy, what);
}

gboolean
_gsql_parse_datetime (const char  *text,
                      gsize        len,
                      GDateTime  **out,
                      GError     **error)
{
  const char *p = text, *end = text + len;
  guint y, mo, d, h = 0, mi = 0, s = 0, usec = 0;
  g_autoptr(GTimeZone) tz = NULL;

  if (!parse_date_fields (&p, end, &y, &mo, &d))
    goto fail;
  if (p < end && (*p == ' ' || *p == 'T'))
    {
      p++;
      if (!parse_time_fields (&p, end, &h, &mi, &s, &usec))
        goto fail;
    }
  while (p < end && *p == ' ')
    p++;
  if (p < end)
    {
      if (*p == 'Z' && p + 1 == end)
        tz = g_time_zone_new_utc ();
      else if (*p == '+' || *p == '-')
        {
          char sign = *p++;
          guint oh = 0, om = 0, os = 0;
          gint32 offset;

          if (!parse_uint (&p, end, 2, &oh))
            goto fail;
          if (p < end && *p == ':')
            p++;
          if (p < end && !parse_uint (&p, end, 2, &om))
            goto fail;
          if (p < end && *p == ':')
            {
              p++;
              if (!parse_uint (&p, end, 2, &os))
                goto fail;
            }
          if (p != end)
            goto fail;
          offset = (gint32) (oh * 3600 + om * 60 + os);
          tz = g_time_zone_new_offset (sign == '-' ? -offset : offset);
        }
      else
        goto fail;
    }
  if (tz == NULL)
    tz = g_time_zone_new_utc ();

  {
    /* Whole seconds first, then exact microseconds: a double would round
     * .123456 to .123455 now and then. */
    g_autoptr(GDateTime) whole = g_date_time_new (tz, (int) y, (int) mo, (int) d,
                                                  (int) h, (int) mi, MIN (s, 59));
    if (whole == NULL)
      goto fail;
    *out = g_date_time_add (whole, usec);
  }
  return *out != NULL;

fail:
  set_parse_error (error, C_("value kind", "timestamp"), text, len);
  return FALSE;
}

gboolean
_gsql_parse_date (const char  *text,
                  gsize        len,
                  GDate      **out,
                  GError     **error)
{
  const char *p = text, *end = text + len;
  guint y, mo, d;

  if (!parse_date_fields (&p, end, &y, &mo, &d) ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y))
    {
      set_parse_error (error, C_("value kind", "date"), text, len);
      return FALSE;
    }
  /* A trailing midnight time ("2024-01-02 00:00:00") is accepted. */
  *out = g_date_new_dmy ((GDateDay) d, (GDateMonth) mo, (GDateYear) y);
  return TRUE;
}

gboolean
_gsql_parse_time (const char  *text,
                  gsize        len,
                  GsqlTime   **out,
                  GError     **error)
{
  const char *p = text, *end = text + len;
  guint h, mi, s, usec;

  if (!parse_time_fields (&p, end, &h, &mi, &s, &usec) || s > 59)
    {
      set_parse_error (error, C_("value kind", "time"), text, len);
      return FALSE;
    }
  *out = gsql_time_new (h, mi, s, usec);
  return TRUE;
}

char *
_gsql_format_datetime (GDateTime *dt,
                       gboolean   with_offset,
                       char      *buf,
                       gsize      size)
{
  int n;

  n = g_snprintf (buf, size, "%04d-%02d-%02d %02d:%02d:%02d.%06d",
                  g_date_time_get_year (dt), g_date_time_get_month (dt),
                  g_date_time_get_day_of_month (dt), g_date_time_get_hour (dt),
                  g_date_time_get_minute (dt), g_date_time_get_second (dt),
                  g_date_time_get_microsecond (dt));
  if (with_offset && n > 0 && (gsize) n < size)
    {
      GTimeSpan off = g_date_time_get_utc_offset (dt) / G_USEC_PER_SEC;
      char sign = off < 0 ? '-' : '+';

      if (off < 0)
        off = -off;
      g_snprintf (buf + n, size - n, "%c%02d:%02d", sign,
                  (int) (off / 3600), (int) ((off / 60) % 60));
    }
  return buf;
}
