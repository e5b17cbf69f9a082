#pragma once

#include <memory>

class QGuiApplication;

namespace coachdeck::cli {

/// The Qt GUI application that drawing text needs, made only by the commands that draw
/// (export, render) so validate and summary stay light. Uses Qt's "offscreen" platform unless
/// QT_QPA_PLATFORM already names one: no display is needed. One at a time, main thread.
class OffscreenGui {
public:
    OffscreenGui();
    ~OffscreenGui();
    OffscreenGui(const OffscreenGui &) = delete;
    OffscreenGui &operator=(const OffscreenGui &) = delete;

private:
    std::unique_ptr<QGuiApplication> app_;
};

} // namespace coachdeck::cli
