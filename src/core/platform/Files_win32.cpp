// The file operations on Windows: wide (UTF-16) paths, CREATE_NEW temporary files beside the
// target, FlushFileBuffers, MoveFileExW with write-through, retries while another program holds
// the file, and a private access list for what CoachDeck creates. Linux and macOS: Files_posix.cpp.
#include "core/platform/Files.hpp"

#include "core/PathText.hpp"

#include <windows.h>

#include <sddl.h>

#include <algorithm>
#include <memory>
#include <random>
#include <utility>
#include <vector>

namespace coachdeck::platform_files {
namespace fs = std::filesystem;
namespace {

/// How often a replace blocked by another program is tried, and the first pause (doubled each
/// time: 25 + 50 + 100 + 200 + 400 ms, under a second in all).
constexpr int kReplaceAttempts = 6;
constexpr DWORD kFirstPauseMs = 25;

std::string utf8(const std::wstring &text)
{
    if (text.empty())
        return {};
    const int size = ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()),
                                           nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(std::max(size, 0)), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), size,
                          nullptr, nullptr);
    return out;
}

/// The system's text for `error` in UTF-8, without its closing period: "Access is denied".
std::string describe(DWORD error)
{
    wchar_t *buffer = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_ALLOCATE_BUFFER,
        nullptr, error, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    std::wstring text = length && buffer ? std::wstring(buffer, length) : std::wstring();
    ::LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' ' ||
                             text.back() == L'.'))
        text.pop_back();
    if (text.empty())
        return "system error " + std::to_string(error);
    return utf8(text);
}

std::string systemError(const std::string &what, DWORD error)
{
    return what + ": " + describe(error);
}

/// A handle closed on every path out.
class Handle {
public:
    explicit Handle(HANDLE handle) : handle_(handle) {}
    ~Handle()
    {
        if (valid())
            ::CloseHandle(handle_);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    bool valid() const { return handle_ != INVALID_HANDLE_VALUE && handle_ != nullptr; }
    HANDLE get() const { return handle_; }
    HANDLE release() { return std::exchange(handle_, INVALID_HANDLE_VALUE); }
    void reset(HANDLE handle)
    {
        if (valid())
            ::CloseHandle(handle_);
        handle_ = handle;
    }

private:
    HANDLE handle_;
};

/// The private access list of what CoachDeck creates: full control for the user running it and
/// for SYSTEM, nobody else, inherited by what is created inside; "P" stops the folder above from
/// adding its own entries. The Windows counterpart of modes 0700 and 0600.
class PrivateAccess {
public:
    PrivateAccess()
    {
        HANDLE token = nullptr;
        if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
            error_ = ::GetLastError();
            return;
        }
        Handle owned(token);
        DWORD size = 0;
        ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
        std::vector<BYTE> user(size);
        wchar_t *sid = nullptr;
        if (!::GetTokenInformation(token, TokenUser, user.data(), size, &size) ||
            !::ConvertSidToStringSidW(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid,
                                      &sid)) {
            error_ = ::GetLastError();
            return;
        }
        const std::wstring sddl = L"D:P(A;OICI;FA;;;" + std::wstring(sid) + L")(A;OICI;FA;;;SY)";
        ::LocalFree(sid);
        if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1,
                                                                    &descriptor_, nullptr)) {
            error_ = ::GetLastError();
            return;
        }
        attributes_.nLength = sizeof attributes_;
        attributes_.lpSecurityDescriptor = descriptor_;
        attributes_.bInheritHandle = FALSE;
    }
    ~PrivateAccess() { ::LocalFree(descriptor_); }
    PrivateAccess(const PrivateAccess &) = delete;
    PrivateAccess &operator=(const PrivateAccess &) = delete;

    /// For CreateDirectoryW and CreateFileW; nullptr when it could not be made (see error()).
    SECURITY_ATTRIBUTES *attributes() { return descriptor_ ? &attributes_ : nullptr; }
    DWORD error() const { return error_; }

private:
    PSECURITY_DESCRIPTOR descriptor_ = nullptr;
    SECURITY_ATTRIBUTES attributes_{};
    DWORD error_ = ERROR_SUCCESS;
};

/// A name nobody uses yet beside `file`: ".session.json.tmp-k3x9qa".
std::wstring temporaryName(const fs::path &file, std::mt19937 &random)
{
    static constexpr wchar_t kLetters[] = L"abcdefghijklmnopqrstuvwxyz0123456789";
    std::uniform_int_distribution<int> pick(0, 35);
    std::wstring name = L"." + file.filename().wstring() + L".tmp-";
    for (int i = 0; i < 6; ++i)
        name += kLetters[pick(random)];
    return name;
}

Status writeAll(HANDLE handle, const std::string &bytes)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const DWORD chunk =
            static_cast<DWORD>(std::min<std::size_t>(bytes.size() - written, 1 << 30));
        DWORD n = 0;
        if (!::WriteFile(handle, bytes.data() + written, chunk, &n, nullptr))
            return Error(systemError("cannot write", ::GetLastError()));
        if (n == 0)
            return Error(systemError("cannot write", ERROR_DISK_FULL));
        written += n;
    }
    return ok();
}

bool isRegularFile(const fs::path &file)
{
    const DWORD attributes = ::GetFileAttributesW(file.c_str());
    return attributes != INVALID_FILE_ATTRIBUTES &&
           !(attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT));
}

/// Whether `error`, met replacing `target`, may mean another program holds it (an editor, an
/// antivirus, a backup or sync tool): worth waiting a moment for. "Access denied" is also what a
/// folder or a read-only file in the way gives; those are not waited for.
bool heldByAnotherProgram(DWORD error, const fs::path &target)
{
    if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION)
        return true;
    const DWORD attributes = ::GetFileAttributesW(target.c_str());
    return error == ERROR_ACCESS_DENIED && attributes != INVALID_FILE_ATTRIBUTES &&
           !(attributes & (FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_READONLY));
}

