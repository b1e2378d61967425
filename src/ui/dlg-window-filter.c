#define G_LOG_DOMAIN "dlg-window-filter"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-window-private.h"

/* Search and facet filters: one GtkCustomFilter shared by both panes. */

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

void
dlg_window_rebuild_facets (DlgWindow *self)
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

void
dlg_window_filter_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
}

void
dlg_window_filter_init (DlgWindow *self)
{
  self->role_kind = -1;
  self->role_kind_values = g_array_new (FALSE, FALSE, sizeof (int));
  self->country_delegations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->filter = gtk_custom_filter_new (filter_member, self, NULL);

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
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters", FALSE);
}
