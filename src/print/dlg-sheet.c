/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <langinfo.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlg-sheet-private.h"

G_DEFINE_FINAL_TYPE (DlgSheet, dlg_sheet, G_TYPE_OBJECT)

/* --- pages --- */

static void
placed_clear (gpointer data)
{
  Placed *p = data;

  g_clear_pointer (&p->start, g_free);
  g_clear_pointer (&p->end, g_free);
}

static GArray *
page_at (DlgSheet *self,
         guint     index)
{
  while (self->pages->len <= index)
    {
      GArray *placed = g_array_new (FALSE, FALSE, sizeof (Placed));

      g_array_set_clear_func (placed, placed_clear);
      g_ptr_array_add (self->pages, placed);
    }
  return g_ptr_array_index (self->pages, index);
}

void
dlg_sheet_place (DlgSheet *self,
                 guint     page,
                 Block    *block,
                 double    x,
                 double    y)
{
  Placed p = { block, x, y, block->height, NULL, NULL, FALSE };

  g_array_append_val (page_at (self, page), p);
}

static Placed *
place (DlgSheet *self,
       guint     page,
       Block    *block,
       double    x,
       double    y)
{
  Placed p = { block, x, y, block->height, NULL, NULL, FALSE };
  GArray *placed = page_at (self, page);

  g_array_append_val (placed, p);
  return &g_array_index (placed, Placed, placed->len - 1);
}

double
dlg_sheet_body_bottom (DlgSheet *self)
{
  return self->page_height - MARGIN - FOOTER;
}

/* Where the next block goes: a page, a column on it and a height.  One
 * column runs across the page; more columns fill the first to the
 * bottom, then the next from the same height, then the next page. */
typedef struct
{
  guint page;
  double x;
  double y;
  /* the top of the columns on this page */
  double top;
  /* where the current column's own content starts (under a table's
   * repeated headings): a block that does not fit there fits nowhere */
  double fresh;
  /* columns: the width of one; 0: one column across */
  double column;
  guint n_columns;
  guint col;
} Cursor;

static void
cursor_init (Cursor *c,
             guint   page,
             double  y,
             double  column,
             guint   n_columns)
{
  c->page = page;
  c->x = MARGIN;
  c->y = c->top = c->fresh = y;
  c->column = column;
  c->n_columns = column > 0 ? n_columns : 1;
  c->col = 0;
}

/* Nothing placed yet in the current column */
static gboolean
cursor_fresh (Cursor *c)
{
  return c->y <= c->fresh + 0.5;
}

/* What a table repeats on a page it goes on to: its caption ("Group 1,
 * continued") and its column headings, unless they would take more than
 * a third of the page (a heading of a thousand words is not repeated
 * page after page, leaving no room for the rows). */
static double
repeat_height (DlgSheet *self,
               Block    *block)
{
  Block *repeat = block->repeat;
  double height;

  if (repeat == NULL)
    return 0;
  height = repeat->height + (repeat->caption != NULL ? repeat->caption->height + 2 : 0);
  return height <= (dlg_sheet_body_bottom (self) - MARGIN) / 3 ? height : 0;
}

/* Moves to the next column, or the top of the next page, for the rest
 * of block's table (its caption and headings again). */
static void
cursor_next (DlgSheet *self,
             Cursor   *c,
             Block    *block)
{
  if (c->col + 1 < c->n_columns)
    {
      c->col++;
      c->x = MARGIN + c->col * (c->column + GUTTER);
      c->y = c->fresh = c->top;
      return;
    }
  c->page++;
  c->x = MARGIN;
  c->col = 0;
  c->y = c->top = MARGIN;
  if (repeat_height (self, block) > 0)
    {
      if (block->repeat->caption != NULL)
        {
          place (self, c->page, block->repeat->caption, c->x, c->y);
          c->y += block->repeat->caption->height + 2;
        }
      place (self, c->page, block->repeat, c->x, c->y);
      c->y += block->repeat->height;
    }
  c->fresh = c->y;
}

/* Where each line of a layout ends: only blocks that split need it. */
static GArray *
line_bottoms (PangoLayout *layout)
{
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      double bottom;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (double) (logical.y + logical.height) / PANGO_SCALE;
      g_array_append_val (bottoms, bottom);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  return bottoms;
}

