/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DLG_TYPE_APPLICATION (dlg_application_get_type ())
G_DECLARE_FINAL_TYPE (DlgApplication, dlg_application, DLG, APPLICATION, GtkApplication)

DlgApplication *dlg_application_new (void);

G_END_DECLS
