// OBS 29: the frontend takes a QDockWidget that the plugin builds and parents to the main window.

#include "obs/DockRegistration.hpp"

#include <obs-frontend-api.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace coachdeck {

DockRegistration::~DockRegistration()
{
    remove();
}

bool DockRegistration::add(QWidget *widget, const QString &title)
{
    auto *mainWindow = static_cast<QMainWindow *>(obs_frontend_get_main_window());
    if (!mainWindow) {
        delete widget;
        return false;
    }

    // Parented to the main window and named, so OBS's restoreState() finds it by object name.
    auto *frame = new QDockWidget(title, mainWindow);
    frame->setObjectName(QString::fromUtf8(kDockId));
    frame->setWidget(widget);
    // First run (no saved layout): a hidden floating dock, shown from the Docks menu; the same
    // default OBS 30 gives docks added by id.
    mainWindow->addDockWidget(Qt::RightDockWidgetArea, frame);
    frame->setFloating(true);
    frame->hide();

    frame_ = frame;
    widget_ = widget;
    menuAction_ = static_cast<QAction *>(obs_frontend_add_dock(frame));
    return true;
}

void DockRegistration::remove()
{
    delete menuAction_.data();
    delete frame_.data();  // deletes widget_, its child
    delete widget_.data(); // only if it was never framed
}

} // namespace coachdeck
