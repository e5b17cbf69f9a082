#include "cli/OffscreenGui.hpp"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

namespace coachdeck::cli {
namespace {

/// Qt's chatter (debug, info, warnings such as "XDG_RUNTIME_DIR not set") is not the user's
/// business on a command line; its critical and fatal messages still reach stderr.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "coachdeck: Qt: %s\n", message.toLocal8Bit().constData());
}

} // namespace

OffscreenGui::OffscreenGui()
{
    if (QCoreApplication::instance())
        return;
    qInstallMessageHandler(quietQtMessages);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0); // 0: a platform already chosen stays
    static int argc = 1;
    static char name[] = "coachdeck";
    static char *argv[] = {name, nullptr};
    app_ = std::make_unique<QGuiApplication>(argc, argv);
}

OffscreenGui::~OffscreenGui() = default;

} // namespace coachdeck::cli
