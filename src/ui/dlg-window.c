/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-facet-choice.h"
#include "dlg-settings.h"
#include "dlg-style.h"
#include "dlg-width-bin.h"
#include "dlg-window-private.h"

/* Below this width one side shows at a time and the filters fold into
 * a menu button. */
#define NARROW_WIDTH 720

enum {
  PROP_0,
  PROP_SHEET_SCOPE,
  PROP_SORT_BY,
  PROP_SORT_DESCENDING,
  PROP_VIEW,
  PROP_NARROW_SIDE,
  PROP_CONFIRMED_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlgWindow, dlg_window, GTK_TYPE_APPLICATION_WINDOW)

/* What the filter's last count left: the destinations the members shown
 * went to, the delegations they belong to (NULL: all of them) */
static GHashTable *
shown_reached (DlgWindow *self)
{
  return self->result != NULL ? dlg_filter_result_get_reached (self->result) : NULL;
}

static GHashTable *
shown_delegations (DlgWindow *self)
{
  return self->result != NULL ? dlg_filter_result_get_delegations (self->result) : NULL;
}

/* --- sides --- */

static void member_selected_cb (DlgSidePane *pane,
                                DlgMember   *member,
                                DlgWindow   *self);

static void
show_comparison (DlgWindow *self)
{
  GListModel *sides = dlg_dataset_get_sides (self->dataset);
  g_autoptr(DlgSide) a = g_list_model_get_item (sides, self->sides[0]);
  g_autoptr(DlgSide) b = g_list_model_get_item (sides, self->sides[1]);
  const DlgComparison *c = dlg_dataset_compare (self->dataset, a, b);

  g_clear_pointer (&self->shared_keys, g_hash_table_unref);
  self->shared_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < c->shared->len; i++)
    {
      DlgComparedPlace *place = g_ptr_array_index (c->shared, i);

      g_hash_table_add (self->shared_keys, g_strdup (place->key));
    }

  /* what the filter leaves, before anything is drawn from it: filled
   * with everything, the Overview was built again once counted */
  dlg_filter_count (self->filter);
  dlg_side_switcher_set_names (self->side_switcher, dlg_side_get_name (a), dlg_side_get_name (b));
  dlg_overview_set_sides (self->overview, self->dataset, a, b);
  dlg_side_pane_set_side (self->pane_a, self->dataset, a, GTK_FILTER (self->filter),
                          self->shared_keys);
  dlg_side_pane_set_side (self->pane_b, self->dataset, b, GTK_FILTER (self->filter),
                          self->shared_keys);
  dlg_side_pane_set_side_index (self->pane_a, self->sides[0]);
  dlg_side_pane_set_side_index (self->pane_b, self->sides[1]);
  dlg_side_pane_set_shown (self->pane_a, shown_reached (self), shown_delegations (self));
  dlg_side_pane_set_shown (self->pane_b, shown_reached (self), shown_delegations (self));
}

void
dlg_window_choose_sides (DlgWindow *self,
                         guint      a,
                         guint      b)
{
  guint n;

  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (self->dataset != NULL);

  n = g_list_model_get_n_items (dlg_dataset_get_sides (self->dataset));
  g_return_if_fail (a < n && b < n);
  /* A side compared with itself says nothing. */
  g_return_if_fail (a != b);

  self->sides[0] = a;
  self->sides[1] = b;
  show_comparison (self);
}

void
dlg_window_swap_sides (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->dataset != NULL)
    dlg_window_choose_sides (self, self->sides[1], self->sides[0]);
}

static void
side_chosen_cb (DlgSidePane *pane,
                guint        index,
                DlgWindow   *self)
{
  guint a = self->sides[0];
  guint b = self->sides[1];

  if (pane == self->pane_a)
    {
      if (index == b)
        b = a;
      a = index;
    }
  else
    {
      if (index == a)
        a = b;
      b = index;
    }
  dlg_window_choose_sides (self, a, b);
}

/* Something is shown in the details: they open, taking the lower 45 % of
 * the views' height, or less, so that the views above are never cut */
