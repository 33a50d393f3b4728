#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace liaison {

// The hub's ephemeral state (docs/PROTOCOL.md §11): which analysts are online or away, from the
// sessions that said so, and how often a session's typing frames are passed on. Nothing of it is
// stored; a restarted hub knows nobody until their clients say it again (they do on every new
// session). Pure bookkeeping: HubProtocol checks frames, decides who receives, and sends.
class HubPresence
{
public:
    using SessionKey = const void *;
    enum class State { Offline, Away, Online };
    // An analyst whose state (over all their sessions) changed.
    using Change = std::pair<QString, State>;

    static QString stateName(State state);
    // "online" or "away"; anything else gives Offline with *ok false.
    static State parseState(const QString &text, bool *ok);

    // The session (of analyst) says it is online or away; the first time, it subscribes to the
    // ephemeral frames. Returns the analyst's change, if their state changed.
    QList<Change> set(SessionKey session, const QString &analyst, State state);
    // The session is gone. Returns the analyst's change, if any.
    QList<Change> drop(SessionKey session);
    bool isSubscribed(SessionKey session) const { return m_sessions.contains(session); }
    // Every analyst online or away (absent: offline), in id order.
    QList<Change> snapshot() const;
    State stateOf(const QString &analyst) const;

    // Whether a typing frame of this session is passed on: a start at most once per
    // kTypingGapSeconds per channel, even after a stop (the client repeats it while typing
    // goes on), a stop only to end a start that was passed on. At most kMaxTypingChannels channels
    // per session are remembered (the oldest forgotten).
    bool passTyping(SessionKey session, const QString &channel, bool active, double nowSeconds);
    static constexpr double kTypingGapSeconds = 2.0;
    static constexpr int kMaxTypingChannels = 32;

private:
    struct SessionState
    {
        QString analyst;
        State state = State::Online;
        struct Typing
        {
            double lastStart = 0; // when a start was last passed on
            bool active = false; // and not stopped since
        };
        QHash<QString, Typing> typing; // by channel
    };
    State aggregate(const QString &analyst) const;

    QHash<SessionKey, SessionState> m_sessions;
    QHash<QString, int> m_sessionCount; // analyst -> subscribed sessions
};

} // namespace liaison
