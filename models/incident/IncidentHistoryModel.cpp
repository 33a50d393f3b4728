#include "IncidentHistoryModel.h"

#include "domain/DomainText.h"
#include "services/IncidentService.h"
#include "sync/Hlc.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace liaison {

IncidentHistoryModel::IncidentHistoryModel(IncidentService &service, const QString &incidentId,
                                           QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
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
        const QList<Op> ops = m_service.history(m_incidentId);
        m_names.clear(); // the directory may have learnt names since
        replaceRows(ops);
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
        it = m_names.insert(analyst, m_service.analystName(analyst));
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
