#include "EvidenceListModel.h"

#include "sync/BlobTransfer.h"

#include <QDateTime>
#include <QLocale>

namespace liaison {

EvidenceListModel::EvidenceListModel(IncidentService &service, const QString &incidentId,
                                     std::function<QString(const QString &)> analystName,
                                     QObject *parent)
    : KeyedRowsModel(ColumnCount, parent)
    , m_service(service)
    , m_incidentId(incidentId)
    , m_analystName(std::move(analystName))
{
    connect(&m_service, &IncidentService::evidenceChanged, this, [this](const QString &id) {
        if (id == m_incidentId)
            reload();
    });
    reload();
}

void EvidenceListModel::setTransfer(BlobTransfer *transfer)
{
    if (!transfer)
        return;
    connect(transfer, &BlobTransfer::uploadProgress, this,
            [this](const QString &sha, qint64 done, qint64 total) {
                setProgress(sha, {true, done, total, false});
            });
    connect(transfer, &BlobTransfer::downloadProgress, this,
            [this](const QString &sha, qint64 done, qint64 total) {
                setProgress(sha, {false, done, total, false});
            });
    auto finished = [this](const QString &sha) {
        m_progress.remove(sha);
        reload();
    };
    connect(transfer, &BlobTransfer::uploaded, this, finished);
    connect(transfer, &BlobTransfer::downloaded, this, finished);
    connect(transfer, &BlobTransfer::failed, this,
            [this](const QString &sha, const QString &, bool upload) {
                setProgress(sha, {upload, 0, 0, true});
            });
}

void EvidenceListModel::setProgress(const QString &sha256, const Progress &progress)
{
    m_progress.insert(sha256, progress);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).sha256 == sha256)
            emit dataChanged(index(r, StateColumn), index(r, StateColumn));
    }
}

void EvidenceListModel::reload()
{
    // A slot must not throw into Qt's signal machinery: a failed read keeps the rows shown.
    try {
        replaceRows(m_service.evidence(m_incidentId));
    } catch (const std::exception &) { }
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceFile &f = m_rows.at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == Sha256Role)
        return f.sha256;
    if (role == LocalRole)
        return f.onThisComputer;
    if (role == Qt::ToolTipRole)
        //: Tooltip of an evidence file: %1 name, %2 media type, %3 SHA-256
        return tr("%1\nType: %2\nSHA-256: %3").arg(f.name, f.mediaType, f.sha256);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return f.name;
    case SizeColumn: return QLocale().formattedDataSize(f.size);
    case AddedByColumn: return m_analystName ? m_analystName(f.addedBy) : f.addedBy;
    case AddedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(f.addedAtMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case StateColumn: {
        const auto it = m_progress.constFind(f.sha256);
        if (it != m_progress.cend() && it->failed)
            return it->upload ? tr("Not sent: the hub refused it")
                              : tr("Not available from the hub");
        if (it != m_progress.cend() && it->total > 0) {
            const int percent = int(it->done * 100 / it->total);
            return it->upload
                //: Evidence state: %1 is a percentage
                ? tr("Uploading (%1%)").arg(QLocale().toString(percent))
                //: Evidence state: %1 is a percentage
                : tr("Downloading (%1%)").arg(QLocale().toString(percent));
        }
        return f.onThisComputer ? tr("On this computer") : tr("At the hub");
    }
    case HashColumn: return f.sha256.left(16) + QStringLiteral("…");
    default: return {};
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the evidence table
    case NameColumn: return tr("File");
    //: Column of the evidence table
    case SizeColumn: return tr("Size");
    //: Column of the evidence table: the analyst who added the file
    case AddedByColumn: return tr("Added by");
    //: Column of the evidence table: when the file was added
    case AddedColumn: return tr("Added");
    //: Column of the evidence table: where the file's bytes are
    case StateColumn: return tr("State");
    //: Column of the evidence table
    case HashColumn: return tr("SHA-256");
    default: return {};
    }
}

} // namespace liaison
