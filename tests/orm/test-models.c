/* test-models.c: the model classes of the ORM check suites
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 * Each class describes its fields in a table (name, type, struct offset);
 * one set of get/set/finalize functions serves them all.
 */
#include "config.h"

#include "test-models.h"

typedef struct {
  const char *name;   /* property name */
  GType       type;   /* G_TYPE_INT64, G_TYPE_INT, G_TYPE_STRING, G_TYPE_POINTER, G_TYPE_OBJECT,
                       * or WEAK_OBJECT: an object held by a weak pointer */
  gsize       offset; /* in the instance struct */
} DemoField;

/* A back-reference a class holds weakly, as a parent pointer. */
#define WEAK_OBJECT G_TYPE_PARAM

#define FIELD(Type, name, gtype, member) { name, gtype, G_STRUCT_OFFSET (Type, member) }

static gint n_live;
static GQuark fields_quark;

guint
demo_model_get_n_live (void)
{
  return (guint) g_atomic_int_get (&n_live);
}

static const DemoField *
fields_of (GObject *object, guint *n_fields)
{
  GType type = G_OBJECT_TYPE (object);
  const DemoField *fields = g_type_get_qdata (type, fields_quark);

  *n_fields = GPOINTER_TO_UINT (g_type_get_qdata (type, g_quark_from_static_string ("demo-n-fields")));
  return fields;
}

static void
demo_model_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  guint n;
  const DemoField *fields = fields_of (object, &n);
  const DemoField *f;
  gpointer p;

  if (prop_id == 0 || prop_id > n)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  f = &fields[prop_id - 1];
  p = G_STRUCT_MEMBER_P (object, f->offset);
  switch (f->type)
    {
    case G_TYPE_INT64:
      *(gint64 *) p = g_value_get_int64 (value);
      break;
    case G_TYPE_INT:
      *(int *) p = g_value_get_int (value);
      break;
    case G_TYPE_STRING:
      g_free (*(char **) p);
      *(char **) p = g_value_dup_string (value);
      break;
    case G_TYPE_POINTER:
      *(gpointer *) p = g_value_get_pointer (value);
      break;
    case WEAK_OBJECT:
      g_set_weak_pointer ((GObject **) p, g_value_get_object (value));
      break;
    default:
      g_set_object ((GObject **) p, g_value_get_object (value));
      break;
    }
}

static void
demo_model_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  guint n;
  const DemoField *fields = fields_of (object, &n);
  const DemoField *f;
  gpointer p;

  if (prop_id == 0 || prop_id > n)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  f = &fields[prop_id - 1];
  p = G_STRUCT_MEMBER_P (object, f->offset);
  switch (f->type)
    {
    case G_TYPE_INT64:
      g_value_set_int64 (value, *(gint64 *) p);
      break;
    case G_TYPE_INT:
      g_value_set_int (value, *(int *) p);
      break;
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **) p);
      break;
    case G_TYPE_POINTER:
      g_value_set_pointer (value, *(gpointer *) p);
      break;
    default:
      g_value_set_object (value, *(GObject **) p);
      break;
    }
}

static void
demo_model_finalize_fields (GObject *object)
{
  guint n;
  const DemoField *fields = fields_of (object, &n);

  for (guint i = 0; i < n; i++)
    {
      gpointer p = G_STRUCT_MEMBER_P (object, fields[i].offset);

      if (fields[i].type == G_TYPE_STRING)
        g_clear_pointer ((char **) p, g_free);
      else if (fields[i].type == G_TYPE_OBJECT)
        g_clear_object ((GObject **) p);
      else if (fields[i].type == WEAK_OBJECT)
        g_clear_weak_pointer ((GObject **) p);
    }
  g_atomic_int_dec_and_test (&n_live);
}

static void
demo_model_class_setup (GObjectClass    *klass,
                        const DemoField *fields,
                        guint            n_fields)
{
  GType type = G_OBJECT_CLASS_TYPE (klass);

  if (fields_quark == 0)
    fields_quark = g_quark_from_static_string ("demo-fields");
  g_type_set_qdata (type, fields_quark, (gpointer) fields);
  g_type_set_qdata (type, g_quark_from_static_string ("demo-n-fields"), GUINT_TO_POINTER (n_fields));

  klass->set_property = demo_model_set_property;
  klass->get_property = demo_model_get_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const DemoField *f = &fields[i];
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;
      GParamSpec *pspec;

      switch (f->type)
        {
        case G_TYPE_INT64:
          pspec = g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
          break;
        case G_TYPE_INT:
          pspec = g_param_spec_int (f->name, NULL, NULL, G_MININT, G_MAXINT, 0, flags);
          break;
        case G_TYPE_STRING:
          pspec = g_param_spec_string (f->name, NULL, NULL, NULL, flags);
          break;
        case G_TYPE_POINTER:
          pspec = g_param_spec_pointer (f->name, NULL, NULL, flags);
          break;
        default:
          pspec = g_param_spec_object (f->name, NULL, NULL, G_TYPE_OBJECT, flags);
          break;
        }
      g_object_class_install_property (klass, i + 1, pspec);
    }
}

