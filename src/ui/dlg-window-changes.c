/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-window-changes"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-diff.h"
#include "dlg-text.h"
#include "dlg-window-private.h"

/* What changed: when the open file changes on disk and its new version
 * loads, the new version is shown at once (the data shown is always
 * the file's) and the version shown before is kept long enough to be
 * compared with it, in a worker thread (dlg_diff_new takes about 0.4 s
 * at 100 000 members).  The message bar then says how many changes
 * there are since the version shown before; Show Changes lists them,
 * grouped by side and delegation, each row a link to its member, stop,
 * delegation or side in the details. */

typedef struct
{
  DlgDataset *old_dataset;
  DlgDataset *new_dataset;
} DiffData;

static void
diff_data_free (gpointer data)
{
  DiffData *d = data;

  dlg_unref_in_thread (d->old_dataset);
  dlg_unref_in_thread (d->new_dataset);
  g_free (d);
}

static void
diff_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DiffData *d = task_data;

  g_task_return_pointer (task, dlg_diff_new (d->old_dataset, d->new_dataset), g_object_unref);
}

gboolean
dlg_window_changes_shown (DlgWindow *self)
{
  return self->changes_title != NULL &&
         g_strcmp0 (dlg_message_area_get_message (self->message_area), self->changes_title) == 0;
}

static void
show_changes_message (DlgWindow  *self,
                      const char *title,
                      const char *detail)
{
  dlg_message_area_show_message (self->message_area, title, detail, NULL);
  g_free (self->changes_title);
  self->changes_title = g_strdup (title);
}

/* The name of the file the changes are counted from: the other file
 * compared with, else the open one (its version shown before) */
static char *
dup_old_name (DlgWindow *self)
{
  GFile *file = self->changes_file != NULL ? self->changes_file
                                           : dlg_document_get_shown_file (self->document);

  return file != NULL ? g_file_get_basename (file) : g_strdup ("");
}

/* "Changes since …": what the changes are counted from, as the heading
 * of their list and of their page in the sheet */
static void
set_heading (DlgWindow *self)
{
  g_autofree char *name = dup_old_name (self);
  g_autofree char *isolated = dlg_text_isolate (name);

  g_free (self->changes_heading);
  if (self->changes_file != NULL)
    /* Translators: heading of the changes from another file (%s, its
     * name) to the data shown */
    self->changes_heading = g_strdup_printf (_("Changes since “%s”"), isolated);
  else
    /* Translators: heading of the changes in the open file (%s, its
     * name) since it was reloaded */
    self->changes_heading = g_strdup_printf (_("Changes since the version of “%s” shown before"),
                                             isolated);
}

const char *
dlg_window_get_changes_heading (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->diff != NULL ? self->changes_heading : NULL;
}

static void
show_banner (DlgWindow *self)
{
  g_autofree char *basename = dup_old_name (self);
  g_autofree char *title = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *with_warnings = NULL;
  const char *detail = NULL;
  guint n = dlg_diff_get_n_changes (self->diff);

  if (self->changes_file != NULL && n == 0)
    /* Translators: %s is the name of a file compared with the data shown */
    title = g_strdup_printf (_("What changed: nothing; “%s” holds the same data as the data "
                               "shown"), basename);
  else if (self->changes_file != NULL)
    /* Translators: %u counts changes (a member added, a stop moved...),
     * %s is the name of a file compared with the data shown */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "What changed: %u change from “%s” to the data shown",
                                          "What changed: %u changes from “%s” to the data shown",
                                          n),
                             n, basename);
  else if (n == 0)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("What changed: nothing; “%s” changed on disk, but its data is "
                               "the same as the version shown before"), basename);
  else
    /* Translators: %u counts changes (a member added, a stop moved...),
     * %s is a file name */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "What changed: %u change in “%s” on disk since the "
                                          "version shown before",
                                          "What changed: %u changes in “%s” on disk since the "
                                          "version shown before",
                                          n),
                             n, basename);
  if (self->changes_file == NULL)
    detail = _("The data shown is the new version.");
  /* the warnings the data shown opened with stay said (this message
   * takes their place in the bar) */
  warnings = dlg_window_dup_warnings_title (self);
  if (warnings != NULL)
    detail = with_warnings = detail != NULL ? g_strjoin ("\n", detail, warnings, NULL)
                                            : g_strdup (warnings);
  show_changes_message (self, title, detail);
  if (n > 0)
    dlg_message_area_set_message_action (self->message_area, _("_Show Changes"),
                                         "win.show-changes");
}

