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
/* the stops without dates listed under the lanes, at most */
#define UNDATED_SHOWN 24
/* an event's text beside its marker: at most this wide (its tooltip and
 * the Overview's Background have it all), and never cut shorter than
 * this (or its whole width) */
#define EVENT_TEXT_MAX 260
#define EVENT_TEXT_MIN 110
/* rows of text a lane may take for the names of its bars (the numbers of
 * the bars that still have no room take more) */
#define MAX_ROWS 48
/* below a width of this many pixels the lane names go above their lanes
 * and the days take the whole width */
#define NARROW_WIDTH 640

typedef struct
{
  int first;
  int last;
  /* days of the spans before this one */
  int before;
} Span;

/* How a bar or an event is named where it is drawn: its name inside the
 * bar, beside it on the bar's row, on a row of text above or under the
 * bars, or, when none has room, a number keyed to the list under the
 * lanes */
typedef enum
{
  PLACED_NONE,
  PLACED_INSIDE,
  PLACED_BESIDE,
  PLACED_ROW,
  PLACED_NUMBER,
} Placed;

typedef struct
{
  Placed placed;
  /* the row of text (ROW_*), or -1 on the bar's own row */
  int row;
  /* left-to-right x of the text, and its width as drawn */
  double x;
  double width;
  guint number;
} Label;

typedef struct
{
  DlgDestination *d;
  int first;
  int last;
  gboolean approximate;
  gboolean planned;
  /* its name as drawn (isolated, with its mark), and its width (-1: not
   * measured yet) */
  char *name;
  int name_width;
  Label label;
} Stay;

typedef struct
{
  guint side;
  char *label;
  char *text;
  GArray *stays;
  /* where it is at the widget's width: its top, its height, its bars'
   * top; whether it has a row of text above the bars, and how many under */
  double top;
  double height;
  double bar_y;
  gboolean above;
  int below;
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
  int label_width;
  Label placed;
} Event;

/* the context lane's size: its markers and their text stay in it, no
 * line crosses a delegation's lane */
#define MARKER_SIZE 6
/* the mark of a stay the other side made at the same place within a
 * week: a corner of its bar this big */
#define LINK_MARK 9

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
  /* "Singapore (India · Group 3), …": the stops shown whose dates are not
   * reported, so not on the axis ("" for none) */
  char *undated;

  /* the layout at one width (layout_width; -1: none yet): where the
   * lanes are, how each bar and event is named, the key of the numbered
   * ones and the list of the undated under the lanes (footer) */
  int layout_width;
  int line_height;
  int names_width;
  gboolean narrow;
  double events_height;
  gboolean events_above;
  int events_below;
  double lanes_end;
  double footer_y;
  int height;
  char *footer;
};

G_DEFINE_FINAL_TYPE (DlgTimeline, dlg_timeline, GTK_TYPE_WIDGET)

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  for (guint i = 0; i < lane->stays->len; i++)
    {
      g_object_unref (g_array_index (lane->stays, Stay, i).d);
      g_free (g_array_index (lane->stays, Stay, i).name);
    }
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

static void ensure_layout (DlgTimeline *self,
                           int          width);

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

/* A stop of a delegation whose dates are not reported, as the list under
 * the lanes says it: "Singapore (India · Group 3)", and its status when it
 * was not visited */
static char *
undated_entry (DlgDestination *dest,
               const char     *lane_label)
{
  g_autofree char *isolated = dlg_text_isolate (dlg_destination_get_place_label (dest));
  g_autofree char *place = dlg_mark_append (isolated, dlg_record_get_certainty (DLG_RECORD (dest)));
  DlgVisitStatus status = dlg_destination_get_status (dest);

  if (status == DLG_VISIT_STATUS_VISITED)
    /* Translators: a stop in the timeline's list of stops without dates: place, then
     * side and delegation, "Singapore (India · Group 3)" */
    return g_strdup_printf (_("%s (%s)"), place, lane_label);
  /* Translators: the same for a stop that was not visited: place, side and delegation,
   * status, "Paris (Pakistan · Peace delegation; planned, not visited)" */
  return g_strdup_printf (_("%s (%s; %s)"), place, lane_label, dlg_visit_status_to_label (status));
}

