/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "test-style"

#include "config.h"

#include <gtk/gtk.h>

#include "dlg-style.h"
#include "dlg-width-bin.h"
#include "test-util.h"

/* Dark style follows the settings portal: a fake portal on a private
 * session bus answers Read() and then changes its mind. */

static const char introspection[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Settings'>"
  "    <method name='Read'>"
  "      <arg type='s' name='namespace' direction='in'/>"
  "      <arg type='s' name='key' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <signal name='SettingChanged'>"
  "      <arg type='s' name='namespace'/>"
  "      <arg type='s' name='key'/>"
  "      <arg type='v' name='value'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *path,
                const char            *interface,
                const char            *method,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  const char *ns, *key;

  g_variant_get (parameters, "(&s&s)", &ns, &key);
  if (g_strcmp0 (ns, "org.freedesktop.appearance") == 0 && g_strcmp0 (key, "color-scheme") == 0)
    /* Read() answers a variant in a variant, as the portal does */
    g_dbus_method_invocation_return_value (invocation,
                                           g_variant_new ("(v)",
                                                          g_variant_new_variant (
                                                            g_variant_new_uint32 (1))));
  else
    g_dbus_method_invocation_return_dbus_error (invocation,
                                                "org.freedesktop.portal.Error.NotFound",
                                                "no such setting");
}

static gboolean
prefers_dark (void)
{
  gboolean dark = FALSE;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static gboolean
wait_for_dark (gboolean wanted,
               guint    seconds)
{
  gint64 end = dlg_test_deadline (seconds * 1000);

  while (prefers_dark () != wanted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return prefers_dark () == wanted;
}

/* A private bus daemon, exec'd rather than GTestDBus's forked watcher: a
 * forked copy of a sanitized test runs LeakSanitizer at its exit, which
 * can hang with the parent's threads gone and keep the test's output open. */
static GSubprocess *
start_bus (char **address)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  GSubprocess *daemon;

  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             "dbus-daemon", "--session", "--nofork", "--print-address=1", NULL);
  g_assert_no_error (error);
  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (daemon));
  *address = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*address);
  return daemon;
}

static void
test_style_follows_portal (void)
{
  g_autofree char *address = NULL;
  g_autoptr(GSubprocess) daemon = start_bus (&address);
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (introspection, NULL);
  static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };
  g_autoptr(GError) error = NULL;
  guint owner, object;

  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_set_exit_on_close (connection, FALSE);
  object = g_dbus_connection_register_object (connection, "/org/freedesktop/portal/desktop",
                                              info->interfaces[0], &vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (connection, "org.freedesktop.portal.Desktop",
                                        G_BUS_NAME_OWNER_FLAGS_NONE, NULL, NULL, NULL, NULL);

  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  dlg_style_follow_portal (connection);
  g_assert_true (wait_for_dark (TRUE, 5));

  /* The desktop switches back to light. */
  g_dbus_connection_emit_signal (connection, NULL, "/org/freedesktop/portal/desktop",
                                 "org.freedesktop.portal.Settings", "SettingChanged",
                                 g_variant_new ("(ssv)", "org.freedesktop.appearance",
                                                "color-scheme", g_variant_new_uint32 (0)),
                                 &error);
  g_assert_no_error (error);
  g_assert_true (wait_for_dark (FALSE, 5));

  /* Other settings leave it alone. */
  g_dbus_connection_emit_signal (connection, NULL, "/org/freedesktop/portal/desktop",
                                 "org.freedesktop.portal.Settings", "SettingChanged",
                                 g_variant_new ("(ssv)", "org.gnome.desktop.interface",
                                                "color-scheme", g_variant_new_uint32 (1)),
                                 &error);
  g_assert_false (wait_for_dark (TRUE, 1));

  g_bus_unown_name (owner);
  g_dbus_connection_unregister_object (connection, object);
  g_dbus_connection_close_sync (connection, NULL, NULL);
  g_subprocess_force_exit (daemon);
  g_subprocess_wait (daemon, NULL, NULL);
}

/* A wrapping label in a DlgWidthBin, asked for its width at a height,
 * answers as if no height were given (the label alone searches for a
 * narrower width that fits the height); its height for a width is the
 * label's. */
static void
test_width_bin (void)
{
  GtkWidget *label = gtk_label_new ("Paris, Rome, Copenhagen, London, Brussels, Berlin and "
                                    "Washington: the routes of one delegation, at length");
  g_autoptr(GtkWidget) bin = g_object_ref_sink (dlg_width_bin_new (label));
  int min, nat, min_free, nat_free, label_min, label_nat, h_bin, h_label;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  g_assert_true (gtk_widget_get_request_mode (bin) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, -1, &min_free, &nat_free, NULL, NULL);
  gtk_widget_measure (bin, GTK_ORIENTATION_HORIZONTAL, 80, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, min_free);
  g_assert_cmpint (nat, ==, nat_free);
  /* the label alone, at a height of a few lines, asks for less */
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, 80, &label_min, &label_nat, NULL, NULL);
  g_assert_cmpint (label_nat, <, nat_free);

  gtk_widget_measure (bin, GTK_ORIENTATION_VERTICAL, 120, &h_bin, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 120, &h_label, NULL, NULL, NULL);
  g_assert_cmpint (h_bin, ==, h_label);

  /* it expands as its child does (a leader card fills its column) */
  g_assert_false (gtk_widget_compute_expand (bin, GTK_ORIENTATION_HORIZONTAL));
  gtk_widget_set_hexpand (label, TRUE);
  g_assert_true (gtk_widget_compute_expand (bin, GTK_ORIENTATION_HORIZONTAL));
  g_assert_false (gtk_widget_compute_expand (bin, GTK_ORIENTATION_VERTICAL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  g_test_add_func ("/ui/style/follows-portal", test_style_follows_portal);
  g_test_add_func ("/ui/width-bin", test_width_bin);
  return g_test_run ();
}
