#define G_LOG_DOMAIN "dlg-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "dlg-timeline.h"
#include "dlg-marks.h"
#include "dlg-sets.h"
#include "dlg-style.h"

#define AXIS_HEIGHT 24
#define LANE_HEIGHT 28
#define BAR_HEIGHT 18
#define LABEL_GAP 12
#define NEAR_DAYS 7
/* lanes drawn per side: a timeline of thousands of delegations is neither
 * readable nor cheap; the rest are counted under the lanes */
#define MAX_LANES_PER_SIDE 30
/* days between stays drawn to scale: a longer gap is drawn compressed */
#define GAP_DAYS 10
#define BREAK_WIDTH 28
/* the least room between two dates on the axis */
#define LABEL_SPACING 72
/* a line for every day from this many pixels a day */
#define DAY_LINES_PX 6.0

typedef struct
{
  int first;
  int last;
  /* days of the spans before this one */
  int before;
} Span;

typedef struct
{
  DlgDestination *d;
  int first;
  int last;
  gboolean approximate;
  gboolean planned;
} Stay;

typedef struct
{
  guint side;
  char *label;
  char *text;
  GArray *stays;
} Lane;

typedef struct
{
  guint lane_a, stay_a;
  guint lane_b, stay_b;
} Link;

/* An event of the background on the context lane (format 1.2) */
typedef struct
{
  int first;
  int last;
  gboolean approximate;
  DlgCertainty certainty;
  /* its text with its mark, as drawn; its line in words ("7 May 2025:
   * Operation Sindoor [3, 4]"), for the tooltip and screen readers */
  char *label;
  char *text;
} Event;

/* the context lane's size: its markers and their text stay in it, no
 * line crosses a delegation's lane */
#define MARKER_SIZE 6

struct _DlgTimeline
{
  GtkWidget parent_instance;

  DlgSide *sides[2];
  /* the destinations the members shown went to; NULL: all */
  GHashTable *reached;
  GPtrArray *lanes;
  GArray *links;
  /* the sides' meetings (DlgMeeting), made once per pair of sides: the
   * filter changes which lanes show, not where the sides met */
  GPtrArray *meetings;
  GdkRGBA colours[2];
  /* delegations with stays past MAX_LANES_PER_SIDE, both sides */
  guint more;
  /* the stretches of days drawn to scale (Span), in order; a gap of more
   * than GAP_DAYS between them is drawn BREAK_WIDTH wide, marked */
  GArray *spans;
  int n_days;
  /* what screen readers get: the lanes, then the background */
  char *description;
  /* the background's events (Event), on a lane of their own above the
   * delegations' */
  GArray *events;
};

G_DEFINE_FINAL_TYPE (DlgTimeline, dlg_timeline, GTK_TYPE_WIDGET)

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  for (guint i = 0; i < lane->stays->len; i++)
    g_object_unref (g_array_index (lane->stays, Stay, i).d);
  g_array_unref (lane->stays);
  g_free (lane->label);
  g_free (lane->text);
  g_free (lane);
}

static void
event_clear (gpointer data)
{
  Event *event = data;

  g_free (event->label);
  g_free (event->text);
}

/* Where the delegations' lanes start: under the axis and the context
 * lane, when there are events */
static int
lanes_top (DlgTimeline *self)
{
  return AXIS_HEIGHT + (self->events->len > 0 ? LANE_HEIGHT : 0);
}

/* Whether a delegation has a stay to draw */
static gboolean
has_stay (GListModel *stops,
          GHashTable *shown)
{
  for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
      int first, last;

      if (dlg_destination_get_days (dest, &first, &last) &&
          (shown == NULL || g_hash_table_contains (shown, dest)))
        return TRUE;
    }
  return FALSE;
}