static void
add_lanes (DlgTimeline *self,
           DlgSide     *side,
           guint        index,
           GPtrArray   *undated,
           guint       *n_undated)
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
      /* Translators: a timeline lane's name: side and delegation, "India · Group 1" */
      lane->label = g_strdup_printf (_("%s · %s"), side_name, label);
      for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
        {
          g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
          g_autofree char *isolated = dlg_text_isolate (dlg_destination_get_place_label (dest));
          /* a stay no two sources confirm carries its mark */
          g_autofree char *place = dlg_mark_append (isolated,
                                                    dlg_record_get_certainty (DLG_RECORD (dest)));
          g_autofree char *dates = NULL;
          Stay stay = { NULL, 0, 0, FALSE, FALSE, NULL, -1, { 0 } };

          if (shown != NULL && !g_hash_table_contains (shown, dest))
            continue;
          if (!dlg_destination_get_days (dest, &stay.first, &stay.last))
            {
              /* not on the axis: in the list of the undated, the first of them */
              if (*n_undated < UNDATED_SHOWN)
                g_ptr_array_add (undated, undated_entry (dest, lane->label));
              ++*n_undated;
              continue;
            }
          stay.d = g_object_ref (dest);
          stay.name = g_strdup (place);
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
      Stay stay = { .first = event->first, .last = event->last };

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
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *label = NULL;
  guint n_undated = 0;

  g_ptr_array_set_size (self->lanes, 0);
  g_array_set_size (self->links, 0);
  self->more = 0;
  self->layout_width = -1;
  for (guint i = 0; i < 2; i++)
    if (self->sides[i] != NULL)
      add_lanes (self, self->sides[i], i, undated, &n_undated);
  make_spans (self);

  g_clear_pointer (&self->undated, g_free);
  if (n_undated > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < undated->len; i++)
        /* Translators: separates the entries of a list under the timeline */
        g_string_append_printf (list, "%s%s", i > 0 ? _(", ") : "",
                                (const char *) g_ptr_array_index (undated, i));
      if (n_undated > undated->len)
        {
          guint more = n_undated - undated->len;

          g_string_append (list, _(", "));
          g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                     "and %u more", more), more);
        }
      /* Translators: under the timeline, the stops it cannot draw: "Dates not reported:
       * Singapore (India · Group 3), Jakarta (India · Group 3)" */
      self->undated = g_strdup_printf (_("Dates not reported: %s"), list->str);
    }

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
  /* the stops without dates, one line after the lanes */
  if (self->undated != NULL)
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n" : "",
                            self->undated);
  /* the context lane, one line after them */
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
      Event event = { .label_width = -1 };

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

/* --- layout --- */

/* rows of text in a lane: ROW_BELOW the first under the bars, ROW_ABOVE
 * the one above them, then more under (2: the second under, ...) */
