/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The top of the Overview: each side's figures side by side (a column a
 * side, as many to a row as the width takes), each a button to the view
 * that shows it; what the figures cover; the brief (dlg-brief.h), its
 * sentences with their source numbers; Copy with Citations, which puts
 * the brief on the clipboard as text with footnotes and as HTML.  The
 * figures and the brief are the whole dataset's, whatever the filter
 * shows (dlg_headline_set_coverage says what that is). */
#define DLG_TYPE_HEADLINE (dlg_headline_get_type ())
G_DECLARE_FINAL_TYPE (DlgHeadline, dlg_headline, DLG, HEADLINE, GtkWidget)

/* How many sides get a column; past them, "and N more sides" */
#define DLG_HEADLINE_SIDES 12

void        dlg_headline_set_dataset  (DlgHeadline *self,
                                       DlgDataset  *dataset);
/* What the views below show: filter, the filter in words (NULL: none);
 * shown of total people */
void        dlg_headline_set_coverage (DlgHeadline *self,
                                       const char  *filter,
                                       guint        shown,
                                       guint        total);
/* Narrow (one column, 360 px): the brief first, then the figures, the
 * figure both sides share said once; wide: the figures first */
void        dlg_headline_set_narrow   (DlgHeadline *self,
                                       gboolean     narrow);
/* The text the headline shows: its figures and what they cover, the
 * brief (for tests and screen readers' sake, as the labels read) */
char       *dlg_headline_get_text     (DlgHeadline *self);
/* The brief shown, or NULL before a dataset */
DlgBrief   *dlg_headline_get_brief    (DlgHeadline *self);
/* Puts the brief on the clipboard (the Copy with Citations button) */
void        dlg_headline_copy         (DlgHeadline *self);

G_END_DECLS
