#pragma once

#include <QString>

namespace liaison {

// Keys and passphrases live in process memory: no crash or core dump may carry them to disk.
// Linux: RLIMIT_CORE 0 and not dumpable (so no ptrace by other processes of the same user
// either; kept dumpable in AddressSanitizer builds, whose leak checker needs it). Windows: no
// Windows Error Reporting dialog (SetErrorMode), this executable excluded from WER for the
// current user (WerAddExcludedApplication: WER would otherwise write a dump that holds the
// keys), and a process DACL that lets other non-administrator processes of the same user
// neither read its memory nor dump it (as KeePassXC does). Called first in every main().
void disableCrashDumps();

// Makes path readable and writable by its owner only: 0600 (files) or 0700 (folders) on POSIX;
// on Windows a protected DACL with one entry, full control for the current user, inherited by
// what is created inside a folder (Qt's permission flags set no ACL there). False and *error
// when it could not be applied.
bool restrictToOwner(const QString &path, QString *error = nullptr);

// Creates an empty file that is owner-only from its first instant (POSIX: O_EXCL with 0600;
// Windows: CreateFileW with the owner-only DACL), so that no other user can open it between
// its creation and its restriction. Refuses to overwrite.
bool createOwnerOnlyFile(const QString &path, QString *error = nullptr);

} // namespace liaison
