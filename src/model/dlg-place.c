/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-place"

#include "config.h"

#include "dlg-model-private.h"

G_DEFINE_FINAL_TYPE (DlgPlace, dlg_place, DLG_TYPE_RECORD)

static void
dlg_place_finalize (GObject *object)
{
  DlgPlace *self = DLG_PLACE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->within_id, g_free);

  G_OBJECT_CLASS (dlg_place_parent_class)->finalize (object);
}

static void
dlg_place_class_init (DlgPlaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_place_finalize;
}

static void
dlg_place_init (DlgPlace *self)
{
  self->unsc = DLG_UNSC_NOT_A_STATE;
}

const char *
dlg_place_get_name (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), NULL);
  return self->name;
}

DlgPlaceKind
dlg_place_get_kind (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), DLG_PLACE_KIND_CITY);
  return self->kind;
}

const char *
dlg_place_get_country (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), NULL);
  return self->country;
}

DlgUnsc
dlg_place_get_unsc (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), DLG_UNSC_NOT_A_STATE);
  return self->unsc;
}

gboolean
dlg_place_get_coordinates (DlgPlace *self,
                           double   *latitude,
                           double   *longitude)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), FALSE);

  if (!self->has_coordinates)
    return FALSE;
  if (latitude != NULL)
    *latitude = self->latitude;
  if (longitude != NULL)
    *longitude = self->longitude;
  return TRUE;
}

DlgPlace *
dlg_place_get_within (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), NULL);
  return self->within;
}

DlgPlace *
dlg_place_get_outermost (DlgPlace *self)
{
  g_return_val_if_fail (DLG_IS_PLACE (self), NULL);

  /* the loader refuses cycles; the bound keeps a bug from hanging */
  for (guint depth = 0; self->within != NULL && depth < 64; depth++)
    self = self->within;
  return self;
}

void
dlg_announced_free (DlgAnnounced *announced)
{
  if (announced == NULL)
    return;
  g_free (announced->text);
  g_free (announced->scope);
  g_free (announced->note);
  g_strfreev (announced->sources);
  g_free (announced);
}
