#pragma once

#include "dlg-bundled.h"
#include "dlg-comparison.h"
#include "dlg-dataset.h"
#include "dlg-delegation.h"
#include "dlg-destination.h"
#include "dlg-enums.h"
#include "dlg-error.h"
#include "dlg-loader.h"
#include "dlg-member.h"
#include "dlg-record.h"
#include "dlg-side.h"
#include "dlg-source.h"
