#pragma once

#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <system_error>

namespace coachdeck::test {

/// A fresh folder of its own under the system's temporary folder ("<prefix>-k3x9qa"), removed
/// with all it holds when the ScratchFolder goes. The same on every platform: the name is
/// claimed by creating the folder, so two tests running at once never share one.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string &prefix)
    {
        static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::random_device seed;
        std::mt19937 random(seed());
        std::uniform_int_distribution<int> pick(0, 35);
        for (int attempt = 0; attempt < 100; ++attempt) {
            std::string name = prefix + "-";
            for (int i = 0; i < 6; ++i)
                name += kLetters[pick(random)];
            const std::filesystem::path candidate = std::filesystem::temp_directory_path() / name;
            std::error_code ec;
            if (std::filesystem::create_directory(candidate, ec)) {
                path_ = candidate;
                return;
            }
        }
        throw std::runtime_error("no scratch folder could be made for " + prefix);
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    ScratchFolder(const ScratchFolder &) = delete;
    ScratchFolder &operator=(const ScratchFolder &) = delete;

    const std::filesystem::path &path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace coachdeck::test
