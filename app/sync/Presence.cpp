#include "sync/Presence.h"

#include "sync/Protocol.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace liaison {

namespace {
constexpr int kMaxIdLength = 200; // longer analyst or channel ids are not ours: ignored
}

Presence::Presence(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &Presence::expireTypists);
    m_idleStop.setSingleShot(true);
    m_idleStop.setInterval(kIdleStopMs);
    connect(&m_idleStop, &QTimer::timeout, this, &Presence::stopTyping);
    connect(&engine, &SyncEngine::authenticated, this, &Presence::sayState);
    connect(&engine, &SyncEngine::sessionEnded, this, &Presence::onSessionEnded);
    connect(&engine, &SyncEngine::ephemeralReceived, this, &Presence::onFrame);
}

void Presence::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    if (on)
        sayState();
    // Turning it off takes effect with the next session: the hub offers no way to unsubscribe.
}

void Presence::setAway(bool away)
{
    if (m_away == away)
        return;
    m_away = away;
    if (away)
        stopTyping();
    sayState();
}

void Presence::sayState()
{
    if (!m_enabled)
        return;
    m_engine.sendEphemeral({{"t", protocol::frame::Presence},
                            {"state", m_away ? QStringLiteral("away") : QStringLiteral("online")}});
}

Presence::State Presence::stateOf(const QString &analyst) const
{
    return m_states.value(analyst, State::Offline);
}

void Presence::onFrame(const QJsonObject &frame)
{
    if (!m_enabled)
        return;
    const QString type = frame.value(QLatin1String("t")).toString();
    if (type == QLatin1String(protocol::frame::Presence))
        onPresenceFrame(frame);
    else if (type == QLatin1String(protocol::frame::Typing))
        onTypingFrame(frame);
}

void Presence::onPresenceFrame(const QJsonObject &frame)
{
    // A hub's frame is checked like any input: entries that are not {analyst, state} with a
    // known state are skipped, never trusted.
    const bool full = frame.value(QLatin1String("full")).toBool();
    QHash<QString, State> states = full ? QHash<QString, State>() : m_states;
    QStringList changed;
    for (const QJsonValue &v : frame.value(QLatin1String("analysts")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString analyst = entry.value(QLatin1String("analyst")).toString();
        const QString state = entry.value(QLatin1String("state")).toString();
        if (analyst.isEmpty() || analyst.size() > kMaxIdLength)
            continue;
        if (state == QLatin1String("online"))
            states.insert(analyst, State::Online);
        else if (state == QLatin1String("away"))
            states.insert(analyst, State::Away);
        else if (state == QLatin1String("offline"))
            states.remove(analyst);
        else
            continue;
        changed << analyst;
    }
    m_states = states;
    if (full)
        m_known = true;
    // An analyst who went offline stops typing everywhere.
    for (auto it = m_typing.begin(); it != m_typing.end(); ++it) {
        const auto before = it->size();
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [this](const Typist &t) { return !m_states.contains(t.analyst); }),
                  it->end());
        if (it->size() != before)
            emit typingChanged(it.key());
    }
    emit presenceChanged(full ? QStringList() : changed);
}

void Presence::onTypingFrame(const QJsonObject &frame)
{
    const QJsonValue active = frame.value(QLatin1String("active"));
    const QString channel = frame.value(QLatin1String("channel")).toString();
    const QString analyst = frame.value(QLatin1String("analyst")).toString();
    if (!active.isBool() || channel.isEmpty() || analyst.isEmpty() || channel.size() > kMaxIdLength
        || analyst.size() > kMaxIdLength)
        return;
    QList<Typist> &typists = m_typing[channel];
    const auto it = std::find_if(typists.begin(), typists.end(),
                                 [&](const Typist &t) { return t.analyst == analyst; });
    if (!active.toBool()) {
        if (it == typists.end())
            return;
        typists.erase(it);
        if (typists.isEmpty())
            m_typing.remove(channel);
    } else if (it != typists.end()) {
        it->until = m_clock.elapsed() + m_expiryMs;
        scheduleExpiry();
        return; // still typing: nothing new to show
    } else {
        typists.append({analyst, m_clock.elapsed() + m_expiryMs});
    }
    scheduleExpiry();
    emit typingChanged(channel);
}

QStringList Presence::typingIn(const QString &channel) const
{
    QStringList out;
    for (const Typist &t : m_typing.value(channel))
        out << t.analyst;
    return out;
}

void Presence::scheduleExpiry()
{
    qint64 next = -1;
    for (const QList<Typist> &typists : std::as_const(m_typing)) {
        for (const Typist &t : typists)
            next = next < 0 ? t.until : std::min(next, t.until);
    }
    if (next < 0) {
        m_expiry.stop();
        return;
    }
    m_expiry.start(int(std::max<qint64>(0, next - m_clock.elapsed())));
}

void Presence::expireTypists()
{
    const qint64 now = m_clock.elapsed();
    QStringList changed;
    for (auto it = m_typing.begin(); it != m_typing.end();) {
        const auto before = it->size();
        it->erase(std::remove_if(it->begin(), it->end(),
                                 [now](const Typist &t) { return t.until <= now; }),
                  it->end());
        if (it->size() != before)
            changed << it.key();
        if (it->isEmpty())
            it = m_typing.erase(it);
        else
            ++it;
    }
    scheduleExpiry();
    for (const QString &channel : std::as_const(changed))
        emit typingChanged(channel);
}

void Presence::onSessionEnded()
{
    m_known = false;
    m_lastStartMs = -1; // the hub forgot it
    const bool hadStates = !m_states.isEmpty();
    m_states.clear();
    const QStringList channels = m_typing.keys();
    m_typing.clear();
    m_expiry.stop();
    for (const QString &channel : channels)
        emit typingChanged(channel);
    if (hadStates)
        emit presenceChanged({});
}

void Presence::noteTyping(const QString &channel)
{
    if (!m_enabled || channel.isEmpty())
        return;
    if (!m_typingChannel.isEmpty() && m_typingChannel != channel)
        stopTyping();
    const qint64 now = m_clock.elapsed();
    if (m_typingChannel != channel || m_lastStartMs < 0 || now - m_lastStartMs >= m_repeatMs) {
        m_typingChannel = channel;
        m_lastStartMs = now;
        sendTyping(channel, true);
    }
    m_idleStop.start();
}

void Presence::stopTyping()
{
    m_idleStop.stop();
    if (m_typingChannel.isEmpty())
        return;
    const QString channel = std::exchange(m_typingChannel, QString());
    m_lastStartMs = -1;
    sendTyping(channel, false);
}

void Presence::sendTyping(const QString &channel, bool active)
{
    m_engine.sendEphemeral(
        {{"t", protocol::frame::Typing}, {"channel", channel}, {"active", active}});
}

void Presence::setTypingTimesForTesting(int repeatMs, int idleStopMs, int expiryMs)
{
    m_repeatMs = repeatMs;
    m_idleStop.setInterval(idleStopMs);
    m_expiryMs = expiryMs;
}

} // namespace liaison
