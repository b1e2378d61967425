#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <langinfo.h>
#include <stdint.h>

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlg-sheet.h"

/* Measures in points */
#define MARGIN 36.0
#define GUTTER 22.0
#define FOOTER 22.0
#define CELL_PAD 2.5
#define BODY_FONT "Sans 7.5"
#define SMALL_FONT "Sans 6.5"
#define HEADING_FONT "Sans Bold 9.5"
#define SIDE_FONT "Sans Bold 14"
#define TITLE_FONT "Sans Bold 16"

typedef struct
{
  PangoLayout *layout;
  double x;
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
  gboolean keep_with_next;
  Block *repeat;        /* for rows: the heading to repeat on a new page */
  Block *caption;       /* for headings: "Group 1, continued" */
};

typedef struct
{
  Block *block;
  double x;
  double y;
} Placed;

struct _DlgSheet
{
  GObject parent_instance;

  DlgDataset *dataset;
  DlgSide *side_a;
  DlgSide *side_b;
  GListModel *members_a;
  GListModel *members_b;
  char *filter_text;
  char *print_date;
  double page_width;
  double page_height;

  PangoContext *context;
  GPtrArray *blocks;  /* owns every Block */
  GPtrArray *pages;   /* GArray of Placed, one per page */
};

G_DEFINE_FINAL_TYPE (DlgSheet, dlg_sheet, G_TYPE_OBJECT)

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_object_unref (cell->layout);
  g_free (cell);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_ptr_array_unref (block->cells);
  g_free (block);
}

static PangoLayout *
make_layout (DlgSheet   *self,
             const char *markup,
             double      width,
             const char *font)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  /* The direction of each paragraph follows its text (Arabic, Hebrew…). */
  pango_layout_set_auto_dir (layout, TRUE);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

static Block *
add_block (DlgSheet *self)
{
  Block *block = g_new0 (Block, 1);

  block->cells = g_ptr_array_new_with_free_func (cell_free);
  g_ptr_array_add (self->blocks, block);
  return block;
}

static Block *text_block (DlgSheet   *self,
                          const char *markup,
                          double      width,
                          const char *font,
                          double      space_before);

/* A block of plain text (escaped here). */
static Block *
plain_block (DlgSheet   *self,
             const char *text,
             double      width,
             const char *font,
             double      space_before)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  return text_block (self, markup, width, font, space_before);
}

static Block *
text_block (DlgSheet   *self,
            const char *markup,
            double      width,
            const char *font,
            double      space_before)
{
  Block *block = add_block (self);
  Cell *cell = g_new0 (Cell, 1);
  int h;

  cell->layout = make_layout (self, markup, width, font);
  pango_layout_get_size (cell->layout, NULL, &h);
  g_ptr_array_add (block->cells, cell);
  block->height = (double) h / PANGO_SCALE;
  block->width = width;
  block->space_before = space_before;
  return block;
}

/* A table row: one cell per column; widths are fractions of width. */
static Block *
row_block (DlgSheet          *self,
           const char *const *markups,
           const double      *fractions,
           guint              n,
           double             width,
           const char        *font,
           gboolean           header)
{
  Block *block = add_block (self);
  double x = 0;

  for (guint i = 0; i < n; i++)
    {
      double w = width * fractions[i];
      Cell *cell = g_new0 (Cell, 1);
      int h;

      cell->layout = make_layout (self, markups[i], w - 2 * CELL_PAD, font);
      cell->x = x + CELL_PAD;
      pango_layout_get_size (cell->layout, NULL, &h);
      block->height = MAX (block->height, (double) h / PANGO_SCALE + 2 * CELL_PAD);
      g_ptr_array_add (block->cells, cell);
      x += w;
    }
  block->width = width;
  block->header = header;
  block->row = !header;
  return block;
}

/* --- text helpers --- */

static char *
refs_markup (DlgSheet           *self,
             const char * const *ids)
{
  GString *s;

  if (ids == NULL || ids[0] == NULL)
    return g_strdup ("");
  s = g_string_new ("<sup><span foreground=\"#555555\">");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlgSource *source = dlg_dataset_lookup_source (self->dataset, ids[i]);

      if (source != NULL)
        g_string_append_printf (s, "%s%u", i > 0 ? "," : "", dlg_source_get_number (source));
    }
  g_string_append (s, "</span></sup>");
  return g_string_free (s, FALSE);
}

static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

