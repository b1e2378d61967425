/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-overview"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-headline.h"
#include "dlg-leaders.h"
#include "dlg-marks.h"
#include "dlg-overview.h"
#include "dlg-width-bin.h"
#include "dlg-details.h"

/* Sides with fewer stops (destinations) than this have their Overview
 * made at once when shown: the bundled dataset's takes 10 ms, and apart
 * it cost a frame more at startup and 6 MiB it kept */
#define AT_ONCE 2000

/* The parts that follow the filter, in the order they follow it */
enum
{
  PART_MAP = 1 << 0,
  PART_TIMELINE = 1 << 1,
  PART_BOARD = 1 << 2,
  PART_LEADERS = 1 << 3,
  PART_ALL = (1 << 4) - 1
};

struct _DlgOverview
{
  GtkWidget parent_instance;

  /* template */
  GtkScrolledWindow *scroller;
  GtkWidget *overview_box;
  DlgHeadline *headline;
  DlgMap *map;
  DlgBoard *board;
  /* under each heading, whether the part follows the filter: shown while
   * a filter is on */
  GtkWidget *map_caption;
  GtkWidget *board_caption;
  GtkWidget *leaders_caption;
  GtkWidget *timeline_caption;
  GtkWidget *meetings_caption;
  GtkWidget *comparison_caption;
  GtkBox *leaders;
  DlgTimeline *timeline;
  GtkLabel *meetings_label;
  GtkLabel *legend_label;
  GtkBox *comparison_box;

  DlgDataset *dataset;
  DlgSide *sides[2];
  DlgFilterResult *result;
  gboolean active;
  gboolean narrow;
  gboolean filtered;
  /* the parts still to follow the last change (PART_*), and whether the
   * sides are new to them (the map and the timeline take them anew) */
  guint stale;
  gboolean new_sides;
  guint source;
};

G_DEFINE_FINAL_TYPE (DlgOverview, dlg_overview, GTK_TYPE_WIDGET)

enum
{
  MEMBER_ACTIVATED,
  PLACE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the map, the timeline and the board show: the board places each
 * place from the whole dataset, and shows those reached.  "Confirmed
 * facts only" narrows the lists, not the comparison: the facts it hides
 * stay here, with their marks */
static GHashTable *
reached (DlgOverview *self)
{
  return self->result != NULL ? dlg_filter_result_get_reached_facts (self->result) : NULL;
}

/* The board: the two sides compared, or with three sides or more every
 * side (one column each, and the places they shared) */
static void
fill_board (DlgOverview *self)
{
  GListModel *all = dlg_dataset_get_sides (self->dataset);
  guint n = g_list_model_get_n_items (all);

  if (n > 2)
    {
      g_autoptr(GPtrArray) sides = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (sides, g_list_model_get_item (all, i));
      dlg_board_fill (self->board, (DlgSide **) sides->pdata, n, reached (self));
    }
  else
    dlg_board_fill (self->board, self->sides, 2, reached (self));
}

/* a leader card activated: the leader's details */
static void
leader_activated_cb (DlgOverview *self,
                     GtkButton   *button)
{
  DlgMember *leader = g_object_get_data (G_OBJECT (button), "leader");

  if (leader != NULL)
    g_signal_emit (self, signals[MEMBER_ACTIVATED], 0, leader);
}

static void
place_activated_cb (DlgOverview    *self,
                    DlgDestination *destination)
{
  g_signal_emit (self, signals[PLACE_ACTIVATED], 0, destination);
}

/* Brings the first part still stale up to date (all of them with all);
 * FALSE when none is left */
static gboolean
update (DlgOverview *self,
        gboolean     all)
{
  DlgSide *a = self->sides[0];
  DlgSide *b = self->sides[1];

  while (self->stale != 0 && self->dataset != NULL)
    {
      /* the lowest bit left */
      guint part = self->stale & -self->stale;

      self->stale &= ~part;
      if (part == PART_MAP && self->new_sides)
        dlg_map_set_sides (self->map, a, b, reached (self));
      else if (part == PART_MAP)
        dlg_map_set_reached (self->map, reached (self));
      else if (part == PART_TIMELINE && self->new_sides)
        {
          g_autoptr(GPtrArray) meetings = dlg_dataset_get_meetings (self->dataset, a, b);
          g_autofree char *where_met = NULL;

          self->new_sides = FALSE;
          dlg_timeline_set_background (self->timeline, self->dataset);
          dlg_timeline_set_sides (self->timeline, a, b, meetings, reached (self));
          where_met = dlg_timeline_describe_meetings (self->timeline);
          gtk_label_set_text (self->meetings_label,
                              where_met[0] != '\0' ? where_met : _("No place both sides visited."));
        }
      else if (part == PART_TIMELINE)
        dlg_timeline_set_reached (self->timeline, reached (self));
      else if (part == PART_BOARD)
        fill_board (self);
      else if (part == PART_LEADERS)
        dlg_leaders_fill (self->leaders, a, b,
                          self->result != NULL ? dlg_filter_result_get_delegations (self->result)
                                               : NULL,
                          G_CALLBACK (leader_activated_cb), self);
      if (!all)
        break;
    }
  return self->stale != 0 && self->dataset != NULL;
}

/* Shown, its parts follow one a main loop turn: at 100 000 members the
 * four together took 60-100 ms after the filter's count, and the window
 * did not answer meanwhile. */
static gboolean
update_cb (gpointer user_data)
{
  DlgOverview *self = user_data;

  if (update (self, FALSE))
    return G_SOURCE_CONTINUE;
  self->source = 0;
  return G_SOURCE_REMOVE;
}

void
dlg_overview_ensure (DlgOverview *self)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));

  g_clear_handle_id (&self->source, g_source_remove);
  update (self, TRUE);
}

