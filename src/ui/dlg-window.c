#define G_LOG_DOMAIN "dlg-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-settings.h"
#include "dlg-window-private.h"

/* Below this width the two panes stack vertically. */
#define NARROW_WIDTH 960
/* A change on disk is reloaded after this quiet time (ms). */
#define RELOAD_DELAY 300
/* Loads that take longer than this (ms) show a progress bar. */
#define PROGRESS_DELAY 200
#define MAX_RECENT 8

struct _DlgWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkRevealer *error_revealer;
  GtkLabel *error_title;
  GtkLabel *error_label;
  GtkRevealer *message_revealer;
  GtkLabel *message_title;
  GtkLabel *message_detail;
  GtkButton *message_open;
  GtkRevealer *progress_revealer;
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkDropDown *party_dropdown;
  GtkDropDown *role_kind_dropdown;
  GtkDropDown *delegation_dropdown;
  GtkDropDown *country_dropdown;
  GtkBox *panes_box;
  GtkPaned *main_paned;
  DlgSidePane *pane_a;
  DlgSidePane *pane_b;
  GtkStack *bottom_stack;
  GtkBox *comparison_box;
  GtkBox *details_box;
  GMenu *recent_menu;

  GSettings *settings;

  /* data */
  DlgDataset *dataset;
  GFile *file;         /* the file asked for, watched */
  GFile *shown_file;   /* the file the data on screen came from */
  GFileMonitor *monitor;
  GCancellable *cancellable;
  char *error_text;
  guint side_a;
  guint side_b;
  GHashTable *shared_keys;

  /* filter */
  GtkCustomFilter *filter;
  char *search;
  char *party;
  int role_kind;
  char *delegation_id;
  char *country;
  GHashTable *country_delegations;
  GPtrArray *party_values;
  GPtrArray *delegation_values;
  GPtrArray *country_values;
  GArray *role_kind_values;
  gboolean updating_facets;
  gboolean setting_search;
  /* the bundled data is shown because the requested file failed */
  gboolean showing_fallback;

  guint reload_source;
  guint progress_source;
  guint layout_source;
  gboolean syncing_sort;
  /* written by the loading thread, read by the progress timer */
  int load_permille;
  gboolean narrow;
  int paned_height;

  /* print and export */
  gboolean sheet_as_shown;
  char *message;
  GFile *export_file;
};

enum {
  PROP_0,
  PROP_SHEET_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlgWindow, dlg_window, GTK_TYPE_APPLICATION_WINDOW)

static void load (DlgWindow *self,
                  GFile     *file,
                  gboolean   remember);

/* --- filtering --- */

static gboolean
filter_member (gpointer item,
               gpointer user_data)
{
  DlgWindow *self = user_data;
  DlgMember *m = item;

  if (self->party != NULL)
    {
      const char *party = dlg_member_get_party (m);

      if (self->party[0] == '\0' ? party != NULL : g_strcmp0 (party, self->party) != 0)
        return FALSE;
    }
  if (self->role_kind >= 0 && (int) dlg_member_get_role_kind (m) != self->role_kind)
    return FALSE;
  if (self->delegation_id != NULL &&
      g_strcmp0 (dlg_member_get_delegation_id (m), self->delegation_id) != 0)
    return FALSE;
  if (self->country != NULL &&
      !g_hash_table_contains (self->country_delegations, dlg_member_get_delegation_id (m)))
    return FALSE;
  return dlg_member_matches (m, self->search);
}

static void
filter_changed (DlgWindow        *self,
                GtkFilterChange   change)
{
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters",
                                 (self->search != NULL && self->search[0] != '\0') ||
                                 self->party != NULL || self->role_kind >= 0 ||
                                 self->delegation_id != NULL || self->country != NULL);
}

