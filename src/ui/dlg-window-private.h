#pragma once

#include "dlg-export.h"
#include "dlg-filter-bar.h"
#include "dlg-overview.h"
#include "dlg-details.h"
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
  GtkRevealer *error_revealer;
  GtkLabel *error_title;
  GtkLabel *error_label;
  GtkRevealer *message_revealer;
  GtkLabel *message_title;
  GtkLabel *message_detail;
  GtkButton *message_open;
  GtkButton *message_cancel;
  GtkRevealer *progress_revealer;
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkBox *panes_box;
  GtkPaned *main_paned;
  DlgSidePane *pane_a;
  DlgSidePane *pane_b;
  DlgDetails *details;
  GtkStack *view_stack;
  DlgOverview *overview;
  GtkWidget *narrow_bar;
  GtkWidget *side_switcher;
  GtkLabel *side_a_label;
  GtkLabel *side_b_label;
  DlgFilterBar *filter_bar;
  /* in a narrow window, the side shown (0 or 1) */
  guint narrow_side;
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

  guint progress_source;
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
  char *message;
  GFile *export_file;
  /* the cancellables of this window's exports in flight */
  GPtrArray *exports;
  GtkPrintOperation *print_operation;
  GtkWindow *preview_window;        /* weak */
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

G_END_DECLS