static void
add_lanes (DlgTimeline *self,
           DlgSide     *side,
           guint        index)
{
  GListModel *delegations = dlg_side_get_delegations (side);
  g_autofree char *side_name = dlg_text_isolate (dlg_side_get_name (side));
  guint n_lanes = 0;

  dlg_side_rgba (side, index, &self->colours[index]);

  for (guint i = 0; i < g_list_model_get_n_items (delegations); i++)
    {
      g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, i);
      GListModel *stops = dlg_delegation_get_destinations (d);
      GHashTable *shown = self->reached;
      g_autofree char *label = NULL;
      g_autoptr(GString) text = NULL;
      Lane *lane;

      if (n_lanes >= MAX_LANES_PER_SIDE)
        {
          self->more += has_stay (stops, shown);
          continue;
        }
      label = dlg_text_isolate (dlg_delegation_get_label (d));
      text = g_string_new (NULL);
      lane = g_new0 (Lane, 1);
      lane->side = index;
      lane->stays = g_array_new (FALSE, FALSE, sizeof (Stay));
      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          g_autofree char *isolated = dlg_text_isolate (dlg_destination_get_place_label (dest));
          /* a stay no two sources confirm carries its mark */
          g_autofree char *place = dlg_mark_append (isolated,
                                                    dlg_record_get_certainty (DLG_RECORD (dest)));
          g_autofree char *dates = NULL;
          Stay stay = { NULL, 0, 0, FALSE, FALSE };

          if (!dlg_destination_get_days (dest, &stay.first, &stay.last) ||
              (shown != NULL && !g_hash_table_contains (shown, dest)))
            continue;
          stay.d = g_object_ref (dest);
          stay.approximate = dlg_destination_get_dates_approximate (dest);
          stay.planned = dlg_destination_get_status (dest) != DLG_VISIT_STATUS_VISITED;
          g_array_append_val (lane->stays, stay);

          dates = dlg_format_dates (dlg_destination_get_from (dest), dlg_destination_get_to (dest),
                                    stay.approximate);
          if (text->len > 0)
            /* Translators: separates the stays of a timeline lane read aloud */
            g_string_append (text, _("; "));
          /* Translators: a stay on the timeline read aloud, "London 31 May – 3 Jun 2025" */
          g_string_append_printf (text, _("%s %s"), place, dates);
          if (stay.planned)
            /* Translators: after a stay that was planned, not made */
            g_string_append_printf (text, _(" (%s)"),
                                    dlg_visit_status_to_label (dlg_destination_get_status (dest)));
        }
      if (lane->stays->len == 0)
        {
          lane_free (lane);
          continue;
        }
      n_lanes++;
      /* Translators: a timeline lane's name: side and delegation, "India · Group 1" */
      lane->label = g_strdup_printf (_("%s · %s"), side_name, label);
      /* Translators: a timeline lane read aloud: its name, then its stays */
      lane->text = g_strdup_printf (_("%s: %s"), lane->label, text->str);
      g_ptr_array_add (self->lanes, lane);
    }
}

static gboolean
find_stay (DlgTimeline    *self,
           DlgDestination *d,
           guint          *lane_index,
           guint          *stay_index)
{
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      for (guint j = 0; j < lane->stays->len; j++)
        if (g_array_index (lane->stays, Stay, j).d == d)
          {
            *lane_index = i;
            *stay_index = j;
            return TRUE;
          }
    }
  return FALSE;
}

static int
compare_stays_by_first (gconstpointer a,
                        gconstpointer b)
{
  const Stay *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

/* The days drawn: the stays' days, a gap of more than GAP_DAYS between
 * them cut out (one mistyped year made a timeline of 730 000 days, a
 * line for each). */
static void
make_spans (DlgTimeline *self)
{
  g_autoptr(GArray) stays = g_array_new (FALSE, FALSE, sizeof (Stay));
  Span span = { 0, 0, 0 };

  g_array_set_size (self->spans, 0);
  self->n_days = 0;
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      g_array_append_vals (stays, lane->stays->data, lane->stays->len);
    }
  /* the events' days are on the axis too */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      Stay stay = { NULL, event->first, event->last, FALSE, FALSE };

      g_array_append_val (stays, stay);
    }
  if (stays->len == 0)
    return;
  g_array_sort (stays, compare_stays_by_first);
  span.first = g_array_index (stays, Stay, 0).first;
  span.last = g_array_index (stays, Stay, 0).last;
  for (guint i = 1; i <= stays->len; i++)
    {
      const Stay *stay = i < stays->len ? &g_array_index (stays, Stay, i) : NULL;

      if (stay != NULL && stay->first <= span.last + GAP_DAYS + 1)
        {
          span.last = MAX (span.last, stay->last);
          continue;
        }
      span.before = self->n_days;
      self->n_days += span.last - span.first + 1;
      g_array_append_val (self->spans, span);
      if (stay != NULL)
        {
          span.first = stay->first;
          span.last = stay->last;
        }
    }
}

