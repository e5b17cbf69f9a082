// `coachdeck` run as a process, the way a coach or a script runs it.
#include "LargeOutline.hpp"
#include "core/OutlineFile.hpp"
#include "support/FileBytes.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

const fs::path kData = COACHDECK_TEST_DATA;

struct Outcome {
    int exitCode = -1;
    std::string out;
    std::string err;

    std::vector<std::string> errLines() const
    {
        std::vector<std::string> lines;
        std::istringstream in(err);
        for (std::string line; std::getline(in, line);)
            lines.push_back(line);
        return lines;
    }
};

std::string shellQuoted(const std::string &text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

using coachdeck::test::fileBytes;

class CliTest : public ::testing::Test {
protected:
    fs::path scratch;

    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "coachdeck-cli-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        scratch = pattern;
    }
    void TearDown() override { fs::remove_all(scratch); }

    /// Runs `coachdeck args...` in `folder`, capturing both streams apart.
    Outcome coachdeck(const std::vector<std::string> &args, const fs::path &folder = {}) const
    {
        std::string command = "cd " +
                              shellQuoted(folder.empty() ? scratch.string() : folder.string()) +
                              " && " + shellQuoted(COACHDECK_CLI);
        for (const std::string &arg : args)
            command += " " + shellQuoted(arg);
        command += " >" + shellQuoted((scratch / ".out").string()) + " 2>" +
                   shellQuoted((scratch / ".err").string()) + " </dev/null";
        const int status = std::system(command.c_str());
        Outcome run;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.out = fileBytes(scratch / ".out");
        run.err = fileBytes(scratch / ".err");
        return run;
    }

    fs::path write(const std::string &name, const std::string &text) const
    {
        std::ofstream(scratch / name, std::ios::binary) << text;
        return scratch / name;
    }
};

std::vector<std::string> jsonFilesIn(const fs::path &folder)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// --- usage ------------------------------------------------------------------------------------

TEST_F(CliTest, HelpInEveryFormGoesToStdoutAndSucceeds)
{
    for (const std::string form : {"--help", "-h", "help"}) {
        const Outcome run = coachdeck({form});
        EXPECT_EQ(run.exitCode, 0) << form;
        EXPECT_EQ(run.out.rfind("usage: coachdeck <command>", 0), 0u) << form;
        EXPECT_NE(run.out.find("validate FILE..."), std::string::npos);
        EXPECT_NE(run.out.find("summary FILE"), std::string::npos);
        EXPECT_EQ(run.err, "") << form;
    }
}

TEST_F(CliTest, EachCommandHasItsHelp)
{
    for (const std::vector<std::string> &args : {std::vector<std::string>{"help", "validate"},
                                                 {"validate", "--help"},
                                                 {"validate", "-h"}}) {
        const Outcome run = coachdeck(args);
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_EQ(run.out.rfind("usage: coachdeck validate FILE...\n", 0), 0u) << run.out;
    }
    const Outcome summary = coachdeck({"help", "summary"});
    EXPECT_EQ(summary.exitCode, 0);
    EXPECT_EQ(summary.out.rfind("usage: coachdeck summary FILE\n", 0), 0u);
}

TEST_F(CliTest, VersionIsTheProjectVersion)
{
    const Outcome run = coachdeck({"--version"});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, std::string("coachdeck ") + COACHDECK_PROJECT_VERSION + "\n");
    EXPECT_EQ(run.err, "");
}

