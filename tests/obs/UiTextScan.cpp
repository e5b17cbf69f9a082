#include "UiTextScan.hpp"

#include <QString>
#include <QXmlStreamReader>

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

namespace coachdeck::ui_text_scan {
namespace {

bool isIdentifierChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isLiteralPrefix(std::string_view word)
{
    static constexpr std::array<std::string_view, 10> kPrefixes{"u8",  "u",  "U",  "L",  "R",
                                                                "u8R", "uR", "UR", "LR", ""};
    return std::find(kPrefixes.begin(), kPrefixes.end(), word) != kPrefixes.end();
}

/// Forward lexer keeping, for each open parenthesis, the name of the call it opens and the
/// argument reached, and a barrier for each open brace.
class Lexer {
public:
    explicit Lexer(std::string_view code) : code_(code) {}

    std::vector<Literal> run()
    {
        while (at_ < code_.size()) {
            const char c = code_[at_];
            if (c == '\n') {
                ++line_;
                ++at_;
                lineStart_ = true;
            } else if (lineStart_ && c == '#') {
                skipPreprocessorLine();
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++at_;
            } else if (code_.substr(at_, 2) == "//") {
                skipTo("\n");
            } else if (code_.substr(at_, 2) == "/*") {
                skipTo("*/", true);
            } else if (std::isdigit(static_cast<unsigned char>(c))) {
                skipNumber();
            } else if (isIdentifierChar(c)) {
                identifier();
            } else if (c == '"') {
                quoted("");
            } else if (c == '\'') {
                charLiteral();
            } else {
                punctuation(c);
            }
        }
        return std::move(literals_);
    }

private:
    struct Frame {
        std::string name; ///< empty for a brace or a parenthesis that is no call
        bool brace = false;
        int argument = 0;
    };

    void skipPreprocessorLine()
    {
        while (at_ < code_.size() && code_[at_] != '\n') {
            if (code_[at_] == '\\' && at_ + 1 < code_.size() && code_[at_ + 1] == '\n') {
                ++line_;
                ++at_;
            }
            ++at_;
        }
    }

    void skipTo(std::string_view end, bool consume = false)
    {
        const auto found = code_.find(end, at_ + 2);
        const auto stop = found == std::string_view::npos ? code_.size() : found;
        line_ += static_cast<int>(std::count(code_.begin() + static_cast<long>(at_),
                                             code_.begin() + static_cast<long>(stop), '\n'));
        at_ = consume && found != std::string_view::npos ? stop + end.size() : stop;
    }

    void skipNumber()
    {
        // A pp-number, digit separators (1'000) included.
        while (at_ < code_.size() &&
               (isIdentifierChar(code_[at_]) || code_[at_] == '.' || code_[at_] == '\'' ||
                ((code_[at_] == '+' || code_[at_] == '-') &&
                 (code_[at_ - 1] == 'e' || code_[at_ - 1] == 'E'))))
            ++at_;
        lineStart_ = false;
        lastWord_.clear();
    }

    void identifier()
    {
        const auto start = at_;
        while (at_ < code_.size() && isIdentifierChar(code_[at_]))
            ++at_;
        const std::string_view word = code_.substr(start, at_ - start);
        lineStart_ = false;
        if (at_ < code_.size() && code_[at_] == '"' && isLiteralPrefix(word)) {
            quoted(word);
            return;
        }
        if (at_ < code_.size() && code_[at_] == '\'' && isLiteralPrefix(word)) {
            charLiteral();
            return;
        }
        previous_ = std::string(word);
        // Qualified names keep their scope: "QMessageBox::warning", "log::info".
        if (qualifying_ && !lastWord_.empty())
            lastWord_ += "::" + std::string(word);
        else
            lastWord_ = std::string(word);
        qualifying_ = false;
    }

    void quoted(std::string_view prefix)
    {
        const int startLine = line_;
        std::string text;
        if (!prefix.empty() && prefix.back() == 'R') {
            const auto open = code_.find('(', at_);
            const std::string delimiter =
                ")" + std::string(code_.substr(at_ + 1, open - at_ - 1)) + "\"";
            const auto close = code_.find(delimiter, open);
            const auto stop = close == std::string_view::npos ? code_.size() : close;
            text = std::string(code_.substr(open + 1, stop - open - 1));
            line_ += static_cast<int>(std::count(text.begin(), text.end(), '\n'));
            at_ = std::min(code_.size(), stop + delimiter.size());
        } else {
            ++at_;
            while (at_ < code_.size() && code_[at_] != '"' && code_[at_] != '\n') {
                if (code_[at_] == '\\' && at_ + 1 < code_.size())
                    text += code_[at_++];
                text += code_[at_++];
            }
            ++at_;
        }
        Literal literal{std::move(text), std::string(prefix), startLine, {}};
        for (auto frame = frames_.rbegin(); frame != frames_.rend() && !frame->brace; ++frame)
            if (!frame->name.empty())
                literal.calls.push_back({frame->name, frame->argument});
        literals_.push_back(std::move(literal));
        previous_ = "\"";
        lastWord_.clear();
        lineStart_ = false;
    }

