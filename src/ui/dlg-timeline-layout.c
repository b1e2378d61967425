/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "dlg-timeline-private.h"

/* --- where things go at a width --- */

static int
text_width (DlgTimeline *self,
            const char  *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  int w;

  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

/* A line of text: the height of a row of names */
int
dlg_timeline_line_height (DlgTimeline *self)
{
  if (self->line_height <= 0)
    {
      /* Latin, and the interface's script (the axis's dates and the names
       * are in it): Urdu's is taller */
      g_autofree char *sample = g_strdup_printf ("Ag %s", _("Background"));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), sample);

      pango_layout_get_pixel_size (layout, NULL, &self->line_height);
      self->line_height = MAX (self->line_height, 1);
    }
  return self->line_height;
}

static int
below_index (int row)
{
  return row == ROW_BELOW ? 0 : row - 1;
}

/* A day as the axis writes it, in one of the formats below */
static void
day_label (int         day,
           const char *format,
           char       *buf,
           gsize       size)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  text = dt != NULL ? g_date_time_format (dt, format) : NULL;
  g_strlcpy (buf, text != NULL ? text : "", size);
}


/* The widest lane name (the context lane's included), at most 220 */
static int
names_width (DlgTimeline *self)
{
  int widest = 0;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      widest = MAX (widest, text_width (self, lane->label));
    }
  if (self->events->len > 0)
    widest = MAX (widest, text_width (self, _("Background")));
  return MIN (widest, 220);
}

static void
compute_scale (DlgTimeline *self,
               int          width,
               gboolean     narrow,
               int          names,
               Scale       *scale)
{
  int breaks = self->spans->len > 0 ? (int) self->spans->len - 1 : 0;
  int days_width;

  scale->width = width;
  /* the stripe and its gap (8), the name, the gap to the days */
  scale->left = narrow ? 8 : 8 + names + LABEL_GAP;
  days_width = MAX (scale->width - scale->left - 8, 1);
  scale->break_width = breaks > 0 ? MIN (BREAK_WIDTH, days_width / (2.0 * breaks)) : 0;
  scale->px_per_day = MAX (days_width - breaks * scale->break_width, 1) /
                      (double) MAX (self->n_days, 1);
  scale->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* The scale at the widget's width, its layout made */
void
dlg_timeline_get_scale (DlgTimeline *self,
                        Scale       *scale)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  dlg_timeline_ensure_layout (self, width);
  compute_scale (self, width, self->narrow, self->names_width, scale);
}

/* x of a left-to-right drawing, for a span of w pixels starting there */
double
dlg_timeline_mirror_x (const Scale *scale,
                       double       x,
                       double       w)
{
  return scale->rtl ? scale->width - x - w : x;
}

/* The span a day is in (or the last before it) */
static guint
span_of (DlgTimeline *self,
         int          day)
{
  guint lo = 0, hi = self->spans->len;

  /* the last span whose first day is at or before day */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->spans, Span, mid).first <= day)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Left-to-right x of the start of a day (day + 1: of its end) */
double
dlg_timeline_day_x (DlgTimeline *self,
                    const Scale *scale,
                    int          day)
{
  guint i = span_of (self, day);
  const Span *span = &g_array_index (self->spans, Span, i);
  int in_span = CLAMP (day, span->first, span->last + 1) - span->first;

  return scale->left + i * scale->break_width + (span->before + in_span) * scale->px_per_day;
}


static void
add_tick (GArray      *ticks,
          DlgTimeline *self,
          const Scale *scale,
          int          day,
          const char  *format)
{
  Tick tick = { dlg_timeline_day_x (self, scale, day), format != NULL, "" };

  if (format != NULL)
    day_label (day, format, tick.label, sizeof tick.label);
  g_array_append_val (ticks, tick);
}

static int
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return G_MAXINT;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return (int) g_date_get_julian (&date);
}

