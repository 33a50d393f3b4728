// libFuzzer target: an .ics file as an analyst might import it (an invitation, an export from
// Outlook or Thunderbird). Never crashes, lets nothing but ValidationError escape, and what it
// reads writes back and reads the same (the stamp aside when the file had none).
#include "domain/ICalendar.h"
#include "domain/ValidationError.h"

#include <cstdlib>

using namespace liaison;

namespace {

QList<CalendarEvent> withoutMissingStamps(QList<CalendarEvent> events,
                                          const QList<CalendarEvent> &reference)
{
    for (qsizetype i = 0; i < events.size() && i < reference.size(); ++i) {
        if (!reference.at(i).updated.isValid())
            events[i].updated = QDateTime();
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QTimeZone floating("America/Toronto");
    ICalImport first;
    try {
        first = readCalendar(bytes, floating);
    } catch (const ValidationError &) {
        return 0;
    }
    for (const CalendarEvent &e : first.events) {
        if (e.uid.isEmpty()
            || (e.allDay ? !e.startDate.isValid() || e.endDate < e.startDate
                         : !e.start.isValid() || e.end < e.start)) {
            std::abort();
        }
    }
    for (const ICalMethod method : {ICalMethod::Publish, ICalMethod::Request}) {
        const QByteArray written = writeCalendar(first.events, method);
        ICalImport second;
        try {
            second = readCalendar(written, floating);
        } catch (const ValidationError &) {
            std::abort(); // our own output refused
        }
        if (!second.problems.isEmpty())
            std::abort(); // our own output has problems
        if (withoutMissingStamps(second.events, first.events) != first.events)
            std::abort();
    }
    return 0;
}