#define ROW_BELOW 0
#define ROW_ABOVE 1
/* room between two texts on a row, and between a bar and its text */
#define ROW_GAP 8
#define BESIDE_GAP 4

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
static int
line_height (DlgTimeline *self)
{
  if (self->line_height <= 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "Ag");

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

/* Text on a bar of this colour: black or white, whichever reads better */
static void
text_on (const GdkRGBA *bar,
         GdkRGBA       *text)
{
  double c[3] = { bar->red, bar->green, bar->blue };
  double l;

  /* WCAG's relative luminance: black has the better contrast from 0.179 */
  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.04045 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  *text = l > 0.179 ? (GdkRGBA) { 0, 0, 0, 1 } : (GdkRGBA) { 1, 1, 1, 1 };
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
 * reading order, with a break mark BREAK_WIDTH wide between spans.  In a
 * narrow widget the names are above their lanes and the days take the
 * whole width. */
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
static void
get_scale (DlgTimeline *self,
           Scale       *scale)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  ensure_layout (self, width);
  compute_scale (self, width, self->narrow, self->names_width, scale);
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
  double x0 = day_x (self, scale, stay->first);
  double x1 = day_x (self, scale, stay->last + 1);

  if (stay_index > 0 && g_array_index (lane->stays, Stay, stay_index - 1).last >= stay->first)
    x0 += scale->px_per_day / 2;
  if (stay_index + 1 < lane->stays->len &&
      g_array_index (lane->stays, Stay, stay_index + 1).first <= stay->last)
    x1 -= scale->px_per_day / 2;
  *x = x0;
  *w = MAX (x1 - x0 - 2, 3);
}

/* A stay's bar, in the widget's coordinates */
static void
bar_rect (DlgTimeline     *self,
          const Scale     *scale,
          guint            lane_index,
          guint            stay_index,
          graphene_rect_t *r)
{
  Lane *lane = g_ptr_array_index (self->lanes, lane_index);
  double x, w;

  bar_extent (self, scale, lane, stay_index, &x, &w);
  graphene_rect_init (r, mirror_x (scale, x, w), lane->bar_y, w, BAR_HEIGHT);
}

/* The top of a text: on the bar's row (row -1) or on one of the rows
 * above and under it */
static double
row_y (DlgTimeline *self,
       double       bar_y,
       int          row)
{
  int lh = line_height (self);

  if (row < 0)
    return bar_y + (BAR_HEIGHT - lh) / 2.0;
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
  double first = day_x (self, scale, event->first);
  double last = day_x (self, scale, event->last + 1);
  double first_mid = first + MIN (scale->px_per_day, last - first) / 2;

  *x0 = first_mid - MARKER_SIZE;
  *x1 = MAX (last, first_mid) + MARKER_SIZE;
}

/* The context lane's texts: beside each marker up to the next, else on a
 * row under the markers, cut at EVENT_TEXT_MAX but never shorter than
 * EVENT_TEXT_MIN, else its number (in the key) */
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
        continue;
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
  int lh = line_height (self);

  return (LANE_HEIGHT - BAR_HEIGHT) + (above ? lh + 1 : 0) + BAR_HEIGHT +
         (below > 0 ? 1 + below * lh : 0);
}

static PangoLayout *
footer_layout (DlgTimeline *self,
               int          width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->footer);

  pango_layout_set_width (layout, MAX (width - 16, 40) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Where everything is at this width: made once a width (and again when
 * the lanes, the events or the font change) */
static void
ensure_layout (DlgTimeline *self,
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

  y = AXIS_HEIGHT;
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
      lane->bar_y = y + (LANE_HEIGHT - BAR_HEIGHT) / 2.0 + (lane->above ? line_height (self) + 1 : 0);
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
      g_autoptr(PangoLayout) layout = footer_layout (self, width);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      y += 4 + h;
    }
  self->height = (int) ceil (y) + 8;
}

/* Forgets the layout and what was measured for it (the font changed) */
static void
forget_layout (DlgTimeline *self)
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
  get_scale (self, &scale);
  bar_rect (self, &scale, lane, stay, area);
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
  get_scale (self, &scale);
  l = g_ptr_array_index (self->lanes, lane);
  graphene_rect_init (area, 0, l->top, scale.width, l->height);
  return TRUE;
}

/* A label's text as drawn and where, in the widget's coordinates */
static char *
label_text (const Label *label,
            const char  *name)
{
  if (label->placed == PLACED_NUMBER)
    return g_strdup_printf ("%u", label->number);
  return g_strdup (name);
}

static void
label_rect (DlgTimeline     *self,
            const Scale     *scale,
            const Label     *label,
            double           bar_y,
            graphene_rect_t *r)
{
  graphene_rect_init (r, mirror_x (scale, label->x, label->width), row_y (self, bar_y, label->row),
                      label->width, line_height (self));
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
  get_scale (self, &scale);
  l = g_ptr_array_index (self->lanes, lane);
  s = &g_array_index (l->stays, Stay, stay);
  if (s->label.placed == PLACED_NONE)
    return NULL;
  if (area != NULL)
    label_rect (self, &scale, &s->label, l->bar_y, area);
  return label_text (&s->label, s->name);
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
  get_scale (self, &scale);
  e = &g_array_index (self->events, Event, event);
  if (e->placed.placed == PLACED_NONE)
    return NULL;
  if (area != NULL)
    label_rect (self, &scale, &e->placed, AXIS_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2.0 +
                (self->events_above ? line_height (self) + 1 : 0), area);
  return label_text (&e->placed, e->label);
}

const char *
dlg_timeline_get_footer_text (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);

  ensure_layout (self, gtk_widget_get_width (GTK_WIDGET (self)));
  return self->footer != NULL ? self->footer : "";
}

