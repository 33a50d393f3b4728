// libFuzzer target: an imported .vcf file. Never crashes; a file either parses whole or throws
// VCardError (nothing else); what parses, written and parsed again, gives the same cards, and
// writing those gives the same bytes.
#include "domain/VCard.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<liaison::VCardContact> cards;
    try {
        cards = liaison::parseVCards(input);
    } catch (const liaison::VCardError &e) {
        if (e.message().isEmpty())
            std::abort();
        return 0;
    }
    const QByteArray written = liaison::writeVCards(cards);
    QList<liaison::VCardContact> again;
    try {
        again = liaison::parseVCards(written);
    } catch (const liaison::VCardError &e) {
        std::fprintf(stderr, "written cards do not parse: %s\n", e.what());
        std::abort();
    }
    if (again != cards) {
        std::fprintf(stderr, "write -> parse changed the cards\n");
        std::abort();
    }
    if (liaison::writeVCards(again) != written)
        std::abort();
    return 0;
}
