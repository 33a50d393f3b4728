#include "IncidentHistoryModel.h"

#include "services/IncidentService.h"
#include "sync/Hlc.h"

#include <QDateTime>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace liaison {

QString historyTimeText(qint64 msSinceEpoch)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    const QLocale locale;
    // "t": the time zone's abbreviation, after the locale's own short form.
    return locale.toString(when,
                           locale.dateTimeFormat(QLocale::ShortFormat) + QStringLiteral(" t"));
}

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
    connect(&m_service, &IncidentService::tasksChanged, this, follow);
    connect(&m_service, &IncidentService::assigneesChanged, this, follow);
    connect(&m_service, &IncidentService::tagsChanged, this, follow);
    reload();
}

void IncidentHistoryModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        const QList<HistoryEdit> edits = m_service.historyEdits(m_incidentId);
        m_names.clear(); // the directory may have learnt names and devices since
        m_devices.clear();
        replaceRows(edits);
    } catch (const std::exception &) { }
}

QString IncidentHistoryModel::latestIncidentAuthor() const
{
    for (const HistoryEdit &edit : m_rows) {
        for (const HistoryChange &c : edit.changes) {
            if (c.entity == QLatin1String("incident"))
                return whoText(edit.author, edit.centre);
        }
    }
    return {};
}

QString IncidentHistoryModel::latestAuthorOf(const QString &field) const
{
    for (const HistoryEdit &edit : m_rows) {
        for (const HistoryChange &c : edit.changes) {
            if (c.entity == QLatin1String("incident")
                && (c.field == field || c.kind == HistoryChange::Kind::Created))
                return whoText(edit.author, edit.centre);
        }
    }
    return {};
}

QString IncidentHistoryModel::nameOf(const QString &analyst, const QString &centre) const
{
    auto it = m_names.find(analyst);
    if (it == m_names.end()) {
        const QString name = m_service.analystName(analyst);
        // Empty: the directory has no name for them (analystName falls back to the id).
        it = m_names.insert(analyst, name == analyst ? QString() : name);
    }
    if (it.value().isEmpty())
        //: Who made a change the hub's directory has no name for: %1 their centre
        return tr("Someone at %1").arg(centre);
    return it.value();
}

QString IncidentHistoryModel::whoText(const QString &analyst, const QString &centre) const
{
    const QString name = nameOf(analyst, centre);
    if (m_names.value(analyst).isEmpty())
        return name; // "Someone at CCIRC" already says the centre
    //: Who made a change: %1 the analyst's name, %2 their centre
    return tr("%1 (%2)").arg(name, centre);
}

QString IncidentHistoryModel::deviceText(const QString &device) const
{
    auto it = m_devices.find(device);
    if (it == m_devices.end())
        it = m_devices.insert(device, m_service.historyDevice(device));
    const IncidentService::HistoryDevice &d = it.value();
    switch (d.kind) {
    case IncidentService::HistoryDevice::Kind::ThisDevice:
        //: History: the change was made on the computer the analyst is using
        return tr("This device");
    case IncidentService::HistoryDevice::Kind::Known:
        return d.count == 1
            //: History: the author's one device in the hub's directory
            ? tr("Their device")
            //: History: %1 which of the author's devices (in the hub's directory's order), %2
            //: how many they have
            : tr("Their device %1 of %2").arg(d.number).arg(d.count);
    case IncidentService::HistoryDevice::Kind::Unknown: break;
    }
    //: History: a device this computer's copy of the hub's directory does not know
    return tr("Unknown device");
}

QVariant IncidentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEdit &edit = m_rows.at(index.row());
    if (role == SentencesRole)
        return sentences(edit, false);
    if (role == Qt::ToolTipRole) {
        // Plain text, whole values: a title with markup in it shows as it is, never as HTML.
        if (index.column() == WhatColumn)
            return Qt::convertFromPlainText(sentences(edit, false).join(QLatin1Char('\n')));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return historyTimeText(qint64(HybridClock::wallMs(edit.hlc)));
    case WhoColumn: return whoText(edit.author, edit.centre);
    case DeviceColumn: return deviceText(edit.device);
    case WhatColumn: return sentences(edit, true).join(QLatin1Char('\n'));
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
