/* live-list: a relationship's list as a GListModel, watched as it changes
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 *
 *   ./examples/live-list [DATABASE-URL]          (default: a temporary SQLite file)
 *
 * A team's members are a GListStore: anything that shows a GListModel (a
 * GtkListView, here a plain "items-changed" handler) follows appends and
 * removals, whether the program makes them or the other side of the
 * relationship does (setting a member's team moves it between lists).
 * The session writes the foreign keys at the next commit.
 */
#include <locale.h>
#include <libsqlorm/sqlorm.h>

#define DEMO_TYPE_TEAM (demo_team_get_type ())
G_DECLARE_FINAL_TYPE (DemoTeam, demo_team, DEMO, TEAM, GObject)
struct _DemoTeam { GObject parent_instance; gint64 id; char *name; };
G_DEFINE_FINAL_TYPE (DemoTeam, demo_team, G_TYPE_OBJECT)

#define DEMO_TYPE_MEMBER (demo_member_get_type ())
G_DECLARE_FINAL_TYPE (DemoMember, demo_member, DEMO, MEMBER, GObject)
struct _DemoMember { GObject parent_instance; gint64 id; gint64 team_id; char *name; };
G_DEFINE_FINAL_TYPE (DemoMember, demo_member, G_TYPE_OBJECT)

static void
team_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  if (id == 1) g_value_set_int64 (v, DEMO_TEAM (o)->id);
  else if (id == 2) g_value_set_string (v, DEMO_TEAM (o)->name);
  else G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
team_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  if (id == 1) DEMO_TEAM (o)->id = g_value_get_int64 (v);
  else if (id == 2) { g_free (DEMO_TEAM (o)->name); DEMO_TEAM (o)->name = g_value_dup_string (v); }
  else G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
team_finalize (GObject *o)
{
  g_free (DEMO_TEAM (o)->name);
  G_OBJECT_CLASS (demo_team_parent_class)->finalize (o);
}

static void
demo_team_class_init (DemoTeamClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = team_get;
  oc->set_property = team_set;
  oc->finalize = team_finalize;
  g_object_class_install_property (oc, 1, g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 2, g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE));
}

static void demo_team_init (DemoTeam *self) { (void) self; }

static void
member_get (GObject *o, guint id, GValue *v, GParamSpec *ps)
{
  DemoMember *m = DEMO_MEMBER (o);
  if (id == 1) g_value_set_int64 (v, m->id);
  else if (id == 2) g_value_set_int64 (v, m->team_id);
  else if (id == 3) g_value_set_string (v, m->name);
  else G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
member_set (GObject *o, guint id, const GValue *v, GParamSpec *ps)
{
  DemoMember *m = DEMO_MEMBER (o);
  if (id == 1) m->id = g_value_get_int64 (v);
  else if (id == 2) m->team_id = g_value_get_int64 (v);
  else if (id == 3) { g_free (m->name); m->name = g_value_dup_string (v); }
  else G_OBJECT_WARN_INVALID_PROPERTY_ID (o, id, ps);
}

static void
member_finalize (GObject *o)
{
  g_free (DEMO_MEMBER (o)->name);
  G_OBJECT_CLASS (demo_member_parent_class)->finalize (o);
}

static void
demo_member_class_init (DemoMemberClass *k)
{
  GObjectClass *oc = G_OBJECT_CLASS (k);
  oc->get_property = member_get;
  oc->set_property = member_set;
  oc->finalize = member_finalize;
  g_object_class_install_property (oc, 1, g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 2, g_param_spec_int64 ("team-id", NULL, NULL, 0, G_MAXINT64, 0, G_PARAM_READWRITE));
  g_object_class_install_property (oc, 3, g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READWRITE));
}

static void demo_member_init (DemoMember *self) { (void) self; }

/* What a list view would do: show each change. */
static void
on_items_changed (GListModel *list, guint position, guint removed, guint added, gpointer data)
{
  guint i;

  g_print ("%s: at %u, %u removed, %u added; now:", (const char *) data, position, removed, added);
  for (i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DemoMember) m = g_list_model_get_item (list, i);
      g_print (" %s", m->name);
    }
  g_print ("\n");
}

