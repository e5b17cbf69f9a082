#pragma once

// The scanner behind LocaleCoverageTest: which locale keys the sources and forms use, and which
// user-visible texts are written into the UI code instead of the locale files. Pure functions
// over file contents, so a test can prove on a small sample that a violation is found.
//
// The rules, for the sources of src/ui and src/obs:
// - a string literal with a word in it (two letters or more) may not reach what the user sees:
//   not as an argument of setText, setToolTip, setPlaceholderText, setWindowTitle, setTitle,
//   addItem, addAction, addMenu, addTab, setHeaderLabels, showMessage, QMessageBox,
//   QInputDialog, QFileDialog, obs_properties_add_* (the description), nor through tr();
// - a literal anywhere else that reads as prose ("Save the session", "Remove") is taken for
//   user-visible text too, unless it goes to a log, a property, a style sheet, an object name or
//   a text lookup (a locale key). In the widget layer (src/ui) every such literal counts; in the
//   OBS glue (src/obs) only Qt strings (QStringLiteral, QString::fromUtf8, u"...") do, since
//   its plain C strings go to libobs: log labels and websocket errors (an API, in English);
// - a line that must keep such a literal says why in a comment holding `notr`.
// For forms/*.ui: every <string> is marked notr="true" (Qt's own translation is not used) and one
// with a letter in it ("S" for small is "P" in French) is overwritten in the form's code
// (`ui->name->setText(` for a text, and so on), so what the .ui holds is a placeholder for the
// designer, never shown.

#include <string>
#include <string_view>
#include <vector>

namespace coachdeck::ui_text_scan {

/// A C++ string literal: its characters as written between the quotes (escapes kept), the
/// 1-based line where it starts, and the calls it is an argument of, innermost first, each with
/// the argument's 0-based position; the chain stops at the braces of a lambda or block.
struct Literal {
    std::string text;
    std::string prefix; ///< u8, u, L, R…; empty for a plain literal
    int line = 0;
    struct Call {
        std::string name; ///< as qualified as written: "setText", "QMessageBox::warning"
        int argument = 0;
    };
    std::vector<Call> calls;
};

/// The string literals of C++ source, comments and character literals skipped.
std::vector<Literal> literalsOf(std::string_view code);

/// A locale key used in a source or form, or a key prefix ("CoachDeck.Dock.Figure.Kind.") that
/// code completes at run time.
struct KeyUse {
    std::string key;
    int line = 0;
    bool prefix = false;
};

/// Every literal that is a whole locale key (`CoachDeck.` and letters, digits, `_`, `.`).
std::vector<KeyUse> keysInCode(std::string_view code);
/// Every <string> of a Qt Designer form that is a whole locale key.
std::vector<KeyUse> keysInForm(std::string_view form);

/// Something a user would see that does not come from the locale files.
struct Finding {
    int line = 0;
    std::string text;
    std::string reason;
};

/// Which rules apply to a source file.
enum class Layer {
    Widgets = 1, ///< src/ui: prose in any literal is user-visible text
    ObsGlue,     ///< src/obs: prose only in Qt strings; display calls as everywhere
};

/// Hard-coded user-visible texts in UI code (the sources of src/ui and src/obs).
std::vector<Finding> hardCodedTexts(std::string_view code, Layer layer = Layer::Widgets);

/// Texts of a form that are translatable by Qt or shown as written: `code` is the form's
/// class source (src/ui/<Form>.cpp), where the placeholders must be overwritten.
std::vector<Finding> formTexts(std::string_view form, std::string_view code);

/// Whether `text` is a whole locale key.
bool isLocaleKey(std::string_view text);

} // namespace coachdeck::ui_text_scan
