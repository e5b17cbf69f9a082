#pragma once

#include <QString>

#include <string>

namespace coachdeck::qt_text {

// The model keeps UTF-8 std::string; widgets show QString.

inline QString from(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<int>(text.size()));
}

inline std::string to(const QString &text)
{
    return text.toUtf8().toStdString();
}

} // namespace coachdeck::qt_text
