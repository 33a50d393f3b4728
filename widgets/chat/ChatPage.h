#pragma once

#include <QPlainTextEdit>
#include <QWidget>

#include <memory>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QStandardItemModel;
class QTimer;
class QToolButton;

namespace liaison {

class AttachmentBar;
class AttachmentView;
class ChannelListModel;
class MessageDelegate;
class MessageListModel;
class TypingLine;
class Workspace;

// The composer: Enter sends, Shift+Enter starts a new line, Escape cancels a reply or an edit,
// Up in an empty box edits one's last message; "@" completes analysts of the directory.
class ChatComposer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ChatComposer(QWidget *parent = nullptr);
    void setCompletions(QStandardItemModel *model); // display: name; UserRole: the @handle

signals:
    void submitted();
    void cancelled();
    void editLastRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompleter();
    QString wordBeforeCursor() const;
    QCompleter *m_completer = nullptr;
};

// The Chat page: the rail of channels (by kind, with unread and mention counts, the other
// centre's marked, a filter by name) and the open conversation (header with its marking and
// visibility, the messages, a jump to the first unread, the composer).
class ChatPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPage(Workspace &context, QWidget *parent = nullptr);
    ~ChatPage() override;

    // Opens a channel (selects it in the rail); false when it is unknown.
    bool openChannel(const QString &channelId);
    // Opens the channel and scrolls to the message (loading older pages if need be).
    bool showMessage(const QString &channelId, const QString &messageId);
    QString currentChannel() const;
    // Writes the composer's text as this channel's draft (leaving, locking).
    void saveDraft();
    int totalUnread() const;
    static constexpr int kKeepTypingMs = 700;

    // For tests.
    ChatComposer *composer() const { return m_composer; }
    QListView *messageView() const { return m_messages; }
    QListView *channelView() const { return m_rail; }
    MessageListModel *messageModel() const { return m_messageModel; }
    ChannelListModel *channelModel() const { return m_channelModel; }
    MessageDelegate *delegate() const { return m_delegate; }
    TypingLine *typingLine() const { return m_typingLine; }
    AttachmentBar *attachmentBar() const { return m_attachmentBar; }
    AttachmentView *attachmentView() const { return m_attachmentView; }
    QString replyingTo() const { return m_replyTo; }
    QString editing() const { return m_editing; }
    void startReply(const QString &messageId);
    void startEdit(const QString &messageId);
    void deleteMessage(const QString &messageId);
    // Copies a message out (asks above TLP:GREEN, records it on an incident's channel).
    bool copyMessage(const QString &messageId);
    void retryFailed(const QString &opId);
    void dismissFailed(const QString &opId);
    // The menu of a message (the mouse's right button, the Menu key or Shift+F10 on the
    // current message): reply, copy, edit, delete, history, indicators, and a submenu per
    // file with what its card offers and Copy SHA-256. Null for no message.
    std::unique_ptr<QMenu> messageMenu(const QModelIndex &index);
    void jumpToFirstUnread();
    void newChannel();
    void newDirect();
    void searchMessages();
    void activateLink(const QUrl &url, const QString &messageId = {});
    // Adds the indicators of a message to the channel's incident (asks which); how many.
    int addIndicatorsFromMessage(const QString &messageId);
    static void setNextIndicatorAnswerForTesting(std::optional<bool> answer);

signals:
    void openIncidentRequested(const QString &incidentId);
    void unreadChanged(int unread, int mentions);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateHeader();
    void send();
    void showContextMenu(const QPoint &pos);
    void markReadIfAtBottom();
    void updateCompletions();
    void updateUnread();
    void onChannelSelected();

    Workspace &m_context;
    ChannelListModel *m_channelModel = nullptr;
    MessageListModel *m_messageModel = nullptr;
    MessageDelegate *m_delegate = nullptr;
    QStandardItemModel *m_completions = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_rail = nullptr;
    QPushButton *m_newChannel = nullptr;
    QPushButton *m_newDirect = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_marking = nullptr;
    QLabel *m_details = nullptr;
    QToolButton *m_incidentButton = nullptr;
    QToolButton *m_searchButton = nullptr;
    QToolButton *m_muteButton = nullptr;
    QListView *m_messages = nullptr;
    QPushButton *m_jump = nullptr;
    QLabel *m_replyBar = nullptr;
    QToolButton *m_cancelReply = nullptr;
    ChatComposer *m_composer = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_empty = nullptr;
    TypingLine *m_typingLine = nullptr;
    QTimer *m_typingTimer = nullptr;
    AttachmentBar *m_attachmentBar = nullptr; // files for the next message
    AttachmentView *m_attachmentView = nullptr; // files of the messages shown
    QString m_channel;
    QString m_replyTo;
    QString m_editing;
};

} // namespace liaison
