/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "dlg-timeline.h"
#include "dlg-marks.h"
#include "dlg-sets.h"
#include "dlg-style.h"

#include "dlg-timeline-private.h"

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


/* Whether a delegation has a stay to draw */
static gboolean
has_stay (GListModel *stops,
          GHashTable *shown)
{
  for (guint j = 0; j < g_list_model_get_n_items (stops); j++)
    {
      g_autoptr(DlgDestination) dest = g_list_model_get_item (stops, j);
      int first, last;

      if ((shown == NULL || g_hash_table_contains (shown, dest)) &&
          dlg_destination_get_days (dest, &first, &last))
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
          g_autofree char *isolated = NULL;
          g_autofree char *place = NULL;
          g_autofree char *dates = NULL;
          Stay stay = { NULL, 0, 0, FALSE, FALSE, NULL, -1, { 0 } };

          /* the stops of the members shown, before any text is made: at 100 000
           * members a search leaves thousands of delegations none */
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
          isolated = dlg_text_isolate (dlg_destination_get_place_label (dest));
          /* a stay no two sources confirm carries its mark */
          place = dlg_mark_append (isolated, dlg_record_get_certainty (DLG_RECORD (dest)));
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


const char *
dlg_timeline_get_undated_text (DlgTimeline *self)
{
  g_return_val_if_fail (DLG_IS_TIMELINE (self), NULL);
  return self->undated != NULL ? self->undated : "";
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
  g_autofree char *text = dlg_timeline_label_text (label, name);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  graphene_rect_t r;
  PangoRectangle logical;

  if (label->placed == PLACED_NONE)
    return;
  dlg_timeline_label_rect (self, scale, label, bar_y, &r);
  pango_layout_set_width (layout, (int) ceil (label->width + 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (layout, NULL, &logical);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
  /* at its start in reading order: the right end of r right to left */
  /* in the middle of its box (on the bar's row, text of a taller script
   * than its own, as Latin names in Urdu, stays on the bar) */
  cairo_move_to (cr, (scale->rtl ? r.origin.x + r.size.width - logical.width : r.origin.x) -
                 logical.x, r.origin.y + (r.size.height - logical.height) / 2.0);
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
  double y;

  pango_layout_set_width (name, MAX (room, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (name, NULL, &logical);
  y = self->narrow ? dlg_timeline_row_y (self, bar_y, ROW_ABOVE)
                   : bar_y + (BAR_HEIGHT - logical.height) / 2.0;
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 1);
  cairo_move_to (cr, dlg_timeline_mirror_x (scale, 8, logical.width) - logical.x, y);
  pango_cairo_show_layout (cr, name);
}

static void
draw_events (DlgTimeline   *self,
             cairo_t       *cr,
             const Scale   *scale,
             const GdkRGBA *fg)
{
  double middle = dlg_timeline_events_middle (self);
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

      dlg_timeline_event_marker (self, scale, i, &r);
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
  dlg_timeline_get_scale (self, &scale);
  dlg_widget_foreground (GTK_WIDGET (self), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* the axis: a line a day where there is room, dates as far apart as
   * they need */
  ticks = dlg_timeline_axis_ticks (self, &scale);
  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < ticks->len; i++)
    {
      const Tick *tick = &g_array_index (ticks, Tick, i);
      double x = dlg_timeline_mirror_x (&scale, tick->x, 0);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, tick->labelled ? 0.25 : 0.08);
      cairo_move_to (cr, floor (x) + 0.5, self->axis_height - 4);
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
      double x0 = dlg_timeline_day_x (self, &scale, g_array_index (self->spans, Span, i).last + 1);
      double x = dlg_timeline_mirror_x (&scale, x0, scale.break_width);
      double middle = x + scale.break_width / 2;
      int strokes = scale.break_width >= 16 ? 2 : 1;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.06);
      cairo_rectangle (cr, x + scale.break_width / 6, self->axis_height - 4,
                       scale.break_width * 2 / 3, self->lanes_end - self->axis_height + 4);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
      cairo_set_line_width (cr, 1.5);
      for (int k = 0; k < strokes; k++)
        {
          double mx = middle + (strokes == 2 ? (k == 0 ? -3 : 3) : 0);

          cairo_move_to (cr, mx - 3, self->axis_height);
          cairo_line_to (cr, mx + 3, self->axis_height - 10);
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
      cairo_rectangle (cr, dlg_timeline_mirror_x (&scale, 0, 4), lane->top + 5, 4,
                       lane->height - 10);
      cairo_fill (cr);
      draw_lane_name (self, cr, &scale, lane->label, lane->bar_y, &fg);

      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          graphene_rect_t r;
          GdkRGBA text;

          dlg_timeline_bar_rect (self, &scale, i, j, &r);
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

          dlg_timeline_link_mark (self, &scale, lane_index,
                                  k == 0 ? link->stay_a : link->stay_b, &m);
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
      cairo_move_to (cr, dlg_timeline_mirror_x (&scale, 8, tw), self->lanes_end - LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, layout);
    }

  /* the key of the numbered bars, the stops without dates */
  if (self->footer != NULL)
    {
      g_autoptr(PangoLayout) layout = dlg_timeline_footer_layout (self, width);

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
  dlg_timeline_label_rect (self, scale, label, bar_y, &r);
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
  dlg_timeline_get_scale (self, &scale);
  events_bar_y = dlg_timeline_events_middle (self) - BAR_HEIGHT / 2.0;
  /* an event on the context lane: its dates, text and sources, and how
   * sure it is in words */
  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);
      graphene_rect_t r;

      dlg_timeline_event_marker (self, &scale, i, &r);
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

          dlg_timeline_bar_rect (self, &scale, i, j, &r);
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

      dlg_timeline_ensure_layout (self, for_size > 0 ? for_size : width > 0 ? width : 900);
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
  dlg_timeline_forget_layout (self);
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
