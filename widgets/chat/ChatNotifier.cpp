#include "widgets/chat/ChatNotifier.h"

#include "domain/MessageText.h"
#include "services/ChatService.h"

#include <QSettings>

namespace liaison {

namespace {
constexpr char kPreviewsKey[] = "chat/notificationPreviews";
constexpr char kDoNotDisturbKey[] = "chat/doNotDisturb";
} // namespace

ChatNotifier::ChatNotifier(ChatService &chat, Show show, Showing showing, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_show(std::move(show))
    , m_showing(std::move(showing))
{
    connect(&chat, &ChatService::messageAdded, this, &ChatNotifier::consider);
}

bool ChatNotifier::previews()
{
    return QSettings().value(QLatin1String(kPreviewsKey), false).toBool();
}

void ChatNotifier::setPreviews(bool on)
{
    QSettings().setValue(QLatin1String(kPreviewsKey), on);
}

bool ChatNotifier::doNotDisturb()
{
    return QSettings().value(QLatin1String(kDoNotDisturbKey), false).toBool();
}

void ChatNotifier::setDoNotDisturb(bool on)
{
    QSettings().setValue(QLatin1String(kDoNotDisturbKey), on);
}

void ChatNotifier::consider(const QString &channelId, const QString &messageId)
{
    if (!m_show || doNotDisturb())
        return;
    const auto m = m_chat.message(messageId);
    const auto ch = m_chat.channel(channelId);
    if (!m || !ch || m->deleted || m->author == m_chat.identity().analystId || ch->muted)
        return;
    const bool direct = ch->kind == QLatin1String("direct");
    const bool mentioned = m->mentions.contains(m_chat.identity().analystId);
    if (!direct && !mentioned)
        return;
    if (m_showing && m_showing(channelId))
        return;
    const QString who = m_chat.opLog().analystName(m->author);
    const QString where = ch->kind == QLatin1String("bridge") ? tr("the centre-to-centre bridge")
                                                              : m_chat.displayName(*ch);
    const QString title = direct
        //: Notification title: %1 who wrote to the analyst directly
        ? tr("Message from %1").arg(who)
        //: Notification title: %1 who mentioned the analyst, %2 the channel
        : tr("%1 mentioned you in %2").arg(who, where);
    const QString text = previews() ? messagePlainPreview(m->body, 140)
                                    //: Notification text when previews are off
                                    : tr("Open Liaison to read it.");
    m_show(title, text);
}

} // namespace liaison
