/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-export.h"
#include "dlg-filter.h"
#include "dlg-model.h"
#include "dlg-overview.h"
#include "dlg-side-pane.h"

G_BEGIN_DECLS

#define DLG_TYPE_WINDOW (dlg_window_get_type ())
G_DECLARE_FINAL_TYPE (DlgWindow, dlg_window, DLG, WINDOW, GtkApplicationWindow)

DlgWindow   *dlg_window_new               (GtkApplication *application);
/* Loads file in a worker thread; on failure the current data stays and
 * the errors show in the window.  The file is then watched for changes. */
void         dlg_window_open              (DlgWindow      *self,
                                           GFile          *file);
/* Opens the last dataset, or the bundled one */
void         dlg_window_open_default      (DlgWindow      *self);
DlgDataset  *dlg_window_get_dataset       (DlgWindow      *self);
GFile       *dlg_window_get_file          (DlgWindow      *self);
DlgDocument *dlg_window_get_document      (DlgWindow      *self);
gboolean     dlg_window_is_loading        (DlgWindow      *self);
/* The error text shown, or NULL */
const char  *dlg_window_get_error         (DlgWindow      *self);
/* The error bar's title ("“x.json” could not be loaded…"), "" when none */
const char  *dlg_window_get_error_title   (DlgWindow      *self);
DlgSidePane *dlg_window_get_pane          (DlgWindow      *self,
                                           guint           index);
/* The parts it holds */
DlgOverview *dlg_window_get_overview      (DlgWindow      *self);
DlgFilter   *dlg_window_get_filter        (DlgWindow      *self);
void         dlg_window_set_search        (DlgWindow      *self,
                                           const char     *text);
/* Facet filters; NULL (or -1) for all */
void         dlg_window_set_party_filter  (DlgWindow      *self,
                                           const char     *party);
void         dlg_window_set_role_kind_filter (DlgWindow   *self,
                                              int          role_kind);
void         dlg_window_set_delegation_filter (DlgWindow  *self,
                                               const char *delegation_id);
void         dlg_window_set_country_filter (DlgWindow     *self,
                                            const char    *country);
void         dlg_window_clear_filters     (DlgWindow      *self);
/* The count a facet drop-down shows for value (NULL: its "All …" entry):
 * facet is "party", "role-kind", "delegation" or "country". */
guint        dlg_window_get_facet_count   (DlgWindow      *self,
                                           const char     *facet,
                                           const char     *value);
/* Whether the filter's index of the data shown was made in the loading
 * thread rather than in the main loop */
gboolean     dlg_window_get_facets_prepared (DlgWindow   *self);
/* Which side each pane shows, by index in the dataset */
void         dlg_window_choose_sides      (DlgWindow      *self,
                                           guint           a,
                                           guint           b);
void         dlg_window_swap_sides        (DlgWindow      *self);
/* The text of the details panel, for tests */
char        *dlg_window_get_details_text  (DlgWindow      *self);
char        *dlg_window_get_comparison_text (DlgWindow    *self);
/* What print and export contain: the members as shown (filter and sort)
 * or everything */
void         dlg_window_set_sheet_as_shown (DlgWindow     *self,
                                            gboolean       as_shown);
/* What "Export PDF…" and "Export CSV…" do once the file is chosen: the
 * export runs in a worker thread; the message bar says how it went. */
void         dlg_window_export            (DlgWindow       *self,
                                           DlgExportFormat  format,
                                           GFile           *file);
/* Stops every export of the window in flight (each target left as it
 * was) */
void         dlg_window_cancel_exports    (DlgWindow       *self);
/* How many exports of the window are in flight */
guint        dlg_window_get_n_exports     (DlgWindow       *self);
/* How many exports the application's windows started are being written
 * (each holds the application until it ends) */
guint        dlg_window_exports_in_flight (GtkApplication  *application);
/* The file dialog open now (Open, Export), or NULL */
GtkNativeDialog *dlg_window_get_file_dialog (DlgWindow    *self);
/* Opens the print preview window (in the application, no viewer needed) */
void         dlg_window_print_preview     (DlgWindow      *self);
/* Opens the user guide (help:APP_ID) in the help viewer; when that
 * fails (no viewer installed), the message bar says so */
void         dlg_window_show_help         (DlgWindow      *self);
/* The guide's URI: help:APP_ID, or in a Flatpak (FLATPAK_INFO, the
 * sandbox's /.flatpak-info, names the app's folder on the host) the
 * guide's folder there, for the host's help viewer */
char        *dlg_window_dup_help_uri      (const char     *flatpak_info);
/* Runs the print operation straight to a PDF file (no dialog) */
gboolean     dlg_window_print_to_file     (DlgWindow      *self,
                                           const char     *path,
                                           int            *n_pages,
                                           GError        **error);
/* The in-window message shown (after an export), or NULL */
const char  *dlg_window_get_message       (DlgWindow      *self);
/* What changed in the open file since the version shown before it was
 * reloaded (the new version is shown), or NULL: no reload compared yet */
DlgDiff     *dlg_window_get_diff          (DlgWindow      *self);
/* "Changes since …": the heading of those changes (their list, their
 * page in the sheet), or NULL when there are none */
const char  *dlg_window_get_changes_heading (DlgWindow    *self);
/* Compare With…: reads file and says what changed from it to the data
 * shown (the data shown stays) */
void         dlg_window_compare_with      (DlgWindow      *self,
                                           GFile          *file);
/* The list of those changes (win.show-changes), or NULL when closed */
GtkWindow   *dlg_window_get_changes_window (DlgWindow     *self);
/* What the progress row shows, by the action that cancels it
 * ("win.cancel-load" while a file loads, "win.cancel-print" while the
 * sheet is laid out for print or preview), or NULL */
const char  *dlg_window_get_progress      (DlgWindow      *self);

/* Shows a delegation (by id) in the Details */
void              dlg_window_show_delegation     (DlgWindow   *self,
                                                  const char  *id);
/* The map page of the bottom pane (DlgMap) */
GtkWidget        *dlg_window_get_map             (DlgWindow   *self);
/* The Overview's board (DlgBoard), every place added */
GtkWidget        *dlg_window_get_board           (DlgWindow   *self);
/* the overview's leader cards: a box of one column per side */
GtkWidget        *dlg_window_get_leaders         (DlgWindow   *self);
/* The timeline page's DlgTimeline, and its list of where both sides were */
GtkWidget        *dlg_window_get_timeline        (DlgWindow   *self);
const char       *dlg_window_get_meetings_text   (DlgWindow   *self);

/* The window's view: "overview", "members", "leaders", "destinations" */
void        dlg_window_set_view (DlgWindow  *self,
                                 const char *view);
const char *dlg_window_get_view (DlgWindow  *self);

/* Answers the open dataset dialog (Open, Compare With) as its button
 * would, with file (a native dialog gives no file before it is shown:
 * tests use this) */
void        dlg_window_answer_dataset_dialog (DlgWindow *self,
                                              GFile     *file);
/* Answers the open export dialog as its Export button would, with file
 * (a native dialog gives no file before it is shown: tests use this) */
void        dlg_window_answer_export_dialog (DlgWindow *self,
                                             GFile     *file);

G_END_DECLS
