/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "dlg-style"

#include "config.h"

#include <gtk/gtk.h>

#include "dlg-map-scene.h"
#include "dlg-style.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define SETTINGS_INTERFACE "org.freedesktop.portal.Settings"

static void
apply_color_scheme (GVariant *value)
{
  g_autoptr(GVariant) inner = value != NULL ? g_variant_ref (value) : NULL;
  guint32 scheme = 0;

  /* Read() wraps the value in one variant more than SettingChanged. */
  while (inner != NULL && g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }
  if (inner != NULL && g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    scheme = g_variant_get_uint32 (inner);

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme",
                scheme == 1, NULL);
}

static void
setting_changed_cb (GDBusConnection *connection,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;
  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_strcmp0 (ns, "org.freedesktop.appearance") == 0 && g_strcmp0 (key, "color-scheme") == 0)
    apply_color_scheme (value);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result,
                                                            &error);
  g_autoptr(GVariant) value = NULL;

  if (reply == NULL)
    {
      g_debug ("No color-scheme from the settings portal: %s", error->message);
      return;
    }
  g_variant_get (reply, "(v)", &value);
  apply_color_scheme (value);
}

void
dlg_style_follow_portal (GDBusConnection *connection)
{
  g_return_if_fail (G_IS_DBUS_CONNECTION (connection));

  g_dbus_connection_signal_subscribe (connection, PORTAL_NAME, SETTINGS_INTERFACE,
                                      "SettingChanged", PORTAL_PATH, NULL,
                                      G_DBUS_SIGNAL_FLAGS_NONE, setting_changed_cb, NULL, NULL);
  g_dbus_connection_call (connection, PORTAL_NAME, PORTAL_PATH, SETTINGS_INTERFACE, "Read",
                          g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, 2000, NULL,
                          read_done_cb, NULL);
}

void
dlg_style_install (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, "/com/example/Delegations/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

void
dlg_label_set_wrapping (GtkLabel      *label,
                        PangoWrapMode  mode)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, mode);
  gtk_label_set_width_chars (label, DLG_WRAP_MIN_CHARS);
}

void
dlg_side_rgba (DlgSide *side,
               guint    index,
               GdkRGBA *rgba)
{
  DlgColour colour;

  dlg_side_colour (side, index, &colour);
  rgba->red = colour.red;
  rgba->green = colour.green;
  rgba->blue = colour.blue;
  rgba->alpha = 1;
}

void
dlg_widget_foreground (GtkWidget *widget,
                       GdkRGBA   *rgba)
{
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
}

void
dlg_widget_background (GtkWidget *widget,
                       GdkRGBA   *rgba)
{
  gboolean found;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "theme_bg_color",
                                          rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
  if (!found)
    {
      GdkRGBA fg;

      /* a theme without it: the far end from the text */
      dlg_widget_foreground (widget, &fg);
      if (0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5)
        *rgba = (GdkRGBA) { 0.14, 0.14, 0.14, 1 };
      else
        *rgba = (GdkRGBA) { 1, 1, 1, 1 };
    }
}
