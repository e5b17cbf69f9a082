#pragma once

#include "core/Outline.hpp"
#include "core/Result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace coachdeck {

/// The rules every outline obeys, checked the same way when a file is loaded
/// and when an edit arrives from the dock, a hotkey or a websocket request.
/// Each check appends problems with JSON pointers under `at` (e.g. "/agenda/3").
namespace outline_rules {

/// Number of Unicode code points in strict UTF-8 text, or -1 when it is not valid UTF-8.
long long utf8Length(std::string_view text);

void checkText(std::string_view text, std::size_t maxChars, const std::string &at,
               std::vector<Problem> &out, bool required = false);
void checkId(std::string_view id, const std::string &at, std::vector<Problem> &out);
void checkItem(const AgendaItem &item, const std::string &at, std::vector<Problem> &out);
void checkFigure(const Figure &figure, const std::string &at, std::vector<Problem> &out);
void checkZone(const Zone &zone, const std::string &at, std::vector<Problem> &out);
void checkBoard(const Board &board, const std::string &at, std::vector<Problem> &out);
void checkNote(const Note &note, const std::string &at, std::vector<Problem> &out);
void checkAction(const ActionItem &action, const std::string &at, std::vector<Problem> &out);
void checkMetadata(const SessionMetadata &meta, const std::string &at, std::vector<Problem> &out);

/// Everything above for every part, plus counts, unique ids and references
/// (notes and snapshots name existing items, the clock a current item).
std::vector<Problem> checkOutline(const Outline &outline);

/// Ok, or an Error holding the problems.
Status verdict(std::vector<Problem> problems);

} // namespace outline_rules
} // namespace coachdeck
