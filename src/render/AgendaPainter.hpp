#pragma once

#include "core/ClientView.hpp"
#include "render/Palette.hpp"
#include "render/RenderOptions.hpp"

#include <QRectF>
#include <QString>

class QPainter;

namespace coachdeck {

/// Draws the agenda card: the items in order, the current one highlighted, the
/// done ones checked and struck through, planned time for each, and time spent
/// (planned vs elapsed) only when the coach shows the timer. Stateless; any thread.
class AgendaPainter {
public:
    AgendaPainter(const RenderOptions &options, const Palette &palette);

    void paint(QPainter &painter, const QRectF &area, const ClientView &view, MonoTime now) const;

    /// The times on an item's row, e.g. "10 min", "04:12 / 10:00", "12 / 10 min".
    QString timesText(const ClientView &view, const ClientAgendaItem &item, MonoTime now) const;
    /// The first row shown when not all fit: keeps the current item in sight.
    static std::size_t firstRow(std::size_t count, std::size_t fitting, int currentIndex);

private:
    void paintMarker(QPainter &painter, const QRectF &box, ItemStatus status) const;

    RenderOptions options_;
    Palette palette_;
    double unit_;
};

} // namespace coachdeck
