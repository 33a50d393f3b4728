#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace liaison {

class IncidentService;
struct StixImportPlan;

enum class ExportFormat { Csv, Stix };

// Exports incidents to a file in the given format: asks first when any of them is marked
// above TLP:GREEN, writes atomically (QSaveFile) and records the release in each incident's
// timeline. False with an empty error when the analyst said no; false with a translated error
// when the file could not be written.
bool exportIncidents(QWidget *parent, IncidentService &service, const QStringList &ids,
                     ExportFormat format, const QString &path, QString *error);

// Asks for a file name and exports (the board's and the incident window's menu actions).
void exportIncidentsInteractively(QWidget *parent, IncidentService &service, const QStringList &ids,
                                  ExportFormat format, const QString &suggestedName);

// Imports the indicators of a STIX 2.1 bundle file into an incident, in one transaction.
// Returns how many were added (-1 when nothing could be read) and a translated report of what
// was skipped and why.
int importStixIndicators(IncidentService &service, const QString &incidentId, const QString &path,
                         QString *report);

// The translated report of an import plan (exposed for tests).
QString stixImportReport(const StixImportPlan &plan, int added);

} // namespace liaison
