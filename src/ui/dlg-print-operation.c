/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-print-operation"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-print-operation.h"

struct _DlgPrintOperation
{
  GtkPrintOperation parent_instance;

  /* what prints; with a moment, derived from it by the choices */
  DlgSnapshot *snapshot;
  DlgSnapshot *moment;
  gboolean as_shown;
  DlgSheetKind kind;

  DlgSheet *sheet;
  double progress;
  gint64 step_us;
};

G_DEFINE_FINAL_TYPE (DlgPrintOperation, dlg_print_operation, GTK_TYPE_PRINT_OPERATION)

enum
{
  PROP_0,
  PROP_AS_SHOWN,
  PROP_SHEET_KIND,
  PROP_PROGRESS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_progress (DlgPrintOperation *self,
              double             progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/* --- the pages --- */

/* A new sheet for the paper of this run; page one is laid out now, the
 * rest in paginate */
static void
dlg_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (operation);

  g_clear_object (&self->sheet);
  self->sheet = dlg_sheet_new (self->snapshot);
  dlg_sheet_set_page_size (self->sheet, gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
  dlg_sheet_paginate_begin (self->sheet);
  set_progress (self, dlg_sheet_get_progress (self->sheet));
}

/* A handler, not the class's paginate: GTK 4.8 calls paginate only when
 * the signal has a handler connected, and lays out everything at once
 * otherwise (as gnome-text-editor's print operation notes). */
static gboolean
paginate_cb (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             gpointer           user_data)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (operation);
  gboolean done;

  /* a paginate without begin-print would be GTK's error; say done */
  if (self->sheet == NULL)
    return TRUE;
  done = dlg_sheet_paginate_step (self->sheet, self->step_us);
  if (done)
    gtk_print_operation_set_n_pages (operation, (int) MAX (1, dlg_sheet_get_n_pages (self->sheet)));
  set_progress (self, dlg_sheet_get_progress (self->sheet));
  return done;
}

static void
dlg_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (operation);

  dlg_sheet_draw_page (self->sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* --- the print dialog's Contents tab: which members, which sheet --- */


static GtkWidget *
choice_group (GtkWidget          *grid,
              int                 row,
              const char         *title,
              const char * const *ids,
              const char * const *labels,
              const char         *selected)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *first = NULL;

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  if (row > 0)
    gtk_widget_set_margin_top (heading, 12);
  gtk_grid_attach (GTK_GRID (grid), heading, 0, row, 1, 1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *check = gtk_check_button_new_with_mnemonic (labels[i]);

      gtk_widget_set_name (check, ids[i]);
      if (first != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (first));
      else
        first = check;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_strcmp0 (ids[i], selected) == 0);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_grid_attach (GTK_GRID (grid), box, 0, row + 1, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  return box;
}

/* The id of the group's active check button */
static const char *
chosen (GtkWidget *group)
{
  for (GtkWidget *c = gtk_widget_get_first_child (group); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      return gtk_widget_get_name (c);
  return NULL;
}

static GtkWidget *
dlg_print_operation_create_custom_widget (GtkPrintOperation *operation)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (operation);
  GtkWidget *grid;
  const char *scope_labels[] = { _("Members as _shown"), _("_All members"), NULL };
  const char *kind_labels[] = { _("_Briefing"), _("At a _glance (one page)"),
                                _("_Full annex (every stop and count)"), NULL };

  /* printing a snapshot as it is: nothing to choose */
  if (self->moment == NULL)
    return NULL;
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  choice_group (grid, 0, _("Members"), dlg_sheet_scope_nicks, scope_labels,
                dlg_sheet_scope_nicks[self->as_shown ? 0 : 1]);
  choice_group (grid, 2, _("Sheet"), dlg_sheet_kind_nicks, kind_labels,
                dlg_sheet_kind_nicks[self->kind]);
  return grid;
}

static void
dlg_print_operation_custom_widget_apply (GtkPrintOperation *operation,
                                         GtkWidget         *grid)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (operation);
  const char *scope = chosen (gtk_grid_get_child_at (GTK_GRID (grid), 0, 1));
  const char *kind = chosen (gtk_grid_get_child_at (GTK_GRID (grid), 0, 3));
  gboolean as_shown = g_strcmp0 (scope, "all") != 0;
  DlgSheetKind k = self->kind;

  if (self->moment == NULL)
    return;
  if (kind != NULL)
    dlg_sheet_kind_from_nick (kind, &k);
  g_clear_object (&self->snapshot);
  self->snapshot = dlg_snapshot_derive (self->moment, as_shown, k);
  if (self->as_shown != as_shown)
    {
      self->as_shown = as_shown;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_SHOWN]);
    }
  if (self->kind != k)
    {
      self->kind = k;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHEET_KIND]);
    }
}

