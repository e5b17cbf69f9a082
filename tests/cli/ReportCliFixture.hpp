#pragma once

// What the report command tests share: `coachdeck` run as a process without a display, the
// session fixture (tests/data/reports/session-4.json) and variants of it, files read back.
#include "PdfText.hpp"
#include "support/FileBytes.hpp"

#include <QColor>
#include <QImage>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace report_cli {

using coachdeck::pdf_text::quoted;

inline const fs::path kSession = fs::path(COACHDECK_TEST_DATA) / "reports" / "session-4.json";

struct Outcome {
    int exitCode = -1;
    std::string out;
    std::string err;
};

using coachdeck::test::fileBytes;

inline bool has(const std::string &text, const std::string &phrase)
{
    return text.find(phrase) != std::string::npos;
}

class ReportCli : public ::testing::Test {
protected:
    fs::path scratch;

    void SetUp() override
    {
        std::string pattern = (fs::temp_directory_path() / "coachdeck-report-cli-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        scratch = pattern;
    }
    void TearDown() override { fs::remove_all(scratch); }

    /// Runs `coachdeck args...` with no display and no Qt platform chosen, as in a plain
    /// terminal or a cron job; `environment` is prepended ("NAME=value ...").
    Outcome coachdeck(const std::vector<std::string> &args,
                      const std::string &environment = "") const
    {
        std::string command = "env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY " +
                              environment + " " + quoted(COACHDECK_CLI);
        for (const std::string &arg : args)
            command += " " + quoted(arg);
        command += " >" + quoted((scratch / ".out").string()) + " 2>" +
                   quoted((scratch / ".err").string()) + " </dev/null";
        const int status = std::system(command.c_str());
        Outcome run;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.out = fileBytes(scratch / ".out");
        run.err = fileBytes(scratch / ".err");
        return run;
    }

    Outcome exportAs(const std::string &audience, const std::string &format,
                     const fs::path &outline = kSession, const std::string &lang = "en-US") const
    {
        return coachdeck({"export", outline.string(), "--format", format, "--audience", audience,
                          "-o", (scratch / "out").string(), "--lang", lang, "--locale-dir",
                          COACHDECK_LOCALE_DIR});
    }

    /// Snapshot `snapshot` of `outline` as `coachdeck render --audience` draws it at 800 x 450;
    /// a null image when the command does not write it.
    QImage renderAs(const std::string &audience, const fs::path &outline,
                    const std::string &snapshot) const
    {
        const fs::path file = scratch / (audience + "-" + outline.stem().string() + ".png");
        const Outcome run =
            coachdeck({"render", outline.string(), "--snapshot", snapshot, "--audience", audience,
                       "-o", file.string(), "--size", "800x450"});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return QImage(QString::fromStdString(file.string()));
    }

    /// The fixture with one change made by `edit` (a Python statement on `d`).
    fs::path variant(const std::string &name, const std::string &edit) const
    {
        const fs::path file = scratch / name;
        const std::string script = "import json,sys; d=json.load(open(sys.argv[1])); " + edit +
                                   "; json.dump(d, open(sys.argv[2], 'w'))";
        const std::string command = "python3 -c " + quoted(script) + " " +
                                    quoted(kSession.string()) + " " + quoted(file.string());
        EXPECT_EQ(std::system(command.c_str()), 0);
        return file;
    }
};

/// Pixels within `tolerance` of `colour` in the left and the right half of `image`.
inline std::pair<int, int> countByHalf(const QImage &image, const QColor &colour,
                                       int tolerance = 12)
{
    int left = 0, right = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb p = argb.pixel(x, y);
            if (std::abs(qRed(p) - colour.red()) <= tolerance &&
                std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                (x < argb.width() / 2 ? left : right)++;
        }
    return {left, right};
}

inline const QColor kSelfRed(0xd0, 0x30, 0x2a);

} // namespace report_cli
