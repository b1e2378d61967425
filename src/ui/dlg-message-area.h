/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The bars above the views, each shown only when it has something to
 * say:
 *  - the error: why the file asked for did not load, kept until it
 *    loads or is dismissed;
 *  - a message: how something ended (an export, warnings of a load),
 *    with Open for a file written and, while exports write, Cancel
 *    (win.cancel-export);
 *  - progress: a load or a sheet being laid out, shown once it lasts
 *    more than a moment, with Cancel (an action the caller names).
 * Text given here is shown as it is (no markup). */
#define DLG_TYPE_MESSAGE_AREA (dlg_message_area_get_type ())
G_DECLARE_FINAL_TYPE (DlgMessageArea, dlg_message_area, DLG, MESSAGE_AREA, GtkWidget)

void        dlg_message_area_show_error      (DlgMessageArea *self,
                                              const char     *title,
                                              const char     *detail,
                                              const char     *tooltip);
void        dlg_message_area_hide_error      (DlgMessageArea *self);
/* The error's title, or "" */
const char *dlg_message_area_get_error_title (DlgMessageArea *self);

/* open_file adds an Open button for it */
void        dlg_message_area_show_message    (DlgMessageArea *self,
                                              const char     *title,
                                              const char     *detail,
                                              GFile          *open_file);
void        dlg_message_area_hide_message    (DlgMessageArea *self);
/* A button on the message shown (label with a mnemonic) that activates
 * action_name; the next message goes without it */
void        dlg_message_area_set_message_action (DlgMessageArea *self,
                                                 const char     *label,
                                                 const char     *action_name);
/* The message's title, or NULL when none is shown */
const char *dlg_message_area_get_message     (DlgMessageArea *self);
/* Whether the message offers Cancel (win.cancel-export) */
void        dlg_message_area_set_cancellable (DlgMessageArea *self,
                                              gboolean        cancellable);

/* Progress of what cancel_action cancels: text says what is done,
 * progress_name and cancel_name are the bar's and the button's
 * accessible names.  The bar shows after a moment; while two things are
 * in progress (a load during a print's preparation) it shows the last
 * begun, and the other again when that one ends. */
void        dlg_message_area_begin_progress  (DlgMessageArea *self,
                                              const char     *text,
                                              const char     *progress_name,
                                              const char     *cancel_action,
                                              const char     *cancel_name);
void        dlg_message_area_set_fraction    (DlgMessageArea *self,
                                              const char     *cancel_action,
                                              double          fraction);
void        dlg_message_area_end_progress    (DlgMessageArea *self,
                                              const char     *cancel_action);
/* The action of the progress shown (or waiting to show), or NULL */
const char *dlg_message_area_get_progress    (DlgMessageArea *self);

G_END_DECLS
