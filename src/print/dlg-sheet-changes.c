/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "dlg-sheet-private.h"

/* The briefing's page "Changes since …": what changed since an earlier
 * version of the dataset (the snapshot's DlgDiff), counted by kind, then
 * each change in words, grouped by side and delegation as the window's
 * What Changed list has them, with the numbers of the sources the new
 * version gives for it.  Laid out a chunk of changes a step. */

/* "1 member added", "2 stops with dates moved": n changes of a kind */
static char *
count_kind (DlgChangeKind kind,
            guint         n)
{
  switch (kind)
    {
    case DLG_CHANGE_SIDE_ADDED:
      /* Translators: in the count of changes on the sheet, "3 changes: 1 side added, …" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u side added",
                                           "%u sides added", n), n);
    case DLG_CHANGE_SIDE_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u side removed",
                                           "%u sides removed", n), n);
    case DLG_CHANGE_SIDE_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u side changed",
                                           "%u sides changed", n), n);
    case DLG_CHANGE_DELEGATION_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation added",
                                           "%u delegations added", n), n);
    case DLG_CHANGE_DELEGATION_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation removed",
                                           "%u delegations removed", n), n);
    case DLG_CHANGE_DELEGATION_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation changed",
                                           "%u delegations changed", n), n);
    case DLG_CHANGE_ID_CHANGED:
      /* Translators: in the count of changes on the sheet: sides, delegations,
       * members or stops found again by their names, their ids changed */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u matched by name (its id changed)",
                                           "%u matched by name (their ids changed)", n), n);
    case DLG_CHANGE_MEMBER_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member added",
                                           "%u members added", n), n);
    case DLG_CHANGE_MEMBER_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member removed",
                                           "%u members removed", n), n);
    case DLG_CHANGE_MEMBER_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member changed",
                                           "%u members changed", n), n);
    case DLG_CHANGE_STOP_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop added",
                                           "%u stops added", n), n);
    case DLG_CHANGE_STOP_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop removed",
                                           "%u stops removed", n), n);
    case DLG_CHANGE_STOP_NOT_VISITED:
      /* Translators: in the count of changes on the sheet: stops now
       * recorded as planned and not visited (no source need say why) */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop not visited",
                                           "%u stops not visited", n), n);
    case DLG_CHANGE_STOP_CONFIRMED:
      /* Translators: in the count of changes on the sheet: the sources are
       * now surer of these stops */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop confirmed",
                                           "%u stops confirmed", n), n);
    case DLG_CHANGE_STOP_DATES_MOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop with dates moved",
                                           "%u stops with dates moved", n), n);
    case DLG_CHANGE_STOP_CERTAINTY_CHANGED:
      /* Translators: in the count of changes on the sheet: the sources are
       * now less sure of these stops */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop less certain",
                                           "%u stops less certain", n), n);
    case DLG_CHANGE_STOP_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop changed",
                                           "%u stops changed", n), n);
    case DLG_CHANGE_SOURCE_ADDED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source added",
                                           "%u sources added", n), n);
    case DLG_CHANGE_SOURCE_REMOVED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source removed",
                                           "%u sources removed", n), n);
    case DLG_CHANGE_SOURCE_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source changed",
                                           "%u sources changed", n), n);
    case DLG_CHANGE_SOURCES_CHANGED:
      /* Translators: in the count of changes on the sheet: facts whose
       * sources changed */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u fact citing other sources",
                                           "%u facts citing other sources", n), n);
    case DLG_CHANGE_NOTES_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change to notes",
                                           "%u changes to notes", n), n);
    case DLG_CHANGE_DISAGREEMENTS_CHANGED:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change to recorded disagreements",
                                           "%u changes to recorded disagreements", n), n);
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* "3 changes: 1 member added, 1 member removed, 1 stop with dates
 * moved": every change counted, by kind, in the order of the kinds */
static char *
count_changes (GListModel *changes)
{
  guint counts[DLG_N_CHANGE_KINDS] = { 0 };
  guint n = g_list_model_get_n_items (changes);
  g_autoptr(GString) kinds = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgChange) change = g_list_model_get_item (changes, i);

      counts[dlg_change_get_kind (change)]++;
    }
  for (guint k = 0; k < DLG_N_CHANGE_KINDS; k++)
    {
      g_autofree char *count = NULL;

      if (counts[k] == 0)
        continue;
      count = count_kind (k, counts[k]);
      if (kinds->len > 0)
        /* Translators: between the counts of changes by kind on the sheet */
        g_string_append (kinds, _(", "));
      g_string_append (kinds, count);
    }
  /* Translators: the count of changes on the sheet, "3 changes: 1 member
   * added, 1 member removed, 1 stop with dates moved"; %s is the counts
   * by kind */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change: %s", "%u changes: %s", n),
                          n, kinds->str);
}