static void
details_shown_cb (DlgWindow *self)
{
  int views;

  if (gtk_widget_get_visible (GTK_WIDGET (self->details)))
    return;
  gtk_widget_measure (GTK_WIDGET (self->view_stack), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (self->main_paned)), &views, NULL, NULL,
                      NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->details), TRUE);
  gtk_paned_set_position (self->main_paned,
                          MAX (gtk_widget_get_height (GTK_WIDGET (self->main_paned)) * 55 / 100,
                               views));
}

static void
member_selected_cb (DlgSidePane *pane,
                    DlgMember   *member,
                    DlgWindow   *self)
{
  dlg_details_show_member (self->details, member);
}

static void
overview_member_cb (DlgWindow *self,
                    DlgMember *member)
{
  member_selected_cb (NULL, member, self);
}

static void
destination_selected_cb (DlgSidePane    *pane,
                         DlgDestination *destination,
                         DlgWindow      *self)
{
  dlg_details_show_destination (self->details, destination);
}

static void
side_activated_cb (DlgSidePane *pane,
                   DlgSide     *side,
                   DlgWindow   *self)
{
  dlg_details_show_side (self->details, side);
}

static void
map_place_activated_cb (DlgWindow      *self,
                        DlgDestination *destination)
{
  destination_selected_cb (NULL, destination, self);
}

static const char * const sort_names[DLG_N_MEMBER_FIELDS] = {
  "name", "party", "role", "delegation", "status",
};

static void
sort_changed_cb (DlgSidePane *pane,
                 DlgWindow   *self)
{
  DlgSidePane *other = pane == self->pane_a ? self->pane_b : self->pane_a;
  int field;
  gboolean descending;

  if (self->syncing_sort)
    return;

  dlg_side_pane_get_sort (pane, &field, &descending);
  self->syncing_sort = TRUE;
  dlg_side_pane_set_sort (other, field, descending);
  self->syncing_sort = FALSE;

  if (self->settings != NULL)
    {
      g_settings_set_string (self->settings, "sort-column", field >= 0 ? sort_names[field] : "");
      g_settings_set_boolean (self->settings, "sort-descending", descending);
    }
  /* The Sort Members menu shows the sort too. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_BY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

/* The sort, for the menu (keyboard users cannot reach the column
 * headers on GTK 4.8): pane A's, which pane B follows. */
static int
current_sort (DlgWindow *self,
              gboolean  *descending)
{
  int field = -1;

  *descending = FALSE;
  /* The template's menu asks before the panes exist. */
  if (self->pane_a != NULL)
    dlg_side_pane_get_sort (self->pane_a, &field, descending);
  return field;
}

static void
set_sort_by (DlgWindow  *self,
             const char *name)
{
  gboolean descending;
  int field = -1;

  current_sort (self, &descending);
  for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
    if (g_strcmp0 (name, sort_names[i]) == 0)
      field = (int) i;
  dlg_side_pane_set_sort (self->pane_a, field, descending);
}

static void
set_sort_descending (DlgWindow *self,
                     gboolean   descending)
{
  gboolean current;
  int field = current_sort (self, &current);

  /* Descending needs a column; dataset order has no direction. */
  dlg_side_pane_set_sort (self->pane_a, field >= 0 ? field : DLG_MEMBER_FIELD_NAME, descending);
}

static void
restore_sort (DlgWindow *self)
{
  g_autofree char *name = NULL;

  if (self->settings == NULL)
    return;
  name = g_settings_get_string (self->settings, "sort-column");
  for (guint i = 0; i < DLG_N_MEMBER_FIELDS; i++)
    if (g_strcmp0 (name, sort_names[i]) == 0)
      dlg_side_pane_set_sort (self->pane_a, (int) i,
                              g_settings_get_boolean (self->settings, "sort-descending"));
}

/* --- showing a dataset --- */

void
dlg_window_show_dataset (DlgWindow  *self,
                         DlgDataset *dataset)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  g_set_object (&self->dataset, dataset);
  /* the old dataset's destinations: the filter's next count makes a new set */
  g_clear_object (&self->result);
  dlg_side_pane_set_shown (self->pane_a, NULL, NULL);
  dlg_side_pane_set_shown (self->pane_b, NULL, NULL);
  self->sides[0] = 0;
  self->sides[1] = 1;

  gtk_label_set_text (self->title_label, dlg_text_shown (dlg_dataset_get_title (dataset), &title));
  gtk_window_set_title (GTK_WINDOW (self), gtk_label_get_text (self->title_label));
  if (dlg_dataset_get_as_of (dataset) != NULL)
    {
      g_autofree char *date = dlg_format_dates (dlg_dataset_get_as_of (dataset),
                                                dlg_dataset_get_as_of (dataset), FALSE);

      /* Translators: the header bar subtitle, with the dataset's as-of date */
      subtitle = g_strdup_printf (_("As of %s"), date);
    }
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);

  dlg_filter_set_dataset (self->filter, dataset);
  show_comparison (self);

  dlg_details_set_dataset (self->details, dataset);
  gtk_widget_set_visible (GTK_WIDGET (self->details), FALSE);
}

