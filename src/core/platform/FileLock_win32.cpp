// The session lock on Windows: LockFileEx on a byte far past the end of the file (so that others
// can still read what the holder wrote), released by Windows when the process ends. The file
// takes the access list of its folder (the sessions folder is private). Linux and macOS:
// FileLock_posix.cpp.
#include "core/platform/FileLock.hpp"

#include <windows.h>

#include <algorithm>
#include <utility>

namespace coachdeck::platform_lock {
namespace fs = std::filesystem;
namespace {

/// The locked byte: past anything the file will ever hold.
constexpr DWORD kLockOffsetHigh = 0x40000000;

std::string systemError(const std::string &what, DWORD error)
{
    return what + ": system error " + std::to_string(error);
}

HANDLE toHandle(std::intptr_t handle)
{
    return reinterpret_cast<HANDLE>(handle);
}

std::string readAll(HANDLE handle)
{
    std::string bytes;
    char buffer[4096];
    LARGE_INTEGER start{};
    if (!::SetFilePointerEx(handle, start, nullptr, FILE_BEGIN))
        return bytes;
    for (;;) {
        DWORD read = 0;
        if (!::ReadFile(handle, buffer, sizeof buffer, &read, nullptr) || read == 0 ||
            bytes.size() > 64 * 1024)
            return bytes;
        bytes.append(buffer, read);
    }
}

bool deletePending(HANDLE handle)
{
    FILE_STANDARD_INFO info{};
    return ::GetFileInformationByHandleEx(handle, FileStandardInfo, &info, sizeof info) &&
           info.DeletePending;
}

} // namespace

void LockFile::release()
{
    if (handle_ == kNone)
        return;
    HANDLE handle = toHandle(handle_);
    // Marked for deletion (the handle was opened with DELETE access) while still held: whoever
    // opened it meanwhile sees it pending deletion once it has the lock, and tries again (tryLock).
    FILE_DISPOSITION_INFO disposition{};
    disposition.DeleteFile = TRUE;
    ::SetFileInformationByHandle(handle, FileDispositionInfo, &disposition, sizeof disposition);
    OVERLAPPED at{};
    at.OffsetHigh = kLockOffsetHigh;
    ::UnlockFileEx(handle, 0, 1, 0, &at);
    ::CloseHandle(handle);
    handle_ = kNone;
}

Status LockFile::write(const std::string &bytes)
{
    if (handle_ == kNone)
        return Error("the lock is not held");
    HANDLE handle = toHandle(handle_);
    LARGE_INTEGER start{};
    if (!::SetFilePointerEx(handle, start, nullptr, FILE_BEGIN) || !::SetEndOfFile(handle))
        return Error(systemError("cannot write the lock file", ::GetLastError()));
    DWORD written = 0;
    if (!::WriteFile(handle, bytes.data(), static_cast<DWORD>(bytes.size()), &written, nullptr) ||
        written != bytes.size())
        return Error(systemError("cannot write the lock file", ::GetLastError()));
    return ok();
}

Result<std::variant<Taken, Busy>> tryLock(const fs::path &file)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        HANDLE handle = ::CreateFileW(file.c_str(), GENERIC_READ | GENERIC_WRITE | DELETE,
                                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                                      nullptr, OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle == INVALID_HANDLE_VALUE) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_ACCESS_DENIED && attempt + 1 < 8) { // being deleted: try again
                ::Sleep(10);
                continue;
            }
            return Error(systemError("cannot open the lock file", error));
        }
        OVERLAPPED at{};
        at.OffsetHigh = kLockOffsetHigh;
        if (!::LockFileEx(handle, LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0,
                          &at)) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING) {
                Busy busy{readAll(handle)};
                ::CloseHandle(handle);
                return std::variant<Taken, Busy>(std::move(busy));
            }
            ::CloseHandle(handle);
            return Error(systemError("cannot lock the lock file", error));
        }
        if (deletePending(handle)) {
            ::UnlockFileEx(handle, 0, 1, 0, &at);
            ::CloseHandle(handle);
            continue;
        }
        std::string previous = readAll(handle);
        return std::variant<Taken, Busy>(
            Taken{LockFile(file, reinterpret_cast<std::intptr_t>(handle)), std::move(previous)});
    }
    return Error("cannot lock the lock file: it keeps being removed and made again");
}

std::int64_t processId()
{
    return static_cast<std::int64_t>(::GetCurrentProcessId());
}

std::string hostName()
{
    wchar_t name[256] = {};
    DWORD size = 256;
    if (!::GetComputerNameExW(ComputerNameDnsHostname, name, &size))
        return {};
    const int bytes = ::WideCharToMultiByte(CP_UTF8, 0, name, static_cast<int>(size), nullptr, 0,
                                            nullptr, nullptr);
    std::string out(static_cast<std::size_t>(std::max(bytes, 0)), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, name, static_cast<int>(size), out.data(), bytes, nullptr,
                          nullptr);
    return out;
}

} // namespace coachdeck::platform_lock
