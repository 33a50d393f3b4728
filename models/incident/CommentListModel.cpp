#include "CommentListModel.h"

#include "domain/DomainText.h"
#include "domain/Schema.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

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
                if (id == m_incidentId && fields.contains(QLatin1String("scope")))
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
        replaceRows(m_service.comments(m_incidentId));
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
    switch (role) {
    case IdRole: return c.id;
    case KindRole: return c.kind;
    case ShareableRole: return isInternal(c) && !release && c.centre == m_service.identity().centre;
    case Qt::FontRole: {
        if (!release)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::DisplayRole: {
        const QString author = m_names ? m_names(c.author) : c.author;
        if (release)
            return releaseSentence(c.body, author);
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.occurredAt),
                                                QLocale::ShortFormat);
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
