/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-list"

#include "config.h"

#include "dlg-list.h"

struct _DlgList
{
  GObject parent_instance;
  GType item_type;
  GPtrArray *items;
};

static GType
dlg_list_get_item_type (GListModel *model)
{
  return DLG_LIST (model)->item_type;
}

static guint
dlg_list_get_n_items (GListModel *model)
{
  return DLG_LIST (model)->items->len;
}

static gpointer
dlg_list_get_item (GListModel *model,
                   guint       position)
{
  DlgList *self = DLG_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
dlg_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = dlg_list_get_item_type;
  iface->get_n_items = dlg_list_get_n_items;
  iface->get_item = dlg_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (DlgList, dlg_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, dlg_list_model_init))

static void
dlg_list_dispose (GObject *object)
{
  DlgList *self = DLG_LIST (object);

  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (dlg_list_parent_class)->dispose (object);
}

static void
dlg_list_finalize (GObject *object)
{
  DlgList *self = DLG_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (dlg_list_parent_class)->finalize (object);
}

static void
dlg_list_class_init (DlgListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dlg_list_dispose;
  object_class->finalize = dlg_list_finalize;
}

static void
dlg_list_init (DlgList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

DlgList *
dlg_list_new (GType item_type)
{
  DlgList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (DLG_TYPE_LIST, NULL);
  self->item_type = item_type;
  return self;
}

void
dlg_list_append (DlgList  *self,
                 gpointer  item)
{
  g_return_if_fail (DLG_IS_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}
