#include "server/HubPresence.h"

#include <algorithm>

namespace liaison {

QString HubPresence::stateName(State state)
{
    switch (state) {
    case State::Online: return QStringLiteral("online");
    case State::Away: return QStringLiteral("away");
    case State::Offline: break;
    }
    return QStringLiteral("offline");
}

HubPresence::State HubPresence::parseState(const QString &text, bool *ok)
{
    *ok = true;
    if (text == QLatin1String("online"))
        return State::Online;
    if (text == QLatin1String("away"))
        return State::Away;
    *ok = false;
    return State::Offline;
}

HubPresence::State HubPresence::aggregate(const QString &analyst) const
{
    if (!m_sessionCount.value(analyst))
        return State::Offline;
    State best = State::Offline;
    for (const SessionState &s : m_sessions) {
        if (s.analyst == analyst && int(s.state) > int(best))
            best = s.state;
    }
    return best;
}

HubPresence::State HubPresence::stateOf(const QString &analyst) const
{
    return aggregate(analyst);
}

QList<HubPresence::Change> HubPresence::set(SessionKey session, const QString &analyst, State state)
{
    const State before = aggregate(analyst);
    auto it = m_sessions.find(session);
    if (it == m_sessions.end()) {
        it = m_sessions.insert(session, SessionState {analyst, state, {}});
        ++m_sessionCount[analyst];
    } else {
        it->state = state;
    }
    const State after = aggregate(analyst);
    if (after == before)
        return {};
    return {{analyst, after}};
}

QList<HubPresence::Change> HubPresence::drop(SessionKey session)
{
    const auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return {};
    const QString analyst = it->analyst;
    const State before = aggregate(analyst);
    m_sessions.erase(it);
    if (--m_sessionCount[analyst] <= 0)
        m_sessionCount.remove(analyst);
    const State after = aggregate(analyst);
    if (after == before)
        return {};
    return {{analyst, after}};
}

QList<HubPresence::Change> HubPresence::snapshot() const
{
    QStringList analysts = m_sessionCount.keys();
    std::sort(analysts.begin(), analysts.end());
    QList<Change> out;
    for (const QString &analyst : std::as_const(analysts))
        out.append({analyst, aggregate(analyst)});
    return out;
}

bool HubPresence::passTyping(SessionKey session, const QString &channel, bool active,
                             double nowSeconds)
{
    const auto it = m_sessions.find(session);
    if (it == m_sessions.end())
        return false;
    auto &typing = it->typing;
    const auto seen = typing.find(channel);
    if (!active) {
        if (seen == typing.end() || !seen->active)
            return false;
        seen->active = false;
        return true;
    }
    if (seen != typing.end()) {
        if (nowSeconds - seen->lastStart < kTypingGapSeconds)
            return false;
        *seen = {nowSeconds, true};
        return true;
    }
    if (typing.size() >= kMaxTypingChannels) {
        // Forget the channel where a start was passed on longest ago.
        auto oldest = typing.begin();
        for (auto t = typing.begin(); t != typing.end(); ++t) {
            if (t->lastStart < oldest->lastStart)
                oldest = t;
        }
        typing.erase(oldest);
    }
    typing.insert(channel, {nowSeconds, true});
    return true;
}

} // namespace liaison
