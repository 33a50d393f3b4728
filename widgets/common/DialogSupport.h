#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

#include <optional>

class QDialog;
class QWidget;
class QLabel;
class QLineEdit;

namespace liaison {

// Moves the text of a password field into secure memory: the temporary UTF-8 copy is wiped
// and the field cleared, so the passphrase lives on only in the returned buffer.
SecureBuffer takePassphrase(QLineEdit *field);

// Shows message in label (hidden when empty) and grows dialog to fit it, rather than
// squeezing the wrapped labels.
void showDialogMessage(QDialog *dialog, QLabel *label, const QString &message);

// A yes/no question (No is the default). Tests answer it ahead with setNextAnswerForTesting,
// as KeePassXC's MessageBox::setNextAnswer does.
bool askYesNo(QWidget *parent, const QString &title, const QString &text);
void setNextAnswerForTesting(std::optional<bool> answer);

// Asks for a line of text (a reason, for the record); false when cancelled or left empty.
// Tests answer it ahead with setNextTextForTesting (nullopt: cancelled).
bool askText(QWidget *parent, const QString &title, const QString &label, QString *text);
void setNextTextForTesting(std::optional<QString> text);
void clearNextTextForTesting();

} // namespace liaison
