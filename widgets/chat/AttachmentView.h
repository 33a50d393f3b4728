#pragma once

#include "services/ChatAttachments.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QRect>
#include <QSet>

#include <optional>
#include <vector>

class QAbstractItemView;
class QFont;
class QPainter;
class QPalette;
class QWidget;

namespace liaison {

class ChatService;

// The files of a message in the message view (MessageDelegate paints them here): for each,
// a thumbnail once an image is on this computer, its name, size and SHA-256 (short; the whole
// in the tooltip, a click copies it), where its bytes are, a progress bar while they move, and
// its actions (Cancel, Download, Save as…, Open…). Saving and opening ask first as evidence
// does (FileRelease) and wait for a download when the file is still at the hub.
class AttachmentView : public QObject
{
    Q_OBJECT
public:
    enum class Action { None, Cancel, Download, Save, Open, CopyHash };
    static constexpr int kThumbWidth = 240;
    static constexpr int kThumbHeight = 160;

    // dialogs: the widget questions and errors are shown over.
    AttachmentView(ChatAttachments &files, ChatService &chat, QWidget *dialogs,
                   QObject *parent = nullptr);

    // Lays the view's rows out again when a row's files change height (a progress bar comes
    // or goes, a thumbnail arrives), once per turn of the event loop.
    void follow(QAbstractItemView *view);

    // ---- painting (MessageDelegate)
    int height(const QList<ChatAttachment> &files, int width, const QFont &font) const;
    void paint(QPainter *painter, const QRect &area, const QList<ChatAttachment> &files,
               const QFont &font, const QPalette &palette) const;
    struct Hit
    {
        QString attachmentId;
        Action action = Action::None;
        bool onFile = false; // inside a file's card, on an action or not
    };
    Hit hitTest(const QRect &area, const QList<ChatAttachment> &files, const QFont &font,
                const QPoint &point) const;
    // Where a file's action is drawn (empty when it has no such action).
    QRect actionRect(const QRect &area, const QList<ChatAttachment> &files, const QFont &font,
                     const QString &attachmentId, Action action) const;
    QString toolTip(const ChatAttachment &file) const;
    // What a screen reader (and a test) reads of a file: name, size, SHA-256, state.
    QString describe(const ChatAttachment &file) const;
    QString stateText(const ChatAttachment &file) const;
    // Part of the row's height key: whatever changes the height of the files' block.
    QString heightKey(const QList<ChatAttachment> &files) const;

    // A bounded thumbnail of an image on this computer, by its bytes (png, jpeg, gif, webp
    // where Qt has the plugin), decoded with a size limit; null for anything else, a file not
    // here yet, or an image that does not decode within the limits (shown as a file).
    QImage thumbnail(const ChatAttachment &file) const;
    static constexpr qint64 kMaxImagePixels = 40'000'000;
    static QImage decodeThumbnail(const QByteArray &bytes, const QString &format);

    // ---- actions (clicks, the context menu, tests)
    // What can be done with a file in its state, with the labels its card shows (the
    // message's context menu offers the same, with Copy SHA-256, for the keyboard).
    QList<std::pair<Action, QString>> actionsFor(const ChatAttachment &file) const;
    void trigger(const QString &attachmentId, Action action);
    // Saves to path (asking for one when empty); above TLP:GREEN asks first. A file still at
    // the hub is downloaded first, then saved. False when refused, cancelled or failed.
    bool save(const QString &attachmentId, const QString &path = {});
    // Always asks first (it hands the file to another program); downloads it first if need be.
    bool open(const QString &attachmentId);
    void cancel(const QString &attachmentId);
    void download(const QString &attachmentId);
    void copyHash(const QString &attachmentId);
    QString lastMessage() const { return m_message; }

signals:
    // Something to repaint (a thumbnail decoded, a download asked for).
    void changed();

private:
    struct Card
    {
        QRect frame;
        QRect thumb;
        QRect name;
        QRect hash;
        QRect state;
        QRect bar;
        std::vector<std::pair<QRect, Action>> actions;
    };
    std::vector<Card> layout(const QRect &area, const QList<ChatAttachment> &files,
                             const QFont &font) const;
    bool finishSave(const ChatAttachment &file, const QString &path);
    bool openNow(const ChatAttachment &file);
    void onDownloaded(const QString &sha256);
    void onFailed(const QString &sha256, const QString &code, bool upload);
    void say(const QString &text, bool error = false);

    ChatAttachments &m_files;
    ChatService &m_chat;
    QWidget *m_dialogs;
    struct Pending
    {
        QString attachmentId;
        QString path; // empty: open
    };
    QHash<QString, Pending> m_pending; // by SHA-256: waiting for its download
    mutable QHash<QString, QImage> m_thumbs; // by SHA-256; null: not an image, or refused
    QString m_message;
    bool m_relayoutQueued = false;
};

} // namespace liaison