/* --- pages --- */

static GArray *
page_at (DlgSheet *self,
         guint     index)
{
  while (self->pages->len <= index)
    g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placed)));
  return g_ptr_array_index (self->pages, index);
}

static void
place (DlgSheet *self,
       guint     page,
       Block    *block,
       double    x,
       double    y)
{
  Placed p = { block, x, y };

  g_array_append_val (page_at (self, page), p);
}

static double
body_bottom (DlgSheet *self)
{
  return self->page_height - MARGIN - FOOTER;
}

/* Places blocks top to bottom in one column from (*page, *y), moving to
 * the next page where a block does not fit.  A row never splits; a row
 * that starts a page gets its table's heading again; a heading stays
 * with what follows it. */
static void
flow (DlgSheet  *self,
      GPtrArray *blocks,
      double     x,
      guint     *page,
      double    *y)
{
  double bottom = body_bottom (self);

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *b = g_ptr_array_index (blocks, i);
      double need = b->height + (*y > MARGIN ? b->space_before : 0);

      if (b->keep_with_next && i + 1 < blocks->len)
        {
          Block *next = g_ptr_array_index (blocks, i + 1);

          need += next->height + next->space_before;
          if (next->keep_with_next && i + 2 < blocks->len)
            need += ((Block *) g_ptr_array_index (blocks, i + 2))->height;
        }

      if (*y + need > bottom && *y > MARGIN)
        {
          (*page)++;
          *y = MARGIN;
          if (b->repeat != NULL)
            {
              if (b->repeat->caption != NULL)
                {
                  place (self, *page, b->repeat->caption, x, *y);
                  *y += b->repeat->caption->height + 2;
                }
              place (self, *page, b->repeat, x, *y);
              *y += b->repeat->height;
            }
        }
      else if (*y > MARGIN)
        *y += b->space_before;

      place (self, *page, b, x, *y);
      *y += b->height;
    }
}

/* --- content --- */

static const char *
visit_status_short (DlgVisitStatus status)
{
  switch (status)
    {
    case DLG_VISIT_STATUS_VISITED: return _("Visited");
    case DLG_VISIT_STATUS_PLANNED: return _("Planned");
    case DLG_VISIT_STATUS_PLANNED_NOT_VISITED:
    default: return _("Planned, not visited");
    }
}

static const char *
unsc_mark (DlgUnsc unsc)
{
  switch (unsc)
    {
    /* Translators: short mark for a permanent member of the UN Security Council */
    case DLG_UNSC_PERMANENT: return C_("UNSC", "P");
    /* Translators: short mark for an elected member of the UN Security Council */
    case DLG_UNSC_ELECTED: return C_("UNSC", "E");
    /* Translators: the EU and other non-states in the UN Security Council column */
    case DLG_UNSC_NOT_A_STATE: return C_("UNSC", "n/a");
    case DLG_UNSC_NONE:
    default: return "–";
    }
}

static void
add_member_table (DlgSheet      *self,
                  GPtrArray     *out,
                  DlgDelegation *d,
                  GPtrArray     *members,
                  double         width)
{
  static const double fractions[] = { 0.30, 0.22, 0.33, 0.15 };
  const char *titles[] = { _("Name"), _("Party"), _("Role"), _("Status") };
  g_autofree char *caption_text = NULL;
  Block *header;

  header = row_block (self, titles, fractions, 4, width, "Sans Bold 7", TRUE);
  /* Translators: above a table continued on a new page, "Group 1, continued" */
  caption_text = g_markup_printf_escaped (_("<b>%s</b>, continued"), dlg_delegation_get_label (d));
  header->caption = text_block (self, caption_text, width, SMALL_FONT, 0);
  header->keep_with_next = TRUE;
  header->space_before = 3;
  g_ptr_array_add (out, header);

  for (guint i = 0; i < members->len; i++)
    {
      DlgMember *m = g_ptr_array_index (members, i);
      g_autofree char *name = escape (dlg_member_get_name (m));
      g_autofree char *refs = refs_markup (self, dlg_record_get_sources (DLG_RECORD (m)));
      g_autofree char *name_cell = g_strdup_printf (dlg_member_get_is_leader (m) ? "<b>%s</b>%s"
                                                                               : "%s%s",
                                                    name, refs);
      g_autofree char *party = escape (dlg_member_get_party (m));
      g_autofree char *role = escape (dlg_member_get_role (m));
      g_autofree char *status = escape (dlg_member_status_to_label (dlg_member_get_status (m)));
      const char *cells[] = { name_cell, party, role, status };
      Block *row = row_block (self, cells, fractions, 4, width, BODY_FONT, FALSE);

      row->repeat = header;
      g_ptr_array_add (out, row);
    }
}

