#include "EvidenceTab.h"

#include "models/incident/EvidenceListModel.h"
#include "widgets/common/DialogSupport.h"
#include "widgets/common/FileRelease.h"
#include "widgets/common/UiErrors.h"

#include "storage/BlobStore.h"
#include "sync/BlobTransfer.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace liaison {

void EvidenceTab::setOpenerForTesting(std::function<bool(const QString &)> open)
{
    setFileOpenerForTesting(std::move(open));
}

EvidenceTab::EvidenceTab(IncidentService &service, const QString &incidentId,
                         std::function<QString(const QString &)> analystName, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_id(incidentId)
{
    m_model = new EvidenceListModel(m_service, m_id, std::move(analystName), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evidence"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceListModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_add = new QPushButton(this);
    m_save = new QPushButton(this);
    m_open = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_message->setWordWrap(true);
    m_limit = new QLabel(this);
    m_limit->setWordWrap(true);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add an evidence file"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const auto file = m_service.evidenceFile(id);
        if (!file)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the evidence file"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .filePath(file->name));
        if (!path.isEmpty())
            saveFile(id, path);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openFile(currentId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeFile(currentId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EvidenceTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EvidenceTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_limit);
    layout->addWidget(m_message);
    retranslateUi();
    updateButtons();
}

void EvidenceTab::setTransfer(BlobTransfer *transfer)
{
    m_transfer = transfer;
    m_model->setTransfer(transfer);
    if (!transfer)
        return;
    connect(transfer, &BlobTransfer::downloaded, this, &EvidenceTab::onDownloaded);
    connect(transfer, &BlobTransfer::failed, this, &EvidenceTab::onFailed);
}

void EvidenceTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Evidence files"));
    m_add->setText(tr("A&dd file…"));
    m_save->setText(tr("Sa&ve as…"));
    m_open->setText(tr("O&pen…"));
    m_remove->setText(tr("Re&move file"));
    //: %1 is a size such as "25 MiB"
    m_limit->setText(tr("Files are kept encrypted in this profile and sent to the hub; the hub "
                        "accepts files up to %1.")
                         .arg(QLocale().formattedDataSize(m_service.evidenceLimit())));
}

void EvidenceTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString EvidenceTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EvidenceListModel::IdRole).toString() : QString();
}

void EvidenceTab::updateButtons()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    m_save->setEnabled(selected);
    m_open->setEnabled(selected);
    m_remove->setEnabled(selected);
}

QString EvidenceTab::message() const
{
    return m_message->text();
}

void EvidenceTab::say(const QString &text)
{
    m_message->setText(text);
}

bool EvidenceTab::addFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    try {
        m_service.addEvidence(m_id, path);
    } catch (const ValidationError &e) {
        if (e.code() == QLatin1String("too-large"))
            //: %1 file name, %2 a size such as "25 MiB"
            say(tr("Not added: %1 is larger than the hub accepts (%2).")
                    .arg(name, QLocale().formattedDataSize(m_service.evidenceLimit())));
        else if (e.code() == QLatin1String("unreadable"))
            say(tr("Not added: %1 could not be read.").arg(name));
        else
            //: %1 is why, e.g. "The name is too long."
            say(tr("Not added: %1").arg(validationText(e)));
        return false;
    } catch (const std::exception &) {
        say(tr("Not added: the file could not be stored in this profile."));
        return false;
    }
    say(tr("Added %1. It is sent to the hub when Liaison is connected.").arg(name));
    return true;
}

bool EvidenceTab::confirmRelease(const EvidenceFile &file, bool open)
{
    const auto incident = m_service.incident(m_id);
    return confirmFileRelease(this, file.name, incident ? incident->tlp : QStringLiteral("red"),
                              open, FileOrigin::Incident);
}

bool EvidenceTab::saveFile(const QString &evidenceId, const QString &path)
{
    const auto file = m_service.evidenceFile(evidenceId);
    if (!file || path.isEmpty() || !confirmRelease(*file, false))
        return false;
    if (!file->onThisComputer)
        return downloadFirst(*file, path);
    return finish(*file, path, ReleaseAction::SaveEvidence);
}

bool EvidenceTab::openFile(const QString &evidenceId)
{
    const auto file = m_service.evidenceFile(evidenceId);
    if (!file || !confirmRelease(*file, true))
        return false;
    if (!file->onThisComputer)
        return downloadFirst(*file, {});
    return openNow(*file);
}

bool EvidenceTab::downloadFirst(const EvidenceFile &file, const QString &path)
{
    if (!m_transfer) {
        say(tr("%1 is not on this computer yet, and Liaison is not connected to a hub.")
                .arg(file.name));
        return false;
    }
    m_pending.insert(file.sha256, {file.id, path});
    m_transfer->download(file.sha256);
    say(path.isEmpty()
            ? tr("Downloading %1 from the hub; it opens when it arrives.").arg(file.name)
            : tr("Downloading %1 from the hub; it is saved when it arrives.").arg(file.name));
    return true;
}

bool EvidenceTab::openNow(const EvidenceFile &file)
{
    QString message;
    const bool opened = openPrivateCopy(
        file.name,
        [&](const QString &path) {
            m_service.exportEvidence(file.id, path, ReleaseAction::OpenEvidence);
        },
        &message);
    say(message);
    return opened;
}

bool EvidenceTab::finish(const EvidenceFile &file, const QString &path, ReleaseAction action)
{
    const bool open = action == ReleaseAction::OpenEvidence;
    try {
        m_service.exportEvidence(file.id, path, action);
    } catch (const BlobError &e) {
        say(fileWriteFailure(e, file.name, path));
        return false;
    } catch (const std::exception &) {
        say(tr("Not saved: the release could not be recorded."));
        return false;
    }
    if (!open)
        say(tr("Saved %1 to %2.").arg(file.name, QDir::toNativeSeparators(path)));
    return true;
}

bool EvidenceTab::removeFile(const QString &evidenceId)
{
    const auto file = m_service.evidenceFile(evidenceId);
    if (!file
        || !askYesNo(this, tr("Remove the file?"),
                     tr("Remove %1 from this incident? It goes for everyone who sees the "
                        "incident; the history keeps who added and removed it.")
                         .arg(file->name)))
        return false;
    return runGuarded(this, [&] { m_service.removeEvidence(evidenceId); });
}

void EvidenceTab::onDownloaded(const QString &sha256)
{
    const auto it = m_pending.find(sha256);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    // A slot must not throw into Qt's signal machinery.
    try {
        const auto file = m_service.evidenceFile(pending.evidenceId);
        if (!file)
            return;
        if (pending.path.isEmpty())
            openNow(*file);
        else
            finish(*file, pending.path, ReleaseAction::SaveEvidence);
    } catch (const std::exception &) {
        say(tr("Not saved: the file could not be read from this profile."));
    }
}

void EvidenceTab::onFailed(const QString &sha256, const QString &code, bool upload)
{
    if (upload || m_pending.remove(sha256))
        say(fileTransferFailure(code, upload));
}

} // namespace liaison