/* A block taller than what is left of its column: each cell goes on line
 * by line, the rest in the next columns and pages (a table's under its
 * "continued" caption).  Every column it goes on to gets at least one
 * more line of each unfinished cell, or the line is cut there and marked
 * (a line taller than a whole page): it ends after as many pieces as it
 * has lines. */
static void
split_block (DlgSheet *self,
             Block    *block,
             Cursor   *c)
{
  guint n = block->cells->len;
  g_autofree double *start = g_new0 (double, n);
  double bottom = dlg_sheet_body_bottom (self);
  double pad = block->pad;

  for (;;)
    {
      double room = bottom - c->y - 2 * pad;
      gboolean fresh = cursor_fresh (c);
      g_autofree double *end = g_new0 (double, n);
      double tallest = 0;
      gboolean done = TRUE;
      gboolean clipped = FALSE;

      for (guint i = 0; i < n; i++)
        {
          Cell *cell = g_ptr_array_index (block->cells, i);
          GArray *lines;
          double last;

          if (cell->line_bottoms == NULL)
            {
              g_autoptr(PangoLayout) layout = dlg_sheet_cell_layout (self, cell);

              cell->line_bottoms = line_bottoms (layout);
            }
          lines = cell->line_bottoms;
          last = lines->len > 0 ? g_array_index (lines, double, lines->len - 1) : 0;

          end[i] = start[i];
          for (guint l = 0; l < lines->len; l++)
            {
              double b = g_array_index (lines, double, l);

              if (b <= start[i])
                continue;
              if (b - start[i] > room)
                {
                  /* Not even one line fits in an empty column: cut it. */
                  if (end[i] == start[i] && fresh && room > 0)
                    {
                      end[i] = start[i] + room;
                      clipped = TRUE;
                    }
                  break;
                }
              end[i] = b;
            }
          tallest = MAX (tallest, end[i] - start[i]);
          if (end[i] < last)
            done = FALSE;
        }

      if (tallest > 0)
        {
          Placed *p = place (self, c->page, block, c->x, c->y);

          p->start = g_memdup2 (start, n * sizeof (double));
          p->height = tallest + 2 * pad;
          p->clipped = clipped;
          c->y += p->height;
          memcpy (start, end, n * sizeof (double));
          p->end = g_steal_pointer (&end);
          if (clipped)
            break;
        }
      if (done)
        break;
      /* An empty column that took nothing would take nothing again (the
       * paper is shorter than its margins): the rest is cut, and marked. */
      if (fresh && tallest == 0)
        {
          Placed *p = place (self, c->page, block, c->x, c->y);

          p->start = g_memdup2 (start, n * sizeof (double));
          p->end = g_memdup2 (start, n * sizeof (double));
          p->height = 0;
          p->clipped = TRUE;
          break;
        }
      cursor_next (self, c, block);
    }
}

/* Places a block at the cursor, split over columns and pages when it is
 * taller than what is left (drawn blocks, the map, never are). */
static void
put (DlgSheet *self,
     Block    *b,
     Cursor   *c)
{
  if (b->paint == NULL && c->y + b->height > dlg_sheet_body_bottom (self))
    split_block (self, b, c);
  else
    {
      place (self, c->page, b, c->x, c->y);
      c->y += b->height;
    }
}

/* Places blocks top to bottom in one column from the cursor, moving to
 * the next page where a block does not fit.  A row that starts a page
 * gets its table's heading again; a heading stays with what follows it.
 * A row taller than a page starts where it is and is split; any other
 * block taller than a page starts a page and is split. */
