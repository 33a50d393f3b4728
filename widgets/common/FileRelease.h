#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace liaison {

class BlobError;

// What evidence files and chat attachments share on their way out of Liaison (docs/CHAT.md,
// "Attachments"; docs/PROTOCOL.md §9.4): the question asked first (opening always, since it
// hands the file to another program; saving above TLP:GREEN), the private folder a file to open
// is written to, the hand-over to the system's program, and the sentences for what went wrong.
enum class FileOrigin {
    Incident, // evidence kept on an incident
    Channel // a file sent in a chat channel
};

// True to go on. tlp: the marking of the incident or channel (a TLP key).
bool confirmFileRelease(QWidget *parent, const QString &name, const QString &tlp, bool open,
                        FileOrigin origin);

// Writes the file with write(path) into a new folder of this user's only, then hands it to
// the program the system uses for it. False, with *message saying why, when any step fails
// (write may throw BlobError or std::exception: caught here).
bool openPrivateCopy(const QString &name, const std::function<void(const QString &)> &write,
                     QString *message);

// Why a file could not be written to path (a BlobError of BlobStore::saveTo).
QString fileWriteFailure(const BlobError &error, const QString &name, const QString &path);
// Why a transfer failed (a blob-refused code of docs/PROTOCOL.md §9.2, or the client's own).
QString fileTransferFailure(const QString &code, bool upload);

// Tests: what hands a file to another program (default QDesktopServices::openUrl).
void setFileOpenerForTesting(std::function<bool(const QString &path)> opener);

} // namespace liaison