/// Moves `from` over `to`, retrying for under a second while another program holds `to`.
DWORD moveOver(const fs::path &from, const fs::path &to)
{
    DWORD pause = kFirstPauseMs;
    for (int attempt = 1;; ++attempt) {
        if (::MoveFileExW(from.c_str(), to.c_str(),
                          MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
            return ERROR_SUCCESS;
        const DWORD error = ::GetLastError();
        if (!heldByAnotherProgram(error, to) || attempt == kReplaceAttempts)
            return error;
        ::Sleep(pause);
        pause *= 2;
    }
}

/// Keeps the regular file `file` as `backup`: a copy made under a temporary name, then moved
/// into place, so `file` never goes missing. A copy rather than the hard link POSIX makes: a
/// link is the same file, so a program holding `file` open would hold the link too, and it
/// could then be neither moved nor removed.
void keepBackup(const fs::path &file, const fs::path &temporary, const fs::path &backup)
{
    if (!isRegularFile(file))
        return;
    fs::path copy = temporary;
    copy += L".bak";
    if (!::CopyFileW(file.c_str(), copy.c_str(), TRUE))
        return;
    if (moveOver(copy, backup) != ERROR_SUCCESS)
        ::DeleteFileW(copy.c_str());
}

} // namespace

Result<FolderMade> createFolder(const fs::path &folder)
{
    PrivateAccess access;
    if (!access.attributes())
        return Error(
            systemError("cannot create folder " + path_text::utf8(folder), access.error()));
    if (::CreateDirectoryW(folder.c_str(), access.attributes()))
        return FolderMade::Created;
    const DWORD error = ::GetLastError();
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return FolderMade::AlreadyThere;
    return Error(systemError("cannot create folder " + path_text::utf8(folder), error));
}

Result<std::string> readRegularFile(const fs::path &file,
                                    const std::function<Status(std::size_t bytes)> &checkSize)
{
    // Folders open only with FILE_FLAG_BACKUP_SEMANTICS: opened, they are refused below as on
    // POSIX. Pipes and devices (CON, NUL, \\.\pipe\...) are refused by their type, unread.
    Handle handle(::CreateFileW(file.c_str(), GENERIC_READ,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr));
    if (!handle.valid())
        return Error(systemError("cannot open", ::GetLastError()));
    if (::GetFileType(handle.get()) != FILE_TYPE_DISK)
        return Error("not a regular file");
    BY_HANDLE_FILE_INFORMATION info{};
    if (!::GetFileInformationByHandle(handle.get(), &info))
        return Error(systemError("cannot read", ::GetLastError()));
    if (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
        return Error("not a regular file");
    const std::uint64_t size = (std::uint64_t{info.nFileSizeHigh} << 32) | info.nFileSizeLow;
    if (Status small = checkSize(static_cast<std::size_t>(size)); !small)
        return small.error();
    std::string text;
    text.reserve(static_cast<std::size_t>(size));
    char buffer[64 * 1024];
    for (;;) {
        DWORD n = 0;
        if (!::ReadFile(handle.get(), buffer, sizeof buffer, &n, nullptr))
            return Error(systemError("cannot read", ::GetLastError()));
        if (n == 0)
            return text;
        text.append(buffer, n);
        if (Status small = checkSize(text.size()); !small)
            return small.error();
    }
}

Status replaceFile(const fs::path &file, const std::string &bytes,
                   const std::optional<fs::path> &backup)
{
    const fs::path folder = file.parent_path();
    PrivateAccess access;
    if (!access.attributes())
        return Error(systemError("cannot set permissions", access.error()));

    std::random_device seed;
    std::mt19937 random(seed());
    fs::path temporary;
    Handle handle(INVALID_HANDLE_VALUE);
    for (int attempt = 0; attempt < 100 && !handle.valid(); ++attempt) {
        temporary = folder / temporaryName(file, random);
        handle.reset(::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, access.attributes(),
                                   CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr));
        if (!handle.valid() && ::GetLastError() != ERROR_FILE_EXISTS &&
            ::GetLastError() != ERROR_ALREADY_EXISTS)
            break;
    }
    if (!handle.valid())
        return Error(
            systemError("cannot create a file in " + path_text::utf8(folder), ::GetLastError()));
    auto discard = [&](Error error) {
        ::CloseHandle(handle.release());
        ::DeleteFileW(temporary.c_str());
        return error;
    };
    if (Status written = writeAll(handle.get(), bytes); !written)
        return discard(written.error());
    if (!::FlushFileBuffers(handle.get()))
        return discard(Error(systemError("cannot flush to disk", ::GetLastError())));
    if (!::CloseHandle(handle.release())) {
        const DWORD error = ::GetLastError();
        ::DeleteFileW(temporary.c_str());
        return Error(systemError("cannot finish writing", error));
    }

    if (backup)
        keepBackup(file, temporary, *backup);
    // MOVEFILE_WRITE_THROUGH returns once the move is on disk: the folder needs no sync of its
    // own, as it does on POSIX.
    if (const DWORD error = moveOver(temporary, file); error != ERROR_SUCCESS) {
        ::DeleteFileW(temporary.c_str());
        std::string message =
            systemError("cannot replace " + path_text::utf8(file.filename()), error);
        if (heldByAnotherProgram(error, file))
            message += " (another program may have it open: close it, then save again; the "
                       "previous file is unchanged)";
        return Error(message);
    }
    return ok();
}

} // namespace coachdeck::platform_files