const char *
dlg_timeline_get_undated_text (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);
  return self->undated != NULL ? self->undated : "";
}

/* Where both sides were within a week, a mark on each of the two bars: a
 * corner of the bar in the other side's colour, inside the bar, so no
 * line crosses another lane */
static void
link_mark (DlgTimeline     *self,
           const Scale     *scale,
           guint            lane,
           guint            stay,
           graphene_rect_t *r)
{
  graphene_rect_t bar;
  double size;

  bar_rect (self, scale, lane, stay, &bar);
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
  get_scale (self, &scale);
  l = &g_array_index (self->links, Link, link);
  *lane_a = l->lane_a;
  *lane_b = l->lane_b;
  link_mark (self, &scale, l->lane_a, l->stay_a, mark_a);
  link_mark (self, &scale, l->lane_b, l->stay_b, mark_b);
  return TRUE;
}

/* The y of the middle of the context lane's markers */
static double
events_middle (DlgTimeline *self)
{
  return AXIS_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2.0 +
         (self->events_above ? line_height (self) + 1 : 0) + BAR_HEIGHT / 2.0;
}

/* An event's marker in the widget's coordinates */
static void
event_marker (DlgTimeline     *self,
              const Scale     *scale,
              guint            index,
              graphene_rect_t *marker)
{
  double x0, x1;

  event_extent (self, scale, index, &x0, &x1);
  graphene_rect_init (marker, mirror_x (scale, x0, x1 - x0), events_middle (self) - MARKER_SIZE,
                      x1 - x0, 2 * MARKER_SIZE);
}

