/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-event"

#include "config.h"

#include "dlg-model-private.h"
#include "dlg-text.h"

G_DEFINE_FINAL_TYPE (DlgEvent, dlg_event, DLG_TYPE_RECORD)

static void
dlg_event_finalize (GObject *object)
{
  DlgEvent *self = DLG_EVENT (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);

  G_OBJECT_CLASS (dlg_event_parent_class)->finalize (object);
}

static void
dlg_event_class_init (DlgEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_event_finalize;
}

static void
dlg_event_init (DlgEvent *self)
{
}

const char *
dlg_event_get_text (DlgEvent *self)
{
  g_return_val_if_fail (DLG_IS_EVENT (self), NULL);
  return self->text;
}

const char *
dlg_event_get_from (DlgEvent *self)
{
  g_return_val_if_fail (DLG_IS_EVENT (self), NULL);
  return self->from;
}

const char *
dlg_event_get_to (DlgEvent *self)
{
  g_return_val_if_fail (DLG_IS_EVENT (self), NULL);
  return self->to;
}

gboolean
dlg_event_get_dates_approximate (DlgEvent *self)
{
  g_return_val_if_fail (DLG_IS_EVENT (self), FALSE);
  return self->dates_approximate;
}

char *
dlg_event_format_dates (DlgEvent *self)
{
  g_return_val_if_fail (DLG_IS_EVENT (self), NULL);
  return dlg_format_dates (self->from, self->to != NULL ? self->to : self->from,
                           self->dates_approximate);
}
