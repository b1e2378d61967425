/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the loader, then on what loads the comparison, the
 * summary (--summary's text), the CSV and every kind of sheet (at a
 * glance, briefing, full annex) at two paper sizes (A4 and US Letter,
 * landscape), paginated and drawn into a PDF in memory.  Built by
 * build-aux/fuzz.sh (clang, -fsanitize=fuzzer,address,undefined); seeded
 * from tests/data/, the bundled dataset and a few large inputs
 * build-aux/fuzz.sh makes, with tests/fuzz/dataset.dict. */

#include "config.h"

#include <stdint.h>

#include <gio/gio.h>

#include "dlg-cli.h"
#include "dlg-csv.h"
#include "dlg-model.h"
#include "dlg-sheet.h"
#include "dlg-snapshot.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(DlgDataset) dataset = dlg_dataset_load_bytes (bytes, "fuzz", NULL);
  g_autoptr(DlgSnapshot) snapshot = NULL;
  g_autoptr(GOutputStream) out = NULL;
  /* A4 and US Letter, landscape, in points */
  static const double papers[][2] = { { 841.89, 595.28 }, { 792, 612 } };
  GListModel *sides;

  if (dataset == NULL)
    return 0;

  sides = dlg_dataset_get_sides (dataset);
  for (guint i = 0; i + 1 < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) a = g_list_model_get_item (sides, i);
      g_autoptr(DlgSide) b = g_list_model_get_item (sides, i + 1);
      DlgComparison *comparison = dlg_comparison_new (a, b);
      DlgSideSummary *summary = dlg_side_summary_new (a, NULL);

      g_clear_pointer (&summary, dlg_side_summary_free);
      g_clear_pointer (&comparison, dlg_comparison_free);
    }

  g_free (dlg_cli_summary_text (dataset));

  snapshot = dlg_snapshot_new (dataset);
  dlg_snapshot_set_print_date (snapshot, "2025-06-30");
  dlg_snapshot_seal (snapshot);
  out = g_memory_output_stream_new_resizable ();
  dlg_csv_write (out, snapshot, NULL, NULL);

  for (guint paper = 0; paper < G_N_ELEMENTS (papers); paper++)
    for (DlgSheetKind kind = DLG_SHEET_BRIEFING; kind <= DLG_SHEET_FULL; kind++)
      {
        g_autoptr(DlgSnapshot) sized = dlg_snapshot_derive (snapshot, FALSE, kind);
        g_autoptr(DlgSheet) sheet = NULL;
        g_autoptr(GOutputStream) pdf = g_memory_output_stream_new_resizable ();

        sheet = dlg_sheet_new (sized);
        dlg_sheet_set_page_size (sheet, papers[paper][0], papers[paper][1]);
        dlg_sheet_paginate (sheet);
        dlg_sheet_write_pdf (sheet, pdf, NULL, NULL);
      }
  return 0;
}