void
dlg_window_set_sheet_as_shown (DlgWindow *self,
                               gboolean   as_shown)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->sheet_as_shown == as_shown)
    return;
  self->sheet_as_shown = as_shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHEET_SCOPE]);
}

/* --- the filter --- */

/* Whether a facet's choices hold value: the drop-downs offer nothing
 * else (a value they lack chooses "All …") */
static const char *
offered (DlgWindow  *self,
         DlgFacet    facet,
         const char *value)
{
  GListModel *choices = dlg_filter_get_choices (self->filter, facet);

  for (guint i = 1; value != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return value;
    }
  return NULL;
}

void
dlg_window_set_search (DlgWindow  *self,
                       const char *text)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  dlg_filter_set_search (self->filter, text);
}

void
dlg_window_set_party_filter (DlgWindow  *self,
                             const char *party)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  dlg_filter_set_facet (self->filter, DLG_FACET_PARTY, offered (self, DLG_FACET_PARTY, party));
}

void
dlg_window_set_role_kind_filter (DlgWindow *self,
                                 int        role_kind)
{
  const char *nick;

  g_return_if_fail (DLG_IS_WINDOW (self));

  nick = role_kind >= 0 ? dlg_enum_to_nick (DLG_TYPE_ROLE_KIND, role_kind) : NULL;
  dlg_filter_set_facet (self->filter, DLG_FACET_ROLE_KIND,
                        offered (self, DLG_FACET_ROLE_KIND, nick));
}

void
dlg_window_set_delegation_filter (DlgWindow  *self,
                                  const char *delegation_id)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  dlg_filter_set_facet (self->filter, DLG_FACET_DELEGATION,
                        offered (self, DLG_FACET_DELEGATION, delegation_id));
}

void
dlg_window_set_country_filter (DlgWindow  *self,
                               const char *country)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  dlg_filter_set_facet (self->filter, DLG_FACET_COUNTRY,
                        offered (self, DLG_FACET_COUNTRY, country));
}

void
dlg_window_clear_filters (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  dlg_filter_clear (self->filter);
}

gboolean
dlg_window_get_facets_prepared (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), FALSE);
  return dlg_filter_get_prepared (self->filter);
}

guint
dlg_window_get_facet_count (DlgWindow  *self,
                            const char *facet,
                            const char *value)
{
  static const char * const names[DLG_N_FACETS] = { "party", "role-kind", "delegation", "country" };
  DlgFacet f = DLG_FACET_COUNTRY;
  GListModel *choices;

  g_return_val_if_fail (DLG_IS_WINDOW (self), 0);

  for (guint i = 0; i < DLG_N_FACETS; i++)
    if (g_strcmp0 (facet, names[i]) == 0)
      f = i;
  /* counts waiting for an idle moment are made now */
  dlg_filter_get_result (self->filter);
  choices = dlg_filter_get_choices (self->filter, f);
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return dlg_facet_choice_get_count (choice);
    }
  return 0;
}

/* A member found through a stop of their route says so under their name */
static void
filter_changed_cb (DlgWindow *self)
{
  dlg_side_pane_set_search (self->pane_a, dlg_filter_get_folded_search (self->filter));
  dlg_side_pane_set_search (self->pane_b, dlg_filter_get_folded_search (self->filter));
}

