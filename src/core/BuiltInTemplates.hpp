#pragma once

#include "core/AgendaTemplate.hpp"
#include "core/ContentLanguage.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace coachdeck {

/// The agendas CoachDeck ships, from the sessions coaches describe (shared/DOMAIN.md): an
/// individual coaching session (2 h), a constellation session (1 h), the tripartite kick-off
/// and closing review (1 h each), and the three mentoring sessions: preparation (1 h),
/// rehearsal (1 h) and debrief (30 min).
///
/// Compiled in, each item's English and French side by side: making one cannot fail and needs
/// no data folder, and a translation cannot drift from the agenda it translates.
namespace built_in_templates {

/// The ids, in menu order: "individual-session", "constellation-session", "tripartite-kickoff",
/// "tripartite-closing", "mentoring-preparation", "mentoring-rehearsal", "mentoring-debrief".
std::vector<std::string_view> ids();

/// Every built-in template in `language`, in menu order.
std::vector<AgendaTemplate> all(ContentLanguage language);

/// The built-in template `id` in `language`, or nullopt when there is none of that id.
std::optional<AgendaTemplate> find(std::string_view id, ContentLanguage language);

} // namespace built_in_templates
} // namespace coachdeck
