#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QJsonObject;

namespace liaison {

class SyncEngine;

// Who is online and who is typing, as the hub says (docs/PROTOCOL.md §11), and what this device
// says of its analyst. Ephemeral: nothing is stored; when the session ends everyone is unknown
// (shown offline) until the next session's snapshot. Off by default, so that liaison-cli and
// other one-shot clients neither show their analyst online nor hear the others; the desktop
// turns it on.
class Presence : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Away, Online };
    Q_ENUM(State)

    explicit Presence(SyncEngine &engine, QObject *parent = nullptr);

    // On: every session starts by saying this device's state (online, or away).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // The analyst has been idle for the away delay (or is back).
    void setAway(bool away);
    bool isAway() const { return m_away; }

    // Offline for anyone the hub did not list, and for everyone while no session is up.
    State stateOf(const QString &analyst) const;
    // The hub's snapshot of this session has come.
    bool isKnown() const { return m_known; }

    // A key was typed in channel's composer: the others are told at most every repeat delay;
    // after the idle delay without a key (or on stopTyping) they are told it stopped.
    void noteTyping(const QString &channel);
    // The message was sent, the text cleared, or the analyst left the channel.
    void stopTyping();
    // Who is typing in channel (never this analyst), in the order they started.
    QStringList typingIn(const QString &channel) const;

    // Test seams (ms): how often a start is repeated while typing, after how long without a
    // key a stop is sent, how long a start heard is shown without being repeated.
    void setTypingTimesForTesting(int repeatMs, int idleStopMs, int expiryMs);
    static constexpr int kRepeatMs = 3000;
    static constexpr int kIdleStopMs = 5000;
    static constexpr int kExpiryMs = 6500;

signals:
    // Whose state changed; empty: anyone's (a snapshot, or the session ended).
    void presenceChanged(const QStringList &analysts);
    void typingChanged(const QString &channel);

private:
    void sayState();
    void onFrame(const QJsonObject &frame);
    void onPresenceFrame(const QJsonObject &frame);
    void onTypingFrame(const QJsonObject &frame);
    void onSessionEnded();
    void sendTyping(const QString &channel, bool active);
    void expireTypists();
    void scheduleExpiry();

    SyncEngine &m_engine;
    bool m_enabled = false;
    bool m_away = false;
    bool m_known = false;
    QHash<QString, State> m_states; // absent: offline
    struct Typist
    {
        QString analyst;
        qint64 until = 0; // m_clock ms
    };
    QHash<QString, QList<Typist>> m_typing; // channel -> typists
    QElapsedTimer m_clock;
    QTimer m_expiry;
    // This analyst's typing.
    QString m_typingChannel;
    qint64 m_lastStartMs = -1;
    QTimer m_idleStop;
    int m_repeatMs = kRepeatMs;
    int m_expiryMs = kExpiryMs;
};

} // namespace liaison