/* A label's text where its label says, in colour */
static void
draw_label (DlgTimeline   *self,
            cairo_t       *cr,
            const Scale   *scale,
            const Label   *label,
            const char    *name,
            double         bar_y,
            const GdkRGBA *colour)
{
  g_autofree char *text = label_text (label, name);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  graphene_rect_t r;
  PangoRectangle logical;

  if (label->placed == PLACED_NONE)
    return;
  label_rect (self, scale, label, bar_y, &r);
  pango_layout_set_width (layout, (int) ceil (label->width + 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
  /* at its start in reading order: the right end of r right to left */
  cairo_move_to (cr, (scale->rtl ? r.origin.x + r.size.width - logical.width : r.origin.x) -
                 logical.x, r.origin.y);
  pango_cairo_show_layout (cr, layout);
}

/* A lane's name at its start, beside its bars, or above them in a narrow
 * widget */
static void
draw_lane_name (DlgTimeline   *self,
                cairo_t       *cr,
                const Scale   *scale,
                const char    *text,
                double         bar_y,
                const GdkRGBA *fg)
{
  g_autoptr(PangoLayout) name = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoRectangle logical;
  int room = self->narrow ? scale->width - 16 : scale->left - LABEL_GAP - 8;
  double y = self->narrow ? row_y (self, bar_y, ROW_ABOVE) : row_y (self, bar_y, -1);

  pango_layout_set_width (name, MAX (room, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (name, NULL, &logical);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
  cairo_move_to (cr, mirror_x (scale, 8, logical.width) - logical.x, y);
  pango_cairo_show_layout (cr, name);
}

static void
draw_events (DlgTimeline   *self,
             cairo_t       *cr,
             const Scale   *scale,
             const GdkRGBA *fg)
{
  double middle = events_middle (self);
  double bar_y = middle - BAR_HEIGHT / 2.0;

  if (self->events->len == 0)
    return;
  /* the lane's name, as a delegation's, without a side's stripe */
  draw_lane_name (self, cr, scale, _("Background"), bar_y, fg);

  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      graphene_rect_t r;
      double cx;
      double dashes[] = { 3, 2 };

      event_marker (self, scale, i, &r);
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
      draw_label (self, cr, scale, &event->placed, event->label, bar_y, fg);
    }
}

/* A stay's bar: filled, faint with a dashed edge when its dates are
 * approximate, hatched when it was planned and not made; the text on it
 * in the colour that reads on it */
static void
draw_bar (DlgTimeline           *self,
          cairo_t               *cr,
          const graphene_rect_t *r,
          const Stay            *stay,
          const GdkRGBA         *colour,
          const GdkRGBA         *fg,
          GdkRGBA               *text)
{
  cairo_rectangle (cr, r->origin.x, r->origin.y, r->size.width, r->size.height);
  if (stay->planned)
    {
      /* planned, not made: hatched */
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      for (double x = r->origin.x - r->size.height; x < r->origin.x + r->size.width; x += 6)
        {
          cairo_move_to (cr, x, r->origin.y + r->size.height);
          cairo_line_to (cr, x + r->size.height, r->origin.y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      *text = *fg;
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
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.6);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (stay->approximate)
        {
          /* the faint bar over the background: the theme's, light or dark as its
           * text is dark or light */
          gboolean dark = fg->red + fg->green + fg->blue > 1.5;
          double under = dark ? 0.14 : 1.0;
          GdkRGBA seen = { 0.55 * colour->red + 0.45 * under, 0.55 * colour->green + 0.45 * under,
                           0.55 * colour->blue + 0.45 * under, 1 };

          text_on (&seen, text);
        }
      else
        text_on (colour, text);
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

  if ((self->lanes->len == 0 && self->events->len == 0 && self->undated == NULL) || width <= 0)
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
      cairo_line_to (cr, floor (x) + 0.5, self->lanes_end);
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
                       scale.break_width * 2 / 3, self->lanes_end - AXIS_HEIGHT + 4);
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

      /* the lane's name, with a stripe of the side's colour, at the start */
      cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
      cairo_rectangle (cr, mirror_x (&scale, 0, 4), lane->top + 5, 4, lane->height - 10);
      cairo_fill (cr);
      draw_lane_name (self, cr, &scale, lane->label, lane->bar_y, &fg);

      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          graphene_rect_t r;
          GdkRGBA text;

          bar_rect (self, &scale, i, j, &r);
          draw_bar (self, cr, &r, stay, colour, &fg, &text);
          draw_label (self, cr, &scale, &stay->label, stay->name, lane->bar_y,
                      stay->label.placed == PLACED_INSIDE ||
                      (stay->label.placed == PLACED_NUMBER && stay->label.row < 0) ? &text : &fg);
        }
    }

  /* both sides at one place within a week: a corner of each bar in the
   * other side's colour (the tooltip and "Where both sides were" say
   * more) */
  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);

      for (guint k = 0; k < 2; k++)
        {
          guint lane_index = k == 0 ? link->lane_a : link->lane_b;
          guint other = k == 0 ? link->lane_b : link->lane_a;
          const GdkRGBA *colour =
            &self->colours[((Lane *) g_ptr_array_index (self->lanes, other))->side];
          graphene_rect_t m;
          double x_corner, x_edge;

          link_mark (self, &scale, lane_index, k == 0 ? link->stay_a : link->stay_b, &m);
          x_corner = scale.rtl ? m.origin.x : m.origin.x + m.size.width;
          x_edge = scale.rtl ? m.origin.x + m.size.width : m.origin.x;
          cairo_move_to (cr, x_corner, m.origin.y);
          cairo_line_to (cr, x_edge, m.origin.y);
          cairo_line_to (cr, x_corner, m.origin.y + m.size.height);
          cairo_close_path (cr);
          cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
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
      cairo_move_to (cr, mirror_x (&scale, 8, tw), self->lanes_end - LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, layout);
    }

  /* the key of the numbered bars, the stops without dates */
  if (self->footer != NULL)
    {
      g_autoptr(PangoLayout) layout = footer_layout (self, width);

      pango_layout_set_alignment (layout, scale.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      cairo_move_to (cr, 8, self->footer_y);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
}

/* A bar's tooltip: lane, place, dates, status, how sure; and the other
 * side's stay there within a week */
static char *
stay_tooltip (DlgTimeline *self,
              guint        lane_index,
              guint        stay_index)
{
  Lane *lane = g_ptr_array_index (self->lanes, lane_index);
  const Stay *stay = &g_array_index (lane->stays, Stay, stay_index);
  g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (stay->d));
  g_autofree char *dates = dlg_format_dates (dlg_destination_get_from (stay->d),
                                             dlg_destination_get_to (stay->d),
                                             stay->approximate);
  const char *words = dlg_mark_words (dlg_record_get_certainty (DLG_RECORD (stay->d)));
  GString *text = g_string_new (NULL);

  /* Translators: a timeline bar's tooltip: lane, place, dates, status */
  g_string_append_printf (text, _("%s\n%s, %s, %s"), lane->label, place, dates,
                          dlg_visit_status_to_label (dlg_destination_get_status (stay->d)));
  if (words != NULL)
    g_string_append_printf (text, "\n%s", words);
  for (guint i = 0; i < self->links->len; i++)
    {
      const Link *link = &g_array_index (self->links, Link, i);
      gboolean is_a = link->lane_a == lane_index && link->stay_a == stay_index;
      gboolean is_b = link->lane_b == lane_index && link->stay_b == stay_index;
      Lane *other;
      const Stay *there;
      g_autofree char *other_dates = NULL;
      g_autofree char *gap = NULL;

      if (!is_a && !is_b)
        continue;
      other = g_ptr_array_index (self->lanes, is_a ? link->lane_b : link->lane_a);
      there = &g_array_index (other->stays, Stay, is_a ? link->stay_b : link->stay_a);
      other_dates = dlg_format_dates (dlg_destination_get_from (there->d),
                                      dlg_destination_get_to (there->d), there->approximate);
      gap = dlg_stays_apart_text (stay->d, there->d);
      /* Translators: in a timeline bar's tooltip, the other side's stay at the same place
       * (the mark in the bar's corner): lane, place, dates, how far apart, "Also there:
       * Pakistan · Peace delegation, London, c. 8–10 Jun 2025: 5 days apart" */
      g_string_append_printf (text, _("\nAlso there: %s, %s, %s: %s"), other->label, there->name,
                              other_dates, gap != NULL ? gap : "");
    }
  return g_string_free (text, FALSE);
}

static gboolean
label_contains (DlgTimeline *self,
                const Scale *scale,
                const Label *label,
                double       bar_y,
                int          x,
                int          y)
{
  graphene_rect_t r;

  if (label->placed == PLACED_NONE || label->placed == PLACED_INSIDE)
    return FALSE;
  label_rect (self, scale, label, bar_y, &r);
  return graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y));
}

