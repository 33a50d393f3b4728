#include "IndicatorListModel.h"

#include "domain/DomainText.h"
#include "domain/ValidationError.h"

#include <QDateTime>
#include <QLocale>
#include <QMultiHash>

#include <algorithm>

namespace liaison {

IndicatorListModel::IndicatorListModel(IncidentService &service, const QString &incidentId,
                                       QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
    , m_incidentId(incidentId)
{
    // Another incident's indicators change what is "seen elsewhere" here; an incident's own
    // marking changes its indicators' effective marking.
    connect(&m_service, &IncidentService::indicatorsChanged, this, [this] { reload(); });
    connect(&m_service, &IncidentService::incidentChanged, this, [this] { reload(); });
    connect(&m_service, &IncidentService::incidentRemoved, this, [this] { reload(); });
    reload();
}

void IndicatorListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        QMultiHash<QString, IndicatorSighting> elsewhere;
        for (const IndicatorSighting &s : m_service.indicatorsSeenElsewhere(m_incidentId))
            elsewhere.insert(s.indicatorId, s);
        QList<IndicatorRow> rows;
        for (const Indicator &i : m_service.indicators(m_incidentId)) {
            QList<IndicatorSighting> seen = elsewhere.values(i.id);
            std::reverse(seen.begin(), seen.end()); // QMultiHash gives the last inserted first
            rows.append({i, m_service.indicatorAuthor(i.id), seen});
        }
        replaceRows(rows);
    } catch (const std::exception &) { }
}

QString IndicatorListModel::sourceText(const IndicatorRow &row) const
{
    const QString &source = row.indicator.source;
    if (source.startsWith(QLatin1String("message:")))
        //: Where an indicator came from
        return tr("from a chat message");
    if (source.startsWith(QLatin1String("import:")))
        //: Where an indicator came from (a STIX 2.1 file)
        return tr("imported from STIX");
    if (row.addedBy.isEmpty())
        return tr("typed in");
    //: Where an indicator came from: %1 is the analyst's name
    return tr("typed by %1").arg(m_service.analystName(row.addedBy));
}

QVariant IndicatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndicatorRow &row = m_rows.at(index.row());
    const Indicator &i = row.indicator;
    switch (role) {
    case IdRole: return i.id;
    case TypeKeyRole: return i.type;
    case TlpKeyRole: return i.effectiveTlp;
    case ValueRole: return i.value;
    case StaysInCentreRole: return i.staysInCentre();
    case ElsewhereRole: {
        QStringList ids;
        for (const IndicatorSighting &s : row.elsewhere)
            ids << s.otherIncidentId;
        return ids;
    }
    default: break;
    }
    if (role == Qt::CheckStateRole) {
        if (index.column() == IocColumn)
            return i.ioc ? Qt::Checked : Qt::Unchecked;
        if (index.column() == SightedColumn)
            return i.sighted ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    const auto when = [](qint64 ms) {
        return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                      : QString();
    };
    if (role == Qt::ToolTipRole) {
        if (index.column() == TlpColumn && i.staysInCentre())
            return tr("Stays in your centre: never sent to the counterpart centre.");
        if (index.column() == TlpColumn && !i.tlp.isEmpty() && i.tlp != i.effectiveTlp)
            //: %1 the indicator's own TLP label, %2 the incident's stricter one
            return tr("Marked %1; the incident's stricter marking %2 applies.")
                .arg(tlpDisplay(i.tlp), tlpDisplay(i.effectiveTlp));
        if (index.column() == ElsewhereColumn && !row.elsewhere.isEmpty()) {
            QStringList titles;
            for (const IndicatorSighting &s : row.elsewhere)
                titles << s.otherTitle;
            return titles.join(QLatin1Char('\n'));
        }
        if (index.column() == ValueColumn)
            return i.value;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn: return indicatorTypeLabel(i.type);
    case ValueColumn: return i.value;
    case TlpColumn:
        if (i.staysInCentre())
            //: An indicator's marking, with a note that it never leaves the centre;
            //: %1 is a TLP label such as TLP:AMBER+STRICT
            return tr("%1 (your centre only)").arg(tlpDisplay(i.effectiveTlp));
        return tlpDisplay(i.effectiveTlp);
    case FirstSeenColumn: return when(i.firstSeen);
    case LastSeenColumn: return when(i.lastSeen);
    case SourceColumn: return sourceText(row);
    case ElsewhereColumn:
        if (row.elsewhere.isEmpty())
            return {};
        if (row.elsewhere.size() == 1)
            return row.elsewhere.first().otherTitle;
        //: "Seen elsewhere" column: %1 the first other incident's title, %n how many others
        return tr("%1 and %n other(s)", nullptr, int(row.elsewhere.size()) - 1)
            .arg(row.elsewhere.first().otherTitle);
    case NoteColumn: return i.note;
    default: return {};
    }
}

Qt::ItemFlags IndicatorListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = KeyedRowsModel::flags(index);
    if (index.isValid() && (index.column() == IocColumn || index.column() == SightedColumn))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool IndicatorListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (index.column() != IocColumn && index.column() != SightedColumn))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    IndicatorEdit edit;
    if (index.column() == IocColumn)
        edit.ioc = on;
    else
        edit.sighted = on;
    m_lastError.clear();
    try {
        m_service.editIndicator(m_rows.at(index.row()).indicator.id, edit);
    } catch (const ValidationError &e) {
        m_lastError = refusalText(e.field(), e.code());
    } catch (const std::exception &) {
        m_lastError = tr("The change could not be saved.");
    }
    if (!m_lastError.isEmpty()) {
        emit editRefused(m_lastError);
        return false;
    }
    return true; // the service's indicatorsChanged reloads the row
}

QVariant IndicatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the indicators table
    case TypeColumn: return tr("Type");
    //: Column of the indicators table
    case ValueColumn: return tr("Value");
    //: Column of the indicators table: the indicator's marking
    case TlpColumn: return tr("TLP");
    //: Column of the indicators table: an indicator of compromise (check box)
    case IocColumn: return tr("IOC");
    //: Column of the indicators table: seen in the analyst's own networks (check box)
    case SightedColumn: return tr("Sighted");
    //: Column of the indicators table
    case FirstSeenColumn: return tr("First seen");
    //: Column of the indicators table
    case LastSeenColumn: return tr("Last seen");
    //: Column of the indicators table: who or what added the indicator
    case SourceColumn: return tr("Source");
    //: Column of the indicators table: other incidents holding the same value
    case ElsewhereColumn: return tr("Seen elsewhere");
    //: Column of the indicators table
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

} // namespace liaison