TEST_F(CliTest, NoCommandPrintsUsageToStderr)
{
    const Outcome run = coachdeck({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err.rfind("usage: coachdeck <command>", 0), 0u);
}

TEST_F(CliTest, UnknownCommandOrOptionIsAUsageError)
{
    const Outcome command = coachdeck({"publish"});
    EXPECT_EQ(command.exitCode, 2);
    EXPECT_EQ(command.out, "");
    EXPECT_EQ(command.err.rfind("coachdeck: unknown command 'publish'\n", 0), 0u) << command.err;
    EXPECT_NE(command.err.find("usage: coachdeck <command>"), std::string::npos);

    EXPECT_EQ(coachdeck({"--frobnicate"}).exitCode, 2);
    EXPECT_EQ(coachdeck({"help", "publish"}).exitCode, 2);
    const Outcome option = coachdeck({"validate", "--strict", "x.json"});
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_EQ(option.err.rfind("coachdeck validate: unknown option '--strict'\n", 0), 0u);
}

TEST_F(CliTest, CommandsWithoutTheirFilesAreUsageErrors)
{
    EXPECT_EQ(coachdeck({"validate"}).exitCode, 2);
    EXPECT_EQ(coachdeck({"summary"}).exitCode, 2);
    const Outcome two = coachdeck({"summary", "a.json", "b.json"});
    EXPECT_EQ(two.exitCode, 2);
    EXPECT_EQ(two.err.rfind("coachdeck summary: one file at a time\n", 0), 0u);
}

// --- validate ---------------------------------------------------------------------------------

TEST_F(CliTest, ValidFilesPassWithOneLineEach)
{
    const std::vector<std::string> files = jsonFilesIn(kData / "valid");
    ASSERT_FALSE(files.empty());
    const Outcome run = coachdeck(
        [&] {
            std::vector<std::string> args{"validate"};
            args.insert(args.end(), files.begin(), files.end());
            return args;
        }(),
        kData / "valid");
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.err, "");
    std::string expected;
    for (const std::string &file : files)
        expected += file + ": valid\n";
    EXPECT_EQ(run.out, expected);
}

TEST_F(CliTest, TheProblemLineNamesFilePointerAndReason)
{
    const Outcome run = coachdeck({"validate", "planned-negative.json"}, kData / "malformed");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err,
              "planned-negative.json: /agenda/3/plannedMinutes: expected a non-negative number\n");
}

TEST_F(CliTest, AProblemWithTheWholeFileHasNoPointer)
{
    const Outcome run =
        coachdeck({"validate", "newer-version.json", "empty.json"}, kData / "malformed");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "newer-version.json: /version: made by a newer CoachDeck (format version 2; "
                       "this CoachDeck reads version 1): update CoachDeck to open it\n"
                       "empty.json: the file is empty\n");
}

TEST_F(CliTest, EveryMalformedFileFailsWithItsExpectedFirstLine)
{
    std::istringstream manifest(fileBytes(kData / "malformed" / "EXPECTED.tsv"));
    int checked = 0;
    for (std::string line; std::getline(manifest, line);) {
        if (line.empty() || line.front() == '#')
            continue;
        const size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        const std::string file = line.substr(0, tab1);
        const std::string pointer = line.substr(tab1 + 1, tab2 - tab1 - 1);
        std::string expected =
            file + ": " + (pointer == "-" ? "" : pointer + ": ") + line.substr(tab2 + 1);
        const bool prefix = expected.size() > 3 && expected.substr(expected.size() - 3) == "...";
        if (prefix)
            expected.resize(expected.size() - 3);

        const Outcome run = coachdeck({"validate", file}, kData / "malformed");
        EXPECT_EQ(run.exitCode, 1) << file;
        EXPECT_EQ(run.out, "") << file;
        const std::vector<std::string> lines = run.errLines();
        ASSERT_FALSE(lines.empty()) << file;
        if (prefix)
            EXPECT_EQ(lines.front().substr(0, expected.size()), expected);
        else
            EXPECT_EQ(lines.front(), expected);
        for (const std::string &problem : lines)
            EXPECT_EQ(problem.rfind(file + ": ", 0), 0u) << problem;
        ++checked;
    }
    EXPECT_GE(checked, 100);
}

TEST_F(CliTest, OneLinePerProblemInFileOrder)
{
    const fs::path file = write("three.json", R"({"format": "coachdeck.outline", "version": 1,
        "session": {"client": 7},
        "agenda": [{"id": "a", "title": "A", "plannedMinutes": -1}],
        "board": {"figures": [{"id": "f", "kind": "hero", "x": 1, "y": 2}]}})");
    const Outcome run = coachdeck({"validate", "three.json"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "three.json: /session/client: expected a string\n"
                       "three.json: /agenda/0/plannedMinutes: expected a non-negative number\n"
                       "three.json: /board/figures/0/kind: expected one of \"self\", \"person\", "
                       "\"group\", \"element\", \"goal\", \"resource\" or \"obstacle\"\n");
}