void
dlg_window_set_search (DlgWindow  *self,
                       const char *text)
{
  g_autofree char *folded = dlg_text_fold (text);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (DLG_IS_WINDOW (self));

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  if (self->search == NULL || strstr (folded, self->search) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->search, folded) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);

  /* Setting the entry's text passes through "" (which the entry reports
   * at once); that is not a search of its own. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ?: "") != 0)
    {
      self->setting_search = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ?: "");
      self->setting_search = FALSE;
    }
  filter_changed (self, change);
}

static void
search_changed_cb (DlgWindow *self)
{
  if (!self->setting_search)
    dlg_window_set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (DlgWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

static guint
index_of (GPtrArray  *values,
          const char *value)
{
  for (guint i = 1; value != NULL && values != NULL && i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), value) == 0)
      return i;
  return 0;
}

void
dlg_window_set_party_filter (DlgWindow  *self,
                             const char *party)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->party_dropdown, index_of (self->party_values, party));
}

void
dlg_window_set_role_kind_filter (DlgWindow *self,
                                 int        role_kind)
{
  guint index = 0;

  g_return_if_fail (DLG_IS_WINDOW (self));
  for (guint i = 1; i < self->role_kind_values->len; i++)
    if (g_array_index (self->role_kind_values, int, i) == role_kind)
      index = i;
  gtk_drop_down_set_selected (self->role_kind_dropdown, index);
}

void
dlg_window_set_delegation_filter (DlgWindow  *self,
                                  const char *delegation_id)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->delegation_dropdown,
                              index_of (self->delegation_values, delegation_id));
}

void
dlg_window_set_country_filter (DlgWindow  *self,
                               const char *country)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  gtk_drop_down_set_selected (self->country_dropdown, index_of (self->country_values, country));
}

static void
update_country_delegations (DlgWindow *self)
{
  GListModel *sides;

  g_hash_table_remove_all (self->country_delegations);
  if (self->country == NULL || self->dataset == NULL)
    return;

  sides = dlg_dataset_get_sides (self->dataset);
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *dests = dlg_side_get_destinations (side);

      for (guint j = 0; j < g_list_model_get_n_items (dests); j++)
        {
          g_autoptr(DlgDestination) d = g_list_model_get_item (dests, j);

          if (g_strcmp0 (dlg_destination_get_country (d), self->country) == 0)
            g_hash_table_add (self->country_delegations,
                              g_strdup (dlg_destination_get_delegation_id (d)));
        }
    }
}

static void
facet_changed_cb (DlgWindow *self)
{
  guint i;

  if (self->updating_facets)
    return;

  i = gtk_drop_down_get_selected (self->party_dropdown);
  replace_string (&self->party, i > 0 && i < self->party_values->len ?
                                g_ptr_array_index (self->party_values, i) : NULL);
  i = gtk_drop_down_get_selected (self->role_kind_dropdown);
  self->role_kind = i > 0 && i < self->role_kind_values->len ?
                    g_array_index (self->role_kind_values, int, i) : -1;
  i = gtk_drop_down_get_selected (self->delegation_dropdown);
  replace_string (&self->delegation_id, i > 0 && i < self->delegation_values->len ?
                                        g_ptr_array_index (self->delegation_values, i) : NULL);
  i = gtk_drop_down_get_selected (self->country_dropdown);
  replace_string (&self->country, i > 0 && i < self->country_values->len ?
                                  g_ptr_array_index (self->country_values, i) : NULL);
  update_country_delegations (self);
  filter_changed (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
dlg_window_clear_filters (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  self->updating_facets = TRUE;
  gtk_drop_down_set_selected (self->party_dropdown, 0);
  gtk_drop_down_set_selected (self->role_kind_dropdown, 0);
  gtk_drop_down_set_selected (self->delegation_dropdown, 0);
  gtk_drop_down_set_selected (self->country_dropdown, 0);
  self->updating_facets = FALSE;
  g_clear_pointer (&self->search, g_free);
  self->setting_search = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->setting_search = FALSE;
  facet_changed_cb (self);
}

/* Facet choices with counts over every side's members. */

