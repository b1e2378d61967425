#define G_LOG_DOMAIN "dlg-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "dlg-cli.h"
#include "dlg-csv.h"
#include "dlg-model.h"
#include "dlg-sheet.h"

static int
exit_code_for (GError *error)
{
  /* A file that cannot be read at all is a usage problem; a file that
   * was read but is not a valid dataset is an invalid one. */
  if (error->domain == DLG_ERROR && error->code != DLG_ERROR_TOO_LARGE)
    return DLG_EXIT_INVALID;
  return DLG_EXIT_USAGE;
}

static void
print_warnings (DlgDataset *dataset)
{
  const char * const *warnings = dlg_dataset_get_warnings (dataset);

  for (guint i = 0; warnings[i] != NULL; i++)
    g_printerr ("%s\n", warnings[i]);
}

int
dlg_cli_validate (const char * const *files)
{
  int status = DLG_EXIT_OK;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("delegations: --validate needs at least one FILE"));
      return DLG_EXIT_USAGE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(DlgDataset) dataset = dlg_dataset_load_file (file, files[i], NULL, &error);

      if (dataset == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = MAX (status, exit_code_for (error));
          continue;
        }

      print_warnings (dataset);
      /* Translators: FILE: valid: S sides, D delegations, M members, C destinations */
      g_print (_("%s: valid: %u sides, %u delegations, %u members, %u destinations\n"),
               files[i],
               g_list_model_get_n_items (dlg_dataset_get_sides (dataset)),
               dlg_dataset_count_delegations (dataset),
               dlg_dataset_count_members (dataset),
               dlg_dataset_count_destinations (dataset));
    }
  return status;
}

static void
print_places (const char *heading,
              GPtrArray  *places)
{
  g_print ("  %s (%u):", heading, places->len);
  for (guint i = 0; i < places->len; i++)
    {
      DlgPlace *p = g_ptr_array_index (places, i);

      g_print ("%s %s", i > 0 ? ";" : "", p->capital);
    }
  g_print ("\n");
}

/* Loads path (NULL: the bundled dataset), printing errors and warnings. */
static DlgDataset *
load_for_cli (const char *path,
              int        *status)
{
  g_autoptr(GFile) file = path != NULL ? g_file_new_for_commandline_arg (path)
                                       : dlg_bundled_dataset_file ();
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file (file, path, NULL, &error);

  if (dataset == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = exit_code_for (error);
      return NULL;
    }
  print_warnings (dataset);
  *status = DLG_EXIT_OK;
  return dataset;
}

int
dlg_cli_export (const char *pdf_path,
                const char *csv_path,
                const char *path)
{
  int status;
  g_autoptr(DlgDataset) dataset = load_for_cli (path, &status);
  g_autoptr(DlgSide) a = NULL;
  g_autoptr(DlgSide) b = NULL;
  g_autoptr(GError) error = NULL;

  if (dataset == NULL)
    return status;

  a = g_list_model_get_item (dlg_dataset_get_sides (dataset), 0);
  b = g_list_model_get_item (dlg_dataset_get_sides (dataset), 1);

  if (pdf_path != NULL)
    {
      g_autoptr(DlgSheet) sheet = dlg_sheet_new (dataset, a, b, NULL, NULL, NULL);

      dlg_sheet_paginate (sheet);
      if (!dlg_sheet_write_pdf (sheet, pdf_path, &error))
        {
          g_printerr ("%s\n", error->message);
          return DLG_EXIT_USAGE;
        }
    }

  if (csv_path != NULL)
    {
      GListModel *sides = dlg_dataset_get_sides (dataset);
      guint n = g_list_model_get_n_items (sides);
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (list, g_list_model_get_item (sides, i));
      if (!dlg_csv_write_file (csv_path, (DlgSide **) list->pdata, NULL, n, &error))
        {
          g_printerr ("%s\n", error->message);
          return DLG_EXIT_USAGE;
        }
    }
  return DLG_EXIT_OK;
}

int
dlg_cli_summarise (const char *path)
{
  int status;
  g_autoptr(DlgDataset) dataset = load_for_cli (path, &status);
  GListModel *sides;
  guint n_sides;

  if (dataset == NULL)
    return status;

  g_print ("%s\n", dlg_dataset_get_title (dataset));
  if (dlg_dataset_get_as_of (dataset) != NULL)
    g_print (_("As of %s\n"), dlg_dataset_get_as_of (dataset));

  sides = dlg_dataset_get_sides (dataset);
  n_sides = g_list_model_get_n_items (sides);
  for (guint i = 0; i < n_sides; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      g_autoptr(DlgSideSummary) s = dlg_side_summary_new (side, NULL);
      GListModel *delegations = dlg_side_get_delegations (side);

      g_print ("\n%s\n", dlg_side_get_name (side));
      g_print (_("  %u delegations, %u members (%u travelled), %u destinations, "
                 "%u UN Security Council members visited\n"),
               s->n_delegations, s->n_members, s->n_travelled, s->n_destinations,
               s->n_unsc_visited);
      for (guint j = 0; j < s->n_delegations; j++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, j);
          DlgMember *leader = dlg_delegation_get_leader (d);
          GListModel *route = dlg_delegation_get_destinations (d);
          guint n_route = g_list_model_get_n_items (route);

          g_print ("  %s: %s —", dlg_delegation_get_label (d),
                   leader != NULL ? dlg_member_get_name (leader) : _("(no leader named)"));
          for (guint k = 0; k < n_route; k++)
            {
              g_autoptr(DlgDestination) dest = g_list_model_get_item (route, k);

              g_print ("%s %s", k > 0 ? "," : "", dlg_destination_get_place_label (dest));
            }
          g_print ("\n");
        }
    }

  if (n_sides >= 2)
    {
      g_autoptr(DlgSide) a = g_list_model_get_item (sides, 0);
      g_autoptr(DlgSide) b = g_list_model_get_item (sides, 1);
      g_autoptr(DlgComparison) c = dlg_comparison_new (a, b);
      g_autofree char *only_a = g_strdup_printf (_("Only %s"), dlg_side_get_name (a));
      g_autofree char *only_b = g_strdup_printf (_("Only %s"), dlg_side_get_name (b));
      g_autofree char *pnv_a = g_strdup_printf (_("Planned, not visited by %s"),
                                                dlg_side_get_name (a));
      g_autofree char *pnv_b = g_strdup_printf (_("Planned, not visited by %s"),
                                                dlg_side_get_name (b));

      g_print ("\n%s / %s\n", dlg_side_get_name (a), dlg_side_get_name (b));
      print_places (_("Visited by both"), c->shared);
      print_places (only_a, c->only_a);
      print_places (only_b, c->only_b);
      print_places (pnv_a, c->planned_not_visited_a);
      print_places (pnv_b, c->planned_not_visited_b);
    }
  return DLG_EXIT_OK;
}
