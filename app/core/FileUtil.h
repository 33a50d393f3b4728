#pragma once

#include <QByteArray>
#include <QString>

namespace liaison {

// Writes data to path through QSaveFile (temporary file, fsync, rename): readers see the old
// content or the new, never a mix. Sets *error on failure.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Renames from over to in one step (replacing to; MoveFileEx semantics on Windows).
bool replaceFile(const QString &from, const QString &to, QString *error);

} // namespace liaison