static void
rebuild (DlgTimeline *self)
{
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *label = NULL;

  g_ptr_array_set_size (self->lanes, 0);
  g_array_set_size (self->links, 0);
  self->more = 0;
  for (guint i = 0; i < 2; i++)
    if (self->sides[i] != NULL)
      add_lanes (self, self->sides[i], i);
  make_spans (self);

  if (self->meetings != NULL)
    {
      GPtrArray *meetings = self->meetings;

      for (guint i = 0; i < meetings->len; i++)
        {
          DlgMeeting *m = g_ptr_array_index (meetings, i);
          Link link;

          if (m->days_apart <= NEAR_DAYS && find_stay (self, m->a, &link.lane_a, &link.stay_a) &&
              find_stay (self, m->b, &link.lane_b, &link.stay_b))
            g_array_append_val (self->links, link);
        }
    }

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      g_string_append_printf (description, "%s%s", i > 0 ? "\n" : "", lane->text);
    }
  /* the context lane, one line after the lanes */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);

      if (i == 0)
        {
          if (description->len > 0)
            g_string_append_c (description, '\n');
          /* Translators: the timeline's context lane read aloud, before its events,
           * "Background: 7 May 2025: Operation Sindoor [3, 4]; …" */
          g_string_append_printf (description, _("Background: %s"), event->text);
        }
      else
        g_string_append_printf (description, _("; %s"), event->text);
    }
  g_free (self->description);
  self->description = g_strdup (description->str);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Timeline, %u delegation",
                                        "Timeline, %u delegations", self->lanes->len + self->more),
                           self->lanes->len + self->more);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
dlg_timeline_set_sides (DlgTimeline *self,
                        DlgSide     *a,
                        DlgSide     *b,
                        GPtrArray   *meetings,
                        GHashTable  *reached)
{
  g_return_if_fail (DLG_IS_TIMELINE (self));

  g_set_object (&self->sides[0], a);
  g_set_object (&self->sides[1], b);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  if (a != NULL && b != NULL && meetings != NULL)
    self->meetings = g_ptr_array_ref (meetings);
  dlg_replace_set (&self->reached, reached);
  rebuild (self);
}

void
dlg_timeline_set_background (DlgTimeline *self,
                             DlgDataset  *dataset)
{
  GListModel *events;

  g_return_if_fail (DLG_IS_TIMELINE (self));
  g_return_if_fail (dataset == NULL || DLG_IS_DATASET (dataset));

  g_array_set_size (self->events, 0);
  events = dataset != NULL ? dlg_dataset_get_events (dataset) : NULL;
  for (guint i = 0; events != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlgEvent) e = g_list_model_get_item (events, i);
      g_autofree char *isolated = dlg_text_isolate (dlg_event_get_text (e));
      Event event = { 0 };

      event.first = dlg_iso_to_day (dlg_event_get_from (e));
      event.last = dlg_event_get_to (e) != NULL ? dlg_iso_to_day (dlg_event_get_to (e))
                                                : event.first;
      if (event.first < 0 || event.last < event.first)
        continue;
      event.approximate = dlg_event_get_dates_approximate (e);
      event.text = dlg_mark_event_text (dataset, e, &event.certainty);
      event.label = dlg_mark_append (isolated, event.certainty);
      g_array_append_val (self->events, event);
    }
  rebuild (self);
}

void
dlg_timeline_set_reached (DlgTimeline *self,
                          GHashTable  *reached)
{
  g_return_if_fail (DLG_IS_TIMELINE (self));

  dlg_replace_set (&self->reached, reached);
  rebuild (self);
}

const char *
dlg_timeline_get_description (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);
  return self->description != NULL ? self->description : "";
}

guint
dlg_timeline_get_n_events (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), 0);
  return self->events->len;
}

guint
dlg_timeline_get_n_lanes (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), 0);
  return self->lanes->len;
}

const char *
dlg_timeline_get_lane_text (DlgTimeline *self,
                            guint        lane)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return ((Lane *) g_ptr_array_index (self->lanes, lane))->text;
}