/* The axis of a span: a line a day where there is room for it, and dates
 * as close as LABEL_SPACING allows, every few days, months or years: a
 * span of any length gets at most its width / LABEL_SPACING dates. */
static void
span_ticks (DlgTimeline *self,
            const Scale *scale,
            const Span  *span,
            gboolean     with_year,
            GArray      *ticks)
{
  static const int day_steps[] = { 1, 2, 5, 7, 14 };
  static const int month_steps[] = { 1, 3, 6 };
  static const int year_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000 };
  double room = LABEL_SPACING / MAX (scale->px_per_day, 1e-9);
  GDate first;
  int year, month;

  if (scale->px_per_day >= DAY_LINES_PX)
    for (int d = span->first; d <= span->last; d++)
      add_tick (ticks, self, scale, d, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (day_steps); i++)
    if (day_steps[i] >= room)
      {
        for (int d = span->first; d <= span->last; d += day_steps[i])
          /* Translators: a day on the timeline's axis, "27 May"; and the first of a
           * stretch when the timeline spans years, "27 May 2025"; g_date_time_format()
           * formats */
          add_tick (ticks, self, scale, d, with_year && d == span->first
                                           ? C_("date format", "%-d %b %Y")
                                           : C_("date format", "%-d %b"));
        return;
      }

  g_date_clear (&first, 1);
  g_date_set_julian (&first, (guint32) span->first);
  year = g_date_get_year (&first);
  month = g_date_get_month (&first);
  for (guint i = 0; i < G_N_ELEMENTS (month_steps); i++)
    if (month_steps[i] * 30.4 >= room)
      {
        int m = month_steps[i];

        /* the first of a month on the step, from the span's first day */
        if (g_date_get_day (&first) > 1)
          month++;
        while ((month - 1) % m != 0)
          month++;
        for (;; month += m)
          {
            int day = julian_of (year + (month - 1) / 12, (month - 1) % 12 + 1, 1);

            if (day > span->last)
              break;
            /* Translators: a month on the timeline's axis, "Jun 2025"; a
             * g_date_time_format() format */
            add_tick (ticks, self, scale, day, C_("date format", "%b %Y"));
          }
        return;
      }

  for (guint i = 0; i < G_N_ELEMENTS (year_steps); i++)
    if (year_steps[i] * 365.25 >= room || i + 1 == G_N_ELEMENTS (year_steps))
      {
        int y = year_steps[i];

        /* 1 January of a year on the step, from the span's first day */
        year += g_date_get_day_of_year (&first) > 1;
        year = (year + y - 1) / y * y;
        for (; year <= 9999; year += y)
          {
            int day = julian_of (year, 1, 1);

            if (day > span->last)
              break;
            /* Translators: a year on the timeline's axis, "2025"; a g_date_time_format()
             * format */
            add_tick (ticks, self, scale, day, C_("date format", "%Y"));
          }
        return;
      }
}

/* The axis at this scale, span after span */
GArray *
dlg_timeline_axis_ticks (DlgTimeline *self,
                         const Scale *scale)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (Tick));
  GDate a, b;
  gboolean with_year;
  double next_free = -G_MAXDOUBLE;

  if (self->spans->len == 0)
    return ticks;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, (guint32) g_array_index (self->spans, Span, 0).first);
  g_date_set_julian (&b, (guint32) g_array_index (self->spans, Span, self->spans->len - 1).last);
  /* a timeline over more than one year says the year where a stretch starts */
  with_year = g_date_get_year (&a) != g_date_get_year (&b);
  for (guint i = 0; i < self->spans->len; i++)
    span_ticks (self, scale, &g_array_index (self->spans, Span, i), with_year, ticks);
  /* a span's first date may come close to the last one before the
   * break, or a long date run into the next: keep the line, drop the
   * date (the dates come in order) */
  for (guint i = 0; i < ticks->len; i++)
    {
      Tick *tick = &g_array_index (ticks, Tick, i);
      g_autoptr(PangoLayout) layout = NULL;
      int tw;

      if (!tick->labelled)
        continue;
      if (tick->x < next_free)
        {
          tick->labelled = FALSE;
          continue;
        }
      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), tick->label);
      pango_layout_get_pixel_size (layout, &tw, NULL);
      next_free = tick->x + MAX (LABEL_SPACING, tw + 8);
    }
  return ticks;
}

