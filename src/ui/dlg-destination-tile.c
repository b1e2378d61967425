/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-destination-tile"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-destination-tile.h"
#include "dlg-leader-card.h"
#include "dlg-marks.h"

/* --- the row --- */

struct _DlgDestinationRow
{
  GObject parent_instance;

  DlgDestination *destination;
  gboolean shared;
};

G_DEFINE_FINAL_TYPE (DlgDestinationRow, dlg_destination_row, G_TYPE_OBJECT)

static void
dlg_destination_row_finalize (GObject *object)
{
  g_clear_object (&DLG_DESTINATION_ROW (object)->destination);
  G_OBJECT_CLASS (dlg_destination_row_parent_class)->finalize (object);
}

static void
dlg_destination_row_class_init (DlgDestinationRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_destination_row_finalize;
}

static void
dlg_destination_row_init (DlgDestinationRow *self)
{
}

DlgDestinationRow *
dlg_destination_row_new (DlgDestination *destination,
                         gboolean        shared)
{
  DlgDestinationRow *self;

  g_return_val_if_fail (DLG_IS_DESTINATION (destination), NULL);

  self = g_object_new (DLG_TYPE_DESTINATION_ROW, NULL);
  self->destination = g_object_ref (destination);
  self->shared = shared;
  return self;
}

DlgDestination *
dlg_destination_row_get_destination (DlgDestinationRow *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION_ROW (self), NULL);
  return self->destination;
}

gboolean
dlg_destination_row_get_shared (DlgDestinationRow *self)
{
  g_return_val_if_fail (DLG_IS_DESTINATION_ROW (self), FALSE);
  return self->shared;
}

/* --- the tile --- */

struct _DlgDestinationTile
{
  GtkBox parent_instance;

  GtkLabel *place;
  GtkWidget *shared_badge;
  GtkLabel *unsc_badge;
  GtkLabel *line;

  DlgDestinationRow *row;
  char *description;
};

G_DEFINE_FINAL_TYPE (DlgDestinationTile, dlg_destination_tile, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_ROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The name goes on the parent (the list's row) when there is one: that
 * is what a screen reader lands on */
static void
describe_parent (DlgDestinationTile *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL && self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->description, -1);
}

static void
show_destination (DlgDestinationTile *self,
                  DlgDestination     *d,
                  gboolean            shared)
{
  g_autofree char *place_text = NULL;
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (d),
                                             dlg_destination_get_to (d),
                                             dlg_destination_get_dates_approximate (d));
  g_autofree char *line_text = NULL;
  /* dataset text next to our own words, isolated */
  g_autofree char *place_name = dlg_text_isolate (dlg_destination_get_place_label (d));
  g_autofree char *capital = dlg_text_isolate (dlg_destination_get_capital (d));
  g_autofree char *country = dlg_text_isolate (dlg_destination_get_country (d));
  g_autofree char *label = dlg_text_isolate (dlg_destination_get_delegation_label (d));
  DlgUnsc unsc = dlg_destination_get_unsc (d);
  gboolean both = shared && dlg_destination_get_status (d) == DLG_VISIT_STATUS_VISITED;
  gboolean on_council = unsc == DLG_UNSC_PERMANENT || unsc == DLG_UNSC_ELECTED;
  DlgCertainty certainty = dlg_record_get_certainty (DLG_RECORD (d));
  g_autofree char *marked = NULL;

  /* Translators: a place and its country, "Paris, France" */
  place_text = g_strdup_printf (_("%s, %s"),
                                g_strcmp0 (dlg_destination_get_place_label (d),
                                           dlg_destination_get_capital (d)) != 0 ? place_name
                                                                                  : capital,
                                country);
  /* a stop no two sources confirm carries its mark, and its words for
   * screen readers */
  marked = dlg_mark_append (place_text, certainty);
  gtk_label_set_text (self->place, marked);
  /* bold, with its badge; never colour alone */
  if (both)
    gtk_widget_add_css_class (GTK_WIDGET (self->place), "shared-destination");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->place), "shared-destination");

  /* Translators: under a destination: delegation, dates and status,
   * "Group 2 · c. 26–27 May 2025 · Visited" */
  line_text = g_strdup_printf (_("%s · %s · %s"), label,
                               dates != NULL ? dates : _("Dates not known"),
                               dlg_visit_status_to_label (dlg_destination_get_status (d)));
  gtk_label_set_text (self->line, line_text);

  gtk_widget_set_visible (self->shared_badge, both);
  /* Translators: badge for a UN Security Council member; P = permanent, E = elected */
  gtk_label_set_text (self->unsc_badge, unsc == DLG_UNSC_PERMANENT ? _("UNSC P") : _("UNSC E"));
  gtk_widget_set_visible (GTK_WIDGET (self->unsc_badge), on_council);
  {
    const char *parts[] = {
      place_text, dlg_mark_words (certainty), line_text, both ? _("Both sides") : NULL,
      on_council ? dlg_unsc_to_label (unsc) : NULL,
    };

    g_free (self->description);
    self->description = dlg_card_describe_lines (parts, G_N_ELEMENTS (parts));
  }
  describe_parent (self);
}

void
dlg_destination_tile_set_row (DlgDestinationTile *self,
                              DlgDestinationRow  *row)
{
  g_return_if_fail (DLG_IS_DESTINATION_TILE (self));
  g_return_if_fail (row == NULL || DLG_IS_DESTINATION_ROW (row));

  if (!g_set_object (&self->row, row))
    return;
  if (row != NULL)
    show_destination (self, row->destination, row->shared);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

static gboolean
unsc_tooltip_cb (DlgDestinationTile *self,
                 int                 x,
                 int                 y,
                 gboolean            keyboard,
                 GtkTooltip         *tooltip,
                 GtkWidget          *badge)
{
  if (self->row == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip,
                        dlg_unsc_to_label (dlg_destination_get_unsc (self->row->destination)));
  return TRUE;
}

static void
dlg_destination_tile_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dlg_destination_tile_parent_class)->root (widget);
  describe_parent (DLG_DESTINATION_TILE (widget));
}

static void
dlg_destination_tile_dispose (GObject *object)
{
  DlgDestinationTile *self = DLG_DESTINATION_TILE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_DESTINATION_TILE);
  g_clear_object (&self->row);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (dlg_destination_tile_parent_class)->dispose (object);
}

static void
dlg_destination_tile_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, DLG_DESTINATION_TILE (object)->row);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_destination_tile_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_ROW:
      dlg_destination_tile_set_row (DLG_DESTINATION_TILE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_destination_tile_class_init (DlgDestinationTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_destination_tile_dispose;
  object_class->get_property = dlg_destination_tile_get_property;
  object_class->set_property = dlg_destination_tile_set_property;
  widget_class->root = dlg_destination_tile_root;

  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, DLG_TYPE_DESTINATION_ROW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-destination-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgDestinationTile, place);
  gtk_widget_class_bind_template_child (widget_class, DlgDestinationTile, shared_badge);
  gtk_widget_class_bind_template_child (widget_class, DlgDestinationTile, unsc_badge);
  gtk_widget_class_bind_template_child (widget_class, DlgDestinationTile, line);
  gtk_widget_class_bind_template_callback (widget_class, unsc_tooltip_cb);
}

static void
dlg_destination_tile_init (DlgDestinationTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
