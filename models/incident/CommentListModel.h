#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

#include <functional>

namespace liaison {

// One incident's comments and timeline, oldest first: comments with their author and time
// (marked internal on a shared incident when the counterpart centre cannot read them),
// release records as sentences (DomainText) and the status changes of the op log, each with
// its time and time zone. Follows the service's signals for the incident.
class CommentListModel : public KeyedRowsModel<IncidentComment>
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole, // comment id
        // True for an internal comment of this centre on a shared incident: it can be let
        // out later.
        ShareableRole = Qt::UserRole + 1,
        KindRole, // "comment", "release" or "status" (a status change; its id "status:OP")
    };
    // An analyst id -> display name (the directory).
    using NameLookup = std::function<QString(const QString &analystId)>;

    CommentListModel(IncidentService &service, const QString &incidentId, NameLookup names,
                     QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool incidentShared() const { return m_shared; }
    void reload();

protected:
    QString keyOf(const IncidentComment &row) const override { return row.id; }

private:
    bool isInternal(const IncidentComment &c) const;

    IncidentService &m_service;
    QString m_incidentId;
    NameLookup m_names;
    bool m_shared = false;
};

} // namespace liaison