guint
dlg_timeline_get_n_breaks (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), 0);
  return self->spans->len > 0 ? self->spans->len - 1 : 0;
}

GStrv
dlg_timeline_get_axis_labels (DlgTimeline *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) ticks = NULL;
  Scale scale;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);

  dlg_timeline_get_scale (self, &scale);
  ticks = dlg_timeline_axis_ticks (self, &scale);
  for (guint i = 0; i < ticks->len; i++)
    if (g_array_index (ticks, Tick, i).labelled)
      g_strv_builder_add (builder, g_array_index (ticks, Tick, i).label);
  return g_strv_builder_end (builder);
}


/* A stay's bar from left to right: where it starts and how wide it is.
 * A travel day shared with the stay before or after (one leaves, the
 * next arrives) is split between the two bars. */
static void
bar_extent (DlgTimeline *self,
            const Scale *scale,
            Lane        *lane,
            guint        stay_index,
            double      *x,
            double      *w)
{
  const Stay *stay = &g_array_index (lane->stays, Stay, stay_index);
  double x0 = dlg_timeline_day_x (self, scale, stay->first);
  double x1 = dlg_timeline_day_x (self, scale, stay->last + 1);

  if (stay_index > 0 && g_array_index (lane->stays, Stay, stay_index - 1).last >= stay->first)
    x0 += scale->px_per_day / 2;
  if (stay_index + 1 < lane->stays->len &&
      g_array_index (lane->stays, Stay, stay_index + 1).first <= stay->last)
    x1 -= scale->px_per_day / 2;
  *x = x0;
  *w = MAX (x1 - x0 - 2, 3);
}

/* A stay's bar, in the widget's coordinates */
void
dlg_timeline_bar_rect (DlgTimeline     *self,
                       const Scale     *scale,
                       guint            lane_index,
                       guint            stay_index,
                       graphene_rect_t *r)
{
  Lane *lane = g_ptr_array_index (self->lanes, lane_index);
  double x, w;

  bar_extent (self, scale, lane, stay_index, &x, &w);
  graphene_rect_init (r, dlg_timeline_mirror_x (scale, x, w), lane->bar_y, w, BAR_HEIGHT);
}

/* The top of a text: on the bar's row (row -1) or on one of the rows
 * above and under it */
double
dlg_timeline_row_y (DlgTimeline *self,
                    double       bar_y,
                    int          row)
{
  int lh = dlg_timeline_line_height (self);

  if (row < 0)
    return bar_y + 1;
  if (row == ROW_ABOVE)
    return bar_y - 1 - lh;
  return bar_y + BAR_HEIGHT + 1 + below_index (row) * lh;
}

/* What is taken on a lane's rows: the bars and the texts placed so far */
typedef struct
{
  int row;
  double x0;
  double x1;
} Taken;

typedef struct
{
  GArray *taken;
  /* the days, from left to right */
  double start;
  double end;
  gboolean allow_above;
  gboolean above;
  int below;
} Rows;

static void
rows_init (Rows        *rows,
           const Scale *scale,
           gboolean     allow_above)
{
  rows->taken = g_array_new (FALSE, FALSE, sizeof (Taken));
  rows->start = scale->left;
  rows->end = scale->width - 4;
  rows->allow_above = allow_above;
  rows->above = FALSE;
  rows->below = 0;
}

static gboolean
rows_free (Rows   *rows,
           int     row,
           double  x,
           double  w,
           double  gap)
{
  if (row == ROW_ABOVE && !rows->allow_above)
    return FALSE;
  if (x < rows->start - 0.5 || x + w > rows->end + 0.5)
    return FALSE;
  for (guint i = 0; i < rows->taken->len; i++)
    {
      const Taken *t = &g_array_index (rows->taken, Taken, i);

      if (t->row == row && x < t->x1 + gap && x + w + gap > t->x0)
        return FALSE;
    }
  return TRUE;
}