TEST_F(CliTest, GoodAndBadFilesTogetherFailButReportBoth)
{
    const Outcome run =
        coachdeck({"validate", (kData / "valid" / "minimal.json").string(), "missing.json",
                   (kData / "malformed" / "duplicate-figure-id.json").string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, (kData / "valid" / "minimal.json").string() + ": valid\n");
    EXPECT_EQ(run.err, "missing.json: cannot open: No such file or directory\n" +
                           (kData / "malformed" / "duplicate-figure-id.json").string() +
                           ": /board/figures/1/id: duplicate id \"f1\"\n" +
                           (kData / "malformed" / "duplicate-figure-id.json").string() +
                           ": /display/perspective: no figure with id \"f2\"\n");
}

TEST_F(CliTest, AFileOverTheSizeLimitIsRefused)
{
    {
        std::ofstream out(scratch / "huge.json", std::ios::binary);
        out << R"({"format": "coachdeck.outline", "version": 1, "x-padding": ")"
            << std::string(33u * 1024 * 1024, 'a') << "\"}";
    }
    const Outcome run = coachdeck({"validate", "huge.json"});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, "huge.json: the file is 33 MB, more than the 32 MB an outline may hold\n");
}

TEST_F(CliTest, AFolderIsNotAnOutline)
{
    const Outcome run = coachdeck({"validate", "."});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err, ".: not a regular file\n");
}

// --- summary ----------------------------------------------------------------------------------

TEST_F(CliTest, SummaryOfASession)
{
    const Outcome run = coachdeck({"summary", "coaching-session.json"}, kData / "valid");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(run.out,
              fileBytes(fs::path(__FILE__).parent_path() / "coaching-session.summary.txt"));
}

TEST_F(CliTest, SummaryCountsNotesButNeverShowsTheirText)
{
    const Outcome run = coachdeck({"summary", "coaching-session.json"}, kData / "valid");
    ASSERT_EQ(run.exitCode, 0);
    for (const char *text :
         {"Fatiguée", "Deux actions", "comité de direction.", "quinze jours", "privée par défaut"})
        EXPECT_EQ(run.out.find(text), std::string::npos) << text;
    EXPECT_NE(run.out.find("Notes: 5 (2 private, 1 shared with client, 2 reportable to sponsor, "
                           "1 of them validated)"),
              std::string::npos);
}

TEST_F(CliTest, SummaryOfAMinimalOutline)
{
    const Outcome run = coachdeck({"summary", "minimal.json"}, kData / "valid");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "Session 1 of 1, no date, video\n"
                       "Client: (none)\n"
                       "Clock: idle\n"
                       "\n"
                       "Agenda: 0 items\n"
                       "\n"
                       "Board: 0 figures, 0 zones\n"
                       "\n"
                       "Snapshots: 0\n"
                       "\n"
                       "Notes: 0\n"
                       "\n"
                       "Actions: 0\n");
}

TEST_F(CliTest, SummaryOfALargeOutline)
{
    ASSERT_TRUE(outline_file::save(scratch / "large.json", LargeOutline{}.build()));
    const Outcome run = coachdeck({"summary", "large.json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Agenda: 100 items\n"), std::string::npos);
    EXPECT_NE(run.out.find("Board: 40 figures, 2 zones (shown)\n"), std::string::npos);
    EXPECT_NE(run.out.find("Snapshots: 300\n"), std::string::npos);
    EXPECT_NE(run.out.find("Notes: 500 ("), std::string::npos);
    EXPECT_NE(run.out.find("Actions: 50\n"), std::string::npos);
}

TEST_F(CliTest, SummaryOfAnInvalidFileListsItsProblems)
{
    const Outcome run = coachdeck({"summary", "duplicate-agenda-id.json"}, kData / "malformed");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(run.err, "duplicate-agenda-id.json: /agenda/2/id: duplicate id \"check-in\"\n"
                       "duplicate-agenda-id.json: /snapshots/0/agendaItem: no agenda item with id "
                       "\"constellation\"\n");
}

TEST_F(CliTest, TextFromTheFileCannotDriveTheTerminal)
{
    write("escape.json", R"({"format": "coachdeck.outline", "version": 1,
        "session": {"client": "\u001b]0;owned\u0007\u001b[2J", "engagement": "a\u009bb"},
        "agenda": [{"id": "i", "title": "line\nbreak\r", "plannedMinutes": 1}]})");
    const Outcome run = coachdeck({"summary", "escape.json"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    for (const char bad : {'\x1b', '\x07', '\r'})
        EXPECT_EQ(run.out.find(bad), std::string::npos) << int(bad);
    EXPECT_EQ(run.out.find("\xc2\x9b"), std::string::npos);
    EXPECT_NE(run.out.find("Client: ?]0;owned??[2J\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("line?break?\n"), std::string::npos);
}

} // namespace
