#pragma once

#include "KeyedRowsModel.h"

#include "services/IncidentService.h"

#include <QHash>
#include <functional>

namespace liaison {

class BlobTransfer;

// One incident's evidence files: name, size, who added it and when, where the bytes are
// (on this computer, being uploaded or downloaded with a percentage, or still at the hub) and
// the SHA-256. Follows the service's evidenceChanged and, when given one, the transfers.
class EvidenceListModel : public KeyedRowsModel<EvidenceFile>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        AddedByColumn,
        AddedColumn,
        StateColumn,
        HashColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, Sha256Role, LocalRole };

    EvidenceListModel(IncidentService &service, const QString &incidentId,
                      std::function<QString(const QString &)> analystName,
                      QObject *parent = nullptr);
    // Shows upload and download progress (nullptr: none, e.g. a profile without a hub).
    void setTransfer(BlobTransfer *transfer);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void reload();

protected:
    QString keyOf(const EvidenceFile &row) const override { return row.id; }

private:
    struct Progress
    {
        bool upload = false;
        qint64 done = 0;
        qint64 total = 0;
        bool failed = false;
    };
    void setProgress(const QString &sha256, const Progress &progress);

    IncidentService &m_service;
    QString m_incidentId;
    std::function<QString(const QString &)> m_analystName;
    QHash<QString, Progress> m_progress; // by SHA-256
};

} // namespace liaison