static void
rows_take (Rows   *rows,
           int     row,
           double  x,
           double  w)
{
  Taken t = { row, x, x + w };

  g_array_append_val (rows->taken, t);
  if (row == ROW_ABOVE)
    rows->above = TRUE;
  else if (row >= 0)
    rows->below = MAX (rows->below, below_index (row) + 1);
}

/* A text w wide on the first of the rows that has room for it at x, or
 * (when the text is wider than its bar) ending where the bar ends */
static gboolean
rows_place (Rows       *rows,
            const int  *order,
            guint       n_order,
            double      x,
            double      bar_w,
            double      w,
            Label      *label)
{
  for (guint k = 0; k < n_order; k++)
    {
      double xs[2] = { x, x + bar_w - w };

      for (guint m = 0; m < (bar_w < w ? 2u : 1u); m++)
        if (rows_free (rows, order[k], xs[m], w, ROW_GAP))
          {
            rows_take (rows, order[k], xs[m], w);
            label->row = order[k];
            label->x = xs[m];
            label->width = w;
            return TRUE;
          }
    }
  return FALSE;
}

/* A number w wide on the first row under or above with room for it:
 * centred on centre, else moved a little either way (numbers of bars and
 * events close together side by side, not one under the other) */
static gboolean
rows_place_number (Rows   *rows,
                   double  centre,
                   double  w,
                   Label  *label)
{
  static const double shifts[] = { 0, 1, -1, 2, -2 };

  for (int row = ROW_BELOW; row < MAX_ROWS; row++)
    for (guint k = 0; k < G_N_ELEMENTS (shifts); k++)
      {
        double x = centre - w / 2 + shifts[k] * (w + BESIDE_GAP);

        x = CLAMP (x, rows->start, MAX (rows->end - w, rows->start));
        if (rows_free (rows, row, x, w, BESIDE_GAP))
          {
            rows_take (rows, row, x, w);
            label->row = row;
            label->x = x;
            label->width = w;
            return TRUE;
          }
      }
  return FALSE;
}

static void
key_append (GString    *key,
            const char *entry)
{
  if (key->len > 0)
    /* Translators: separates the entries of the numbered bars' key under the timeline */
    g_string_append (key, _("; "));
  g_string_append (key, entry);
}

/* Where a lane's names go: each bar's inside it when it fits, else beside
 * it where no other bar is, else on the row under or above the bars, else
 * its number (in the key) */
