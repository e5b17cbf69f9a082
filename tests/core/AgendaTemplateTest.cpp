// The built-in agenda templates in English and French, and sessions made from templates.
#include "core/BuiltInTemplates.hpp"
#include "core/OutlineJson.hpp"
#include "core/OutlineRules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace coachdeck;
using namespace std::chrono_literals;

namespace {

/// The length each built-in is stated to last (shared/DOMAIN.md, the issue, its title).
const std::map<std::string, Millis> kStatedLength{
    {"individual-session", 2h},   {"constellation-session", 1h}, {"tripartite-kickoff", 1h},
    {"tripartite-closing", 1h},   {"mentoring-preparation", 1h}, {"mentoring-rehearsal", 1h},
    {"mentoring-debrief", 30min},
};

/// Whether `text` holds a letter only the French texts here write (accents, cedilla).
bool hasFrenchLetter(const std::string &text)
{
    for (const char *letter : {"é", "è", "ê", "à", "â", "ç", "ô", "î", "û", "ù", "œ"})
        if (text.find(letter) != std::string::npos)
            return true;
    return false;
}

bool hasKind(const AgendaTemplate &t, ItemKind kind)
{
    return std::any_of(t.items.begin(), t.items.end(),
                       [&](const TemplateItem &i) { return i.kind == kind; });
}

} // namespace

TEST(BuiltInTemplates, TheIssueListsThemAll)
{
    std::set<std::string> ids;
    for (std::string_view id : built_in_templates::ids())
        ids.insert(std::string(id));
    std::set<std::string> stated;
    for (const auto &[id, length] : kStatedLength)
        stated.insert(id);
    EXPECT_EQ(ids, stated);
    EXPECT_EQ(built_in_templates::ids().size(), ids.size()) << "an id is listed twice";
}

TEST(BuiltInTemplates, EveryOneInBothLanguagesHasItemsSummingToItsLength)
{
    for (ContentLanguage language : {ContentLanguage::English, ContentLanguage::French}) {
        const std::vector<AgendaTemplate> all = built_in_templates::all(language);
        ASSERT_EQ(all.size(), kStatedLength.size());
        for (const AgendaTemplate &t : all) {
            SCOPED_TRACE(t.id + " " + std::string(kContentLanguageText.name(language)));
            EXPECT_GE(t.items.size(), 4u);
            EXPECT_EQ(t.length(), kStatedLength.at(t.id));
            EXPECT_TRUE(agenda_template::check(t).empty())
                << agenda_template::check(t).front().describe();
            for (const TemplateItem &item : t.items) {
                EXPECT_FALSE(item.title.empty());
                EXPECT_GT(item.planned, 0ms) << item.title;
                EXPECT_LT(item.warnAt, item.planned) << item.title << ": warns from the start";
                EXPECT_LE(item.dangerAt, item.warnAt) << item.title;
            }
            EXPECT_EQ(t.items.front().kind, ItemKind::CheckIn);
            EXPECT_TRUE(hasKind(t, ItemKind::Closing) || hasKind(t, ItemKind::ActionPlan));
        }
    }
}

TEST(BuiltInTemplates, FrenchTextsAreFrenchAndDifferFromEnglish)
{
    const auto english = built_in_templates::all(ContentLanguage::English);
    const auto french = built_in_templates::all(ContentLanguage::French);
    ASSERT_EQ(english.size(), french.size());
    bool anyFrenchLetter = false;
    for (std::size_t t = 0; t < english.size(); ++t) {
        const AgendaTemplate &en = english[t];
        const AgendaTemplate &fr = french[t];
        SCOPED_TRACE(en.id);
        EXPECT_EQ(fr.id, en.id);
        EXPECT_NE(fr.title, en.title);
        EXPECT_FALSE(hasFrenchLetter(en.title)) << en.title;
        ASSERT_EQ(fr.items.size(), en.items.size());
        for (std::size_t i = 0; i < en.items.size(); ++i) {
            EXPECT_NE(fr.items[i].title, en.items[i].title);
            EXPECT_FALSE(hasFrenchLetter(en.items[i].title)) << en.items[i].title;
            EXPECT_FALSE(hasFrenchLetter(en.items[i].notes)) << en.items[i].notes;
            // Same agenda in both languages: only the words change.
            EXPECT_EQ(fr.items[i].kind, en.items[i].kind);
            EXPECT_EQ(fr.items[i].planned, en.items[i].planned);
            EXPECT_EQ(fr.items[i].warnAt, en.items[i].warnAt);
            EXPECT_EQ(fr.items[i].notes.empty(), en.items[i].notes.empty());
            if (!en.items[i].notes.empty()) {
                EXPECT_NE(fr.items[i].notes, en.items[i].notes);
            }
            anyFrenchLetter = anyFrenchLetter || hasFrenchLetter(fr.items[i].title);
        }
    }
    EXPECT_TRUE(anyFrenchLetter);
    // French typography: a space before ':' and '?' in the French titles.
    EXPECT_EQ(french[0].items[3].title, "Exploration : questionnement structuré");
    EXPECT_EQ(french[0].title, "Séance de coaching individuel (2 h)");
}