/* --- the object --- */

DlgSnapshot *
dlg_print_operation_get_snapshot (DlgPrintOperation *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (self), NULL);
  return self->snapshot;
}

gboolean
dlg_print_operation_get_as_shown (DlgPrintOperation *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (self), FALSE);
  return self->as_shown;
}

DlgSheetKind
dlg_print_operation_get_sheet_kind (DlgPrintOperation *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (self), DLG_SHEET_BRIEFING);
  return self->kind;
}

DlgSheet *
dlg_print_operation_get_sheet (DlgPrintOperation *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (self), NULL);
  return self->sheet;
}

double
dlg_print_operation_get_progress (DlgPrintOperation *self)
{
  g_return_val_if_fail (DLG_IS_PRINT_OPERATION (self), 0);
  return self->progress;
}

void
dlg_print_operation_set_step_us (DlgPrintOperation *self,
                                 gint64             step_us)
{
  g_return_if_fail (DLG_IS_PRINT_OPERATION (self));
  self->step_us = MAX (step_us, 0);
}

static void
dlg_print_operation_dispose (GObject *object)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (object);

  g_clear_object (&self->sheet);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->moment);

  G_OBJECT_CLASS (dlg_print_operation_parent_class)->dispose (object);
}

static void
dlg_print_operation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DlgPrintOperation *self = DLG_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_AS_SHOWN:
      g_value_set_boolean (value, self->as_shown);
      break;
    case PROP_SHEET_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_print_operation_class_init (DlgPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = dlg_print_operation_dispose;
  object_class->get_property = dlg_print_operation_get_property;
  operation_class->begin_print = dlg_print_operation_begin_print;
  operation_class->draw_page = dlg_print_operation_draw_page;
  operation_class->create_custom_widget = dlg_print_operation_create_custom_widget;
  operation_class->custom_widget_apply = dlg_print_operation_custom_widget_apply;

  /* the choices of the Contents tab, once applied */
  properties[PROP_AS_SHOWN] =
    g_param_spec_boolean ("as-shown", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* a DlgSheetKind */
  properties[PROP_SHEET_KIND] =
    g_param_spec_uint ("sheet-kind", NULL, NULL, DLG_SHEET_BRIEFING, DLG_SHEET_FULL,
                       DLG_SHEET_BRIEFING,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlg_print_operation_init (DlgPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->as_shown = TRUE;
  self->step_us = DLG_PRINT_STEP_US;
  /* The sheet keeps its own margins, the same on paper as in the PDF. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  g_signal_connect_object (self, "paginate", G_CALLBACK (paginate_cb), self, 0);
}

DlgPrintOperation *
dlg_print_operation_new (DlgSnapshot *snapshot)
{
  DlgPrintOperation *self;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (snapshot), NULL);

  self = g_object_new (DLG_TYPE_PRINT_OPERATION, NULL);
  dlg_snapshot_seal (snapshot);
  self->snapshot = g_object_ref (snapshot);
  self->as_shown = dlg_snapshot_get_as_shown (snapshot);
  self->kind = dlg_snapshot_get_sheet_kind (snapshot);
  return self;
}

DlgPrintOperation *
dlg_print_operation_new_choosing (DlgSnapshot  *moment,
                                  gboolean      as_shown,
                                  DlgSheetKind  kind)
{
  DlgPrintOperation *self;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (moment), NULL);

  self = g_object_new (DLG_TYPE_PRINT_OPERATION, NULL);
  dlg_snapshot_seal (moment);
  self->moment = g_object_ref (moment);
  self->as_shown = as_shown;
  self->kind = kind;
  self->snapshot = dlg_snapshot_derive (moment, as_shown, kind);
  /* Translators: the print dialog's tab with the sheet's choices */
  gtk_print_operation_set_custom_tab_label (GTK_PRINT_OPERATION (self), _("Contents"));
  return self;
}
