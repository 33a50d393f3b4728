#include "widgets/chat/MessageDelegate.h"

#include "models/chat/MessageListModel.h"
#include "widgets/chat/AttachmentView.h"

#include "domain/MessageText.h"
#include "services/ChatService.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>

namespace liaison {

namespace {
constexpr int kMargin = 8;
constexpr int kIndent = 12;

QList<ChatAttachment> filesOf(const QModelIndex &index)
{
    return index.data(MessageListModel::AttachmentsRole).value<QList<ChatAttachment>>();
}

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(),
                              QLocale::ShortFormat);
}

QString documentKey(const QModelIndex &index, int width, const QString &fontKey)
{
    return index.data(MessageListModel::IdRole).toString() + QLatin1Char('|')
        + QString::number(qHash(index.data(MessageListModel::BodyRole).toString()))
        + QLatin1Char('|') + QString::number(width) + QLatin1Char('|') + fontKey;
}

// The height of a text never laid out, from its length: its lines at the font's average
// width, plus a little for the words that wrap early. Laying a text out costs a hundred times
// more; the rows a list never paints need no more than this (see sizeHint).
int estimatedHeight(const QString &body, int width, const QFontMetrics &fm)
{
    const int perLine = std::max(8, width / std::max(1, fm.averageCharWidth()) * 9 / 10);
    int lines = 0;
    qsizetype from = 0;
    while (from <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = body.size();
        lines += std::max<int>(1, int((end - from + perLine - 1) / perLine));
        from = end + 1;
    }
    return lines * fm.lineSpacing();
}

QString dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        //: Chat day separator
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        //: Chat day separator
        return MessageDelegate::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}
} // namespace

struct MessageDelegate::Layout
{
    int dayHeight = 0;
    int newLineHeight = 0;
    int headerHeight = 0;
    int replyHeight = 0;
    int bodyHeight = 0;
    int statusHeight = 0;
    int moreHeight = 0;
    int filesHeight = 0;
    int width = 0;
    bool collapsed = false;
    bool estimated = false; // the body's height is a guess (its text not laid out yet)
    int total() const
    {
        return dayHeight + newLineHeight + headerHeight + replyHeight + bodyHeight + statusHeight
            + moreHeight + filesHeight + kMargin / 2;
    }
};