/* The reading and the comparing do not hold the window: on GTK 4.8 a
 * window something holds is not disposed when it is closed, and they
 * (seconds at 100 000 members) would run on for it.  Its dispose
 * cancels them; their answer finds the window, if it is still there,
 * through a weak reference. */
static gpointer
weak_window_new (DlgWindow *self)
{
  GWeakRef *ref = g_new (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  return ref;
}

/* The window (a reference), or NULL when it is gone; frees ref */
static DlgWindow *
weak_window_take (gpointer ref)
{
  DlgWindow *self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  return self;
}

static void
diff_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DlgWindow) self = weak_window_take (user_data);
  DlgDiff *diff = g_task_propagate_pointer (G_TASK (result), NULL);

  /* cancelled, or the window is gone or shows another dataset since */
  if (diff == NULL || g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))) ||
      self == NULL || dlg_diff_get_new_dataset (diff) != self->dataset)
    {
      dlg_unref_in_thread (diff);
      return;
    }
  g_clear_object (&self->diff_cancellable);
  dlg_unref_in_thread (g_steal_pointer (&self->diff));
  self->diff = diff;
  set_heading (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-changes",
                                 dlg_diff_get_n_changes (diff) > 0);
  show_banner (self);
  if (self->changes_reopen && dlg_diff_get_n_changes (diff) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-changes", NULL);
  self->changes_reopen = FALSE;
}

static void
forget (DlgWindow *self)
{
  if (self->diff_cancellable != NULL)
    g_cancellable_cancel (self->diff_cancellable);
  g_clear_object (&self->diff_cancellable);
  /* the list goes first: its rows hold changes of the diff */
  if (self->changes_window != NULL)
    gtk_window_destroy (self->changes_window);
  dlg_unref_in_thread (g_steal_pointer (&self->diff));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-changes", FALSE);
}

void
dlg_window_changes_reset (DlgWindow *self)
{
  if (dlg_window_changes_shown (self))
    dlg_message_area_hide_message (self->message_area);
  g_clear_pointer (&self->changes_title, g_free);
  g_clear_object (&self->changes_file);
  self->changes_reopen = FALSE;
  forget (self);
}

/* A comparison begins, from changes_file (NULL: the open file's version
 * shown before): the one before is forgotten, and the bar says this one
 * is under way (a file being read counts) in place of what it said of
 * the one before */
static void
begin_comparison (DlgWindow *self,
                  GFile     *old_file)
{
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  /* a list open shows the new comparison's changes when they come */
  self->changes_reopen |= self->changes_window != NULL;
  forget (self);
  g_set_object (&self->changes_file, old_file);
  self->diff_cancellable = g_cancellable_new ();

  basename = dup_old_name (self);
  if (old_file != NULL)
    {
      /* Translators: %s is the name of a file compared with the data shown */
      title = g_strdup_printf (_("What changed: comparing “%s” with the data shown…"), basename);
      show_changes_message (self, title, NULL);
      /* reading a big file takes seconds: it can be stopped */
      dlg_message_area_set_message_action (self->message_area, _("_Cancel"),
                                           "win.cancel-compare");
    }
  else if (dlg_window_changes_shown (self))
    {
      /* Translators: %s is a file name */
      title = g_strdup_printf (_("What changed: comparing “%s” on disk with the version shown "
                                 "before…"), basename);
      show_changes_message (self, title, _("The data shown is the new version."));
    }
}

void
dlg_window_changes_compare (DlgWindow  *self,
                            DlgDataset *old_dataset,
                            DlgDataset *new_dataset,
                            GFile      *old_file)
{
  g_autoptr(GTask) task = NULL;
  DiffData *d = g_new0 (DiffData, 1);

  begin_comparison (self, old_file);
  d->old_dataset = g_object_ref (old_dataset);
  d->new_dataset = g_object_ref (new_dataset);
  /* closing the window cancels it */
  task = g_task_new (NULL, self->diff_cancellable, diff_done_cb, weak_window_new (self));
  g_task_set_source_tag (task, dlg_window_changes_compare);
  g_task_set_task_data (task, d, diff_data_free);
  g_task_run_in_thread (task, diff_thread);
}

/* --- Compare With… --- */

static void
other_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(DlgWindow) self = weak_window_take (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) other = dlg_dataset_load_file_finish (result, &error);
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self == NULL ||
      self->changes_file == NULL)
    return;
  g_clear_object (&self->diff_cancellable);
  if (other == NULL || self->dataset == NULL)
    {
      basename = g_file_get_basename (self->changes_file);
      /* Translators: %s is the name of a file the user chose to compare
       * with the data shown */
      title = g_strdup_printf (_("“%s” could not be compared with the data shown"), basename);
      show_changes_message (self, title, error != NULL ? error->message : NULL);
      self->changes_reopen = FALSE;
      return;
    }
  dlg_window_changes_compare (self, other, self->dataset, self->changes_file);
}

