#pragma once

#include <QString>

namespace liaison {

// A short reference for an incident that both centres can quote on the phone,
// "CCIRC-2026-7KQ4MX": the owner centre, the UTC year of creation and six Crockford base32
// characters (no I, L, O or U) taken from a SHA-256 of the incident's id. Every replica derives
// the same reference from fields it already has, offline, with no counter to coordinate and no
// stored column (docs/REFERENCES.md explains the choice and its collision odds).
QString incidentReference(const QString &ownerCentre, qint64 createdAtMs, const QString &id);

// What an analyst typed or read out, normalised the way Crockford's alphabet reads it: upper
// case, spaces and dashes ignored for the code, O -> 0, I and L -> 1. Empty when the text is not
// shaped like a reference (CENTRE-YYYY-XXXXXX).
QString normalizeIncidentReference(const QString &text);

} // namespace liaison
