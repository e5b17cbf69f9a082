#pragma once

// What a test reads back from disk: a file's bytes exactly as they are there.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace coachdeck::test {

/// The whole of `file`, byte for byte; empty when it cannot be opened.
inline std::string fileBytes(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace coachdeck::test