/* The running head of a group's pages: "Changes · India · Group 2" */
static void
set_group_context (DlgSheet  *self,
                   GPtrArray *out,
                   guint      from,
                   DlgChange *change,
                   gboolean   opens)
{
  g_autofree char *title = dlg_change_dup_group (change, TRUE);
  /* Translators: the running head of the pages of changes, "Changes · India
   * · Group 2" (the second %s is a group of changes) */
  g_autofree char *context = g_strdup_printf (_("%s · %s"), _("Changes"), title);

  dlg_sheet_set_context (self, out, from, context, opens);
}

/* A line of plain text under the heading, kept with what follows */
static void
add_line (DlgSheet   *self,
          GPtrArray  *out,
          const char *text,
          double      width,
          const char *font)
{
  Block *b = dlg_sheet_plain_block (self, text, width, font, 2);

  b->keep_with_next = TRUE;
  g_ptr_array_add (out, b);
}

GPtrArray *
dlg_sheet_changes_head_blocks (DlgSheet *self,
                               double    width)
{
  GPtrArray *out = g_ptr_array_new ();
  DlgDiff *diff = dlg_snapshot_get_changes (self->snapshot);
  g_autofree char *heading = dlg_sheet_escape_composed (
    dlg_snapshot_get_changes_heading (self->snapshot));
  g_autofree char *count = count_changes (dlg_diff_get_changes (diff));
  Block *b;

  g_ptr_array_add (out, b = dlg_sheet_text_block (self, heading, width, SIDE_FONT, 0));
  b->keep_with_next = TRUE;
  add_line (self, out, count, width, BODY_FONT);
  /* Translators: under the count of changes on the sheet */
  add_line (self, out, _("Small numbers after a change refer to the sources of this version, "
                         "listed at the end; what was removed has none in this version."),
            width, SMALL_FONT);
  /* a filter narrows what is shown, never what changed */
  if (self->filter_text != NULL && self->filter_text[0] != '\0')
    /* Translators: on the sheet's page of changes when the sheet is filtered */
    add_line (self, out, _("Every change is listed, whatever the filter: the filter narrows the "
                           "members shown on the other pages, not what changed."),
              width, SMALL_FONT);
  /* Translators: the running head of the pages of changes */
  dlg_sheet_set_context (self, out, 0, _("Changes"), TRUE);
  return out;
}

void
dlg_sheet_changes_blocks (DlgSheet  *self,
                          guint      from,
                          guint      to,
                          double     width,
                          GPtrArray *out)
{
  GListModel *changes = dlg_diff_get_changes (dlg_snapshot_get_changes (self->snapshot));
  const double whole[] = { 1.0 };
  g_autoptr(DlgChange) previous = from > 0 ? g_list_model_get_item (changes, from - 1) : NULL;
  g_autoptr(DlgChange) group = NULL;
  guint group_first = out->len;
  gboolean opens = FALSE;
  Block *b;

  for (guint i = from; i < to; i++)
    {
      g_autoptr(DlgChange) change = g_list_model_get_item (changes, i);
      g_autofree char *text = dlg_change_dup_text (change, TRUE);
      g_autofree char *escaped = dlg_sheet_escape_composed (text);
      g_autofree char *refs = dlg_sheet_refs_markup (self, dlg_change_get_sources (change));
      g_autofree char *cell = g_strconcat (escaped, refs, NULL);
      const char *cells[] = { cell };

      if (!dlg_change_same_group (previous, change))
        {
          g_autofree char *title = dlg_change_dup_group (change, TRUE);
          g_autofree char *markup = dlg_sheet_escape_composed (title);

          if (group != NULL)
            set_group_context (self, out, group_first, group, opens);
          group_first = out->len;
          opens = TRUE;
          g_ptr_array_add (out, b = dlg_sheet_text_block (self, markup, width, HEADING_FONT, 10));
          b->keep_with_next = TRUE;
        }
      g_set_object (&group, change);
      g_ptr_array_add (out, dlg_sheet_row_block (self, cells, whole, 1, width, BODY_FONT, FALSE));
      g_set_object (&previous, change);
    }
  if (group != NULL)
    set_group_context (self, out, group_first, group, opens);
}
