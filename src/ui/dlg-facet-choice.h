/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* One entry of a facet drop-down ("BJP (23)"): the value it filters on
 * (NULL for "All …") and how many members it would show with the other
 * filters as they are.  Its label follows the count. */

#define DLG_TYPE_FACET_CHOICE (dlg_facet_choice_get_type ())
G_DECLARE_FINAL_TYPE (DlgFacetChoice, dlg_facet_choice, DLG, FACET_CHOICE, GObject)

DlgFacetChoice *dlg_facet_choice_new       (const char     *name,
                                            const char     *value);
const char     *dlg_facet_choice_get_name  (DlgFacetChoice *self);
const char     *dlg_facet_choice_get_value (DlgFacetChoice *self);
guint           dlg_facet_choice_get_count (DlgFacetChoice *self);
void            dlg_facet_choice_set_count (DlgFacetChoice *self,
                                            guint           count);
const char     *dlg_facet_choice_get_label (DlgFacetChoice *self);

G_END_DECLS