MessageDelegate::MessageDelegate(ChatService &chat, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_chat(chat)
{ }

QString MessageDelegate::bodyHtml(const QModelIndex &index) const
{
    QList<MessageBlock> blocks = parseMessage(index.data(MessageListModel::BodyRole).toString());
    // A mention shows the analyst's name, not the handle typed.
    // The directory changes seldom (an analyst enrolled): read again every few seconds, not
    // once per row painted.
    if (!m_directoryAge.isValid() || m_directoryAge.elapsed() > 5000) {
        m_directory = m_chat.directory();
        m_directoryAge.start();
    }
    const QList<ChatMember> &directory = m_directory;
    for (MessageBlock &b : blocks) {
        for (MessageSpan &s : b.spans) {
            if (s.kind != MessageSpan::Mention)
                continue;
            for (const ChatMember &a : directory) {
                if (ChatService::isHandleOf(s.target, a)) {
                    s.text = QLatin1Char('@') + a.name;
                    break;
                }
            }
        }
    }
    HtmlStyle style;
    style.monospaceFamily = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    const QPalette palette = QApplication::palette();
    style.codeBackground = palette.color(QPalette::AlternateBase).name();
    style.linkColour = palette.color(QPalette::Link).name();
    style.mentionColour = palette.color(QPalette::Link).name();
    style.indicatorColour = QStringLiteral("#8a4b00");
    style.quoteBar = palette.color(QPalette::Mid).name();
    return messageToHtml(blocks, style);
}

std::shared_ptr<QTextDocument> MessageDelegate::documentFor(const QStyleOptionViewItem &option,
                                                            const QModelIndex &index,
                                                            int width) const
{
    // Laid out once per text, width and font, for the size, the paint and the clicks alike.
    const QString key = documentKey(index, width, fontKey(option.font));
    if (const auto it = m_documents.constFind(key); it != m_documents.constEnd())
        return *it;
    auto doc = std::make_shared<QTextDocument>();
    doc->setDefaultFont(option.font);
    doc->setDocumentMargin(0);
    doc->setHtml(bodyHtml(index));
    doc->setTextWidth(width);
    if (m_documents.size() > 400)
        m_documents.clear(); // a few screens' worth
    m_documents.insert(key, doc);
    return doc;
}

const QString &MessageDelegate::fontKey(const QFont &font) const
{
    // QFont::key() spells out every attribute of the font: made once per font, not per row.
    if (m_fontKey.isEmpty() || !(font == m_keyFont)) {
        m_keyFont = font;
        m_fontKey = font.key();
    }
    return m_fontKey;
}

void MessageDelegate::setExpanded(const QString &messageId, bool expanded)
{
    if (expanded)
        m_expanded.insert(messageId);
    else
        m_expanded.remove(messageId);
}

MessageDelegate::Layout MessageDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index, bool estimate) const
{
    Layout l;
    const QFontMetrics fm(option.font);
    l.width = std::max(120, option.rect.width() - 2 * kMargin - kIndent);
    if (index.data(MessageListModel::DayStartRole).toDate().isValid())
        l.dayHeight = fm.height() + kMargin;
    if (index.data(MessageListModel::NewLineRole).toBool())
        l.newLineHeight = fm.height() + kMargin / 2;
    if (index.data(MessageListModel::GroupStartRole).toBool())
        l.headerHeight = fm.height() + kMargin / 2;
    if (!index.data(MessageListModel::ReplySnippetRole).toString().isEmpty())
        l.replyHeight = fm.height() + 2;
    if (index.data(MessageListModel::DeletedRole).toBool()) {
        l.bodyHeight = fm.height();
    } else {
        if (estimate && !m_documents.contains(documentKey(index, l.width, fontKey(option.font)))) {
            l.bodyHeight
                = estimatedHeight(index.data(MessageListModel::BodyRole).toString(), l.width, fm);
            l.estimated = true;
        } else {
            l.bodyHeight = int(std::ceil(documentFor(option, index, l.width)->size().height()));
        }
        const int limit = kCollapsedLines * fm.lineSpacing();
        if (l.bodyHeight > limit
            && !m_expanded.contains(index.data(MessageListModel::IdRole).toString())) {
            l.collapsed = true;
            l.bodyHeight = limit;
        }
        if (l.bodyHeight > limit || l.collapsed)
            l.moreHeight = fm.height() + 2;
    }
    if (m_files)
        l.filesHeight = m_files->height(filesOf(index), l.width, option.font);
    if (index.data(MessageListModel::PendingRole).toBool()
        || index.data(MessageListModel::FailedRole).toBool()
        || index.data(MessageListModel::EditedRole).toBool())
        l.statusHeight = fm.height();
    return l;
}