/* Everything is stale: followed in parts while shown, input and timers
 * handled between them; else when shown (or asked for).  New sides come
 * before the next frame (GTK draws at G_PRIORITY_HIGH_IDLE + 20), so that
 * no frame shows an Overview half of one dataset; a filter change part by
 * part, each laid out in a frame of its own (all four in one frame took
 * 50-110 ms at 10 000 to 100 000 members, against 25-40 ms apart). */
static void
follow (DlgOverview *self)
{
  int priority = self->new_sides ? G_PRIORITY_HIGH_IDLE + 10 : G_PRIORITY_DEFAULT_IDLE;

  self->stale = PART_ALL;
  if (!self->active)
    return;
  if (self->source != 0 &&
      priority < g_source_get_priority (g_main_context_find_source_by_id (NULL, self->source)))
    g_clear_handle_id (&self->source, g_source_remove);
  if (self->source == 0)
    self->source = g_idle_add_full (priority, update_cb, self, NULL);
}

/* The leaders' columns and the comparison's, side by side or (narrow)
 * one under the other */
static void
apply_narrow (DlgOverview *self)
{
  GtkOrientation orientation = self->narrow ? GTK_ORIENTATION_VERTICAL
                                            : GTK_ORIENTATION_HORIZONTAL;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->leaders), orientation);
  /* one under the other, each column as tall as its cards (homogeneous,
   * the shorter side's stripe ran the height of the longer's) */
  gtk_box_set_homogeneous (self->leaders, !self->narrow);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->comparison_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_name (child), DLG_DETAILS_COLUMNS_NAME) == 0)
      gtk_orientable_set_orientation (GTK_ORIENTABLE (child), orientation);
}

void
dlg_overview_set_sides (DlgOverview *self,
                        DlgDataset  *dataset,
                        DlgSide     *a,
                        DlgSide     *b)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));
  g_return_if_fail (DLG_IS_DATASET (dataset));
  g_return_if_fail (DLG_IS_SIDE (a) && DLG_IS_SIDE (b));

  /* the headline and the brief are the whole dataset's: the same for
   * any two sides compared */
  if (self->dataset != dataset)
    dlg_headline_set_dataset (self->headline, dataset);
  g_set_object (&self->dataset, dataset);
  g_set_object (&self->sides[0], a);
  g_set_object (&self->sides[1], b);
  dlg_details_show_comparison (self->comparison_box, dataset, a, b,
                               dlg_dataset_compare (dataset, a, b));
  apply_narrow (self);
  gtk_widget_set_visible (GTK_WIDGET (self->legend_label),
                          dlg_mark_side_has_marks (a) || dlg_mark_side_has_marks (b));
  self->new_sides = TRUE;
  if (g_list_model_get_n_items (dlg_side_get_destinations (a)) +
      g_list_model_get_n_items (dlg_side_get_destinations (b)) < AT_ONCE)
    {
      self->stale = PART_ALL;
      dlg_overview_ensure (self);
    }
  else
    follow (self);
}

void
dlg_overview_set_result (DlgOverview     *self,
                         DlgFilterResult *result)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));
  g_return_if_fail (result == NULL || DLG_IS_FILTER_RESULT (result));

  if (self->result == result)
    return;
  g_set_object (&self->result, result);
  if (self->dataset != NULL)
    follow (self);
}

void
dlg_overview_set_filtered (DlgOverview *self,
                           gboolean     filtered)
{
  GtkWidget *captions[] = {
    self->map_caption, self->board_caption, self->leaders_caption, self->timeline_caption,
    self->meetings_caption, self->comparison_caption,
  };

  g_return_if_fail (DLG_IS_OVERVIEW (self));

  self->filtered = !!filtered;
  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    gtk_widget_set_visible (captions[i], self->filtered);
}

void
dlg_overview_set_coverage (DlgOverview *self,
                           const char  *filter,
                           guint        shown,
                           guint        total)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));

  dlg_headline_set_coverage (self->headline, filter, shown, total);
}