static void
place_stays (DlgTimeline *self,
             const Scale *scale,
             Lane        *lane,
             guint       *number,
             GString     *key)
{
  static const int text_rows[] = { ROW_BELOW, ROW_ABOVE, 2 };
  Rows rows;

  rows_init (&rows, scale, TRUE);
  if (self->narrow)
    {
      /* the lane's name, above its bars: that row is its alone */
      rows_take (&rows, ROW_ABOVE, 0, scale->width);
      rows.start = 8;
    }
  for (guint j = 0; j < lane->stays->len; j++)
    {
      double x, w;

      bar_extent (self, scale, lane, j, &x, &w);
      rows_take (&rows, -1, x, w);
    }
  for (guint j = 0; j < lane->stays->len; j++)
    {
      Stay *stay = &g_array_index (lane->stays, Stay, j);
      Label *label = &stay->label;
      double x, w, tw;

      bar_extent (self, scale, lane, j, &x, &w);
      if (stay->name_width < 0)
        stay->name_width = text_width (self, stay->name);
      tw = stay->name_width;
      *label = (Label) { PLACED_INSIDE, -1, x + 3, tw, 0 };
      if (tw <= w - 6)
        continue;
      label->placed = PLACED_BESIDE;
      label->x = x + w + BESIDE_GAP;
      if (rows_free (&rows, -1, label->x, tw, BESIDE_GAP - 1))
        {
          rows_take (&rows, -1, label->x, tw);
          continue;
        }
      label->x = x - BESIDE_GAP - tw;
      if (rows_free (&rows, -1, label->x, tw, BESIDE_GAP - 1))
        {
          rows_take (&rows, -1, label->x, tw);
          continue;
        }
      label->placed = PLACED_ROW;
      if (rows_place (&rows, text_rows, G_N_ELEMENTS (text_rows), x, w, tw, label))
        continue;
      {
        g_autofree char *digits = g_strdup_printf ("%u", ++*number);
        g_autofree char *entry = NULL;
        double nw = text_width (self, digits);

        label->placed = PLACED_NUMBER;
        label->number = *number;
        /* Translators: a bar of the timeline in the key of the numbered ones: its number,
         * place, side and delegation, "3 Kuwait City (India · Group 1)" */
        entry = g_strdup_printf (_("%u %s (%s)"), *number, stay->name, lane->label);
        key_append (key, entry);
        if (nw <= w - 4)
          {
            *label = (Label) { PLACED_NUMBER, -1, x + (w - nw) / 2, nw, *number };
            continue;
          }
        if (!rows_place_number (&rows, x + w / 2, nw, label))
          label->placed = PLACED_NONE;
      }
    }
  lane->above = rows.above;
  lane->below = rows.below;
  g_array_unref (rows.taken);
}

/* An event's marker on the context lane, from left to right: a diamond
 * at its first day, and for an event of several days a line to its
 * last; where it starts and ends */
static void
event_extent (DlgTimeline *self,
              const Scale *scale,
              guint        index,
              double      *x0,
              double      *x1)
{
  const Event *event = &g_array_index (self->events, Event, index);
  double first = dlg_timeline_day_x (self, scale, event->first);
  double last = dlg_timeline_day_x (self, scale, event->last + 1);
  double first_mid = first + MIN (scale->px_per_day, last - first) / 2;

  *x0 = first_mid - MARKER_SIZE;
  *x1 = MAX (last, first_mid) + MARKER_SIZE;
}

/* An event's text drawn cut: numbered too, and whole in the key, so that
 * none of it is lost */
static void
number_cut_event (DlgTimeline *self,
                  Event       *event,
                  guint       *number,
                  GString     *key)
{
  g_autofree char *entry = NULL;

  if (event->placed.width >= event->label_width)
    return;
  event->placed.number = ++*number;
  /* Translators: as the key's "%u %s" for an event */
  entry = g_strdup_printf (_("%u %s"), *number, event->text);
  key_append (key, entry);
}

/* The context lane's texts: beside each marker up to the next, else on a
 * row under the markers, cut at EVENT_TEXT_MAX but never shorter than
 * EVENT_TEXT_MIN (then numbered, the key has it whole), else its number
 * (in the key) */
