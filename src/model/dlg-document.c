/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-document"

#include "config.h"

#include "dlg-bundled.h"
#include "dlg-comparison.h"
#include "dlg-document.h"
#include "dlg-loader.h"

/* A change on disk is reloaded after this quiet time (ms). */
#define RELOAD_DELAY 300
/* How often the progress property follows the worker (ms). */
#define PROGRESS_INTERVAL 100

/* One load: the worker writes its progress here, not into the document,
 * so a load that was cancelled or replaced touches nothing shared. */
typedef struct
{
  GFile *file;
  gboolean remember;
  int permille;  /* atomic */
  DlgDatasetPrepareFunc prepare;
} Load;

struct _DlgDocument
{
  GObject parent_instance;

  DlgDataset *dataset;
  GFile *file;
  GFile *shown_file;
  GFileMonitor *monitor;
  GCancellable *cancellable;
  Load *load;           /* the current one, or NULL */
  char *error;
  gboolean missing;
  GStrv warnings;
  gboolean showing_fallback;
  DlgDatasetPrepareFunc prepare;
  double progress;
  guint progress_source;
  guint reload_source;
};

G_DEFINE_FINAL_TYPE (DlgDocument, dlg_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_SHOWN_FILE,
  PROP_LOADING,
  PROP_PROGRESS,
  PROP_ERROR,
  PROP_MISSING,
  PROP_WARNINGS,
  PROP_SHOWING_FALLBACK,
  N_PROPS
};

enum {
  LOADED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
load_clear (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->file);
}

static void
load_unref (Load *load)
{
  g_atomic_rc_box_release_full (load, load_clear);
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  Load *load = user_data;

  g_atomic_int_set (&load->permille, (int) (fraction * 1000));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  GError *error = NULL;
  DlgDataset *dataset = dlg_dataset_load_file_full (load->file, NULL, load_progress_cb, load,
                                                    cancellable, &error);

  if (dataset == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  /* what the window shows of each side before any filter, made here
   * rather than in the main loop (at 100 000 members, 0.2 s) */
  dlg_dataset_prepare (dataset);
  if (load->prepare != NULL)
    load->prepare (dataset);
  g_task_return_pointer (task, dataset, g_object_unref);
}

static void
set_progress (DlgDocument *self,
              double       progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static gboolean
progress_cb (gpointer user_data)
{
  DlgDocument *self = user_data;

  if (self->load != NULL)
    set_progress (self, g_atomic_int_get (&self->load->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* Ends the current load, if any, without a result. */
static void
stop_loading (DlgDocument *self)
{
  gboolean was_loading = self->load != NULL;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->load, load_unref);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_error (DlgDocument *self,
           const char  *error,
           gboolean     missing)
{
  if (g_strcmp0 (self->error, error) != 0)
    {
      g_free (self->error);
      self->error = g_strdup (error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }
  if (self->missing != missing)
    {
      self->missing = missing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING]);
    }
}

static void
show (DlgDocument *self,
      DlgDataset  *dataset,
      GFile       *shown_file,
      gboolean     fallback)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_strfreev (self->warnings);
  self->warnings = g_strdupv ((GStrv) dlg_dataset_get_warnings (dataset));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNINGS]);
  if (g_set_object (&self->shown_file, shown_file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN_FILE]);
  if (self->showing_fallback != fallback)
    {
      self->showing_fallback = fallback;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_FALLBACK]);
    }
  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  DlgDocument *self = DLG_DOCUMENT (object);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(DlgDataset) dataset = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean remember = load->remember;
  g_autoptr(GFile) file = g_object_ref (load->file);

  /* Cancelled, or a newer load replaced this one. */
  if (load != self->load)
    return;
  stop_loading (self);

  if (dataset == NULL)
    {
      /* Nothing shown yet: the bundled data, under the error. */
      if (self->dataset == NULL)
        {
          g_autoptr(GFile) bundled = dlg_bundled_dataset_file ();
          g_autoptr(DlgDataset) fallback = dlg_dataset_load_file (bundled, NULL, NULL, NULL);

          if (fallback != NULL)
            show (self, fallback, NULL, TRUE);
        }
      set_error (self, error->message, g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
      return;
    }

  set_error (self, NULL, FALSE);
  show (self, dataset, g_file_has_uri_scheme (file, "resource") ? NULL : file, FALSE);
  g_signal_emit (self, signals[LOADED], 0, file, remember);
}

static void
start (DlgDocument *self,
       GFile       *file,
       gboolean     remember)
{
  g_autoptr(GTask) task = NULL;

  stop_loading (self);
  self->cancellable = g_cancellable_new ();
  self->load = g_atomic_rc_box_new0 (Load);
  self->load->file = g_object_ref (file);
  self->load->remember = remember;
  self->load->prepare = self->prepare;
  set_progress (self, 0);
  self->progress_source = g_timeout_add (PROGRESS_INTERVAL, progress_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, g_atomic_rc_box_acquire (self->load),
                        (GDestroyNotify) load_unref);
  g_task_run_in_thread (task, load_thread);
}

