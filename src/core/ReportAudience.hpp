#pragma once

#include "core/EnumText.hpp"

namespace coachdeck {

/// Who a session report is for. Each audience sees less than the one before it:
/// the coach everything, the client nothing coach-private, the sponsor only what the
/// coachee validated in writing (docs/reports.md).
enum class ReportAudience { Coach = 1, Client, Sponsor };
inline constexpr EnumText<ReportAudience, 3> kReportAudienceText{{{
    {ReportAudience::Coach, "coach"},
    {ReportAudience::Client, "client"},
    {ReportAudience::Sponsor, "sponsor"},
}}};

} // namespace coachdeck
