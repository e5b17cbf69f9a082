// Graphics APIs we do not update in parts (Direct3D on Windows): the overlay uploads whole
// pictures there.

#include "obs/TextureRegions.hpp"

namespace coachdeck::texture_regions {

bool upload(gs_texture_t *, const QImage &, const std::vector<QRect> &)
{
    return false;
}

} // namespace coachdeck::texture_regions
