/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib-unix.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "dlg-cli.h"
#include "dlg-export.h"
#include "dlg-model.h"
#include "dlg-sheet.h"
#include "dlg-snapshot.h"
#include "dlg-csv.h"

/* How messages name standard input, as compilers do. */
#define STDIN_NAME "<stdin>"

static gboolean
is_stdio (const char *arg)
{
  return g_strcmp0 (arg, "-") == 0;
}

/* Everything printed from a dataset or a file name goes through these:
 * control and bidi characters come out as \uXXXX, never raw, and a
 * message keeps one finding per line. */
static void
print_lines (gboolean    to_stderr,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = dlg_text_escape (lines[i], 0);

      if (to_stderr)
        g_printerr ("%s\n", line);
      else
        g_print ("%s\n", line);
    }
}

#define print_error(text) print_lines (TRUE, text)

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
    print_error (warnings[i]);
}

/* Standard input, read whole (up to the loader's size limit). */
static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GInputStream) in = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[64 * 1024];

  for (;;)
    {
      gssize n = g_input_stream_read (in, buffer, sizeof buffer, NULL, &local_error);

      if (n < 0)
        {
          g_set_error (error, G_IO_ERROR, local_error->code, _("%s: error: %s"), STDIN_NAME,
                       local_error->message);
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (data, buffer, (guint) n);
      if (data->len > DLG_MAX_FILE_SIZE)
        {
          g_autofree char *limit = g_format_size_full (DLG_MAX_FILE_SIZE,
                                                       G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, DLG_ERROR, DLG_ERROR_TOO_LARGE,
                       _("%s: error: the input is larger than %s; larger datasets are refused"),
                       STDIN_NAME, limit);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A dataset named on the command line: a path or URI, "-" for standard
 * input, NULL for the bundled one. */
static DlgDataset *
load_arg (const char  *arg,
          GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (is_stdio (arg))
    {
      g_autoptr(GBytes) bytes = read_stdin (error);

      return bytes != NULL ? dlg_dataset_load_bytes (bytes, STDIN_NAME, error) : NULL;
    }
  file = arg != NULL ? g_file_new_for_commandline_arg (arg) : dlg_bundled_dataset_file ();
  return dlg_dataset_load_file (file, arg, NULL, error);
}

int
dlg_cli_usage_error (const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  /* Translators: %s is the program's name, "delegations" */
  g_printerr (_("Run “%s --help” to see a full list of available command line options."),
              g_get_prgname ());
  g_printerr ("\n");
  return DLG_EXIT_USAGE;
}

int
dlg_cli_validate (const char * const *files)
{
  int status = DLG_EXIT_OK;

  if (files == NULL || files[0] == NULL)
    return dlg_cli_usage_error (_("--validate needs at least one FILE"));

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DlgDataset) dataset = load_arg (files[i], &error);
      g_autofree char *line = NULL;

      if (dataset == NULL)
        {
          print_error (error->message);
          status = MAX (status, exit_code_for (error));
          continue;
        }

      print_warnings (dataset);
      {
        guint n_sides = g_list_model_get_n_items (dlg_dataset_get_sides (dataset));
        guint n_delegations = dlg_dataset_count_delegations (dataset);
        guint n_destinations = dlg_dataset_count_destinations (dataset);
        g_autofree char *people = dlg_dataset_describe_people (dataset);
        g_autofree char *sides_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u side", "%u sides", n_sides), n_sides);
        g_autofree char *delegations_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations",
                                        n_delegations), n_delegations);
        g_autofree char *destinations_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stop", "%u stops",
                                        n_destinations), n_destinations);

        /* Translators: "FILE: valid: 2 sides, 9 delegations, 40 stops; people: 72 named,
         * 70 travelled, 2 withdrew or declined; 2 accompanying officials (2 unconfirmed)" */
        line = g_strdup_printf (_("%s: valid: %s, %s, %s; people: %s"),
                                is_stdio (files[i]) ? STDIN_NAME : files[i], sides_text,
                                delegations_text, destinations_text, people);
      }
      print_lines (FALSE, line);
    }
  return status;
}

/* Dataset text for the terminal, escaped; pool frees it. */
static const char *
inert (GPtrArray  *pool,
       const char *text)
{
  char *escaped = dlg_text_escape (text, 0);

  g_ptr_array_add (pool, escaped);
  return escaped;
}

