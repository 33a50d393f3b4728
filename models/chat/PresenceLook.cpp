#include "models/chat/PresenceLook.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace liaison {

namespace presence_ui {

QString stateText(Presence::State state)
{
    switch (state) {
    case Presence::State::Online:
        //: Presence of an analyst: connected and active
        return QCoreApplication::translate("Presence", "Online");
    case Presence::State::Away:
        //: Presence of an analyst: connected but idle for a while
        return QCoreApplication::translate("Presence", "Away");
    case Presence::State::Offline: break;
    }
    //: Presence of an analyst: no Liaison of theirs is connected
    return QCoreApplication::translate("Presence", "Offline");
}

QIcon stateIcon(Presence::State state)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r(size * 0.2, size * 0.2, size * 0.6, size * 0.6);
        const QColor online(0x2e, 0x9e, 0x44), away(0xd9, 0x8c, 0x00), offline(0x80, 0x86, 0x8f);
        switch (state) {
        case Presence::State::Online:
            p.setPen(Qt::NoPen);
            p.setBrush(online);
            p.drawEllipse(r);
            break;
        case Presence::State::Away:
            p.setPen(QPen(away, std::max(1.0, size / 10.0)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r);
            p.setPen(Qt::NoPen);
            p.setBrush(away);
            p.drawPie(r, 90 * 16, 180 * 16);
            break;
        case Presence::State::Offline:
            p.setPen(QPen(offline, std::max(1.0, size / 10.0)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r);
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace presence_ui

} // namespace liaison
