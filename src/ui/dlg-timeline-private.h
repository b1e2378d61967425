/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-timeline.h"

G_BEGIN_DECLS

/* The timeline is split by concern: dlg-timeline.c (the lanes and events
 * from the model, what screen readers get, the drawing, tooltips and the
 * class), dlg-timeline-layout.c (where the days, bars and names go at a
 * width: the scale, the axis, each bar's and event's name inside, beside,
 * on a row of text or numbered, the lanes' heights and the text under
 * them). */

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
  /* the axis's dates: AXIS_HEIGHT, more in a taller script */
  double axis_height;
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

/* rows of text in a lane: ROW_BELOW the first under the bars, ROW_ABOVE
 * the one above them, then more under (2: the second under, ...) */
#define ROW_BELOW 0
#define ROW_ABOVE 1
/* room between two texts on a row, and between a bar and its text */
#define ROW_GAP 8
#define BESIDE_GAP 4

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

/* A line on the axis, a date over it when labelled */
typedef struct
{
  double x;
  gboolean labelled;
  char label[48];
} Tick;

/* The scale at the widget's width, its layout made */
void dlg_timeline_get_scale (DlgTimeline *self,
                             Scale       *scale);

/* Where everything is at this width: made once a width (and again when
 * the lanes, the events or the font change) */
void dlg_timeline_ensure_layout (DlgTimeline *self,
                                 int          width);

/* Forgets the layout and what was measured for it (the font changed) */
void dlg_timeline_forget_layout (DlgTimeline *self);

/* x of a left-to-right drawing, for a span of w pixels starting there */
double dlg_timeline_mirror_x (const Scale *scale,
                              double       x,
                              double       w);

/* Left-to-right x of the start of a day (day + 1: of its end) */
double dlg_timeline_day_x (DlgTimeline *self,
                           const Scale *scale,
                           int          day);

/* The axis at this scale, span after span */
GArray *dlg_timeline_axis_ticks (DlgTimeline *self,
                                 const Scale *scale);

/* A stay's bar, in the widget's coordinates */
void dlg_timeline_bar_rect (DlgTimeline     *self,
                            const Scale     *scale,
                            guint            lane_index,
                            guint            stay_index,
                            graphene_rect_t *r);

/* The top of a text: on the bar's row (row -1) or on one of the rows
 * above and under it */
double dlg_timeline_row_y (DlgTimeline *self,
                           double       bar_y,
                           int          row);

/* A line of text: the height of a row of names */
int dlg_timeline_line_height (DlgTimeline *self);

/* Where a bar's or an event's name is drawn, in the widget's coordinates */
void dlg_timeline_label_rect (DlgTimeline     *self,
                              const Scale     *scale,
                              const Label     *label,
                              double           bar_y,
                              graphene_rect_t *r);

/* A name as drawn: the name, or its number in the key */
char *dlg_timeline_label_text (const Label *label,
                               const char  *name);

/* Where both sides were within a week, a mark on each of the two bars: a
 * corner of the bar in the other side's colour, inside the bar, so no
 * line crosses another lane */
void dlg_timeline_link_mark (DlgTimeline     *self,
                             const Scale     *scale,
                             guint            lane,
                             guint            stay,
                             graphene_rect_t *r);

/* The y of the middle of the context lane's markers */
double dlg_timeline_events_middle (DlgTimeline *self);

/* An event's marker in the widget's coordinates */
void dlg_timeline_event_marker (DlgTimeline     *self,
                                const Scale     *scale,
                                guint            index,
                                graphene_rect_t *marker);

/* The text under the lanes, wrapped at the width */
PangoLayout *dlg_timeline_footer_layout (DlgTimeline *self,
                                         int          width);

G_END_DECLS
