#include "widgets/chat/AttachmentView.h"

#include "models/chat/MessageListModel.h"
#include "widgets/common/FileRelease.h"
#include "widgets/common/UiErrors.h"

#include "services/ChatService.h"
#include "storage/BlobStore.h"
#include "sync/BlobTransfer.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QImageReader>
#include <QLocale>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionProgressBar>
#include <QTimer>

namespace liaison {

namespace {
constexpr int kPad = 6;
constexpr int kGap = 4;
constexpr int kBar = 6;

QString shortHash(const QString &sha256)
{
    return sha256.left(12) + QStringLiteral("…");
}
} // namespace

AttachmentView::AttachmentView(ChatAttachments &files, ChatService &chat, QWidget *dialogs,
                               QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_chat(chat)
    , m_dialogs(dialogs)
{
    if (BlobTransfer *transfer = files.transfer()) {
        connect(transfer, &BlobTransfer::downloaded, this, &AttachmentView::onDownloaded);
        connect(transfer, &BlobTransfer::failed, this, &AttachmentView::onFailed);
    }
}

void AttachmentView::follow(QAbstractItemView *view)
{
    const auto relayout = [this, view] {
        if (m_relayoutQueued)
            return;
        m_relayoutQueued = true;
        QTimer::singleShot(0, view, [this, view] {
            m_relayoutQueued = false;
            view->doItemsLayout();
            view->viewport()->update();
        });
    };
    connect(view->model(), &QAbstractItemModel::dataChanged, this,
            [relayout](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(MessageListModel::AttachmentsRole))
                    relayout();
            });
    connect(this, &AttachmentView::changed, view, relayout);
}

// ---- what is shown

QString AttachmentView::stateText(const ChatAttachment &file) const
{
    const AttachmentState s = m_files.state(file);
    switch (s.kind) {
    //: A file of a chat message: this device has not sent it to the hub yet
    case AttachmentState::Waiting: return tr("Waiting to be sent to the hub");
    //: A file of a chat message: %1 is a percentage
    case AttachmentState::Uploading: return tr("Sending to the hub: %1%").arg(s.percent);
    //: A file this analyst sent: the hub has it (and so does this computer)
    case AttachmentState::Sent: return tr("On the hub");
    //: A file someone else sent, not on this computer yet
    case AttachmentState::OnHub: return tr("On the hub: download to open it");
    //: A file of a chat message: %1 is a percentage
    case AttachmentState::Downloading: return tr("Downloading: %1%").arg(s.percent);
    //: A file of a chat message, on this computer and checked
    case AttachmentState::Ready: return tr("Ready");
    case AttachmentState::Failed:
        //: A file of a chat message: %1 why it failed
        return tr("Failed: %1").arg(fileTransferFailure(s.failure, file.uploadPending));
    }
    return {};
}

QString AttachmentView::describe(const ChatAttachment &file) const
{
    //: A file of a chat message as read aloud: %1 name, %2 size, %3 start of its SHA-256,
    //: %4 where it is
    return tr("%1, %2, SHA-256 %3, %4")
        .arg(file.name, QLocale().formattedDataSize(file.size), shortHash(file.sha256),
             stateText(file));
}

QString AttachmentView::toolTip(const ChatAttachment &file) const
{
    //: Tooltip of a file of a chat message: %1 name, %2 size, %3 type, %4 the whole SHA-256
    return tr("%1\n%2, %3\nSHA-256: %4 (click to copy)")
        .arg(file.name, QLocale().formattedDataSize(file.size), file.mediaType, file.sha256);
}

QList<std::pair<AttachmentView::Action, QString>>
AttachmentView::actionsFor(const ChatAttachment &file) const
{
    QList<std::pair<Action, QString>> out;
    switch (m_files.state(file).kind) {
    case AttachmentState::Waiting:
    case AttachmentState::Uploading:
    case AttachmentState::Downloading:
        //: Stops sending (the file is taken off the message) or downloading a file
        out.append({Action::Cancel, tr("Cancel")});
        break;
    case AttachmentState::OnHub: out.append({Action::Download, tr("Download")}); break;
    case AttachmentState::Failed:
        if (!file.uploadPending)
            //: Download a file again after a failure
            out.append({Action::Download, tr("Try again")});
        else
            out.append({Action::Cancel, tr("Cancel")});
        break;
    case AttachmentState::Sent:
    case AttachmentState::Ready: break;
    }
    if (file.local && !file.uploadPending) {
        out.append({Action::Save, tr("Save as…")});
        out.append({Action::Open, tr("Open…")});
    } else if (file.local) {
        out.append({Action::Save, tr("Save as…")});
    }
    return out;
}

QImage AttachmentView::decodeThumbnail(const QByteArray &bytes, const QString &format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format.toLatin1());
    reader.setAutoTransform(true);
    reader.setAllocationLimit(128); // MiB: a decompression bomb fails instead of filling memory
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > kMaxImagePixels)
        return {};
    QSize target = size;
    if (size.width() > kThumbWidth || size.height() > kThumbHeight)
        target = size.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio);
    reader.setScaledSize(target.expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > kThumbWidth || image.height() > kThumbHeight)
        image = image.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    return image;
}

