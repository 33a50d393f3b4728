#include "DialogSupport.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

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

PassphraseDialogParts layOutPassphraseDialog(QDialog *dialog, QLabel *intro, QLayout *form,
                                             const char *acceptName)
{
    PassphraseDialogParts parts;
    parts.message = new QLabel(dialog);
    parts.message->setObjectName(QStringLiteral("message"));
    parts.message->setWordWrap(true);
    parts.message->setTextFormat(Qt::PlainText);
    parts.buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    parts.accept = parts.buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    parts.accept->setObjectName(QLatin1String(acceptName));
    parts.accept->setDefault(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(parts.message);
    layout->addStretch();
    layout->addWidget(parts.buttons);
    return parts;
}

namespace {
std::optional<QString> g_nextSavePath;
constexpr int kSavedMessageMs = 15000;
} // namespace

QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter)
{
    if (g_nextSavePath) {
        const QString path = *g_nextSavePath;
        g_nextSavePath.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void setNextSavePathForTesting(std::optional<QString> path)
{
    g_nextSavePath = std::move(path);
}

QString announceSavedFile(QWidget *from, const QString &path)
{
    //: After an export or a save; %1 is the file's full path
    const QString text = QCoreApplication::translate("liaison::DialogSupport", "Saved: %1")
                             .arg(QDir::toNativeSeparators(path));
    QWidget *window = from ? from->window() : nullptr;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        main->statusBar()->showMessage(text, kSavedMessageMs);
    } else if (window) {
        auto *box
            = new QMessageBox(QMessageBox::Information,
                              //: Title of the message that says where a file was written
                              QCoreApplication::translate("liaison::DialogSupport", "File Saved"),
                              text, QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("savedFileMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    }
    return text;
}

} // namespace liaison
