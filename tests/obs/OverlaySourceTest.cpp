// coachdeck_overlay inside real libobs (OpenGL on a private Xvfb): the built module is loaded,
// a session file is put in front of it through `coachdeck_load_outline`, and what the source
// draws is read back from the GPU.

#include "HeadlessObs.hpp"

#include "core/ClientView.hpp"
#include "core/OutlineFile.hpp"
#include "core/Session.hpp"
#include "render/FigureGeometry.hpp"
#include "render/OverlayPainter.hpp"

#include <QGuiApplication>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace coachdeck {
namespace {

using namespace std::chrono_literals;

constexpr Rgb kMagenta{0xd0, 0x30, 0x90};
constexpr BoardPoint kFigureAt{420, 300};

std::filesystem::path scratchFolder()
{
    return std::filesystem::temp_directory_path() /
           ("coachdeck-overlay-test-" + std::to_string(getpid()));
}

/// One OBS with the module loaded for the whole run; Qt's GUI application for the fonts.
class ObsEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static int argc = 1;
        static char name[] = "coachdeck_overlay_source_test";
        static char *argv[] = {name, nullptr};
        app_ = std::make_unique<QGuiApplication>(argc, argv);

        std::string error;
        obs_ = test::HeadlessObs::start({}, error);
        ASSERT_TRUE(obs_) << error;
        ASSERT_TRUE(obs_->loadModule(COACHDECK_MODULE_PATH, COACHDECK_DATA_DIR, error)) << error;
        // What every libobs host does once its modules are loaded. Here, as in any host without
        // OBS's window, there is no QApplication (a QGuiApplication only).
        obs_post_load_modules();
    }

    void TearDown() override
    {
        obs_.reset();
        // Everything CoachDeck took from libobs was given back.
        EXPECT_EQ(bnum_allocs(), 0);
        app_.reset();
        std::error_code ignored;
        std::filesystem::remove_all(scratchFolder(), ignored);
    }

    static test::HeadlessObs &obs() { return *obs_; }

private:
    std::unique_ptr<QGuiApplication> app_;
    static inline std::unique_ptr<test::HeadlessObs> obs_;
};

[[maybe_unused]] ::testing::Environment *const kObs =
    ::testing::AddGlobalTestEnvironment(new ObsEnvironment);

/// A session as the dock leaves it: one figure, one item running for 8 minutes, the timer
/// shown or not.
Outline sessionOutline(bool timerVisible)
{
    SystemClock clock;
    Session session(clock);
    EXPECT_TRUE(session.addItem("Exploration", 20min).ok());
    Figure figure = defaultFigure(FigureKind::Person);
    figure.label = "Moi";
    figure.colour = kMagenta;
    figure.position = kFigureAt;
    EXPECT_TRUE(session.addFigure(figure).ok());
    EXPECT_TRUE(session.setTimerVisible(timerVisible).ok());
    EXPECT_TRUE(session.start().ok());
    EXPECT_TRUE(session.addNote("A private note", Visibility::CoachPrivate).ok());
    Outline outline = session.outline();
    outline.agenda.front().actual = 8min; // the progress ring is 40 % full
    return outline;
}

struct LoadResult {
    bool ok = false;
    std::string error;
};

LoadResult loadOutline(const std::filesystem::path &file)
{
    calldata_t data = {};
    calldata_set_string(&data, "path", file.c_str());
    proc_handler_call(obs_get_proc_handler(), "coachdeck_load_outline", &data);
    const char *error = calldata_string(&data, "error");
    LoadResult result{calldata_bool(&data, "ok"), error ? error : ""};
    calldata_free(&data);
    return result;
}

std::filesystem::path writeOutline(const Outline &outline, const std::string &name)
{
    const auto file = scratchFolder() / name;
    const Status saved = outline_file::save(file, outline);
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message());
    return file;
}

