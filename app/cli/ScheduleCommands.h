#pragma once

#include "cli/CliCommon.h"

namespace liaison::cli {

// liaison-cli call|visit|schedule ... (issue #12): calls and visits, their workflow, the list
// and the iCalendar export and import. args starts with the command word.
Exit commandCall(const QString &dir, const QStringList &args);
Exit commandVisit(const QString &dir, const QStringList &args);
Exit commandSchedule(const QString &dir, const QStringList &args);

} // namespace liaison::cli
