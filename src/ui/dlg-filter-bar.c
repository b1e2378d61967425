/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-facet-choice.h"
#include "dlg-filter-bar.h"

struct _DlgFilterBar
{
  GtkWidget parent_instance;

  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkScrolledWindow *facets_scroller;
  GtkBox *facets_box;
  GtkDropDown *dropdowns[DLG_N_FACETS];
  GtkMenuButton *filters_button;
  GtkPopover *filters_popover;
  GtkWidget *confirmed_banner;
  GtkLabel *confirmed_label;

  DlgFilter *filter;
  gboolean narrow;
  /* the bar sets its own widgets from the filter: not a choice */
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (DlgFilterBar, dlg_filter_bar, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_FILTER,
  PROP_NARROW,
  PROP_SEARCH_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choice of value in a facet's drop-down (0: "All …") */
static guint
index_of (GtkDropDown *dropdown,
          const char  *value)
{
  GListModel *choices = gtk_drop_down_get_model (dropdown);
  guint n = choices != NULL ? g_list_model_get_n_items (choices) : 0;

  for (guint i = 1; value != NULL && i < n; i++)
    {
      g_autoptr(DlgFacetChoice) choice = g_list_model_get_item (choices, i);

      if (g_strcmp0 (dlg_facet_choice_get_value (choice), value) == 0)
        return i;
    }
  return 0;
}

/* The widgets show what the filter holds */
static void
sync_from_filter (DlgFilterBar *self)
{
  const char *search;

  self->syncing = TRUE;
  for (guint f = 0; f < DLG_N_FACETS; f++)
    {
      GListModel *choices = dlg_filter_get_choices (self->filter, f);

      /* a new dataset brings new choices (a new model: replacing the
       * items under a drop-down re-enters its selection) */
      if (gtk_drop_down_get_model (self->dropdowns[f]) != choices)
        gtk_drop_down_set_model (self->dropdowns[f], choices);
      gtk_drop_down_set_selected (self->dropdowns[f],
                                  index_of (self->dropdowns[f],
                                            dlg_filter_get_facet (self->filter, f)));
    }
  search = dlg_filter_get_search (self->filter);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ?: "");
  self->syncing = FALSE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.clear",
                                 dlg_filter_is_active (self->filter));
}

/* While "confirmed facts only" is on, the bar says so, and how much it
 * hides once the filter has counted */
static void
show_confirmed_only (DlgFilterBar *self)
{
  gboolean on = self->filter != NULL && dlg_filter_get_confirmed_only (self->filter);
  DlgFilterResult *result = on ? dlg_filter_peek_result (self->filter) : NULL;

  gtk_widget_set_visible (self->confirmed_banner, on);
  if (!on)
    return;
  if (result == NULL)
    /* Translators: the bar shown while "Confirmed facts only" is on, before it has counted
     * what it hides */
    gtk_label_set_text (self->confirmed_label, _("Showing confirmed facts only"));
  else
    {
      guint members = dlg_filter_result_get_hidden_members (result);
      guint stops = dlg_filter_result_get_hidden_stops (result);
      /* Translators: part of "Showing confirmed facts only: 4 people and 2 stops hidden" (the
       * table's people: members and the officials accompanying them) */
      g_autofree char *members_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person",
                                                                    "%u people", members),
                                                       members);
      /* Translators: part of "Showing confirmed facts only: 4 people and 2 stops hidden" */
      g_autofree char *stops_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop",
                                                                  "%u stops", stops),
                                                     stops);
      /* Translators: the bar shown while "Confirmed facts only" is on: the members and the
       * stops it hides, "Showing confirmed facts only: 4 people and 2 stops hidden" */
      g_autofree char *text = g_strdup_printf (_("Showing confirmed facts only: %s and %s hidden"),
                                               members_text, stops_text);

      gtk_label_set_text (self->confirmed_label, text);
    }
}

/* The search runs as one types when it is quick: no delay for a few
 * thousand members, up to GTK's 150 ms as the dataset grows (a search
 * step takes about 10 ms per 1 000 members shown, redraw included) */
static void
dataset_changed_cb (DlgFilterBar *self)
{
  DlgDataset *dataset = dlg_filter_get_dataset (self->filter);
  guint n = 0;

  if (dataset != NULL)
    {
      GListModel *sides = dlg_dataset_get_sides (dataset);

      for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
        {
          g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

          n += g_list_model_get_n_items (dlg_side_get_members (side));
        }
    }
  gtk_search_entry_set_search_delay (self->search_entry, n < 2000 ? 0 : MIN (150, n / 100));
  sync_from_filter (self);
}

static void
facet_chosen_cb (DlgFilterBar *self,
                 GParamSpec   *pspec,
                 GtkDropDown  *dropdown)
{
  DlgFacetChoice *choice;

  if (self->syncing || self->filter == NULL)
    return;
  for (guint f = 0; f < DLG_N_FACETS; f++)
    if (self->dropdowns[f] == dropdown)
      {
        choice = gtk_drop_down_get_selected_item (dropdown);
        dlg_filter_set_facet (self->filter, f,
                              choice != NULL ? dlg_facet_choice_get_value (choice) : NULL);
      }
}