typedef struct
{
  char *value;
  char *label;
  guint count;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *c = data;

  g_free (c->value);
  g_free (c->label);
  g_free (c);
}

static int
choice_by_count (gconstpointer a,
                 gconstpointer b)
{
  const Choice *ca = *(const Choice * const *) a;
  const Choice *cb = *(const Choice * const *) b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return g_utf8_collate (ca->label, cb->label);
}

static int
choice_by_label (gconstpointer a,
                 gconstpointer b)
{
  const Choice *ca = *(const Choice * const *) a;
  const Choice *cb = *(const Choice * const *) b;

  return g_utf8_collate (ca->label, cb->label);
}

static void
count_choice (GHashTable *table,
              GPtrArray  *order,
              const char *value,
              const char *label)
{
  Choice *c = g_hash_table_lookup (table, value);

  if (c == NULL)
    {
      c = g_new0 (Choice, 1);
      c->value = g_strdup (value);
      c->label = g_strdup (label);
      g_hash_table_insert (table, c->value, c);
      g_ptr_array_add (order, c);
    }
  c->count++;
}

/* Fills a drop-down with "All …" and the choices; keeps the chosen value
 * when it is still there. */
static void
set_choices (GtkDropDown *dropdown,
             GPtrArray  **values,
             const char  *all_label,
             GPtrArray   *choices,
             const char  *keep)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GPtrArray *new_values = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (labels, all_label);
  g_ptr_array_add (new_values, NULL);
  for (guint i = 0; i < choices->len; i++)
    {
      Choice *c = g_ptr_array_index (choices, i);
      g_autofree char *label = g_strdup_printf ("%s (%u)", c->label, c->count);

      gtk_string_list_append (labels, label);
      g_ptr_array_add (new_values, g_strdup (c->value));
    }
  g_clear_pointer (values, g_ptr_array_unref);
  *values = new_values;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, index_of (new_values, keep));
}

static void
rebuild_facets (DlgWindow *self)
{
  g_autoptr(GHashTable) parties = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) delegations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) party_choices = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GPtrArray) delegation_choices = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GPtrArray) country_choices = g_ptr_array_new_with_free_func (choice_free);
  g_autoptr(GtkStringList) role_labels = gtk_string_list_new (NULL);
  guint role_counts[DLG_N_ROLE_KINDS] = { 0 };
  GListModel *sides = dlg_dataset_get_sides (self->dataset);
  guint keep_role = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GListModel *members = dlg_side_get_members (side);
      GListModel *groups = dlg_side_get_delegations (side);
      g_autoptr(GHashTable) group_countries = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, j);
          const char *party = dlg_member_get_party (m);

          count_choice (parties, party_choices, party ? party : "",
                        party ? party : _("Party not known"));
          count_choice (delegations, delegation_choices, dlg_member_get_delegation_id (m), NULL);
          role_counts[dlg_member_get_role_kind (m)]++;
        }

      /* Delegation labels name their side: "India · Group 1" */
      for (guint j = 0; j < g_list_model_get_n_items (groups); j++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (groups, j);
          Choice *c = g_hash_table_lookup (delegations, dlg_record_get_id (DLG_RECORD (d)));
          GListModel *route = dlg_delegation_get_destinations (d);
          guint n_members = g_list_model_get_n_items (dlg_delegation_get_members (d));

          if (c != NULL)
            {
              g_free (c->label);
              c->label = g_strdup_printf ("%s · %s", dlg_side_get_name (side),
                                          dlg_delegation_get_label (d));
            }

          g_hash_table_remove_all (group_countries);
          for (guint k = 0; k < g_list_model_get_n_items (route); k++)
            {
              g_autoptr(DlgDestination) dest = g_list_model_get_item (route, k);
              const char *country = dlg_destination_get_country (dest);
              Choice *cc;

              if (!g_hash_table_add (group_countries, (gpointer) country))
                continue;
              count_choice (countries, country_choices, country, country);
              cc = g_hash_table_lookup (countries, country);
              cc->count += n_members - 1;
            }
        }
    }

  g_ptr_array_sort (party_choices, choice_by_count);
  g_ptr_array_sort (country_choices, choice_by_label);

  self->updating_facets = TRUE;
  set_choices (self->party_dropdown, &self->party_values, _("All parties"), party_choices,
               self->party);
  set_choices (self->delegation_dropdown, &self->delegation_values, _("All delegations"),
               delegation_choices, self->delegation_id);
  set_choices (self->country_dropdown, &self->country_values, _("All destinations"),
               country_choices, self->country);

  g_array_set_size (self->role_kind_values, 0);
  gtk_string_list_append (role_labels, _("All kinds of role"));
  {
    int all = -1;

    g_array_append_val (self->role_kind_values, all);
  }
  for (int k = 0; k < DLG_N_ROLE_KINDS; k++)
    {
      g_autofree char *label = NULL;

      if (role_counts[k] == 0)
        continue;
      label = g_strdup_printf ("%s (%u)", dlg_role_kind_to_label (k), role_counts[k]);
      gtk_string_list_append (role_labels, label);
      g_array_append_val (self->role_kind_values, k);
      if (k == self->role_kind)
        keep_role = self->role_kind_values->len - 1;
    }
  gtk_drop_down_set_model (self->role_kind_dropdown, G_LIST_MODEL (role_labels));
  gtk_drop_down_set_selected (self->role_kind_dropdown, keep_role);
  self->updating_facets = FALSE;

  facet_changed_cb (self);
}

