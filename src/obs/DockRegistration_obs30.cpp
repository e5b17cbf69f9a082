// OBS 30 and later: the frontend wraps the widget in its own dock, keyed by id.

#include "obs/DockRegistration.hpp"

#include <obs-frontend-api.h>

#include <QWidget>

namespace coachdeck {

DockRegistration::~DockRegistration()
{
    remove();
}

bool DockRegistration::add(QWidget *widget, const QString &title)
{
    const QByteArray titleUtf8 = title.toUtf8();
    if (!obs_frontend_add_dock_by_id(kDockId, titleUtf8.constData(), widget)) {
        delete widget; // OBS refused it (id taken), so nobody else owns it
        return false;
    }
    widget_ = widget;
    return true;
}

void DockRegistration::remove()
{
    if (widget_.isNull()) {
        return;
    }
    obs_frontend_remove_dock(kDockId); // deletes OBS's dock and our widget inside it
    widget_.clear();
}

} // namespace coachdeck
