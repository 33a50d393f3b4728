#include "IncidentExport.h"

#include "widgets/common/DialogSupport.h"

#include "services/CsvExport.h"
#include "services/IncidentService.h"
#include "services/Stix.h"

#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace liaison {

namespace {

class IncidentExport
{
    Q_DECLARE_TR_FUNCTIONS(liaison::IncidentExport)
public:
    static QString skipReason(const StixSkip &skip)
    {
        switch (skip.reason) {
        case StixSkipReason::Revoked: return tr("revoked by its producer");
        case StixSkipReason::PatternLanguage:
            //: %1 is a pattern language such as "sigma" or "snort"
            return tr("pattern language \"%1\" is not supported (only STIX patterns are)")
                .arg(skip.detail);
        case StixSkipReason::CompoundPattern:
            //: %1 is the STIX pattern
            return tr("combined pattern (AND, FOLLOWEDBY or a time window) cannot be one "
                      "indicator: %1")
                .arg(skip.detail);
        case StixSkipReason::UnsupportedObservable:
            //: %1 is a STIX object path such as "process:name"
            return tr("%1 has no matching indicator type").arg(skip.detail);
        case StixSkipReason::InvalidValue:
            //: %1 is the refused value
            return tr("invalid value: %1").arg(skip.detail);
        case StixSkipReason::Duplicate:
            //: %1 is the value
            return tr("already in this incident: %1").arg(skip.detail);
        case StixSkipReason::MarkedAbove:
            if (!skip.markedBy.isEmpty())
                //: %1 is a TLP label such as TLP:RED, %2 the STIX id of the report or grouping
                //: that holds the object and whose marking applies to it
                return tr("marked %1 by %2 that contains it, stricter than this incident")
                    .arg(skip.detail, skip.markedBy);
            //: %1 is a TLP label such as TLP:RED
            return tr("marked %1, stricter than this incident").arg(skip.detail);
        case StixSkipReason::Malformed:
            //: %1 is what could not be read (a pattern or an object type)
            return tr("could not be read: %1").arg(skip.detail);
        case StixSkipReason::UnknownMarking:
            //: %1 is the STIX id of a marking definition that is neither a TLP level nor a
            //: statement; the object might be stricter than the incident, so it is left out
            return tr("unknown marking %1: its handling rules cannot be checked").arg(skip.detail);
        case StixSkipReason::UnsupportedPattern:
            //: %1 is the STIX pattern; NOT, [*] and [0] are STIX pattern syntax, keep them as is
            return tr("pattern uses NOT, list indexes ([*], [0]) or parentheses, which are not "
                      "supported: %1")
                .arg(skip.detail);
        case StixSkipReason::Expired:
            //: %1 is the indicator's valid_until date and time, as written in the file
            return tr("expired: valid until %1").arg(skip.detail);
        }
        return {};
    }
};

constexpr int kReportLines = 50;

} // namespace

bool exportIncidents(QWidget *parent, IncidentService &service, const QStringList &ids,
                     ExportFormat format, const QString &path, QString *error)
{
    int restricted = 0;
    Tlp strictest = Tlp::Clear;
    QStringList existing; // missing or deleted ones are not exported, nor recorded
    for (const QString &id : ids) {
        const auto incident = service.incident(id);
        if (!incident || incident->deleted)
            continue;
        existing << id;
        // What leaves is the incident with its indicators: the strictest marking among them.
        const Tlp tlp = service.strictestMarking(id);
        strictest = std::max(strictest, tlp);
        if (tlpNeedsReleaseConfirmation(tlp))
            ++restricted;
    }
    error->clear();
    if (restricted > 0
        && !askYesNo(parent, IncidentExport::tr("Export restricted incidents?"),
                     //: %n incidents marked AMBER, AMBER+STRICT or RED, or holding indicators
                     //: so marked, among those exported; %1 the strictest TLP label of all
                     IncidentExport::tr("%n of the exported incidents are marked above "
                                        "TLP:GREEN or hold indicators that are (the strictest: "
                                        "%1). The file leaves Liaison's protection; your "
                                        "name is recorded in each of them as the one who "
                                        "exported it. Export?",
                                        nullptr, restricted)
                         .arg(tlpLabel(strictest))))
        return false;
    const QByteArray bytes = format == ExportFormat::Csv ? exportIncidentsCsv(service, existing)
                                                         : exportStixBundle(service, existing);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        //: %1 is the system's reason
        *error = IncidentExport::tr("The file could not be written: %1").arg(file.errorString());
        return false;
    }
    const ReleaseAction action
        = format == ExportFormat::Csv ? ReleaseAction::ExportCsv : ReleaseAction::ExportStix;
    service.recordReleases(existing, action);
    return true;
}

