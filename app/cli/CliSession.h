#pragma once

// An unlocked profile for one command, and what the command families share (main.cpp,
// IncidentCommands, ChatCommands, ContactsCommands, ScheduleCommands).
#include "cli/CliCommon.h"

#include "domain/ValidationError.h"
#include "services/ChatService.h"
#include "services/IncidentService.h"
#include "sync/OpLog.h"
#include "workspace/Workspace.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>

namespace liaison::cli {

// An unlocked profile: the same workspace the desktop opens, with short names for the parts
// the commands use.
struct Session
{
    std::unique_ptr<Workspace> workspace;
    OpLog *log = nullptr;
    IncidentService *incidents = nullptr;
    ChatService *chat = nullptr;

    explicit Session(const QString &dir)
    {
        workspace = openWorkspace(dir);
        log = &workspace->opLog();
        incidents = &workspace->incidents();
        chat = &workspace->chat();
    }
    void requireEnrolled() const
    {
        if (!log->identity().isEnrolled())
            throw std::runtime_error("this profile is not enrolled with a hub yet "
                                     "(liaison-cli enrol --hub URL --code CODE)");
    }
    // The incident, not deleted; ValidationError("incident", "not-found") otherwise.
    Incident incident(const QString &id) const
    {
        const auto found = incidents->incident(id);
        if (!found || found->deleted)
            throw ValidationError(QStringLiteral("incident"), QStringLiteral("not-found"));
        return *found;
    }
    void requireChannel(const QString &id) const
    {
        const auto list = chat->channels(true);
        if (std::none_of(list.begin(), list.end(), [&](const Channel &c) { return c.id == id; }))
            throw ValidationError(QStringLiteral("channel"), QStringLiteral("not-found"));
    }
};

// Text on one line for a table: backslashes, newlines and tabs escaped.
QString printable(const QString &text);

// Runs the event loop until done() or the time-out; false on time-out.
bool runUntil(int timeoutMs, const std::function<bool()> &done);

// --timeout SECONDS: 1 to 86400, 60 when not given.
int timeoutSeconds(const Options &opts, const QString &option);

} // namespace liaison::cli