/* Reads file (its dataset is not shown) and compares it with the data
 * shown, as from old to new */
void
dlg_window_compare_with (DlgWindow *self,
                         GFile     *file)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  begin_comparison (self, file);
  dlg_dataset_load_file_async (file, self->diff_cancellable, other_loaded_cb,
                               weak_window_new (self));
}

static void
cancel_compare_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  dlg_window_changes_reset (DLG_WINDOW (widget));
}

static void
compare_with_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  dlg_window_choose_dataset (DLG_WINDOW (widget), _("Compare With a Dataset"), _("_Compare"),
                             dlg_window_compare_with);
}

DlgDiff *
dlg_window_get_diff (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->diff;
}

/* --- the list of changes --- */

/* Whether a change has somewhere to go in the data shown: what it is
 * about is in the new version and the details can show it, or it is a
 * source (its web page) */
static gboolean
is_linked (DlgChange *change)
{
  gpointer object = dlg_change_get_object (change);

  switch (dlg_change_get_kind (change))
    {
    case DLG_CHANGE_SIDE_REMOVED:
    case DLG_CHANGE_DELEGATION_REMOVED:
    case DLG_CHANGE_MEMBER_REMOVED:
    case DLG_CHANGE_STOP_REMOVED:
    case DLG_CHANGE_SOURCE_REMOVED:
      return FALSE;
    default:
      return DLG_IS_MEMBER (object) || DLG_IS_DESTINATION (object) ||
             DLG_IS_DELEGATION (object) || DLG_IS_SIDE (object) || DLG_IS_SOURCE (object);
    }
}

/* A source number in a change's line: the source, as the details open
 * one (its web page) */
static gboolean
source_link_cb (GtkLabel   *label,
                const char *uri,
                DlgWindow  *self)
{
  g_autofree char *id = NULL;

  if (g_str_has_prefix (uri, "source:"))
    id = g_uri_unescape_string (uri + strlen ("source:"), NULL);
  if (id != NULL && self->diff != NULL && dlg_diff_get_new_dataset (self->diff) == self->dataset)
    dlg_details_open_source (self->details, id);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          DlgWindow                *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);
  /* a mark for the eye: the row is what a screen reader activates */
  GtkWidget *go = g_object_new (GTK_TYPE_IMAGE,
                                "icon-name", "go-next-symbolic",
                                "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                NULL);

  gtk_widget_add_css_class (group, "heading");
  gtk_widget_set_margin_top (group, 12);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_label_set_wrap (GTK_LABEL (group), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (text, TRUE);
  g_signal_connect_object (text, "activate-link", G_CALLBACK (source_link_cb), self, 0);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), go);
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), row);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         DlgDiff                  *diff)
{
  GListModel *changes = dlg_diff_get_changes (diff);
  DlgChange *change = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *group = gtk_widget_get_first_child (box);
  GtkWidget *row = gtk_widget_get_next_sibling (group);
  GtkWidget *text = gtk_widget_get_first_child (row);
  GtkWidget *go = gtk_widget_get_next_sibling (text);
  guint position = gtk_list_item_get_position (item);
  g_autofree char *heading = dlg_change_dup_group (change, TRUE);
  g_autofree char *line = dlg_change_dup_text (change, TRUE);
  g_autofree char *escaped = g_markup_escape_text (line, -1);
  g_autofree char *refs = dlg_details_source_refs_markup (dlg_diff_get_new_dataset (diff),
                                                          dlg_change_get_sources (change));
  g_autofree char *markup = g_strconcat (escaped, refs, NULL);
  /* the heading above the first change of its group (the diff lists
   * changes by side and delegation) */
  g_autoptr(DlgChange) before = position > 0 ? g_list_model_get_item (changes, position - 1)
                                             : NULL;

  gtk_label_set_text (GTK_LABEL (group), heading);
  gtk_widget_set_visible (group, !dlg_change_same_group (before, change));
  gtk_label_set_markup (GTK_LABEL (text), markup);
  gtk_widget_set_visible (go, is_linked (change));
  gtk_list_item_set_activatable (item, is_linked (change));
}

