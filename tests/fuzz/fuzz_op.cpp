// libFuzzer target: an op as it comes from the network. Never crashes; an op that parses
// writes back to a wire form that parses to the same canonical bytes.
#include "sync/Op.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto op = liaison::Op::fromJson(bytes, &error);
    if (!op) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const auto again = liaison::Op::fromJson(op->toJson(), &error);
    if (!again || again->canonical() != op->canonical())
        std::abort();
    return 0;
}