static void
flow (DlgSheet  *self,
      GPtrArray *blocks,
      Cursor    *c)
{
  double bottom = dlg_sheet_body_bottom (self);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      double need = b->height + (c->y > MARGIN ? b->space_before : 0);
      guint j = i;

      /* a heading stays with what follows it, and a table's column
       * headings with at least three of its rows */
      {
        guint rows_after_header = 0;
        gboolean header_seen = b->header;

        while (((Block *) g_ptr_array_index (blocks, j))->keep_with_next && j + 1 < blocks->len)
          {
            Block *next = g_ptr_array_index (blocks, ++j);

            need += next->height + next->space_before;
            if (next->header)
              {
                header_seen = TRUE;
                rows_after_header = 0;
              }
            else if (next->row && header_seen)
              rows_after_header++;
          }
        for (guint k = j + 1; header_seen && rows_after_header < 3 && k < blocks->len; k++)
          {
            Block *row = g_ptr_array_index (blocks, k);

            if (!row->row)
              break;
            need += row->height;
            rows_after_header++;
          }
      }
      /* never more than a page: a very tall first row still starts here */
      need = MIN (need, bottom - MARGIN - 1);

      if (c->y + need > bottom && !cursor_fresh (c) &&
          !(b->row && b->height > bottom - MARGIN - 40))
        cursor_next (self, c, b);
      else if (c->y > MARGIN)
        c->y += b->space_before;
      put (self, b, c);
    }
}

/* Places blocks in the cursor's two columns. */
static void
flow_columns (DlgSheet  *self,
              GPtrArray *blocks,
              Cursor    *c)
{
  double bottom = dlg_sheet_body_bottom (self);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);

      if (c->y + b->height > bottom && !cursor_fresh (c))
        cursor_next (self, c, b);
      put (self, b, c);
    }
}

/* What the sheet shows of the members printed: the destinations they
 * went to, and their delegations (for page one) */
static void
collect_printed (DlgSheet *self)
{
  GListModel *lists[] = { self->members_a, self->members_b };

  g_clear_pointer (&self->reached, g_hash_table_unref);
  g_clear_pointer (&self->delegations, g_hash_table_unref);
  if (self->members_a == NULL && self->members_b == NULL)
    return;
  self->reached = dlg_snapshot_collect_reached (self->snapshot);
  self->delegations = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint s = 0; s < G_N_ELEMENTS (lists); s++)
    {
      GListModel *members = lists[s] != NULL ? lists[s]
                            : dlg_side_get_members (s == 0 ? self->side_a : self->side_b);

      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

          if (dlg_member_get_delegation_id (m) != NULL)
            g_hash_table_add (self->delegations, (gpointer) dlg_member_get_delegation_id (m));
        }
    }
}

DlgSideSummary *
dlg_sheet_side_summary (DlgSheet *self,
                        DlgSide  *side)
{
  guint index = side == self->side_a ? 0 : 1;

  if (self->summaries[index] == NULL)
    self->summaries[index] = dlg_side_summary_new (side, index == 0 ? self->members_a
                                                                    : self->members_b);
  return self->summaries[index];
}

/* The pagination, a step at a time: what is printed, collected; page
 * one in its parts (the title and map, the board, the leaders); the
 * changes since an earlier version, when there are any, a chunk a step
 * from the top of page two (what is new comes before the rest); then,
 * from the top of the next page, each side's part, a delegation (a chunk of its members, for a big
 * one) a step; the comparison; the sources.  Each step lays out and
 * places what it made,
 * in the same order and with the same look-ahead (a heading stays with
 * what follows it, a table's headings with three rows) as all at once:
 * the pages are the same however many steps they take. */

/* the sources are listed in columns: three of about 240 points on A4
 * landscape, each source a line or three; two in the full annex, whose
 * sources have their links */
#define SOURCE_COLUMNS(kind) ((kind) == DLG_SHEET_FULL ? 2 : 3)

/* the rows a step lays out at most, of one delegation's members */
#define CHUNK_MEMBERS 200
/* the changes a step lays out at most */
#define CHUNK_CHANGES 200

typedef enum
{
  STEP_COLLECT,     /* the places reached and delegations printed */
  STEP_SUMMARY,     /* a side's counts */
  STEP_GLANCE,      /* a part of page one */
  STEP_CHANGES,     /* the next chunk of changes, from the top of page two */
  STEP_BACKGROUND,  /* the events and the sides' purposes */
  STEP_SIDE,        /* a side's part begins */
  STEP_DELEGATION,  /* the side's next delegation, or chunk of it */
  STEP_COMPARISON,
  STEP_SOURCES,
  STEP_DONE
} Step;