void
dlg_document_set_prepare_func (DlgDocument           *self,
                               DlgDatasetPrepareFunc  func)
{
  g_return_if_fail (DLG_IS_DOCUMENT (self));

  self->prepare = func;
}

/* --- watching --- */

static gboolean
reload_cb (gpointer user_data)
{
  DlgDocument *self = user_data;

  self->reload_source = 0;
  dlg_document_reload (self);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (DlgDocument       *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      /* Editors save in bursts, or write a copy and rename it over the
       * file: wait for a quiet moment, then load what is there (a file
       * that is gone then says so). */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY, reload_cb, self);
      break;
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      break;
    }
}

static void
unwatch (DlgDocument *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
}

static void
watch (DlgDocument *self,
       GFile       *file)
{
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file) &&
      self->monitor != NULL)
    return;

  unwatch (self);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (file != NULL && g_file_is_native (file))
    {
      g_autoptr(GError) error = NULL;

      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor == NULL)
        g_debug ("Not watching %s: %s", g_file_peek_path (file), error->message);
      else
        g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self,
                                 G_CONNECT_SWAPPED);
    }
}

/* --- public --- */

void
dlg_document_open (DlgDocument *self,
                   GFile       *file)
{
  g_return_if_fail (DLG_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  watch (self, file);
  start (self, file, TRUE);
}

void
dlg_document_reload (DlgDocument *self)
{
  g_return_if_fail (DLG_IS_DOCUMENT (self));

  if (self->file != NULL)
    start (self, self->file, FALSE);
}

void
dlg_document_cancel (DlgDocument *self)
{
  g_return_if_fail (DLG_IS_DOCUMENT (self));

  stop_loading (self);
  /* Watch the file whose data is shown again. */
  if (self->shown_file != NULL)
    watch (self, self->shown_file);
}

#define GETTER(type, name, field, fallback)                  \
  type                                                       \
  dlg_document_get_##name (DlgDocument *self)                \
  {                                                          \
    g_return_val_if_fail (DLG_IS_DOCUMENT (self), fallback); \
    return field;                                            \
  }

GETTER (DlgDataset *, dataset, self->dataset, NULL)
GETTER (GFile *, file, self->file, NULL)
GETTER (GFile *, shown_file, self->shown_file, NULL)
GETTER (gboolean, loading, self->load != NULL, FALSE)
GETTER (double, progress, self->progress, 0)
GETTER (const char *, error, self->error, NULL)
GETTER (gboolean, missing, self->missing, FALSE)
GETTER (const char * const *, warnings, (const char * const *) self->warnings, NULL)
GETTER (gboolean, showing_fallback, self->showing_fallback, FALSE)

/* --- class --- */

static void
dlg_document_dispose (GObject *object)
{
  DlgDocument *self = DLG_DOCUMENT (object);

  stop_loading (self);
  unwatch (self);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);
  g_clear_object (&self->shown_file);

  G_OBJECT_CLASS (dlg_document_parent_class)->dispose (object);
}

static void
dlg_document_finalize (GObject *object)
{
  DlgDocument *self = DLG_DOCUMENT (object);

  g_free (self->error);
  g_strfreev (self->warnings);

  G_OBJECT_CLASS (dlg_document_parent_class)->finalize (object);
}

static void
dlg_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DlgDocument *self = DLG_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_DATASET: g_value_set_object (value, self->dataset); break;
    case PROP_FILE: g_value_set_object (value, self->file); break;
    case PROP_SHOWN_FILE: g_value_set_object (value, self->shown_file); break;
    case PROP_LOADING: g_value_set_boolean (value, self->load != NULL); break;
    case PROP_PROGRESS: g_value_set_double (value, self->progress); break;
    case PROP_ERROR: g_value_set_string (value, self->error); break;
    case PROP_MISSING: g_value_set_boolean (value, self->missing); break;
    case PROP_WARNINGS: g_value_set_boxed (value, self->warnings); break;
    case PROP_SHOWING_FALLBACK: g_value_set_boolean (value, self->showing_fallback); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlg_document_class_init (DlgDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dlg_document_dispose;
  object_class->finalize = dlg_document_finalize;
  object_class->get_property = dlg_document_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, DLG_TYPE_DATASET, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_SHOWN_FILE] = g_param_spec_object ("shown-file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, flags);
  properties[PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0, 1, 0, flags);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, flags);
  properties[PROP_MISSING] = g_param_spec_boolean ("missing", NULL, NULL, FALSE, flags);
  properties[PROP_WARNINGS] = g_param_spec_boxed ("warnings", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_SHOWING_FALLBACK] =
    g_param_spec_boolean ("showing-fallback", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_BOOLEAN);
}

static void
dlg_document_init (DlgDocument *self)
{
  self->warnings = g_new0 (char *, 1);
}

DlgDocument *
dlg_document_new (void)
{
  return g_object_new (DLG_TYPE_DOCUMENT, NULL);
}