/* --- sides --- */

static void
show_comparison (DlgWindow *self)
{
  g_autoptr(DlgSide) a = g_list_model_get_item (dlg_dataset_get_sides (self->dataset), self->side_a);
  g_autoptr(DlgSide) b = g_list_model_get_item (dlg_dataset_get_sides (self->dataset), self->side_b);
  g_autoptr(DlgComparison) c = dlg_comparison_new (a, b);

  g_clear_pointer (&self->shared_keys, g_hash_table_unref);
  self->shared_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < c->shared->len; i++)
    g_hash_table_add (self->shared_keys, g_strdup (((DlgPlace *) g_ptr_array_index (c->shared, i))->key));

  dlg_details_show_comparison (self->comparison_box, a, b, c);
  dlg_side_pane_set_side (self->pane_a, self->dataset, a, GTK_FILTER (self->filter), self->shared_keys);
  dlg_side_pane_set_side (self->pane_b, self->dataset, b, GTK_FILTER (self->filter), self->shared_keys);
  dlg_side_pane_set_side_index (self->pane_a, self->side_a);
  dlg_side_pane_set_side_index (self->pane_b, self->side_b);
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

  self->side_a = a;
  self->side_b = b;
  show_comparison (self);
}

void
dlg_window_swap_sides (DlgWindow *self)
{
  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->dataset != NULL)
    dlg_window_choose_sides (self, self->side_b, self->side_a);
}