QString MessageDelegate::heightKey(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    // What a row's height depends on: its text, the parts shown around it, the width.
    const QString id = index.data(MessageListModel::IdRole).toString();
    const QVariant reply = index.data(MessageListModel::ReplySnippetRole);
    return id + QLatin1Char('|')
        + QString::number(qHash(index.data(MessageListModel::BodyRole).toString()))
        + QLatin1Char('|') + QString::number(option.rect.width()) + QLatin1Char('|')
        + QString::number(int(index.data(MessageListModel::DayStartRole).toDate().isValid())
                          | int(index.data(MessageListModel::GroupStartRole).toBool()) << 1
                          | int(index.data(MessageListModel::NewLineRole).toBool()) << 2
                          | int(index.data(MessageListModel::PendingRole).toBool()) << 3
                          | int(index.data(MessageListModel::FailedRole).toBool()) << 4
                          | int(index.data(MessageListModel::EditedRole).toBool()) << 5
                          | int(index.data(MessageListModel::DeletedRole).toBool()) << 6
                          | int(!reply.isNull() && !reply.toString().isEmpty()) << 7
                          | int(m_expanded.contains(id)) << 8)
        + QLatin1Char('|') + QString::number(option.font.pointSizeF())
        + (m_files ? m_files->heightKey(filesOf(index)) : QString());
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // A list asks for the height of every row it holds, each time rows come or go, long before
    // it paints them (scrolling to the top of a long channel loads thousands of rows that are
    // never on screen). A row whose text was laid out (painted) keeps its real height here; one
    // never painted gets an estimate from the length of its text. Its first paint lays the text
    // out, keeps the real height and has the list lay out again (relayoutSoon).
    const QString key = heightKey(option, index);
    if (const auto it = m_heights.constFind(key); it != m_heights.constEnd())
        return {option.rect.width(), *it};
    const Layout l = layoutFor(option, index, true);
    if (!l.estimated) {
        if (m_heights.size() > 200000)
            m_heights.clear();
        m_heights.insert(key, l.total());
    }
    return {option.rect.width(), l.total()};
}

