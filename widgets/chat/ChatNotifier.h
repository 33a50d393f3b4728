#pragma once

#include <QObject>

#include <functional>

namespace liaison {

class ChatService;

// Tells the analyst of a message that is for them: one that mentions them, or any message of
// a direct conversation, from someone else, in a channel they have not muted, unless they
// turned on do-not-disturb or are looking at that channel. The text of the message is left
// out unless they turned previews on (a notification shows on screens others can see).
// Settings (QSettings): chat/notificationPreviews, chat/doNotDisturb, both off by default.
class ChatNotifier : public QObject
{
    Q_OBJECT
public:
    using Show = std::function<void(const QString &title, const QString &text)>;
    using Showing = std::function<bool(const QString &channelId)>;

    ChatNotifier(ChatService &chat, Show show, Showing showing = {}, QObject *parent = nullptr);

    static bool previews();
    static void setPreviews(bool on);
    static bool doNotDisturb();
    static void setDoNotDisturb(bool on);

    // Called for each new message (connected to ChatService::messageAdded).
    void consider(const QString &channelId, const QString &messageId);

private:
    ChatService &m_chat;
    Show m_show;
    Showing m_showing;
};

} // namespace liaison
