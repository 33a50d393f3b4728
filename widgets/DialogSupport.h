#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>

class QDialog;
class QLabel;
class QLineEdit;

namespace liaison {

// Moves the text of a password field into secure memory: the temporary UTF-8 copy is wiped
// and the field cleared, so the passphrase lives on only in the returned buffer.
SecureBuffer takePassphrase(QLineEdit *field);

// Shows message in label (hidden when empty) and grows dialog to fit it, rather than
// squeezing the wrapped labels.
void showDialogMessage(QDialog *dialog, QLabel *label, const QString &message);

} // namespace liaison