static void
add_route_table (DlgSheet      *self,
                 GPtrArray     *out,
                 DlgDelegation *d,
                 double         width)
{
  static const double fractions[] = { 0.26, 0.26, 0.24, 0.16, 0.08 };
  const char *titles[] = { _("Destination"), _("Country"), _("Dates"), _("Status"),
                           /* Translators: column of UN Security Council marks, keep it short */
                           _("UNSC") };
  GListModel *route = dlg_delegation_get_destinations (d);
  guint n = g_list_model_get_n_items (route);
  g_autofree char *caption_text = NULL;
  Block *header;

  if (n == 0)
    return;

  header = row_block (self, titles, fractions, 5, width, "Sans Bold 7", TRUE);
  caption_text = g_markup_printf_escaped (_("<b>%s</b> route, continued"),
                                          dlg_delegation_get_label (d));
  header->caption = text_block (self, caption_text, width, SMALL_FONT, 0);
  header->keep_with_next = TRUE;
  header->space_before = 4;
  g_ptr_array_add (out, header);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (route, i);
      g_autofree char *place_text = escape (dlg_destination_get_place_label (dest));
      g_autofree char *refs = refs_markup (self, dlg_record_get_sources (DLG_RECORD (dest)));
      g_autofree char *place_cell = g_strconcat (place_text, refs, NULL);
      g_autofree char *country = escape (dlg_destination_get_country (dest));
      g_autofree char *dates_text = dlg_format_dates (dlg_destination_get_from (dest),
                                                      dlg_destination_get_to (dest),
                                                      dlg_destination_get_dates_approximate (dest));
      g_autofree char *dates = escape (dates_text != NULL ? dates_text : _("not known"));
      g_autofree char *status = escape (visit_status_short (dlg_destination_get_status (dest)));
      g_autofree char *mark = escape (unsc_mark (dlg_destination_get_unsc (dest)));
      const char *cells[] = { place_cell, country, dates, status, mark };
      Block *row = row_block (self, cells, fractions, 5, width, BODY_FONT, FALSE);

      row->repeat = header;
      g_ptr_array_add (out, row);
    }
}

/* The members of d to print, in the order given. */
static GPtrArray *
members_of (GListModel    *members,
            DlgDelegation *d)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = dlg_record_get_id (DLG_RECORD (d));
  guint n = g_list_model_get_n_items (members);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgMember) m = g_list_model_get_item (members, i);

      if (g_strcmp0 (dlg_member_get_delegation_id (m), id) == 0)
        g_ptr_array_add (out, g_steal_pointer (&m));
    }
  return out;
}

