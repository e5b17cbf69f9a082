#pragma once

#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace coachdeck {

/// Puts a widget into OBS's main window as a dock, and takes it away again.
///
/// Hides the frontend API difference: OBS 29 wants a QDockWidget (obs_frontend_add_dock), OBS 30
/// and later take the bare widget by id (obs_frontend_add_dock_by_id). CMake compiles the one
/// matching the libobs it builds against: DockRegistration_obs29.cpp or DockRegistration_obs30.cpp.
///
/// UI thread only. Add before OBS restores its window layout (module load or post-load), so
/// the dock comes back where the user left it; remove at OBS_FRONTEND_EVENT_EXIT, after OBS has
/// saved the layout and while the main window still exists.
class DockRegistration {
public:
    /// Object name of the dock in OBS's saved layout; never change it once released.
    static constexpr const char *kDockId = "coachdeck_dock";

    DockRegistration() = default;
    ~DockRegistration();

    DockRegistration(const DockRegistration &) = delete;
    DockRegistration &operator=(const DockRegistration &) = delete;

    /// Hands `widget` (no parent) over to OBS; OBS's main window owns it from then on, even when
    /// this returns false (then the widget has been deleted).
    bool add(QWidget *widget, const QString &title);

    /// Removes and deletes the dock if it still exists. Safe to call more than once.
    void remove();

    bool isAdded() const { return !widget_.isNull(); }

private:
    QPointer<QWidget> widget_;
    QPointer<QWidget> frame_;      ///< the QDockWidget we made around widget_ (OBS 29 only)
    QPointer<QAction> menuAction_; ///< the "Docks" menu entry OBS 29 returns
};

} // namespace coachdeck
