/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-headline"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-headline.h"
#include "dlg-style.h"
#include "dlg-wrap-box.h"

struct _DlgHeadline
{
  GtkWidget parent_instance;

  /* template */
  GtkWidget *box;
  GtkButton *copy_button;
  GtkLabel *coverage_label;
  DlgWrapBox *sides_box;
  GtkLabel *more_sides_label;
  GtkWidget *brief_heading;
  GtkBox *brief_box;
  GtkLabel *legend_label;

  /* one column: the brief first, the shared figure once */
  gboolean narrow;

  /* the dataset's (dlg_dataset_get_brief), kept while it holds it */
  DlgDataset *dataset;
  DlgBrief *brief;
  /* the copy button says "Copied" for a moment */
  guint copied_source;
};

G_DEFINE_FINAL_TYPE (DlgHeadline, dlg_headline, GTK_TYPE_WIDGET)

/* A figure: a flat button that opens the view showing it (action with
 * its string target, or none) */
static GtkWidget *
figure_new (const char *side,
            const char *text,
            const char *action,
            const char *target,
            const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *name = NULL;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* aligned to the start, a wrapping label asked for its "natural" wrapped
   * width, a third of the column: on one line while the column allows */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  /* as wide as its text: the empty space beside it is no link */
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "headline-figure");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* Translators: a figure's name for screen readers, "India: 7 delegations" */
  name = g_strdup_printf (_("%s: %s"), side, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
  return button;
}

static GtkWidget *
side_column (DlgHeadline           *self,
             const DlgBriefFigures *f)
{
  const DlgSideSummary *s = f->summary;
  guint n_sides = dlg_brief_get_n_sides (self->brief);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading;
  g_autofree char *name = dlg_text_isolate (dlg_side_get_name (f->side));
  g_autofree char *cut = NULL;
  g_autofree char *delegations = NULL;
  g_autofree char *people = NULL;
  g_autofree char *places = NULL;
  g_autofree char *unsc = NULL;
  g_autofree char *shared = NULL;

  gtk_widget_add_css_class (column, "headline-side");
  /* a name of 200 000 characters laid out whole stalled the window for
   * minutes: it is cut as every window text is */
  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", dlg_text_shown (dlg_side_get_name (f->side), &cut),
                          "xalign", 0.0f,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  dlg_label_set_wrapping (GTK_LABEL (heading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (heading, "headline-side-name");
  gtk_box_append (GTK_BOX (column), heading);

  delegations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations",
                                              s->n_delegations), s->n_delegations);
  gtk_box_append (GTK_BOX (column),
                  figure_new (name, delegations, "win.view", "leaders",
                              _("Show the leaders of every delegation (Leaders view)")));

  {
    g_autofree char *counted = dlg_side_summary_people (s);

    /* Translators: a headline figure, the dataset's own tally of a side's people (no source
     * gives it), "Recorded: 62 named, 60 travelled" */
    people = g_strdup_printf (_("Recorded: %s"), counted);
  }
  gtk_box_append (GTK_BOX (column),
                  figure_new (name, people, "win.view", "members",
                              _("Show every member and their status (Members view)")));

  {
    g_autofree char *visited = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u place visited",
                                                             "%u places visited", f->n_places),
                                                f->n_places);
    g_autofree char *countries = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u country",
                                                               "%u countries", f->n_countries),
                                                  f->n_countries);

    /* Translators: "34 places visited in 33 countries" */
    places = g_strdup_printf (_("%s in %s"), visited, countries);
  }
  gtk_box_append (GTK_BOX (column),
                  figure_new (name, places, "win.view", "destinations",
                              _("Show every destination with its dates (Destinations view)")));

  /* Translators: of the countries a side visited, those on the UN Security Council that
   * year */
  unsc = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u UN Security Council member visited",
                                       "%u UN Security Council members visited", f->n_unsc),
                          f->n_unsc);
  gtk_box_append (GTK_BOX (column),
                  figure_new (name, unsc, "win.view", "destinations",
                              _("Show the destinations, Security Council members marked "
                                "(Destinations view)")));

  if (n_sides == 2)
    shared = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place both sides were in",
                                           "%u places both sides were in", f->n_shared),
                              f->n_shared);
  else
    shared = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place shared with another side",
                                           "%u places shared with another side", f->n_shared),
                              f->n_shared);
  gtk_box_append (GTK_BOX (column),
                  figure_new (name, shared, "overview.show-places", NULL,
                              _("Go to the places by side, below")));
  gtk_widget_add_css_class (gtk_widget_get_last_child (column), "headline-shared");
  return column;
}

/* Two sides one under the other say "5 places both sides were in" twice:
 * narrow, the second says it no more */