static void
place_events (DlgTimeline *self,
              const Scale *scale,
              guint       *number,
              GString     *key)
{
  static const int text_rows[] = { ROW_BELOW, ROW_ABOVE, 2 };
  Rows rows;

  rows_init (&rows, scale, self->narrow);
  if (self->narrow)
    {
      rows_take (&rows, ROW_ABOVE, 0, scale->width);
      rows.start = 8;
    }
  for (guint i = 0; i < self->events->len; i++)
    {
      double x0, x1;

      event_extent (self, scale, i, &x0, &x1);
      rows_take (&rows, -1, x0, x1 - x0);
    }
  for (guint i = 0; i < self->events->len; i++)
    {
      Event *event = &g_array_index (self->events, Event, i);
      Label *label = &event->placed;
      double x0, x1, want, least, room;
      gboolean placed = FALSE;

      event_extent (self, scale, i, &x0, &x1);
      if (event->label_width < 0)
        event->label_width = text_width (self, event->label);
      want = MIN (event->label_width, EVENT_TEXT_MAX);
      least = MIN (event->label_width, EVENT_TEXT_MIN);
      /* beside the marker, up to the next one */
      room = rows.end - (x1 + 2);
      for (guint k = 0; k < self->events->len; k++)
        {
          double k0, k1;

          event_extent (self, scale, k, &k0, &k1);
          if (k != i && k0 >= x1)
            room = MIN (room, k0 - 6 - (x1 + 2));
        }
      *label = (Label) { PLACED_BESIDE, -1, x1 + 2, MIN (want, room), 0 };
      if (label->width >= least && rows_free (&rows, -1, label->x, label->width, 2))
        {
          rows_take (&rows, -1, label->x, label->width);
          number_cut_event (self, event, number, key);
          continue;
        }
      /* on a row under the markers, from this one's start */
      label->placed = PLACED_ROW;
      for (guint k = 0; k < G_N_ELEMENTS (text_rows) && !placed; k++)
        {
          double w = MIN (want, rows.end - x0);

          if (w >= least && rows_free (&rows, text_rows[k], x0, w, ROW_GAP))
            {
              rows_take (&rows, text_rows[k], x0, w);
              *label = (Label) { PLACED_ROW, text_rows[k], x0, w, 0 };
              placed = TRUE;
            }
        }
      if (placed)
        {
          number_cut_event (self, event, number, key);
          continue;
        }
      {
        g_autofree char *digits = g_strdup_printf ("%u", ++*number);
        g_autofree char *entry = NULL;
        double nw = text_width (self, digits);

        /* Translators: an event of the timeline's context lane in the key of the numbered
         * ones: its number, then its dates, text and sources, "4 17 May 2025: … [1, 3]" */
        entry = g_strdup_printf (_("%u %s"), *number, event->text);
        key_append (key, entry);
        *label = (Label) { PLACED_NUMBER, -1, x1 + 2, nw, *number };
        if (rows_free (&rows, -1, label->x, nw, 2))
          rows_take (&rows, -1, label->x, nw);
        else if (!rows_place_number (&rows, x0 + MARKER_SIZE, nw, label))
          label->placed = PLACED_NONE;
      }
    }
  self->events_above = rows.above;
  self->events_below = rows.below;
  g_array_unref (rows.taken);
}

/* A lane's height with its rows of text */
static double
lane_height (DlgTimeline *self,
             gboolean     above,
             int          below)
{
  int lh = dlg_timeline_line_height (self);

  return (LANE_HEIGHT - BAR_HEIGHT) + (above ? lh + 1 : 0) + BAR_HEIGHT +
         (below > 0 ? 1 + below * lh : 0);
}