TEST(BuiltInTemplates, ReviewOfActionsWhereTheSessionFollowsAnother)
{
    // These agendas follow an earlier session whose open actions come back for review.
    for (const char *id :
         {"individual-session", "tripartite-closing", "mentoring-rehearsal", "mentoring-debrief"}) {
        const auto t = built_in_templates::find(id, ContentLanguage::French);
        ASSERT_TRUE(t) << id;
        EXPECT_EQ(std::count_if(
                      t->items.begin(), t->items.end(),
                      [](const TemplateItem &i) { return i.kind == ItemKind::ReviewOfActions; }),
                  1)
            << id;
    }
    // A kick-off starts the engagement: nothing to review yet.
    EXPECT_FALSE(hasKind(*built_in_templates::find("tripartite-kickoff", ContentLanguage::English),
                         ItemKind::ReviewOfActions));
    EXPECT_TRUE(
        hasKind(*built_in_templates::find("constellation-session", ContentLanguage::English),
                ItemKind::Constellation));
    EXPECT_FALSE(built_in_templates::find("nope", ContentLanguage::English));
}

TEST(BuiltInTemplates, LanguageFollowsTheObsLocale)
{
    EXPECT_EQ(contentLanguageFor("fr-FR"), ContentLanguage::French);
    EXPECT_EQ(contentLanguageFor("fr-CA"), ContentLanguage::French);
    EXPECT_EQ(contentLanguageFor("fr"), ContentLanguage::French);
    EXPECT_EQ(contentLanguageFor("en-US"), ContentLanguage::English);
    EXPECT_EQ(contentLanguageFor("de-DE"), ContentLanguage::English);
    EXPECT_EQ(contentLanguageFor("fy-NL"), ContentLanguage::English);
    EXPECT_EQ(contentLanguageFor("fro"), ContentLanguage::English);
    EXPECT_EQ(contentLanguageFor(""), ContentLanguage::English);
}

TEST(AgendaTemplate, MakesAFreshValidOutlineWithUniqueIds)
{
    for (const AgendaTemplate &t : built_in_templates::all(ContentLanguage::French)) {
        SCOPED_TRACE(t.id);
        const Outline o = agenda_template::makeOutline(t);
        ASSERT_EQ(o.agenda.size(), t.items.size());
        std::set<std::string> ids;
        for (std::size_t i = 0; i < o.agenda.size(); ++i) {
            const AgendaItem &item = o.agenda[i];
            ids.insert(item.id);
            EXPECT_EQ(item.title, t.items[i].title);
            EXPECT_EQ(item.kind, t.items[i].kind);
            EXPECT_EQ(item.planned, t.items[i].planned);
            EXPECT_EQ(item.notes, t.items[i].notes);
            EXPECT_EQ(item.status, ItemStatus::Pending);
            EXPECT_EQ(item.actual, 0ms);
        }
        EXPECT_EQ(ids.size(), o.agenda.size());
        EXPECT_TRUE(outline_rules::checkOutline(o).empty());
        EXPECT_TRUE(o.notes.empty() && o.actions.empty() && o.snapshots.empty());
        // And it saves and loads as any outline.
        Result<Outline> back = outline_json::parse(outline_json::serialize(o));
        ASSERT_TRUE(back) << back.error().message();
        EXPECT_EQ(*back, o);
    }
}

TEST(AgendaTemplate, FromOutlineKeepsTheAgendaOnly)
{
    Outline o = agenda_template::makeOutline(
        *built_in_templates::find("constellation-session", ContentLanguage::English));
    o.session.clientPseudonym = "Eric";
    o.session.sponsor = "Direction";
    o.agenda[1].adjustment = 5min;
    o.agenda[1].actual = 7min;
    o.agenda[1].status = ItemStatus::Done;
    o.agenda[1].warnAt = 4min;
    o.agenda[1].notes = "Ask about the CEO";
    o.agenda[1].unknown["extra"] = 1;
    o.notes.push_back({});
    o.actions.push_back({});
    o.board.figures.push_back(defaultFigure(FigureKind::Self));

    const AgendaTemplate t = agenda_template::fromOutline(o, "Mine");
    EXPECT_EQ(t.title, "Mine");
    EXPECT_TRUE(t.id.empty());
    ASSERT_EQ(t.items.size(), o.agenda.size());
    EXPECT_EQ(t.items[1].title, o.agenda[1].title);
    EXPECT_EQ(t.items[1].kind, ItemKind::Exploration);
    EXPECT_EQ(t.items[1].planned, 10min); // as planned, not as adjusted
    EXPECT_EQ(t.items[1].warnAt, 4min);
    EXPECT_EQ(t.items[1].notes, "Ask about the CEO");

    const Outline again = agenda_template::makeOutline(t);
    EXPECT_EQ(again.session, SessionMetadata{});
    EXPECT_EQ(again.agenda[1].status, ItemStatus::Pending);
    EXPECT_EQ(again.agenda[1].actual, 0ms);
    EXPECT_EQ(again.agenda[1].adjustment, 0ms);
    EXPECT_TRUE(again.agenda[1].unknown.empty());
    EXPECT_TRUE(again.notes.empty() && again.actions.empty() && again.board.figures.empty());
}

TEST(AgendaTemplate, CheckNamesThePointerInTheTemplate)
{
    AgendaTemplate t = *built_in_templates::find("mentoring-debrief", ContentLanguage::English);
    t.items[2].dangerAt = 9min;
    t.items[2].warnAt = 2min;
    t.title.clear();
    const std::vector<Problem> problems = agenda_template::check(t);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].pointer, "/title");
    EXPECT_EQ(problems[1].pointer, "/items/2/dangerMinutes");
}
