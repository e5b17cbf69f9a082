// The built-in agendas, each text in English and French. Thresholds follow the item's length:
// a short item warns 2 minutes before its end, a long one 5.
#include "core/BuiltInTemplates.hpp"

#include <chrono>

namespace coachdeck::built_in_templates {
namespace {

/// A text in both content languages.
struct Bilingual {
    std::string_view en;
    std::string_view fr;

    std::string in(ContentLanguage language) const
    {
        return std::string(language == ContentLanguage::French ? fr : en);
    }
};

struct ItemSpec {
    ItemKind kind;
    int minutes;
    Bilingual title;
    Bilingual notes;
};

struct TemplateSpec {
    std::string_view id;
    Bilingual title;
    std::vector<ItemSpec> items;
};

using K = ItemKind;

/// Built on first use: a function-local static, so no order of static initialization matters.
const std::vector<TemplateSpec> &templates()
{
    // clang-format off
    static const std::vector<TemplateSpec> kTemplates{
        {"individual-session",
         {"Individual coaching session (2 h)", "Séance de coaching individuel (2 h)"},
         {
             {K::CheckIn, 10, {"Check-in", "Accueil et météo du jour"},
              {"How are you arriving today?", "Comment arrivez-vous aujourd'hui ?"}},
             {K::ReviewOfActions, 15, {"Review of actions since last session",
                                       "Retour sur les actions depuis la dernière séance"},
              {"What was done, what was not, what was learnt.",
               "Ce qui a été fait, ce qui ne l'a pas été, ce qui a été appris."}},
             {K::General, 10, {"Objective of the session", "Objectif de la séance"},
              {"What would make this session useful to you?",
               "Qu'est-ce qui rendrait cette séance utile pour vous ?"}},
             {K::Exploration, 30, {"Exploration: structured questioning",
                                   "Exploration : questionnement structuré"}, {}},
             {K::Constellation, 30, {"Working phase: constellation", "Travail : constellation"},
              {"Initial image, movements, resolution image.",
               "Image initiale, mouvements, image de résolution."}},
             {K::ActionPlan, 15, {"Action plan", "Plan d'action"},
              {"What, who, by when.", "Quoi, qui, pour quand."}},
             {K::Closing, 10, {"Closing and feedback", "Clôture et retour sur la séance"}, {}},
         }},
        {"constellation-session",
         {"Constellation session (1 h)", "Séance de constellation systémique (1 h)"},
         {
             {K::CheckIn, 5, {"Check-in", "Accueil"}, {}},
             {K::Exploration, 10, {"Clarifying the question", "Clarification de la question"},
              {"Which situation, which roles, what is at stake?",
               "Quelle situation, quels rôles, quels enjeux ?"}},
             {K::Constellation, 15, {"Setting up the initial image",
                                     "Mise en place de l'image initiale"},
              {"The client places the figures: distance and facing matter.",
               "Le client place les figurines : distances et regards comptent."}},
             {K::Constellation, 15, {"Movements and perspectives",
                                     "Mouvements et changements de place"},
              {"Feel the place of another figure.", "Ressentir la place d'une autre figurine."}},
             {K::Constellation, 5, {"Resolution image", "Image de résolution"}, {}},
             {K::ActionPlan, 5, {"Insights and next steps", "Prises de conscience et suites"}, {}},
             {K::Closing, 5, {"Closing", "Clôture"}, {}},
         }},
        {"tripartite-kickoff",
         {"Tripartite kick-off meeting (1 h)", "Réunion tripartite de lancement (1 h)"},
         {
             {K::CheckIn, 10, {"Welcome and introductions", "Accueil et présentations"}, {}},
             {K::Exploration, 15, {"Context and the sponsor's expectations",
                                   "Contexte et attentes du commanditaire"}, {}},
             {K::Exploration, 10, {"The coachee's expectations", "Attentes du salarié accompagné"},
              {}},
             {K::General, 15, {"Shared objectives and signs of success",
                               "Objectifs partagés et indicateurs de réussite"}, {}},
             {K::General, 5, {"Framework: confidentiality, agreement, reporting",
                              "Cadre : confidentialité, convention tripartite, reporting"},
              {"The sponsor receives only progress the coachee has validated in writing.",
               "Le commanditaire ne reçoit que les éléments de progression validés par écrit "
               "par le salarié."}},
             {K::Closing, 5, {"Schedule and next steps", "Calendrier et prochaines étapes"}, {}},
         }},
        {"tripartite-closing",
         {"Tripartite closing review (1 h)", "Bilan tripartite de clôture (1 h)"},
         {
             {K::CheckIn, 5, {"Welcome", "Accueil"}, {}},
             {K::Exploration, 15, {"The path travelled, in the coachee's words",
                                   "Le chemin parcouru, présenté par le salarié"}, {}},
             {K::ReviewOfActions, 10, {"Review of actions and objectives",
                                       "Revue des actions et des objectifs"}, {}},
             {K::General, 10, {"The sponsor's feedback", "Retour du commanditaire"}, {}},
             {K::General, 10, {"Learnings and skills developed",
                               "Apprentissages et compétences développées"}, {}},
             {K::ActionPlan, 5, {"After the coaching: going on alone",
                                 "L'après-accompagnement en autonomie"}, {}},
             {K::Closing, 5, {"Closing", "Clôture"}, {}},
         }},
        {"mentoring-preparation",
         {"Mentoring: preparation (1 h)", "Mentorat : préparation (1 h)"},
         {
             {K::CheckIn, 5, {"Check-in", "Accueil"}, {}},
             {K::Exploration, 15, {"Situation and stakes", "Situation et enjeux"},
              {"Who is the audience, when, what must they decide?",
               "Quel public, quand, que doit-il décider ?"}},
             {K::General, 10, {"Objectives of the presentation", "Objectifs de la présentation"}, {}},
             {K::General, 15, {"Key messages", "Messages clés"},
              {"Clarity, concision, impact.", "Clarté, concision, impact."}},
             {K::General, 10, {"Structure of the slides", "Structure du support"}, {}},
             {K::ActionPlan, 5, {"Next steps", "Prochaines étapes"}, {}},
         }},
        {"mentoring-rehearsal",
         {"Mentoring: rehearsal (1 h)", "Mentorat : répétition (1 h)"},
         {
             {K::CheckIn, 5, {"Check-in", "Accueil"}, {}},
             {K::ReviewOfActions, 5, {"Review of actions since the preparation",
                                      "Retour sur les actions depuis la préparation"}, {}},
             {K::General, 15, {"First run-through", "Première répétition"}, {}},
             {K::General, 10, {"Feedback", "Retours à chaud"}, {}},
             {K::General, 15, {"Second run-through", "Deuxième répétition"}, {}},
             {K::ActionPlan, 5, {"Final adjustments", "Derniers ajustements"}, {}},
             {K::Closing, 5, {"Closing", "Clôture"}, {}},
         }},
        {"mentoring-debrief",
         {"Mentoring: debrief (30 min)", "Mentorat : débriefing (30 min)"},
         {
             {K::CheckIn, 5, {"Check-in", "Accueil"}, {}},
             {K::ReviewOfActions, 10, {"How the presentation went",
                                       "Déroulement de la présentation"}, {}},
             {K::General, 10, {"What worked, what to improve",
                               "Ce qui a fonctionné, ce qui est à améliorer"}, {}},
             {K::Closing, 5, {"Next steps and closing", "Suites et clôture"}, {}},
         }},
    };
    // clang-format on
    return kTemplates;
}

TemplateItem makeItem(const ItemSpec &spec, ContentLanguage language)
{
    using std::chrono::minutes;
    TemplateItem item;
    item.title = spec.title.in(language);
    item.kind = spec.kind;
    item.planned = minutes(spec.minutes);
    item.warnAt = minutes(spec.minutes >= 30 ? 5 : spec.minutes >= 15 ? 3 : 2);
    item.dangerAt = minutes(1);
    item.notes = spec.notes.in(language);
    return item;
}

AgendaTemplate make(const TemplateSpec &spec, ContentLanguage language)
{
    AgendaTemplate t;
    t.id = std::string(spec.id);
    t.title = spec.title.in(language);
    for (const ItemSpec &item : spec.items)
        t.items.push_back(makeItem(item, language));
    return t;
}

} // namespace

std::vector<std::string_view> ids()
{
    std::vector<std::string_view> out;
    for (const TemplateSpec &spec : templates())
        out.push_back(spec.id);
    return out;
}

std::vector<AgendaTemplate> all(ContentLanguage language)
{
    std::vector<AgendaTemplate> out;
    for (const TemplateSpec &spec : templates())
        out.push_back(make(spec, language));
    return out;
}

std::optional<AgendaTemplate> find(std::string_view id, ContentLanguage language)
{
    for (const TemplateSpec &spec : templates())
        if (spec.id == id)
            return make(spec, language);
    return std::nullopt;
}

} // namespace coachdeck::built_in_templates
