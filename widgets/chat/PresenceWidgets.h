#pragma once

#include "sync/Presence.h"

#include <QLabel>
#include <QTimer>

namespace liaison {

class Workspace;

// The line under the messages that says who is typing, and the watcher that says away.

// "Marie Tremblay is typing…" under the open channel's messages; empty when nobody is.
class TypingLine : public QLabel
{
    Q_OBJECT
public:
    TypingLine(Workspace &context, QWidget *parent = nullptr);
    void setChannel(const QString &channelId);
    // The sentence for these analysts' names (at least one).
    static QString sentence(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    Workspace &m_context;
    QString m_channel;
};

// Tells the hub this analyst is away after the away delay without a key or mouse event in the
// application (QSettings "chat/awayMinutes", default 5; 0: never away), and online again at the
// next one.
class AwayWatcher : public QObject
{
    Q_OBJECT
public:
    AwayWatcher(Presence &presence, QObject *parent = nullptr);
    ~AwayWatcher() override;
    static int savedAwayMinutes();
    static void saveAwayMinutes(int minutes);
    // Restarts the countdown with this delay (0: never away).
    void setMinutes(int minutes);
    static constexpr int kDefaultAwayMinutes = 5;
    // Test seam: the delay in ms.
    void setDelayForTesting(int ms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Presence &m_presence;
    QTimer m_timer;
};

} // namespace liaison