static void
side_chosen_cb (DlgSidePane *pane,
                guint        index,
                DlgWindow   *self)
{
  guint a = self->side_a;
  guint b = self->side_b;

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

static void
member_selected_cb (DlgSidePane *pane,
                    DlgMember   *member,
                    DlgWindow   *self)
{
  dlg_details_show_member (self->details_box, self->dataset, member);
  gtk_stack_set_visible_child_name (self->bottom_stack, "details");
}

static void
destination_selected_cb (DlgSidePane    *pane,
                         DlgDestination *destination,
                         DlgWindow      *self)
{
  dlg_details_show_destination (self->details_box, self->dataset, destination);
  gtk_stack_set_visible_child_name (self->bottom_stack, "details");
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

static void
show_dataset (DlgWindow  *self,
              DlgDataset *dataset)
{
  g_autofree char *subtitle = NULL;
  GtkWidget *placeholder;

  g_set_object (&self->dataset, dataset);
  self->side_a = 0;
  self->side_b = 1;

  gtk_label_set_text (self->title_label, dlg_dataset_get_title (dataset));
  gtk_window_set_title (GTK_WINDOW (self), dlg_dataset_get_title (dataset));
  if (dlg_dataset_get_as_of (dataset) != NULL)
    {
      g_autofree char *date = dlg_format_dates (dlg_dataset_get_as_of (dataset),
                                                dlg_dataset_get_as_of (dataset), FALSE);

      /* Translators: the header bar subtitle, with the dataset's as-of date */
      subtitle = g_strdup_printf (_("As of %s"), date);
    }
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);

  rebuild_facets (self);
  show_comparison (self);

  while ((placeholder = gtk_widget_get_first_child (GTK_WIDGET (self->details_box))) != NULL)
    gtk_box_remove (self->details_box, placeholder);
  placeholder = gtk_label_new (_("Select a member or a destination to see every fact about it "
                                 "and its sources."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_box_append (self->details_box, placeholder);
  gtk_stack_set_visible_child_name (self->bottom_stack, "comparison");
}

/* --- errors and progress --- */

static void
show_error (DlgWindow  *self,
            GFile      *file,
            const char *message)
{
  g_autofree char *name = dlg_file_display_name (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *title = NULL;

  g_free (self->error_text);
  self->error_text = g_strdup (message);

  if (self->showing_fallback)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded; the bundled dataset is shown "
                               "instead. Fix the file and it loads."), basename);
  else if (self->dataset != NULL)
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded. The data shown is still the last "
                               "data that loaded; fix the file and it reloads."), basename);
  else
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("“%s” could not be loaded."), basename);
  gtk_label_set_text (self->error_title, title);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->error_title), name);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
hide_error (DlgWindow *self)
{
  g_clear_pointer (&self->error_text, g_free);
  gtk_label_set_text (self->error_label, "");
  gtk_label_set_text (self->error_title, "");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  DlgWindow *self = user_data;
  int permille = g_atomic_int_get (&self->load_permille);

  /* Reading has a known size; parsing and building do not, so the bar
   * stands at that step's share until it is done. */
  if (permille > 0)
    gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  else
    gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  self->progress_source = g_timeout_add (100, pulse_cb, self);
  return G_SOURCE_REMOVE;
}

static void
stop_progress (DlgWindow *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

/* --- recent datasets --- */

static void
rebuild_recent_menu (DlgWindow *self)
{
  g_auto(GStrv) uris = NULL;

  g_menu_remove_all (self->recent_menu);
  if (self->settings != NULL)
    uris = g_settings_get_strv (self->settings, "recent-datasets");

  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *basename = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (basename, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->recent_menu, item);
    }
  if (uris == NULL || uris[0] == NULL)
    g_menu_append (self->recent_menu, _("No Recent Datasets"), "win.no-recent");
}

static void
remember (DlgWindow *self,
          GFile     *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uris = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "last-dataset", g_str_has_prefix (uri, "resource:") ? "" : uri);
  if (g_str_has_prefix (uri, "resource:"))
    return;

  old = g_settings_get_strv (self->settings, "recent-datasets");
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    if (g_strcmp0 (old[i], uri) != 0)
      {
        g_strv_builder_add (builder, old[i]);
        n++;
      }
  uris = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-datasets", (const char * const *) uris);
  rebuild_recent_menu (self);
}

/* --- loading and watching --- */

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data);

static gboolean
reload_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  self->reload_source = 0;
  if (self->file != NULL)
    load (self, self->file, FALSE);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 gpointer           user_data)
{
  DlgWindow *self = user_data;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED:
      /* Editors save in bursts, or write a copy and rename it over the
       * file: wait for a quiet moment, then reload once. */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY, reload_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      break;
    }
}

