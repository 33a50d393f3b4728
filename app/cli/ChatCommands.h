#pragma once

#include "cli/CliCommon.h"

namespace liaison::cli {

// liaison-cli channel|chat ...: channels, messages and their files. args starts with the
// command word.
Exit commandChannel(const QString &dir, const QStringList &args);
Exit commandChat(const QString &dir, const QStringList &args);

} // namespace liaison::cli
