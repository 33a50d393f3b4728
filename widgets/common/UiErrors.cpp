#include "UiErrors.h"

#include "core/Logging.h"
#include "domain/DomainText.h"
#include "services/ServiceBase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMessageBox>

#include <typeinfo>

namespace liaison {

namespace {

bool g_silent = false;
QString g_lastError;

} // namespace

QString validationText(const ValidationError &error)
{
    return refusalText(error.field(), error.code());
}

bool runGuarded(QWidget *parent, const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const ValidationError &e) {
        showError(parent, validationText(e));
    } catch (const StorageError &e) {
        qCWarning(lcUi) << "storage error during an action:" << e.code();
        showError(parent,
                  QCoreApplication::translate(
                      "UiErrors",
                      "Liaison could not save this change in your profile. Nothing was "
                      "changed; try again, and restart Liaison if it happens again."));
    } catch (const std::exception &e) {
        qCWarning(lcUi) << "unexpected error during an action:" << typeid(e).name();
        showError(parent,
                  QCoreApplication::translate("UiErrors",
                                              "Liaison could not do this. Nothing was changed."));
    }
    return false;
}

void showError(QWidget *parent, const QString &text)
{
    g_lastError = text;
    if (g_silent)
        return;
    QMessageBox::warning(parent, QCoreApplication::translate("UiErrors", "Liaison"), text);
}

void setErrorsSilentForTesting(bool silent)
{
    g_silent = silent;
}

QString lastErrorForTesting()
{
    return g_lastError;
}

void clearLastErrorForTesting()
{
    g_lastError.clear();
}

} // namespace liaison
