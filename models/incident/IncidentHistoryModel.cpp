#include "IncidentHistoryModel.h"

#include "domain/DomainText.h"
#include "services/IncidentService.h"
#include "sync/Hlc.h"
#include "sync/OpLog.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace liaison {

IncidentHistoryModel::IncidentHistoryModel(IncidentService &service, OpLog &log,
                                           const QString &incidentId, QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
    , m_log(log)
    , m_incidentId(incidentId)
{
    const auto follow = [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    };
    connect(&m_service, &IncidentService::incidentChanged, this, follow);
    connect(&m_service, &IncidentService::indicatorsChanged, this, follow);
    connect(&m_service, &IncidentService::commentsChanged, this, follow);
    connect(&m_service, &IncidentService::evidenceChanged, this, follow);
    reload();
}

void IncidentHistoryModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        std::vector<Op> ops = m_log.opsFor(QStringLiteral("incident"), m_incidentId);
        for (const auto &i : m_service.indicators(m_incidentId)) {
            auto more = m_log.opsFor(QStringLiteral("indicator"), i.id);
            ops.insert(ops.end(), more.begin(), more.end());
        }
        for (const QString &id : m_service.evidenceIds(m_incidentId)) {
            auto more = m_log.opsFor(QStringLiteral("evidence"), id);
            ops.insert(ops.end(), more.begin(), more.end());
        }
        for (const auto &c : m_service.comments(m_incidentId)) {
            auto more = m_log.opsFor(QStringLiteral("comment"), c.id);
            ops.insert(ops.end(), more.begin(), more.end());
        }
        std::sort(ops.begin(), ops.end(), [](const Op &a, const Op &b) { return a.hlc > b.hlc; });
        m_names.clear(); // the directory may have learnt names since
        replaceRows(QList<Op>(ops.begin(), ops.end()));
    } catch (const std::exception &) { }
}

QString IncidentHistoryModel::latestIncidentAuthor() const
{
    const auto latest = std::find_if(m_rows.begin(), m_rows.end(), [](const Op &op) {
        return op.entity == QLatin1String("incident");
    });
    return latest == m_rows.end() ? QString() : nameOf(latest->author);
}

QString IncidentHistoryModel::nameOf(const QString &analyst) const
{
    auto it = m_names.find(analyst);
    if (it == m_names.end())
        it = m_names.insert(analyst, m_log.analystName(analyst));
    return it.value();
}

QVariant IncidentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Op &op = m_rows.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(qint64(HybridClock::wallMs(op.hlc))),
            QLocale::ShortFormat);
    case WhoColumn: return nameOf(op.author);
    case DeviceColumn: return op.device;
    case WhatColumn: {
        QStringList fields;
        for (const auto &f : op.fields)
            fields << fieldLabel(op.entity, f.first);
        //: History: %1 the kind of record (incident, indicator, comment), %2 its fields
        return tr("%1: %2").arg(entityLabel(op.entity), fields.join(QLatin1String(", ")));
    }
    default: return {};
    }
}

QVariant IncidentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the history
    case WhenColumn: return tr("When");
    //: Column of the history
    case WhoColumn: return tr("Who");
    //: Column of the history
    case DeviceColumn: return tr("Device");
    //: Column of the history
    case WhatColumn: return tr("What changed");
    default: return {};
    }
}

} // namespace liaison