static gboolean
run (const char *url, GError **error)
{
  g_autoptr(GsqlEngine) engine = gsql_engine_new (url, error);
  g_autoptr(GsqlRegistry) registry = gsql_registry_new ();
  g_autoptr(GsqlSession) session = NULL;
  g_autoptr(DemoTeam) red = NULL;
  g_autoptr(DemoTeam) blue = NULL;
  g_autoptr(GListModel) red_members = NULL;
  g_autoptr(GListModel) blue_members = NULL;
  GsqlMapper *teams, *members;
  GsqlRelationship *rel;
  const char *names[] = { "ann", "bob", "cy" };
  guint i;

  if (engine == NULL)
    return FALSE;
  teams = gsql_registry_map (registry, DEMO_TYPE_TEAM, "live_team");
  gsql_mapper_set_primary_key (teams, "id", NULL);
  gsql_mapper_set_column (teams, "name", "length", 40, NULL);
  members = gsql_registry_map (registry, DEMO_TYPE_MEMBER, "live_member");
  gsql_mapper_set_primary_key (members, "id", NULL);
  gsql_mapper_set_column (members, "team-id", "foreign-key", "live_team.id", "nullable", TRUE, NULL);
  gsql_mapper_set_column (members, "name", "length", 40, NULL);
  rel = gsql_mapper_add_relationship (teams, "members", DEMO_TYPE_MEMBER);
  gsql_relationship_set_back_populates (rel, "team");
  gsql_relationship_set_order_by (rel, "name", FALSE);
  gsql_mapper_add_relationship (members, "team", DEMO_TYPE_TEAM);
  gsql_relationship_set_back_populates (gsql_mapper_get_relationship (members, "team"), "members");
  if (!gsql_registry_configure (registry, error) ||
      !gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, error) ||
      !gsql_registry_create_all (registry, engine, error))
    return FALSE;

  session = gsql_session_new (engine, registry);
  red = g_object_new (DEMO_TYPE_TEAM, "name", "red", NULL);
  blue = g_object_new (DEMO_TYPE_TEAM, "name", "blue", NULL);
  red_members = gsql_related_list (red, "members", error);
  blue_members = gsql_related_list (blue, "members", error);
  if (red_members == NULL || blue_members == NULL)
    return FALSE;
  g_signal_connect (red_members, "items-changed", G_CALLBACK (on_items_changed), (gpointer) "red");
  g_signal_connect (blue_members, "items-changed", G_CALLBACK (on_items_changed), (gpointer) "blue");

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(DemoMember) m = g_object_new (DEMO_TYPE_MEMBER, "name", names[i], NULL);
      g_list_store_append (G_LIST_STORE (red_members), m);
    }
  /* Setting a member's team moves it: both lists tell their views. */
  {
    g_autoptr(DemoMember) bob = g_list_model_get_item (red_members, 1);
    if (!gsql_related_set (bob, "team", blue, error))
      return FALSE;
  }
  if (!gsql_session_add (session, red, error) || !gsql_session_add (session, blue, error) ||
      !gsql_session_commit (session, error))
    return FALSE;
  g_print ("committed: red has %u members, blue %u\n", g_list_model_get_n_items (red_members),
           g_list_model_get_n_items (blue_members));

  /* Reloaded in a new session, the database agrees. */
  {
    g_autoptr(GsqlSession) again = gsql_session_new (engine, registry);
    g_autoptr(DemoTeam) blue2 = gsql_session_get_by_id (again, DEMO_TYPE_TEAM, blue->id, error);
    g_autoptr(GListModel) list = blue2 ? gsql_related_list (blue2, "members", error) : NULL;
    g_autoptr(DemoMember) first = NULL;

    if (list == NULL || g_list_model_get_n_items (list) != 1)
      return FALSE;
    first = g_list_model_get_item (list, 0);
    g_print ("reloaded: blue's member is %s\n", first->name);
  }
  g_signal_handlers_disconnect_by_func (red_members, on_items_changed, (gpointer) "red");
  g_signal_handlers_disconnect_by_func (blue_members, on_items_changed, (gpointer) "blue");
  gsql_session_close (session);
  return gsql_metadata_drop_all (gsql_registry_get_metadata (registry), engine, TRUE, NULL, error);
}

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  if (!run (argc > 1 ? argv[1] : "sqlite://", &error))
    {
      g_printerr ("live-list: %s\n", error != NULL ? error->message : "unexpected contents");
      return 1;
    }
  return 0;
}
