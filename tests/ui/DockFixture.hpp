#pragma once

// What every dock test needs: a session controller on a manual clock writing into a temporary
// folder, the commands and session library over it, and the real locale texts (a key missing
// from en-US.ini is recorded, so a test can prove the dock shows no raw keys).

#include "core/LocaleText.hpp"
#include "core/OutlineFile.hpp"
#include "ui/SessionCommands.hpp"
#include "ui/SessionController.hpp"
#include "ui/SessionLibrary.hpp"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <QtGlobal>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace coachdeck::testing {

struct Texts {
    LocaleText locale;
    QStringList missing; ///< keys asked for that the locale does not have

    explicit Texts(const char *language)
        : locale(LocaleText::load(COACHDECK_LOCALE_DIR, language).value())
    {
    }

    TextLookup lookup()
    {
        return [this](const char *key) {
            if (!locale.contains(key) && !missing.contains(QString::fromUtf8(key)))
                missing << QString::fromUtf8(key);
            return QString::fromStdString(locale.text(key));
        };
    }
};

struct DockFixture {
    QTemporaryDir dir;
    ManualClock clock;
    ViewPublisher publisher;
    Texts texts;
    SessionLibrary library;
    std::unique_ptr<SessionController> controller;
    std::unique_ptr<SessionCommands> commands;

    explicit DockFixture(const char *language = "en-US",
                         SaveWorker::Writer writer = outline_file::save)
        : texts(language), library(std::filesystem::path(dir.path().toStdString()))
    {
        library.setLocale(language); // built-in agendas in the language of the texts, as in OBS
        SessionController::Options options;
        options.autosaveFile = library.autosaveFile();
        options.autosaveDelay = std::chrono::milliseconds(10);
        options.retryDelay = std::chrono::milliseconds(50);
        controller =
            std::make_unique<SessionController>(clock, publisher, std::move(writer), options);
        commands = std::make_unique<SessionCommands>(*controller, texts.lookup());
    }

    std::filesystem::path file(const std::string &name) const
    {
        return std::filesystem::path(dir.path().toStdString()) / name;
    }
};

/// The child widget of `parent` named `name`; the test stops when there is none.
template <typename T>
T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

/// Answers the next message box (a confirmation) with its button named `button`, as the coach
/// would click it; `asked` gets its question. Call before what opens the box.
inline void answerNextQuestion(QString &asked, const QString &button)
{
    QTimer::singleShot(0, [&asked, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            qFatal("no message box to answer");
        asked = box->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == button)
                b->click();
    });
}

} // namespace coachdeck::testing