typedef struct _Pagination
{
  Step step;
  DlgGlance glance;
  Cursor cursor;
  double content;   /* the width of the page's content */
  guint side;       /* 0 or 1 */
  GListModel *members;  /* the side's members printed, or NULL: all */
  GHashTable *groups;   /* the side's members printed, by delegation id */
  guint delegation;     /* the side's next delegation */
  guint member;         /* its next member */
  Block *header;        /* its member table's headings */
  gboolean background;  /* the Background was placed */
  guint change;         /* the next change */
  /* laid out, not placed yet: a side's heading waits for its first
   * delegation's (it keeps with it) */
  GPtrArray *waiting;
  /* what is done and what there is to do: rows, and a unit a part */
  guint64 done;
  guint64 total;
} Pagination;

static void
pagination_free (Pagination *p)
{
  dlg_glance_clear (&p->glance);
  g_clear_pointer (&p->groups, g_hash_table_unref);
  g_ptr_array_unref (p->waiting);
  g_free (p);
}

/* The sheet has a page of changes: the briefing and the full annex of
 * a snapshot with changes (the glance is one page) */
static gboolean
has_changes (DlgSheet *self)
{
  DlgDiff *diff = dlg_snapshot_get_changes (self->snapshot);

  return self->kind != DLG_SHEET_GLANCE && diff != NULL && dlg_diff_get_n_changes (diff) > 0;
}

static GListModel *
side_members (DlgSheet *self,
              guint     side,
              gboolean *all)
{
  GListModel *members = side == 0 ? self->members_a : self->members_b;

  *all = members == NULL;
  return members != NULL ? members : dlg_side_get_members (side == 0 ? self->side_a
                                                                     : self->side_b);
}

void
dlg_sheet_paginate_begin (DlgSheet *self)
{
  Pagination *p;
  gboolean all;

  g_return_if_fail (DLG_IS_SHEET (self));

  g_clear_pointer (&self->pagination, pagination_free);
  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->blocks, 0);
  g_ptr_array_set_size (self->strings, 0);
  g_hash_table_remove_all (self->cell_heights);
  self->paginated = FALSE;

  p = g_new0 (Pagination, 1);
  p->waiting = g_ptr_array_new ();
  p->content = self->page_width - 2 * MARGIN;
  cursor_init (&p->cursor, 1, MARGIN, 0, 1);
  p->step = STEP_COLLECT;
  /* the collecting, the sides' counts and page one's parts; then each
   * side's rows and delegations, the comparison and the sources */
  p->total = 3 + DLG_GLANCE_PARTS;
  if (self->kind != DLG_SHEET_GLANCE)
    {
      for (guint s = 0; s < 2; s++)
        p->total += g_list_model_get_n_items (side_members (self, s, &all)) +
                    g_list_model_get_n_items (dlg_side_get_delegations (s == 0 ? self->side_a
                                                                               : self->side_b)) + 1;
      /* the Background, the comparison, the sources */
      p->total += 3;
      if (has_changes (self))
        p->total += dlg_diff_get_n_changes (dlg_snapshot_get_changes (self->snapshot)) + 1;
    }
  self->pagination = p;
}

/* Places what waits, and what was made after it */
static void
place_waiting (DlgSheet   *self,
               Pagination *p)
{
  flow (self, p->waiting, &p->cursor);
  g_ptr_array_set_size (p->waiting, 0);
}

