#pragma once

// The names of docs/PROTOCOL.md §5 and §9 in one place, for the hub and the client alike: the
// protocol version, the frame types (member `t`), the error codes of `error` frames, the codes
// of ops refused in an `ack` and those of `blob-refused`. tst_protocolnames checks every one of
// them against the tables of docs/PROTOCOL.md, and those tables against these lists.

namespace liaison::protocol {

// The session's protocol version (`hello`, `enrol`, `auth`: member `v`).
inline constexpr int kVersion = 1;
// What a device signs to answer the challenge of `hello` (§5, §6).
inline constexpr char kAuthContext[] = "liaison-auth-v1\n";

// Frame types.
namespace frame {
inline constexpr char Hello[] = "hello";
inline constexpr char Enrol[] = "enrol";
inline constexpr char Enrolled[] = "enrolled";
inline constexpr char Auth[] = "auth";
inline constexpr char Welcome[] = "welcome";
inline constexpr char Devices[] = "devices";
inline constexpr char Pull[] = "pull";
inline constexpr char Page[] = "page";
inline constexpr char Push[] = "push";
inline constexpr char Ack[] = "ack";
inline constexpr char Live[] = "live";
inline constexpr char Ping[] = "ping";
inline constexpr char Pong[] = "pong";
inline constexpr char Error[] = "error";
// Ephemeral (§11): never stored, sent only to sessions that sent `presence`.
inline constexpr char Presence[] = "presence";
inline constexpr char Typing[] = "typing";
} // namespace frame

// Codes of `error` frames (§5, "Errors").
namespace error {
inline constexpr char Malformed[] = "malformed";
inline constexpr char BinaryFrame[] = "binary-frame";
inline constexpr char UnknownType[] = "unknown-type";
inline constexpr char NotAuthenticated[] = "not-authenticated";
inline constexpr char UnsupportedVersion[] = "unsupported-version";
inline constexpr char AuthFailed[] = "auth-failed";
inline constexpr char HandshakeTimeout[] = "handshake-timeout";
inline constexpr char Busy[] = "busy";
inline constexpr char EnrolRejected[] = "enrol-rejected";
inline constexpr char TooManySessions[] = "too-many-sessions";
inline constexpr char InFlightLimit[] = "in-flight-limit";
inline constexpr char BadRequest[] = "bad-request";
inline constexpr char BatchTooLarge[] = "batch-too-large";
inline constexpr char FrameTooLarge[] = "frame-too-large";
inline constexpr char RateLimited[] = "rate-limited";
inline constexpr char DeviceRevoked[] = "device-revoked";
inline constexpr char Internal[] = "internal";
} // namespace error

// Codes of ops the hub refuses (`ack`'s `rejected`; §5, "Checks on a pushed op"), in the
// order the hub checks them.
namespace reject {
inline constexpr char MalformedOp[] = "malformed-op";
inline constexpr char OpDeviceMismatch[] = "op-device-mismatch";
inline constexpr char DeviceRevoked[] = "device-revoked";
inline constexpr char AuthorOrCentreMismatch[] = "author-or-centre-mismatch";
inline constexpr char ClockAhead[] = "clock-ahead";
inline constexpr char ConflictingOp[] = "conflicting-op";
inline constexpr char BadSignature[] = "bad-signature";
inline constexpr char ClockNotIncreasing[] = "clock-not-increasing";
inline constexpr char ParentChanged[] = "parent-changed";
inline constexpr char UnknownParent[] = "unknown-parent";
inline constexpr char NotOwnRecord[] = "not-own-record";
inline constexpr char NotALead[] = "not-a-lead";
inline constexpr char InvalidTlp[] = "invalid-tlp";
inline constexpr char OwnerMismatch[] = "owner-mismatch";
inline constexpr char ScopeViolation[] = "scope-violation";
inline constexpr char ScopeMismatch[] = "scope-mismatch";
inline constexpr char NotOwner[] = "not-owner";
inline constexpr char TlpForbidsShare[] = "tlp-forbids-share";
inline constexpr char InvalidMember[] = "invalid-member";
inline constexpr char NotMember[] = "not-member";
inline constexpr char InvalidBlobRef[] = "invalid-blob-ref";
} // namespace reject

// Files (docs/PROTOCOL.md §9): the blob frames and the codes of `blob-refused`.
namespace blob {
inline constexpr char FramePrefix[] = "blob-";
inline constexpr char Put[] = "blob-put";
inline constexpr char Status[] = "blob-status";
inline constexpr char Chunk[] = "blob-chunk";
inline constexpr char Stored[] = "blob-stored";
inline constexpr char Get[] = "blob-get";
inline constexpr char Meta[] = "blob-meta";
inline constexpr char Data[] = "blob-data";
inline constexpr char Refused[] = "blob-refused";
inline constexpr char TooLarge[] = "blob-too-large";
inline constexpr char Quota[] = "blob-quota";
inline constexpr char Corrupt[] = "blob-corrupt";
inline constexpr char HashMismatch[] = "blob-hash-mismatch";
inline constexpr char NoUpload[] = "blob-no-upload";
inline constexpr char NotFound[] = "blob-not-found";
} // namespace blob

// Every name above, for the check against the document.
inline constexpr const char *kFrameTypes[]
    = {frame::Hello, frame::Enrol, frame::Enrolled, frame::Auth,   frame::Welcome, frame::Devices,
       frame::Pull,  frame::Page,  frame::Push,     frame::Ack,    frame::Live,    frame::Ping,
       frame::Pong,  frame::Error, frame::Presence, frame::Typing, blob::Put,      blob::Status,
       blob::Chunk,  blob::Stored, blob::Get,       blob::Meta,    blob::Data,     blob::Refused};
inline constexpr const char *kErrorCodes[] = {error::Malformed,
                                              error::BinaryFrame,
                                              error::UnknownType,
                                              error::NotAuthenticated,
                                              error::UnsupportedVersion,
                                              error::AuthFailed,
                                              error::HandshakeTimeout,
                                              error::Busy,
                                              error::EnrolRejected,
                                              error::TooManySessions,
                                              error::InFlightLimit,
                                              error::BadRequest,
                                              error::BatchTooLarge,
                                              error::FrameTooLarge,
                                              error::RateLimited,
                                              error::DeviceRevoked,
                                              error::Internal};
inline constexpr const char *kRejectionCodes[]
    = {reject::MalformedOp,    reject::OpDeviceMismatch,
       reject::DeviceRevoked,  reject::AuthorOrCentreMismatch,
       reject::ClockAhead,     reject::ConflictingOp,
       reject::BadSignature,   reject::ClockNotIncreasing,
       reject::ParentChanged,  reject::UnknownParent,
       reject::NotOwnRecord,   reject::NotALead,
       reject::InvalidTlp,     reject::OwnerMismatch,
       reject::ScopeViolation, reject::ScopeMismatch,
       reject::NotOwner,       reject::TlpForbidsShare,
       reject::InvalidMember,  reject::NotMember,
       reject::InvalidBlobRef};

inline constexpr const char *kBlobRefusalCodes[] = {
    blob::TooLarge, blob::Quota, blob::Corrupt, blob::HashMismatch, blob::NoUpload, blob::NotFound};

} // namespace liaison::protocol