/// A `coachdeck_overlay` that counts as shown (as if in the program scene).
struct Overlay {
    obs_source_t *source = nullptr;

    Overlay(const char *view, int width, int height, const char *theme = "dark")
    {
        obs_data_t *settings = obs_data_create();
        obs_data_set_string(settings, "view", view);
        obs_data_set_int(settings, "width", width);
        obs_data_set_int(settings, "height", height);
        obs_data_set_string(settings, "theme", theme);
        source = obs_source_create_private("coachdeck_overlay", "overlay", settings);
        obs_data_release(settings);
        if (source)
            obs_source_inc_showing(source);
    }
    ~Overlay()
    {
        if (source) {
            obs_source_dec_showing(source);
            obs_source_release(source);
        }
    }
    void update(const char *view, int width, int height)
    {
        obs_data_t *settings = obs_data_create();
        obs_data_set_string(settings, "view", view);
        obs_data_set_int(settings, "width", width);
        obs_data_set_int(settings, "height", height);
        obs_source_update(source, settings);
        obs_data_release(settings);
    }
    QImage picture() const
    {
        EXPECT_TRUE(ObsEnvironment::obs().waitTicks(2));
        return test::HeadlessObs::renderSource(source);
    }
};

bool near(const QImage &image, QPointF at, QColor colour, int tolerance = 4)
{
    const QRgb p = image.pixel(static_cast<int>(at.x()), static_cast<int>(at.y()));
    return qAlpha(p) == 255 && std::abs(qRed(p) - colour.red()) <= tolerance &&
           std::abs(qGreen(p) - colour.green()) <= tolerance &&
           std::abs(qBlue(p) - colour.blue()) <= tolerance;
}

int countNear(const QImage &image, QColor colour, int tolerance = 4)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += near(image, QPointF(x, y), colour, tolerance) ? 1 : 0;
    }
    return count;
}

/// Where the painter puts the figure for these options: the test's own copy of the painter.
QPointF expectedFigureCentre(const Outline &outline, OverlayView view, int width, int height)
{
    RenderOptions options;
    options.view = view;
    options.width = width;
    options.height = height;
    const ClientView clientView = makeClientView(outline, 1);
    const auto projection =
        OverlayPainter(options).boardProjection(clientView, clientView.shownBoard());
    return projection ? projection->map(kFigureAt) : QPointF(-1, -1);
}

TEST(OverlaySourceTest, ShowsTheLoadedSessionsFigureWhereItStands)
{
    const Outline outline = sessionOutline(true);
    const LoadResult loaded = loadOutline(writeOutline(outline, "figure.json"));
    ASSERT_TRUE(loaded.ok) << loaded.error;

    Overlay overlay("board", 640, 360);
    ASSERT_NE(overlay.source, nullptr);
    EXPECT_EQ(obs_source_get_width(overlay.source), 640u);
    EXPECT_EQ(obs_source_get_height(overlay.source), 360u);
    const QImage image = overlay.picture();
    ASSERT_EQ(image.size(), QSize(640, 360));
    const QPointF centre = expectedFigureCentre(outline, OverlayView::Board, 640, 360);
    EXPECT_TRUE(near(image, centre, QColor(kMagenta.r, kMagenta.g, kMagenta.b)))
        << "pixel " << std::hex << image.pixel(centre.toPoint());
    // The dark theme's background is opaque; the board view draws no timer.
    EXPECT_EQ(qAlpha(image.pixel(2, 2)), 255);
}

TEST(OverlaySourceTest, AHostWithoutObsWindowGetsTheOverlayAndOneLineAboutTheDock)
{
    const auto said = [](std::string_view text) {
        return test::HeadlessObs::loggedLinesWith(text).size();
    };
    EXPECT_EQ(said("[coachdeck] no OBS window here (no QApplication)"), 1u);
    EXPECT_EQ(said("[coachdeck] dock registered"), 0u);
    EXPECT_EQ(said("[coachdeck] overlay source coachdeck_overlay registered"), 1u);

    Overlay overlay("everything", 320, 180);
    ASSERT_NE(overlay.source, nullptr);
    EXPECT_EQ(overlay.picture().size(), QSize(320, 180));
}

