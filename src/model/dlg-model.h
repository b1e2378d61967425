/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "dlg-brief.h"
#include "dlg-bundled.h"
#include "dlg-change.h"
#include "dlg-comparison.h"
#include "dlg-dataset.h"
#include "dlg-delegation.h"
#include "dlg-diff.h"
#include "dlg-destination.h"
#include "dlg-document.h"
#include "dlg-enums.h"
#include "dlg-error.h"
#include "dlg-list.h"
#include "dlg-loader.h"
#include "dlg-member.h"
#include "dlg-place.h"
#include "dlg-record.h"
#include "dlg-side.h"
#include "dlg-source.h"
#include "dlg-text.h"
