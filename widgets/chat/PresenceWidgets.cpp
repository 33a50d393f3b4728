#include "widgets/chat/PresenceWidgets.h"

#include "widgets/common/DialogSupport.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>

namespace liaison {

TypingLine::TypingLine(Workspace &context, QWidget *parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("typingLine"));
    setTextFormat(Qt::PlainText);
    QFont f = font();
    f.setItalic(true);
    setFont(f);
    // Keeps its height when empty: the messages do not jump when someone starts typing.
    setMinimumHeight(fontMetrics().height());
    connect(&context.presence(), &Presence::typingChanged, this, [this](const QString &channel) {
        if (channel == m_channel)
            refresh();
    });
}

void TypingLine::setChannel(const QString &channelId)
{
    m_channel = channelId;
    refresh();
}

QString TypingLine::sentence(const QStringList &names)
{
    if (names.size() == 1)
        //: Under the messages: %1 the name of an analyst typing in this channel
        return tr("%1 is typing…").arg(names.at(0));
    if (names.size() == 2)
        //: Under the messages: %1 and %2 the names of two analysts typing in this channel
        return tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    //: Under the messages: %n analysts (three or more) typing in this channel
    return tr("%n people are typing…", nullptr, int(names.size()));
}

void TypingLine::refresh()
{
    QStringList names;
    for (const QString &analyst : m_context.presence().typingIn(m_channel))
        names << m_context.analystName(analyst);
    setText(names.isEmpty() ? QString() : sentence(names));
    setAccessibleName(text());
}

void TypingLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

AwayWatcher::AwayWatcher(Presence &presence, QObject *parent)
    : QObject(parent)
    , m_presence(presence)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_presence.setAway(true); });
    setMinutes(savedAwayMinutes());
    qApp->installEventFilter(this);
}

AwayWatcher::~AwayWatcher()
{
    qApp->removeEventFilter(this);
}

int AwayWatcher::savedAwayMinutes()
{
    const int minutes
        = QSettings().value(QStringLiteral("chat/awayMinutes"), kDefaultAwayMinutes).toInt();
    return std::clamp(minutes, 0, 24 * 60);
}

void AwayWatcher::saveAwayMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("chat/awayMinutes"), std::clamp(minutes, 0, 24 * 60));
}

void AwayWatcher::setMinutes(int minutes)
{
    m_presence.setAway(false);
    if (minutes > 0)
        m_timer.start(minutes * 60 * 1000);
    else {
        m_timer.stop();
        m_timer.setInterval(0);
    }
}

void AwayWatcher::setDelayForTesting(int ms)
{
    m_timer.start(ms);
}

bool AwayWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.interval() > 0) {
            m_timer.start();
            m_presence.setAway(false);
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace liaison
