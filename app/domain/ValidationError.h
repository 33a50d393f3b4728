#pragma once

#include <QString>

#include <stdexcept>

namespace liaison {

// A user input that breaks a domain rule. code is a stable key ("title-required",
// "invalid-indicator", ...) that the UI maps to a translated message; field names the input.
// In the domain (not the services) so that pure domain code (holidays, vCard) can throw it
// without depending on the op log.
class ValidationError : public std::invalid_argument
{
public:
    ValidationError(QString field, QString code)
        : std::invalid_argument((field + QLatin1String(": ") + code).toStdString())
        , m_field(std::move(field))
        , m_code(std::move(code))
    { }
    const QString &field() const { return m_field; }
    const QString &code() const { return m_code; }

private:
    QString m_field;
    QString m_code;
};

} // namespace liaison