static GPtrArray *
side_blocks (DlgSheet   *self,
             DlgSide    *side,
             GListModel *members,
             double      width)
{
  GPtrArray *out = g_ptr_array_new ();
  GListModel *all = dlg_side_get_members (side);
  GListModel *shown = members != NULL ? members : all;
  g_autoptr(DlgSideSummary) summary = dlg_side_summary_new (side, shown);
  GListModel *delegations = dlg_side_get_delegations (side);
  g_autofree char *name = escape (dlg_side_get_name (side));
  g_autofree char *summary_text = NULL;
  g_autofree char *summary_markup = NULL;
  Block *b;

  g_ptr_array_add (out, b = text_block (self, name, width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  if (members != NULL)
    summary_text = g_strdup_printf (_("Members shown: %u of %u · Delegations: %u · "
                                      "Destinations: %u · UN Security Council members visited: %u"),
                                    g_list_model_get_n_items (members),
                                    g_list_model_get_n_items (all), summary->n_delegations,
                                    summary->n_destinations, summary->n_unsc_visited);
  else
    summary_text = g_strdup_printf (_("Members: %u (travelled: %u) · Delegations: %u · "
                                      "Destinations: %u · UN Security Council members visited: %u"),
                                    summary->n_members, summary->n_travelled,
                                    summary->n_delegations, summary->n_destinations,
                                    summary->n_unsc_visited);
  summary_markup = escape (summary_text);
  g_ptr_array_add (out, text_block (self, summary_markup, width, SMALL_FONT, 2));

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      g_autoptr(GPtrArray) printed = members_of (shown, d);
      DlgMember *leader = dlg_delegation_get_leader (d);
      g_autofree char *label = escape (dlg_delegation_get_label (d));
      g_autofree char *refs = refs_markup (self, dlg_record_get_sources (DLG_RECORD (d)));
      g_autofree char *heading = NULL;
      g_autofree char *dates = dlg_format_dates (dlg_delegation_get_from (d),
                                                 dlg_delegation_get_to (d),
                                                 dlg_delegation_get_dates_approximate (d));

      /* With a filter, delegations without a member shown are left out. */
      if (members != NULL && printed->len == 0)
        continue;

      if (leader != NULL)
        {
          g_autofree char *leader_name = escape (dlg_member_get_name (leader));
          g_autofree char *party = escape (dlg_member_get_party (leader));

          /* Translators: "Group 5 · led by Shashi Tharoor (INC)" */
          heading = g_strdup_printf (_("%s · led by %s%s%s%s%s"), label, leader_name,
                                     party[0] ? " (" : "", party, party[0] ? ")" : "", refs);
        }
      else
        heading = g_strdup_printf ("%s%s", label, refs);
      if (dates != NULL)
        {
          g_autofree char *escaped = escape (dates);
          char *with_dates = g_strdup_printf ("%s  <span font=\"%s\">%s</span>", heading,
                                              SMALL_FONT, escaped);

          g_free (heading);
          heading = with_dates;
        }
      g_ptr_array_add (out, b = text_block (self, heading, width, HEADING_FONT, 12));
      b->keep_with_next = TRUE;

      add_member_table (self, out, d, printed, width);
      add_route_table (self, out, d, width);
    }
  return out;
}

static char *
places_markup (GPtrArray *places)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    {
      DlgPlace *p = g_ptr_array_index (places, i);
      g_autofree char *text = g_markup_printf_escaped ("%s (%s)", p->capital, p->country);

      g_string_append_printf (s, "%s%s", i > 0 ? " · " : "", text);
    }
  if (places->len == 0)
    g_string_append (s, _("none"));
  return g_string_free (s, FALSE);
}

static void
add_places (DlgSheet   *self,
            GPtrArray  *out,
            const char *title,
            GPtrArray  *places,
            double      width)
{
  g_autofree char *heading = g_markup_printf_escaped ("<b>%s (%u)</b>", title, places->len);
  g_autofree char *list = places_markup (places);
  Block *b;

  g_ptr_array_add (out, b = text_block (self, heading, width, BODY_FONT, 8));
  b->keep_with_next = TRUE;
  g_ptr_array_add (out, text_block (self, list, width, BODY_FONT, 1));
}

/* Party or kind-of-role counts for both sides, as a table. */
static void
add_counts_table (DlgSheet       *self,
                  GPtrArray      *out,
                  const char     *title,
                  GPtrArray      *labels,
                  GHashTable     *counts_a,
                  GHashTable     *counts_b,
                  double          width)
{
  static const double fractions[] = { 0.5, 0.25, 0.25 };
  g_autofree char *a = escape (dlg_side_get_name (self->side_a));
  g_autofree char *b = escape (dlg_side_get_name (self->side_b));
  g_autofree char *t = escape (title);
  const char *titles[] = { t, a, b };
  Block *header = row_block (self, titles, fractions, 3, width, "Sans Bold 7", TRUE);

  header->space_before = 10;
  header->keep_with_next = TRUE;
  g_ptr_array_add (out, header);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = g_ptr_array_index (labels, i);
      g_autofree char *l = escape (label);
      g_autofree char *ca = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts_a, label)));
      g_autofree char *cb = g_strdup_printf ("%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts_b, label)));
      const char *cells[] = { l, ca, cb };
      Block *row = row_block (self, cells, fractions, 3, width, BODY_FONT, FALSE);

      row->repeat = header;
      g_ptr_array_add (out, row);
    }
}

static void
count_parties (DlgSideSummary *s,
               GHashTable     *counts,
               GPtrArray      *labels)
{
  for (guint i = 0; i < s->by_party->len; i++)
    {
      DlgCount *c = g_ptr_array_index (s->by_party, i);

      if (!g_hash_table_contains (counts, c->label) &&
          !g_ptr_array_find_with_equal_func (labels, c->label, g_str_equal, NULL))
        g_ptr_array_add (labels, c->label);
      g_hash_table_insert (counts, c->label, GUINT_TO_POINTER (c->count));
    }
}