/* A delegation in the meetings' list, with the place within the city
 * it was at when the two sides were at different ones */
static char *
meeting_side_label (DlgDestination *d,
                    gboolean        with_place)
{
  g_autofree char *label = dlg_text_isolate (dlg_destination_get_delegation_label (d));
  g_autofree char *where = NULL;

  if (!with_place)
    return g_steal_pointer (&label);
  where = dlg_text_isolate (dlg_destination_get_place_label (d));
  /* Translators: a delegation and the place within a city it was at, "Peace
   * delegation (UN Headquarters, New York)" */
  return g_strdup_printf (_("%s (%s)"), label, where);
}

/* A stay's dates with the stay's certainty mark, as everywhere */
static char *
meeting_dates (DlgDestination *d)
{
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (d),
                                             dlg_destination_get_to (d),
                                             dlg_destination_get_dates_approximate (d));

  /* a meeting is between dated stays: dates is never NULL here */
  return dates != NULL ? dlg_mark_append (dates, dlg_record_get_certainty (DLG_RECORD (d)))
                       : g_strdup ("");
}

char *
dlg_timeline_describe_meetings (DlgTimeline *self)
{
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  GPtrArray *meetings;
  GString *out;

  g_return_val_if_fail (DLG_IS_TIMELINE (self), g_strdup (""));

  meetings = self->meetings;
  if (meetings == NULL)
    return g_strdup ("");
  name_a = dlg_text_isolate (dlg_side_get_name (self->sides[0]));
  name_b = dlg_text_isolate (dlg_side_get_name (self->sides[1]));
  out = g_string_new (NULL);
  /* A label lists them: at 10 000 members there were about a hundred
   * lines (10 000 characters), a third of the layout work of the first
   * frame with the Overview, and a list nobody reads that far. */
  for (guint i = 0; i < meetings->len && i < DLG_TIMELINE_MEETINGS_SHOWN; i++)
    {
      DlgMeeting *m = g_ptr_array_index (meetings, i);
      const char *where_a = dlg_destination_get_place_label (m->a);
      const char *where_b = dlg_destination_get_place_label (m->b);
      /* the city both were in, and where in it each was when that differs
       * (India in New York, Pakistan at the UN Headquarters there) */
      gboolean apart = g_strcmp0 (where_a, where_b) != 0;
      g_autofree char *place = dlg_text_isolate (apart ? dlg_destination_get_outer_label (m->a)
                                                       : where_a);
      g_autofree char *label_a = meeting_side_label (m->a, apart);
      g_autofree char *label_b = meeting_side_label (m->b, apart);
      g_autofree char *dates_a = meeting_dates (m->a);
      g_autofree char *dates_b = meeting_dates (m->b);
      g_autofree char *gap = dlg_stays_apart_text (m->a, m->b);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      /* Translators: place; side A, its delegation, dates; side B, its delegation, dates;
       * how far apart: "London: India Group 2, 31 May – 3 Jun 2025; Pakistan Peace
       * delegation, 8–10 Jun 2025: 5 days apart" */
      g_string_append_printf (out, _("%s: %s %s, %s; %s %s, %s: %s"), place, name_a, label_a,
                              dates_a, name_b, label_b, dates_b, gap);
    }
  if (meetings->len > DLG_TIMELINE_MEETINGS_SHOWN)
    {
      guint more = meetings->len - DLG_TIMELINE_MEETINGS_SHOWN;

      g_string_append_c (out, '\n');
      /* Translators: the end of a list cut short: a board card, the sheet's first page, the
       * Overview's meetings */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more),
                              more);
    }
  return g_string_free (out, FALSE);
}

/* --- drawing --- */

static int
label_width (DlgTimeline *self)
{
  int widest = 0;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                      lane->label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  if (self->events->len > 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                      _("Background"));
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  /* the stripe and its gap (8), the name, the gap to the days */
  return 8 + MIN (widest, 220) + LABEL_GAP;
}