PangoLayout *
dlg_timeline_footer_layout (DlgTimeline *self,
                            int          width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->footer);

  pango_layout_set_width (layout, MAX (width - 16, 40) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Where everything is at this width: made once a width (and again when
 * the lanes, the events or the font change) */
void
dlg_timeline_ensure_layout (DlgTimeline *self,
                            int          width)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) footer = g_string_new (NULL);
  guint number = 0;
  Scale scale;
  double y;

  width = MAX (width, 1);
  if (self->layout_width == width)
    return;
  self->layout_width = width;
  self->names_width = names_width (self);
  self->narrow = width < NARROW_WIDTH;
  compute_scale (self, width, self->narrow, self->names_width, &scale);

  self->axis_height = MAX (AXIS_HEIGHT, dlg_timeline_line_height (self) + 6);
  y = self->axis_height;
  self->events_height = 0;
  if (self->events->len > 0)
    {
      place_events (self, &scale, &number, key);
      self->events_height = lane_height (self, self->events_above, self->events_below);
      y += self->events_height;
    }
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      place_stays (self, &scale, lane, &number, key);
      lane->top = y;
      lane->height = lane_height (self, lane->above, lane->below);
      lane->bar_y = y + (LANE_HEIGHT - BAR_HEIGHT) / 2.0 +
                    (lane->above ? dlg_timeline_line_height (self) + 1 : 0);
      y += lane->height;
    }
  if (self->more > 0)
    y += LANE_HEIGHT;
  self->lanes_end = y;

  if (key->len > 0)
    /* Translators: under the timeline, the names of the bars too short for them,
     * "Numbers on the timeline: 1 Kuwait City (India · Group 1); 2 …" */
    g_string_append_printf (footer, _("Numbers on the timeline: %s"), key->str);
  if (self->links->len > 0)
    g_string_append_printf (footer, "%s%s", footer->len > 0 ? "\n" : "",
                            /* Translators: under the timeline, what the coloured corner of a
                             * bar means */
                            _("A corner in the other side's colour: both sides were at this "
                              "place within a week of each other."));
  if (self->undated != NULL)
    g_string_append_printf (footer, "%s%s", footer->len > 0 ? "\n" : "", self->undated);
  g_free (self->footer);
  /* each line in the interface's direction, whatever script it starts with */
  self->footer = footer->len > 0 ? dlg_text_in_locale_direction (footer->str) : NULL;
  self->footer_y = y + 4;
  if (self->footer != NULL)
    {
      g_autoptr(PangoLayout) layout = dlg_timeline_footer_layout (self, width);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      y += 4 + h;
    }
  self->height = (int) ceil (y) + 8;
}

/* Forgets the layout and what was measured for it (the font changed) */
void
dlg_timeline_forget_layout (DlgTimeline *self)
{
  self->layout_width = -1;
  self->line_height = 0;
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      for (guint j = 0; j < lane->stays->len; j++)
        g_array_index (lane->stays, Stay, j).name_width = -1;
    }
  for (guint i = 0; i < self->events->len; i++)
    g_array_index (self->events, Event, i).label_width = -1;
}

gboolean
dlg_timeline_get_stay_area (DlgTimeline     *self,
                            guint            lane,
                            guint            stay,
                            graphene_rect_t *area)
{
  Scale scale;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), FALSE);

  if (lane >= self->lanes->len ||
      stay >= ((Lane *) g_ptr_array_index (self->lanes, lane))->stays->len)
    return FALSE;
  dlg_timeline_get_scale (self, &scale);
  dlg_timeline_bar_rect (self, &scale, lane, stay, area);
  return TRUE;
}

gboolean
dlg_timeline_get_lane_area (DlgTimeline     *self,
                            guint            lane,
                            graphene_rect_t *area)
{
  Scale scale;
  Lane *l;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), FALSE);

  if (lane >= self->lanes->len)
    return FALSE;
  dlg_timeline_get_scale (self, &scale);
  l = g_ptr_array_index (self->lanes, lane);
  graphene_rect_init (area, 0, l->top, scale.width, l->height);
  return TRUE;
}

/* A name as drawn: the name, or its number in the key; a text cut for
 * room after its number in the key */
char *
dlg_timeline_label_text (const Label *label,
                         const char  *name)
{
  if (label->placed == PLACED_NUMBER)
    return g_strdup_printf ("%u", label->number);
  if (label->number > 0)
    /* Translators: a text of the timeline cut for room, after its number in the key
     * under the lanes where it is whole: "4 India-Pakistan ce…" */
    return g_strdup_printf (C_("timeline cut text", "%u %s"), label->number, name);
  return g_strdup (name);
}

void
dlg_timeline_label_rect (DlgTimeline     *self,
                         const Scale     *scale,
                         const Label     *label,
                         double           bar_y,
                         graphene_rect_t *r)
{
  graphene_rect_init (r, dlg_timeline_mirror_x (scale, label->x, label->width),
                      dlg_timeline_row_y (self, bar_y, label->row),
                      label->width,
                      label->row < 0 ? BAR_HEIGHT - 2 : dlg_timeline_line_height (self));
}

