#pragma once

#include "render/LocalDates.hpp"

#include <QDateEdit>

namespace coachdeck {

/// A date editor that reads and writes dates in the OBS language ("22/11/2026" in French,
/// "11/22/2026" in English), its calendar pop-up included.
inline void localizeDateEdit(QDateEdit *edit, const LocalDates &dates)
{
    edit->setLocale(dates.locale());
    edit->setDisplayFormat(dates.shortDateFormat());
}

} // namespace coachdeck
