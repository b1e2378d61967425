/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-leader-tile"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-leader-card.h"
#include "dlg-leader-tile.h"
#include "dlg-marks.h"

#define N_LINES 5

struct _DlgLeaderTile
{
  GtkBox parent_instance;

  GtkLabel *lines[N_LINES];

  DlgDelegation *delegation;
  char *description;
};

G_DEFINE_FINAL_TYPE (DlgLeaderTile, dlg_leader_tile, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_DELEGATION,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The name goes on the parent (a button, a list's row) when there is one:
 * that is what a screen reader lands on */
static void
describe_parent (DlgLeaderTile *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL && self->description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    self->description, -1);
}

void
dlg_leader_tile_set_delegation (DlgLeaderTile *self,
                                DlgDelegation *delegation)
{
  DlgLeaderCard card;

  g_return_if_fail (DLG_IS_LEADER_TILE (self));
  g_return_if_fail (delegation == NULL || DLG_IS_DELEGATION (delegation));

  if (!g_set_object (&self->delegation, delegation))
    return;
  g_clear_pointer (&self->description, g_free);
  if (delegation != NULL)
    {
      DlgMember *leader = dlg_delegation_get_leader (delegation);
      DlgCertainty certainty = leader != NULL ? dlg_record_get_certainty (DLG_RECORD (leader))
                                              : DLG_CERTAINTY_CONFIRMED;
      g_autofree char *name_words = NULL;

      dlg_leader_card_init (&card, delegation);
      /* the leader's name and each stop of their route with its mark: what
       * the sources say of the leader there */
      if (leader != NULL)
        {
          GPtrArray *route = dlg_member_get_route (leader);

          if (certainty != DLG_CERTAINTY_CONFIRMED)
            {
              g_free (card.name);
              card.name = dlg_mark_dataset_text (dlg_member_get_name (leader), certainty);
              /* Translators: a leader's name and how sure it is, read by screen readers,
               * "Beta Single † (Single source)" */
              name_words = g_strdup_printf (_("%s (%s)"), card.name, dlg_mark_words (certainty));
            }
          if (route->len > 0)
            {
              g_free (card.route);
              card.route = dlg_marked_route_text (leader, route);
            }
        }
      {
        const char *texts[N_LINES] = {
          card.label, card.name, card.party_role, card.size_dates, card.route,
        };

        for (guint i = 0; i < N_LINES; i++)
          {
            gtk_label_set_text (self->lines[i], texts[i] != NULL ? texts[i] : "");
            gtk_widget_set_visible (GTK_WIDGET (self->lines[i]), texts[i] != NULL);
          }
      }
      {
        const char *lines[] = {
          card.label, name_words != NULL ? name_words : card.name, card.party_role,
          card.size_dates, card.route,
        };

        self->description = dlg_card_describe_lines (lines, G_N_ELEMENTS (lines));
      }
      dlg_leader_card_clear (&card);
      describe_parent (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELEGATION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

DlgDelegation *
dlg_leader_tile_get_delegation (DlgLeaderTile *self)
{
  g_return_val_if_fail (DLG_IS_LEADER_TILE (self), NULL);
  return self->delegation;
}

const char *
dlg_leader_tile_get_description (DlgLeaderTile *self)
{
  g_return_val_if_fail (DLG_IS_LEADER_TILE (self), NULL);
  return self->description;
}

static void
dlg_leader_tile_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (dlg_leader_tile_parent_class)->root (widget);
  describe_parent (DLG_LEADER_TILE (widget));
}

static void
dlg_leader_tile_dispose (GObject *object)
{
  DlgLeaderTile *self = DLG_LEADER_TILE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_LEADER_TILE);
  g_clear_object (&self->delegation);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (dlg_leader_tile_parent_class)->dispose (object);
}

static void
dlg_leader_tile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DlgLeaderTile *self = DLG_LEADER_TILE (object);

  switch (prop_id)
    {
    case PROP_DELEGATION:
      g_value_set_object (value, self->delegation);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_leader_tile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DELEGATION:
      dlg_leader_tile_set_delegation (DLG_LEADER_TILE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_leader_tile_class_init (DlgLeaderTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_leader_tile_dispose;
  object_class->get_property = dlg_leader_tile_get_property;
  object_class->set_property = dlg_leader_tile_set_property;
  widget_class->root = dlg_leader_tile_root;

  properties[PROP_DELEGATION] =
    g_param_spec_object ("delegation", NULL, NULL, DLG_TYPE_DELEGATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* the card's lines as one accessible name, read as sentences */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-leader-tile.ui");
  for (guint i = 0; i < N_LINES; i++)
    {
      g_autofree char *id = g_strdup_printf ("line%u", i);

      gtk_widget_class_bind_template_child_full (widget_class, id, FALSE,
                                                 G_STRUCT_OFFSET (DlgLeaderTile, lines) +
                                                 i * sizeof (GtkLabel *));
    }
}

static void
dlg_leader_tile_init (DlgLeaderTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dlg_leader_tile_new (void)
{
  return g_object_new (DLG_TYPE_LEADER_TILE, NULL);
}
