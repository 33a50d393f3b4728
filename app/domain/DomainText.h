#pragma once

#include <QString>

namespace liaison {

// The words of the domain as the analyst reads them, in one place: the names of statuses,
// severities, scopes, indicator types, records and fields, the sentences of the release
// timeline and the reasons an input is refused. Stored values and error codes stay stable
// keys; these turn them into text in the UI language (translation context "DomainText"),
// so that the board, the incident window and any later view say the same thing.

// "investigating" -> "Investigating"; an unknown key is shown as it is.
QString statusLabel(const QString &key);
// "high" -> "High"
QString severityLabel(const QString &key);
// "centre" -> "Centre only", "shared" -> "Shared"
QString scopeLabel(const QString &key);
// "amber" -> "TLP:AMBER" (the standard's own form, never translated)
QString tlpDisplay(const QString &key);
// "ipv4" -> "IPv4 address"
QString indicatorTypeLabel(const QString &key);

// A kind of record ("indicator" -> "Indicator"), for the history and messages.
QString entityLabel(const QString &entity);
// A record's field ("title" -> "title"), for banners and the history.
QString fieldLabel(const QString &entity, const QString &field);

// Why an input was refused, from a ValidationError's field and stable code ("tlp",
// "share-forbidden-red"): names the field as the UI does, never a raw code.
QString refusalText(const QString &field, const QString &code);
// Why an indicator value was refused (IndicatorCheck::reason: "not-ipv4", "duplicate", ...).
QString indicatorRefusal(const QString &code);

// A release record's machine-readable body ("share tlp:amber comments:2", "tlp tlp:A tlp:B\n
// reason", ...) as a timeline sentence naming author; an unknown body is shown as it is.
QString releaseSentence(const QString &body, const QString &author);

} // namespace liaison
