#include "IncidentListModel.h"

#include "domain/DomainText.h"
#include "domain/Enums.h"
#include "domain/IncidentReference.h"
#include "domain/Sectors.h"
#include "sync/Hlc.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFont>
#include <QLocale>
#include <QLoggingCategory>

namespace liaison {

namespace {
Q_LOGGING_CATEGORY(lcModel, "liaison.models")

template<typename E, typename Parse>
int rank(const QString &key, Parse parse)
{
    E value {};
    return parse(key, &value) ? int(value) : -1;
}
} // namespace

// The colours the TLP 2.0 standard prescribes (text on a black background).
QColor IncidentListModel::tlpColour(const QString &key)
{
    Tlp tlp = Tlp::Amber;
    if (!parseTlp(key, &tlp))
        return {};
    switch (tlp) {
    case Tlp::Clear: return QColor(0xff, 0xff, 0xff);
    case Tlp::Green: return QColor(0x33, 0xff, 0x00);
    case Tlp::Amber:
    case Tlp::AmberStrict: return QColor(0xff, 0xc0, 0x00);
    case Tlp::Red: return QColor(0xff, 0x2b, 0x2b);
    }
    return {};
}

IncidentListModel::IncidentListModel(IncidentService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_rows = m_service.incidents();
    reindexFrom(0);
    connect(&m_service, &IncidentService::incidentAdded, this, &IncidentListModel::onAdded);
    connect(&m_service, &IncidentService::incidentChanged, this,
            [this](const QString &id) { onChanged(id); });
    connect(&m_service, &IncidentService::incidentRemoved, this, &IncidentListModel::onRemoved);
    m_unseen = m_service.unseenIncidents();
    connect(&m_service, &IncidentService::seenChanged, this,
            [this](const QString &id, bool unseen) {
                if (unseen)
                    m_unseen.insert(id);
                else
                    m_unseen.remove(id);
                refreshRow(id, {UnseenRole, Qt::FontRole});
            });
    connect(&m_service, &IncidentService::assigneesChanged, this, [this](const QString &id) {
        m_assignees.remove(id);
        refreshRow(id, {AssigneesRole});
    });
    // Translated cells and headers follow a language switch (QCoreApplication gets the event).
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_rows.at(index.row());
    switch (role) {
    case IdRole: return i.id;
    case StatusKeyRole: return i.status;
    case TlpKeyRole: return i.tlp;
    case SeverityKeyRole: return i.severity;
    case SectorKeyRole: return i.sector;
    case OwnerCentreRole: return i.ownerCentre;
    case ScopeKeyRole: return i.scope;
    case UnseenRole: return m_unseen.contains(i.id);
    case AssigneesRole: {
        auto it = m_assignees.constFind(i.id);
        if (it == m_assignees.constEnd()) {
            QStringList names;
            for (const auto &a : m_service.assignees(i.id))
                names << a.name;
            it = m_assignees.insert(i.id, names);
        }
        return *it;
    }
    case ReferenceRole: return reference(index.row());
    case AgeRole: return std::max<qint64>(0, m_service.opLog().clock().nowMs() - i.createdAt);
    case SinceChangeRole:
        return std::max<qint64>(
            0, m_service.opLog().clock().nowMs() - qint64(HybridClock::wallMs(i.updatedHlc)));
    case Qt::FontRole:
        if (index.column() == TitleColumn && m_unseen.contains(i.id)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && !i.summary.isEmpty() ? QVariant(i.summary)
                                                                     : QVariant();
    case Qt::AccessibleTextRole:
        //: A card or table row read aloud: %1 the reference, %2 the title
        return tr("%1: %2").arg(reference(index.row()), i.title);
    case Qt::AccessibleDescriptionRole: {
        // What a screen reader says after the name, whichever cell has the focus.
        Tlp tlp = Tlp::Amber;
        const QString marking = parseTlp(i.tlp, &tlp) ? tlpLabel(tlp) : i.tlp;
        //: A card or row read aloud after its title: %1 TLP label, %2 scope (shared or centre
        //: only), %3 severity, %4 status, %5 owner centre
        return tr("%1, %2, severity %3, status %4, owner %5")
            .arg(marking, scopeLabel(i.scope.isEmpty() ? QStringLiteral("centre") : i.scope),
                 severityLabel(i.severity), statusLabel(i.status), i.ownerCentre);
    }
    case Qt::BackgroundRole:
        return index.column() == TlpColumn ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == TlpColumn ? QVariant(tlpColour(i.tlp)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return rank<IncidentStatus>(i.status, parseStatus);
        case SeverityColumn: return rank<Severity>(i.severity, parseSeverity);
        case TlpColumn: return rank<Tlp>(i.tlp, parseTlp);
        case UpdatedColumn: return qulonglong(i.updatedHlc);
        case ReferenceColumn: return reference(index.row());
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return i.title;
        case StatusColumn: return statusLabel(i.status);
        case SeverityColumn: return severityLabel(i.severity);
        case TlpColumn: {
            Tlp tlp = Tlp::Amber;
            return parseTlp(i.tlp, &tlp) ? tlpLabel(tlp) : i.tlp;
        }
        case SectorColumn: return sectorName(i.sector);
        case OwnerCentreColumn: return i.ownerCentre;
        case ScopeColumn: return scopeLabel(i.scope);
        case UpdatedColumn: {
            const auto ms = qint64(HybridClock::wallMs(i.updatedHlc));
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
        }
        case ReferenceColumn: return reference(index.row());
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case SeverityColumn: return tr("Severity");
    //: Traffic Light Protocol, the standard's own abbreviation
    case TlpColumn: return tr("TLP");
    //: Critical-infrastructure sector affected (energy, finance, ...)
    case SectorColumn: return tr("Sector");
    //: The response centre that owns the incident
    case OwnerCentreColumn: return tr("Owner centre");
    //: Who may see the incident: one centre or both
    case ScopeColumn: return tr("Scope");
    case UpdatedColumn: return tr("Last update");
    //: Short incident reference both centres quote, e.g. CCIRC-2026-7KQ4MX
    case ReferenceColumn: return tr("Reference");
    default: break;
    }
    return {};
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "incidentId");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(TlpKeyRole, "tlpKey");
    names.insert(SortRole, "sortValue");
    return names;
}

bool IncidentListModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance()) {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                             {Qt::DisplayRole});
    }
    return QAbstractTableModel::eventFilter(watched, event);
}

