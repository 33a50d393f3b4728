// libFuzzer target: a pasted indicator. Never crashes; validation is idempotent (a normalised
// value validates to itself), a defanged copy of a valid value reads back as the same value,
// and a guessed type validates (or, for four numbers, is refused as an invalid IPv4 address).
#include "domain/IndicatorValidator.h"
#include "domain/MessageText.h"

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
        const auto back = liaison::validateIndicator(type, liaison::defang(check.normalised, key));
        if (!back.valid || back.normalised != check.normalised)
            std::abort();
    }
    liaison::IndicatorType guessed {};
    if (liaison::guessIndicatorType(text, &guessed)) {
        const auto check = liaison::validateIndicator(guessed, text);
        if (!check.valid
            && !(guessed == liaison::IndicatorType::IPv4
                 && check.reason == QLatin1String("invalid-ipv4")))
            std::abort();
    }
    return 0;
}