    void charLiteral()
    {
        ++at_;
        while (at_ < code_.size() && code_[at_] != '\'' && code_[at_] != '\n') {
            if (code_[at_] == '\\')
                ++at_;
            ++at_;
        }
        ++at_;
        lastWord_.clear();
        lineStart_ = false;
    }

    void punctuation(char c)
    {
        lineStart_ = false;
        if (code_.substr(at_, 2) == "::") {
            qualifying_ = true;
            at_ += 2;
            return;
        }
        if (code_.substr(at_, 2) == "->") {
            lastWord_.clear(); // `ui->label->setText(`: the call is setText
            at_ += 2;
            return;
        }
        switch (c) {
        case '(':
            frames_.push_back({lastWord_, false, 0});
            break;
        case '{':
            // A block or a lambda's body stops the chain of calls; a braced list
            // (`setHeaderLabels({...})`, `QStringList{...}`) is part of its call.
            frames_.push_back({"", opensBlock(), 0});
            break;
        case ')':
        case '}':
            if (!frames_.empty())
                frames_.pop_back();
            break;
        case ',':
            if (!frames_.empty())
                ++frames_.back().argument;
            break;
        default:
            break;
        }
        lastWord_.clear();
        qualifying_ = false;
        previous_ = std::string(1, c);
        ++at_;
    }

    bool opensBlock() const
    {
        static const std::array<std::string_view, 11> kBefore{
            ")", "]", ";", "{", "}", ":", "else", "do", "try", "mutable", "noexcept"};
        return previous_.empty() || previous_ == "override" || previous_ == "const" ||
               std::find(kBefore.begin(), kBefore.end(), previous_) != kBefore.end() ||
               (previous_ != ">" && previous_.size() > 1 &&
                frames_.empty()); // a class, a namespace
    }

    std::string_view code_;
    std::size_t at_ = 0;
    int line_ = 1;
    bool lineStart_ = true;
    bool qualifying_ = false;
    std::string lastWord_;
    std::string previous_; ///< the last token: a word, a punctuation character, `"` for a literal
    std::vector<Frame> frames_;
    std::vector<Literal> literals_;
};

const std::regex &keyPattern()
{
    static const std::regex pattern(R"(CoachDeck\.[A-Za-z0-9_.]+)");
    return pattern;
}

/// The literal as read, folded to ASCII: escapes (\n, \u00b7, \") become a space, so they make
/// no words, and each other character (é, ’, …) becomes `a`, a letter.
std::string readable(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            if ((byte & 0xC0) != 0x80) // the first byte of a UTF-8 sequence
                out += 'a';
            continue;
        }
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char kind = text[++i];
        if (kind == 'u' || kind == 'x' || kind == 'U')
            while (i + 1 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])))
                ++i;
        out += ' ';
    }
    return out;
}

bool hasWord(std::string_view text)
{
    static const std::regex word(R"([A-Za-z]{2,})");
    const std::string shown = readable(text);
    return std::regex_search(shown, word);
}

bool hasLetter(std::string_view text)
{
    const std::string shown = readable(text);
    return std::any_of(shown.begin(), shown.end(),
                       [](unsigned char c) { return std::isalpha(c) != 0; });
}

/// "Save the session", "Remove", "Session %1 of %2": letters first, words and spaces, none of
/// the characters that mark code, paths, formats or style sheets.
bool readsAsProse(std::string_view text)
{
    const std::string shown = readable(text);
    if (shown.empty() || shown.find_first_of(";{}<>=/\\_#|@$`*[]") != std::string::npos)
        return false;
    static const std::regex capitalised(R"(^[A-Z][a-z]+[.!?:]?$)");
    static const std::regex sentence(R"(^[A-Za-z][A-Za-z']*[,:]? +[A-Za-z%].*$)");
    return std::regex_search(shown, capitalised) || std::regex_search(shown, sentence);
}

std::string lastPart(const std::string &name)
{
    const auto colon = name.rfind("::");
    return colon == std::string::npos ? name : name.substr(colon + 2);
}

bool startsWith(std::string_view text, std::string_view start)
{
    return text.substr(0, start.size()) == start;
}

