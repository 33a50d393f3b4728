#pragma once

#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>

#include "services/ChatService.h"

#include <memory>

class QTextDocument;

namespace liaison {

class AttachmentView;

// Paints one chat message: the day separator and the new-messages line above it when they
// apply, the author, centre and local time at the start of a group, the quoted message it
// answers, and the body as text (never HTML: MessageText escapes it) with links, mentions,
// incident references, indicators and code in a monospace font. Long messages collapse to a
// few lines with "Show more". A click on a link emits linkActivated.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(ChatService &chat, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The body as the view shows it (HTML made by MessageText; mentions by name).
    QString bodyHtml(const QModelIndex &index) const;
    void setExpanded(const QString &messageId, bool expanded);
    // Paints each message's files below its text and takes their clicks (nullptr: none).
    void setAttachmentView(AttachmentView *view) { m_files = view; }
    // Where the row's files are drawn (empty when it has none).
    QRect filesRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    static constexpr int kCollapsedLines = 12;
    // True between the first paint of rows whose height was estimated and the list's layout
    // with their real heights (see sizeHint).
    bool layoutPending() const { return m_layoutPending; }

signals:
    void linkActivated(const QUrl &url, const QString &messageId);
    void replyClicked(const QString &messageId);

private:
    struct Layout; // where each part of a row goes
    // estimate: the body's height from its length when its text was never laid out.
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index,
                     bool estimate = false) const;
    QString heightKey(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void relayoutSoon() const;
    const QString &fontKey(const QFont &font) const;
    QString fileToolTip(const QStyleOptionViewItem &option, const QModelIndex &index,
                        const QPoint &pos) const;
    std::shared_ptr<QTextDocument> documentFor(const QStyleOptionViewItem &option,
                                               const QModelIndex &index, int width) const;

    ChatService &m_chat;
    AttachmentView *m_files = nullptr;
    QSet<QString> m_expanded;
    mutable QHash<QString, int> m_heights; // sizeHint's cache of real heights (see there)
    mutable bool m_layoutPending = false;
    mutable QFont m_keyFont;
    mutable QString m_fontKey;
    mutable QHash<QString, std::shared_ptr<QTextDocument>> m_documents;
    mutable QList<ChatMember> m_directory;
    mutable QElapsedTimer m_directoryAge;
};

} // namespace liaison