QImage AttachmentView::thumbnail(const ChatAttachment &file) const
{
    if (!file.local)
        return {};
    if (const auto it = m_thumbs.constFind(file.sha256); it != m_thumbs.constEnd())
        return *it;
    QImage image;
    try {
        const QString format = ChatAttachments::sniffImage(m_files.head(file));
        if (!format.isEmpty() && QImageReader::supportedImageFormats().contains(format.toLatin1()))
            image = decodeThumbnail(m_files.bytes(file), format);
    } catch (const std::exception &) {
        image = {}; // unreadable here: shown as a file
    }
    if (m_thumbs.size() > 200)
        m_thumbs.clear();
    m_thumbs.insert(file.sha256, image);
    return image;
}

QString AttachmentView::heightKey(const QList<ChatAttachment> &files) const
{
    QString key;
    for (const ChatAttachment &f : files)
        key += f.id.left(8) + QLatin1Char(m_files.state(f).moving() ? 'm' : '-')
            + QLatin1Char(thumbnail(f).isNull() ? '-' : 't');
    return key;
}

// ---- layout and paint

std::vector<AttachmentView::Card> AttachmentView::layout(const QRect &area,
                                                         const QList<ChatAttachment> &files,
                                                         const QFont &font) const
{
    std::vector<Card> cards;
    const QFontMetrics fm(font);
    int y = area.top();
    const int width = std::min(area.width(), 520);
    for (const ChatAttachment &f : files) {
        Card c;
        const int left = area.left() + kPad;
        int inner = y + kPad;
        const QImage thumb = thumbnail(f);
        if (!thumb.isNull()) {
            c.thumb = QRect(left, inner, thumb.width(), thumb.height());
            inner += thumb.height() + kGap;
        }
        const int line = fm.height();
        c.name = QRect(left, inner, width - 2 * kPad, line);
        const QString hash = QStringLiteral("SHA-256 ") + shortHash(f.sha256);
        const int hashWidth = fm.horizontalAdvance(hash) + 2;
        c.hash = QRect(left + width - 2 * kPad - hashWidth, inner, hashWidth, line);
        inner += line + kGap;
        c.state = QRect(left, inner, width - 2 * kPad, line);
        int x = left + width - 2 * kPad;
        const auto actions = actionsFor(f);
        for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
            const int w = fm.horizontalAdvance(it->second) + 8;
            x -= w;
            c.actions.insert(c.actions.begin(), {QRect(x, inner, w, line), it->first});
            x -= kGap;
        }
        inner += line;
        if (m_files.state(f).moving()) {
            inner += kGap;
            c.bar = QRect(left, inner, width - 2 * kPad, kBar);
            inner += kBar;
        }
        c.frame = QRect(area.left(), y, width, inner + kPad - y);
        y = c.frame.bottom() + 1 + kGap;
        cards.push_back(c);
    }
    return cards;
}

