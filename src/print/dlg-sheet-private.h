/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* Shared by the parts of the sheet: dlg-sheet.c (pages, drawing, PDF),
 * dlg-sheet-blocks.c (measured text and table rows),
 * dlg-sheet-content.c (what goes on the sheet), dlg-sheet-changes.c
 * (what changed since an earlier version). */

#include <pango/pangocairo.h>

#include "dlg-map-scene.h"
#include "dlg-sheet.h"

G_BEGIN_DECLS

/* Measures in points */
#define MARGIN 36.0
#define GUTTER 22.0
#define FOOTER 22.0
#define CELL_PAD 2.0
/* body text at least 9 pt; small print (captions, sources, footer) 7 pt,
 * its source numbers (superscript) still over 6 pt */
#define BODY_FONT "Sans 9"
#define TABLE_HEAD_FONT "Sans Bold 8.5"
#define SMALL_FONT "Sans 7"
#define SOURCE_FONT "Sans 6.5"
#define HEADING_FONT "Sans Bold 11"
#define SIDE_FONT "Sans Bold 15"
#define TITLE_FONT "Sans Bold 17"
/* the running head, above the body on every page after the first */
#define HEAD_FONT "Sans 7.5"

typedef struct
{
  /* a text block's layout; NULL for a table cell, laid out again when
   * its page is drawn (a sheet of 100 000 members kept a gigabyte of
   * layouts) */
  PangoLayout *layout;
  /* a table cell's font, width and markup as one key (owned by the
   * sheet's cell_heights, one copy for equal cells), its markup (the
   * key's last part) and font */
  const char *key;
  const char *markup;
  const char *font;
  double x;
  double width;
  /* bottom of each line, in points from the top of the layout; made
   * only for a row that is split across pages */
  GArray *line_bottoms;
} Cell;

typedef struct _Block Block;
struct _Block
{
  GPtrArray *cells;
  double height;
  double width;
  double space_before;
  gboolean header;      /* a table's column headings: shaded */
  gboolean row;         /* a table row: ruled below */
  double pad;           /* a heading's or row's space above and below its text */
  gboolean keep_with_next;
  /* it prints a certainty mark: its page's foot gives their legend */
  gboolean marked;
  Block *repeat;        /* for rows: the heading to repeat on a new page */
  Block *caption;       /* for headings: "Group 1, continued" */
  /* what the running head says while this block starts a page:
   * "India · Group 3" (owned by the sheet); context_start: the block
   * opens it (else the head says "continued") */
  const char *context;
  gboolean context_start;
  /* drawn, not text: paint (block, cr, x, y) */
  void (*paint) (Block *block, cairo_t *cr, double x, double y);
  gpointer paint_data;
  GDestroyNotify paint_free;
};

/* A block on a page; a row taller than a page is placed in pieces, each
 * cell drawing its lines from start[cell] to end[cell]. */
typedef struct
{
  Block *block;
  double x;
  double y;
  double height;      /* of this piece */
  double *start;      /* per cell, NULL: the whole block */
  double *end;
  gboolean clipped;   /* a line taller than a page was cut */
} Placed;

struct _DlgSheet
{
  GObject parent_instance;

  /* Everything drawn comes from the snapshot; the fields below point
   * into it. */
  DlgSnapshot *snapshot;
  DlgDataset *dataset;
  DlgSide *side_a;
  DlgSide *side_b;
  GListModel *members_a;
  GListModel *members_b;
  const char *filter_text;
  const char *print_date;
  DlgSheetKind kind;
  /* the destinations the members printed went to, and the ids of their
   * delegations; NULL: all (every member printed) */
  GHashTable *reached;
  GHashTable *delegations;
  /* each side's counts, of the members printed: made once, used by page
   * one, the side's part and the comparison */
  DlgSideSummary *summaries[2];
  GPtrArray *strings;  /* owns the blocks' contexts */
  double page_width;
  double page_height;

