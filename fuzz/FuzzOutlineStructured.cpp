// The outline loader, structure-aware: an input that is JSON is mutated as a document (a member
// dropped or added, a value swapped for one at a cap or a boundary, an element duplicated, a
// reference pointed elsewhere, an id given a huge number), so most runs get past the parser into
// the reader, the rules and the writer. Anything else gets libFuzzer's byte mutations. The
// checks are fuzz_outline_parse's.

#include "OutlineInvariants.hpp"

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

namespace coachdeck::fuzz {
namespace {

using Rng = std::minstd_rand;

std::size_t pick(Rng &rng, std::size_t count)
{
    return std::uniform_int_distribution<std::size_t>(0, count - 1)(rng);
}

template <typename T, std::size_t N>
const T &pickFrom(Rng &rng, const std::array<T, N> &list)
{
    return list[pick(rng, N)];
}

// Keys and words of docs/outline-format.md.
constexpr std::array<const char *, 55> kKeys{"format",
                                             "version",
                                             "session",
                                             "agenda",
                                             "clock",
                                             "board",
                                             "snapshots",
                                             "notes",
                                             "actions",
                                             "display",
                                             "id",
                                             "kind",
                                             "label",
                                             "shape",
                                             "colour",
                                             "size",
                                             "x",
                                             "y",
                                             "facing",
                                             "width",
                                             "height",
                                             "zonesVisible",
                                             "figures",
                                             "zones",
                                             "title",
                                             "plannedMinutes",
                                             "adjustMinutes",
                                             "warnMinutes",
                                             "dangerMinutes",
                                             "status",
                                             "actualSeconds",
                                             "client",
                                             "engagement",
                                             "sessionNumber",
                                             "sessionCount",
                                             "date",
                                             "modality",
                                             "sponsor",
                                             "currentItem",
                                             "startedAt",
                                             "runningSince",
                                             "name",
                                             "takenAt",
                                             "agendaItem",
                                             "createdAt",
                                             "visibility",
                                             "validatedOn",
                                             "text",
                                             "what",
                                             "owner",
                                             "due",
                                             "timerVisible",
                                             "perspective",
                                             "shownSnapshot",
                                             "unknownKey"};

constexpr std::array<const char *, 48> kWords{"coachdeck.outline",
                                              "self",
                                              "person",
                                              "group",
                                              "element",
                                              "goal",
                                              "resource",
                                              "obstacle",
                                              "circle",
                                              "square",
                                              "triangle",
                                              "diamond",
                                              "hexagon",
                                              "star",
                                              "rectangle",
                                              "ellipse",
                                              "S",
                                              "M",
                                              "L",
                                              "idle",
                                              "running",
                                              "paused",
                                              "finished",
                                              "pending",
                                              "active",
                                              "done",
                                              "dropped",
                                              "open",
                                              "private",
                                              "client",
                                              "sponsor",
                                              "video",
                                              "#000000",
                                              "#FFFFFF",
                                              "#4a90d9",
                                              "#fff",
                                              "2026-11-22",
                                              "2024-02-29",
                                              "2026-02-29",
                                              "2026-13-01",
                                              "2026-11-22T09:00:00.000Z",
                                              "2026-11-22T23:59:60Z",
                                              "9999-12-31T23:59:59.999Z",
                                              "1970-01-01T00:00:00Z",
                                              "f18446744073709551615",
                                              "f0",
                                              "i18446744073709551615",
                                              "s0"};

constexpr std::array<double, 26> kNumbers{
    0,     -1,   1,          -0.0, 0.5,         59.99, 60,           359.999999, 360,
    720.5, -90,  899.999999, 900,  900.0000001, 1600,  1600.0000001, 1440,       1440.000001,
    1000,  1001, 200,        201,  1e15,        1e308, -1e308,       5e-324};

constexpr std::array<long long, 12> kIntegers{
    0,         1,        -1, 2, 64, 65, 100, 101, INT_MAX, static_cast<long long>(INT_MAX) + 1,
    LLONG_MAX, LLONG_MIN};

/// Every node of the document (the caller checked its depth), and its strings.
void collect(Json &node, std::vector<Json *> &nodes, std::vector<std::string> &strings)
{
    nodes.push_back(&node);
    if (node.is_string())
        strings.push_back(node.get<std::string>());
    else if (node.is_structured())
        for (Json &child : node)
            collect(child, nodes, strings);
}

Json interestingValue(Rng &rng, const std::vector<std::string> &strings)
{
    switch (pick(rng, 10)) {
    case 0:
        return nullptr;
    case 1:
        return pick(rng, 2) == 0;
    case 2:
        return pickFrom(rng, kNumbers);
    case 3:
        return pickFrom(rng, kIntegers);
    case 4:
        return 18446744073709551615ULL;
    case 5: { // around the caps: ids 64, labels 80, titles 200 characters
        static constexpr std::array<std::size_t, 7> kLengths{0, 64, 65, 80, 81, 200, 201};
        return std::string(pickFrom(rng, kLengths), 'a');
    }
    case 6: { // characters, not bytes: 80 and 81 two-byte characters
        std::string text;
        for (std::size_t i = 0, n = pick(rng, 2) == 0 ? 80 : 81; i < n; ++i)
            text += "\xC3\xA9";
        return text;
    }
    case 7:
        return pickFrom(rng, kWords);
    case 8: // a reference to something else in the document
        return strings.empty() ? Json("") : Json(strings[pick(rng, strings.size())]);
    default:
        return pick(rng, 2) == 0 ? Json::array() : Json::object();
    }
}

void mutateNode(Json &node, const std::vector<Json *> &nodes,
                const std::vector<std::string> &strings, Rng &rng)
{
    switch (pick(rng, 9)) {
    case 0:
        node = interestingValue(rng, strings);
        return;
    case 1: // drop a member or an element
        if (node.is_object() && !node.empty()) {
            auto it = node.begin();
            std::advance(it, static_cast<std::ptrdiff_t>(pick(rng, node.size())));
            node.erase(it.key());
        } else if (node.is_array() && !node.empty()) {
            node.erase(pick(rng, node.size()));
        }
        return;
    case 2: // duplicate an element (same ids twice)
        if (node.is_array() && !node.empty()) {
            Json copy = node[pick(rng, node.size())];
            node.insert(node.begin() + static_cast<std::ptrdiff_t>(pick(rng, node.size() + 1)),
                        std::move(copy));
        }
        return;
    case 3: // set a known key
        if (node.is_object())
            node[pickFrom(rng, kKeys)] = interestingValue(rng, strings);
        return;
    case 4: // graft a copy of another part of the document
        if (node.is_object() || node.is_array()) {
            Json copy = *nodes[pick(rng, nodes.size())];
            if (node.is_object())
                node[pickFrom(rng, kKeys)] = std::move(copy);
            else
                node.push_back(std::move(copy));
        }
        return;
    case 5:
        if (node.is_number()) {
            const double value = node.get<double>();
            static constexpr std::array<double, 6> kFactors{-1, 0.5, 2, 10, 1e6, 1.0000001};
            node = pick(rng, 2) == 0 ? value * pickFrom(rng, kFactors)
                                     : value + (pick(rng, 2) == 0 ? 1 : -1);
        }
        return;
    case 6:
        if (node.is_string()) {
            std::string text = node.get<std::string>();
            switch (pick(rng, 3)) {
            case 0:
                text += std::to_string(rng());
                break;
            case 1:
                text = text.substr(0, pick(rng, text.size() + 1));
                break;
            default:
                text += text;
            }
            node = text;
        }
        return;
    case 7: // reorder
        if (node.is_array() && node.size() > 1)
            std::swap(node[pick(rng, node.size())], node[pick(rng, node.size())]);
        return;
    default: // turn a value into another type of the same meaning
        if (node.is_number())
            node = node.dump();
        else if (node.is_boolean())
            node = node.get<bool>() ? 1 : 0;
        else if (node.is_string())
            node = Json::array({node});
        return;
    }
}

} // namespace
} // namespace coachdeck::fuzz

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size,
                                               std::size_t maxSize, unsigned int seed)
{
    using namespace coachdeck;
    using namespace coachdeck::fuzz;
    Rng rng(seed);
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    if (pick(rng, 10) == 0 || outline_json::nestingDepth(text) > 32)
        return LLVMFuzzerMutate(data, size, maxSize);
    Json document = Json::parse(text, nullptr, false);
    if (document.is_discarded())
        return LLVMFuzzerMutate(data, size, maxSize);

    for (std::size_t round = 0, rounds = 1 + pick(rng, 3); round < rounds; ++round) {
        std::vector<Json *> nodes;
        std::vector<std::string> strings;
        collect(document, nodes, strings);
        mutateNode(*nodes[pick(rng, nodes.size())], nodes, strings, rng);
    }
    std::string mutated;
    try {
        mutated = document.dump(pick(rng, 2) == 0 ? -1 : 2);
    } catch (const std::exception &) {
        return LLVMFuzzerMutate(data, size, maxSize);
    }
    if (mutated.size() > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, mutated.data(), mutated.size());
    return mutated.size();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    coachdeck::fuzz::checkParse(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
