// `coachdeck` on Windows: the arguments arrive as UTF-16 (wmain), become the UTF-8 the
// commands expect, and the console is told to show UTF-8. POSIX: main.cpp.
#include "cli/CommandLine.hpp"
#include "core/PathText.hpp"

#include <windows.h>

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

int wmain(int argc, wchar_t **argv)
{
    ::SetConsoleOutputCP(CP_UTF8);
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.push_back(coachdeck::path_text::utf8(std::filesystem::path(argv[i])));
    return coachdeck::cli::run(args, std::cout, std::cerr);
}
