#include "UiErrors.h"

#include "core/Logging.h"
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

QString entityLabel(const QString &entity)
{
    //: A kind of record, as named in the history and in messages
    if (entity == QLatin1String("incident"))
        return QCoreApplication::translate("UiErrors", "Incident");
    if (entity == QLatin1String("indicator"))
        return QCoreApplication::translate("UiErrors", "Indicator");
    if (entity == QLatin1String("comment"))
        return QCoreApplication::translate("UiErrors", "Comment");
    if (entity == QLatin1String("task"))
        return QCoreApplication::translate("UiErrors", "Task");
    if (entity == QLatin1String("assignee"))
        return QCoreApplication::translate("UiErrors", "Assignment");
    if (entity == QLatin1String("tag"))
        return QCoreApplication::translate("UiErrors", "Tag");
    return QCoreApplication::translate("UiErrors", "Record");
}

QString fieldLabel(const QString &entity, const QString &field)
{
    Q_UNUSED(entity);
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"title", QT_TRANSLATE_NOOP("UiErrors", "title")},
        {"summary", QT_TRANSLATE_NOOP("UiErrors", "summary")},
        {"status", QT_TRANSLATE_NOOP("UiErrors", "status")},
        {"severity", QT_TRANSLATE_NOOP("UiErrors", "severity")},
        {"tlp", QT_TRANSLATE_NOOP("UiErrors", "TLP marking")},
        {"pap", QT_TRANSLATE_NOOP("UiErrors", "PAP marking")},
        {"sector", QT_TRANSLATE_NOOP("UiErrors", "sector")},
        {"owner_centre", QT_TRANSLATE_NOOP("UiErrors", "owner centre")},
        {"scope", QT_TRANSLATE_NOOP("UiErrors", "visibility")},
        {"created_at", QT_TRANSLATE_NOOP("UiErrors", "creation date")},
        {"deleted", QT_TRANSLATE_NOOP("UiErrors", "deletion")},
        {"incident_id", QT_TRANSLATE_NOOP("UiErrors", "incident")},
        {"type", QT_TRANSLATE_NOOP("UiErrors", "type")},
        {"value", QT_TRANSLATE_NOOP("UiErrors", "value")},
        {"note", QT_TRANSLATE_NOOP("UiErrors", "note")},
        {"body", QT_TRANSLATE_NOOP("UiErrors", "text")},
        {"kind", QT_TRANSLATE_NOOP("UiErrors", "kind")},
        {"occurred_at", QT_TRANSLATE_NOOP("UiErrors", "date")},
        {"assignee", QT_TRANSLATE_NOOP("UiErrors", "assignee")},
        {"due_date", QT_TRANSLATE_NOOP("UiErrors", "due date")},
        {"done", QT_TRANSLATE_NOOP("UiErrors", "done")},
        {"analyst_id", QT_TRANSLATE_NOOP("UiErrors", "analyst")},
        {"analyst", QT_TRANSLATE_NOOP("UiErrors", "analyst")},
        {"name", QT_TRANSLATE_NOOP("UiErrors", "name")},
        {"reason", QT_TRANSLATE_NOOP("UiErrors", "reason")},
    };
    for (const auto &l : labels) {
        if (field == QLatin1String(l.key))
            return QCoreApplication::translate("UiErrors", l.label);
    }
    //: A field this version of Liaison does not know by name
    return QCoreApplication::translate("UiErrors", "another field");
}

QString validationText(const ValidationError &error)
{
    const QString &code = error.code();
    if (code == QLatin1String("share-forbidden-amber-strict"))
        return QCoreApplication::translate(
            "UiErrors",
            "This incident is marked TLP:AMBER+STRICT: it stays inside your centre and "
            "cannot be shared. The owner centre may lower the marking to TLP:AMBER, with "
            "a reason, and share it then.");
    if (code == QLatin1String("share-forbidden-red"))
        return QCoreApplication::translate(
            "UiErrors",
            "This incident is marked TLP:RED: it is for named people only and is never "
            "shared with a whole centre.");
    if (code == QLatin1String("not-own"))
        return QCoreApplication::translate("UiErrors",
                                           "Only the centre that wrote this comment can share it.");
    if (code == QLatin1String("not-shared"))
        return QCoreApplication::translate(
            "UiErrors", "Share the incident first: its comments can only follow it.");
    if (code == QLatin1String("not-owner"))
        return QCoreApplication::translate("UiErrors",
                                           "Only the centre that owns this incident can share it.");
    const QString field = fieldLabel({}, error.field());
    //: %1 is a field name, e.g. "title"
    if (code == QLatin1String("required"))
        return QCoreApplication::translate("UiErrors", "The %1 is required.").arg(field);
    //: %1 is a field name, e.g. "summary"
    if (code == QLatin1String("too-long"))
        return QCoreApplication::translate("UiErrors", "The %1 is too long.").arg(field);
    if (code == QLatin1String("not-found"))
        return QCoreApplication::translate("UiErrors",
                                           "It no longer exists: someone may have deleted it.");
    if (code == QLatin1String("out-of-range"))
        //: %1 is a field name, e.g. "due date"
        return QCoreApplication::translate("UiErrors", "The %1 is out of range.").arg(field);
    //: %1 is a field name, e.g. "sector"
    return QCoreApplication::translate("UiErrors", "The %1 is not valid.").arg(field);
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

} // namespace liaison