/// The argument positions of a call that the user sees, or nothing for a call that is no
/// display call; -1 stands for every argument.
int displayArgument(const std::string &name)
{
    static const std::array<std::string_view, 21> kSetters{
        "setText",      "setWindowTitle", "setToolTip",   "setPlaceholderText", "setStatusTip",
        "setWhatsThis", "setTitle",       "setLabelText", "setHeaderLabels",    "setHeaderLabel",
        "setTabText",   "setTabToolTip",  "addItem",      "addItems",           "insertItem",
        "addAction",    "addMenu",        "addTab",       "insertTab",          "showMessage",
        "setButtonText"};
    const std::string last = lastPart(name);
    if (std::find(kSetters.begin(), kSetters.end(), last) != kSetters.end())
        return -1;
    if (last == "tr" || last == "qsTr" || last == "QT_TR_NOOP" || last == "QT_TRANSLATE_NOOP")
        return -1;
    if (startsWith(name, "QMessageBox") || startsWith(name, "QInputDialog") ||
        startsWith(name, "QFileDialog") || startsWith(name, "QProgressDialog"))
        return -1;
    if (startsWith(last, "obs_properties_add_"))
        return 2; // (props, name, description, ...): the name is an id
    if (last == "obs_property_list_add_string" || last == "obs_property_list_add_int" ||
        last == "obs_property_list_add_float" || last == "obs_property_set_description" ||
        last == "obs_property_set_long_description" || last == "obs_hotkey_register_frontend" ||
        last == "obs_frontend_add_dock_by_id")
        return 1;
    if (last == "obs_frontend_add_tools_menu_item" || last == "obs_frontend_add_tools_menu_qaction")
        return 0;
    return -2;
}

/// Calls whose literals are not shown as written: logs, ids, styles, lookups of locale keys.
bool isQuietCall(const std::string &name)
{
    static const std::array<std::string_view, 20> kQuiet{
        "setObjectName", "objectName",   "setProperty", "property",      "setStyleSheet",
        "findChild",     "findChildren", "qDebug",      "qInfo",         "qWarning",
        "qCritical",     "qFatal",       "Q_ASSERT_X",  "blog",          "obs_module_text",
        "text",          "text_",        "moduleText",  "static_assert", "setAccessibleName"};
    const std::string last = lastPart(name);
    return startsWith(name, "log::") || startsWith(last, "obs_data_") ||
           startsWith(last, "calldata_") ||
           std::find(kQuiet.begin(), kQuiet.end(), last) != kQuiet.end();
}

/// A literal made a Qt string where it is written: QStringLiteral("…"), u"…", QString::fromUtf8.
bool isQtString(const Literal &literal)
{
    static const std::array<std::string_view, 8> kWrappers{
        "QStringLiteral",    "QLatin1String",       "QLatin1StringView", "QString",
        "QString::fromUtf8", "QString::fromLatin1", "QStringView",       "QString::fromStdString"};
    return literal.prefix == "u" || literal.prefix == "uR" ||
           (!literal.calls.empty() && std::find(kWrappers.begin(), kWrappers.end(),
                                                literal.calls.front().name) != kWrappers.end());
}

std::vector<std::string> splitLines(std::string_view code)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= code.size()) {
        const auto end = code.find('\n', start);
        const auto stop = end == std::string_view::npos ? code.size() : end;
        lines.emplace_back(code.substr(start, stop - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return lines;
}

bool markedNotr(const std::vector<std::string> &lines, int line)
{
    const auto marked = [&](int n) {
        if (n < 1 || n > static_cast<int>(lines.size()))
            return false;
        const std::string &text = lines[static_cast<std::size_t>(n - 1)];
        const auto comment = text.find("//");
        return comment != std::string::npos && text.find("notr", comment) != std::string::npos;
    };
    return marked(line) || marked(line - 1);
}

std::string setterOf(const QString &property)
{
    if (property == QLatin1String("text"))
        return "setText";
    if (property == QLatin1String("toolTip"))
        return "setToolTip";
    if (property == QLatin1String("placeholderText"))
        return "setPlaceholderText";
    if (property == QLatin1String("windowTitle"))
        return "setWindowTitle";
    if (property == QLatin1String("title"))
        return "setTitle";
    if (property == QLatin1String("statusTip"))
        return "setStatusTip";
    if (property == QLatin1String("whatsThis"))
        return "setWhatsThis";
    if (property == QLatin1String("prefix"))
        return "setPrefix";
    if (property == QLatin1String("suffix"))
        return "setSuffix";
    if (property == QLatin1String("specialValueText"))
        return "setSpecialValueText";
    return {};
}

} // namespace

bool isLocaleKey(std::string_view text)
{
    return std::regex_match(text.begin(), text.end(), keyPattern());
}

std::vector<Literal> literalsOf(std::string_view code)
{
    return Lexer(code).run();
}

std::vector<KeyUse> keysInCode(std::string_view code)
{
    std::vector<KeyUse> keys;
    for (const Literal &literal : literalsOf(code))
        if (isLocaleKey(literal.text))
            keys.push_back({literal.text, literal.line, literal.text.back() == '.'});
    return keys;
}

std::vector<KeyUse> keysInForm(std::string_view form)
{
    std::vector<KeyUse> keys;
    QXmlStreamReader xml(QByteArray(form.data(), static_cast<int>(form.size())));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("string"))
            continue;
        const int line = static_cast<int>(xml.lineNumber());
        const std::string text = xml.readElementText().toStdString();
        if (isLocaleKey(text))
            keys.push_back({text, line, text.back() == '.'});
    }
    return keys;
}