/* The Overview and the panes' lists follow what the members shown reach */
static void
filter_counted_cb (DlgWindow *self,
                   gboolean   changed)
{
  g_autofree char *words = dlg_filter_describe (self->filter);

  g_set_object (&self->result, dlg_filter_get_result (self->filter));
  /* the Overview's captions say what follows the filter while one is on */
  dlg_overview_set_filtered (self->overview, dlg_filter_is_active (self->filter));
  /* the headline's figures are the whole dataset's: it says what the
   * views below it show */
  dlg_overview_set_coverage (self->overview, words, dlg_filter_get_n_shown (self->filter),
                             dlg_filter_get_n_people (self->filter));
  if (changed)
    dlg_window_refilter_overview (self);
}

/* The action's state follows the filter (Clear Filters turns it off) */
static void
confirmed_only_changed_cb (DlgWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIRMED_ONLY]);
}

/* --- views --- */

static const char * const view_names[] = { "overview", "members", "leaders", "destinations" };

static void apply_narrow_side (DlgWindow *self);

void
dlg_window_set_view (DlgWindow  *self,
                     const char *view)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (!g_strv_contains ((const char * const *) view_names, view))
    return;
  dlg_overview_set_active (self->overview, g_str_equal (view, "overview"));
  if (g_str_equal (view, "overview"))
    gtk_stack_set_visible_child_name (self->view_stack, "overview");
  else
    {
      dlg_side_pane_set_view (self->pane_a, view);
      dlg_side_pane_set_view (self->pane_b, view);
      gtk_stack_set_visible_child_name (self->view_stack, "sides");
    }
  /* the overview shows both sides: no side to choose */
  apply_narrow_side (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

const char *
dlg_window_get_view (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);

  /* asked by the switcher's buttons while the template is still being built */
  if (self->view_stack == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "overview") == 0)
    return "overview";
  return dlg_side_pane_get_view (self->pane_a);
}

/* Narrow, one side shows at a time (the switcher chooses which) in the
 * views of the sides */
static void
apply_narrow_side (DlgWindow *self)
{
  guint side = dlg_side_switcher_get_side (self->side_switcher);

  gtk_widget_set_visible (GTK_WIDGET (self->side_switcher),
                          self->narrow && !g_str_equal (dlg_window_get_view (self), "overview"));
  gtk_widget_set_visible (GTK_WIDGET (self->pane_a), !self->narrow || side == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->pane_b), !self->narrow || side == 1);
}

static void
narrow_side_cb (DlgWindow *self)
{
  apply_narrow_side (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW_SIDE]);
}

static void
close_details_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_widget_set_visible (GTK_WIDGET (DLG_WINDOW (widget)->details), FALSE);
}

/* Alt+Left and Alt+Right anywhere in the window: back and forward in the
 * details, while they are open */
static void
details_go_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->details)))
    return;
  if (g_str_equal (action_name, "win.details-back"))
    dlg_details_go_back (self->details);
  else
    dlg_details_go_forward (self->details);
}

/* F6 and Shift+F6 move between the window's parts: the filters, each
 * side (or the overview), the details. */
static void
cycle_panes_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  gboolean back = g_str_equal (action_name, "win.previous-pane");
  GtkWidget *parts[4];
  guint n = 0;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = -1;

  parts[n++] = dlg_filter_bar_get_focus_part (self->filter_bar);
  if (g_str_equal (dlg_window_get_view (self), "overview"))
    parts[n++] = GTK_WIDGET (self->overview);
  else
    {
      if (gtk_widget_get_visible (GTK_WIDGET (self->pane_a)))
        parts[n++] = GTK_WIDGET (self->pane_a);
      if (gtk_widget_get_visible (GTK_WIDGET (self->pane_b)))
        parts[n++] = GTK_WIDGET (self->pane_b);
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->details)))
    parts[n++] = GTK_WIDGET (self->details);

  for (guint i = 0; focus != NULL && i < n; i++)
    if (focus == parts[i] || gtk_widget_is_ancestor (focus, parts[i]))
      current = i;
  for (guint step = 1; step <= n; step++)
    {
      int next = current < 0 ? (back ? (int) n - 1 : 0)
                             : ((current + (back ? -(int) step : (int) step)) % (int) n + (int) n) % (int) n;

      if (gtk_widget_child_focus (parts[next], GTK_DIR_TAB_FORWARD))
        return;
      if (current < 0)
        current = next;
    }
}

/* --- layout --- */

