/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

#define DLG_TYPE_MEMBER_LIST (dlg_member_list_get_type ())
G_DECLARE_FINAL_TYPE (DlgMemberList, dlg_member_list, DLG, MEMBER_LIST, GObject)

/* The members of a side as a table shows them: the members a filter
 * keeps, in the order of one column.  Members are held in an array and
 * the order is an index over it, sorted by the keys the loader made;
 * filtering runs over the sorted index, so a new order does not filter
 * again and a new filter does not sort again. */
DlgMemberList *dlg_member_list_new      (GListModel    *members,
                                         GtkFilter     *filter);
/* field is a DlgMemberField, or -1 for the dataset's order.  Members
 * with equal keys keep the dataset's order, either way. */
void           dlg_member_list_set_sort (DlgMemberList *self,
                                         int            field,
                                         gboolean       descending);
guint          dlg_member_list_get_n_total (DlgMemberList *self);
/* Shows now a change of the filter the list holds back for a later main
 * loop turn (two tables that change many rows in one turn: see
 * dlg-member-list.c), for an output that renders what the filter shows */
void           dlg_member_list_flush       (DlgMemberList *self);
/* Where member is shown, or GTK_INVALID_LIST_POSITION */
guint          dlg_member_list_find     (DlgMemberList *self,
                                         DlgMember     *member);

/* A table's row: the member shown at one position.  When the members
 * shown change, the rows stay and say which member they show now
 * ("notify::member"): GTK 4.8's list views tear down and build every row
 * whose item changes (200 kept per list, each cell a widget tree), but
 * only relabel a row whose item stays.  How a search matched its
 * member follows too ("notify::match"). */
#define DLG_TYPE_MEMBER_ROW (dlg_member_row_get_type ())
G_DECLARE_FINAL_TYPE (DlgMemberRow, dlg_member_row, DLG, MEMBER_ROW, GObject)

DlgMember     *dlg_member_row_get_member (DlgMemberRow *self);
/* How the search matched the member when it was through a stop of
 * their route ("Matched: Paris, planned, not visited"; a planned stop
 * never reads as a visit), or NULL ("match", notified when the member
 * or the search changes) */
char          *dlg_member_row_dup_match  (DlgMemberRow *self);

/* The rows of a list of members (a GListModel of DlgMember, such as a
 * DlgMemberList): one per position, made when first asked for; rows
 * come and go only at the end. */
#define DLG_TYPE_MEMBER_ROWS (dlg_member_rows_get_type ())
G_DECLARE_FINAL_TYPE (DlgMemberRows, dlg_member_rows, DLG, MEMBER_ROWS, GObject)

DlgMemberRows *dlg_member_rows_new        (GListModel    *members);
/* The search, folded (dlg_text_fold()), that the rows' "match" says how
 * it matched */
void           dlg_member_rows_set_search (DlgMemberRows *self,
                                           const char    *folded_search);

G_END_DECLS
