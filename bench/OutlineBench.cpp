// Save and load of a large outline (LargeOutline: 100 agenda items, 40 figures,
// 300 snapshots of a full board, 500 notes, 50 actions), and the steps inside
// them, to show where the time goes. Goal: save and load each under 30 ms.
//
// Files go to $COACHDECK_BENCH_DIR, else the system's temporary folder; saving
// syncs to disk, so the filesystem there counts.
#include "LargeOutline.hpp"
#include "core/JsonDocumentBuilder.hpp"
#include "core/OutlineFile.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

const Outline &large()
{
    static const Outline outline = [] {
        Outline o = LargeOutline{}.build();
        if (!outline_rules::checkOutline(o).empty()) {
            std::fprintf(stderr, "LargeOutline is not a valid outline\n");
            std::abort();
        }
        return o;
    }();
    return outline;
}

const std::string &largeText()
{
    static const std::string text = outline_json::serialize(large());
    return text;
}

/// A folder of its own for the run, removed at exit.
const fs::path &benchFolder()
{
    struct Folder {
        fs::path path;
        Folder()
        {
            const char *base = std::getenv("COACHDECK_BENCH_DIR");
            path = fs::path(base ? base : fs::temp_directory_path().c_str()) /
                   ("coachdeck-bench-" + std::to_string(::getpid()));
            fs::create_directories(path);
        }
        ~Folder()
        {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    };
    static const Folder folder;
    return folder.path;
}

void reportSize(benchmark::State &state)
{
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * largeText().size()));
    state.counters["file_MB"] = static_cast<double>(largeText().size()) / (1024.0 * 1024.0);
}

// --- the two figures the goal is about -------------------------------------------------------

/// Serialize + atomic write (temporary file, fsync, backup link, rename, folder fsync).
void BM_Save(benchmark::State &state)
{
    const Outline &outline = large();
    const fs::path file = benchFolder() / "save.json";
    for (auto _ : state) {
        const Status saved = outline_file::save(file, outline);
        if (!saved) {
            state.SkipWithError(saved.error().message().c_str());
            break;
        }
    }
    reportSize(state);
}

/// Read + parse + validate into an Outline.
void BM_Load(benchmark::State &state)
{
    const fs::path file = benchFolder() / "load.json";
    if (!outline_file::writeAtomically(file, largeText())) {
        state.SkipWithError("cannot write the file to load");
        return;
    }
    for (auto _ : state) {
        Result<Outline> loaded = outline_file::load(file);
        if (!loaded) {
            state.SkipWithError(loaded.error().message().c_str());
            break;
        }
        benchmark::DoNotOptimize(loaded);
    }
    reportSize(state);
}

// --- where save goes ---------------------------------------------------------------------------

/// Outline -> text, streamed without building a document (what save does).
void BM_SaveStep1_Serialize(benchmark::State &state)
{
    for (auto _ : state) {
        std::string text = outline_json::serialize(large());
        benchmark::DoNotOptimize(text);
    }
    reportSize(state);
}

/// Text -> disk with the atomic, synced, backup-keeping write.
void BM_SaveStep2_WriteAtomically(benchmark::State &state)
{
    const fs::path file = benchFolder() / "write.json";
    for (auto _ : state) {
        if (!outline_file::writeAtomically(file, largeText())) {
            state.SkipWithError("write failed");
            break;
        }
    }
    reportSize(state);
}

// --- where load goes ---------------------------------------------------------------------------

/// Text -> JSON document with JsonDocumentBuilder (what load does), no outline.
void BM_LoadStep1_ParseDocument(benchmark::State &state)
{
    for (auto _ : state) {
        JsonDocumentBuilder builder;
        if (!builder.parse(largeText())) {
            state.SkipWithError(builder.error().c_str());
            break;
        }
        benchmark::DoNotOptimize(builder.document());
    }
    reportSize(state);
}

/// JSON document -> Outline: every field read and checked, then the outline rules.
void BM_LoadStep2_FromJson(benchmark::State &state)
{
    const Json document = Json::parse(largeText());
    for (auto _ : state) {
        Result<Outline> outline = outline_json::fromJson(document);
        benchmark::DoNotOptimize(outline);
    }
}

/// The outline rules alone (also run on every edit).
void BM_LoadStep3_CheckRules(benchmark::State &state)
{
    for (auto _ : state) {
        auto problems = outline_rules::checkOutline(large());
        benchmark::DoNotOptimize(problems);
    }
}

/// Text -> Outline: size and nesting checks, parse, read, validate (no file).
void BM_LoadStep4_ParseText(benchmark::State &state)
{
    for (auto _ : state) {
        Result<Outline> outline = outline_json::parse(largeText());
        benchmark::DoNotOptimize(outline);
    }
    reportSize(state);
}

// --- the plain nlohmann way, for comparison ---------------------------------------------------

/// Outline -> JSON document (toJson, used where a document is wanted, not for saving).
void BM_Reference_ToJson(benchmark::State &state)
{
    for (auto _ : state) {
        Json document = outline_json::toJson(large());
        benchmark::DoNotOptimize(document);
    }
}

/// toJson(...).dump(2): how save serialized before the streaming writer.
void BM_Reference_ToJsonDump(benchmark::State &state)
{
    for (auto _ : state) {
        std::string text = outline_json::toJson(large()).dump(2);
        benchmark::DoNotOptimize(text);
    }
}

/// Json::parse: how load parsed before JsonDocumentBuilder.
void BM_Reference_JsonParse(benchmark::State &state)
{
    for (auto _ : state) {
        Json document = Json::parse(largeText());
        benchmark::DoNotOptimize(document);
    }
    reportSize(state);
}

} // namespace

BENCHMARK(BM_Save)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveStep1_Serialize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SaveStep2_WriteAtomically)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStep1_ParseDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStep2_FromJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStep3_CheckRules)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadStep4_ParseText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reference_ToJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reference_ToJsonDump)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reference_JsonParse)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
