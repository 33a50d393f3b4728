#include "core/PlatformSecurity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
// windows.h first
#include <aclapi.h>
#include <werapi.h>

#include <string>
#include <vector>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define LIAISON_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LIAISON_ASAN 1
#endif
#endif

namespace liaison {

namespace {

#ifdef Q_OS_WIN
QString windowsError(const char *what, DWORD code)
{
    return QStringLiteral("%1 failed (Windows error %2)").arg(QLatin1String(what)).arg(code);
}

// The current user's SID (from the process token) in an ACL that allows it everything and
// nobody else anything. Folder entries are inherited by files and folders made inside.
class OwnerOnlyAcl
{
public:
    OwnerOnlyAcl(DWORD rights, bool inheritable)
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
            m_error = GetLastError();
            return;
        }
        DWORD size = 0;
        GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        m_user.resize(size);
        const BOOL ok = size && GetTokenInformation(token, TokenUser, m_user.data(), size, &size);
        m_error = ok ? ERROR_SUCCESS : GetLastError();
        CloseHandle(token);
        if (!ok)
            return;
        PSID sid = reinterpret_cast<TOKEN_USER *>(m_user.data())->User.Sid;
        const DWORD aclSize = DWORD(sizeof(ACL) + sizeof(ACCESS_ALLOWED_ACE) + GetLengthSid(sid));
        m_acl.resize(aclSize);
        const DWORD flags = inheritable ? DWORD(OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) : 0;
        if (!InitializeAcl(acl(), aclSize, ACL_REVISION)
            || !AddAccessAllowedAceEx(acl(), ACL_REVISION, flags, rights, sid)) {
            m_error = GetLastError();
            m_acl.clear();
        }
    }

    bool isValid() const { return !m_acl.empty(); }
    DWORD error() const { return m_error; }
    PACL acl() { return reinterpret_cast<PACL>(m_acl.data()); }

private:
    std::vector<BYTE> m_user;
    std::vector<BYTE> m_acl;
    DWORD m_error = ERROR_SUCCESS;
};

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
}
#endif

} // namespace

void disableCrashDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX) && !defined(LIAISON_ASAN)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#ifdef Q_OS_WIN
    // No "has stopped working" dialog, whose Debug and Send buttons would dump the process.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    // Without the dialog WER still collects a report (and a dump where LocalDumps is set) of
    // an unhandled exception; excluding the executable stops that for the current user. The
    // setting lives in HKCU and names only this program.
    wchar_t exe[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, exe, MAX_PATH);
    if (length > 0 && length < MAX_PATH) {
        const wchar_t *name = wcsrchr(exe, L'\\');
        WerAddExcludedApplication(name ? name + 1 : exe, FALSE);
    }
    // Other processes of the same user (a dump tool, a compromised program) may not open this
    // one for reading its memory: MiniDumpWriteDump and ReadProcessMemory need PROCESS_VM_READ.
    // Administrators can still override it (SeDebugPrivilege); nothing in user mode can stop
    // them.
    OwnerOnlyAcl processAcl(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE,
                            false);
    if (processAcl.isValid())
        SetSecurityInfo(GetCurrentProcess(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr,
                        nullptr, processAcl.acl(), nullptr);
#endif
}

bool restrictToOwner(const QString &path, QString *error)
{
#ifdef Q_OS_WIN
    OwnerOnlyAcl owner(FILE_ALL_ACCESS, QFileInfo(path).isDir());
    if (!owner.isValid()) {
        if (error)
            *error = windowsError("building the owner-only ACL", owner.error());
        return false;
    }
    std::wstring native = nativePath(path);
    // PROTECTED: the folder's inherited entries (Users, Administrators...) are dropped.
    const DWORD rc
        = SetNamedSecurityInfoW(native.data(), SE_FILE_OBJECT,
                                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                nullptr, nullptr, owner.acl(), nullptr);
    if (rc != ERROR_SUCCESS) {
        if (error)
            *error = windowsError("SetNamedSecurityInfo", rc);
        return false;
    }
    return true;
#else
    const bool dir = QFileInfo(path).isDir();
    auto perms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser;
    if (dir)
        perms |= QFileDevice::ExeOwner | QFileDevice::ExeUser;
    if (!QFile::setPermissions(path, perms)) {
        if (error)
            *error = QStringLiteral("cannot change the permissions of %1").arg(path);
        return false;
    }
    return true;
#endif
}

bool createOwnerOnlyFile(const QString &path, QString *error)
{
#ifdef Q_OS_WIN
    OwnerOnlyAcl owner(FILE_ALL_ACCESS, false);
    SECURITY_DESCRIPTOR descriptor;
    if (!owner.isValid() || !InitializeSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION)
        || !SetSecurityDescriptorDacl(&descriptor, TRUE, owner.acl(), FALSE)
        || !SetSecurityDescriptorControl(&descriptor, SE_DACL_PROTECTED, SE_DACL_PROTECTED)) {
        if (error)
            *error = windowsError("building the owner-only security descriptor",
                                  owner.isValid() ? GetLastError() : owner.error());
        return false;
    }
    SECURITY_ATTRIBUTES attributes {sizeof(attributes), &descriptor, FALSE};
    const std::wstring native = nativePath(path);
    HANDLE file = CreateFileW(native.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        if (error)
            *error = windowsError("CreateFile", GetLastError());
        return false;
    }
    CloseHandle(file);
    return true;
#else
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
#endif
}

} // namespace liaison