void MessageDelegate::relayoutSoon() const
{
    if (m_layoutPending)
        return;
    m_layoutPending = true;
    // After this paint: the list lays its rows out with the real heights, keeping the bottom
    // in view if it was there, else the row at the top where it was.
    QTimer::singleShot(0, const_cast<MessageDelegate *>(this), [this] {
        m_layoutPending = false;
        auto *view = qobject_cast<QAbstractItemView *>(parent());
        if (!view || !view->model()) {
            emit const_cast<MessageDelegate *>(this)->sizeHintChanged(QModelIndex());
            return;
        }
        QScrollBar *bar = view->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 4 && bar->value() > bar->minimum();
        const QPersistentModelIndex top = view->indexAt(QPoint(1, 1));
        const int topY = top.isValid() ? view->visualRect(top).top() : 0;
        view->doItemsLayout();
        if (atBottom)
            view->scrollToBottom();
        else if (top.isValid())
            bar->setValue(bar->value() + view->visualRect(top).top() - topY);
    });
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const Layout l = layoutFor(option, index);
    if (l.total() != option.rect.height()) {
        // Laid out for the first time: its real height from now on (see sizeHint).
        const QString key = heightKey(option, index);
        if (!m_heights.contains(key)) {
            m_heights.insert(key, l.total());
            relayoutSoon();
        }
    }
    const QPalette &pal = option.palette;
    const QFontMetrics fm(option.font);
    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip); // until the list has the real height
    QRect r = option.rect;
    int y = r.top();
    const int left = r.left() + kMargin;
    const int right = r.right() - kMargin;
    if (l.dayHeight) {
        const QString text = dayText(index.data(MessageListModel::DayStartRole).toDate());
        const int mid = y + l.dayHeight / 2;
        const int tw = fm.horizontalAdvance(text) + 2 * kMargin;
        painter->setPen(pal.color(QPalette::Mid));
        painter->drawLine(left, mid, (left + right - tw) / 2, mid);
        painter->drawLine((left + right + tw) / 2, mid, right, mid);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRect(left, y, right - left, l.dayHeight), Qt::AlignCenter, text);
        y += l.dayHeight;
    }
    if (l.newLineHeight) {
        //: Chat: the line above the first message that was unread
        const QString text = tr("New messages");
        const QColor red(0xb0, 0x1c, 0x1c);
        painter->setPen(red);
        const int mid = y + l.newLineHeight / 2;
        painter->drawLine(left, mid, right - fm.horizontalAdvance(text) - kMargin, mid);
        painter->drawText(QRect(left, y, right - left, l.newLineHeight),
                          Qt::AlignRight | Qt::AlignVCenter, text);
        y += l.newLineHeight;
    }
    const QRect body(left + kIndent, y + l.headerHeight + l.replyHeight, l.width, l.bodyHeight);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(QRect(r.left(), y, r.width(), r.bottom() - y + 1),
                          pal.color(QPalette::Highlight).lighter(170));
    else if (index.data(MessageListModel::MentionsMeRole).toBool())
        painter->fillRect(QRect(r.left(), y, 3, r.bottom() - y + 1), pal.color(QPalette::Link));
    if (l.headerHeight) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        const QString name = index.data(MessageListModel::AuthorNameRole).toString();
        painter->drawText(QRect(left, y, right - left, l.headerHeight),
                          Qt::AlignLeft | Qt::AlignTop, name);
        const int after = left + QFontMetrics(bold).horizontalAdvance(name) + kMargin;
        painter->setFont(option.font);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        //: Chat message header: %1 the author's centre, %2 the local time it was sent
        const QString meta
            = tr("%1 · %2").arg(index.data(MessageListModel::AuthorCentreRole).toString(),
                                localTime(index.data(MessageListModel::SentAtRole).toLongLong()));
        painter->drawText(QRect(after, y, right - after, l.headerHeight),
                          Qt::AlignLeft | Qt::AlignTop, meta);
        y += l.headerHeight;
    }
    if (l.replyHeight) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->fillRect(QRect(left + kIndent, y + 1, 3, l.replyHeight - 2),
                          pal.color(QPalette::Mid));
        painter->drawText(QRect(left + kIndent + 8, y, l.width - 8, l.replyHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(index.data(MessageListModel::ReplySnippetRole).toString(),
                                        Qt::ElideRight, l.width - 8));
        y += l.replyHeight;
    }
    if (index.data(MessageListModel::DeletedRole).toBool()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        //: Chat: what stays of a deleted message
        painter->drawText(body, Qt::AlignLeft | Qt::AlignTop, tr("Message deleted"));
        painter->setFont(option.font);
    } else {
        const auto doc = documentFor(option, index, l.width);
        painter->save();
        painter->translate(body.topLeft());
        painter->setClipRect(QRect(0, 0, body.width(), body.height()));
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette = pal;
        const bool pending = index.data(MessageListModel::PendingRole).toBool()
            || index.data(MessageListModel::FailedRole).toBool();
        ctx.palette.setColor(QPalette::Text,
                             pending ? pal.color(QPalette::PlaceholderText)
                                     : pal.color(QPalette::Text));
        doc->documentLayout()->draw(painter, ctx);
        painter->restore();
    }
    y = body.bottom() + 1;
    if (l.moreHeight) {
        painter->setPen(pal.color(QPalette::Link));
        painter->drawText(QRect(left + kIndent, y, l.width, l.moreHeight), Qt::AlignLeft,
                          l.collapsed ? tr("Show more") : tr("Show less"));
        y += l.moreHeight;
    }
    if (l.filesHeight) {
        m_files->paint(painter, QRect(left + kIndent, y, l.width, l.filesHeight), filesOf(index),
                       option.font, pal);
        y += l.filesHeight;
    }
    if (l.statusHeight) {
        QString status;
        QColor colour = pal.color(QPalette::PlaceholderText);
        if (index.data(MessageListModel::FailedRole).toBool()) {
            //: Chat: a message the hub refused; right-click offers Retry and Delete
            status = tr("Not delivered (%1). Right-click to retry or delete.")
                         .arg(SyncEngine::rejectionText(
                             index.data(MessageListModel::FailedCodeRole).toString()));
            colour = QColor(0xb0, 0x1c, 0x1c);
        } else if (index.data(MessageListModel::PendingRole).toBool()) {
            //: Chat: written here, not yet taken by the hub
            status = tr("Sending… (kept on this computer until the hub has it)");
        } else {
            //: Chat: the message was changed after it was sent
            status = tr("(edited)");
        }
        painter->setPen(colour);
        painter->drawText(QRect(left + kIndent, y, l.width, l.statusHeight), Qt::AlignLeft,
                          fm.elidedText(status, Qt::ElideRight, l.width));
    }
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        focus.state = option.state;
        QApplication::style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter);
    }
    painter->restore();
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const Layout l = layoutFor(option, index);
    const QPoint p = mouse->position().toPoint();
    int y = option.rect.top() + l.dayHeight + l.newLineHeight + l.headerHeight;
    if (l.replyHeight && p.y() >= y && p.y() < y + l.replyHeight) {
        emit replyClicked(index.data(MessageListModel::ReplyToRole).toString());
        return true;
    }
    y += l.replyHeight;
    const QRect body(option.rect.left() + kMargin + kIndent, y, l.width, l.bodyHeight);
    if (const QRect files = filesRect(option, index); !files.isEmpty()) {
        const AttachmentView::Hit hit = m_files->hitTest(files, filesOf(index), option.font, p);
        if (hit.onFile) {
            if (hit.action != AttachmentView::Action::None)
                m_files->trigger(hit.attachmentId, hit.action);
            return true;
        }
    }
    if (l.moreHeight && p.y() > body.bottom() && p.y() <= body.bottom() + l.moreHeight) {
        const QString id = index.data(MessageListModel::IdRole).toString();
        setExpanded(id, l.collapsed);
        emit model->dataChanged(index, index); // height changes
        if (auto *view = qobject_cast<QAbstractItemView *>(parent()))
            view->doItemsLayout();
        return true;
    }
    if (!body.contains(p) || index.data(MessageListModel::DeletedRole).toBool())
        return false;
    const QString anchor
        = documentFor(option, index, l.width)->documentLayout()->anchorAt(p - body.topLeft());
    if (anchor.isEmpty())
        return false;
    emit linkActivated(QUrl(anchor), index.data(MessageListModel::IdRole).toString());
    return true;
}

