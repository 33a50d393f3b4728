// libFuzzer target: a STIX bundle file as an analyst might import it. Never crashes, never
// accepts an indicator that Liaison's own validation refuses, never accepts a value twice.
#include "services/Stix.h"

#include <QByteArray>
#include <QSet>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const liaison::StixImportPlan plan = liaison::planStixImport(bytes, liaison::Tlp::Amber);
    QSet<QString> seen;
    for (const auto &item : plan.accepted) {
        const auto check = liaison::validateIndicator(item.type, item.value);
        if (!check.valid || check.normalised != item.value)
            std::abort();
        const QString key = liaison::indicatorKey(item.type, item.value);
        if (seen.contains(key))
            std::abort();
        seen.insert(key);
    }
    return 0;
}