TEST(OverlaySourceTest, ChangingPropertiesChangesSizeAndView)
{
    const Outline outline = sessionOutline(true);
    ASSERT_TRUE(loadOutline(writeOutline(outline, "properties.json")).ok);
    Overlay overlay("board", 640, 360);
    const QColor magenta(kMagenta.r, kMagenta.g, kMagenta.b);
    EXPECT_GT(countNear(overlay.picture(), magenta), 50);

    overlay.update("timer", 1280, 720);
    const QImage timer = overlay.picture();
    EXPECT_EQ(obs_source_get_width(overlay.source), 1280u);
    EXPECT_EQ(obs_source_get_height(overlay.source), 720u);
    ASSERT_EQ(timer.size(), QSize(1280, 720));
    EXPECT_EQ(countNear(timer, magenta), 0) << "no board in the timer view";
    // The running item's progress ring, in the default accent colour.
    EXPECT_GT(countNear(timer, RenderOptions{}.accent), 100);
}

TEST(OverlaySourceTest, TheTimerAppearsOnlyOnceTheCoachShowsIt)
{
    ASSERT_TRUE(loadOutline(writeOutline(sessionOutline(false), "hidden.json")).ok);
    Overlay overlay("timer", 640, 360);
    const QImage hidden = overlay.picture();
    const QRgb background = hidden.pixel(0, 0);
    int others = 0;
    for (int y = 0; y < hidden.height(); ++y) {
        for (int x = 0; x < hidden.width(); ++x)
            others += hidden.pixel(x, y) != background ? 1 : 0;
    }
    EXPECT_EQ(others, 0) << "nothing but the background while the timer is the coach's";

    // The coach shows it: the next frames have it.
    ASSERT_TRUE(loadOutline(writeOutline(sessionOutline(true), "shown.json")).ok);
    EXPECT_GT(countNear(overlay.picture(), RenderOptions{}.accent), 100);
}

TEST(OverlaySourceTest, SeveralOverlaysShowTheirOwnViewOfOneSession)
{
    const Outline outline = sessionOutline(true);
    ASSERT_TRUE(loadOutline(writeOutline(outline, "several.json")).ok);
    Overlay board("board", 640, 360);
    Overlay agenda("agenda", 480, 270, "transparent");
    const QImage boardImage = board.picture();
    const QImage agendaImage = agenda.picture();
    ASSERT_EQ(boardImage.size(), QSize(640, 360));
    ASSERT_EQ(agendaImage.size(), QSize(480, 270));
    const QColor magenta(kMagenta.r, kMagenta.g, kMagenta.b);
    EXPECT_GT(countNear(boardImage, magenta), 50);
    EXPECT_EQ(countNear(agendaImage, magenta), 0);
    // Transparent theme: the corners let the camera through; the agenda card does not.
    EXPECT_EQ(qAlpha(agendaImage.pixel(1, 1)), 0);
    EXPECT_GT(qAlpha(agendaImage.pixel(240, 135)), 150);
}

/// Pixels of `a` and `b` (same size) whose channels differ by more than `tolerance`.
int differingPixels(const QImage &a, const QImage &b, int tolerance = 8)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            count += std::abs(qRed(p) - qRed(q)) > tolerance ||
                             std::abs(qGreen(p) - qGreen(q)) > tolerance ||
                             std::abs(qBlue(p) - qBlue(q)) > tolerance ||
                             std::abs(qAlpha(p) - qAlpha(q)) > tolerance
                         ? 1
                         : 0;
        }
    }
    return count;
}

