#include "Theme.h"

#include "models/board/IncidentListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace liaison::theme {

namespace {

bool isDark(const QPalette &palette)
{
    return schemeOf(palette) == Scheme::Dark;
}

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, link, linkVisited, placeholder, toolTipBase, toolTipText, light, midlight,
        mid, dark, shadow, disabledText;
};

// Chosen for contrast first: every text colour against its background is 4.5:1 or more.
const Colours kLight {QColor(0xf4, 0xf5, 0xf7), QColor(0x1b, 0x1f, 0x24), QColor(0xff, 0xff, 0xff),
                      QColor(0xf0, 0xf2, 0xf5), QColor(0x1b, 0x1f, 0x24), QColor(0xe8, 0xeb, 0xef),
                      QColor(0x1b, 0x1f, 0x24), QColor(0x1f, 0x5f, 0xbf), QColor(0xff, 0xff, 0xff),
                      QColor(0x0b, 0x57, 0xb0), QColor(0x5b, 0x3a, 0xa8), QColor(0x5a, 0x61, 0x6b),
                      QColor(0x2b, 0x2f, 0x36), QColor(0xf5, 0xf6, 0xf7), QColor(0xff, 0xff, 0xff),
                      QColor(0xe2, 0xe5, 0xea), QColor(0xb8, 0xbe, 0xc6), QColor(0x8a, 0x91, 0x9a),
                      QColor(0x4a, 0x50, 0x58), QColor(0x8a, 0x90, 0x99)};

const Colours kDark {QColor(0x1f, 0x22, 0x26), QColor(0xe6, 0xe8, 0xeb), QColor(0x16, 0x18, 0x1b),
                     QColor(0x22, 0x25, 0x2a), QColor(0xe6, 0xe8, 0xeb), QColor(0x2b, 0x2f, 0x35),
                     QColor(0xe6, 0xe8, 0xeb), QColor(0x2f, 0x66, 0xb8), QColor(0xff, 0xff, 0xff),
                     QColor(0x8a, 0xb4, 0xf8), QColor(0xc5, 0xa8, 0xf5), QColor(0x9a, 0xa1, 0xab),
                     QColor(0x3a, 0x3f, 0x47), QColor(0xf0, 0xf1, 0xf3), QColor(0x3a, 0x3f, 0x47),
                     QColor(0x30, 0x34, 0x3a), QColor(0x45, 0x4a, 0x52), QColor(0x0e, 0x10, 0x12),
                     QColor(0x00, 0x00, 0x00), QColor(0x74, 0x7a, 0x83)};

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

Scheme schemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128 ? Scheme::Dark
                                                                               : Scheme::Light;
}

QPalette palette(Scheme scheme)
{
    const Colours &c = scheme == Scheme::Dark ? kDark : kLight;
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, c.windowText);
        p.setColor(group, QPalette::Base, c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternateBase);
        p.setColor(group, QPalette::Text, c.text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, c.buttonText);
        p.setColor(group, QPalette::BrightText, c.highlightedText);
        p.setColor(group, QPalette::Highlight, c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.linkVisited);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::ToolTipBase, c.toolTipBase);
        p.setColor(group, QPalette::ToolTipText, c.toolTipText);
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
    }
    p.setColor(QPalette::Disabled, QPalette::Window, c.window);
    p.setColor(QPalette::Disabled, QPalette::Base, c.window);
    p.setColor(QPalette::Disabled, QPalette::Button, c.button);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.highlightedText);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::PlaceholderText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    for (const QPalette::ColorRole role :
         {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark, QPalette::Shadow,
          QPalette::Link, QPalette::LinkVisited, QPalette::ToolTipBase, QPalette::ToolTipText,
          QPalette::AlternateBase})
        p.setColor(QPalette::Disabled, role, p.color(QPalette::Active, role));
    return p;
}

Scheme apply(QApplication &app)
{
    const QByteArray forced = qgetenv("LIAISON_COLOR_SCHEME").toLower();
    Scheme scheme = schemeOf(app.palette());
    if (forced == "dark")
        scheme = Scheme::Dark;
    else if (forced == "light")
        scheme = Scheme::Light;
    app.setPalette(palette(scheme));
    return scheme;
}

QColor toneBackground(Tone tone, const QPalette &p)
{
    const bool dark = isDark(p);
    switch (tone) {
    case Tone::Unread: return p.color(QPalette::Active, QPalette::Highlight);
    case Tone::Mention: return dark ? QColor(0xff, 0xb4, 0xab) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Pending: return dark ? QColor(0xff, 0xb9, 0x51) : QColor(0x8a, 0x53, 0x00);
    case Tone::Error: return dark ? QColor(0x5c, 0x1a, 0x10) : QColor(0xfd, 0xe7, 0xe4);
    case Tone::Warning: return dark ? QColor(0x4a, 0x3b, 0x00) : QColor(0xff, 0xf4, 0xce);
    }
    return {};
}

QColor toneText(Tone tone, const QPalette &p)
{
    const bool dark = isDark(p);
    switch (tone) {
    case Tone::Unread: return p.color(QPalette::Active, QPalette::HighlightedText);
    case Tone::Mention: return dark ? QColor(0x69, 0x00, 0x05) : QColor(0xff, 0xff, 0xff);
    case Tone::Pending: return dark ? QColor(0x45, 0x2b, 0x00) : QColor(0xff, 0xff, 0xff);
    case Tone::Error: return dark ? QColor(0xff, 0xda, 0xd4) : QColor(0x7a, 0x16, 0x00);
    case Tone::Warning: return dark ? QColor(0xff, 0xe8, 0x9c) : QColor(0x3b, 0x2f, 0x00);
    }
    return {};
}

QColor toneOnWindow(Tone tone, const QPalette &p)
{
    const bool dark = isDark(p);
    switch (tone) {
    case Tone::Error: return dark ? QColor(0xff, 0x8a, 0x75) : QColor(0x9a, 0x1c, 0x00);
    case Tone::Warning: return dark ? QColor(0xf0, 0xc0, 0x60) : QColor(0x7a, 0x4a, 0x00);
    case Tone::Pending: return dark ? QColor(0xff, 0xb9, 0x51) : QColor(0x8a, 0x53, 0x00);
    case Tone::Mention: return dark ? QColor(0xff, 0xb4, 0xab) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Unread: return p.color(QPalette::Active, QPalette::Link);
    }
    return {};
}

QColor tlpText(const QString &tlpKey)
{
    return IncidentListModel::tlpColour(tlpKey);
}

QColor tlpBackground()
{
    return QColor(Qt::black);
}

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QIcon icon(const QString &name, const QColor &colour, int size)
{
    const QIcon source(QStringLiteral(":/icons/nav/%1.svg").arg(name));
    QIcon out;
    for (const qreal ratio : {1.0, 2.0}) {
        const int px = int(size * ratio);
        QPixmap pixmap = source.pixmap(QSize(px, px), 1.0);
        if (pixmap.isNull())
            continue;
        {
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), colour);
        }
        pixmap.setDevicePixelRatio(ratio);
        out.addPixmap(pixmap);
    }
    return out;
}

} // namespace liaison::theme
