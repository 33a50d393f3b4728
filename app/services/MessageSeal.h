#pragma once

#include <QString>

namespace liaison {

// The one seam message content passes through (docs/CHAT.md, "End-to-end encryption"): a
// body or a draft is sealed before it becomes an op and opened when it is read back. Today's
// seal is the identity; end-to-end encryption replaces it without touching the chat service's
// callers, the models or the views. The hub routes by ids, root, scope and members and never
// needs what a seal returns.
class MessageSeal
{
public:
    virtual ~MessageSeal() = default;
    // What goes into the op for this channel's content.
    virtual QString seal(const QString &channelId, const QString &plain) const = 0;
    // The text of a stored body; an empty string when it cannot be opened (never throws).
    virtual QString open(const QString &channelId, const QString &sealed) const = 0;
};

// Content as it is: what every version so far writes and reads.
class IdentitySeal final : public MessageSeal
{
public:
    QString seal(const QString &, const QString &plain) const override { return plain; }
    QString open(const QString &, const QString &sealed) const override { return sealed; }
};

} // namespace liaison
