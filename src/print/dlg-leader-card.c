/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-leaders"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dlg-leader-card.h"

/* The leader's own route (format 1.1 legs), or the delegation's */
static char *
route_text (DlgDelegation *delegation)
{
  DlgMember *leader = dlg_delegation_get_leader (delegation);
  GListModel *route = dlg_delegation_get_destinations (delegation);
  g_autoptr(GPtrArray) stops = NULL;

  if (leader != NULL)
    return dlg_route_text (dlg_member_get_route (leader));
  stops = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (route); i++)
    g_ptr_array_add (stops, g_list_model_get_item (route, i));
  return dlg_route_text (stops);
}

static char *
shown (const char *text)
{
  g_autofree char *cut = NULL;

  return g_strdup (dlg_text_shown (text, &cut));
}

void
dlg_leader_card_init (DlgLeaderCard *card,
                      DlgDelegation *d)
{
  DlgMember *leader = dlg_delegation_get_leader (d);
  g_autofree char *size = NULL;
  g_autofree char *dates = NULL;

  memset (card, 0, sizeof *card);
  card->label = shown (dlg_delegation_get_label (d));
  card->name = leader != NULL ? shown (dlg_member_get_name (leader)) : g_strdup (_("No leader named"));
  if (leader != NULL)
    {
      const char *party = dlg_member_get_party (leader);
      const char *role = dlg_member_get_role (leader);
      g_autofree char *party_text = party != NULL ? dlg_text_isolate (party)
                                                  : g_strdup (_("Party not known"));
      g_autofree char *role_text = role != NULL ? dlg_text_isolate (role)
                                                : g_strdup (dlg_role_kind_to_label (
                                                              dlg_member_get_role_kind (leader)));

      /* Translators: a leader card's party and role, "BJP · Member of Parliament" */
      card->party_role = g_strdup_printf (_("%s · %s"), party_text, role_text);
    }
  /* the one vocabulary of counts, the side's: "10 named, 9 travelled, 1
   * withdrew or declined; 1 accompanying official (1 unconfirmed)" */
  size = dlg_members_describe_people (dlg_delegation_get_members (d));
  dates = dlg_format_dates (dlg_delegation_get_from (d), dlg_delegation_get_to (d),
                            dlg_delegation_get_dates_approximate (d));
  /* Translators: a leader card's size and dates, "8 named, 8 travelled · 24 May – 5 Jun 2025" */
  card->size_dates = dates != NULL ? g_strdup_printf (_("%s · %s"), size, dates) : g_steal_pointer (&size);
  card->route = route_text (d);
  if (card->route[0] == '\0')
    {
      g_free (card->route);
      card->route = g_strdup (_("No destinations"));
    }
}

void
dlg_leader_card_clear (DlgLeaderCard *card)
{
  g_clear_pointer (&card->label, g_free);
  g_clear_pointer (&card->name, g_free);
  g_clear_pointer (&card->party_role, g_free);
  g_clear_pointer (&card->size_dates, g_free);
  g_clear_pointer (&card->route, g_free);
}

char *
dlg_card_describe_lines (const char * const *lines,
                         guint               n_lines)
{
  GString *name = g_string_new (NULL);

  for (guint i = 0; i < n_lines; i++)
    {
      if (lines[i] == NULL || lines[i][0] == '\0')
        continue;
      if (name->len > 0)
        /* Translators: joins the lines of a card as a screen reader reads them */
        g_string_append (name, _(". "));
      g_string_append (name, lines[i]);
    }
  return g_string_free (name, FALSE);
}

char *
dlg_leader_card_describe (const DlgLeaderCard *card)
{
  const char *lines[] = { card->label, card->name, card->party_role, card->size_dates, card->route };

  return dlg_card_describe_lines (lines, G_N_ELEMENTS (lines));
}