static void
show_shared (DlgHeadline *self)
{
  guint i = 0;

  for (GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->sides_box));
       column != NULL;
       column = gtk_widget_get_next_sibling (column), i++)
    {
      GtkWidget *shared = gtk_widget_get_last_child (column);

      if (shared != NULL && gtk_widget_has_css_class (shared, "headline-shared"))
        gtk_widget_set_visible (shared, !(self->narrow && i > 0 && self->brief != NULL &&
                                          dlg_brief_get_n_sides (self->brief) == 2));
    }
}

void
dlg_headline_set_narrow (DlgHeadline *self,
                         gboolean     narrow)
{
  GtkBox *box;

  g_return_if_fail (DLG_IS_HEADLINE (self));

  box = GTK_BOX (self->box);
  self->narrow = !!narrow;
  /* the brief answers how many, where both sides were and who led: on a
   * narrow screen it comes first, the figures (links to the views) after */
  if (self->narrow)
    {
      gtk_box_reorder_child_after (box, self->brief_heading,
                                   GTK_WIDGET (self->coverage_label));
      gtk_box_reorder_child_after (box, GTK_WIDGET (self->brief_box), self->brief_heading);
      gtk_box_reorder_child_after (box, GTK_WIDGET (self->legend_label),
                                   GTK_WIDGET (self->brief_box));
    }
  else
    {
      gtk_box_reorder_child_after (box, GTK_WIDGET (self->sides_box),
                                   GTK_WIDGET (self->coverage_label));
      gtk_box_reorder_child_after (box, GTK_WIDGET (self->more_sides_label),
                                   GTK_WIDGET (self->sides_box));
    }
  show_shared (self);
}

/* What goes before a sentence's source numbers: with an Arabic-script
 * separator ("، " in Urdu), the Arabic letter mark, so that the numbers
 * and their separators are laid out in Arabic script after a Latin name
 * too (after "Abu Dhabi" the same "،" took a Latin font, and read as
 * another separator than after Urdu words); nothing otherwise.  The
 * separator is dlg_dataset_source_numbers' */
static const char *
numbers_mark (void)
{
  /* Translators: between source numbers, "[5, 6, 17]" */
  for (const char *p = _(", "); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0600 && c <= 0x06FF)
        return "\u061C";
    }
  return "";
}

/* text with mark inserted before each range of numbers_at (start, end
 * pairs, moved to match) */
static char *
mark_numbers (const char *text,
              GArray     *numbers_at,
              const char *mark)
{
  GString *out = g_string_new (NULL);
  guint from = 0;
  guint added = 0;

  for (guint k = 0; k + 1 < numbers_at->len; k += 2)
    {
      guint *start = &g_array_index (numbers_at, guint, k);
      guint *end = &g_array_index (numbers_at, guint, k + 1);

      g_string_append_len (out, text + from, *start - from);
      g_string_append (out, mark);
      from = *start;
      added += strlen (mark);
      *start += added;
      *end += added;
    }
  g_string_append (out, text + from);
  return g_string_free (out, FALSE);
}

static void
fill (DlgHeadline *self)
{
  guint n = dlg_brief_get_n_sides (self->brief);
  GtkWidget *child;

  dlg_wrap_box_remove_all (self->sides_box);
  for (guint i = 0; i < MIN (n, DLG_HEADLINE_SIDES); i++)
    dlg_wrap_box_append (self->sides_box, side_column (self, dlg_brief_get_figures (self->brief,
                                                                                    i)));
  show_shared (self);
  gtk_widget_set_visible (GTK_WIDGET (self->more_sides_label), n > DLG_HEADLINE_SIDES);
  if (n > DLG_HEADLINE_SIDES)
    {
      guint more = n - DLG_HEADLINE_SIDES;
      /* Translators: under the headline's columns when a dataset has more sides than it
       * shows */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "and %u more side, in the Members "
                                                            "view",
                                                            "and %u more sides, in the Members "
                                                            "view", more), more);

      gtk_label_set_text (self->more_sides_label, text);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->brief_box))) != NULL)
    gtk_box_remove (self->brief_box, child);
  for (guint i = 0; i < dlg_brief_get_n_sentences (self->brief); i++)
    {
      g_autoptr(GArray) numbers_at = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree char *cited = dlg_brief_get_sentence_full (self->brief, i, numbers_at);
      g_autofree char *sentence = mark_numbers (cited, numbers_at, numbers_mark ());
      g_autofree char *text = dlg_text_in_locale_direction (sentence);
      /* the direction mark before it */
      guint shift = strlen (text) - strlen (sentence);
      PangoAttrList *attributes = pango_attr_list_new ();
      GtkWidget *label = gtk_label_new (text);

      /* the source numbers smaller and dimmed (0.75 keeps 4.5:1, as
       * .dim-label does), so that the facts read first */
      for (guint k = 0; k + 1 < numbers_at->len; k += 2)
        {
          PangoAttribute *scale = pango_attr_scale_new (PANGO_SCALE_SMALL);
          PangoAttribute *alpha = pango_attr_foreground_alpha_new (49151);

          scale->start_index = alpha->start_index = shift + g_array_index (numbers_at, guint, k);
          scale->end_index = alpha->end_index = shift + g_array_index (numbers_at, guint, k + 1);
          pango_attr_list_insert (attributes, scale);
          pango_attr_list_insert (attributes, alpha);
        }
      gtk_label_set_attributes (GTK_LABEL (label), attributes);
      pango_attr_list_unref (attributes);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      dlg_label_set_wrapping (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "brief-sentence");
      gtk_box_append (self->brief_box, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->legend_label), dlg_brief_has_marks (self->brief));
}