/* Text on a bar of this colour: black or white, whichever reads better */
static void
text_on (const GdkRGBA *bar,
         GdkRGBA       *text)
{
  double l = 0.2126 * bar->red + 0.7152 * bar->green + 0.0722 * bar->blue;

  *text = l > 0.45 ? (GdkRGBA) { 0, 0, 0, 1 } : (GdkRGBA) { 1, 1, 1, 1 };
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

/* Where the days are: the lane names take the start of the width (the
 * left, or the right in a right-to-left language), the days the rest, in
 * reading order, with a break mark BREAK_WIDTH wide between spans. */
typedef struct
{
  int width;
  int left;
  double px_per_day;
  /* a break's width: BREAK_WIDTH, less when many breaks share a narrow
   * width (they take at most half of it) */
  double break_width;
  gboolean rtl;
} Scale;

static void
get_scale (DlgTimeline *self,
           Scale       *scale)
{
  int breaks = self->spans->len > 0 ? (int) self->spans->len - 1 : 0;
  int days_width;

  scale->width = gtk_widget_get_width (GTK_WIDGET (self));
  scale->left = label_width (self);
  days_width = MAX (scale->width - scale->left - 8, 1);
  scale->break_width = breaks > 0 ? MIN (BREAK_WIDTH, days_width / (2.0 * breaks)) : 0;
  scale->px_per_day = MAX (days_width - breaks * scale->break_width, 1) /
                      (double) MAX (self->n_days, 1);
  scale->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

/* x of a left-to-right drawing, for a span of w pixels starting there */
static double
mirror_x (const Scale *scale,
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
static double
day_x (DlgTimeline *self,
       const Scale *scale,
       int          day)
{
  guint i = span_of (self, day);
  const Span *span = &g_array_index (self->spans, Span, i);
  int in_span = CLAMP (day, span->first, span->last + 1) - span->first;

  return scale->left + i * scale->break_width + (span->before + in_span) * scale->px_per_day;
}

/* A line on the axis, a date over it when labelled */
typedef struct
{
  double x;
  gboolean labelled;
  char label[48];
} Tick;

static void
add_tick (GArray      *ticks,
          DlgTimeline *self,
          const Scale *scale,
          int          day,
          const char  *format)
{
  Tick tick = { day_x (self, scale, day), format != NULL, "" };

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
static GArray *
axis_ticks (DlgTimeline *self,
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

  get_scale (self, &scale);
  ticks = axis_ticks (self, &scale);
  for (guint i = 0; i < ticks->len; i++)
    if (g_array_index (ticks, Tick, i).labelled)
      g_strv_builder_add (builder, g_array_index (ticks, Tick, i).label);
  return g_strv_builder_end (builder);
}

/* A stay's bar.  A travel day shared with the stay before or after (one
 * leaves, the next arrives) is split between the two bars. */
static void
bar_rect (DlgTimeline     *self,
          const Scale     *scale,
          guint            lane_index,
          guint            stay_index,
          graphene_rect_t *r)
{
  Lane *lane = g_ptr_array_index (self->lanes, lane_index);
  const Stay *stay = &g_array_index (lane->stays, Stay, stay_index);
  double x0 = day_x (self, scale, stay->first);
  double x1 = day_x (self, scale, stay->last + 1);
  double y = lanes_top (self) + lane_index * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2.0;
  double w;

  if (stay_index > 0 && g_array_index (lane->stays, Stay, stay_index - 1).last >= stay->first)
    x0 += scale->px_per_day / 2;
  if (stay_index + 1 < lane->stays->len &&
      g_array_index (lane->stays, Stay, stay_index + 1).first <= stay->last)
    x1 -= scale->px_per_day / 2;
  w = MAX (x1 - x0 - 2, 3);
  graphene_rect_init (r, mirror_x (scale, x0, w), y, w, BAR_HEIGHT);
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
  get_scale (self, &scale);
  bar_rect (self, &scale, lane, stay, area);
  return TRUE;
}

/* An event's marker on the context lane, in the widget's coordinates:
 * a diamond at its first day, and for an event of several days a line
 * to its last; its text after it, up to the next marker */
static void
event_marker (DlgTimeline     *self,
              const Scale     *scale,
              guint            index,
              graphene_rect_t *marker,
              double          *end_x)
{
  const Event *event = &g_array_index (self->events, Event, index);
  double x0 = day_x (self, scale, event->first);
  double x1 = day_x (self, scale, event->last + 1);
  double middle = AXIS_HEIGHT + LANE_HEIGHT / 2.0;
  double first_mid = x0 + MIN (scale->px_per_day, x1 - x0) / 2;
  double w = MAX (x1 - first_mid, 0);

  graphene_rect_init (marker, mirror_x (scale, first_mid - MARKER_SIZE, w + 2 * MARKER_SIZE),
                      middle - MARKER_SIZE, w + 2 * MARKER_SIZE, 2 * MARKER_SIZE);
  *end_x = first_mid + w + MARKER_SIZE;
}

static void
draw_events (DlgTimeline   *self,
             cairo_t       *cr,
             const Scale   *scale,
             const GdkRGBA *fg)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double middle = AXIS_HEIGHT + LANE_HEIGHT / 2.0;
  g_autoptr(PangoLayout) name = NULL;
  PangoRectangle logical;

  if (self->events->len == 0)
    return;
  /* the lane's name, as a delegation's, without a side's stripe */
  name = gtk_widget_create_pango_layout (widget, _("Background"));
  pango_layout_set_width (name, (scale->left - LABEL_GAP - 8) * PANGO_SCALE);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (name, NULL, &logical);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
  cairo_move_to (cr, mirror_x (scale, 8, logical.width) - logical.x, AXIS_HEIGHT + 5);
  pango_cairo_show_layout (cr, name);

  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      graphene_rect_t r;
      double end_x, cx, next_x;
      double dashes[] = { 3, 2 };

      event_marker (self, scale, i, &r, &end_x);
      /* the diamond at the first day (the reading order's start of r) */
      cx = scale->rtl ? r.origin.x + r.size.width - MARKER_SIZE : r.origin.x + MARKER_SIZE;
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
      cairo_set_line_width (cr, 2);
      if (r.size.width > 2 * MARKER_SIZE + 1)
        {
          /* several days: a line to the last, in the lane */
          cairo_move_to (cr, r.origin.x + (scale->rtl ? 0 : MARKER_SIZE), middle);
          cairo_line_to (cr, r.origin.x + r.size.width - (scale->rtl ? MARKER_SIZE : 0), middle);
          if (event->approximate)
            cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      cairo_move_to (cr, cx, middle - MARKER_SIZE);
      cairo_line_to (cr, cx + MARKER_SIZE, middle);
      cairo_line_to (cr, cx, middle + MARKER_SIZE);
      cairo_line_to (cr, cx - MARKER_SIZE, middle);
      cairo_close_path (cr);
      /* approximate dates: an open diamond, as the bars' dashed edge */
      if (event->approximate)
        {
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);

      /* its text, cut to the room before the next event's marker */
      next_x = scale->width - 4;
      if (i + 1 < self->events->len)
        {
          graphene_rect_t next;
          double next_end;

          event_marker (self, scale, i + 1, &next, &next_end);
          next_x = scale->rtl ? scale->width - (next.origin.x + next.size.width) : next.origin.x;
        }
      if (next_x - end_x - 6 >= 24)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, event->label);
          int tw;

          pango_layout_set_width (layout, (int) ((next_x - end_x - 6) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_get_pixel_extents (layout, NULL, &logical);
          tw = logical.width;
          cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
          cairo_move_to (cr, mirror_x (scale, end_x + 2, tw) - logical.x,
                         middle - logical.height / 2.0);
          pango_cairo_show_layout (cr, layout);
        }
    }
}

static void
dlg_timeline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  DlgTimeline *self = DLG_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GArray) ticks = NULL;
  Scale scale;
  cairo_t *cr;
  GdkRGBA fg;

  if ((self->lanes->len == 0 && self->events->len == 0) || width <= 0)
    return;
  get_scale (self, &scale);
  dlg_widget_foreground (GTK_WIDGET (self), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* the axis: a line a day where there is room, dates as far apart as
   * they need */
  ticks = axis_ticks (self, &scale);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      const Tick *tick = &g_array_index (ticks, Tick, i);
      double x = mirror_x (&scale, tick->x, 0);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, tick->labelled ? 0.25 : 0.08);
      cairo_move_to (cr, floor (x) + 0.5, AXIS_HEIGHT - 4);
      cairo_line_to (cr, floor (x) + 0.5, height);
      cairo_stroke (cr);
      if (tick->labelled)
        {
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, tick->label);
          int tw;

          pango_layout_get_pixel_size (layout, &tw, NULL);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
          /* after the day's line, in reading order */
          cairo_move_to (cr, scale.rtl ? x - 2 - tw : x + 2, 2);
          pango_cairo_show_layout (cr, layout);
        }
    }
  /* a gap cut out: shaded, with a break mark on the axis ("//" in its
   * middle, one stroke when it is narrow) */
  for (guint i = 0; i + 1 < self->spans->len; i++)
    {
      double x0 = day_x (self, &scale, g_array_index (self->spans, Span, i).last + 1);
      double x = mirror_x (&scale, x0, scale.break_width);
      double middle = x + scale.break_width / 2;
      int strokes = scale.break_width >= 16 ? 2 : 1;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.06);
      cairo_rectangle (cr, x + scale.break_width / 6, AXIS_HEIGHT - 4,
                       scale.break_width * 2 / 3, height - AXIS_HEIGHT + 4);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_set_line_width (cr, 1.5);
      for (int k = 0; k < strokes; k++)
        {
          double mx = middle + (strokes == 2 ? (k == 0 ? -3 : 3) : 0);

          cairo_move_to (cr, mx - 3, AXIS_HEIGHT);
          cairo_line_to (cr, mx + 3, AXIS_HEIGHT - 10);
        }
      cairo_stroke (cr);
    }

  draw_events (self, cr, &scale, &fg);

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      const GdkRGBA *colour = &self->colours[lane->side];
      g_autoptr(PangoLayout) name = gtk_widget_create_pango_layout (widget, lane->label);

      PangoRectangle logical;

      /* the lane's name, with a stripe of the side's colour, at the start */
      cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
      cairo_rectangle (cr, mirror_x (&scale, 0, 4), lanes_top (self) + i * LANE_HEIGHT + 5, 4,
                       LANE_HEIGHT - 10);
      cairo_fill (cr);
      pango_layout_set_width (name, (scale.left - LABEL_GAP - 8) * PANGO_SCALE);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (name, NULL, &logical);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      cairo_move_to (cr, mirror_x (&scale, 8, logical.width) - logical.x,
                     lanes_top (self) + i * LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, name);

      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          g_autofree char *isolated = dlg_text_isolate (dlg_destination_get_place_label (stay->d));
          g_autofree char *place = dlg_mark_append (isolated,
                                                    dlg_record_get_certainty (DLG_RECORD (stay->d)));
          g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, place);
          graphene_rect_t r;
          GdkRGBA text;
          int tw;

          bar_rect (self, &scale, i, j, &r);
          cairo_rectangle (cr, r.origin.x, r.origin.y, r.size.width, r.size.height);
          if (stay->planned)
            {
              /* planned, not made: hatched */
              cairo_save (cr);
              cairo_clip_preserve (cr);
              cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
              cairo_set_line_width (cr, 1.5);
              cairo_stroke (cr);
              for (double x = r.origin.x - r.size.height; x < r.origin.x + r.size.width; x += 6)
                {
                  cairo_move_to (cr, x, r.origin.y + r.size.height);
                  cairo_line_to (cr, x + r.size.height, r.origin.y);
                }
              cairo_stroke (cr);
              cairo_restore (cr);
              text = fg;
            }
          else
            {
              double dashes[] = { 3, 2 };

              cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue,
                                     stay->approximate ? 0.55 : 1);
              cairo_fill_preserve (cr);
              /* approximate dates: a dashed edge in the text colour */
              if (stay->approximate)
                cairo_set_dash (cr, dashes, 2, 0);
              cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
              text_on (colour, &text);
              if (stay->approximate)
                text = fg;
            }
          pango_layout_get_pixel_size (layout, &tw, NULL);
          if (tw <= r.size.width - 6)
            {
              cairo_set_source_rgba (cr, text.red, text.green, text.blue, 1);
              cairo_move_to (cr, scale.rtl ? r.origin.x + r.size.width - 3 - tw : r.origin.x + 3,
                             r.origin.y + 1);
              pango_cairo_show_layout (cr, layout);
            }
        }
    }

  /* both sides at one place within a week: joined */
  for (guint i = 0; i < self->links->len; i++)
    {
      Link *link = &g_array_index (self->links, Link, i);
      graphene_rect_t ra, rb;
      double dashes[] = { 4, 3 };

      bar_rect (self, &scale, link->lane_a, link->stay_a, &ra);
      bar_rect (self, &scale, link->lane_b, link->stay_b, &rb);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_set_line_width (cr, 1.5);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
      cairo_move_to (cr, ra.origin.x + ra.size.width / 2, ra.origin.y + ra.size.height);
      cairo_line_to (cr, rb.origin.x + rb.size.width / 2, rb.origin.y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (self->more > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more delegation",
                                      "and %u more delegations", self->more), self->more);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int tw;

      pango_layout_get_pixel_size (layout, &tw, NULL);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.75);
      cairo_move_to (cr, mirror_x (&scale, 8, tw), lanes_top (self) + self->lanes->len * LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
}

