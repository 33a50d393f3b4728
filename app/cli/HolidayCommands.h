#pragma once

#include "cli/CliCommon.h"

namespace liaison::cli {

// liaison-cli holidays --country CA|US [--region XX] --year YYYY [--lang en|fr] [--json]:
// needs no profile. args starts with the command word.
Exit commandHolidays(const QStringList &args);

} // namespace liaison::cli