/* One step; FALSE when the pagination is done */
static gboolean
step_once (DlgSheet *self)
{
  Pagination *p = self->pagination;
  /* the sources' columns */
  guint n_columns = SOURCE_COLUMNS (self->kind);
  double column = (p->content - (n_columns - 1) * GUTTER) / n_columns;

  switch (p->step)
    {
    case STEP_COLLECT:
      collect_printed (self);
      p->done++;
      p->step = STEP_SUMMARY;
      return TRUE;

    case STEP_SUMMARY:
      dlg_sheet_side_summary (self, p->side == 0 ? self->side_a : self->side_b);
      p->done++;
      if (++p->side == 2)
        {
          p->side = 0;
          p->step = STEP_GLANCE;
        }
      return TRUE;

    case STEP_GLANCE:
      if (!dlg_sheet_glance_part (self, 0, &p->glance))
        p->step = self->kind == DLG_SHEET_GLANCE ? STEP_DONE
                  : has_changes (self) ? STEP_CHANGES : STEP_BACKGROUND;
      p->done++;
      return TRUE;

    case STEP_CHANGES:
      {
        guint n = dlg_diff_get_n_changes (dlg_snapshot_get_changes (self->snapshot));
        guint to = MIN (n, p->change + CHUNK_CHANGES);
        g_autoptr(GPtrArray) blocks = NULL;

        /* the heading with the first chunk: it stays with its first rows */
        blocks = p->change == 0 ? dlg_sheet_changes_head_blocks (self, p->content)
                                : g_ptr_array_new ();
        dlg_sheet_changes_blocks (self, p->change, to, p->content, blocks);
        flow (self, blocks, &p->cursor);
        p->done += to - p->change + (p->change == 0 ? 1 : 0);
        p->change = to;
        if (to == n)
          {
            /* the rest of the sheet from the top of a page */
            cursor_init (&p->cursor, p->cursor.page + 1, MARGIN, 0, 1);
            p->step = STEP_BACKGROUND;
          }
        return TRUE;
      }

    case STEP_BACKGROUND:
      {
        g_autoptr(GPtrArray) background = dlg_sheet_background_blocks (self, p->content);

        flow (self, background, &p->cursor);
        /* the sides' parts below it, as the second side's below the first */
        p->background = background->len > 0;
        p->done++;
        p->step = STEP_SIDE;
        return TRUE;
      }

    case STEP_SIDE:
      {
        DlgSide *side = p->side == 0 ? self->side_a : self->side_b;
        gboolean all;
        GListModel *shown = side_members (self, p->side, &all);

        p->members = all ? NULL : shown;
        g_clear_pointer (&p->groups, g_hash_table_unref);
        p->groups = dlg_sheet_group_members (shown);
        p->delegation = 0;
        p->member = 0;
        if (p->side > 0 || p->background)
          p->cursor.y += 18;
        dlg_sheet_side_head (self, side, p->members, p->content, p->waiting);
        p->done++;
        p->step = STEP_DELEGATION;
        return TRUE;
      }

    case STEP_DELEGATION:
      {
        DlgSide *side = p->side == 0 ? self->side_a : self->side_b;
        GListModel *delegations = dlg_side_get_delegations (side);
        g_autoptr(DlgDelegation) d = NULL;
        g_autoptr(GPtrArray) none = g_ptr_array_new ();
        GPtrArray *printed = NULL;
        guint to;

        /* with a filter, delegations without a member shown are left out */
        for (; p->delegation < g_list_model_get_n_items (delegations); p->delegation++, p->done++)
          {
            g_clear_object (&d);
            d = g_list_model_get_item (delegations, p->delegation);
            printed = g_hash_table_lookup (p->groups, dlg_record_get_id (DLG_RECORD (d)));
            if (printed == NULL)
              printed = none;
            if (p->members == NULL || printed->len > 0)
              break;
          }
        if (p->delegation >= g_list_model_get_n_items (delegations))
          {
            place_waiting (self, p);
            p->step = ++p->side < 2 ? STEP_SIDE : STEP_COMPARISON;
            return TRUE;
          }
        to = MIN (printed->len, p->member + CHUNK_MEMBERS);
        p->header = dlg_sheet_delegation_blocks (self, side, d, printed, p->member, to, p->header,
                                                 p->content, p->waiting);
        place_waiting (self, p);
        p->done += to - p->member;
        p->member = to;
        if (to == printed->len)
          {
            p->delegation++;
            p->done++;
            p->member = 0;
            p->header = NULL;
          }
        return TRUE;
      }

    case STEP_COMPARISON:
      {
        g_autoptr(GPtrArray) comparison = dlg_sheet_comparison_blocks (self, p->content);

        p->cursor.y += 18;
        flow (self, comparison, &p->cursor);
        p->done++;
        p->step = STEP_SOURCES;
        return TRUE;
      }

    case STEP_SOURCES:
      {
        g_autoptr(GPtrArray) sources = dlg_sheet_source_blocks (self, column);
        /* the heading across, then the list in two columns */
        Block *heading = g_ptr_array_steal_index (sources, 0);
        g_autoptr(GPtrArray) first = g_ptr_array_new ();

        g_ptr_array_add (first, heading);
        p->cursor.y += 18;
        /* the heading and a few sources at least, or a new page */
        if (p->cursor.y + heading->height + 60 > dlg_sheet_body_bottom (self))
          cursor_init (&p->cursor, p->cursor.page + 1, MARGIN, 0, 1);
        flow (self, first, &p->cursor);
        cursor_init (&p->cursor, p->cursor.page, p->cursor.y + 4, column, n_columns);
        flow_columns (self, sources, &p->cursor);
        p->done++;
        p->step = STEP_DONE;
        return TRUE;
      }

    case STEP_DONE:
    default:
      return FALSE;
    }
}