static char *
unsc_visited_markup (DlgSide *side)
{
  GListModel *dests = dlg_side_get_destinations (side);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *s = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (dests); i++)
    {
      g_autoptr(DlgDestination) d = g_list_model_get_item (dests, i);
      DlgUnsc unsc = dlg_destination_get_unsc (d);
      g_autofree char *text = NULL;

      if (dlg_destination_get_status (d) != DLG_VISIT_STATUS_VISITED ||
          (unsc != DLG_UNSC_PERMANENT && unsc != DLG_UNSC_ELECTED) ||
          !g_hash_table_add (seen, (gpointer) dlg_destination_get_country (d)))
        continue;
      text = g_markup_printf_escaped ("%s (%s)", dlg_destination_get_country (d),
                                      unsc == DLG_UNSC_PERMANENT ? _("permanent") : _("elected"));
      g_string_append_printf (s, "%s%s", n > 0 ? " · " : "", text);
      n++;
    }
  {
    g_autofree char *name = escape (dlg_side_get_name (side));
    g_autofree char *list = g_string_free (s, FALSE);

    /* Translators: "India (12): Algeria (elected) · France (permanent) …" */
    return g_strdup_printf ("<b>%s (%u):</b> %s", name, n, n > 0 ? list : _("none"));
  }
}

