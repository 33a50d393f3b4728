#pragma once

#include "cli/CliCommon.h"

namespace liaison::cli {

// liaison-cli incident|indicator|comment ...: the board from a script. args starts with the
// command word.
Exit commandIncident(const QString &dir, const QStringList &args);
Exit commandIndicator(const QString &dir, const QStringList &args);
Exit commandComment(const QString &dir, const QStringList &args);

} // namespace liaison::cli