int AttachmentView::height(const QList<ChatAttachment> &files, int width, const QFont &font) const
{
    if (files.isEmpty())
        return 0;
    const auto cards = layout(QRect(0, 0, width, 0), files, font);
    return cards.back().frame.bottom() + 1 + kGap;
}

void AttachmentView::paint(QPainter *painter, const QRect &area, const QList<ChatAttachment> &files,
                           const QFont &font, const QPalette &palette) const
{
    const auto cards = layout(area, files, font);
    const QFontMetrics fm(font);
    painter->save();
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const Card &c = cards[i];
        const ChatAttachment &f = files.at(qsizetype(i));
        const AttachmentState s = m_files.state(f);
        painter->setPen(palette.color(QPalette::Mid));
        painter->setBrush(palette.color(QPalette::AlternateBase));
        painter->drawRoundedRect(c.frame.adjusted(0, 0, -1, -1), 4, 4);
        if (c.thumb.isValid())
            painter->drawImage(c.thumb, thumbnail(f));
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QString size = QLocale().formattedDataSize(f.size);
        const int nameRoom = c.hash.left() - c.name.left() - kGap;
        const QString sizeText = QStringLiteral("  ") + size;
        const int sizeWidth = fm.horizontalAdvance(sizeText);
        const QString name
            = QFontMetrics(bold).elidedText(f.name, Qt::ElideMiddle, nameRoom - sizeWidth);
        painter->drawText(c.name, Qt::AlignLeft | Qt::AlignVCenter, name);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(c.name.adjusted(QFontMetrics(bold).horizontalAdvance(name), 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, sizeText);
        painter->drawText(c.hash, Qt::AlignRight | Qt::AlignVCenter,
                          QStringLiteral("SHA-256 ") + shortHash(f.sha256));
        const int actionsLeft
            = c.actions.empty() ? c.state.right() : c.actions.front().first.left();
        painter->setPen(s.kind == AttachmentState::Failed
                            ? QColor(0xb0, 0x1c, 0x1c)
                            : palette.color(QPalette::PlaceholderText));
        painter->drawText(
            QRect(c.state.left(), c.state.top(), actionsLeft - c.state.left() - kGap,
                  c.state.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(stateText(f), Qt::ElideRight, actionsLeft - c.state.left() - kGap));
        painter->setPen(palette.color(QPalette::Link));
        const auto labels = actionsFor(f);
        for (std::size_t a = 0; a < c.actions.size(); ++a)
            painter->drawText(c.actions[a].first, Qt::AlignCenter, labels.at(qsizetype(a)).second);
        if (c.bar.isValid()) {
            QStyleOptionProgressBar bar;
            bar.rect = c.bar;
            bar.minimum = 0;
            bar.maximum = 100;
            bar.progress = s.percent;
            bar.palette = palette;
            bar.state = QStyle::State_Enabled | QStyle::State_Horizontal;
            QApplication::style()->drawControl(QStyle::CE_ProgressBarGroove, &bar, painter);
            QApplication::style()->drawControl(QStyle::CE_ProgressBarContents, &bar, painter);
        }
    }
    painter->restore();
}

AttachmentView::Hit AttachmentView::hitTest(const QRect &area, const QList<ChatAttachment> &files,
                                            const QFont &font, const QPoint &point) const
{
    const auto cards = layout(area, files, font);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const Card &c = cards[i];
        if (!c.frame.contains(point))
            continue;
        Hit hit {files.at(qsizetype(i)).id, Action::None, true};
        if (c.hash.contains(point))
            hit.action = Action::CopyHash;
        for (const auto &[rect, action] : c.actions) {
            if (rect.contains(point))
                hit.action = action;
        }
        return hit;
    }
    return {};
}

QRect AttachmentView::actionRect(const QRect &area, const QList<ChatAttachment> &files,
                                 const QFont &font, const QString &attachmentId,
                                 Action action) const
{
    const auto cards = layout(area, files, font);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        if (files.at(qsizetype(i)).id != attachmentId)
            continue;
        if (action == Action::CopyHash)
            return cards[i].hash;
        for (const auto &[rect, a] : cards[i].actions) {
            if (a == action)
                return rect;
        }
    }
    return {};
}

// ---- actions

