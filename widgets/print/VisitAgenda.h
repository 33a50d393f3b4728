#pragma once

#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace liaison {

class ScheduleService;

// A visit's agenda to print or keep as a PDF (issue #12), in the UI language (translation
// context "VisitAgenda") with dates and times in locale: its title, days, host, location,
// purpose, visitors with their answers, the centres' approvals and the agenda items (the
// visit's meetings: time in the host's zone, title, who leads it, where). Throws
// ValidationError("visit", "not-found") for an id that is not a visit of this profile.
QString visitAgendaHtml(ScheduleService &schedule, const QString &visitId, const QLocale &locale);

// Lays the agenda out on device: a QPrinter from the print dialog, or a QPdfWriter.
void printVisitAgenda(ScheduleService &schedule, const QString &visitId, const QLocale &locale,
                      QPagedPaintDevice *device);

// Writes the agenda as a PDF (A4 or Letter as locale's country uses) to path, atomically
// (QSaveFile) and owner-only (0600). False with a sentence in *error when it cannot be written.
bool saveVisitAgendaPdf(ScheduleService &schedule, const QString &visitId, const QLocale &locale,
                        const QString &path, QString *error);

} // namespace liaison