std::vector<Finding> hardCodedTexts(std::string_view code, Layer layer)
{
    std::vector<Finding> findings;
    const std::vector<std::string> lines = splitLines(code);
    for (const Literal &literal : literalsOf(code)) {
        if (!hasWord(literal.text) || isLocaleKey(literal.text) || markedNotr(lines, literal.line))
            continue;
        std::string reason;
        bool quiet = false;
        for (const Literal::Call &call : literal.calls) {
            if (isQuietCall(call.name)) {
                quiet = true;
                break;
            }
            const int shown = displayArgument(call.name);
            if (shown == -1 || shown == call.argument) {
                reason = "shown by " + call.name + "()";
                break;
            }
        }
        if (reason.empty() && !quiet && readsAsProse(literal.text) &&
            (layer == Layer::Widgets || isQtString(literal)))
            reason = "reads as user-visible text";
        if (!reason.empty())
            findings.push_back({literal.line, literal.text, reason});
    }
    return findings;
}

std::vector<Finding> formTexts(std::string_view form, std::string_view code)
{
    std::vector<Finding> findings;
    QXmlStreamReader xml(QByteArray(form.data(), static_cast<int>(form.size())));
    std::vector<QString> widgets;  // the enclosing <widget> names
    std::vector<QString> elements; // every open element
    std::vector<QString> properties;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("widget") && !widgets.empty())
                widgets.pop_back();
            if (xml.name() == QLatin1String("property") && !properties.empty())
                properties.pop_back();
            if (!elements.empty())
                elements.pop_back();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString element = xml.name().toString();
        if (element == QLatin1String("widget"))
            widgets.push_back(xml.attributes().value(QLatin1String("name")).toString());
        if (element == QLatin1String("property"))
            properties.push_back(xml.attributes().value(QLatin1String("name")).toString());
        if (element != QLatin1String("string")) {
            elements.push_back(element);
            continue;
        }
        const int line = static_cast<int>(xml.lineNumber());
        const bool notr = xml.attributes().value(QLatin1String("notr")) == QLatin1String("true");
        const std::string text = xml.readElementText().toStdString(); // consumes </string>
        if (text.empty())
            continue;
        if (!notr) {
            findings.push_back(
                {line, text,
                 "translatable by Qt: mark it notr=\"true\" and set it from the locale"});
            continue;
        }
        if (!hasLetter(text) || widgets.empty() || properties.empty())
            continue; // "00:00", "+1": the same in every language
        const std::string widget = widgets.back().toStdString();
        // elements ends with the <property> holding this string; what holds the property:
        const QString holder = elements.size() >= 2 ? elements[elements.size() - 2] : QString();
        const bool inColumn = holder == QLatin1String("column");
        const bool inItem = holder == QLatin1String("item");
        std::vector<std::string> overwrites;
        if (inColumn) {
            overwrites = {widget + "->setHeaderLabels(", widget + "->headerItem()"};
        } else if (inItem) {
            overwrites = {widget + "->clear()", widget + "->setItemText("};
        } else {
            const std::string setter = setterOf(properties.back());
            if (setter.empty())
                continue; // not text the user reads (a format, a style sheet)
            overwrites = {widget + "->" + setter + "("};
        }
        const bool overwritten =
            std::any_of(overwrites.begin(), overwrites.end(), [&](const std::string &call) {
                return code.find(call) != std::string_view::npos;
            });
        if (!overwritten)
            findings.push_back({line, text,
                                "shown as written: " + widget + " never gets its " +
                                    properties.back().toStdString() + " from the locale"});
    }
    return findings;
}

} // namespace coachdeck::ui_text_scan
