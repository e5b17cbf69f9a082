// Autosave's writer thread: newest wins, failures are reported and recovered from.
#include "core/SaveWorker.hpp"
#include "SampleOutline.hpp"
#include "core/OutlineFile.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <future>

using namespace coachdeck;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<const Outline> titled(std::string title)
{
    Outline o = samples::sampleOutline();
    o.agenda[0].title = std::move(title);
    return std::make_shared<const Outline>(std::move(o));
}

fs::path tempFile(const char *name)
{
    fs::path dir =
        fs::temp_directory_path() / ("coachdeck-saveworker-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

} // namespace

TEST(SaveWorker, ABurstOfEditsEndsWithTheNewestOnDisk)
{
    const fs::path file = tempFile("burst.json");
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> writes{0};
    SaveWorker worker([&](const fs::path &path, const Outline &outline) {
        released.wait(); // the first write is slow: everything else queues behind it
        ++writes;
        return outline_file::save(path, outline);
    });
    for (int revision = 1; revision <= 100; ++revision)
        worker.submit(file, titled("Accueil " + std::to_string(revision)), revision);
    release.set_value();
    worker.flush();
    EXPECT_LE(writes.load(), 2); // at most the one in progress and the newest
    EXPECT_EQ(worker.report().savedRevision, 100u);
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Accueil 100");
    fs::remove_all(file.parent_path());
}

TEST(SaveWorker, AFailureIsReportedAndTheNextGoodSaveClearsIt)
{
    const fs::path file = tempFile("fail.json");
    std::atomic<bool> diskFull{true};
    SaveWorker worker([&](const fs::path &path, const Outline &outline) -> Status {
        if (diskFull)
            return Error("cannot write: No space left on device");
        return outline_file::save(path, outline);
    });
    std::vector<SaveWorker::Report> heard;
    std::mutex heardMutex;
    worker.setListener([&](const SaveWorker::Report &r) {
        std::lock_guard lock(heardMutex);
        heard.push_back(r);
    });
    worker.submit(file, titled("Première"), 1);
    worker.flush();
    SaveWorker::Report failed = worker.report();
    ASSERT_TRUE(failed.lastError);
    EXPECT_NE(failed.lastError->message().find("No space"), std::string::npos);
    EXPECT_EQ(failed.savedRevision, 0u);
    EXPECT_EQ(failed.failedRevision, 1u);
    EXPECT_FALSE(fs::exists(file));

    diskFull = false;
    worker.submit(file, titled("Seconde"), 2);
    worker.flush();
    EXPECT_FALSE(worker.report().lastError);
    EXPECT_EQ(worker.report().savedRevision, 2u);
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Seconde");
    std::lock_guard lock(heardMutex);
    ASSERT_EQ(heard.size(), 2u);
    EXPECT_TRUE(heard[0].lastError);
    EXPECT_FALSE(heard[1].lastError);
    fs::remove_all(file.parent_path());
}

TEST(SaveWorker, StoppingWritesWhatIsPending)
{
    const fs::path file = tempFile("stop.json");
    {
        SaveWorker worker(outline_file::save);
        worker.submit(file, titled("Dernière"), 7);
    } // OBS is closing: the destructor must not drop the last edit
    EXPECT_EQ(outline_file::load(file)->agenda[0].title, "Dernière");
    fs::remove_all(file.parent_path());
}

TEST(SaveWorker, AThrowingWriterIsAnErrorNotACrash)
{
    SaveWorker worker(
        [](const fs::path &, const Outline &) -> Status { throw std::runtime_error("boom"); });
    worker.submit("x.json", titled("x"), 1);
    worker.flush();
    ASSERT_TRUE(worker.report().lastError);
    EXPECT_NE(worker.report().lastError->message().find("boom"), std::string::npos);
}