static gboolean
apply_layout_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  self->layout_source = 0;
  gtk_paned_set_position (self->main_paned,
                          MAX (gtk_widget_get_height (GTK_WIDGET (self->main_paned)), 1) * 55 / 100);
  dlg_filter_bar_set_narrow (self->filter_bar, self->narrow);
  apply_narrow_side (self);
  dlg_side_pane_set_compact (self->pane_a, self->narrow);
  dlg_side_pane_set_compact (self->pane_b, self->narrow);
  /* the leaders' columns stack when narrow (the board's wrap by
   * themselves) */
  dlg_overview_set_narrow (self->overview, self->narrow);
  if (self->narrow)
    gtk_widget_add_css_class (GTK_WIDGET (self), "narrow");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "narrow");
  return G_SOURCE_REMOVE;
}

static void
dlg_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  DlgWindow *self = DLG_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (dlg_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* The panes take about two thirds of the height, the comparison the
   * rest; set after this allocation, like the orientation below. */
  if (height != self->paned_height)
    {
      self->paned_height = height;
      if (self->layout_source == 0)
        self->layout_source = g_idle_add (apply_layout_cb, self);
    }

  /* Changing the layout during allocation would queue a resize inside
   * it; do it right after. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->layout_source == 0)
        self->layout_source = g_idle_add (apply_layout_cb, self);
    }
}

/* A window that opens narrow is laid out narrow from its first frame:
 * the wide layout asks for more than 360 pixels. */
static void
dlg_window_realize (GtkWidget *widget)
{
  DlgWindow *self = DLG_WINDOW (widget);
  int width, height;

  /* GTK 4.8 needs both pointers */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0 && width < NARROW_WIDTH && !self->narrow)
    {
      self->narrow = TRUE;
      if (self->layout_source == 0)
        apply_layout_cb (self);
    }
  GTK_WIDGET_CLASS (dlg_window_parent_class)->realize (widget);
}

static gboolean
dlg_window_close_request (GtkWindow *window)
{
  DlgWindow *self = DLG_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }
  /* closed by hand before the start-up's dataset was drawn: no sign
   * that it ends the application */
  dlg_recent_forget_opening (self->recent);
  return GTK_WINDOW_CLASS (dlg_window_parent_class)->close_request (window);
}

static void
dlg_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DlgWindow *self = DLG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHEET_SCOPE:
      g_value_set_string (value, self->sheet_as_shown ? "shown" : "all");
      break;
    case PROP_SORT_BY:
      {
        gboolean descending;
        int field = current_sort (self, &descending);

        g_value_set_string (value, field >= 0 ? sort_names[field] : "");
      }
      break;
    case PROP_SORT_DESCENDING:
      {
        gboolean descending;

        current_sort (self, &descending);
        g_value_set_boolean (value, descending);
      }
      break;
    case PROP_VIEW:
      g_value_set_string (value, dlg_window_get_view (self));
      break;
    case PROP_NARROW_SIDE:
      /* asked by the template's buttons before the switcher is there */
      g_value_set_int (value, self->side_switcher != NULL
                              ? (int) dlg_side_switcher_get_side (self->side_switcher) : 0);
      break;
    case PROP_CONFIRMED_ONLY:
      /* asked by the template's check button before the filter is there */
      g_value_set_boolean (value, self->filter != NULL &&
                                  dlg_filter_get_confirmed_only (self->filter));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DlgWindow *self = DLG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHEET_SCOPE:
      dlg_window_set_sheet_as_shown (self, g_strcmp0 (g_value_get_string (value), "all") != 0);
      break;
    case PROP_SORT_BY:
      set_sort_by (self, g_value_get_string (value));
      break;
    case PROP_SORT_DESCENDING:
      set_sort_descending (self, g_value_get_boolean (value));
      break;
    case PROP_VIEW:
      dlg_window_set_view (self, g_value_get_string (value));
      break;
    case PROP_NARROW_SIDE:
      dlg_side_switcher_set_side (self->side_switcher, (guint) g_value_get_int (value));
      break;
    case PROP_CONFIRMED_ONLY:
      dlg_filter_set_confirmed_only (self->filter, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* --- accessors --- */

DlgDataset *
dlg_window_get_dataset (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->dataset;
}

GFile *
dlg_window_get_file (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_document_get_file (self->document);
}

DlgDocument *
dlg_window_get_document (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->document;
}

gboolean
dlg_window_is_loading (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), FALSE);
  return dlg_document_get_loading (self->document);
}

