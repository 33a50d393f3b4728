#pragma once

#include "services/IncidentService.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace liaison {

class BlobTransfer;
class EvidenceListModel;

// The incident window's evidence files (EvidenceListModel). Adding reads the file into the
// profile's encrypted store, to be uploaded; saving and opening take a file out of Liaison, so
// both ask first (opening always, saving above TLP:GREEN) and are recorded in the timeline. A
// file that is still at the hub is downloaded first, then saved or opened.
class EvidenceTab : public QWidget
{
    Q_OBJECT
public:
    EvidenceTab(IncidentService &service, const QString &incidentId,
                std::function<QString(const QString &)> analystName, QWidget *parent = nullptr);
    // Downloads and progress (nullptr: no hub; files not on this computer cannot be fetched).
    void setTransfer(BlobTransfer *transfer);

    bool addFile(const QString &path);
    // Saves (or, once downloaded, will save) an evidence file to path; false when refused,
    // cancelled or failed (the message says why).
    bool saveFile(const QString &evidenceId, const QString &path);
    bool openFile(const QString &evidenceId);
    bool removeFile(const QString &evidenceId);
    QString message() const;

    // Tests: what hands a file to another program (default QDesktopServices::openUrl).
    static void setOpenerForTesting(std::function<bool(const QString &path)> opener);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pending
    {
        QString evidenceId;
        QString path; // empty: open
    };
    void retranslateUi();
    void updateButtons();
    QString currentId() const;
    // Asks before a file leaves Liaison; true to go on.
    bool confirmRelease(const EvidenceFile &file, bool open);
    // Writes the file to path and records the release (action: saved or opened).
    bool finish(const EvidenceFile &file, const QString &path, ReleaseAction action);
    // The file is still at the hub: downloads it, then saves it to path (empty: opens it).
    // False when there is no hub to fetch it from.
    bool downloadFirst(const EvidenceFile &file, const QString &path);
    bool openNow(const EvidenceFile &file);
    void onDownloaded(const QString &sha256);
    void onFailed(const QString &sha256, const QString &code, bool upload);
    void say(const QString &text);

    IncidentService &m_service;
    QString m_id;
    BlobTransfer *m_transfer = nullptr;
    EvidenceListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_limit = nullptr;
    QHash<QString, Pending> m_pending; // by SHA-256: waiting for its download
};

} // namespace liaison
