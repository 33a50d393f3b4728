#include "DialogSupport.h"

#include <QDialog>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>

namespace liaison {

bool isUserInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin: return true;
    default: return false;
    }
}

SecureBuffer takePassphrase(QLineEdit *field)
{
    QByteArray utf8 = field->text().toUtf8();
    SecureBuffer passphrase = SecureBuffer::fromUtf8(utf8.constData(), std::size_t(utf8.size()));
    secureWipe(utf8.data(), std::size_t(utf8.size()));
    field->clear();
    return passphrase;
}

void showDialogMessage(QDialog *dialog, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->hasHeightForWidth() ? dialog->heightForWidth(dialog->width())
                                                   : dialog->sizeHint().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

namespace {
std::optional<bool> g_nextAnswer;
} // namespace

bool askYesNo(QWidget *parent, const QString &title, const QString &text)
{
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
        == QMessageBox::Yes;
}

void setNextAnswerForTesting(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

namespace {
std::optional<std::optional<QString>> g_nextText;
} // namespace

bool askText(QWidget *parent, const QString &title, const QString &label, QString *text)
{
    if (g_nextText) {
        const std::optional<QString> answer = *g_nextText;
        g_nextText.reset();
        if (!answer || answer->trimmed().isEmpty())
            return false;
        *text = answer->trimmed();
        return true;
    }
    bool ok = false;
    const QString typed
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok || typed.trimmed().isEmpty())
        return false;
    *text = typed.trimmed();
    return true;
}

void clearNextTextForTesting()
{
    g_nextText.reset();
}

void setNextTextForTesting(std::optional<QString> text)
{
    g_nextText = std::optional<std::optional<QString>>(std::move(text));
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

} // namespace liaison