void exportIncidentsInteractively(QWidget *parent, IncidentService &service, const QStringList &ids,
                                  ExportFormat format, const QString &suggestedName)
{
    const bool csv = format == ExportFormat::Csv;
    const QString path
        = askSaveFileName(parent,
                          csv ? IncidentExport::tr("Export incidents as CSV")
                              : IncidentExport::tr("Export incidents as STIX 2.1"),
                          suggestedName + (csv ? QStringLiteral(".csv") : QStringLiteral(".json")),
                          //: File type filter in the save dialog
                          csv ? IncidentExport::tr("CSV files (*.csv)")
                              //: File type filter in the save dialog
                              : IncidentExport::tr("STIX 2.1 bundles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportIncidents(parent, service, ids, format, path, &error))
        announceSavedFile(parent, path);
    else if (!error.isEmpty())
        QMessageBox::warning(parent, IncidentExport::tr("Export failed"), error);
}

QString stixImportReport(const StixImportPlan &plan, int added)
{
    QStringList lines;
    lines << IncidentExport::tr("%n indicator(s) added.", nullptr, added);
    if (plan.inheritedMarkings > 0)
        //: %n objects of the file took the marking of a report or grouping that contains
        //: them, because it was stricter than their own
        lines << IncidentExport::tr("%n object(s) took the stricter marking of the report or "
                                    "grouping that contains them.",
                                    nullptr, plan.inheritedMarkings);
    if (!plan.skipped.isEmpty()) {
        lines << IncidentExport::tr("%n skipped:", nullptr, int(plan.skipped.size()));
        for (int i = 0; i < plan.skipped.size() && i < kReportLines; ++i)
            //: One line of the import report: %1 is a STIX object id, %2 the reason
            lines << IncidentExport::tr("• %1: %2")
                         .arg(plan.skipped[i].objectId,
                              IncidentExport::skipReason(plan.skipped[i]));
        if (plan.skipped.size() > kReportLines)
            lines << IncidentExport::tr("… and %n more.", nullptr,
                                        int(plan.skipped.size()) - kReportLines);
    }
    if (!plan.otherObjects.isEmpty()) {
        QStringList kinds;
        int others = 0;
        for (auto it = plan.otherObjects.cbegin(); it != plan.otherObjects.cend(); ++it) {
            //: %1 is a STIX object type such as "relationship", %2 how many there were
            kinds << IncidentExport::tr("%1: %2").arg(it.key(), QLocale().toString(it.value()));
            others += it.value();
        }
        //: %1 lists STIX object types with their counts
        lines << IncidentExport::tr("%n other object(s) are not indicators and were left out "
                                    "(%1).",
                                    nullptr, others)
                     .arg(QLocale().createSeparatedList(kinds));
    }
    return lines.join(QLatin1Char('\n'));
}

int importStixIndicators(IncidentService &service, const QString &incidentId, const QString &path,
                         QString *report)
{
    const auto incident = service.incident(incidentId);
    if (!incident) {
        *report = IncidentExport::tr("This incident no longer exists.");
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the system's reason
        *report = IncidentExport::tr("The file could not be read: %1").arg(file.errorString());
        return -1;
    }
    if (file.size() > kStixMaxImportBytes) {
        //: %1 is a size in megabytes
        *report = IncidentExport::tr("The file is larger than %1 MB; nothing was imported.")
                      .arg(QLocale().toString(kStixMaxImportBytes / (1024 * 1024)));
        return -1;
    }
    Tlp tlp = Tlp::Red;
    parseTlp(incident->tlp, &tlp);
    QSet<QString> existing;
    for (const Indicator &i : service.indicators(incidentId)) {
        IndicatorType type {};
        if (parseIndicatorType(i.type, &type))
            existing.insert(indicatorKey(type, i.value));
    }
    const StixImportPlan plan = planStixImport(file.readAll(), tlp, existing);
    if (plan.error == QLatin1String("not-json")) {
        *report = IncidentExport::tr("The file is not valid JSON; nothing was imported.");
        return -1;
    }
    if (plan.error == QLatin1String("not-a-bundle")) {
        *report = IncidentExport::tr("The file is not a STIX 2.1 bundle; nothing was imported.");
        return -1;
    }
    if (!plan.error.isEmpty()) {
        //: %1 is a number of objects
        *report = IncidentExport::tr("The bundle holds more than %1 objects; nothing was "
                                     "imported.")
                      .arg(QLocale().toString(kStixMaxImportObjects));
        return -1;
    }
    QList<IncidentService::NewIndicator> adds;
    adds.reserve(plan.accepted.size());
    for (const StixImportItem &item : plan.accepted)
        adds.append({item.type, item.value, item.note, QStringLiteral("import:stix")});
    const int added = int(service.addIndicators(incidentId, adds).size());
    *report = stixImportReport(plan, added);
    return added;
}

} // namespace liaison
