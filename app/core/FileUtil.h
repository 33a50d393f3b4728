#pragma once

#include <QByteArray>
#include <QString>

namespace liaison {

// Writes data to path through QSaveFile (temporary file, fsync, rename): readers see the old
// content or the new, never a mix. Sets *error on failure.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Renames from over to in one step (replacing to; MoveFileEx semantics on Windows).
bool replaceFile(const QString &from, const QString &to, QString *error);

// Makes dir owner-only (0700) and every file directly in it owner read/write (0600), whatever
// the umask made them. Returns true when something had been readable by others and was
// tightened. On Windows the folder gets an owner-only DACL that its files inherit (returns false).
bool makePrivate(const QString &dir);

// New files owner-only from the start (umask 077): called first in every main().
void restrictNewFilesToOwner();

} // namespace liaison
