// libFuzzer target: a pasted indicator. Never crashes; validation is idempotent (a normalised
// value validates to itself) and a guessed type validates.
#include "domain/IndicatorValidator.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &key : liaison::indicatorTypeKeys()) {
        liaison::IndicatorType type {};
        if (!liaison::parseIndicatorType(key, &type))
            std::abort();
        const auto check = liaison::validateIndicator(type, text);
        if (!check.valid)
            continue;
        const auto again = liaison::validateIndicator(type, check.normalised);
        if (!again.valid || again.normalised != check.normalised)
            std::abort();
    }
    liaison::IndicatorType guessed {};
    if (liaison::guessIndicatorType(text, &guessed)
        && !liaison::validateIndicator(guessed, text).valid)
        std::abort();
    return 0;
}