/* One class: its field table, finalize, class_init and init. */
#define DEMO_MODEL(TypeName, type_name, TYPE, ...) \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, G_TYPE_OBJECT) \
  static const DemoField type_name##_fields[] = { __VA_ARGS__ }; \
  static void \
  type_name##_finalize (GObject *object) \
  { \
    demo_model_finalize_fields (object); \
    G_OBJECT_CLASS (type_name##_parent_class)->finalize (object); \
  } \
  static void \
  type_name##_class_init (TypeName##Class *klass) \
  { \
    G_OBJECT_CLASS (klass)->finalize = type_name##_finalize; \
    demo_model_class_setup (G_OBJECT_CLASS (klass), type_name##_fields, \
                            G_N_ELEMENTS (type_name##_fields)); \
  } \
  static void \
  type_name##_init (TypeName *self) \
  { \
    (void) self; \
    g_atomic_int_inc (&n_live); \
  }

DEMO_MODEL (DemoUser, demo_user, USER,
            FIELD (DemoUser, "id", G_TYPE_INT64, id),
            FIELD (DemoUser, "name", G_TYPE_STRING, name),
            FIELD (DemoUser, "fullname", G_TYPE_STRING, fullname),
            FIELD (DemoUser, "version", G_TYPE_INT, version))

DEMO_MODEL (DemoAddress, demo_address, ADDRESS,
            FIELD (DemoAddress, "id", G_TYPE_INT64, id),
            FIELD (DemoAddress, "user-id", G_TYPE_INT64, user_id),
            FIELD (DemoAddress, "email", G_TYPE_STRING, email))

DEMO_MODEL (DemoTeam, demo_team, TEAM,
            FIELD (DemoTeam, "org", G_TYPE_STRING, org),
            FIELD (DemoTeam, "code", G_TYPE_STRING, code),
            FIELD (DemoTeam, "title", G_TYPE_STRING, title),
            FIELD (DemoTeam, "size", G_TYPE_INT, size))

DEMO_MODEL (DemoNote, demo_note, NOTE,
            FIELD (DemoNote, "id", G_TYPE_INT64, id),
            FIELD (DemoNote, "body", G_TYPE_STRING, body))

DEMO_MODEL (DemoMemo, demo_memo, MEMO,
            FIELD (DemoMemo, "id", G_TYPE_INT64, id),
            FIELD (DemoMemo, "body", G_TYPE_STRING, body))

DEMO_MODEL (DemoGadget, demo_gadget, GADGET,
            FIELD (DemoGadget, "id", G_TYPE_INT64, id),
            FIELD (DemoGadget, "label", G_TYPE_STRING, label),
            FIELD (DemoGadget, "handle", G_TYPE_POINTER, handle),
            FIELD (DemoGadget, "owner", G_TYPE_OBJECT, owner))

DEMO_MODEL (DemoRUser, demo_ruser, RUSER,
            FIELD (DemoRUser, "id", G_TYPE_INT64, id),
            FIELD (DemoRUser, "name", G_TYPE_STRING, name),
            FIELD (DemoRUser, "addresses", G_TYPE_OBJECT, addresses),
            FIELD (DemoRUser, "favorite-id", G_TYPE_INT64, favorite_id))

DEMO_MODEL (DemoRAddress, demo_raddress, RADDRESS,
            FIELD (DemoRAddress, "id", G_TYPE_INT64, id),
            FIELD (DemoRAddress, "user-id", G_TYPE_INT64, user_id),
            FIELD (DemoRAddress, "email", G_TYPE_STRING, email),
            FIELD (DemoRAddress, "user", WEAK_OBJECT, user))

DEMO_MODEL (DemoRGroup, demo_rgroup, RGROUP,
            FIELD (DemoRGroup, "id", G_TYPE_INT64, id),
            FIELD (DemoRGroup, "name", G_TYPE_STRING, name))

DEMO_MODEL (DemoRProfile, demo_rprofile, RPROFILE,
            FIELD (DemoRProfile, "id", G_TYPE_INT64, id),
            FIELD (DemoRProfile, "user-id", G_TYPE_INT64, user_id),
            FIELD (DemoRProfile, "bio", G_TYPE_STRING, bio))

DEMO_MODEL (DemoRCategory, demo_rcategory, RCATEGORY,
            FIELD (DemoRCategory, "id", G_TYPE_INT64, id),
            FIELD (DemoRCategory, "parent-id", G_TYPE_INT64, parent_id),
            FIELD (DemoRCategory, "name", G_TYPE_STRING, name))