static void
print_places (GString    *out,
              GPtrArray  *pool,
              const char *heading,
              GPtrArray  *places,
              DlgSide    *a,
              DlgSide    *b)
{
  /* Translators: --summary, a list's heading and how many places it holds */
  g_string_append_printf (out, _("  %s (%u):"), heading, places->len);
  for (guint i = 0; i < places->len; i++)
    {
      DlgComparedPlace *p = g_ptr_array_index (places, i);

      /* Translators: --summary, before the first place of a list */
      g_autofree char *label = dlg_compared_place_label_full (p, dlg_side_get_name (a),
                                                              dlg_side_get_name (b), FALSE);

      g_string_append (out, i > 0 ? _("; ") : C_("list start", " "));
      g_string_append (out, inert (pool, label));
    }
  g_string_append (out, "\n");
}

/* Loads path (NULL: the bundled dataset), printing errors and warnings. */
static DlgDataset *
load_for_cli (const char *path,
              int        *status)
{
  g_autoptr(GError) error = NULL;
  DlgDataset *dataset = load_arg (path, &error);

  if (dataset == NULL)
    {
      print_error (error->message);
      *status = exit_code_for (error);
      return NULL;
    }
  print_warnings (dataset);
  *status = DLG_EXIT_OK;
  return dataset;
}

typedef struct
{
  GMainLoop *loop;
  GError *error;
} Wait;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Wait *wait = user_data;

  dlg_export_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static gboolean
interrupted_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_CONTINUE;
}

/* "-": written straight to standard output, nothing to replace. */
static gboolean
export_to_stdout (DlgSnapshot      *snapshot,
                  DlgExportFormat   format,
                  GError          **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  if (format == DLG_EXPORT_PDF)
    {
      g_autoptr(DlgSheet) sheet = dlg_sheet_new (snapshot);

      dlg_sheet_paginate (sheet);
      if (!dlg_sheet_write_pdf (sheet, out, NULL, error))
        return FALSE;
    }
  else if (!dlg_csv_write (out, snapshot, NULL, error))
    return FALSE;
  return g_output_stream_flush (out, NULL, error);
}

/* The window's export job, waited for; "-" is standard output. */
static gboolean
export_one (DlgSnapshot      *snapshot,
            DlgExportFormat   format,
            const char       *out_path)
{
  g_autoptr(GFile) target = NULL;
  g_autoptr(GMainContext) context = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  const int signals[] = { SIGINT, SIGTERM, SIGHUP };
  GSource *sources[G_N_ELEMENTS (signals)];
  Wait wait = { NULL, NULL };

  if (is_stdio (out_path))
    {
      if (!export_to_stdout (snapshot, format, &wait.error))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s: %s", _("standard output"),
                                                      _("error"), wait.error->message);

          print_error (message);
          g_error_free (wait.error);
          return FALSE;
        }
      return TRUE;
    }

  target = g_file_new_for_commandline_arg (out_path);
  context = g_main_context_new ();
  g_main_context_push_thread_default (context);
  wait.loop = g_main_loop_new (context, FALSE);
  /* Interrupted (Ctrl+C, a terminal closed, kill), the export stops
   * cleanly: the target as it was, no temporary file left. */
  cancellable = g_cancellable_new ();
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      sources[i] = g_unix_signal_source_new (signals[i]);
      g_source_set_callback (sources[i], interrupted_cb, cancellable, NULL);
      g_source_attach (sources[i], context);
    }
  dlg_export_async (snapshot, format, target, cancellable, exported_cb, &wait);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      g_source_destroy (sources[i]);
      g_source_unref (sources[i]);
    }
  g_main_context_pop_thread_default (context);

  if (wait.error != NULL)
    {
      gboolean interrupted = g_error_matches (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_autofree char *base = g_path_get_basename (out_path);
      /* GIO's messages name the file again ("Error opening file “…”"):
       * their cause alone; ours ("this is a folder") stay whole */
      const char *cause = strstr (wait.error->message, base) != NULL
                          ? dlg_io_error_cause (wait.error) : wait.error->message;
      g_autofree char *message =
        g_strdup_printf ("%s: %s: %s", out_path, _("error"),
                         interrupted ? _("interrupted; the file was left as it was") : cause);

      print_error (message);
      g_error_free (wait.error);
      return FALSE;
    }
  return TRUE;
}