QRect MessageDelegate::filesRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!m_files)
        return {};
    const Layout l = layoutFor(option, index);
    if (!l.filesHeight)
        return {};
    const int top = option.rect.top() + l.dayHeight + l.newLineHeight + l.headerHeight
        + l.replyHeight + l.bodyHeight + l.moreHeight;
    return {option.rect.left() + kMargin + kIndent, top, l.width, l.filesHeight};
}

QString MessageDelegate::fileToolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                                     const QPoint &pos) const
{
    const QRect area = filesRect(option, index);
    if (area.isEmpty())
        return {};
    const QList<ChatAttachment> files = filesOf(index);
    const AttachmentView::Hit hit = m_files->hitTest(area, files, option.font, pos);
    for (const ChatAttachment &f : files) {
        if (hit.onFile && f.id == hit.attachmentId)
            return m_files->toolTip(f);
    }
    return {};
}

bool MessageDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    if (const QString file = fileToolTip(option, index, event->pos()); !file.isEmpty()) {
        QToolTip::showText(event->globalPos(), file, view);
        return true;
    }
    // The exact time, in the viewer's zone and in the sender's (another centre's author).
    const qint64 at = index.data(MessageListModel::SentAtRole).toLongLong();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at).toLocalTime();
    QStringList lines;
    //: Tooltip of a message: %1 author, %2 centre
    lines << tr("%1, %2").arg(index.data(MessageListModel::AuthorNameRole).toString(),
                              index.data(MessageListModel::AuthorCentreRole).toString());
    lines << QLocale().toString(local, QLocale::LongFormat);
    const QByteArray tz = index.data(MessageListModel::SentTzRole).toString().toUtf8();
    if (!tz.isEmpty() && QTimeZone::isTimeZoneIdAvailable(tz)
        && tz != QTimeZone::systemTimeZoneId()) {
        const QDateTime theirs = QDateTime::fromMSecsSinceEpoch(at, QTimeZone(tz));
        //: Tooltip of a message: %1 the time where its author was, %2 their time zone
        lines << tr("%1 for the sender (%2)")
                     .arg(QLocale().toString(theirs, QLocale::ShortFormat), QString::fromUtf8(tz));
    }
    QToolTip::showText(event->globalPos(), lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace liaison