static void
activate_cb (GtkListView *view,
             guint        position,
             DlgWindow   *self)
{
  g_autoptr(DlgChange) change = NULL;
  gpointer object;

  if (self->diff == NULL || dlg_diff_get_new_dataset (self->diff) != self->dataset)
    return;
  change = g_list_model_get_item (dlg_diff_get_changes (self->diff), position);
  if (change == NULL || !is_linked (change))
    return;
  object = dlg_change_get_object (change);
  if (DLG_IS_MEMBER (object))
    dlg_details_show_member (self->details, object);
  else if (DLG_IS_DESTINATION (object))
    dlg_details_show_destination (self->details, object);
  else if (DLG_IS_DELEGATION (object))
    dlg_details_show_delegation (self->details, object);
  else if (DLG_IS_SIDE (object))
    dlg_details_show_side (self->details, object);
  else if (DLG_IS_SOURCE (object))
    dlg_details_open_source (self->details, dlg_source_get_id (object));
}

static void
changes_window_destroy_cb (GtkWidget *widget,
                           DlgWindow *self)
{
  if (self->changes_window == GTK_WINDOW (widget))
    self->changes_window = NULL;
}

/* GTK 4.8's list view makes up to 200 rows at once, about 1.2 ms each
 * here (wrapping labels with links): a list of thousands of changes
 * stalled the main loop for a quarter of a second as it opened.  The
 * list starts with a few changes and grows by ROWS_PER_FRAME a frame
 * until the view has made its rows, then holds every change. */
#define ROWS_PER_FRAME 20
#define ROWS_MADE 240

static gboolean
grow_cb (GtkWidget     *view,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  GtkSliceListModel *slice = user_data;
  guint n = g_list_model_get_n_items (gtk_slice_list_model_get_model (slice));
  guint size = gtk_slice_list_model_get_size (slice) + ROWS_PER_FRAME;

  gtk_slice_list_model_set_size (slice, size >= ROWS_MADE ? n : MIN (size, n));
  return gtk_slice_list_model_get_size (slice) < n ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
show_changes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  GListModel *changes;
  GtkSliceListModel *slice;
  GtkListItemFactory *factory;
  GtkWidget *view;
  GtkWidget *scrolled;
  GtkWidget *box;
  GtkWidget *heading;
  GtkWidget *count;
  GtkEventController *escape;
  GtkWindow *window;

  if (self->diff == NULL)
    return;
  if (self->changes_window != NULL)
    {
      gtk_window_present (self->changes_window);
      return;
    }
  changes = dlg_diff_get_changes (self->diff);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cb), self->diff, 0);
  slice = gtk_slice_list_model_new (g_object_ref (changes), 0, ROWS_PER_FRAME);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (slice))),
                            factory);
  if (gtk_slice_list_model_get_size (slice) < g_list_model_get_n_items (changes))
    gtk_widget_add_tick_callback (view, grow_cb, g_object_ref (slice), g_object_unref);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), TRUE);
  gtk_widget_set_name (view, "changes-list");
  /* its links as the details' (style.css) */
  gtk_widget_add_css_class (view, "changes-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Changes"), -1);
  g_signal_connect_object (view, "activate", G_CALLBACK (activate_cb), self, 0);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);

  /* what the list counts from, then how many there are (the bar's
   * words) */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  heading = gtk_label_new (self->changes_heading);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_box_append (GTK_BOX (box), heading);
  count = gtk_label_new (self->changes_title);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_box_append (GTK_BOX (box), count);
  for (GtkWidget *label = heading; label != NULL; label = gtk_widget_get_next_sibling (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
    }
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_bottom (count, 6);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (window, _("What Changed"));
  gtk_window_set_titlebar (window, gtk_header_bar_new ());
  gtk_window_set_transient_for (window, GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (window, TRUE);
  gtk_window_set_default_size (window, 560, 600);
  gtk_window_set_child (window, box);
  /* Escape closes it, as a dialog */
  escape = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (escape),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), escape);
  g_signal_connect_object (window, "destroy", G_CALLBACK (changes_window_destroy_cb), self, 0);
  self->changes_window = window;
  gtk_window_present (window);
}

GtkWindow *
dlg_window_get_changes_window (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->changes_window;
}

void
dlg_window_changes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-changes", NULL, show_changes_action);
  gtk_widget_class_install_action (widget_class, "win.compare-with", NULL, compare_with_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-compare", NULL,
                                   cancel_compare_action);
}

void
dlg_window_changes_init (DlgWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-changes", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-with", FALSE);
}

void
dlg_window_changes_dispose (DlgWindow *self)
{
  forget (self);
  dlg_unref_in_thread (g_steal_pointer (&self->previous_dataset));
  g_clear_pointer (&self->changes_title, g_free);
  g_clear_pointer (&self->changes_heading, g_free);
  g_clear_object (&self->changes_file);
}
