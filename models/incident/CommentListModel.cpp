#include "CommentListModel.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"
#include "models/incident/IncidentHistoryModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace liaison {

CommentListModel::CommentListModel(IncidentService &service, const QString &incidentId,
                                   NameLookup names, QObject *parent)
    : KeyedRowsModel(1, parent)
    , m_service(service)
    , m_incidentId(incidentId)
    , m_names(std::move(names))
{
    connect(&m_service, &IncidentService::commentsChanged, this, [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    });
    // Sharing the incident changes how its comments read ("internal").
    connect(&m_service, &IncidentService::incidentChanged, this,
            [this](const QString &id, const QStringList &fields) {
                if (id == m_incidentId
                    && (fields.contains(QLatin1String("scope"))
                        || fields.contains(QLatin1String("status"))))
                    reload();
            });
    reload();
}

void CommentListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        const auto incident = m_service.incident(m_incidentId);
        const bool shared = incident && incident->scope == QLatin1String(kScopeShared);
        const bool sharedChanged = shared != m_shared;
        m_shared = shared;
        // Comments and releases, and the status changes of the op log beside them, by time.
        QList<IncidentComment> rows = m_service.comments(m_incidentId);
        for (const IncidentService::StatusChange &s : m_service.statusChanges(m_incidentId))
            rows.append({QStringLiteral("status:") + s.opId, m_incidentId,
                         s.from + QLatin1Char(' ') + s.to, QStringLiteral("status"), s.author,
                         s.atMs, QString(), QString()});
        std::stable_sort(rows.begin(), rows.end(),
                         [](const IncidentComment &a, const IncidentComment &b) {
                             return a.occurredAt < b.occurredAt;
                         });
        replaceRows(rows);
        if (sharedChanged && !m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0));
    } catch (const std::exception &) { }
}

bool CommentListModel::isInternal(const IncidentComment &c) const
{
    return m_shared && c.scope != QLatin1String(kScopeShared);
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentComment &c = m_rows.at(index.row());
    const bool release = c.kind == QLatin1String("release");
    const bool status = c.kind == QLatin1String("status");
    switch (role) {
    case IdRole: return c.id;
    case KindRole: return c.kind;
    case ShareableRole: return isInternal(c) && !release && c.centre == m_service.identity().centre;
    case Qt::FontRole: {
        if (!release && !status)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::DisplayRole: {
        const QString author = m_names ? m_names(c.author) : c.author;
        const QString when = historyTimeText(c.occurredAt);
        if (release)
            //: The timeline: %1 date, time and time zone, %2 what was released (a sentence)
            return tr("%1:\n%2").arg(when, releaseSentence(c.body, author));
        if (status)
            //: The timeline: %1 date, time and time zone, %2 analyst, %3 and %4 statuses
            return tr("%1:\n%2 changed the status from %3 to %4.")
                .arg(when, author, statusLabel(c.body.section(QLatin1Char(' '), 0, 0)),
                     statusLabel(c.body.section(QLatin1Char(' '), 1, 1)));
        if (isInternal(c))
            //: An internal comment of a shared incident: %1 author, %2 date and time, %3 text
            return tr("%1, %2 (internal):\n%3").arg(author, when, c.body);
        //: A comment in the list: %1 author, %2 date and time, %3 the comment
        return tr("%1, %2:\n%3").arg(author, when, c.body);
    }
    default: return {};
    }
}

} // namespace liaison
