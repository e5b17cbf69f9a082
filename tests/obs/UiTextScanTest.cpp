// The scanner behind the locale coverage checks, proved on small samples: each rule finds its
// seeded violation and leaves alone what the user never sees.

#include "UiTextScan.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace coachdeck::ui_text_scan {
namespace {

std::vector<std::string> textsOf(const std::vector<Finding> &findings)
{
    std::vector<std::string> texts;
    for (const Finding &finding : findings)
        texts.push_back(finding.text);
    return texts;
}

TEST(UiTextScanTest, LiteralsKnowTheirLineAndTheCallsAround)
{
    const auto literals =
        literalsOf("// \"in a comment\"\n"
                   "int n = 1'000; char c = '\"';\n"
                   "ui->label->setText(QStringLiteral(\"Hi there\").arg(x, \"y\"));\n"
                   "auto raw = R\"x(a \"raw\" one)x\";\n"
                   "QMessageBox::warning(this, u\"Title\");\n");
    ASSERT_EQ(literals.size(), 4u);
    EXPECT_EQ(literals[0].text, "Hi there");
    EXPECT_EQ(literals[0].line, 3);
    ASSERT_EQ(literals[0].calls.size(), 2u);
    EXPECT_EQ(literals[0].calls[0].name, "QStringLiteral");
    EXPECT_EQ(literals[0].calls[1].name, "setText");
    EXPECT_EQ(literals[1].text, "y");
    EXPECT_EQ(literals[1].calls[0].name, "arg");
    EXPECT_EQ(literals[1].calls[0].argument, 1);
    EXPECT_EQ(literals[2].text, "a \"raw\" one");
    EXPECT_EQ(literals[3].calls[0].name, "QMessageBox::warning");
    EXPECT_EQ(literals[3].calls[0].argument, 1);
}

TEST(UiTextScanTest, FindsTextsGivenToWidgetsAndDialogs)
{
    const auto findings = hardCodedTexts(R"(
void Panel::retranslate()
{
    ui->addButton->setText(text_("CoachDeck.Dock.Notes.Add"));
    ui->removeButton->setText(QStringLiteral("Remove"));
    ui->noteEdit->setPlaceholderText("Type a note");
    combo->addItem(tr("Private"), 1);
    QMessageBox::warning(this, text_("CoachDeck.Dock.Title"), QString::fromUtf8("Échec"));
    obs_properties_add_bool(props, "zones", "Show zones");
    label->setText(text_("CoachDeck.Dock.Timer.EndsAt").arg(QStringLiteral("bientôt")));
    list->setHeaderLabels({text_("CoachDeck.Dock.Actions.What"), QStringLiteral("who")});
    connect(button, &QPushButton::clicked, this, [this] { status->setToolTip("done"); });
}
)");
    EXPECT_EQ(textsOf(findings),
              (std::vector<std::string>{"Remove", "Type a note", "Private", "Échec", "Show zones",
                                        "bientôt", "who", "done"}));
    EXPECT_EQ(findings[0].line, 5);
    EXPECT_EQ(findings[0].reason, "shown by setText()");
}

TEST(UiTextScanTest, FindsProseWhereverItIsWritten)
{
    const auto findings = hardCodedTexts(R"(
const QString kHint = QStringLiteral("Drag a figure onto the board");
Status SessionBar::make() { return Error("no session template named x"); }
)");
    EXPECT_EQ(textsOf(findings), (std::vector<std::string>{"Drag a figure onto the board",
                                                           "no session template named x"}));
}

TEST(UiTextScanTest, TheObsGlueMayPassPlainStringsToLibobs)
{
    const std::string code = R"(
void Overlay::create()
{
    runGuarded("overlay create", [&] { request.error = "the outline could not be loaded"; });
    const QString shown = QStringLiteral("Overlay ready");
    obs_hotkey_register_frontend("coachdeck.start", "Start the timer", onHotkey, nullptr);
}
)";
    EXPECT_EQ(textsOf(hardCodedTexts(code, Layer::ObsGlue)),
              (std::vector<std::string>{"Overlay ready", "Start the timer"}));
    EXPECT_EQ(hardCodedTexts(code, Layer::Widgets).size(), 4u);
}