const char *
dlg_window_get_error (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_document_get_error (self->document);
}

DlgSidePane *
dlg_window_get_pane (DlgWindow *self,
                     guint      index)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return index == 0 ? self->pane_a : self->pane_b;
}

DlgOverview *
dlg_window_get_overview (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->overview;
}

DlgFilter *
dlg_window_get_filter (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->filter;
}

char *
dlg_window_get_details_text (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_details_get_text (self->details);
}

char *
dlg_window_get_comparison_text (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_overview_get_comparison_text (self->overview);
}

/* --- class --- */

static void
dlg_window_dispose (GObject *object)
{
  DlgWindow *self = DLG_WINDOW (object);

  dlg_window_print_dispose (self);
  dlg_window_changes_dispose (self);
  dlg_window_load_dispose (self);
  g_clear_handle_id (&self->layout_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_WINDOW);

  g_clear_object (&self->result);
  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->shared_keys, g_hash_table_unref);

  G_OBJECT_CLASS (dlg_window_parent_class)->dispose (object);
}

static void
dlg_window_finalize (GObject *object)
{
  DlgWindow *self = DLG_WINDOW (object);

  g_clear_pointer (&self->exports, g_ptr_array_unref);

  G_OBJECT_CLASS (dlg_window_parent_class)->finalize (object);
}

static void
dlg_window_class_init (DlgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dlg_window_dispose;
  object_class->finalize = dlg_window_finalize;
  object_class->get_property = dlg_window_get_property;
  object_class->set_property = dlg_window_set_property;

  /* "shown" or "all": what print and export contain */
  properties[PROP_SHEET_SCOPE] =
    g_param_spec_string ("sheet-scope", NULL, NULL, "shown",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "" for dataset order, or a column: "name", "party", "role"… */
  properties[PROP_SORT_BY] =
    g_param_spec_string ("sort-by", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* "overview", "members", "leaders" or "destinations": one switch for both sides */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "overview",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* in a narrow window, the side shown: 0 or 1 */
  properties[PROP_NARROW_SIDE] =
    g_param_spec_int ("narrow-side", NULL, NULL, 0, 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* members and stops not confirmed are hidden: the filter's, for the
   * window's action (the filter bar's check button, the main menu) */
  properties[PROP_CONFIRMED_ONLY] =
    g_param_spec_boolean ("confirmed-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->size_allocate = dlg_window_size_allocate;
  widget_class->realize = dlg_window_realize;
  window_class->close_request = dlg_window_close_request;

  g_type_ensure (DLG_TYPE_SIDE_PANE);
  g_type_ensure (DLG_TYPE_OVERVIEW);
  g_type_ensure (DLG_TYPE_FILTER_BAR);
  g_type_ensure (DLG_TYPE_DETAILS);
  g_type_ensure (DLG_TYPE_MESSAGE_AREA);
  g_type_ensure (DLG_TYPE_SIDE_SWITCHER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, message_area);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, main_paned);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, pane_a);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, pane_b);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, details);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, side_switcher);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, filter_bar);
  /* no field: handed to the recent datasets (gtk_widget_get_template_child) */
  gtk_widget_class_bind_template_child_full (widget_class, "recent_menu", FALSE, 0);
  gtk_widget_class_install_property_action (widget_class, "win.sheet-scope", "sheet-scope");
  gtk_widget_class_install_property_action (widget_class, "win.sort-by", "sort-by");
  gtk_widget_class_install_property_action (widget_class, "win.sort-descending",
                                            "sort-descending");
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.narrow-side", "narrow-side");
  gtk_widget_class_install_property_action (widget_class, "win.confirmed-only", "confirmed-only");
  gtk_widget_class_install_action (widget_class, "win.close-details", NULL, close_details_action);
  gtk_widget_class_install_action (widget_class, "win.details-back", NULL, details_go_action);
  gtk_widget_class_install_action (widget_class, "win.details-forward", NULL, details_go_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.details-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.details-forward", NULL);
  gtk_widget_class_install_action (widget_class, "win.next-pane", NULL, cycle_panes_action);
  gtk_widget_class_install_action (widget_class, "win.previous-pane", NULL, cycle_panes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.next-pane", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, GDK_SHIFT_MASK,
                                       "win.previous-pane", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.view",
                                         "s", view_names[i]);

  dlg_window_load_class_init (widget_class);
  dlg_window_changes_class_init (widget_class);
  dlg_window_actions_class_init (widget_class);
}