/* Whether two of the exports' targets name one file */
static gboolean
same_target (const char *a,
             const char *b)
{
  g_autoptr(GFile) fa = NULL;
  g_autoptr(GFile) fb = NULL;

  if (a == NULL || b == NULL || is_stdio (a) || is_stdio (b))
    return FALSE;
  fa = g_file_new_for_commandline_arg (a);
  fb = g_file_new_for_commandline_arg (b);
  return g_file_equal (fa, fb);
}

int
dlg_cli_export (const char   *pdf_path,
                const char   *csv_path,
                const char   *image_path,
                DlgSheetKind  kind,
                const char   *changes_since,
                const char   *path)
{
  int status;
  g_autoptr(DlgDataset) dataset = NULL;
  g_autoptr(DlgDataset) old_dataset = NULL;
  g_autoptr(DlgSnapshot) snapshot = NULL;
  DlgExportFormat image_format = DLG_EXPORT_PNG;

  if ((pdf_path != NULL && pdf_path[0] == '\0') || (csv_path != NULL && csv_path[0] == '\0') ||
      (image_path != NULL && image_path[0] == '\0'))
    return dlg_cli_usage_error (_("--export-pdf, --export-csv and --export-image need a file "
                                  "name, as in --export-csv=members.csv"));
  /* the image's format is its name's: said before anything is read */
  if (image_path != NULL && !dlg_export_image_format (image_path, &image_format))
    {
      g_autofree char *name = dlg_text_escape (image_path, 0);
      /* Translators: %s is the file name given to --export-image */
      g_autofree char *message = g_strdup_printf (_("--export-image writes PNG or SVG, chosen by "
                                                    "the file name's ending: “%s” ends in neither "
                                                    ".png nor .svg"), name);

      return dlg_cli_usage_error (message);
    }
  if (pdf_path != NULL && csv_path != NULL && is_stdio (pdf_path) && is_stdio (csv_path))
    return dlg_cli_usage_error (_("--export-pdf and --export-csv cannot both write to standard "
                                  "output"));
  if (same_target (pdf_path, csv_path) || same_target (pdf_path, image_path) ||
      same_target (csv_path, image_path))
    return dlg_cli_usage_error (_("two exports name the same file"));
  if (changes_since != NULL && changes_since[0] == '\0')
    return dlg_cli_usage_error (_("--changes-since needs a file name, as in "
                                  "--changes-since=monday.json"));
  if (is_stdio (changes_since) && is_stdio (path))
    return dlg_cli_usage_error (_("--changes-since and FILE cannot both be standard input"));
  if (same_target (pdf_path, changes_since) || same_target (csv_path, changes_since) ||
      same_target (image_path, changes_since))
    return dlg_cli_usage_error (_("an export would write over the file --changes-since reads"));

  dataset = load_for_cli (path, &status);
  if (dataset == NULL)
    return status;
  if (changes_since != NULL)
    {
      old_dataset = load_for_cli (changes_since, &status);
      if (old_dataset == NULL)
        return status;
    }

  snapshot = dlg_snapshot_new (dataset);
  if (path != NULL && !is_stdio (path))
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (path);

      dlg_snapshot_protect (snapshot, input);
    }
  dlg_snapshot_set_sheet_kind (snapshot, kind);
  if (old_dataset != NULL)
    {
      g_autoptr(DlgDiff) diff = dlg_diff_new (old_dataset, dataset);
      g_autoptr(GFile) old_file = g_file_new_for_commandline_arg (changes_since);
      g_autofree char *name = is_stdio (changes_since) ? g_strdup (STDIN_NAME)
                                                        : g_file_get_basename (old_file);
      g_autofree char *isolated = dlg_text_isolate (name);
      /* Translators: heading of the sheet's page of changes since another
       * file (%s, its name), as in the window */
      g_autofree char *heading = g_strdup_printf (_("Changes since “%s”"), isolated);

      dlg_snapshot_set_changes (snapshot, diff, heading);
      if (!is_stdio (changes_since))
        dlg_snapshot_protect (snapshot, old_file);
    }
  dlg_snapshot_seal (snapshot);

  if (pdf_path != NULL && !export_one (snapshot, DLG_EXPORT_PDF, pdf_path))
    return DLG_EXIT_USAGE;
  if (csv_path != NULL && !export_one (snapshot, DLG_EXPORT_CSV, csv_path))
    return DLG_EXIT_USAGE;
  if (image_path != NULL && !export_one (snapshot, image_format, image_path))
    return DLG_EXIT_USAGE;
  return DLG_EXIT_OK;
}

/* The certainty mark of a record ("" when confirmed); any_mark is set
 * when there is one, for the legend */
