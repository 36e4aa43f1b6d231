/* models-main.c: round-trips rows through the model classes that
 * `gsql-reflect --format=c --output-dir` wrote for tests/install/models.sql
 * (built by tests/test-examples.sh against the build tree, and by make
 * installcheck against the installed libraries)
 *
 * Copyright 2026 The gsql authors
 * SPDX-License-Identifier: MIT
 */
#include "db-schema.h"

/* Creates the reflected tables on the database given, adds rows through a
 * session, reads them back in another and follows the relationships made
 * from the foreign keys (a line item's group, a group's line items, a
 * group's parent and children), drops the tables. */
int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GsqlRegistry) registry = db_registry_new (&error);
  g_autoptr(GsqlEngine) engine = NULL;
  GsqlMetaData *md;
  gint64 id = 0;
  int status = 1;

  if (argc != 2 || registry == NULL || (engine = gsql_engine_new (argv[1], &error)) == NULL)
    goto out;
  md = g_object_get_data (G_OBJECT (registry), "gsql-reflect-metadata");
  if (!gsql_metadata_drop_all (md, engine, TRUE, NULL, &error) || !gsql_metadata_create_all (md, engine, TRUE, NULL, &error))
    goto out;
  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(GObject) g = g_object_new (DB_TYPE_GROUP, "user-id", (gint64) 7, "note", "hello", "paid", TRUE, NULL);
    g_autoptr(GObject) item = g_object_new (DB_TYPE_LINE_ITEM, "name", "widget", "qty", (gint64) 3, NULL);

    g_autoptr(GObject) child = g_object_new (DB_TYPE_GROUP, "user-id", (gint64) 8, "note", "child", NULL);

    if (!gsql_session_add (session, g, &error) || !gsql_session_commit (session, &error))
      goto out;
    g_object_get (g, "id", &id, NULL);
    g_object_set (item, "group-id", id, "group", "not a relationship", NULL);
    g_object_set (child, "parent-id", id, NULL);
    if (!gsql_session_add (session, item, &error) || !gsql_session_add (session, child, &error) ||
        !gsql_session_commit (session, &error))
      goto out;
  }
  {
    g_autoptr(GsqlSession) session = gsql_session_new (engine, registry);
    g_autoptr(GObject) g = gsql_session_get_by_id (session, DB_TYPE_GROUP, id, &error);
    g_autofree char *note = NULL;
    gint64 user = 0;
    gboolean paid = FALSE;

    if (g == NULL)
      goto out;
    g_object_get (g, "user-id", &user, "note", &note, "paid", &paid, NULL);
    if (user != 7 || g_strcmp0 (note, "hello") != 0 || !paid)
      {
        g_printerr ("read back user-id %" G_GINT64_FORMAT ", note %s, paid %d\n", user, note, paid);
        goto out;
      }

    /* The relationships gsql-reflect made from the foreign keys. */
    {
      g_autoptr(GListModel) items = gsql_related_list (g, "line-item-list", &error);
      g_autoptr(GListModel) children = NULL;
      g_autoptr(GObject) item = NULL, owner = NULL, child = NULL, parent = NULL;
      g_autofree char *name = NULL, *group = NULL, *child_note = NULL;

      if (items == NULL || g_list_model_get_n_items (items) != 1)
        {
          g_printerr ("the group has %u line items, not 1\n", items ? g_list_model_get_n_items (items) : 0);
          goto out;
        }
      item = g_list_model_get_item (items, 0);
      g_object_get (item, "name", &name, "group", &group, NULL);
      owner = gsql_related_get (item, "group-2", &error);
      if (owner != g || g_strcmp0 (name, "widget") != 0 || g_strcmp0 (group, "not a relationship") != 0)
        {
          g_printerr ("line item %s (group %s) belongs to %p, not %p\n", name, group, (void *) owner, (void *) g);
          goto out;
        }
      children = gsql_related_list (g, "group-list", &error);
      if (children == NULL || g_list_model_get_n_items (children) != 1)
        {
          g_printerr ("the group has %u children, not 1\n", children ? g_list_model_get_n_items (children) : 0);
          goto out;
        }
      child = g_list_model_get_item (children, 0);
      g_object_get (child, "note", &child_note, NULL);
      parent = gsql_related_get (child, "parent", &error);
      if (parent != g || g_strcmp0 (child_note, "child") != 0)
        {
          g_printerr ("child group %s has parent %p, not %p\n", child_note, (void *) parent, (void *) g);
          goto out;
        }
    }
  }
  status = 0;
out:
  if (error != NULL)
    g_printerr ("%s\n", error->message);
  if (engine != NULL && registry != NULL)
    gsql_metadata_drop_all (g_object_get_data (G_OBJECT (registry), "gsql-reflect-metadata"), engine, TRUE, NULL, NULL);
  return status;
}
