#pragma once

#include "cli/CliCommon.h"
#include "services/ScheduleService.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What liaison-cli's contacts commands print (main.cpp parses their options and opens the
// profile): the directory as JSON for scripts and as a table for people.
namespace liaison::cli {

// "a@x.ca, b@y.gov" -> {"a@x.ca", "b@y.gov"}: trimmed, empty parts dropped.
QStringList splitList(const QString &text, QChar separator);

// [{"id":..,"name":..,"organisation":..,"centre":..,"role":..,"emails":[..],"phones":[..],
//   "languages":[..],"timezone":..,"working_hours":..,"notes":..,"analyst_id":..,
//   "liaison":bool,"from_directory":bool,"scope":..}] in the directory's order, members in that
//   order.
QByteArray contactsJson(const QList<Contact> &contacts);
// One line a contact: name, centre, role, first e-mail address, languages, zone, id.
QString contactsTable(const QList<Contact> &contacts);

// liaison-cli contacts add|list|export|import ... args starts with the command word.
Exit commandContacts(const QString &dir, const QStringList &args);

} // namespace liaison::cli