void AttachmentView::say(const QString &text, bool error)
{
    m_message = text;
    if (error)
        showError(m_dialogs, text);
}

void AttachmentView::trigger(const QString &attachmentId, Action action)
{
    switch (action) {
    case Action::Cancel: cancel(attachmentId); break;
    case Action::Download: download(attachmentId); break;
    case Action::Save: save(attachmentId); break;
    case Action::Open: open(attachmentId); break;
    case Action::CopyHash: copyHash(attachmentId); break;
    case Action::None: break;
    }
}

void AttachmentView::cancel(const QString &attachmentId)
{
    runGuarded(m_dialogs, [&] { m_files.cancel(attachmentId); });
}

void AttachmentView::download(const QString &attachmentId)
{
    bool started = false;
    if (runGuarded(m_dialogs, [&] { started = m_files.download(attachmentId); }) && !started)
        say(tr("This file is not on this computer yet, and Liaison is not connected to a hub."),
            true);
    emit changed();
}

void AttachmentView::copyHash(const QString &attachmentId)
{
    if (const auto f = m_files.attachment(attachmentId))
        QGuiApplication::clipboard()->setText(f->sha256); // a hash tells nothing of the content
}

bool AttachmentView::save(const QString &attachmentId, const QString &chosen)
{
    const auto file = m_files.attachment(attachmentId);
    if (!file)
        return false;
    const auto ch = m_chat.channel(file->channelId);
    if (!confirmFileRelease(m_dialogs, file->name, ch ? ch->tlp : QStringLiteral("red"), false,
                            FileOrigin::Channel))
        return false;
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(
            m_dialogs, tr("Save the file"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .filePath(QFileInfo(file->name).fileName()));
    if (path.isEmpty())
        return false;
    if (!file->local) {
        m_pending.insert(file->sha256, {file->id, path});
        download(file->id);
        say(tr("Downloading %1 from the hub; it is saved when it arrives.").arg(file->name));
        return true;
    }
    return finishSave(*file, path);
}

bool AttachmentView::open(const QString &attachmentId)
{
    const auto file = m_files.attachment(attachmentId);
    if (!file)
        return false;
    const auto ch = m_chat.channel(file->channelId);
    if (!confirmFileRelease(m_dialogs, file->name, ch ? ch->tlp : QStringLiteral("red"), true,
                            FileOrigin::Channel))
        return false;
    if (!file->local) {
        m_pending.insert(file->sha256, {file->id, QString()});
        download(file->id);
        say(tr("Downloading %1 from the hub; it opens when it arrives.").arg(file->name));
        return true;
    }
    return openNow(*file);
}

bool AttachmentView::finishSave(const ChatAttachment &file, const QString &path)
{
    try {
        m_files.exportTo(file.id, path, false);
    } catch (const BlobError &e) {
        say(fileWriteFailure(e, file.name, path), true);
        return false;
    } catch (const std::exception &) {
        say(tr("Not saved: the release could not be recorded."), true);
        return false;
    }
    say(tr("Saved %1 to %2.").arg(file.name, QDir::toNativeSeparators(path)));
    return true;
}

bool AttachmentView::openNow(const ChatAttachment &file)
{
    QString message;
    const bool opened = openPrivateCopy(
        file.name, [&](const QString &path) { m_files.exportTo(file.id, path, true); }, &message);
    say(message, !opened);
    return opened;
}

void AttachmentView::onDownloaded(const QString &sha256)
{
    const auto it = m_pending.find(sha256);
    emit changed();
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    // A slot must not throw into Qt's signal machinery.
    try {
        const auto file = m_files.attachment(pending.attachmentId);
        if (!file)
            return;
        if (pending.path.isEmpty())
            openNow(*file);
        else
            finishSave(*file, pending.path);
    } catch (const std::exception &) {
        say(tr("Not saved: the file could not be read from this profile."), true);
    }
}

void AttachmentView::onFailed(const QString &sha256, const QString &code, bool upload)
{
    if (!upload && m_pending.remove(sha256))
        say(fileTransferFailure(code, false), true);
    emit changed();
}

} // namespace liaison