static const char *
marked (DlgRecord *record,
        gboolean  *any_mark)
{
  const char *mark = dlg_certainty_to_mark (dlg_record_get_certainty (record));

  *any_mark |= mark[0] != '\0';
  return mark;
}

/* "Background": the dataset's events, then each side's stated purposes,
 * each with its source numbers */
static void
print_background (GString    *out,
                  GPtrArray  *pool,
                  DlgDataset *dataset,
                  gboolean   *any_mark)
{
  GListModel *events = dlg_dataset_get_events (dataset);
  GListModel *sides = dlg_dataset_get_sides (dataset);
  gboolean any_purpose = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);

      any_purpose |= dlg_side_get_purposes (side)->len > 0;
    }
  if (g_list_model_get_n_items (events) == 0 && !any_purpose)
    return;

  /* Translators: --summary, the heading of the dataset's events and the sides' purposes */
  g_string_append_printf (out, "\n%s\n", _("Background"));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DlgEvent) e = g_list_model_get_item (events, i);
      g_autofree char *date = dlg_event_format_dates (e);
      g_autofree char *refs = dlg_dataset_source_numbers (dataset,
                                                          dlg_record_get_sources (DLG_RECORD (e)));

      /* Translators: --summary, an event: date, text, certainty mark, source numbers,
       * "22 Apr 2025: The Pahalgam terror attack killed 26 people. [14, 42]" */
      g_string_append_printf (out, _("  %s: %s%s %s\n"), inert (pool, date),
                              inert (pool, dlg_event_get_text (e)),
                              marked (DLG_RECORD (e), any_mark), refs);
    }
  for (guint i = 0; i < g_list_model_get_n_items (sides); i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      GPtrArray *purposes = dlg_side_get_purposes (side);

      for (guint k = 0; k < purposes->len; k++)
        {
          DlgNote *note = g_ptr_array_index (purposes, k);
          const char * const *ids = dlg_note_get_sources (note);
          g_autofree char *refs = dlg_dataset_source_numbers (dataset, ids);
          const char *mark = dlg_certainty_to_mark (dlg_dataset_judge_statement (dataset, ids));

          *any_mark |= mark[0] != '\0';
          /* Translators: --summary, a side's stated purpose, "India's stated purpose: Brief
           * nations on Operation Sindoor. [1, 3, 7]" */
          g_string_append_printf (out, _("  Stated purpose of %s: %s%s %s\n"),
                                  inert (pool, dlg_side_get_name (side)),
                                  inert (pool, dlg_note_get_text (note)), mark, refs);
        }
    }
}

