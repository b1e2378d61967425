/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-export.h"
#include "dlg-filter-bar.h"
#include "dlg-message-area.h"
#include "dlg-overview.h"
#include "dlg-recent.h"
#include "dlg-details.h"
#include "dlg-diff.h"
#include "dlg-side-switcher.h"
#include "dlg-window.h"

G_BEGIN_DECLS

/* The window is a composition: it holds the parts below and wires them
 * (docs/DESIGN.md has the map).  Its code is split by concern:
 * dlg-window.c (the parts, the sides, the views, the layout, the class),
 * dlg-window-load.c (opening and loading through its DlgDocument, the
 * load's errors, the file dialog), dlg-window-actions.c (the menu's
 * actions, messages), dlg-window-print.c (print, preview and exports). */

struct _DlgWindow
{
  GtkApplicationWindow parent_instance;

  /* the parts, from the template */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  DlgMessageArea *message_area;   /* error, message and progress bars */
  DlgFilterBar *filter_bar;       /* search and facets, bound to filter */
  DlgSideSwitcher *side_switcher; /* narrow: which side shows */
  GtkStack *view_stack;           /* the Overview, or the sides' panes */
  DlgOverview *overview;
  DlgSidePane *pane_a;
  DlgSidePane *pane_b;
  GtkPaned *main_paned;           /* the views above, the details below */
  DlgDetails *details;

  /* what is kept between runs */
  GSettings *settings;
  DlgRecent *recent;              /* the datasets opened before */

  /* what is shown: the document's dataset, the two sides compared (by
   * index) and the places both reached */
  DlgDocument *document;
  DlgDataset *dataset;
  guint sides[2];
  GHashTable *shared_keys;

  /* the members' filter, and the result of its last count */
  DlgFilter *filter;
  DlgFilterResult *result;

  /* the layout: narrow or wide, applied at an idle moment after an
   * allocation changed it */
  gboolean narrow;
  int paned_height;
  guint layout_source;
  /* one pane's sort followed by the other's: no echo */
  gboolean syncing_sort;

  /* outputs: the choices last made (what the next print or export
   * holds), the exports in flight (their cancellables), the print under
   * way, the file dialog (open or export; owned) */
  gboolean sheet_as_shown;
  DlgSheetKind sheet_kind;
  GPtrArray *exports;
  GtkPrintOperation *print_operation;
  GtkNativeDialog *file_dialog;
  /* what changed: the version shown before a reload (until the reload
   * says it was one), the comparison running (its cancellable) and the
   * last one made, its list (a window; not owned) */
  DlgDataset *previous_dataset;
  /* the file the data shown came from (NULL for the bundled dataset) */
  GFile *dataset_file;
  GCancellable *diff_cancellable;
  DlgDiff *diff;
  GtkWindow *changes_window;
  /* the message bar's title while it speaks of changes, else NULL */
  char *changes_title;
  /* "Changes since …" (their list's and page's heading); the other
   * file compared with (Compare With…), NULL for the version before */
  char *changes_heading;
  GFile *changes_file;
  /* the list was open when a new comparison began: it opens again */
  gboolean changes_reopen;
};

/* dlg-window.c */
void      dlg_window_show_dataset       (DlgWindow    *self,
                                         DlgDataset   *dataset);
/* Map, board and timeline again, after the filter's count changed */
void      dlg_window_refilter_overview  (DlgWindow    *self);

/* dlg-window-load.c */
void      dlg_window_load_class_init    (GtkWidgetClass *widget_class);
void      dlg_window_load_init          (DlgWindow    *self);
void      dlg_window_load_dispose       (DlgWindow    *self);

/* dlg-window-changes.c: compares old_dataset with new_dataset (shown)
 * in a thread, then says what changed; reset forgets the comparison */
void      dlg_window_changes_compare    (DlgWindow    *self,
                                         DlgDataset   *old_dataset,
                                         DlgDataset   *new_dataset,
                                         GFile        *old_file);
void      dlg_window_changes_reset      (DlgWindow    *self);
/* Whether the message bar shows what changed (a reload replaces it in
 * place rather than hiding it) */
gboolean  dlg_window_changes_shown      (DlgWindow    *self);
void      dlg_window_changes_class_init (GtkWidgetClass *widget_class);
void      dlg_window_changes_init       (DlgWindow    *self);
void      dlg_window_changes_dispose    (DlgWindow    *self);
/* "“FILE” opened with N warnings; …" for the data shown, or NULL */
char     *dlg_window_dup_warnings_title (DlgWindow    *self);
/* A file dialog for a dataset (JSON), the window's own; the file chosen
 * goes to use */
typedef void (*DlgWindowFileFunc) (DlgWindow *self,
                                   GFile     *file);
void      dlg_window_choose_dataset     (DlgWindow         *self,
                                         const char        *title,
                                         const char        *accept_label,
                                         DlgWindowFileFunc  use);
/* dlg-window-actions.c */
void      dlg_window_actions_class_init (GtkWidgetClass *widget_class);


/* dlg-window-load.c: the window's file dialog, destroyed with it */
void      dlg_window_show_file_dialog   (DlgWindow       *self,
                                         GtkNativeDialog *dialog);
void      dlg_window_close_file_dialog  (DlgWindow       *self);

/* dlg-window-print.c */
DlgSnapshot *dlg_window_take_snapshot   (DlgWindow  *self);
void      dlg_window_export_snapshot    (DlgWindow       *self,
                                         DlgSnapshot     *snapshot,
                                         DlgExportFormat  format,
                                         GFile           *file);
void      dlg_window_print_dispose      (DlgWindow  *self);
void      dlg_window_print              (DlgWindow  *self);
void      dlg_window_export_pdf         (DlgWindow  *self);
void      dlg_window_export_csv         (DlgWindow  *self);
void      dlg_window_export_image       (DlgWindow  *self);


/* The print dialog for snapshot (the preview's Print button prints what
 * it previewed) */
void dlg_window_print_snapshot (DlgWindow   *self,
                                DlgSnapshot *snapshot);
/* Stops the sheet being laid out for print or preview */
void dlg_window_cancel_print   (DlgWindow   *self);

G_END_DECLS
