#define G_LOG_DOMAIN "dlg-timeline"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "dlg-timeline.h"
#include "dlg-overview.h"

#define AXIS_HEIGHT 24
#define LANE_HEIGHT 28
#define BAR_HEIGHT 18
#define LABEL_GAP 12
#define NEAR_DAYS 7
/* lanes drawn per side: a timeline of thousands of delegations is neither
 * readable nor cheap; the rest are counted under the lanes */
#define MAX_LANES_PER_SIDE 30

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
  int day0;
  int day1;
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
          g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (dest));
          g_autofree char *dates = NULL;
          Stay stay = { NULL, 0, 0, FALSE, FALSE };

          if (!dlg_destination_get_days (dest, &stay.first, &stay.last) ||
              (shown != NULL && !g_hash_table_contains (shown, dest)))
            continue;
          stay.d = g_object_ref (dest);
          stay.approximate = dlg_destination_get_dates_approximate (dest);
          stay.planned = dlg_destination_get_status (dest) != DLG_VISIT_STATUS_VISITED;
          g_array_append_val (lane->stays, stay);
          self->day0 = MIN (self->day0, stay.first);
          self->day1 = MAX (self->day1, stay.last);

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

static void
rebuild (DlgTimeline *self)
{
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *label = NULL;

  g_ptr_array_set_size (self->lanes, 0);
  g_array_set_size (self->links, 0);
  self->more = 0;
  self->day0 = G_MAXINT;
  self->day1 = G_MININT;
  for (guint i = 0; i < 2; i++)
    if (self->sides[i] != NULL)
      add_lanes (self, self->sides[i], i);

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
dlg_timeline_set_reached (DlgTimeline *self,
                          GHashTable  *reached)
{
  g_return_if_fail (DLG_IS_TIMELINE (self));

  dlg_replace_set (&self->reached, reached);
  rebuild (self);
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
      g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (m->a));
      g_autofree char *label_a = dlg_text_isolate (dlg_destination_get_delegation_label (m->a));
      g_autofree char *label_b = dlg_text_isolate (dlg_destination_get_delegation_label (m->b));
      g_autofree char *dates_a = dlg_format_dates (dlg_destination_get_from (m->a),
                                                   dlg_destination_get_to (m->a),
                                                   dlg_destination_get_dates_approximate (m->a));
      g_autofree char *dates_b = dlg_format_dates (dlg_destination_get_from (m->b),
                                                   dlg_destination_get_to (m->b),
                                                   dlg_destination_get_dates_approximate (m->b));
      g_autofree char *gap = m->days_apart == 0
        ? g_strdup (_("there at the same time"))
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day apart", "%d days apart",
                                        (gulong) m->days_apart), m->days_apart);

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

static void
day_label (int   day,
           char *buf,
           gsize size)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) day);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  /* Translators: a day on the timeline's axis, "27 May"; a g_date_time_format() format */
  text = g_date_time_format (dt, C_("date format", "%-d %b"));
  g_strlcpy (buf, text != NULL ? text : "", size);
}

/* Where the days are: the lane names take the start of the width (the
 * left, or the right in a right-to-left language), the days the rest, in
 * reading order. */
typedef struct
{
  int width;
  int left;
  double px_per_day;
  gboolean rtl;
} Scale;