gboolean
dlg_sheet_paginate_step (DlgSheet *self,
                         gint64    budget_us)
{
  gint64 end;

  g_return_val_if_fail (DLG_IS_SHEET (self), TRUE);

  if (self->paginated)
    return TRUE;
  if (self->pagination == NULL)
    dlg_sheet_paginate_begin (self);
  end = budget_us < 0 ? G_MAXINT64 : g_get_monotonic_time () + budget_us;
  do
    if (!step_once (self))
      {
        g_clear_pointer (&self->pagination, pagination_free);
        self->paginated = TRUE;
        return TRUE;
      }
  while (g_get_monotonic_time () < end);
  return FALSE;
}

double
dlg_sheet_get_progress (DlgSheet *self)
{
  Pagination *p;

  g_return_val_if_fail (DLG_IS_SHEET (self), 0);

  p = self->pagination;
  if (self->paginated)
    return 1;
  if (p == NULL || p->total == 0)
    return 0;
  return MIN (1.0, (double) p->done / (double) p->total);
}

/* Page one is "At a glance"; then the detail flows in full width, side
 * after side, then the comparison; the sources in two columns. */
guint
dlg_sheet_paginate (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);

  dlg_sheet_paginate_begin (self);
  dlg_sheet_paginate_step (self, -1);
  return self->pages->len;
}

guint
dlg_sheet_get_n_pages (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->pages->len;
}

double
dlg_sheet_get_page_width (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->page_width;
}

double
dlg_sheet_get_page_height (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->page_height;
}

/* Whether a block placed on the page prints a certainty mark */
static gboolean
page_marked (GArray *placed)
{
  for (guint i = 0; i < placed->len; i++)
    if (g_array_index (placed, Placed, i).block->marked)
      return TRUE;
  return FALSE;
}

static void
draw_footer (DlgSheet *self,
             cairo_t  *cr,
             guint     page)
{
  double width = self->page_width - 2 * MARGIN;
  double y = self->page_height - MARGIN - FOOTER + 10;
  g_autofree char *title = dlg_sheet_escape (dlg_dataset_get_title (self->dataset));
  /* Translators: the footer of every printed page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) left = dlg_sheet_make_layout (self, title, width * 0.75, SMALL_FONT);
  g_autoptr(PangoLayout) right = dlg_sheet_make_layout (self, number, width * 0.25, SMALL_FONT);

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, MARGIN + width, y - 4);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, 0);
  /* the title at the start of the line, the page number at its end */
  cairo_move_to (cr, self->rtl ? MARGIN + width * 0.25 : MARGIN, y);
  pango_cairo_show_layout (cr, left);
  pango_layout_set_alignment (right, self->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, self->rtl ? MARGIN : MARGIN + width * 0.75, y);
  pango_cairo_show_layout (cr, right);

  /* the certainty marks' legend under it, on every page that prints a
   * mark (page one says it under its title) */
  if (page > 0 && page_marked (g_ptr_array_index (self->pages, page)))
    {
      g_autofree char *legend = dlg_certainty_legend ();
      g_autofree char *markup = g_markup_escape_text (legend, -1);
      g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, markup, width, SMALL_FONT);
      int h;

      pango_layout_get_size (left, NULL, &h);
      cairo_move_to (cr, MARGIN, y + (double) h / PANGO_SCALE + 1);
      pango_cairo_show_layout (cr, layout);
    }
}

/* Above the body of every page after the first: the side and delegation
 * the page starts in, "India · Group 3, continued" */
