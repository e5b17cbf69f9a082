#pragma once

#include <QGuiApplication>

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

namespace coachdeck::render_test {

/// Text needs a QGuiApplication (fonts), made on the main thread before any test paints; the
/// offscreen platform needs no display. Register it once per test program with
/// ::testing::AddGlobalTestEnvironment.
class QtGuiEnvironment : public ::testing::Environment {
public:
    void SetUp() override
    {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static int argc = 1;
        static char name[] = "coachdeck_test";
        static char *argv[] = {name, nullptr};
        app_ = std::make_unique<QGuiApplication>(argc, argv);
    }
    void TearDown() override { app_.reset(); }

private:
    std::unique_ptr<QGuiApplication> app_;
};

} // namespace coachdeck::render_test