static GPtrArray *
comparison_blocks (DlgSheet *self,
                   double    width)
{
  GPtrArray *out = g_ptr_array_new ();
  g_autoptr(DlgComparison) c = dlg_comparison_new (self->side_a, self->side_b);
  g_autoptr(DlgSideSummary) sa = dlg_side_summary_new (self->side_a, self->members_a);
  g_autoptr(DlgSideSummary) sb = dlg_side_summary_new (self->side_b, self->members_b);
  g_autoptr(GHashTable) pa = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) pb = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) ka = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kb = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  const char *na = dlg_side_get_name (self->side_a);
  const char *nb = dlg_side_get_name (self->side_b);
  g_autofree char *only_a = g_strdup_printf (_("Visited by %s only"), na);
  g_autofree char *only_b = g_strdup_printf (_("Visited by %s only"), nb);
  g_autofree char *pnv_a = g_strdup_printf (_("Planned by %s but not visited"), na);
  g_autofree char *pnv_b = g_strdup_printf (_("Planned by %s but not visited"), nb);
  g_autofree char *title = g_markup_printf_escaped (_("Comparison: %s and %s"), na, nb);
  g_autofree char *unsc_a = unsc_visited_markup (self->side_a);
  g_autofree char *unsc_b = unsc_visited_markup (self->side_b);
  Block *b;

  g_ptr_array_add (out, b = text_block (self, title, width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  add_places (self, out, _("Visited by both sides"), c->shared, width);
  add_places (self, out, only_a, c->only_a, width);
  add_places (self, out, only_b, c->only_b, width);
  add_places (self, out, pnv_a, c->planned_not_visited_a, width);
  add_places (self, out, pnv_b, c->planned_not_visited_b, width);

  g_ptr_array_add (out, b = plain_block (self, _("UN Security Council members visited"),
                                         width, HEADING_FONT, 12));
  b->keep_with_next = TRUE;
  g_ptr_array_add (out, text_block (self, unsc_a, width, BODY_FONT, 2));
  g_ptr_array_add (out, text_block (self, unsc_b, width, BODY_FONT, 2));

  count_parties (sa, pa, parties);
  count_parties (sb, pb, parties);
  add_counts_table (self, out, _("Party or affiliation"), parties, pa, pb, width * 0.6);

  for (guint k = 0; k < DLG_N_ROLE_KINDS; k++)
    {
      const char *label = dlg_role_kind_to_label (k);

      g_ptr_array_add (kinds, (gpointer) label);
      g_hash_table_insert (ka, (gpointer) label, GUINT_TO_POINTER (sa->by_role_kind[k]));
      g_hash_table_insert (kb, (gpointer) label, GUINT_TO_POINTER (sb->by_role_kind[k]));
    }
  add_counts_table (self, out, _("Kind of role"), kinds, ka, kb, width * 0.6);
  return out;
}

static GPtrArray *
source_blocks (DlgSheet *self,
               double    width)
{
  static const double fractions[] = { 0.05, 0.95 };
  GPtrArray *out = g_ptr_array_new ();
  GListModel *sources = dlg_dataset_get_sources (self->dataset);
  Block *b;

  g_ptr_array_add (out, b = plain_block (self, _("Sources"), width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(DlgSource) s = g_list_model_get_item (sources, i);
      g_autofree char *number = g_strdup_printf ("[%u]", dlg_source_get_number (s));
      g_autofree char *text = g_markup_printf_escaped ("<b>%s</b>%s%s%s%s%s",
                                                       dlg_source_get_title (s),
                                                       dlg_source_get_publisher (s) ? ". " : "",
                                                       dlg_source_get_publisher (s) ?: "",
                                                       dlg_source_get_date (s) ? ", " : "",
                                                       dlg_source_get_date (s) ?: "",
                                                       ".");
      g_autofree char *url = dlg_source_get_url (s) != NULL ?
        g_markup_printf_escaped ("\n<span foreground=\"#444444\">%s</span>", dlg_source_get_url (s)) :
        g_strdup ("");
      g_autofree char *cell = g_strconcat (text, url, NULL);
      const char *cells[] = { number, cell };

      g_ptr_array_add (out, row_block (self, cells, fractions, 2, width, SMALL_FONT, FALSE));
    }
  return out;
}

static Block *
title_blocks (DlgSheet  *self,
              GPtrArray *out,
              double     width)
{
  g_autofree char *title = escape (dlg_dataset_get_title (self->dataset));
  g_autofree char *as_of = dlg_format_dates (dlg_dataset_get_as_of (self->dataset),
                                             dlg_dataset_get_as_of (self->dataset), FALSE);
  g_autofree char *printed = dlg_format_dates (self->print_date, self->print_date, FALSE);
  g_autofree char *line = NULL;
  g_autofree char *line_markup = NULL;
  Block *b;

  g_ptr_array_add (out, b = text_block (self, title, width, TITLE_FONT, 0));
  if (as_of != NULL)
    /* Translators: under the sheet's title */
    line = g_strdup_printf (_("Facts as of %s · printed %s · %s"), as_of, printed,
                            self->members_a != NULL ? _("members as shown in the window")
                                                    : _("all members"));
  else
    line = g_strdup_printf (_("Printed %s · %s"), printed,
                            self->members_a != NULL ? _("members as shown in the window")
                                                    : _("all members"));
  line_markup = escape (line);
  g_ptr_array_add (out, text_block (self, line_markup, width, BODY_FONT, 3));
  if (self->filter_text != NULL && self->filter_text[0] != '\0')
    {
      g_autofree char *filter = g_markup_printf_escaped (_("<b>Filter:</b> %s"), self->filter_text);

      g_ptr_array_add (out, text_block (self, filter, width, BODY_FONT, 2));
    }
  /* Translators: explains the small numbers after facts on the sheet */
  g_ptr_array_add (out, b = plain_block (self,
                                         _("Small numbers after a fact refer to the sources "
                                           "listed at the end. P/E: permanent or elected member "
                                           "of the UN Security Council in that year."),
                                         width, SMALL_FONT, 2));
  return b;
}

guint
dlg_sheet_paginate (DlgSheet *self)
{
  double content = self->page_width - 2 * MARGIN;
  double column = (content - GUTTER) / 2;
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(GPtrArray) right = NULL;
  g_autoptr(GPtrArray) comparison = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  guint page = 0, page_left, page_right;
  double y = MARGIN, y_left, y_right;

  g_return_val_if_fail (DLG_IS_SHEET (self), 0);

  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->blocks, 0);

  title_blocks (self, top, content);
  flow (self, top, MARGIN, &page, &y);
  y += 14;

  left = side_blocks (self, self->side_a, self->members_a, column);
  right = side_blocks (self, self->side_b, self->members_b, column);
  page_left = page_right = page;
  y_left = y_right = y;
  flow (self, left, MARGIN, &page_left, &y_left);
  flow (self, right, MARGIN + column + GUTTER, &page_right, &y_right);

  page = MAX (page_left, page_right) + 1;
  y = MARGIN;
  comparison = comparison_blocks (self, content);
  flow (self, comparison, MARGIN, &page, &y);

  page++;
  y = MARGIN;
  sources = source_blocks (self, content);
  flow (self, sources, MARGIN, &page, &y);

  return self->pages->len;
}

guint
dlg_sheet_get_n_pages (DlgSheet *self)
{
  g_return_val_if_fail (DLG_IS_SHEET (self), 0);
  return self->pages->len;
}

static void
draw_footer (DlgSheet *self,
             cairo_t  *cr,
             guint     page)
{
  double width = self->page_width - 2 * MARGIN;
  double y = self->page_height - MARGIN - FOOTER + 10;
  g_autofree char *title = escape (dlg_dataset_get_title (self->dataset));
  /* Translators: the footer of every printed page */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  g_autoptr(PangoLayout) left = make_layout (self, title, width * 0.75, SMALL_FONT);
  g_autoptr(PangoLayout) right = make_layout (self, number, width * 0.25, SMALL_FONT);

  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y - 4);
  cairo_line_to (cr, MARGIN + width, y - 4);
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, 0);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, left);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_move_to (cr, MARGIN + width * 0.75, y);
  pango_cairo_show_layout (cr, right);
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
  cairo_save (cr);
  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      Block *b = p->block;

      if (b->header)
        {
          cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
          cairo_rectangle (cr, p->x, p->y, b->width, b->height);
          cairo_fill (cr);
        }
      else if (b->row)
        {
          cairo_set_source_rgb (cr, 0.82, 0.82, 0.82);
          cairo_set_line_width (cr, 0.4);
          cairo_move_to (cr, p->x, p->y + b->height);
          cairo_line_to (cr, p->x + b->width, p->y + b->height);
          cairo_stroke (cr);
        }

      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint j = 0; j < b->cells->len; j++)
        {
          Cell *cell = g_ptr_array_index (b->cells, j);

          cairo_move_to (cr, p->x + cell->x, p->y + (b->header || b->row ? CELL_PAD : 0));
          pango_cairo_show_layout (cr, cell->layout);
        }
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

