#pragma once

#include <QString>
#include <QStringList>

namespace liaison {

// Stored values are stable lowercase keys; the UI translates them for display.

// TLP 2.0 (FIRST): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.
enum class Tlp { Clear, Green, Amber, AmberStrict, Red };
QString tlpKey(Tlp tlp); // "clear", "green", "amber", "amber+strict", "red"
bool parseTlp(const QString &key, Tlp *out);
QString tlpLabel(Tlp tlp); // "TLP:AMBER+STRICT" (the standard's own form)
// True when moving a record out (share, export, copy) needs a confirmation: above GREEN.
inline bool tlpNeedsReleaseConfirmation(Tlp tlp)
{
    return tlp > Tlp::Green;
}

// PAP (Permissible Actions Protocol): CLEAR, GREEN, AMBER, RED.
bool isPapKey(const QString &key);

enum class IncidentStatus { New, Triage, Investigating, Mitigating, Resolved, Closed };
QString statusKey(IncidentStatus status);
bool parseStatus(const QString &key, IncidentStatus *out);
QStringList statusKeys();

enum class Severity { Low, Medium, High, Critical };
QString severityKey(Severity severity);
bool parseSeverity(const QString &key, Severity *out);

} // namespace liaison