TEST(UiTextScanTest, LeavesAloneWhatTheUserNeverSees)
{
    const auto findings = hardCodedTexts(R"(
#include "ui_NotesPanel.h"
void Panel::build()
{
    setObjectName(QStringLiteral("coachDeckDock"));
    ui->label->setStyleSheet(QStringLiteral("font-size: 34pt; font-weight: bold;"));
    ui->label->setProperty("phase", QStringLiteral("warning now"));
    log::warning("dock not registered: OBS refused id %s", kId);
    ui->separator->setText(QStringLiteral(" \u00b7 "));
    ui->undoButton->setText(QStringLiteral("\u21b6"));
    ui->plus->setText(QStringLiteral("+1"));
    const QString stamp = local.toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    obs_data_set_default_string(settings, "view", "board");
    const char *key = "CoachDeck.Dock.Title";
    ui->brand->setText(QStringLiteral("CoachDeck")); // notr: the product's name
    // notr: a file name, the same in every language
    ui->file->setText(QStringLiteral("hotkeys.json"));
}
)");
    EXPECT_EQ(textsOf(findings), std::vector<std::string>{});
}

TEST(UiTextScanTest, ReadsLocaleKeysAndKeyPrefixesInCode)
{
    const auto keys = keysInCode(R"(
text_("CoachDeck.Dock.Notes.Add");
text_(("CoachDeck.Dock.Figure.Kind." + name).c_str());
log::info("CoachDeck. starts");
)");
    ASSERT_EQ(keys.size(), 2u);
    EXPECT_EQ(keys[0].key, "CoachDeck.Dock.Notes.Add");
    EXPECT_FALSE(keys[0].prefix);
    EXPECT_EQ(keys[1].line, 3);
    EXPECT_TRUE(keys[1].prefix);
}

constexpr const char *kForm = R"(<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>NotesPanel</class>
 <widget class="QWidget" name="NotesPanel">
  <layout class="QVBoxLayout">
   <item>
    <widget class="QPushButton" name="addButton">
     <property name="text"><string notr="true">add</string></property>
    </widget>
   </item>
   <item>
    <widget class="QPushButton" name="removeButton">
     <property name="text"><string>Remove</string></property>
    </widget>
   </item>
   <item>
    <widget class="QLabel" name="stampLabel">
     <property name="text"><string notr="true">stamp</string></property>
     <property name="toolTip"><string notr="true">the current item</string></property>
    </widget>
   </item>
   <item>
    <widget class="QToolButton" name="smallButton">
     <property name="text"><string notr="true">S</string></property>
    </widget>
   </item>
   <item>
    <widget class="QToolButton" name="plusButton">
     <property name="text"><string notr="true">+1</string></property>
    </widget>
   </item>
   <item>
    <widget class="QTreeWidget" name="actionsList">
     <column><property name="text"><string notr="true">what</string></property></column>
    </widget>
   </item>
   <item>
    <widget class="QLabel" name="keyLabel">
     <property name="text"><string notr="true">CoachDeck.Dock.Notes.Stamp</string></property>
    </widget>
   </item>
  </layout>
 </widget>
</ui>
)";

TEST(UiTextScanTest, FormTextsMustBePlaceholdersTheCodeOverwrites)
{
    const std::string code = "ui->addButton->setText(text_(\"CoachDeck.Dock.Notes.Add\"));\n"
                             "ui->stampLabel->setText(x);\n"
                             "ui->actionsList->setHeaderLabels({a});\n";
    const auto findings = formTexts(kForm, code);
    EXPECT_EQ(textsOf(findings), (std::vector<std::string>{"Remove", "the current item", "S",
                                                           "CoachDeck.Dock.Notes.Stamp"}));
    EXPECT_EQ(findings[0].line, 13);
    EXPECT_NE(findings[0].reason.find("notr"), std::string::npos);

    // Overwritten in code, the same form has nothing left but the untranslatable text.
    const auto fixed = formTexts(kForm, code + "ui->stampLabel->setToolTip(y);\n"
                                               "ui->keyLabel->setText(z);\n"
                                               "ui->smallButton->setText(s);\n");
    EXPECT_EQ(textsOf(fixed), std::vector<std::string>{"Remove"});
}

TEST(UiTextScanTest, ReadsLocaleKeysInForms)
{
    const auto keys = keysInForm(kForm);
    ASSERT_EQ(keys.size(), 1u);
    EXPECT_EQ(keys[0].key, "CoachDeck.Dock.Notes.Stamp");
    EXPECT_EQ(keys[0].line, 39);
}

} // namespace
} // namespace coachdeck::ui_text_scan
