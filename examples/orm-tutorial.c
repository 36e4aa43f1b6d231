/* orm-tutorial: the ORM in one sitting, on any of the three databases
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   ./examples/orm-tutorial [DATABASE-URL]      (default: a temporary SQLite file)
 *
 * Maps plain GObject classes onto tables, creates them, adds objects,
 * commits, queries them back through the expression language, changes one
 * (optimistic versioning counts it), rolls a transaction and a savepoint
 * back, follows the relationship between users and their addresses
 * (lazily, then eagerly), queries across it, and deletes a user with its
 * addresses.
 */
#include <locale.h>
#include <libsqlorm/sqlorm.h>

/* A model is an ordinary GObject: each mapped column is a property. */
#define DEMO_TYPE_USER (demo_user_get_type ())
G_DECLARE_FINAL_TYPE (DemoUser, demo_user, DEMO, USER, GObject)

struct _DemoUser {
  GObject parent_instance;
  gint64 id;
  char *name;
  char *fullname;
  int version;
};

enum { PROP_0, PROP_ID, PROP_NAME, PROP_FULLNAME, PROP_VERSION, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DemoUser, demo_user, G_TYPE_OBJECT)

static void
demo_user_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DemoUser *self = DEMO_USER (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_FULLNAME: g_value_set_string (value, self->fullname); break;
    case PROP_VERSION: g_value_set_int (value, self->version); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
demo_user_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DemoUser *self = DEMO_USER (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_get_int64 (value); break;
    case PROP_NAME: g_free (self->name); self->name = g_value_dup_string (value); break;
    case PROP_FULLNAME: g_free (self->fullname); self->fullname = g_value_dup_string (value); break;
    case PROP_VERSION: self->version = g_value_get_int (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
demo_user_finalize (GObject *object)
{
  DemoUser *self = DEMO_USER (object);

  g_free (self->name);
  g_free (self->fullname);
  G_OBJECT_CLASS (demo_user_parent_class)->finalize (object);
}

static void
demo_user_class_init (DemoUserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = demo_user_get_property;
  object_class->set_property = demo_user_set_property;
  object_class->finalize = demo_user_finalize;
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE);
  properties[PROP_FULLNAME] = g_param_spec_string ("fullname", NULL, NULL, NULL, G_PARAM_READWRITE);
  properties[PROP_VERSION] = g_param_spec_int ("version", NULL, NULL, 0, G_MAXINT, 0, G_PARAM_READWRITE);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
demo_user_init (DemoUser *self)
{
}

/* DemoAddress {id, user-id, email}: the foreign key is a plain property;
 * the relationship gives the objects. */
#define DEMO_TYPE_ADDRESS (demo_address_get_type ())
G_DECLARE_FINAL_TYPE (DemoAddress, demo_address, DEMO, ADDRESS, GObject)

struct _DemoAddress {
  GObject parent_instance;
  gint64 id;
  gint64 user_id;
  char *email;
};

G_DEFINE_FINAL_TYPE (DemoAddress, demo_address, G_TYPE_OBJECT)

enum { APROP_0, APROP_ID, APROP_USER_ID, APROP_EMAIL, N_APROPS };

static void
demo_address_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  DemoAddress *self = DEMO_ADDRESS (object);

  switch (prop_id)
    {
    case APROP_ID: g_value_set_int64 (value, self->id); break;
    case APROP_USER_ID: g_value_set_int64 (value, self->user_id); break;
    case APROP_EMAIL: g_value_set_string (value, self->email); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
demo_address_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  DemoAddress *self = DEMO_ADDRESS (object);

  switch (prop_id)
    {
    case APROP_ID: self->id = g_value_get_int64 (value); break;
    case APROP_USER_ID: self->user_id = g_value_get_int64 (value); break;
    case APROP_EMAIL: g_free (self->email); self->email = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
demo_address_finalize (GObject *object)
{
  g_free (DEMO_ADDRESS (object)->email);
  G_OBJECT_CLASS (demo_address_parent_class)->finalize (object);
}

static void
demo_address_class_init (DemoAddressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamSpec *props[N_APROPS] = { NULL, };

  object_class->get_property = demo_address_get_property;
  object_class->set_property = demo_address_set_property;
  object_class->finalize = demo_address_finalize;
  props[APROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE);
  props[APROP_USER_ID] = g_param_spec_int64 ("user-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE);
  props[APROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, G_PARAM_READWRITE);
  g_object_class_install_properties (object_class, N_APROPS, props);
}

static void
demo_address_init (DemoAddress *self)
{
}

static gboolean
add_address (DemoUser *user, const char *email, GError **error)
{
  g_autoptr(GListModel) addresses = gsql_related_list (user, "addresses", error);
  g_autoptr(DemoAddress) a = g_object_new (DEMO_TYPE_ADDRESS, "email", email, NULL);

  if (addresses == NULL)
    return FALSE;
  g_list_store_append (G_LIST_STORE (addresses), a);
  return TRUE;
}

static gboolean
relationships (GsqlEngine *engine, GsqlRegistry *registry, GsqlMapper *users, GsqlMapper *addresses,
               GError **error)
{
  g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
  g_autoptr(GsqlExpr) query = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(DemoUser) patrick = NULL;
  GsqlRelationship *user_addresses = gsql_mapper_get_relationship (users, "addresses");
  guint i, k;

  /* Appending to a new user's list; adding the user adds the addresses
   * (the save-update cascade), and the flush sets their user-id. */
  patrick = g_object_new (DEMO_TYPE_USER, "name", "patrick2", "fullname", "Patrick Star", NULL);
  if (!add_address (patrick, "patrick@bikini.bottom", error) ||
      !add_address (patrick, "pstar@rock.example", error) ||
      !gsql_session_add (session, patrick, error) ||
      !gsql_session_commit (session, error))
    return FALSE;

  /* Lazy loading: one SELECT on first access. */
  {
    g_autoptr(GListModel) list = gsql_related_list (patrick, "addresses", error);
    g_autoptr(DemoAddress) first = NULL;
    g_autoptr(DemoUser) owner = NULL;

    if (list == NULL)
      return FALSE;
    first = g_list_model_get_item (list, 0);
    owner = gsql_related_get (first, "user", error);
    g_print ("%s has %u addresses; the first, %s, belongs to %s\n", patrick->name,
             g_list_model_get_n_items (list), first->email, owner->name);
  }

  /* Eager loading: users and all their addresses in two statements. */
  query = g_object_ref_sink (gsql_select_entity (users));
  gsql_select_order_by (query, gsql_mapper_column (users, "name"));
  gsql_select_load (query, "addresses", GSQL_LOAD_SELECTIN);
  found = gsql_session_scalars (session, query, error);
  if (found == NULL)
    return FALSE;
  for (i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(DemoUser) u = g_list_model_get_item (found, i);
      g_autoptr(GListModel) list = gsql_related_list (u, "addresses", error);

      if (list == NULL)
        return FALSE;
      g_print ("%s:", u->name);
      for (k = 0; k < g_list_model_get_n_items (list); k++)
        {
          g_autoptr(DemoAddress) a = g_list_model_get_item (list, k);
          g_print (" %s", a->email);
        }
      g_print ("\n");
    }

  /* Querying across the relationship: users with an address at a rock. */
  {
    g_autoptr(GsqlExpr) q = g_object_ref_sink (gsql_select_entity (users));
    g_autoptr(GListModel) rock = NULL;

    gsql_select_where (q, gsql_relationship_any (user_addresses,
                                                 gsql_endswith (gsql_mapper_column (addresses, "email"),
                                                                "rock.example")));
    rock = gsql_session_scalars (session, q, error);
    if (rock == NULL)
      return FALSE;
    g_print ("users with an address at rock.example: %u\n", g_list_model_get_n_items (rock));
  }

  /* Deleting the user deletes its addresses: the delete cascade. */
  if (!gsql_session_delete (session, patrick, error) || !gsql_session_commit (session, error))
    return FALSE;
  g_print ("patrick2 and his addresses deleted\n");
  return TRUE;
}

/* Every session works in a transaction, begun by its first statement and
 * ended by commit or rollback.  Rolling back undoes what the transaction
 * wrote and puts the objects back as they were: a user added in it is
 * transient again, and a changed one, expired, is read again. */
static gboolean
transactions (GsqlSession *session, GsqlMapper *users, DemoUser *sandy, GError **error)
{
  g_autoptr(DemoUser) fake = g_object_new (DEMO_TYPE_USER, "name", "fakeuser",
                                           "fullname", "Invalid Name", NULL);
  g_autoptr(DemoUser) again = NULL;
  g_autoptr(GsqlExpr) query = NULL;
  g_autoptr(GListModel) found = NULL;

  g_object_set (sandy, "fullname", "sandy squirrel", NULL);
  if (!gsql_session_add (session, fake, error))
    return FALSE;
  /* A query flushes first (autoflush), so it sees both changes. */
  query = g_object_ref_sink (gsql_select_entity (users));
  gsql_select_where (query, gsql_in (gsql_mapper_column (users, "name"),
                                     gsql_str ("sandy"), gsql_str ("fakeuser"), NULL));
  found = gsql_session_scalars (session, query, error);
  if (found == NULL)
    return FALSE;
  g_print ("in the transaction: %u users named sandy or fakeuser\n",
           g_list_model_get_n_items (found));
  g_clear_object (&found);

  if (!gsql_session_rollback (session, error))
    return FALSE;
  g_print ("rolled back: fakeuser %s in the session\n",
           gsql_session_contains (session, fake) ? "is still" : "is no longer");
  /* sandy is expired: the next query (or get) that returns her row
   * reloads her. */
  again = gsql_session_get_by_id (session, DEMO_TYPE_USER, sandy->id, error);
  if (again == NULL)
    return FALSE;
  g_print ("rolled back: sandy's full name is %s\n", sandy->fullname);

  /* A savepoint is a transaction inside the transaction: rolling back to
   * it undoes only what came after it. */
  if (!gsql_session_begin_nested (session, error))
    return FALSE;
  if (!gsql_session_add (session, fake, error) || !gsql_session_flush (session, error))
    return FALSE;
  if (!gsql_session_rollback_nested (session, error))
    return FALSE;
  found = gsql_session_scalars (session, query, error);
  if (found == NULL || !gsql_session_commit (session, error))
    return FALSE;
  g_print ("after the savepoint's rollback: %u user named sandy or fakeuser\n",
           g_list_model_get_n_items (found));
  return TRUE;
}

static gboolean
run (const char *url, GError **error)
{
  g_autoptr(GsqlEngine) engine = NULL;
  g_autoptr(GsqlRegistry) registry = gsql_registry_new ();
  g_autoptr(GsqlSession) session = NULL;
  g_autoptr(GsqlExpr) query = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(DemoUser) sandy = NULL;
  GsqlMapper *users, *addresses;
  GsqlRelationship *rel;
  const char *names[][2] = { { "spongebob", "Spongebob Squarepants" },
                             { "sandy", "Sandy Cheeks" },
                             { "patrick", "Patrick Star" } };
  guint i;

  engine = gsql_engine_new (url, error);
  if (engine == NULL)
    return FALSE;
  gsql_engine_set_echo (engine, TRUE);

  /* The mapping: the table comes from the class's properties. */
  users = gsql_registry_map (registry, DEMO_TYPE_USER, "tutorial_user");
  gsql_mapper_set_primary_key (users, "id", NULL);
  gsql_mapper_set_column (users, "name", "length", 30, "nullable", FALSE, "unique", TRUE, NULL);
  gsql_mapper_set_version_property (users, "version");
  addresses = gsql_registry_map (registry, DEMO_TYPE_ADDRESS, "tutorial_address");
  gsql_mapper_set_primary_key (addresses, "id", NULL);
  gsql_mapper_set_column (addresses, "user-id", "foreign-key", "tutorial_user.id", NULL);
  gsql_mapper_set_column (addresses, "email", "length", 100, NULL);
  /* A user's addresses and an address's user, kept in step. */
  rel = gsql_mapper_add_relationship (users, "addresses", DEMO_TYPE_ADDRESS);
  gsql_relationship_set_back_populates (rel, "user");
  gsql_relationship_set_order_by (rel, "email", FALSE);
  gsql_relationship_set_cascade (rel, GSQL_CASCADE_ALL | GSQL_CASCADE_DELETE_ORPHAN);
  rel = gsql_mapper_add_relationship (addresses, "user", DEMO_TYPE_USER);
  gsql_relationship_set_back_populates (rel, "addresses");
  if (!gsql_registry_configure (registry, error) ||
      !gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, error) ||
      !gsql_registry_create_all (registry, engine, error))
    return FALSE;

  session = gsql_session_new (engine, registry);
  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(DemoUser) u = g_object_new (DEMO_TYPE_USER, "name", names[i][0],
                                            "fullname", names[i][1], NULL);
      if (!gsql_session_add (session, u, error))
        return FALSE;
    }
  /* One INSERT for all three; the keys the database made come back. */
  if (!gsql_session_commit (session, error))
    return FALSE;

  query = g_object_ref_sink (gsql_select_entity (users));
  gsql_select_where (query, gsql_startswith (gsql_mapper_column (users, "name"), "s"));
  gsql_select_order_by (query, gsql_mapper_column (users, "name"));
  found = gsql_session_scalars (session, query, error);
  if (found == NULL)
    return FALSE;
  for (i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(DemoUser) u = g_list_model_get_item (found, i);
      g_print ("found %s (%s), id %" G_GINT64_FORMAT "\n", u->name, u->fullname, u->id);
    }

  /* The identity map: the same row is the same object, without SQL. */
  sandy = g_list_model_get_item (found, 0);
  {
    g_autoptr(DemoUser) again = gsql_session_get_by_id (session, DEMO_TYPE_USER, sandy->id, error);
    g_print ("get by id gives the same object: %s\n", again == sandy ? "yes" : "no");
  }

  /* Only the changed column is written; the version counts the change. */
  g_object_set (sandy, "fullname", "Sandy Cheeks of Texas", NULL);
  if (!gsql_session_commit (session, error))
    return FALSE;
  g_print ("sandy is at version %d\n", sandy->version);

  if (!transactions (session, users, sandy, error))
    return FALSE;

  if (!gsql_session_delete (session, sandy, error) || !gsql_session_commit (session, error))
    return FALSE;
  g_print ("sandy deleted\n");
  gsql_session_close (session);

  if (!relationships (engine, registry, users, addresses, error))
    return FALSE;
  return gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, error);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (g_getenv ("G_MESSAGES_DEBUG") == NULL)
    g_setenv ("G_MESSAGES_DEBUG", "sqlcore", TRUE);
  if (!run (argc > 1 ? argv[1] : "sqlite://", &error))
    {
      g_printerr ("orm-tutorial: %s\n", error->message);
      return 1;
    }
  return 0;
}
