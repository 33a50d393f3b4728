#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

class QLineEdit;

namespace liaison {

// "Caps Lock is on" under passphrase fields. Qt has no portable way to ask whether Caps Lock
// is on, so it is read from the keys typed into the watched fields: a letter whose case
// disagrees with the Shift key (an upper-case letter without Shift, a lower-case one with it)
// means Caps Lock is on; one that agrees means it is off; the Caps Lock key itself flips what
// was known. Until a letter is typed nothing is known and nothing is shown. The label hides
// itself when none of its fields has the focus.
class CapsLockWarning : public QLabel
{
    Q_OBJECT
public:
    explicit CapsLockWarning(QWidget *parent = nullptr);

    void watch(QLineEdit *field);
    // What the keys typed so far say (false when unknown).
    bool capsLockOn() const { return m_state == State::On; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class State { Unknown, Off, On };
    void retranslateUi();
    void updateVisibility();

    State m_state = State::Unknown;
    QList<QPointer<QLineEdit>> m_fields;
};

} // namespace liaison
