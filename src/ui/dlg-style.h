#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Follows the desktop's dark style: reads org.freedesktop.appearance
 * color-scheme from the settings portal on connection (1 = prefer dark)
 * and sets gtk-application-prefer-dark-theme, now and when it changes.
 * Without a portal nothing changes. */
void dlg_style_follow_portal (GDBusConnection *connection);

/* The application's style sheet (resources/style.css) for the default
 * display, above the theme */
void dlg_style_install (void);

G_END_DECLS