static void
get_scale (DlgTimeline *self,
           Scale       *scale)
{
  scale->width = gtk_widget_get_width (GTK_WIDGET (self));
  scale->left = label_width (self);
  scale->px_per_day = MAX (1.0, (scale->width - scale->left - 8) /
                                (double) (self->day1 - self->day0 + 1));
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
  double x0 = scale->left + (stay->first - self->day0) * scale->px_per_day;
  double x1 = scale->left + (stay->last - self->day0 + 1) * scale->px_per_day;
  double y = AXIS_HEIGHT + lane_index * LANE_HEIGHT + (LANE_HEIGHT - BAR_HEIGHT) / 2.0;
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

static void
dlg_timeline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  DlgTimeline *self = DLG_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int days, step;
  Scale scale;
  cairo_t *cr;
  GdkRGBA fg;

  if (self->lanes->len == 0 || width <= 0)
    return;
  get_scale (self, &scale);
  days = self->day1 - self->day0 + 1;
  dlg_widget_foreground (GTK_WIDGET (self), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* the axis: a tick a day, a date where there is room */
  step = scale.px_per_day >= 60 ? 1 : scale.px_per_day >= 30 ? 2 : scale.px_per_day >= 12 ? 5 : 7;
  for (int d = 0; d < days; d++)
    {
      double x = mirror_x (&scale, scale.left + d * scale.px_per_day, 0);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, d % step == 0 ? 0.25 : 0.08);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, floor (x) + 0.5, AXIS_HEIGHT - 4);
      cairo_line_to (cr, floor (x) + 0.5, height);
      cairo_stroke (cr);
      if (d % step == 0)
        {
          char text[32];
          g_autoptr(PangoLayout) layout = NULL;
          int tw;

          day_label (self->day0 + d, text, sizeof text);
          layout = gtk_widget_create_pango_layout (widget, text);
          pango_layout_get_pixel_size (layout, &tw, NULL);
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.8);
          /* after the day's line, in reading order */
          cairo_move_to (cr, scale.rtl ? x - 2 - tw : x + 2, 2);
          pango_cairo_show_layout (cr, layout);
        }
    }

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = g_ptr_array_index (self->lanes, i);
      const GdkRGBA *colour = &self->colours[lane->side];
      g_autoptr(PangoLayout) name = gtk_widget_create_pango_layout (widget, lane->label);

      PangoRectangle logical;

      /* the lane's name, with a stripe of the side's colour, at the start */
      cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, 1);
      cairo_rectangle (cr, mirror_x (&scale, 0, 4), AXIS_HEIGHT + i * LANE_HEIGHT + 5, 4,
                       LANE_HEIGHT - 10);
      cairo_fill (cr);
      pango_layout_set_width (name, (scale.left - LABEL_GAP - 8) * PANGO_SCALE);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (name, NULL, &logical);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      cairo_move_to (cr, mirror_x (&scale, 8, logical.width) - logical.x,
                     AXIS_HEIGHT + i * LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, name);

      for (guint j = 0; j < lane->stays->len; j++)
        {
          const Stay *stay = &g_array_index (lane->stays, Stay, j);
          g_autofree char *place = dlg_text_isolate (dlg_destination_get_place_label (stay->d));
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
      cairo_move_to (cr, mirror_x (&scale, 8, tw), AXIS_HEIGHT + self->lanes->len * LANE_HEIGHT + 5);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
}

/* The place and dates of the bar under the pointer */
static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  DlgTimeline *self = DLG_TIMELINE (widget);
  Scale scale;

  if (self->lanes->len == 0)
    return FALSE;
  get_scale (self, &scale);
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

              /* Translators: a timeline bar's tooltip: lane, place, dates, status */
              text = g_strdup_printf (_("%s\n%s, %s, %s"), lane->label, place, dates,
                                      dlg_visit_status_to_label (
                                        dlg_destination_get_status (stay->d)));
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
    *minimum = *natural = self->lanes->len > 0 ? AXIS_HEIGHT + (int) (self->lanes->len +
                                                                   (self->more > 0)) *
                                                 LANE_HEIGHT + 8 : 0;
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
  g_clear_pointer (&self->meetings, g_ptr_array_unref);

  G_OBJECT_CLASS (dlg_timeline_parent_class)->dispose (object);
}

static void
dlg_timeline_class_init (DlgTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_timeline_dispose;
  widget_class->snapshot = dlg_timeline_snapshot;
  widget_class->measure = dlg_timeline_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
dlg_timeline_init (DlgTimeline *self)
{
  self->lanes = g_ptr_array_new_with_free_func (lane_free);
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
  gdk_rgba_parse (&self->colours[0], "#c64600");
  gdk_rgba_parse (&self->colours[1], "#1c71d8");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
dlg_timeline_new (void)
{
  return g_object_new (DLG_TYPE_TIMELINE, NULL);
}