void
dlg_headline_set_dataset (DlgHeadline *self,
                          DlgDataset  *dataset)
{
  g_return_if_fail (DLG_IS_HEADLINE (self));
  g_return_if_fail (DLG_IS_DATASET (dataset));

  g_set_object (&self->dataset, dataset);
  self->brief = dlg_dataset_get_brief (dataset);
  fill (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "headline.copy", TRUE);
}

void
dlg_headline_set_coverage (DlgHeadline *self,
                           const char  *filter,
                           guint        shown,
                           guint        total)
{
  g_autofree char *text = NULL;

  g_return_if_fail (DLG_IS_HEADLINE (self));

  if (filter == NULL)
    text = g_strdup (_("These figures and the brief are for the whole dataset."));
  else
    /* Translators: under the headline when a filter is on; the first %s is the filter in
     * words ("search: ‘tharoor’"); the figures above never change with it */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "These figures and the brief are for the whole "
                                         "dataset. Below, the filter (%s) shows %u of %u person.",
                                         "These figures and the brief are for the whole "
                                         "dataset. Below, the filter (%s) shows %u of %u people.",
                                         total),
                            filter, shown, total);
  gtk_label_set_text (self->coverage_label, text);
}

static void
append_label_text (GString   *text,
                   GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      else
        append_label_text (text, child);
    }
}

char *
dlg_headline_get_text (DlgHeadline *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (DLG_IS_HEADLINE (self), NULL);

  append_label_text (text, GTK_WIDGET (self));
  return g_string_free (text, FALSE);
}

DlgBrief *
dlg_headline_get_brief (DlgHeadline *self)
{
  g_return_val_if_fail (DLG_IS_HEADLINE (self), NULL);
  return self->brief;
}

/* removed in dispose: it never outlives the headline */
static gboolean
copied_cb (gpointer data)
{
  DlgHeadline *self = data;

  self->copied_source = 0;
  gtk_button_set_label (self->copy_button, _("Copy with Citations"));
  return G_SOURCE_REMOVE;
}

void
dlg_headline_copy (DlgHeadline *self)
{
  g_autofree char *plain = NULL;
  g_autofree char *html = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) both = NULL;
  g_autoptr(GBytes) html_bytes = NULL;
  g_autoptr(GBytes) plain_bytes = NULL;

  g_return_if_fail (DLG_IS_HEADLINE (self));

  if (self->brief == NULL)
    return;
  plain = dlg_brief_to_plain_text (self->brief);
  html = dlg_brief_to_html (self->brief);
  html_bytes = g_bytes_new (html, strlen (html));
  plain_bytes = g_bytes_new (plain, strlen (plain));
  /* rich text first: an editor that takes it keeps the links */
  providers[0] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", plain_bytes);
  both = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), both);

  /* Translators: the Copy with Citations button for two seconds after a copy */
  gtk_button_set_label (self->copy_button, _("Copied"));
  g_clear_handle_id (&self->copied_source, g_source_remove);
  self->copied_source = g_timeout_add_seconds (2, copied_cb, self);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dlg_headline_copy (DLG_HEADLINE (widget));
}

static void
dlg_headline_dispose (GObject *object)
{
  DlgHeadline *self = DLG_HEADLINE (object);

  g_clear_handle_id (&self->copied_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLG_TYPE_HEADLINE);
  self->brief = NULL;
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (dlg_headline_parent_class)->dispose (object);
}

static void
dlg_headline_class_init (DlgHeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlg_headline_dispose;

  g_type_ensure (DLG_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Delegations/ui/dlg-headline.ui");
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, box);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, copy_button);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, sides_box);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, more_sides_label);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, brief_heading);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, brief_box);
  gtk_widget_class_bind_template_child (widget_class, DlgHeadline, legend_label);
  gtk_widget_class_install_action (widget_class, "headline.copy", NULL, copy_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "headline");
}

static void
dlg_headline_init (DlgHeadline *self)
{
  g_autofree char *legend = dlg_certainty_legend ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->legend_label, legend);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "headline.copy", FALSE);
  dlg_headline_set_coverage (self, NULL, 0, 0);
}