static void
watch (DlgWindow *self,
       GFile     *file)
{
  if (self->file != NULL && g_file_equal (self->file, file))
    return;

  g_set_object (&self->file, file);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (g_file_is_native (file))
    {
      g_autoptr(GError) error = NULL;

      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor == NULL)
        g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      else
        g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
    }
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  DlgWindow *self = user_data;

  g_atomic_int_set (&self->load_permille, (int) (fraction * 1000));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  /* The task holds the window, so the progress callback may use it. */
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_file_full (G_FILE (task_data), NULL,
                                                              load_progress_cb, source_object,
                                                              cancellable, &error);

  if (dataset == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* Sort keys and search text are made here, not in the main loop. */
  dlg_dataset_prepare_keys (dataset);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&dataset), g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DlgWindow *self = DLG_WINDOW (object);
  GTask *task = G_TASK (result);
  GFile *file = g_task_get_task_data (task);
  gboolean remember_file = GPOINTER_TO_INT (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = g_task_propagate_pointer (task, &error);

  /* A newer load replaced this one. */
  if (g_task_get_cancellable (task) != self->cancellable)
    return;
  g_clear_object (&self->cancellable);
  stop_progress (self);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Nothing on screen yet: show the bundled data under the error. */
      if (self->dataset == NULL)
        {
          self->showing_fallback = TRUE;
          g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
          g_autoptr(GError) bundled_error = NULL;
          g_autoptr(DlgDataset) fallback = dlg_dataset_load_file (bundled, NULL, NULL,
                                                                  &bundled_error);

          if (fallback != NULL)
            show_dataset (self, fallback);
        }
      show_error (self, file, error->message);
      return;
    }

  const char * const *warnings = dlg_dataset_get_warnings (dataset);
  for (guint i = 0; warnings[i] != NULL; i++)
    g_message ("%s", warnings[i]);

  hide_error (self);
  self->showing_fallback = FALSE;
  g_set_object (&self->shown_file, file);
  show_dataset (self, dataset);
  if (remember_file)
    remember (self, file);
}

static void
load (DlgWindow *self,
      GFile     *file,
      gboolean   remember_file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  watch (self, file);

  /* Translators: %s is a file name */
  text = g_strdup_printf (_("Loading “%s”…"), name);
  gtk_label_set_text (self->progress_label, text);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->progress_source = g_timeout_add (PROGRESS_DELAY, show_progress_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", TRUE);

  g_atomic_int_set (&self->load_permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  task = g_task_new (self, self->cancellable, loaded_cb, GINT_TO_POINTER (remember_file));
  g_task_set_source_tag (task, load);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
dlg_window_open (DlgWindow *self,
                 GFile     *file)
{
  g_return_if_fail (DLG_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load (self, file, TRUE);
}

void
dlg_window_open_default (DlgWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (DLG_IS_WINDOW (self));

  if (self->settings != NULL)
    uri = g_settings_get_string (self->settings, "last-dataset");
  if (uri != NULL && uri[0] != '\0')
    file = g_file_new_for_uri (uri);
  if (file == NULL || !g_file_query_exists (file, NULL))
    g_set_object (&file, dlg_bundled_dataset_file ());
  load (self, file, TRUE);
}

/* --- opening files --- */

#if GTK_CHECK_VERSION (4, 10, 0)
static void
open_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DlgWindow) self = user_data;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, NULL);

  if (file != NULL)
    dlg_window_open (self, file);
}
#else
static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  DlgWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      dlg_window_open (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}
#endif

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (json, _("Datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
    g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

    g_list_store_append (filters, json);
    gtk_file_dialog_set_title (dialog, _("Open a Dataset"));
    gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
    gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, open_dialog_done_cb, g_object_ref (self));
  }
#else
  {
    GtkFileChooserNative *dialog =
      gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));

    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
    gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
    g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
    gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  }
#endif
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  dlg_window_open (DLG_WINDOW (widget), file);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DlgWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;
  dlg_window_open (self, G_FILE (files->data));
  return TRUE;
}