static void
draw_running_head (DlgSheet *self,
                   cairo_t  *cr,
                   GArray   *placed)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  Placed *first = NULL;

  for (guint i = 0; i < placed->len && first == NULL; i++)
    if (g_array_index (placed, Placed, i).block->context != NULL)
      first = &g_array_index (placed, Placed, i);
  if (first == NULL)
    return;
  if (first->block->context_start && first->start == NULL)
    text = g_strdup (first->block->context);
  else
    /* Translators: the running head of a page that goes on with a delegation,
     * "India · Group 3, continued" */
    text = g_strdup_printf (_("%s, continued"), first->block->context);
  markup = g_markup_escape_text (text, -1);
  layout = dlg_sheet_make_layout (self, markup, self->page_width - 2 * MARGIN, HEAD_FONT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, 0);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, MARGIN, MARGIN - 20);
  pango_cairo_show_layout (cr, layout);
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_move_to (cr, MARGIN, MARGIN - 6);
  cairo_line_to (cr, self->page_width - MARGIN, MARGIN - 6);
  cairo_stroke (cr);
}

/* Under a line cut because it is taller than a page. */
static void
draw_cut_mark (DlgSheet *self,
               cairo_t  *cr,
               Placed   *p)
{
  /* Translators: marks text cut at the bottom of a printed page */
  g_autofree char *text = g_markup_escape_text (_("(cut: too tall for a page)"), -1);
  g_autoptr(PangoLayout) layout = dlg_sheet_make_layout (self, text, p->block->width, SMALL_FONT);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  cairo_set_source_rgb (cr, 0.6, 0, 0);
  cairo_move_to (cr, self->rtl ? self->page_width - p->x - p->block->width : p->x,
                 p->y + p->height);
  pango_cairo_show_layout (cr, layout);
}

void
dlg_sheet_draw_page (DlgSheet *self,
                     cairo_t  *cr,
                     guint     page)
{
  GArray *placed;

  g_return_if_fail (DLG_IS_SHEET (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  /* a page's cells are laid out for it, and let go after it */
  g_hash_table_remove_all (self->page_layouts);
  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      Block *b = p->block;
      /* right to left: the page mirrored, block by block */
      double px = self->rtl ? self->page_width - p->x - b->width : p->x;

      if (b->paint != NULL)
        {
          b->paint (b, cr, px, p->y);
          continue;
        }
      if (b->header)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_rectangle (cr, px, p->y, b->width, p->height);
          cairo_fill (cr);
        }
      else if (b->row)
        {
          cairo_set_source_rgb (cr, 0.82, 0.82, 0.82);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, px, p->y + p->height);
          cairo_line_to (cr, px + b->width, p->y + p->height);
          cairo_stroke (cr);
        }

      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint j = 0; j < b->cells->len; j++)
        {
          Cell *cell = g_ptr_array_index (b->cells, j);
          g_autoptr(PangoLayout) layout = dlg_sheet_cell_layout (self, cell);
          double top = p->y + b->pad;
          /* the first column at the right */
          double cx = px + (self->rtl ? b->width - cell->x - cell->width : cell->x);

          if (p->start == NULL)
            {
              cairo_move_to (cr, cx, top);
              pango_cairo_show_layout (cr, layout);
              continue;
            }
          /* A piece of a split row: this cell's lines start[j] to end[j]. */
          if (p->end[j] <= p->start[j])
            continue;
          cairo_save (cr);
          cairo_rectangle (cr, cx - 1, top, cell->width + 2, p->end[j] - p->start[j]);
          cairo_clip (cr);
          cairo_move_to (cr, cx, top - p->start[j]);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
        }
      if (p->clipped)
        draw_cut_mark (self, cr, p);
    }
  draw_footer (self, cr, page);
  if (page > 0)
    draw_running_head (self, cr, placed);
  cairo_restore (cr);
  g_hash_table_remove_all (self->page_layouts);
}

typedef struct
{
  GOutputStream *out;
  GCancellable *cancellable;
  GError *error;
} PdfWrite;

