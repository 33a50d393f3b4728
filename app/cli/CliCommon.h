#pragma once

// What every liaison-cli command shares: its output streams, exit codes, failures and the
// options parser (every file of app/cli).
#include "core/Console.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <stdexcept>

namespace liaison {
class Workspace;
}

namespace liaison::cli {

inline QTextStream &out()
{
    return stdOut();
}

inline QTextStream &err()
{
    return stdErr();
}

// Exit codes, one per kind of outcome a script may want to act on (the table is in kUsage and
// README.md; keep the three in step).
enum class Exit : int {
    Done = 0,
    Failed = 1, // anything not below (no profile here, not enrolled, storage error...)
    Usage = 2, // the command line is wrong; nothing was opened or changed
    WrongPassphrase = 3, // the passphrase does not open this profile (it is unchanged)
    ProfileBusy = 4, // another Liaison process has this profile open
    HubUnavailable = 5, // the hub could not be reached, or sync --once did not get up to date
    RefusedByHub = 6, // the hub said no: enrolment code, device, ops refused for good
    InvalidInput = 7, // a value breaks a rule of the data (ValidationError): not applied
};

class UsageError : public std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// A failure with its exit code and a sentence for standard error.
class Failure : public std::runtime_error
{
public:
    Failure(Exit code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    { }
    Exit code() const { return m_code; }

private:
    Exit m_code;
};

// The options of one command, checked against what the command takes: unknown names, missing
// values, values given twice and stray arguments are usage errors that name the option.
class Options
{
public:
    // words: the command words ("incident add"), for messages; positionals: how many plain
    // arguments follow them (an incident id...).
    Options(const QStringList &tokens, const QString &words, const QStringList &valued,
            const QStringList &flags = {}, int positionals = 0)
        : m_words(words)
    {
        for (int i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            if (!token.startsWith(QLatin1Char('-')) || token == QLatin1String("-")) {
                if (m_positional.size() >= positionals)
                    fail(QStringLiteral("unexpected argument '%1'").arg(token));
                m_positional << token;
                continue;
            }
            const qsizetype equals = token.indexOf(QLatin1Char('='));
            const QString name = equals > 0 ? token.left(equals) : token;
            if (m_values.contains(name) || m_flags.contains(name))
                fail(name + QStringLiteral(" is given twice"));
            if (valued.contains(name)) {
                if (equals > 0) {
                    m_values.insert(name, token.mid(equals + 1));
                } else if (i + 1 >= tokens.size()
                           || tokens.at(i + 1).startsWith(QLatin1String("--"))) {
                    fail(name + QStringLiteral(" needs a value (write ") + name
                         + QStringLiteral("=VALUE for a value that starts with --)"));
                } else {
                    m_values.insert(name, tokens.at(++i));
                }
            } else if (flags.contains(name)) {
                if (equals > 0)
                    fail(name + QStringLiteral(" takes no value"));
                m_flags.insert(name);
            } else {
                fail(QStringLiteral("unknown option ") + name);
            }
        }
        if (m_positional.size() < positionals)
            fail(QStringLiteral("an id is missing (") + words + QStringLiteral(" ID ...)"));
    }

    bool has(const QString &name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    QString required(const QString &name) const
    {
        if (!m_values.contains(name))
            fail(name + QStringLiteral(" is required"));
        return m_values.value(name);
    }
    QString positional(int i) const { return m_positional.value(i); }
    [[noreturn]] void fail(const QString &why) const
    {
        throw UsageError((m_words + QStringLiteral(": ") + why).toStdString());
    }

private:
    QString m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

inline void printJson(const QJsonDocument &doc)
{
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

// Takes every `name VALUE` (or `name=VALUE`) out of tokens: an option that may be repeated.
inline QStringList takeRepeated(QStringList &tokens, const QString &name)
{
    QStringList values;
    for (int i = 0; i < tokens.size();) {
        const QString &token = tokens.at(i);
        if (token.startsWith(name + QLatin1Char('='))) {
            values << token.mid(name.size() + 1);
            tokens.removeAt(i);
        } else if (token == name) {
            if (i + 1 >= tokens.size() || tokens.at(i + 1).startsWith(QLatin1String("--")))
                throw UsageError((name + QStringLiteral(" needs a value")).toStdString());
            values << tokens.at(i + 1);
            tokens.remove(i, 2);
        } else {
            ++i;
        }
    }
    return values;
}

// The profile in dir unlocked (the passphrase from LIAISON_PASSPHRASE or a prompt), as the
// desktop opens it. Throws ProfileError (main.cpp maps it to its exit code).
std::unique_ptr<Workspace> openWorkspace(const QString &dir);

} // namespace liaison::cli
