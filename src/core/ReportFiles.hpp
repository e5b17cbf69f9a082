#pragma once

#include "core/Result.hpp"

#include <filesystem>
#include <string>

namespace coachdeck {

/// Files a report export writes. Reports hold what the coachee confided: owner-only,
/// and never half-written.
namespace report_files {

/// Writes `bytes` to `file` (mode 0600) through a temporary file in the same folder, flushed,
/// then renamed over `file`: a failed write leaves no file of its own behind and an earlier
/// `file` exactly as it was. Unlike an outline save, no backup is kept.
Status write(const std::filesystem::path &file, const std::string &bytes);

} // namespace report_files
} // namespace coachdeck