/* --- other actions --- */

static void
unavailable_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  /* Disabled actions; never activated. */
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_print (DLG_WINDOW (widget));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_export_pdf (DLG_WINDOW (widget));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (DLG_WINDOW (widget)->dataset != NULL)
    dlg_window_export_csv (DLG_WINDOW (widget));
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);
  g_autofree char *uri = NULL;

  if (self->export_file == NULL)
    return;
  uri = g_file_get_uri (self->export_file);
#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileLauncher) launcher = gtk_file_launcher_new (self->export_file);

    gtk_file_launcher_launch (launcher, GTK_WINDOW (self), NULL, NULL, NULL);
  }
#else
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
#endif
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
dismiss_message_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DLG_WINDOW (widget)->message_revealer, FALSE);
}

void
dlg_window_show_message (DlgWindow  *self,
                         const char *title,
                         const char *detail,
                         GFile      *open_file)
{
  g_free (self->message);
  self->message = g_strdup (title);
  g_set_object (&self->export_file, open_file);
  gtk_label_set_text (self->message_title, title);
  gtk_label_set_text (self->message_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_detail), detail != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_open), open_file != NULL);
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

const char *
dlg_window_get_message (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->message;
}

gboolean
dlg_window_get_sheet_as_shown (DlgWindow *self)
{
  return self->sheet_as_shown;
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

static const char *
chosen_label (GtkDropDown *dropdown)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (dropdown);

  return item != NULL ? gtk_string_object_get_string (item) : "";
}

/* The active filter in words: "Party: BJP; search: 'former'", or NULL. */
char *
dlg_window_describe_filter (DlgWindow *self)
{
  g_autoptr(GString) s = g_string_new (NULL);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  struct { GtkDropDown *dropdown; gboolean on; const char *name; } facets[] = {
    { self->party_dropdown, self->party != NULL, _("Party") },
    { self->role_kind_dropdown, self->role_kind >= 0, _("Kind of role") },
    { self->delegation_dropdown, self->delegation_id != NULL, _("Delegation") },
    { self->country_dropdown, self->country != NULL, _("Destination") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (facets); i++)
    {
      g_autofree char *label = NULL;
      char *count;

      if (!facets[i].on)
        continue;
      /* drop the " (N)" count from the drop-down's label */
      label = g_strdup (chosen_label (facets[i].dropdown));
      count = strrchr (label, '(');
      if (count != NULL && count > label)
        count[-1] = '\0';
      g_string_append_printf (s, "%s%s: %s", s->len > 0 ? "; " : "", facets[i].name, label);
    }
  if (self->search != NULL && self->search[0] != '\0')
    /* Translators: part of the filter described on a printed sheet */
    g_string_append_printf (s, _("%ssearch: ‘%s’"), s->len > 0 ? "; " : "", search);
  return s->len > 0 ? g_strdup (s->str) : NULL;
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
swap_sides_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dlg_window_swap_sides (DLG_WINDOW (widget));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  dlg_window_clear_filters (DLG_WINDOW (widget));
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (DLG_WINDOW (widget)->error_revealer, FALSE);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* The worker's result, when it comes, is for nobody. */
  g_clear_object (&self->cancellable);
  stop_progress (self);
  /* Watch the file whose data is on screen again. */
  if (self->shown_file != NULL)
    watch (self, self->shown_file);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DlgWindow *self = DLG_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* --- layout --- */

static gboolean
apply_layout_cb (gpointer user_data)
{
  DlgWindow *self = user_data;

  self->layout_source = 0;
  gtk_paned_set_position (self->main_paned, self->paned_height * 62 / 100);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->panes_box),
                                  self->narrow ? GTK_ORIENTATION_VERTICAL
                                               : GTK_ORIENTATION_HORIZONTAL);
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
  return GTK_WINDOW_CLASS (dlg_window_parent_class)->close_request (window);
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
  return self->file;
}