/* The place and dates of the bar (or its name) under the pointer */
static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  DlgTimeline *self = DLG_TIMELINE (widget);
  double events_bar_y;
  Scale scale;

  if (self->lanes->len == 0 && self->events->len == 0)
    return FALSE;
  get_scale (self, &scale);
  events_bar_y = events_middle (self) - BAR_HEIGHT / 2.0;
  /* an event on the context lane: its dates, text and sources, and how
   * sure it is in words */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      graphene_rect_t r;

      event_marker (self, &scale, i, &r);
      graphene_rect_inset (&r, -2, -4);
      if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)) ||
          label_contains (self, &scale, &event->placed, events_bar_y, x, y))
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

      if (y < lane->top || y >= lane->top + lane->height)
        continue;
      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          graphene_rect_t r;

          bar_rect (self, &scale, i, j, &r);
          if (graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT (x, y)) ||
              label_contains (self, &scale, &stay->label, lane->bar_y, x, y))
            {
              g_autofree char *text = stay_tooltip (self, i, j);
              g_autofree char *shown = dlg_text_in_locale_direction (text);

              gtk_tooltip_set_text (tooltip, shown);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static GtkSizeRequestMode
dlg_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
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
  else if (self->lanes->len > 0 || self->events->len > 0 || self->undated != NULL)
    {
      /* the rows of names and the key take more height when narrower; with
       * no width given, the height at the width it has (one layout, not two) */
      int width = gtk_widget_get_width (widget);

      ensure_layout (self, for_size > 0 ? for_size : width > 0 ? width : 900);
      *minimum = *natural = self->height;
    }
  else
    *minimum = *natural = 0;
}

static void
dlg_timeline_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  DlgTimeline *self = DLG_TIMELINE (widget);

  GTK_WIDGET_CLASS (dlg_timeline_parent_class)->css_changed (widget, change);
  /* a new font: every name measured anew */
  forget_layout (self);
  gtk_widget_queue_resize (widget);
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
  g_clear_pointer (&self->undated, g_free);
  g_clear_pointer (&self->footer, g_free);

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
  widget_class->get_request_mode = dlg_timeline_get_request_mode;
  widget_class->measure = dlg_timeline_measure;
  widget_class->css_changed = dlg_timeline_css_changed;
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
  self->layout_width = -1;
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
