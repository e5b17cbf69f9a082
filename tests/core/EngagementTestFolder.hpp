#pragma once

// A temporary folder per test, with an engagements root inside it and a way to make session
// outlines as a coach would have left them.

#include "core/EngagementStore.hpp"
#include "core/OutlineFile.hpp"
#include "support/FileBytes.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace coachdeck::testing {

class EngagementTestFolder : public ::testing::Test {
protected:
    std::filesystem::path top;
    std::filesystem::path root; ///< the engagements root
    Date today{2026, 11, 22};

    void SetUp() override
    {
        top = std::filesystem::temp_directory_path() /
              ("coachdeck-engagement-test-" + std::to_string(::getpid()) + "-" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(top);
        std::filesystem::create_directories(top);
        root = top / "engagements";
    }
    void TearDown() override
    {
        std::error_code ec;
        std::filesystem::remove_all(top, ec);
    }

public:
    static std::string read(const std::filesystem::path &file) { return test::fileBytes(file); }
    static void write(const std::filesystem::path &file, const std::string &text)
    {
        std::ofstream(file, std::ios::binary) << text;
    }

    static AgendaItem item(std::string id, std::string title, int plannedMinutes,
                           int actualMinutes = 0, ItemKind kind = ItemKind::General)
    {
        AgendaItem i;
        i.id = std::move(id);
        i.title = std::move(title);
        i.kind = kind;
        i.planned = std::chrono::minutes{plannedMinutes};
        i.actual = std::chrono::minutes{actualMinutes};
        i.status = actualMinutes > 0 ? ItemStatus::Done : ItemStatus::Pending;
        return i;
    }

    static ActionItem action(std::string id, std::string what, ActionStatus status,
                             std::string owner = "coachee", std::optional<Date> due = {})
    {
        ActionItem a;
        a.id = std::move(id);
        a.what = std::move(what);
        a.owner = std::move(owner);
        a.due = due;
        a.status = status;
        return a;
    }

    /// A session of `engagement`, run (finished) when it has time spent, prepared otherwise.
    static Outline session(int number, Date date, int minutesSpent)
    {
        Outline o;
        o.session.clientPseudonym = "Camille R.";
        o.session.sessionNumber = number;
        o.session.sessionCount = 10;
        o.session.date = date;
        o.agenda = {item("i1", "Check-in", 15, minutesSpent / 2),
                    item("i2", "Exploration", 60, minutesSpent - minutesSpent / 2)};
        if (minutesSpent > 0) {
            o.clock.status = ClockStatus::Finished;
            o.clock.startedAt = WallTime{std::chrono::milliseconds{1'790'000'000'000}};
        }
        return o;
    }

protected:
    std::filesystem::path makeEngagement(const std::string &pseudonym = "Camille R.")
    {
        Engagement e;
        e.clientPseudonym = pseudonym;
        e.startDate = Date{2026, 9, 10};
        Result<std::filesystem::path> made = EngagementStore(root).create(e);
        EXPECT_TRUE(made.ok()) << (made ? "" : made.error().message());
        return made ? made.value() : std::filesystem::path();
    }
};

} // namespace coachdeck::testing
