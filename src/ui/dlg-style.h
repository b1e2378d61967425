/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "dlg-model.h"

G_BEGIN_DECLS

/* Follows the desktop's dark style: reads org.freedesktop.appearance
 * color-scheme from the settings portal on connection (1 = prefer dark)
 * and sets gtk-application-prefer-dark-theme, now and when it changes.
 * Without a portal nothing changes. */
void dlg_style_follow_portal (GDBusConnection *connection);

/* The application's style sheet (resources/style.css) for the default
 * display, above the theme */
void dlg_style_install (void);

/* Every wrapping label's minimum width, in characters (the .ui files
 * give their wrapping labels the same width-chars) */
#define DLG_WRAP_MIN_CHARS 8

/* Makes a label wrap (PANGO_WRAP_WORD_CHAR or PANGO_WRAP_WORD) with a
 * minimum width of DLG_WRAP_MIN_CHARS characters.  Without one, GTK
 * measures a wrapping label's minimum width by laying its text out at
 * width 0, one character a line: for a board card of 465 characters
 * 2 ms, five times any other layout of it (0.4 ms at 80 pixels). */
void dlg_label_set_wrapping (GtkLabel      *label,
                             PangoWrapMode  mode);

/* The side's colour from the dataset, or a default for its place (index
 * 0 or 1) when it gives none */
void dlg_side_rgba         (DlgSide   *side,
                            guint      index,
                            GdkRGBA   *rgba);
/* The widget's text colour, for drawing that suits light and dark */
void dlg_widget_foreground (GtkWidget *widget,
                            GdkRGBA   *rgba);
/* The window's background colour in the theme (theme_bg_color): what
 * the Overview's map is drawn on */
void dlg_widget_background (GtkWidget *widget,
                            GdkRGBA   *rgba);

G_END_DECLS
