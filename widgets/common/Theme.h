#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>

class QApplication;

namespace liaison {

// One visual language for the whole app: a light and a dark palette (picked from the desktop's
// window colour: Qt 6.4 has no QStyleHints::colorScheme), the few colours the palette has no
// role for (badges, errors, warnings), TLP 2.0 colours as FIRST prescribes them, spacing, and
// the bundled icons tinted to the palette. Every pair of text and background colours here
// meets WCAG's 4.5:1 (tst_theme computes the ratios).
namespace theme {

enum class Scheme { Light, Dark };

// Dark when the window colour is darker than mid-grey.
Scheme schemeOf(const QPalette &palette);
QPalette palette(Scheme scheme);
// Sets the app's palette: LIAISON_COLOR_SCHEME=light|dark if set, else the desktop's scheme
// as its palette says now. Returns the scheme applied.
Scheme apply(QApplication &app);

// The colours a palette has no role for, in the given palette's scheme.
enum class Tone { Unread, Mention, Pending, Error, Warning };
QColor toneBackground(Tone tone, const QPalette &palette);
QColor toneText(Tone tone, const QPalette &palette);
// A foreground for text on the window background (errors, warnings in labels).
QColor toneOnWindow(Tone tone, const QPalette &palette);

// TLP 2.0 (FIRST): the marking's colour as text on black.
QColor tlpText(const QString &tlpKey);
QColor tlpBackground();

// WCAG 2.x relative luminance and contrast ratio (1..21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);

// Spacing of the app's layouts (device-independent pixels).
constexpr int kSpacing = 6;
constexpr int kMargin = 9;

// A bundled icon (":/icons/nav/<name>.svg") drawn in `colour`, crisp at 100% and 200%.
QIcon icon(const QString &name, const QColor &colour, int size = 24);

} // namespace theme
} // namespace liaison
