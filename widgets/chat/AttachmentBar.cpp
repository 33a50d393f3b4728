#include "widgets/chat/AttachmentBar.h"

#include "widgets/common/UiErrors.h"

#include "services/ServiceBase.h"

#include <QBuffer>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace liaison {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    }
    return out;
}

bool carriesFiles(const QMimeData *mime)
{
    return !localFiles(mime).isEmpty() || (mime && mime->hasImage());
}

} // namespace

AttachmentBar::AttachmentBar(ChatAttachments &files, QWidget *parent)
    : QWidget(parent)
    , m_service(files)
{
    setObjectName(QStringLiteral("attachmentBar"));
    m_attach = new QPushButton(parent ? parent : this);
    m_attach->setObjectName(QStringLiteral("attachFiles"));
    m_chips = new QWidget(this);
    m_chipLayout = new QHBoxLayout(m_chips);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chips);
    layout->addWidget(m_message);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
        for (const QString &path : paths)
            addPath(path);
    });
    rebuild();
    retranslateUi();
}

void AttachmentBar::retranslateUi()
{
    m_attach->setText(tr("&Attach files…"));
    //: %1 is a size such as "25 MiB"
    m_attach->setToolTip(tr("Send files with the message, up to %1 each. You can also drop "
                            "files on the conversation or paste an image.")
                             .arg(QLocale().formattedDataSize(m_service.limit())));
    rebuild();
}

void AttachmentBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::EnabledChange)
        m_attach->setEnabled(isEnabled());
    QWidget::changeEvent(event);
}

void AttachmentBar::watch(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool AttachmentBar::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!isEnabled() || !carriesFiles(drag->mimeData()))
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!isEnabled() || !carriesFiles(drop->mimeData()))
            break;
        addMime(drop->mimeData());
        drop->acceptProposedAction();
        return true;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isEnabled() || !key->matches(QKeySequence::Paste))
            break;
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        // Text is pasted as text; an image (a screenshot) or copied files become files.
        if (!mime || (mime->hasText() && !mime->hasUrls()) || !carriesFiles(mime))
            break;
        addMime(mime);
        return true;
    }
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

bool AttachmentBar::addMime(const QMimeData *mime)
{
    const QStringList paths = localFiles(mime);
    if (!paths.isEmpty()) {
        bool all = true;
        for (const QString &path : paths)
            all = addPath(path) && all;
        return all;
    }
    if (mime && mime->hasImage())
        return addImage(qvariant_cast<QImage>(mime->imageData()));
    return false;
}

QString AttachmentBar::tooLarge(const QString &name) const
{
    //: %1 file name, %2 a size such as "25 MiB"
    return tr("Not attached: %1 is larger than the hub accepts (%2).")
        .arg(name, QLocale().formattedDataSize(m_service.limit()));
}

bool AttachmentBar::addPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    try {
        m_service.checkFile(path);
    } catch (const ValidationError &e) {
        say(e.code() == QLatin1String("too-large")
                ? tooLarge(name)
                : tr("Not attached: %1 could not be read.").arg(name));
        return false;
    }
    m_files.append({path, {}, {}});
    m_sizes.append(QFileInfo(path).size());
    say({});
    rebuild();
    emit filesChanged();
    return true;
}

bool AttachmentBar::addImage(const QImage &image)
{
    if (image.isNull())
        return false;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return false;
    //: The name given to an image pasted into the chat; %1 date and time (file-name safe)
    const QString name
        = tr("pasted-image-%1.png")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (png.size() > m_service.limit()) {
        say(tooLarge(name));
        return false;
    }
    m_files.append({{}, png, name});
    m_sizes.append(png.size());
    say({});
    rebuild();
    emit filesChanged();
    return true;
}

void AttachmentBar::removeAt(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    m_sizes.removeAt(index);
    rebuild();
    emit filesChanged();
}

void AttachmentBar::clear()
{
    m_files.clear();
    m_sizes.clear();
    rebuild();
    emit filesChanged();
}

QString AttachmentBar::message() const
{
    return m_message->text();
}

void AttachmentBar::say(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AttachmentBar::rebuild()
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const OutgoingFile &f = m_files.at(i);
        const QString name = f.path.isEmpty() ? f.name : QFileInfo(f.path).fileName();
        auto *chip = new QLabel(m_chips);
        chip->setTextFormat(Qt::PlainText);
        //: A file waiting to be sent: %1 name, %2 size
        chip->setText(tr("%1 (%2)").arg(name, QLocale().formattedDataSize(m_sizes.value(i))));
        auto *remove = new QToolButton(m_chips);
        remove->setText(QStringLiteral("×"));
        //: %1 file name
        remove->setToolTip(tr("Do not send %1").arg(name));
        remove->setAccessibleName(remove->toolTip());
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAt(i); });
        m_chipLayout->addWidget(chip);
        m_chipLayout->addWidget(remove);
    }
    m_chipLayout->addStretch(1);
    m_chips->setVisible(!m_files.isEmpty());
}

bool AttachmentBar::send(const QString &channelId, const QString &text, const QString &replyTo)
{
    try {
        m_service.send(channelId, text, m_files, replyTo);
    } catch (const ValidationError &e) {
        say(e.code() == QLatin1String("too-large")
                //: %1 a size such as "25 MiB"
                ? tr("Not sent: a file is larger than the hub accepts (%1).")
                      .arg(QLocale().formattedDataSize(m_service.limit()))
                //: %1 is why, e.g. "The file could not be read."
                : tr("Not sent: %1").arg(validationText(e)));
        return false;
    } catch (const std::exception &) {
        say(tr("Not sent: the files could not be stored in this profile."));
        return false;
    }
    say({});
    clear();
    return true;
}

} // namespace liaison