char *
dlg_timeline_get_stay_label (DlgTimeline     *self,
                             guint            lane,
                             guint            stay,
                             graphene_rect_t *area)
{
  const Stay *s;
  Scale scale;
  Lane *l;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);

  if (lane >= self->lanes->len ||
      stay >= ((Lane *) g_ptr_array_index (self->lanes, lane))->stays->len)
    return NULL;
  dlg_timeline_get_scale (self, &scale);
  l = g_ptr_array_index (self->lanes, lane);
  s = &g_array_index (l->stays, Stay, stay);
  if (s->label.placed == PLACED_NONE)
    return NULL;
  if (area != NULL)
    dlg_timeline_label_rect (self, &scale, &s->label, l->bar_y, area);
  return dlg_timeline_label_text (&s->label, s->name);
}

char *
dlg_timeline_get_event_label (DlgTimeline     *self,
                              guint            event,
                              graphene_rect_t *area)
{
  const Event *e;
  Scale scale;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);

  if (event >= self->events->len)
    return NULL;
  dlg_timeline_get_scale (self, &scale);
  e = &g_array_index (self->events, Event, event);
  if (e->placed.placed == PLACED_NONE)
    return NULL;
  if (area != NULL)
    dlg_timeline_label_rect (self, &scale, &e->placed,
                             dlg_timeline_events_middle (self) - BAR_HEIGHT / 2.0, area);
  return dlg_timeline_label_text (&e->placed, e->label);
}

const char *
dlg_timeline_get_footer_text (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);

  dlg_timeline_ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  return self->footer != NULL ? self->footer : "";
}
/* Where both sides were within a week, a mark on each of the two bars: a
 * corner of the bar in the other side's colour, inside the bar, so no
 * line crosses another lane */
void
dlg_timeline_link_mark (DlgTimeline     *self,
                        const Scale     *scale,
                        guint            lane,
                        guint            stay,
                        graphene_rect_t *r)
{
  graphene_rect_t bar;
  double size;

  dlg_timeline_bar_rect (self, scale, lane, stay, &bar);
  size = MIN (LINK_MARK, bar.size.width);
  /* at the bar's end, in reading order */
  graphene_rect_init (r, scale->rtl ? bar.origin.x : bar.origin.x + bar.size.width - size,
                      bar.origin.y, size, size);
}

guint
dlg_timeline_get_n_links (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), 0);
  return self->links->len;
}

gboolean
dlg_timeline_get_link_marks (DlgTimeline     *self,
                             guint            link,
                             guint           *lane_a,
                             graphene_rect_t *mark_a,
                             guint           *lane_b,
                             graphene_rect_t *mark_b)
{
  const Link *l;
  Scale scale;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), FALSE);

  if (link >= self->links->len)
    return FALSE;
  dlg_timeline_get_scale (self, &scale);
  l = &g_array_index (self->links, Link, link);
  *lane_a = l->lane_a;
  *lane_b = l->lane_b;
  dlg_timeline_link_mark (self, &scale, l->lane_a, l->stay_a, mark_a);
  dlg_timeline_link_mark (self, &scale, l->lane_b, l->stay_b, mark_b);
  return TRUE;
}

/* The y of the middle of the context lane's markers */
double
dlg_timeline_events_middle (DlgTimeline *self)
{
  return self->axis_height + (LANE_HEIGHT - BAR_HEIGHT) / 2.0 +
         (self->events_above ? dlg_timeline_line_height (self) + 1 : 0) + BAR_HEIGHT / 2.0;
}

/* An event's marker in the widget's coordinates */
void
dlg_timeline_event_marker (DlgTimeline     *self,
                           const Scale     *scale,
                           guint            index,
                           graphene_rect_t *marker)
{
  double x0, x1;

  event_extent (self, scale, index, &x0, &x1);
  graphene_rect_init (marker, dlg_timeline_mirror_x (scale, x0, x1 - x0),
                      dlg_timeline_events_middle (self) - MARKER_SIZE,
                      x1 - x0, 2 * MARKER_SIZE);
}