/* The place and dates of the bar under the pointer */
static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  DlgTimeline *self = DLG_TIMELINE (widget);
  Scale scale;

  if (self->lanes->len == 0 && self->events->len == 0)
    return FALSE;
  get_scale (self, &scale);
  /* an event on the context lane: its dates, text and sources, and how
   * sure it is in words */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      graphene_rect_t r;
      double end_x;

      event_marker (self, &scale, i, &r, &end_x);
      graphene_rect_inset (&r, -2, -4);
      if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)))
        {
          g_autofree char *shown = NULL;
          const char *words = dlg_mark_words (event->certainty);
          g_autofree char *text = words != NULL
            /* Translators: an event's tooltip on the timeline: the event, then how sure it
             * is, "10 May 2025: Ceasefire † [3]\nSingle source" */
            ? g_strdup_printf (_("%s\n%s"), event->text, words)
            : g_strdup (event->text);

          shown = dlg_text_in_locale_direction (text);
          gtk_tooltip_set_text (tooltip, shown);
          return TRUE;
        }
    }
  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);

      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          graphene_rect_t r;

          bar_rect (self, &scale, i, j, &r);
          if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)))
            {
              g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (stay->d));
              g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (stay->d),
                                                         dlg_destination_get_to (stay->d),
                                                         stay->approximate);
              g_autofree char *text = NULL;
              g_autofree char *shown = NULL;

              const char *words = dlg_mark_words (dlg_record_get_certainty (DLG_RECORD (stay->d)));

              /* Translators: a timeline bar's tooltip: lane, place, dates, status */
              text = g_strdup_printf (_("%s\n%s, %s, %s"), lane->label, place, dates,
                                      dlg_visit_status_to_label (
                                        dlg_destination_get_status (stay->d)));
              if (words != NULL)
                {
                  char *with_words = g_strconcat (text, "\n", words, NULL);

                  g_free (text);
                  text = with_words;
                }
              shown = dlg_text_in_locale_direction (text);
              gtk_tooltip_set_text (tooltip, shown);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static void