static void
dlg_window_init (DlgWindow *self)
{
  /* Before the template: its menu reads the action state right away. */
  self->sheet_as_shown = TRUE;
  self->exports = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The views above the details are asked their width with no height
   * given: a vertical paned asks its child's width for the child's share
   * of the height, and the Members view's wrapping lines, asked for a
   * short height, answer with their whole text on one line (the details
   * opened made the window 5 926 pixels wide). */
  {
    g_autoptr(GtkWidget) views = g_object_ref (GTK_WIDGET (self->view_stack));

    gtk_paned_set_start_child (self->main_paned, NULL);
    gtk_paned_set_start_child (self->main_paned, dlg_width_bin_new (views));
  }

  /* A development build (meson -Dprofile=development) is told apart at a
   * glance: Adwaita marks the header bar of a window with this class. */
  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = dlg_settings_new ();

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1280, 800);

  self->filter = dlg_filter_new ();
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (filter_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "counted", G_CALLBACK (filter_counted_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "notify::confirmed-only",
                           G_CALLBACK (confirmed_only_changed_cb), self, G_CONNECT_SWAPPED);
  dlg_filter_bar_set_filter (self->filter_bar, self->filter);
  dlg_filter_bar_set_key_capture_widget (self->filter_bar, GTK_WIDGET (self));
  dlg_window_load_init (self);
  dlg_window_changes_init (self);

  for (guint i = 0; i < 2; i++)
    {
      DlgSidePane *pane = i == 0 ? self->pane_a : self->pane_b;

      g_signal_connect_object (pane, "member-selected", G_CALLBACK (member_selected_cb), self, 0);
      g_signal_connect_object (pane, "destination-selected", G_CALLBACK (destination_selected_cb), self, 0);
      g_signal_connect_object (pane, "sort-changed", G_CALLBACK (sort_changed_cb), self, 0);
      g_signal_connect_object (pane, "side-chosen", G_CALLBACK (side_chosen_cb), self, 0);
      g_signal_connect_object (pane, "side-activated", G_CALLBACK (side_activated_cb), self, 0);
    }
  g_signal_connect_object (self->side_switcher, "notify::side", G_CALLBACK (narrow_side_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details, "shown", G_CALLBACK (details_shown_cb), self,
                           G_CONNECT_SWAPPED);
  /* a leader card or a place on the map activated: its details */
  g_signal_connect_object (self->overview, "member-activated", G_CALLBACK (overview_member_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overview, "place-activated",
                           G_CALLBACK (map_place_activated_cb), self, G_CONNECT_SWAPPED);

  restore_sort (self);
  dlg_window_set_view (self, "overview");
}

DlgWindow *
dlg_window_new (GtkApplication *application)
{
  return g_object_new (DLG_TYPE_WINDOW, "application", application, NULL);
}

GtkWidget *
dlg_window_get_map (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (dlg_overview_get_map (self->overview));
}

GtkWidget *
dlg_window_get_timeline (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (dlg_overview_get_timeline (self->overview));
}

const char *
dlg_window_get_meetings_text (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_overview_get_meetings_text (self->overview);
}

void
dlg_window_refilter_overview (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->dataset == NULL)
    return;
  dlg_overview_set_result (self->overview, self->result);
  dlg_side_pane_set_shown (self->pane_a, shown_reached (self), shown_delegations (self));
  dlg_side_pane_set_shown (self->pane_b, shown_reached (self), shown_delegations (self));
}

GtkWidget *
dlg_window_get_leaders (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_overview_get_leaders (self->overview);
}

GtkWidget *
dlg_window_get_board (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return GTK_WIDGET (dlg_overview_get_board (self->overview));
}

void
dlg_window_show_delegation (DlgWindow  *self,
                            const char *id)
{
  DlgDelegation *delegation;

  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->dataset == NULL ||
      (delegation = dlg_dataset_lookup_delegation (self->dataset, id)) == NULL)
    return;
  dlg_details_show_delegation (self->details, delegation);
}
