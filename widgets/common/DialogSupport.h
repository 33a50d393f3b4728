#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>
#include <QStringList>

#include <optional>

class QDialog;
class QDialogButtonBox;
class QLayout;
class QPushButton;
class QEvent;
class QWidget;
class QLabel;
class QLineEdit;
class QListWidget;

namespace liaison {

// A key, a click, a mouse move, a wheel or a touch: the analyst is at the keyboard (auto-lock
// and away both count idle time from the last one).
bool isUserInput(const QEvent *event);

// Moves the text of a password field into secure memory: the temporary UTF-8 copy is wiped
// and the field cleared, so the passphrase lives on only in the returned buffer.
SecureBuffer takePassphrase(QLineEdit *field);

// Shows message in label (hidden when empty) and grows dialog to fit it, rather than
// squeezing the wrapped labels.
void showDialogMessage(QDialog *dialog, QLabel *label, const QString &message);

// The frame of a passphrase dialog (unlock, change): intro, form, a message line (plain text,
// named "message", shown by showDialogMessage), a stretch, then Cancel and the accepting button
// (named acceptName, the default). Returns the message line and the accepting button.
struct PassphraseDialogParts
{
    QLabel *message = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *accept = nullptr;
};
PassphraseDialogParts layOutPassphraseDialog(QDialog *dialog, QLabel *intro, QLayout *form,
                                             const char *acceptName);

// A yes/no question (No is the default). Tests answer it ahead with setNextAnswerForTesting,
// as KeePassXC's MessageBox::setNextAnswer does.
bool askYesNo(QWidget *parent, const QString &title, const QString &text);
void setNextAnswerForTesting(std::optional<bool> answer);

// Asks for a line of text (a reason, for the record); false when cancelled or left empty.
// Tests answer it ahead with setNextTextForTesting (nullopt: cancelled).
bool askText(QWidget *parent, const QString &title, const QString &label, QString *text);
void setNextTextForTesting(std::optional<QString> text);
void clearNextTextForTesting();

// Asks where to save a file (QFileDialog::getSaveFileName); empty when cancelled. Tests answer
// it ahead with setNextSavePathForTesting (an empty path: cancelled).
QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter);
void setNextSavePathForTesting(std::optional<QString> path);

// Says where a file was written: in the status bar of the main window that from belongs to
// ("Saved: /home/…/incidents.csv", for a while), or, from a dialog, in a message box beside
// it. The text is also given back (tests, and callers that show it themselves).
QString announceSavedFile(QWidget *from, const QString &path);

// The ids (Qt::UserRole) of the ticked items of a checkable list, in list order.
QStringList checkedIds(const QListWidget *list);

// The answer a test gives ahead to the next question of one kind (an empty optional inside:
// cancelled), for the dialogs that pick something (ShareIncidentDialog, ShareWithPeopleDialog).
template<typename T>
class NextAnswer
{
public:
    void set(std::optional<T> answer)
    {
        m_answer = std::move(answer);
        m_set = true;
    }
    void clear()
    {
        m_set = false;
        m_answer.reset();
    }
    // True when a test answered: *answer is that answer, used up.
    bool take(std::optional<T> *answer)
    {
        if (!m_set)
            return false;
        *answer = std::move(m_answer);
        clear();
        return true;
    }

private:
    bool m_set = false;
    std::optional<T> m_answer;
};

} // namespace liaison
