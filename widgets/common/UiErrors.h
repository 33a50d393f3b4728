#pragma once

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace liaison {

class ValidationError;

// The one seam between widgets and services: every action a widget takes on a service runs
// through runGuarded, so that no exception escapes a Qt slot. A ValidationError becomes a
// sentence in the analyst's language; anything else a generic one and a log line (never the
// exception's text, which may name internals). Returns false when the action failed.
bool runGuarded(QWidget *parent, const std::function<void()> &action);

// The sentence for a refused input (refusalText in domain/DomainText.h, which also names
// records and fields): names the field as the UI does, never a raw code.
QString validationText(const ValidationError &error);

// Shows an error (a warning box); tests read it instead with lastErrorForTesting.
void showError(QWidget *parent, const QString &text);
void setErrorsSilentForTesting(bool silent);
QString lastErrorForTesting();
// Forgets the last error (a test that provoked one, before the next checks there is none).
void clearLastErrorForTesting();

} // namespace liaison
