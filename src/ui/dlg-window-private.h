#pragma once

#include "dlg-export.h"
#include "dlg-board.h"
#include "dlg-leaders.h"
#include "dlg-map.h"
#include "dlg-timeline.h"
#include "dlg-window.h"

G_BEGIN_DECLS

/* The window is split by concern: dlg-window.c (sides, layout, class),
 * dlg-window-filter.c (search and facets), dlg-window-load.c (opening,
 * loading, watching, errors), dlg-window-actions.c (menu actions,
 * messages), dlg-window-print.c (print and export),
 * dlg-window-details.c (the bottom panel). */

typedef struct _DlgFacetIndex DlgFacetIndex;

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
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkDropDown *party_dropdown;
  GtkDropDown *role_kind_dropdown;
  GtkDropDown *delegation_dropdown;
  GtkDropDown *country_dropdown;
  GtkBox *panes_box;
  GtkPaned *main_paned;
  DlgSidePane *pane_a;
  DlgSidePane *pane_b;
  GtkWidget *details_pane;
  GtkBox *comparison_box;
  DlgMap *map_view;
  /* destinations the members shown went to (made with the facet counts);
   * NULL: all of them */
  GHashTable *reached;
  /* ids of the delegations with a member shown (same pass); NULL: all */
  GHashTable *shown_delegations;
  GtkStack *view_stack;
  GtkScrolledWindow *overview_scroller;
  GtkBox *leaders_box;
  GtkWidget *narrow_bar;
  GtkWidget *side_switcher;
  GtkLabel *side_a_label;
  GtkLabel *side_b_label;
  GtkPopover *filters_popover;
  GtkScrolledWindow *filter_scroller;
  GtkBox *filter_bar;
  /* in a narrow window, the side shown (0 or 1) */
  guint narrow_side;
  DlgWrapBox *board_box;
  DlgTimeline *timeline_view;
  GtkLabel *meetings_label;
  GtkBox *details_box;
  GMenu *recent_menu;

  GSettings *settings;

  /* data: what the document loaded and the window shows */
  DlgDocument *document;
  DlgDataset *dataset;
  guint side_a;
  guint side_b;
  GHashTable *shared_keys;

  /* filter */
  GtkCustomFilter *filter;
  /* the members' facet values as numbers, one index per dataset */
  DlgFacetIndex *facets;
  /* the index was made in the loading thread (dlg_window_prepare_dataset) */
  gboolean facets_prepared;
  char *search;
  char *party;
  int role_kind;
  char *delegation_id;
  char *country;
  guint counts_source;
  gboolean updating_facets;
  /* the parts of the Overview (OVERVIEW_*, dlg-window.c) still to follow
   * the filters' last change: while another view is up they wait for it;
   * with the Overview up they follow one a main loop turn
   * (overview_source) */
  guint overview_stale;
  guint overview_source;
  /* the sides compared changed: the map and the timeline take them anew */
  gboolean overview_new_sides;
  gboolean setting_search;

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

/* dlg-window-filter.c */
void      dlg_facet_index_free          (DlgFacetIndex *index);
void      dlg_window_filter_class_init  (GtkWidgetClass *widget_class);
void      dlg_window_filter_init        (DlgWindow    *self);
void      dlg_window_rebuild_facets     (DlgWindow    *self);
void      dlg_window_prepare_dataset    (DlgDataset   *dataset);

/* dlg-window-load.c */
void      dlg_window_load_class_init    (GtkWidgetClass *widget_class);
/* Clears the mark of the start-up's dataset being opened */
void      dlg_window_forget_opening     (DlgWindow      *self);
void      dlg_window_load_init          (DlgWindow    *self);
void      dlg_window_load_dispose       (DlgWindow    *self);

/* dlg-window-actions.c */
void      dlg_window_actions_class_init (GtkWidgetClass *widget_class);

/* dlg-window-details.c: fills the bottom panel's boxes */
void dlg_details_show_member      (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgMember      *member);
void dlg_details_show_delegation  (GtkBox         *box,
                                  DlgDataset     *dataset,
                                  DlgDelegation  *delegation);
void dlg_details_show_destination (GtkBox         *box,
                                   DlgDataset     *dataset,
                                   DlgDestination *destination);
void dlg_details_show_comparison  (GtkBox         *box,
                                   DlgSide        *a,
                                   DlgSide        *b,
                                   const DlgComparison  *comparison);
char *dlg_details_collect_text    (GtkWidget      *widget);

/* dlg-window.c, for the print and export code */
char     *dlg_window_describe_filter    (DlgWindow  *self);
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

/* Map, board and timeline again, after the filter changed */
void dlg_window_refilter_overview (DlgWindow *self);
/* The facet counts and the sets of places and delegations shown, made
 * now (a count waiting for an idle moment is dropped); the caller fills
 * the Overview and the panes' lists from them. */
void dlg_window_recount (DlgWindow *self);

/* The print dialog for snapshot (the preview's Print button prints what
 * it previewed) */
void dlg_window_print_snapshot (DlgWindow   *self,
                                DlgSnapshot *snapshot);

G_END_DECLS
