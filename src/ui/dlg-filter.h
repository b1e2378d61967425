/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* The members shown: a search, four facets (party, kind of role,
 * delegation, destination) and "confirmed facts only", one GtkFilter for
 * every list of members.
 *
 * A change says how it changed (a longer search: more strict; a shorter
 * one: less strict; a facet: different).  After each change, at the next
 * idle moment (or when asked, dlg_filter_get_result()), one pass over the
 * members counts what each facet's choices would show with the other
 * facets as they are (the choices' counts), and makes the result: the
 * destinations the members shown went to and the delegations they belong
 * to, which the views show.  "counted" is emitted after each pass; its
 * argument says whether the result differs from the last one. */
typedef enum
{
  DLG_FACET_PARTY,
  DLG_FACET_ROLE_KIND,
  DLG_FACET_DELEGATION,
  DLG_FACET_COUNTRY,
  DLG_N_FACETS
} DlgFacet;

#define DLG_TYPE_FILTER_RESULT (dlg_filter_result_get_type ())
G_DECLARE_FINAL_TYPE (DlgFilterResult, dlg_filter_result, DLG, FILTER_RESULT, GObject)

/* The destinations the members shown went to (DlgDestination), the ids of
 * their delegations; NULL: nothing is filtered, all of them */
GHashTable *dlg_filter_result_get_reached     (DlgFilterResult *self);
GHashTable *dlg_filter_result_get_delegations (DlgFilterResult *self);
/* What the filter reaches but for "confirmed facts only" (the stops not
 * confirmed, and those of members it hides, too): the Overview compares
 * places on this, so that the switch hides facts and never makes a
 * place "only" one side's */
GHashTable *dlg_filter_result_get_reached_facts (DlgFilterResult *self);
/* With "confirmed facts only": how many members, and stops, the rest of
 * the filter shows that it hides for their certainty (0 without) */
guint       dlg_filter_result_get_hidden_members (DlgFilterResult *self);
guint       dlg_filter_result_get_hidden_stops   (DlgFilterResult *self);

#define DLG_TYPE_FILTER (dlg_filter_get_type ())
G_DECLARE_FINAL_TYPE (DlgFilter, dlg_filter, DLG, FILTER, GtkFilter)

DlgFilter       *dlg_filter_new                (void);
/* What the filter needs of a dataset (its facet index and choices): made
 * once, in any thread, kept on the dataset until a filter takes it. */
void             dlg_filter_prepare_dataset    (DlgDataset  *dataset);
/* The dataset whose members are filtered (the choices follow it; what is
 * chosen stays chosen when the new dataset has it) */
void             dlg_filter_set_dataset        (DlgFilter   *self,
                                                DlgDataset  *dataset);
DlgDataset      *dlg_filter_get_dataset        (DlgFilter   *self);
/* Whether the dataset came prepared (in its loading thread) */
gboolean         dlg_filter_get_prepared       (DlgFilter   *self);

void             dlg_filter_set_search         (DlgFilter   *self,
                                                const char  *text);
const char      *dlg_filter_get_search         (DlgFilter   *self);
/* The search folded as members are matched (dlg_text_fold), or NULL */
const char      *dlg_filter_get_folded_search  (DlgFilter   *self);
/* A facet's chosen value (a party, a role kind's nick, a delegation's
 * id, a destination's country value), NULL for any */
void             dlg_filter_set_facet          (DlgFilter   *self,
                                                DlgFacet     facet,
                                                const char  *value);
const char      *dlg_filter_get_facet          (DlgFilter   *self,
                                                DlgFacet     facet);
/* "Confirmed facts only" (format 1.2): members whose certainty is not
 * confirmed are not shown, and stops that are not confirmed are not
 * among those the members shown reach ("confirmed-only") */
void             dlg_filter_set_confirmed_only (DlgFilter   *self,
                                                gboolean     confirmed_only);
gboolean         dlg_filter_get_confirmed_only (DlgFilter   *self);
/* Nothing searched, nothing chosen, every fact shown */
void             dlg_filter_clear              (DlgFilter   *self);
gboolean         dlg_filter_is_active          (DlgFilter   *self);

/* A facet's choices (DlgFacetChoice): "All …" first, then the dataset's
 * values; each counts the members it would show.  A new model with each
 * dataset ("notify::dataset"); a value chosen that the new dataset does
 * not offer is no longer chosen. */
GListModel      *dlg_filter_get_choices        (DlgFilter   *self,
                                                DlgFacet     facet);
/* The result of the last count, counting now when a change waits */
DlgFilterResult *dlg_filter_get_result         (DlgFilter   *self);
/* The result of the last count, or NULL while a change waits to be
 * counted (nothing is counted now) */
DlgFilterResult *dlg_filter_peek_result        (DlgFilter   *self);
/* What the last count showed: the people (members and those accompanying
 * them) of every side it shows, and all of them */
guint            dlg_filter_get_n_shown        (DlgFilter   *self);
guint            dlg_filter_get_n_people       (DlgFilter   *self);
/* Counts now, and emits "counted" */
void             dlg_filter_count              (DlgFilter   *self);

/* The filter in words: "Party: BJP; search: ‘former’; confirmed facts
 * only", or NULL */
char            *dlg_filter_describe           (DlgFilter   *self);

G_END_DECLS