static void
search_changed_cb (DlgFilterBar *self)
{
  if (!self->syncing && self->filter != NULL)
    dlg_filter_set_search (self->filter,
                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (DlgFilterBar *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DlgFilterBar *self = DLG_FILTER_BAR (widget);

  if (self->filter != NULL)
    dlg_filter_clear (self->filter);
}

void
dlg_filter_bar_set_filter (DlgFilterBar *self,
                           DlgFilter    *filter)
{
  g_return_if_fail (DLG_IS_FILTER_BAR (self));
  g_return_if_fail (filter == NULL || DLG_IS_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    {
      g_signal_connect_object (filter, "changed", G_CALLBACK (sync_from_filter), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (filter, "notify::dataset", G_CALLBACK (dataset_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (filter, "notify::confirmed-only", G_CALLBACK (show_confirmed_only),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (filter, "counted", G_CALLBACK (show_confirmed_only), self,
                               G_CONNECT_SWAPPED);
      dataset_changed_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

DlgFilter *
dlg_filter_bar_get_filter (DlgFilterBar *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_BAR (self), NULL);
  return self->filter;
}

/* The facets in their row, or (narrow) in the Filters button's popover,
 * one under the other */
void
dlg_filter_bar_set_narrow (DlgFilterBar *self,
                           gboolean      narrow)
{
  GtkWidget *box = GTK_WIDGET (self->facets_box);

  g_return_if_fail (DLG_IS_FILTER_BAR (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;
  self->narrow = narrow;
  g_object_ref (box);
  if (narrow)
    {
      gtk_scrolled_window_set_child (self->facets_scroller, NULL);
      gtk_popover_set_child (self->filters_popover, box);
    }
  else
    {
      gtk_popover_set_child (self->filters_popover, NULL);
      gtk_scrolled_window_set_child (self->facets_scroller, box);
    }
  gtk_orientable_set_orientation (GTK_ORIENTABLE (box), narrow ? GTK_ORIENTATION_VERTICAL
                                                               : GTK_ORIENTATION_HORIZONTAL);
  g_object_unref (box);
  gtk_widget_set_visible (GTK_WIDGET (self->facets_scroller), !narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->filters_button), narrow);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

void
dlg_filter_bar_set_key_capture_widget (DlgFilterBar *self,
                                       GtkWidget    *widget)
{
  g_return_if_fail (DLG_IS_FILTER_BAR (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

void
dlg_filter_bar_focus_search (DlgFilterBar *self)
{
  g_return_if_fail (DLG_IS_FILTER_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkWidget *
dlg_filter_bar_get_focus_part (DlgFilterBar *self)
{
  g_return_val_if_fail (DLG_IS_FILTER_BAR (self), NULL);
  return self->narrow ? GTK_WIDGET (self->filters_button) : GTK_WIDGET (self->facets_box);
}

GtkDropDown *
dlg_filter_bar_get_dropdown (DlgFilterBar *self,
                             DlgFacet      facet)
{
  g_return_val_if_fail (DLG_IS_FILTER_BAR (self), NULL);
  g_return_val_if_fail (facet < DLG_N_FACETS, NULL);
  return self->dropdowns[facet];
}

static void
dlg_filter_bar_dispose (GObject *object)
{
  DlgFilterBar *self = DLG_FILTER_BAR (object);

  dlg_filter_bar_set_filter (self, NULL);
  /* the facets' box is the popover's child while narrow, and the
   * popover is the button's: both go with the template */
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_FILTER_BAR);

  G_OBJECT_CLASS (dlg_filter_bar_parent_class)->dispose (object);
}

static void
dlg_filter_bar_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DlgFilterBar *self = DLG_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_filter_bar_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DlgFilterBar *self = DLG_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      dlg_filter_bar_set_filter (self, g_value_get_object (value));
      break;
    case PROP_NARROW:
      dlg_filter_bar_set_narrow (self, g_value_get_boolean (value));
      break;
    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
search_mode_cb (DlgFilterBar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
dlg_filter_bar_class_init (DlgFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_filter_bar_dispose;
  object_class->get_property = dlg_filter_bar_get_property;
  object_class->set_property = dlg_filter_bar_set_property;

  properties[PROP_FILTER] = g_param_spec_object ("filter", NULL, NULL, DLG_TYPE_FILTER, flags);
  properties[PROP_NARROW] = g_param_spec_boolean ("narrow", NULL, NULL, FALSE, flags);
  /* the search entry shown */
  properties[PROP_SEARCH_MODE] = g_param_spec_boolean ("search-mode", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* the template's factories name the choices' type */
  g_type_ensure (DLG_TYPE_FACET_CHOICE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, facets_scroller);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, facets_box);
  {
    static const char * const dropdown_ids[DLG_N_FACETS] = {
      "party_dropdown", "role_kind_dropdown", "delegation_dropdown", "country_dropdown",
    };

    for (guint i = 0; i < DLG_N_FACETS; i++)
      gtk_widget_class_bind_template_child_full (widget_class, dropdown_ids[i], FALSE,
                                                 G_STRUCT_OFFSET (DlgFilterBar, dropdowns) +
                                                 i * sizeof (gpointer));
  }
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, filters_button);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, filters_popover);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, confirmed_banner);
  gtk_widget_class_bind_template_child (widget_class, DlgFilterBar, confirmed_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_install_action (widget_class, "filters.clear", NULL, clear_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "filterbar");
}

static void
dlg_filter_bar_init (DlgFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  for (guint f = 0; f < DLG_N_FACETS; f++)
    g_signal_connect_object (self->dropdowns[f], "notify::selected", G_CALLBACK (facet_chosen_cb),
                             self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "filters.clear", FALSE);
}