DlgHeadline *
dlg_overview_get_headline (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  return self->headline;
}

/* The headline's "places both sides were in": the board, scrolled to
 * and focused */
static void
show_places_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DlgOverview *self = DLG_OVERVIEW (widget);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  g_autoptr(GPtrArray) places = NULL;
  graphene_point_t top;
  gboolean focused = FALSE;

  dlg_overview_ensure (self);
  dlg_board_complete (self->board);
  /* the keyboard on the first place shown, the first of "Both" when it
   * shows one: focusing the board went to the place it last had (Paris,
   * far below), and the scroller followed the focus there */
  places = dlg_board_get_places (self->board);
  for (guint i = 0; i < places->len && !focused; i++)
    {
      GtkWidget *place = g_ptr_array_index (places, i);

      if (gtk_widget_is_visible (place))
        focused = gtk_widget_grab_focus (place);
    }
  if (!focused)
    gtk_widget_child_focus (GTK_WIDGET (self->board), GTK_DIR_TAB_FORWARD);
  /* then scrolled, after the focus moved (which scrolls to the focus):
   * the board's top in the scroller's content (its box, which scrolling
   * does not move), the section's heading above it in sight too */
  if (gtk_widget_compute_point (GTK_WIDGET (self->board), self->overview_box,
                                &GRAPHENE_POINT_INIT (0, 0), &top))
    gtk_adjustment_set_value (adjustment, MAX (0, top.y - 48));
}

void
dlg_overview_set_active (DlgOverview *self,
                         gboolean     active)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));

  self->active = !!active;
  if (self->active)
    dlg_overview_ensure (self);
}

void
dlg_overview_set_narrow (DlgOverview *self,
                         gboolean     narrow)
{
  g_return_if_fail (DLG_IS_OVERVIEW (self));

  self->narrow = !!narrow;
  apply_narrow (self);
  dlg_headline_set_narrow (self->headline, self->narrow);
}

DlgMap *
dlg_overview_get_map (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  dlg_overview_ensure (self);
  return self->map;
}

DlgTimeline *
dlg_overview_get_timeline (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  dlg_overview_ensure (self);
  return self->timeline;
}

DlgBoard *
dlg_overview_get_board (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  dlg_overview_ensure (self);
  dlg_board_complete (self->board);
  return self->board;
}

GtkWidget *
dlg_overview_get_leaders (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  dlg_overview_ensure (self);
  dlg_leaders_complete (self->leaders);
  return GTK_WIDGET (self->leaders);
}

const char *
dlg_overview_get_meetings_text (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  dlg_overview_ensure (self);
  return gtk_label_get_text (self->meetings_label);
}

char *
dlg_overview_get_comparison_text (DlgOverview *self)
{
  g_return_val_if_fail (DLG_IS_OVERVIEW (self), NULL);
  return dlg_details_collect_text (GTK_WIDGET (self->comparison_box));
}

static void
dlg_overview_dispose (GObject *object)
{
  DlgOverview *self = DLG_OVERVIEW (object);

  g_clear_handle_id (&self->source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_OVERVIEW);
  g_clear_object (&self->dataset);
  g_clear_object (&self->sides[0]);
  g_clear_object (&self->sides[1]);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (dlg_overview_parent_class)->dispose (object);
}

static void
dlg_overview_class_init (DlgOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_overview_dispose;

  /* ::member-activated (member): a leader card was activated */
  signals[MEMBER_ACTIVATED] =
    g_signal_new ("member-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, DLG_TYPE_MEMBER);
  /* ::place-activated (destination): a place on the map or the board was activated */
  signals[PLACE_ACTIVATED] =
    g_signal_new ("place-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, DLG_TYPE_DESTINATION);

  g_type_ensure (DLG_TYPE_HEADLINE);
  g_type_ensure (DLG_TYPE_MAP);
  g_type_ensure (DLG_TYPE_TIMELINE);
  g_type_ensure (DLG_TYPE_WIDTH_BIN);
  g_type_ensure (DLG_TYPE_BOARD);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, scroller);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, overview_box);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, headline);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, map);
  gtk_widget_class_install_action (widget_class, "overview.show-places", NULL,
                                   show_places_action);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, board);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, map_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, board_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, leaders_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, timeline_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, meetings_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, comparison_caption);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, leaders);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, timeline);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, meetings_label);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, legend_label);
  gtk_widget_class_bind_template_child (widget_class, DlgOverview, comparison_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "overview");
}

static void
dlg_overview_init (DlgOverview *self)
{
  g_autofree char *legend = dlg_certainty_legend ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->legend_label, legend);
  g_signal_connect_object (self->map, "place-activated", G_CALLBACK (place_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->board, "place-activated", G_CALLBACK (place_activated_cb), self,
                           G_CONNECT_SWAPPED);
}