gboolean
dlg_sheet_write_pdf (DlgSheet    *self,
                     const char  *path,
                     GError     **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (DLG_IS_SHEET (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->pages->len == 0)
    dlg_sheet_paginate (self);

  surface = cairo_pdf_surface_create (path, self->page_width, self->page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  dlg_dataset_get_title (self->dataset));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Delegations " PACKAGE_VERSION);
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      dlg_sheet_draw_page (self, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s: %s", path, _("error"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
dlg_sheet_default_paper (double *width,
                         double *height)
{
  double w_mm = 210, h_mm = 297;

#ifdef _NL_PAPER_WIDTH
  {
    int w = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
    int h = (int) (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

    /* Only US Letter changes the default; anything else prints on A4. */
    if (w == 216 && h == 279)
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

void
dlg_sheet_set_print_date (DlgSheet   *self,
                          const char *iso_date)
{
  g_return_if_fail (DLG_IS_SHEET (self));

  g_free (self->print_date);
  if (iso_date != NULL)
    self->print_date = g_strdup (iso_date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->print_date = g_date_time_format (now, "%Y-%m-%d");
    }
}

static void
dlg_sheet_finalize (GObject *object)
{
  DlgSheet *self = DLG_SHEET (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->side_a);
  g_clear_object (&self->side_b);
  g_clear_object (&self->members_a);
  g_clear_object (&self->members_b);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_free (self->filter_text);
  g_free (self->print_date);

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
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();

  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->context = pango_font_map_create_context (map);
  /* Points at 72 dpi and no hinting: the same layout on paper, in PDF and
   * in the print preview. */
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  dlg_sheet_default_paper (&self->page_width, &self->page_height);
  dlg_sheet_set_print_date (self, NULL);
}

DlgSheet *
dlg_sheet_new (DlgDataset *dataset,
               DlgSide    *side_a,
               DlgSide    *side_b,
               GListModel *members_a,
               GListModel *members_b,
               const char *filter_text)
{
  DlgSheet *self;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (DLG_IS_SIDE (side_a), NULL);
  g_return_val_if_fail (DLG_IS_SIDE (side_b), NULL);

  self = g_object_new (DLG_TYPE_SHEET, NULL);
  self->dataset = g_object_ref (dataset);
  self->side_a = g_object_ref (side_a);
  self->side_b = g_object_ref (side_b);
  self->members_a = members_a != NULL ? g_object_ref (members_a) : NULL;
  self->members_b = members_b != NULL ? g_object_ref (members_b) : NULL;
  self->filter_text = g_strdup (filter_text);
  return self;
}