  /* the sheet runs right to left (the language's direction): every
   * block and cell is placed mirrored when drawn, text starts at the right */
  gboolean rtl;
  PangoContext *context;
  /* the table cells' heights by font, width and markup: a party, a role
   * or a status met a thousand times is measured once */
  GHashTable *cell_heights;
  /* the layouts of the page being drawn, shared the same way (by the
   * cells' keys: equal cells share one key) */
  GHashTable *page_layouts;
  GPtrArray *blocks;  /* owns every Block */
  GPtrArray *pages;   /* GArray of Placed, one per page */
  /* the pagination under way (dlg-sheet.c), NULL when done or not begun */
  struct _Pagination *pagination;
  gboolean paginated;
};

void dlg_sheet_block_free (gpointer data);
/* A Pango context for the sheet and the image: points at 72 dpi, no
 * hinting (the same layout on paper, in PDF, in the preview) */
PangoContext *dlg_print_context_new (void);
/* Markup laid out width wide, wrapping, in the context's direction
 * (pango_context_set_base_dir: right to left, set from the right) */
PangoLayout *dlg_print_layout_new (PangoContext *context,
                                   const char   *markup,
                                   double        width,
                                   const char   *font);
/* dlg-sheet.c: side's counts (side_a or side_b), made when first asked */
DlgSideSummary *dlg_sheet_side_summary (DlgSheet *self,
                                        DlgSide  *side);
PangoLayout *dlg_sheet_make_layout (DlgSheet   *self,
                                    const char *markup,
                                    double      width,
                                    const char *font);
/* A cell's layout (a new reference): a text block's own, or a table
 * cell's, made for the page being drawn */
PangoLayout *dlg_sheet_cell_layout (DlgSheet   *self,
                                    Cell       *cell);
Block *dlg_sheet_plain_block (DlgSheet   *self,
                              const char *text,
                              double      width,
                              const char *font,
                              double      space_before);
Block *dlg_sheet_text_block (DlgSheet   *self,
                             const char *markup,
                             double      width,
                             const char *font,
                             double      space_before);
Block *dlg_sheet_row_block (DlgSheet          *self,
                            const char *const *markups,
                            const double      *fractions,
                            guint              n,
                            double             width,
                            const char        *font,
                            gboolean           header);
/* The same with pad points above and below the text (CELL_PAD above) */
Block *dlg_sheet_padded_row_block (DlgSheet          *self,
                                   const char *const *markups,
                                   const double      *fractions,
                                   guint              n,
                                   double             width,
                                   const char        *font,
                                   gboolean           header,
                                   double             pad);
char *dlg_sheet_refs_markup (DlgSheet           *self,
                             const char * const *ids);
/* The mark after a fact that is not confirmed ("†", "?", "≠"), as
 * markup; "" for a confirmed one.  Sets *marked when there is a mark
 * (the block that prints it sets its own "marked"). */
char *dlg_sheet_mark (DlgCertainty  certainty,
                      gboolean     *marked);
/* Dataset text as markup for a cell: cut to DLG_SHEET_MAX_CHARS with a
 * visible mark, long unbroken runs given break opportunities (Pango is
 * quadratic on one long word), isolated from the words around it. */
char *dlg_sheet_escape (const char *text);
/* The same for a text composed of our words and pieces of the dataset's
 * text that are isolated already (dlg_text_isolate): not isolated as a
 * whole, or our words would run in the first piece's direction */
char *dlg_sheet_escape_composed (const char *text);
#define DLG_SHEET_MAX_CHARS 3000
/* A side's part: its heading and summary, into out */
void dlg_sheet_side_head (DlgSheet   *self,
                          DlgSide    *side,
                          GListModel *members,
                          double      width,
                          GPtrArray  *out);
/* The members to print (NULL: none given), by delegation id, each group
 * in the order given: one pass, however many delegations there are */
GHashTable *dlg_sheet_group_members (GListModel *members);
/* A delegation's blocks, into out: from 0, its heading, its route (the
 * briefing's line) and its member table's headings; the rows of
 * printed[from..to); at the end (to == printed->len) the full annex's
 * route table.  Returns the member table's headings (pass it on to the
 * next call, for the rows' repeat). */