char *
dlg_cli_summary_text (DlgDataset *dataset)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  GListModel *sides;
  guint n_sides;
  gboolean any_mark = FALSE;

  g_return_val_if_fail (DLG_IS_DATASET (dataset), NULL);

  g_string_append_printf (out, "%s\n", inert (pool, dlg_dataset_get_title (dataset)));
  if (dlg_dataset_get_as_of (dataset) != NULL)
    {
      g_autofree char *date = dlg_format_dates (dlg_dataset_get_as_of (dataset),
                                                dlg_dataset_get_as_of (dataset), FALSE);

      g_string_append_printf (out, _("As of %s\n"), inert (pool, date));
    }

  sides = dlg_dataset_get_sides (dataset);
  n_sides = g_list_model_get_n_items (sides);
  for (guint i = 0; i < n_sides; i++)
    {
      g_autoptr(DlgSide) side = g_list_model_get_item (sides, i);
      const DlgSideSummary *s = dlg_side_get_summary (side);
      GListModel *delegations = dlg_side_get_delegations (side);

      g_string_append_printf (out, "\n%s\n", inert (pool, dlg_side_get_name (side)));
      g_auto(GStrv) counts = dlg_side_describe_counts (side, FALSE);

      {
        g_autofree char *delegations_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u delegation", "%u delegations",
                                        s->n_delegations), s->n_delegations);
        /* distinct places, planned or visited (two stops in one city are one) */
        g_autofree char *destinations_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u place planned or visited",
                                        "%u places planned or visited",
                                        s->n_destinations), s->n_destinations);
        g_autofree char *unsc_text =
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u UN Security Council member visited",
                                        "%u UN Security Council members visited",
                                        s->n_unsc_visited), s->n_unsc_visited);

        /* Translators: --summary, a side's counts: "7 delegations, 34 places planned or
         * visited, 12 UN Security Council members visited" */
        g_string_append_printf (out, _("  %s, %s, %s\n"), delegations_text, destinations_text,
                                unsc_text);
      }
      for (guint k = 0; counts[k] != NULL; k++)
        g_string_append_printf (out, "  %s\n", inert (pool, counts[k]));
      for (guint j = 0; j < s->n_delegations; j++)
        {
          g_autoptr(DlgDelegation) d = g_list_model_get_item (delegations, j);
          DlgMember *leader = dlg_delegation_get_leader (d);
          GListModel *route = dlg_delegation_get_destinations (d);
          guint n_route = g_list_model_get_n_items (route);

          g_autoptr(GString) stops = g_string_new (NULL);
          g_autoptr(GString) who = g_string_new (NULL);

          /* the stops in route order: arrows, as place names hold commas */
          for (guint k = 0; k < n_route; k++)
            {
              g_autoptr(DlgDestination) dest = g_list_model_get_item (route, k);
              DlgVisitStatus status = dlg_destination_get_status (dest);

              if (k > 0)
                /* Translators: between the stops of a route, "London → Paris" */
                g_string_append (stops, _(" → "));
              g_string_append (stops, inert (pool, dlg_destination_get_place_label (dest)));
              g_string_append (stops, marked (DLG_RECORD (dest), &any_mark));
              if (status != DLG_VISIT_STATUS_VISITED)
                /* Translators: --summary, a stop's status after its name, "Paris (planned,
                 * not visited)" */
                g_string_append_printf (stops, _(" (%s)"), dlg_visit_status_to_label (status));
            }
          if (leader != NULL)
            {
              g_string_append (who, inert (pool, dlg_member_get_name (leader)));
              g_string_append (who, marked (DLG_RECORD (leader), &any_mark));
            }
          else
            g_string_append (who, _("(no leader named)"));
          /* Translators: --summary, a delegation, its leader and its stops,
           * "Group 5: Shashi Tharoor — New York → Georgetown → …" */
          g_string_append_printf (out, _("  %s: %s — %s\n"),
                                  inert (pool, dlg_delegation_get_label (d)), who->str,
                                  stops->str);
        }
    }

  if (n_sides >= 2)
    {
      g_autoptr(DlgSide) a = g_list_model_get_item (sides, 0);
      g_autoptr(DlgSide) b = g_list_model_get_item (sides, 1);
      g_autoptr(DlgComparison) c = dlg_comparison_new (a, b);
      g_autofree char *only_a = g_strdup_printf (_("Only %s"),
                                                 inert (pool, dlg_side_get_name (a)));
      g_autofree char *only_b = g_strdup_printf (_("Only %s"),
                                                 inert (pool, dlg_side_get_name (b)));
      g_autofree char *pnv_a = g_strdup_printf (_("Planned, not visited by %s"),
                                                inert (pool, dlg_side_get_name (a)));
      g_autofree char *pnv_b = g_strdup_printf (_("Planned, not visited by %s"),
                                                inert (pool, dlg_side_get_name (b)));

      /* Translators: --summary, the heading of the comparison of two sides, "India / Pakistan" */
      g_string_append_printf (out, _("\n%s / %s\n"), inert (pool, dlg_side_get_name (a)),
                              inert (pool, dlg_side_get_name (b)));
      print_places (out, pool, _("Visited by both"), c->shared, a, b);
      print_places (out, pool, only_a, c->only_a, a, b);
      print_places (out, pool, only_b, c->only_b, a, b);
      print_places (out, pool, pnv_a, c->planned_not_visited_a, a, b);
      print_places (out, pool, pnv_b, c->planned_not_visited_b, a, b);
    }
  print_background (out, pool, dataset, &any_mark);
  if (any_mark)
    {
      g_autofree char *legend = dlg_certainty_legend ();

      g_string_append_printf (out, "\n%s\n", legend);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

int
dlg_cli_summarise (const char *path)
{
  int status;
  g_autoptr(DlgDataset) dataset = load_for_cli (path, &status);
  g_autofree char *text = NULL;

  if (dataset == NULL)
    return status;
  text = dlg_cli_summary_text (dataset);
  g_print ("%s", text);
  return DLG_EXIT_OK;
}

char *
dlg_cli_diff_text (DlgDiff    *diff,
                   const char *old_name,
                   const char *new_name)
{
  GListModel *changes = dlg_diff_get_changes (diff);
  DlgDataset *new_dataset = dlg_diff_get_new_dataset (diff);
  guint n = g_list_model_get_n_items (changes);
  GString *out = g_string_new (NULL);
  g_autofree char *count =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  g_autoptr(DlgChange) previous = NULL;

  /* Translators: the first line of "delegations --diff OLD NEW": "3 changes
   * from OLD to NEW" (the count, then the two file names) */
  g_string_append_printf (out, _("%s from %s to %s"), count, old_name, new_name);
  g_string_append_c (out, '\n');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlgChange) change = g_list_model_get_item (changes, i);
      g_autofree char *text = dlg_change_dup_text (change, FALSE);
      g_autofree char *numbers = dlg_dataset_source_numbers (new_dataset,
                                                             dlg_change_get_sources (change));
      g_auto(GStrv) lines = NULL;

      if (!dlg_change_same_group (previous, change))
        {
          g_autofree char *title = dlg_change_dup_group (change, FALSE);

          g_string_append_printf (out, "\n%s\n", title);
        }
      g_set_object (&previous, change);
      /* notes run over lines: each continues under the change */
      lines = g_strsplit (text, "\n", -1);
      g_string_append (out, "  ");
      g_string_append (out, lines[0]);
      for (guint l = 1; lines[l] != NULL; l++)
        g_string_append_printf (out, "\n    %s", lines[l]);
      if (numbers[0] != '\0')
        {
          g_string_append_c (out, ' ');
          /* Translators: after a change, the reference numbers of the
           * sources it rests on: "sources [9, 31]" */
          g_string_append_printf (out, _("sources %s"), numbers);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static gboolean
write_changes_csv (DlgDiff     *diff,
                   const char  *csv_path,
                   GError     **error)
{
  g_autoptr(GOutputStream) out = NULL;

  if (is_stdio (csv_path))
    out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (csv_path);

      /* replaced whole when written, never left half-written */
      out = G_OUTPUT_STREAM (g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error));
      if (out == NULL)
        return FALSE;
    }
  if (!dlg_csv_write_changes (out, diff, NULL, error))
    {
      g_autoptr(GCancellable) abandon = g_cancellable_new ();

      /* closed cancelled, a file being replaced stays as it was */
      g_cancellable_cancel (abandon);
      g_output_stream_close (out, abandon, NULL);
      return FALSE;
    }
  return g_output_stream_close (out, NULL, error);
}