static cairo_status_t
write_pdf_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfWrite *w = closure;

  if (w->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (w->out, data, length, NULL, w->cancellable, &w->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

gboolean
dlg_sheet_write_pdf (DlgSheet       *self,
                     GOutputStream  *out,
                     GCancellable   *cancellable,
                     GError        **error)
{
  PdfWrite w = { out, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (DLG_IS_SHEET (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);

  if (!self->paginated)
    dlg_sheet_paginate (self);

  surface = cairo_pdf_surface_create_for_stream (write_pdf_cb, &w, self->page_width,
                                                 self->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  dlg_dataset_get_title (self->dataset));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Delegations " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len && w.error == NULL; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &w.error))
        break;
      dlg_sheet_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
dlg_sheet_default_paper (double *width,
                         double *height)
{
  double w_mm = 210, h_mm = 297;

#ifdef __GLIBC__
  {
    /* glibc answers these two with a number in the pointer. */
    union { const char *string; unsigned int word; } w, h;

    w.string = nl_langinfo (_NL_PAPER_WIDTH);
    h.string = nl_langinfo (_NL_PAPER_HEIGHT);
    /* Only US Letter changes the default; anything else prints on A4. */
    if (w.word == 216 && h.word == 279)
      {
        w_mm = 215.9;
        h_mm = 279.4;
      }
  }
#endif
  /* landscape */
  *width = h_mm / 25.4 * 72;
  *height = w_mm / 25.4 * 72;
}

void
dlg_sheet_set_page_size (DlgSheet *self,
                         double    width,
                         double    height)
{
  g_return_if_fail (DLG_IS_SHEET (self));
  self->page_width = width;
  self->page_height = height;
}

static void
dlg_sheet_finalize (GObject *object)
{
  DlgSheet *self = DLG_SHEET (object);

  g_clear_object (&self->snapshot);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->cell_heights, g_hash_table_unref);
  g_clear_pointer (&self->page_layouts, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_pointer (&self->reached, g_hash_table_unref);
  g_clear_pointer (&self->delegations, g_hash_table_unref);
  g_clear_pointer (&self->summaries[0], dlg_side_summary_free);
  g_clear_pointer (&self->summaries[1], dlg_side_summary_free);
  g_clear_pointer (&self->pagination, pagination_free);

  G_OBJECT_CLASS (dlg_sheet_parent_class)->finalize (object);
}

static void
dlg_sheet_class_init (DlgSheetClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dlg_sheet_finalize;
}

static void
dlg_sheet_init (DlgSheet *self)
{
  self->blocks = g_ptr_array_new_with_free_func (dlg_sheet_block_free);
  self->cell_heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->page_layouts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->context = dlg_print_context_new ();
}

DlgSheet *
dlg_sheet_new (DlgSnapshot *snapshot)
{
  DlgSheet *self;

  g_return_val_if_fail (DLG_IS_SNAPSHOT (snapshot), NULL);
  g_return_val_if_fail (dlg_snapshot_get_n_sides (snapshot) >= 2, NULL);

  self = g_object_new (DLG_TYPE_SHEET, NULL);
  self->snapshot = g_object_ref (snapshot);
  dlg_snapshot_seal (snapshot);
  self->dataset = dlg_snapshot_get_dataset (snapshot);
  self->side_a = dlg_snapshot_get_side (snapshot, 0);
  self->side_b = dlg_snapshot_get_side (snapshot, 1);
  self->members_a = dlg_snapshot_get_members (snapshot, 0);
  self->members_b = dlg_snapshot_get_members (snapshot, 1);
  self->filter_text = dlg_snapshot_get_filter_text (snapshot);
  self->print_date = dlg_snapshot_get_print_date (snapshot);
  self->kind = dlg_snapshot_get_sheet_kind (snapshot);
  dlg_sheet_set_rtl (self, dlg_text_locale_is_rtl ());
  dlg_snapshot_get_paper (snapshot, &self->page_width, &self->page_height);
  return self;
}

void
dlg_sheet_set_rtl (DlgSheet *self,
                   gboolean  rtl)
{
  g_return_if_fail (DLG_IS_SHEET (self));

  self->rtl = rtl;
  pango_context_set_base_dir (self->context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  /* what was measured in the other direction is made again */
  g_clear_pointer (&self->pagination, pagination_free);
  self->paginated = FALSE;
  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->blocks, 0);
  g_hash_table_remove_all (self->cell_heights);
}