TEST(OverlaySourceTest, ARunningTimerShowsEachSecondWhole)
{
    // The next second is painted ahead on the overlay's own thread and only its changed parts
    // reach the texture: what OBS draws must still be the painter's whole picture of a second.
    const Outline outline = sessionOutline(true);
    ASSERT_TRUE(loadOutline(writeOutline(outline, "running.json")).ok);
    Overlay overlay("everything", 960, 540);
    // Drawn every frame, as in a scene on air: each new second then reaches the texture as the
    // few rectangles that changed.
    struct EveryFrame {
        obs_source_t *source;
        static void draw(void *self, uint32_t, uint32_t)
        {
            obs_source_video_render(static_cast<EveryFrame *>(self)->source);
        }
    } everyFrame{overlay.source};
    obs_add_main_render_callback(EveryFrame::draw, &everyFrame);
    struct Remove {
        EveryFrame *drawn;
        ~Remove() { obs_remove_main_render_callback(EveryFrame::draw, drawn); }
    } remove{&everyFrame};
    RenderOptions options;
    options.view = OverlayView::Everything;
    options.width = 960;
    options.height = 540;
    const OverlayPainter painter(options);
    const ClientView view = makeClientView(outline, 1);
    // The picture of second `s` of the item, as painted when that second starts.
    const auto secondPicture = [&](std::int64_t s) {
        const Millis spent = outline.agenda.front().actual;
        const MonoTime at = *outline.clock.runningSince + (Millis{s * 1000} - spent);
        const WallTime wallAt = *outline.clock.runningSinceWall + (Millis{s * 1000} - spent);
        return painter.render({view, nullptr, at, wallAt});
    };
    const auto bestMatch = [&](const QImage &shown) {
        const Millis elapsed =
            outline.agenda.front().actual +
            std::chrono::duration_cast<Millis>(MonoClock::now() - *outline.clock.runningSince);
        const std::int64_t now = elapsed.count() / 1000;
        int best = shown.width() * shown.height();
        std::int64_t bestSecond = -1;
        // The seconds since the clock started, around now (none before: it had not started).
        const std::int64_t first = outline.agenda.front().actual.count() / 1000;
        for (std::int64_t s = std::max(first, now - 3); s <= now + 1; ++s) {
            const int differing = differingPixels(shown, secondPicture(s));
            if (differing < best) {
                best = differing;
                bestSecond = s;
            }
        }
        return std::pair{best, bestSecond};
    };

    std::int64_t previousSecond = -1;
    for (int look = 0; look < 3; ++look) {
        const QImage shown = overlay.picture();
        ASSERT_EQ(shown.size(), QSize(960, 540));
        const auto [differing, second] = bestMatch(shown);
        EXPECT_LT(differing, shown.width() * shown.height() / 500)
            << "look " << look << ": no second's picture matches what OBS draws";
        EXPECT_GT(second, previousSecond);
        previousSecond = second;
        // A second apart the pictures differ: the comparison can tell seconds apart.
        EXPECT_GT(differingPixels(secondPicture(second), secondPicture(second + 2)), 20);
        ASSERT_TRUE(ObsEnvironment::obs().waitTicks(75)); // 1.25 s at 60 fps
    }
}

TEST(OverlaySourceTest, LoadingABadFileSaysWhyAndKeepsTheSession)
{
    const Outline outline = sessionOutline(true);
    ASSERT_TRUE(loadOutline(writeOutline(outline, "kept.json")).ok);
    Overlay overlay("board", 640, 360);
    const QColor magenta(kMagenta.r, kMagenta.g, kMagenta.b);
    ASSERT_GT(countNear(overlay.picture(), magenta), 50);

    const LoadResult missing = loadOutline("/nonexistent/coachdeck/session.json");
    EXPECT_FALSE(missing.ok);
    EXPECT_FALSE(missing.error.empty());
    EXPECT_GT(countNear(overlay.picture(), magenta), 50) << "the session on screen stays";
}

} // namespace
} // namespace coachdeck