gboolean
dlg_window_is_loading (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), FALSE);
  return self->cancellable != NULL || self->reload_source != 0;
}

const char *
dlg_window_get_error (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return self->error_text;
}

DlgSidePane *
dlg_window_get_pane (DlgWindow *self,
                     guint      index)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return index == 0 ? self->pane_a : self->pane_b;
}

char *
dlg_window_get_details_text (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_details_collect_text (GTK_WIDGET (self->details_box));
}

char *
dlg_window_get_comparison_text (DlgWindow *self)
{
  g_return_val_if_fail (DLG_IS_WINDOW (self), NULL);
  return dlg_details_collect_text (GTK_WIDGET (self->comparison_box));
}

/* --- class --- */

static void
dlg_window_dispose (GObject *object)
{
  DlgWindow *self = DLG_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_handle_id (&self->layout_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_WINDOW);

  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->shown_file);
  g_clear_object (&self->export_file);
  g_clear_object (&self->settings);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->shared_keys, g_hash_table_unref);
  g_clear_pointer (&self->country_delegations, g_hash_table_unref);
  g_clear_pointer (&self->party_values, g_ptr_array_unref);
  g_clear_pointer (&self->delegation_values, g_ptr_array_unref);
  g_clear_pointer (&self->country_values, g_ptr_array_unref);
  g_clear_pointer (&self->role_kind_values, g_array_unref);

  G_OBJECT_CLASS (dlg_window_parent_class)->dispose (object);
}

static void
dlg_window_finalize (GObject *object)
{
  DlgWindow *self = DLG_WINDOW (object);

  g_free (self->error_text);
  g_free (self->message);
  g_free (self->search);
  g_free (self->party);
  g_free (self->delegation_id);
  g_free (self->country);

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
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->size_allocate = dlg_window_size_allocate;
  window_class->close_request = dlg_window_close_request;

  g_type_ensure (DLG_TYPE_SIDE_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, message_title);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, message_detail);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, message_open);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, role_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, delegation_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, panes_box);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, main_paned);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, pane_a);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, pane_b);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, bottom_stack);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, comparison_box);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, details_box);
  gtk_widget_class_bind_template_child (widget_class, DlgWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.no-recent", NULL, unavailable_action);
  gtk_widget_class_install_action (widget_class, "win.swap-sides", NULL, swap_sides_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", NULL, open_export_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-message", NULL, dismiss_message_action);
  gtk_widget_class_install_property_action (widget_class, "win.sheet-scope", "sheet-scope");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}

static void
dlg_window_init (DlgWindow *self)
{
  GtkDropTarget *drop;

  /* Before the template: its menu reads the action state right away. */
  self->sheet_as_shown = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  self->role_kind = -1;
  self->role_kind_values = g_array_new (FALSE, FALSE, sizeof (int));
  self->country_delegations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (filter_member, self, NULL);
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

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  g_signal_connect_swapped (self->party_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->role_kind_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->delegation_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);
  g_signal_connect_swapped (self->country_dropdown, "notify::selected",
                            G_CALLBACK (facet_changed_cb), self);

  for (DlgSidePane *pane = self->pane_a; pane != NULL; pane = pane == self->pane_a ? self->pane_b : NULL)
    {
      g_signal_connect (pane, "member-selected", G_CALLBACK (member_selected_cb), self);
      g_signal_connect (pane, "destination-selected", G_CALLBACK (destination_selected_cb), self);
      g_signal_connect (pane, "sort-changed", G_CALLBACK (sort_changed_cb), self);
      g_signal_connect (pane, "side-chosen", G_CALLBACK (side_chosen_cb), self);
    }

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.no-recent", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", FALSE);

  rebuild_recent_menu (self);
  restore_sort (self);
}

DlgWindow *
dlg_window_new (GtkApplication *application)
{
  return g_object_new (DLG_TYPE_WINDOW, "application", application, NULL);
}
