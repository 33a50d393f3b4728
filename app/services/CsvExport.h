#pragma once

#include <QByteArray>
#include <QStringList>

namespace liaison {

class IncidentService;

// Incidents as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
// a line break, quotes doubled), UTF-8 with a byte-order mark so that spreadsheet programs read
// accents right. One row per indicator, the incident's columns repeated; an incident without
// indicators gets one row. A field that starts with = + - @ or a tab or carriage return is
// prefixed with ' so that a spreadsheet does not run it as a formula (CSV injection).
// The second column is the incident's reference (CCIRC-2026-7KQ4MX, domain/IncidentReference).
// Each indicator row carries the indicator's marking (the stricter of its own and its
// incident's), its IOC and sighted flags, first and last seen (ISO 8601, UTC) and its source.
// The header row is in English: it is a machine interface.
QByteArray exportIncidentsCsv(const IncidentService &service, const QStringList &incidentIds);

// One CSV field as written by exportIncidentsCsv (exposed for tests).
QByteArray csvField(const QString &value);

} // namespace liaison
