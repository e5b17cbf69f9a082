// CoachDeck opens no network socket of its own: outlines hold confidential notes and never leave
// the coach's machine through CoachDeck. The module is loaded into headless libobs (the
// environment of tests/obs/OverlaySourceTest), a session is loaded and an overlay renders it for
// a while; the process's sockets (/proc/self/fd -> socket:[inode], matched against the tables
// in /proc/self/net) are listed before the module is loaded and after: no new inet socket.
// (The websocket requests go through obs-websocket's own server, not a socket of CoachDeck's.)

#include "HeadlessObs.hpp"

#include "core/OutlineFile.hpp"
#include "core/Session.hpp"

#include <QGuiApplication>

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace coachdeck {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

/// One socket this process holds, and what kind it is (the /proc/self/net table it is in).
struct Socket {
    unsigned long inode = 0;
    std::string table; ///< "tcp", "udp6", "unix"..., or "other"
    std::string line;  ///< its line in that table
};

/// Socket inodes to their /proc/self/net table and line.
std::map<unsigned long, Socket> socketTables()
{
    // The inode column of each table (tcp and udp: 10th; unix: 7th; packet: 9th; netlink: 10th).
    const std::pair<const char *, int> tables[] = {
        {"tcp", 9},  {"tcp6", 9}, {"udp", 9},    {"udp6", 9},    {"raw", 9},
        {"raw6", 9}, {"unix", 6}, {"packet", 8}, {"netlink", 9},
    };
    std::map<unsigned long, Socket> known;
    for (const auto &[table, column] : tables) {
        std::ifstream in(std::string("/proc/self/net/") + table);
        std::string line;
        std::getline(in, line); // the header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string field;
            for (int i = 0; i <= column && fields >> field; ++i) {
            }
            try {
                const unsigned long inode = std::stoul(field);
                if (inode != 0)
                    known[inode] = {inode, table, line};
            } catch (const std::exception &) {
            }
        }
    }
    return known;
}

/// Every socket among this process's open descriptors.
std::map<unsigned long, Socket> processSockets()
{
    const std::map<unsigned long, Socket> tables = socketTables();
    std::map<unsigned long, Socket> sockets;
    for (const auto &entry : fs::directory_iterator("/proc/self/fd")) {
        std::error_code error;
        const std::string target = fs::read_symlink(entry.path(), error).string();
        if (error || target.rfind("socket:[", 0) != 0)
            continue;
        const unsigned long inode = std::stoul(target.substr(8));
        const auto known = tables.find(inode);
        sockets[inode] = known != tables.end() ? known->second : Socket{inode, "other", target};
    }
    return sockets;
}

bool isNetwork(const Socket &socket)
{
    return socket.table == "tcp" || socket.table == "tcp6" || socket.table == "udp" ||
           socket.table == "udp6" || socket.table == "raw" || socket.table == "raw6" ||
           socket.table == "packet" || socket.table == "other";
}

std::vector<Socket> opened(const std::map<unsigned long, Socket> &before,
                           const std::map<unsigned long, Socket> &after)
{
    std::vector<Socket> added;
    for (const auto &[inode, socket] : after)
        if (!before.count(inode))
            added.push_back(socket);
    return added;
}

std::string describe(const std::vector<Socket> &sockets)
{
    std::string text;
    for (const Socket &socket : sockets)
        text +=
            "\n  " + socket.table + " inode " + std::to_string(socket.inode) + ": " + socket.line;
    return text;
}

TEST(NoNetworkTest, TheSocketListingSeesAnInetSocket)
{
    // The check below is only as good as the listing: an inet socket must show up in it.
    const auto before = processSockets();
    const int udp = ::socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(udp, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(udp, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    const std::vector<Socket> added = opened(before, processSockets());
    ::close(udp);
    ASSERT_EQ(added.size(), 1u) << describe(added);
    EXPECT_EQ(added[0].table, "udp");
    EXPECT_TRUE(isNetwork(added[0]));
}

TEST(NoNetworkTest, TheModuleLoadedAndRenderingOpensNoNetworkSocket)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int argc = 1;
    static char name[] = "coachdeck_no_network_test";
    static char *argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    std::string error;
    std::unique_ptr<test::HeadlessObs> obs = test::HeadlessObs::start({}, error);
    ASSERT_TRUE(obs) << error;
    ASSERT_TRUE(obs->waitTicks(2));
    const auto before = processSockets(); // libobs and its X connection, without CoachDeck

    ASSERT_TRUE(obs->loadModule(COACHDECK_MODULE_PATH, COACHDECK_DATA_DIR, error)) << error;

    // A session on show, as a coach would have it.
    const fs::path folder =
        fs::temp_directory_path() / ("coachdeck-no-network-test-" + std::to_string(::getpid()));
    const SystemClock clock;
    Session session(clock);
    ASSERT_TRUE(session.addItem("Exploration", 20min).ok());
    Figure figure = defaultFigure(FigureKind::Self);
    figure.label = "Moi";
    ASSERT_TRUE(session.addFigure(figure).ok());
    ASSERT_TRUE(session.setTimerVisible(true).ok());
    ASSERT_TRUE(session.start().ok());
    ASSERT_TRUE(outline_file::save(folder / "session.json", session.outline()).ok());
    calldata_t data = {};
    calldata_set_string(&data, "path", (folder / "session.json").c_str());
    proc_handler_call(obs_get_proc_handler(), "coachdeck_load_outline", &data);
    EXPECT_TRUE(calldata_bool(&data, "ok"));
    calldata_free(&data);

    obs_data_t *settings = obs_data_create();
    obs_data_set_string(settings, "view", "everything");
    obs_source_t *overlay = obs_source_create_private("coachdeck_overlay", "overlay", settings);
    obs_data_release(settings);
    ASSERT_NE(overlay, nullptr);
    obs_source_inc_showing(overlay);
    ASSERT_TRUE(obs->waitTicks(30));
    const QImage picture = test::HeadlessObs::renderSource(overlay);
    EXPECT_FALSE(picture.isNull()) << "the overlay rendered nothing";

    const auto after = processSockets();
    obs_source_dec_showing(overlay);
    obs_source_release(overlay);
    std::error_code ignored;
    fs::remove_all(folder, ignored);

    std::vector<Socket> network, local;
    for (const Socket &socket : opened(before, after))
        (isNetwork(socket) ? network : local).push_back(socket);
    EXPECT_TRUE(network.empty()) << "CoachDeck opened network sockets:" << describe(network);
    if (!local.empty())
        std::printf("local sockets opened while CoachDeck ran (not network):%s\n",
                    describe(local).c_str());
    std::printf("sockets: %zu before loading CoachDeck, %zu after, %zu new network\n",
                before.size(), after.size(), network.size());
}

} // namespace
} // namespace coachdeck
