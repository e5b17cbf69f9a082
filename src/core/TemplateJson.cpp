// AgendaTemplate <-> JSON. Read like an outline (JsonReader: every problem with its pointer),
// written with Json::dump: a template is small and written once.
#include "core/TemplateJson.hpp"

#include "core/JsonDocumentBuilder.hpp"
#include "core/JsonReader.hpp"
#include "core/Limits.hpp"
#include "core/OutlineJson.hpp"

namespace coachdeck::template_json {
namespace {

double minutes(Millis value)
{
    return static_cast<double>(value.count()) / 60000.0;
}

TemplateItem readItem(JsonReader &r, const Json &j, const std::string &p)
{
    TemplateItem i;
    i.title = r.text(j, "title", p, true);
    i.kind = r.choice(j, "kind", p, kItemKindText, ItemKind::General);
    i.planned = r.duration(j, "plannedMinutes", p, true, Millis{0}, 60000);
    i.warnAt = r.duration(j, "warnMinutes", p, false, i.warnAt, 60000);
    i.dangerAt = r.duration(j, "dangerMinutes", p, false, i.dangerAt, 60000);
    i.notes = r.text(j, "notes", p, false);
    return i;
}

} // namespace

Json toJson(const AgendaTemplate &t)
{
    Json items = Json::array();
    for (const TemplateItem &i : t.items) {
        Json item = Json::object();
        item["title"] = i.title;
        if (i.kind != ItemKind::General)
            item["kind"] = kItemKindText.name(i.kind);
        item["plannedMinutes"] = minutes(i.planned);
        item["warnMinutes"] = minutes(i.warnAt);
        item["dangerMinutes"] = minutes(i.dangerAt);
        item["notes"] = i.notes;
        items.push_back(std::move(item));
    }
    Json document = Json::object();
    document["format"] = kTemplateFormat;
    document["version"] = kTemplateVersion;
    document["title"] = t.title;
    document["items"] = std::move(items);
    return document;
}

Result<AgendaTemplate> fromJson(const Json &document)
{
    if (!document.is_object())
        return Error("", "expected a JSON object at the top level");
    if (Status header =
            JsonReader::checkHeader(document, kTemplateFormat, kTemplateVersion, "agenda template");
        !header)
        return header.error();
    JsonReader r;
    AgendaTemplate t;
    t.title = r.text(document, "title", "", true);
    if (const Json *items = r.array(document, "items", "")) {
        if (items->size() > limits::kAgendaItems)
            r.fail("/items", "too many items (" + std::to_string(items->size()) + ", at most " +
                                 std::to_string(limits::kAgendaItems) + ")");
        else
            for (std::size_t i = 0; i < items->size(); ++i) {
                const std::string at = "/items/" + std::to_string(i);
                if (r.expectObject((*items)[i], at))
                    t.items.push_back(readItem(r, (*items)[i], at));
            }
    } else if (!r.failed()) {
        r.fail("/items", "missing (required)");
    }
    if (r.failed())
        return Error(std::move(r.problems()));
    if (std::vector<Problem> rules = agenda_template::check(t); !rules.empty())
        return Error(std::move(rules));
    return t;
}

Result<AgendaTemplate> parse(std::string_view text)
{
    if (text.size() > kFileBytes)
        return Error("", "the file is larger than " + std::to_string(kFileBytes / (1024 * 1024)) +
                             " MB: not an agenda template");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return Error("", "the file is empty");
    if (outline_json::nestingDepth(text) > limits::kNestingDepth)
        return Error("", "nested more than " + std::to_string(limits::kNestingDepth) +
                             " levels deep: not an agenda template");
    JsonDocumentBuilder builder({limits::kNestingDepth, limits::kJsonValues});
    try {
        if (!builder.parse(text))
            return Error("", builder.capPassed().empty()
                                 ? outline_json::parseErrorText(builder.error().c_str())
                                 : "not valid JSON: " + builder.capPassed());
        return fromJson(builder.document());
    } catch (const std::exception &e) {
        return Error("", outline_json::parseErrorText(e.what()));
    }
}

std::string serialize(const AgendaTemplate &t)
{
    return toJson(t).dump(2) + "\n";
}

} // namespace coachdeck::template_json
