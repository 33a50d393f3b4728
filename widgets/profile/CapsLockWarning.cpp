#include "CapsLockWarning.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace liaison {

CapsLockWarning::CapsLockWarning(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("capsLockWarning"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    hide();
    retranslateUi();
}

void CapsLockWarning::watch(QLineEdit *field)
{
    m_fields.append(field);
    field->installEventFilter(this);
}

bool CapsLockWarning::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_CapsLock) {
            if (m_state != State::Unknown)
                m_state = m_state == State::On ? State::Off : State::On;
        } else if (key->text().size() == 1) {
            const QChar c = key->text().front();
            // Only letters that have two cases say anything ("1", "é" typed as dead keys...).
            if (c.isLetter() && c.toUpper() != c.toLower()) {
                const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
                m_state = c.isUpper() != shift ? State::On : State::Off;
            }
        }
        updateVisibility();
        break;
    }
    case QEvent::FocusIn:
    case QEvent::FocusOut:
    case QEvent::Hide:
    case QEvent::Show: updateVisibility(); break;
    default: break;
    }
    return QLabel::eventFilter(watched, event);
}

void CapsLockWarning::updateVisibility()
{
    bool focused = false;
    for (const auto &field : std::as_const(m_fields))
        focused = focused || (field && field->isVisible() && field->hasFocus());
    setVisible(m_state == State::On && focused);
}

void CapsLockWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void CapsLockWarning::retranslateUi()
{
    //: Shown under a passphrase field while Caps Lock seems to be on
    setText(tr("Caps Lock is on: the passphrase may be typed in capitals."));
    setAccessibleName(text());
}

} // namespace liaison
