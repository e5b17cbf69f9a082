#pragma once

#include <QImage>
#include <QRect>

#include <obs.h>

#include <vector>

namespace coachdeck::texture_regions {

/// Copies the `regions` of `image` (premultiplied ARGB32, the texture's size) into `texture`
/// (GS_BGRA), leaving the rest of the texture as it is: a new second costs the few kilobytes
/// that changed instead of the whole picture. libobs has no call for it; the OpenGL build does
/// it with glTexSubImage2D and puts back every piece of GL state it touches.
/// Graphics thread, graphics context entered. Returns false when this graphics API or state
/// does not allow it (then upload the whole image).
bool upload(gs_texture_t *texture, const QImage &image, const std::vector<QRect> &regions);

} // namespace coachdeck::texture_regions
