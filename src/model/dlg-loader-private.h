/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

/* Shared by the parts of the loader: dlg-loader.c (files, errors),
 * dlg-loader-fields.c (members of one JSON object, checked),
 * dlg-loader-entities.c (sides, delegations, members, destinations). */

#include <json-glib/json-glib.h>

#include "dlg-loader.h"
#include "dlg-model-private.h"

G_BEGIN_DECLS

typedef struct
{
  char *path;
  char *message;
  gboolean is_error;
} Finding;

typedef struct
{
  const char *display_name;
  GPtrArray *findings;
  guint n_errors;
  gboolean truncated;
  guint n_warnings;
  guint n_warnings_dropped;
  gboolean newer_version;
  /* the file's minor version: a 1.1 "attended" lists every stop attended */
  guint minor;
  /* checked between elements: a cancelled load stops walking */
  GCancellable *cancellable;
  /* id -> path where it was first used, one table per kind of id */
  GHashTable *source_ids;
  GHashTable *side_ids;
  GHashTable *delegation_ids;
  GHashTable *member_ids;
  GHashTable *destination_ids;
  GHashTable *place_ids;
  GHashTable *event_ids;
  /* the delegations', members' and destinations' ids together (unique in
   * the file): the keys and paths of the three tables above, not copies */
  GHashTable *file_ids;
  /* the dataset being filled in: places are looked up in it */
  DlgDataset *dataset;
} Ctx;

typedef enum
{
  OPTIONAL,
  REQUIRED,
} Need;


#define error_at(ctx, path, member, ...) dlg_loader_report (ctx, TRUE, path, member, __VA_ARGS__)
#define warning_at(ctx, path, member, ...) dlg_loader_report (ctx, FALSE, path, member, __VA_ARGS__)

typedef gboolean (*ReadElementFunc) (Ctx        *ctx,
                                     JsonObject *object,
                                     const char *path,
                                     gpointer    user_data);

gboolean dlg_loader_ctx_full (Ctx *ctx);
G_GNUC_PRINTF (5, 6)
void dlg_loader_report (Ctx        *ctx,
                        gboolean   is_error,
                        const char *path,
                        const char *member,
                        const char *format,
                        ...);
const char * dlg_loader_node_kind (JsonNode *node);
JsonNode * dlg_loader_get_member (Ctx        *ctx,
                                  JsonObject *object,
                                  const char *path,
                                  const char *name,
                                  Need       need);
gboolean dlg_loader_check_text (Ctx        *ctx,
                                JsonNode   *node,
                                const char *path,
                                const char *member);
gboolean dlg_loader_read_string (Ctx        *ctx,
                                 JsonObject *object,
                                 const char *path,
                                 const char *name,
                                 Need       need,
                                 char       **out);
gboolean dlg_loader_read_enum (Ctx        *ctx,
                               JsonObject *object,
                               const char *path,
                               const char *name,
                               Need       need,
                               GType      enum_type,
                               int        fallback,
                               int        *out);
gboolean dlg_loader_read_date (Ctx        *ctx,
                               JsonObject *object,
                               const char *path,
                               const char *name,
                               char       **out);
gboolean dlg_loader_read_bool (Ctx        *ctx,
                               JsonObject *object,
                               const char *path,
                               const char *name,
                               gboolean   *out);
gboolean dlg_loader_read_number (Ctx        *ctx,
                                 JsonObject *object,
                                 const char *path,
                                 const char *name,
                                 double     min,
                                 double     max,
                                 gboolean   *present,
                                 double     *out);
JsonArray * dlg_loader_read_array (Ctx        *ctx,
                                   JsonObject *object,
                                   const char *path,
                                   const char *name,
                                   Need       need);
char * dlg_loader_element_path (const char *path,
                                const char *name,
                                guint      index);
GStrv dlg_loader_read_string_array (Ctx        *ctx,
                                    JsonObject *object,
                                    const char *path,
                                    const char *name);
GStrv dlg_loader_read_source_refs (Ctx        *ctx,
                                   JsonObject *object,
                                   const char *path,
                                   const char *name);
DlgCertainty dlg_loader_judge (Ctx                *ctx,
                               const char * const *sources,
                               gboolean            flagged,
                               gboolean            disputed);
void dlg_loader_check_unknown_members (Ctx                *ctx,
                                       JsonObject         *object,
                                       const char         *path,
                                       const char * const *known);
GPtrArray * dlg_loader_read_notes (Ctx        *ctx,
                                   JsonObject *object,
                                   const char *path,
                                   const char *name);
char * dlg_loader_read_id (Ctx        *ctx,
                           JsonObject *object,
                           const char *path,
                           Need       need,
                           GHashTable *seen);
gboolean dlg_loader_read_record (Ctx        *ctx,
                                 DlgRecord  *record,
                                 JsonObject *object,
                                 const char *path,
                                 Need       id_need,
                                 GHashTable *ids);
guint dlg_loader_read_objects (Ctx             *ctx,
                               JsonObject      *object,
                               const char      *path,
                               const char      *name,
                               Need            need,
                               ReadElementFunc func,
                               gpointer        user_data);
gboolean dlg_loader_read_dates (Ctx        *ctx,
                                JsonObject *object,
                                const char *path,
                                char       **from,
                                char       **to,
                                gboolean   *approximate);
void dlg_loader_read_dataset (Ctx        *ctx,
                              JsonNode   *root_node,
                              DlgDataset *dataset);

G_END_DECLS
