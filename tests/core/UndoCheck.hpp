#pragma once

#include "core/Session.hpp"

#include <gtest/gtest.h>

namespace coachdeck::samples {

/// Undo then redo of the last step must land exactly on the states before and after it.
inline void expectUndoRedo(Session &session, const Outline &before)
{
    const Outline after = session.outline();
    ASSERT_TRUE(session.undo());
    EXPECT_EQ(session.outline(), before);
    ASSERT_TRUE(session.redo());
    EXPECT_EQ(session.outline(), after);
}

} // namespace coachdeck::samples
