#pragma once

#include "dlg-export.h"
#include "dlg-filter-bar.h"
#include "dlg-message-area.h"
#include "dlg-overview.h"
#include "dlg-details.h"
#include "dlg-side-switcher.h"
#include "dlg-window.h"

G_BEGIN_DECLS

/* The window is split by concern: dlg-window.c (sides, layout, class),
 * dlg-window-load.c (opening,
 * loading, watching, errors), dlg-window-actions.c (menu actions,
 * messages), dlg-window-print.c (print and export). */

struct _DlgWindow
{
  GtkApplicationWindow parent_instance;

  /* template */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  DlgMessageArea *message_area;
  GtkPaned *main_paned;
  DlgSidePane *pane_a;
  DlgSidePane *pane_b;
  DlgDetails *details;
  GtkStack *view_stack;
  DlgOverview *overview;
  DlgSideSwitcher *side_switcher;
  DlgFilterBar *filter_bar;
  GMenu *recent_menu;

  GSettings *settings;

  /* data: what the document loaded and the window shows */
  DlgDocument *document;
  DlgDataset *dataset;
  guint side_a;
  guint side_b;
  GHashTable *shared_keys;

  /* filter, and the result of its last count */
  DlgFilter *filter;
  DlgFilterResult *result;

  /* the file to remember once a frame showing it is drawn */
  GFile *remember_file;
  guint remember_tick;
  guint remember_ticks;
  /* said once the start-up's dataset is shown: why it is not the last */
  char *startup_title;
  guint layout_source;
  gboolean syncing_sort;
  gboolean narrow;
  int paned_height;

  /* print and export */
  gboolean sheet_as_shown;
  DlgSheetKind sheet_kind;
  /* the cancellables of this window's exports in flight */
  GPtrArray *exports;
  GtkPrintOperation *print_operation;
  GtkNativeDialog *file_dialog;     /* owned */
};

/* dlg-window.c */
void      dlg_window_show_dataset       (DlgWindow    *self,
                                         DlgDataset   *dataset);
/* Map, board and timeline again, after the filter's count changed */
void      dlg_window_refilter_overview  (DlgWindow    *self);

/* dlg-window-load.c */
void      dlg_window_load_class_init    (GtkWidgetClass *widget_class);
/* Clears the mark of the start-up's dataset being opened */
void      dlg_window_forget_opening     (DlgWindow      *self);
void      dlg_window_load_init          (DlgWindow    *self);
void      dlg_window_load_dispose       (DlgWindow    *self);

/* dlg-window-actions.c */
void      dlg_window_actions_class_init (GtkWidgetClass *widget_class);


/* dlg-window.c, for the print and export code */
/* An in-window message; open_file adds an "Open" button for it. */
void      dlg_window_show_message       (DlgWindow  *self,
                                         const char *title,
                                         const char *detail,
                                         GFile      *open_file);
void      dlg_window_hide_message       (DlgWindow  *self);

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


/* The print dialog for snapshot (the preview's Print button prints what
 * it previewed) */
void dlg_window_print_snapshot (DlgWindow   *self,
                                DlgSnapshot *snapshot);
/* Stops the sheet being laid out for print or preview */
void dlg_window_cancel_print   (DlgWindow   *self);

G_END_DECLS
