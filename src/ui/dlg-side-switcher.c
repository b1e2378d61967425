/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-side-switcher"

#include "config.h"

#include "dlg-model.h"
#include "dlg-side-switcher.h"

struct _DlgSideSwitcher
{
  GtkWidget parent_instance;

  GtkLabel *a_label;
  GtkLabel *b_label;

  guint side;
};

G_DEFINE_FINAL_TYPE (DlgSideSwitcher, dlg_side_switcher, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
dlg_side_switcher_set_names (DlgSideSwitcher *self,
                             const char      *a,
                             const char      *b)
{
  g_autofree char *cut_a = NULL;
  g_autofree char *cut_b = NULL;

  g_return_if_fail (DLG_IS_SIDE_SWITCHER (self));

  gtk_label_set_text (self->a_label, dlg_text_shown (a, &cut_a));
  gtk_label_set_text (self->b_label, dlg_text_shown (b, &cut_b));
}

guint
dlg_side_switcher_get_side (DlgSideSwitcher *self)
{
  g_return_val_if_fail (DLG_IS_SIDE_SWITCHER (self), 0);
  return self->side;
}

void
dlg_side_switcher_set_side (DlgSideSwitcher *self,
                            guint            side)
{
  g_return_if_fail (DLG_IS_SIDE_SWITCHER (self));

  side = side != 0;
  if (self->side == side)
    return;
  self->side = side;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

static void
dlg_side_switcher_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), DLG_TYPE_SIDE_SWITCHER);
  /* the buttons are no template children of their own */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dlg_side_switcher_parent_class)->dispose (object);
}

static void
dlg_side_switcher_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDE:
      g_value_set_int (value, (int) DLG_SIDE_SWITCHER (object)->side);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_side_switcher_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SIDE:
      dlg_side_switcher_set_side (DLG_SIDE_SWITCHER (object), (guint) g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_side_switcher_class_init (DlgSideSwitcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_side_switcher_dispose;
  object_class->get_property = dlg_side_switcher_get_property;
  object_class->set_property = dlg_side_switcher_set_property;

  /* an int, for the buttons' action targets */
  properties[PROP_SIDE] =
    g_param_spec_int ("side", NULL, NULL, 0, 1, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-side-switcher.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgSideSwitcher, a_label);
  gtk_widget_class_bind_template_child (widget_class, DlgSideSwitcher, b_label);
  gtk_widget_class_install_property_action (widget_class, "side-switcher.side", "side");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlg_side_switcher_init (DlgSideSwitcher *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  TRUE);
}