Block *dlg_sheet_delegation_blocks (DlgSheet      *self,
                                    DlgSide       *side,
                                    DlgDelegation *d,
                                    GPtrArray     *printed,
                                    guint          from,
                                    guint          to,
                                    Block         *header,
                                    double         width,
                                    GPtrArray     *out);
/* The events (date, text, mark, source numbers) and the sides' stated
 * purposes, under "Background"; none when the dataset has neither */
GPtrArray *dlg_sheet_background_blocks (DlgSheet *self,
                                        double    width);
GPtrArray *dlg_sheet_comparison_blocks (DlgSheet *self,
                                        double    width);
GPtrArray *dlg_sheet_source_blocks (DlgSheet *self,
                                    double    width);
Block *dlg_sheet_title_blocks (DlgSheet  *self,
                               GPtrArray *out,
                               double     width);
/* An empty block of a size, drawn by paint */
Block *dlg_sheet_paint_block (DlgSheet      *self,
                              double         width,
                              double         height,
                              void         (*paint) (Block *, cairo_t *, double, double),
                              gpointer       data,
                              GDestroyNotify free_data);
/* Sets the running head of out[from..] (blocks with none yet); with
 * opens, the first opens it (else a page it starts says "continued") */
void dlg_sheet_set_context (DlgSheet   *self,
                            GPtrArray  *out,
                            guint       from,
                            const char *context,
                            gboolean    opens);
/* dlg-sheet-changes.c: the page "Changes since …" (the snapshot has
 * changes): its heading, the count by kind and what the numbers are */
GPtrArray *dlg_sheet_changes_head_blocks (DlgSheet *self,
                                          double    width);
/* The changes [from, to) into out, each group (side · delegation) under
 * its heading */
void dlg_sheet_changes_blocks (DlgSheet  *self,
                               guint      from,
                               guint      to,
                               double     width,
                               GPtrArray *out);
/* dlg-sheet-glance.c: page one, "At a glance", laid out in parts (a
 * step of the pagination each): the map's scene; the title, the map and
 * its legend; the board; the leaders.  glance starts zeroed and keeps where the parts
 * meet; FALSE once the last part is done. */
typedef struct
{
  guint part;
  /* the map's scene, made in a part of its own */
  DlgMapScene *scene;
  /* below the title, and the board's top */
  double y;
  double board_top;
  /* how much of their width the board's one-side columns keep (1: all),
   * so that the shared places fit */
  double narrow;
} DlgGlance;

#define DLG_GLANCE_PARTS 4

/* What a glance left when its parts were not all done */
void     dlg_glance_clear      (DlgGlance *glance);

gboolean dlg_sheet_glance_part (DlgSheet  *self,
                                guint      page,
                                DlgGlance *glance);
/* One board column as markup: its heading and count ("Both (2 of 4
 * shown)"), then its places shown (DlgBoardPlace; names, or with every
 * side's dates for the shared ones), the first max_items of them, then
 * "and N more".  names: the sides' names, isolated.  with_marks: each
 * name followed by its certainty mark. */
char *dlg_sheet_board_markup (GPtrArray          *places,
                              int                 column,
                              const char         *heading,
                              const char * const *names,
                              gboolean            with_marks,
                              guint               max_items);
/* The largest count, of n, n * 3/4, … down to 0, for which fits says
 * TRUE (0 when none does): more items never take less room, so the
 * series is halved */
typedef gboolean (*DlgFitFunc) (guint    count,
                                gpointer data);
guint dlg_sheet_fit_count (guint      n,
                           DlgFitFunc fits,
                           gpointer   data);
/* dlg-sheet.c: puts block on page at (x, y) */
void dlg_sheet_place (DlgSheet *self,
                      guint     page,
                      Block    *block,
                      double    x,
                      double    y);
double dlg_sheet_body_bottom (DlgSheet *self);

G_END_DECLS
