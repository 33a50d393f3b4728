#include "KeyboardSupport.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace liaison {

namespace {

class TabMnemonicFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        auto *bar = qobject_cast<QTabBar *>(watched);
        auto *tabs = bar ? qobject_cast<QTabWidget *>(bar->parentWidget()) : nullptr;
        if (!tabs)
            return false;
        // After the tab bar has switched to the tab (it handles the event itself).
        QPointer<QTabWidget> guard(tabs);
        QTimer::singleShot(0, tabs, [guard] {
            if (guard && guard->currentWidget())
                focusFirstIn(guard->currentWidget());
        });
        return false;
    }
};

} // namespace

void installTabMnemonicFocus()
{
    static QPointer<TabMnemonicFilter> installed;
    if (installed || !qApp)
        return;
    installed = new TabMnemonicFilter(qApp);
    qApp->installEventFilter(installed);
}

void nameFieldsByTheirLabels(QWidget *root)
{
    if (!root)
        return;
    static const char kNamedByLabel[] = "liaisonNamedByLabel";
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        if (!field
            || (!field->accessibleName().isEmpty() && !field->property(kNamedByLabel).toBool()))
            continue;
        QString name = label->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        name.replace(QStringLiteral("&&"), QStringLiteral("&"));
        name = name.trimmed();
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QChar(0x00a0)))
            name.chop(1);
        field->setAccessibleName(name.trimmed());
        field->setProperty(kNamedByLabel, true);
    }
}

bool focusFirstIn(QWidget *page)
{
    if (!page)
        return false;
    // Bounded: the focus chain is a ring through the window's widgets.
    QWidget *w = page;
    for (int guard = 0; guard < 10000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == page)
            break;
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace liaison