std::optional<Incident> IncidentListModel::fetch(const QString &id) const
{
    // A slot must not throw into Qt's signal machinery: a failed read leaves the row as it was.
    try {
        auto incident = m_service.incident(id);
        if (incident && !incident->deleted && !incident->title.isEmpty())
            return incident;
    } catch (const std::exception &e) {
        qCWarning(lcModel) << "cannot read incident:" << e.what();
    }
    return std::nullopt;
}

void IncidentListModel::insertIncident(const Incident &incident)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(incident);
    m_rowById.insert(incident.id, row);
    endInsertRows();
}

void IncidentListModel::onAdded(const QString &id)
{
    if (m_rowById.contains(id)) {
        onChanged(id);
        return;
    }
    if (const auto incident = fetch(id))
        insertIncident(*incident);
}

void IncidentListModel::onChanged(const QString &id)
{
    const int row = rowOf(id);
    const auto incident = fetch(id);
    if (row < 0) {
        // A remote op may complete or restore an incident we did not show yet.
        if (incident)
            insertIncident(*incident);
        return;
    }
    if (!incident) {
        onRemoved(id);
        return;
    }
    m_references.remove(id); // in case an owner or creation date was corrected
    m_rows[row] = *incident;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IncidentListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.remove(id);
    reindexFrom(row);
    endRemoveRows();
}

void IncidentListModel::refreshRow(const QString &id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
}

QString IncidentListModel::reference(int row) const
{
    const Incident &i = m_rows.at(row);
    auto it = m_references.constFind(i.id);
    if (it == m_references.constEnd())
        it = m_references.insert(i.id, incidentReference(i.ownerCentre, i.createdAt, i.id));
    return *it;
}

QList<int> IncidentListModel::rowsWithReference(const QString &wanted) const
{
    QList<int> rows;
    if (wanted.isEmpty())
        return rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (reference(r) == wanted)
            rows << r;
    }
    return rows;
}

void IncidentListModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

} // namespace liaison