dlg_timeline_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  DlgTimeline *self = DLG_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 300;
      *natural = 900;
    }
  else
    *minimum = *natural = self->lanes->len > 0 || self->events->len > 0
                          ? lanes_top (self) + (int) (self->lanes->len + (self->more > 0)) *
                            LANE_HEIGHT + 8
                          : 0;
}

static void
dlg_timeline_dispose (GObject *object)
{
  DlgTimeline *self = DLG_TIMELINE (object);

  g_clear_object (&self->sides[0]);
  g_clear_object (&self->sides[1]);
  g_clear_pointer (&self->reached, g_hash_table_unref);
  g_clear_pointer (&self->lanes, g_ptr_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->events, g_array_unref);

  G_OBJECT_CLASS (dlg_timeline_parent_class)->dispose (object);
}

static void
dlg_timeline_class_init (DlgTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_timeline_dispose;
  widget_class->snapshot = dlg_timeline_snapshot;
  widget_class->query_tooltip = query_tooltip;
  widget_class->measure = dlg_timeline_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
dlg_timeline_init (DlgTimeline *self)
{
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_array_set_clear_func (self->events, event_clear);
  gdk_rgba_parse (&self->colours[0], "#c64600");
  gdk_rgba_parse (&self->colours[1], "#1c71d8");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

GtkWidget *
dlg_timeline_new (void)
{
  return g_object_new (DLG_TYPE_TIMELINE, NULL);
}
