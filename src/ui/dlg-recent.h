/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The datasets opened before: the last one, kept in the settings (none
 * without them) and opened again at start unless the last start ended
 * while opening it; the recent ones, added to the desktop's recent files
 * (GtkRecentManager, with the dataset MIME type) and read back from
 * them as the items of a menu section (win.open-recent, or a disabled
 * "No Recent Datasets").  A dataset is remembered once a frame showing
 * it has been drawn, so one that brings the window down on its first
 * frame is never opened again at start; the bundled dataset never goes
 * into the recent files. */
#define DLG_TYPE_RECENT (dlg_recent_get_type ())
G_DECLARE_FINAL_TYPE (DlgRecent, dlg_recent, DLG, RECENT, GObject)

/* settings may be NULL; section is filled with the recent datasets */
DlgRecent *dlg_recent_new              (GSettings *settings,
                                        GMenu     *section);
/* The file to open at start (the bundled dataset when there is no last
 * one to open), marked as being opened until a frame shows it */
GFile     *dlg_recent_choose_startup   (DlgRecent *self);
/* Why the start did not open the last dataset, once: a message's title,
 * or NULL */
char      *dlg_recent_take_startup_note (DlgRecent *self);
/* file was shown in widget: remembered (with remember) once widget has
 * drawn it, and the start's mark cleared */
void       dlg_recent_shown            (DlgRecent *self,
                                        GtkWidget *widget,
                                        GFile     *file,
                                        gboolean   remember);
/* The start's dataset is drawn, did not load, or the window closed: no
 * sign any more that opening it ends the application */
void       dlg_recent_forget_opening   (DlgRecent *self);

G_END_DECLS