int
dlg_cli_diff (const char *old_file,
              const char *new_file,
              const char *csv_path)
{
  const char *names[2] = { old_file, new_file };
  DlgDataset *datasets[2] = { NULL, NULL };
  g_autoptr(DlgDiff) diff = NULL;
  int status = DLG_EXIT_OK;

  if (csv_path != NULL && csv_path[0] == '\0')
    return dlg_cli_usage_error (_("--export-csv needs a file name, as in "
                                  "--export-csv=changes.csv"));
  if (is_stdio (old_file) && is_stdio (new_file))
    return dlg_cli_usage_error (_("--diff reads standard input (“-”) once: name one file so"));
  if (same_target (csv_path, old_file) || same_target (csv_path, new_file))
    return dlg_cli_usage_error (_("--export-csv would write over a file --diff reads"));

  /* both are read, so that every error is said at once */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      datasets[i] = load_arg (names[i], &error);
      if (datasets[i] == NULL)
        {
          print_error (error->message);
          status = DLG_EXIT_USAGE;
        }
      else
        print_warnings (datasets[i]);
    }
  if (status == DLG_EXIT_OK)
    diff = dlg_diff_new (datasets[0], datasets[1]);
  g_clear_object (&datasets[0]);
  g_clear_object (&datasets[1]);
  if (diff == NULL)
    return status;

  if (csv_path != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!write_changes_csv (diff, csv_path, &error))
        {
          g_autofree char *name = dlg_text_escape (is_stdio (csv_path) ? "-" : csv_path, 0);

          /* Translators: "FILE: error: why it could not be written" */
          g_printerr (_("%s: error: %s"), name, error->message);
          g_printerr ("\n");
          return DLG_EXIT_USAGE;
        }
    }
  if (csv_path == NULL || !is_stdio (csv_path))
    {
      g_autofree char *report =
        dlg_cli_diff_text (diff, is_stdio (old_file) ? STDIN_NAME : old_file,
                           is_stdio (new_file) ? STDIN_NAME : new_file);

      print_lines (FALSE, g_strchomp (report));
    }
  return dlg_diff_get_n_changes (diff) > 0 ? DLG_EXIT_INVALID : DLG_EXIT_OK;
}
