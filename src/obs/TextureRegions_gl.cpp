// The OpenGL build (Linux, macOS): OBS's renderer is OpenGL, gs_texture_get_obj gives a
// pointer to the texture's GL name.

#include "obs/TextureRegions.hpp"

#include <GL/gl.h>
#include <GL/glext.h>

namespace coachdeck::texture_regions {
namespace {

/// The GL state the upload changes, saved on construction and put back on destruction.
class SavedUnpackState {
public:
    SavedUnpackState()
    {
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &texture_);
        glGetIntegerv(GL_UNPACK_ROW_LENGTH, &rowLength_);
        glGetIntegerv(GL_UNPACK_ALIGNMENT, &alignment_);
        glGetIntegerv(GL_UNPACK_SKIP_ROWS, &skipRows_);
        glGetIntegerv(GL_UNPACK_SKIP_PIXELS, &skipPixels_);
    }
    ~SavedUnpackState()
    {
        glPixelStorei(GL_UNPACK_SKIP_PIXELS, skipPixels_);
        glPixelStorei(GL_UNPACK_SKIP_ROWS, skipRows_);
        glPixelStorei(GL_UNPACK_ALIGNMENT, alignment_);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, rowLength_);
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(texture_));
    }
    SavedUnpackState(const SavedUnpackState &) = delete;
    SavedUnpackState &operator=(const SavedUnpackState &) = delete;

private:
    GLint texture_ = 0;
    GLint rowLength_ = 0;
    GLint alignment_ = 4;
    GLint skipRows_ = 0;
    GLint skipPixels_ = 0;
};

} // namespace

bool upload(gs_texture_t *texture, const QImage &image, const std::vector<QRect> &regions)
{
    if (gs_get_device_type() != GS_DEVICE_OPENGL || !texture || image.depth() != 32 ||
        gs_texture_get_color_format(texture) != GS_BGRA ||
        gs_texture_get_width(texture) != static_cast<std::uint32_t>(image.width()) ||
        gs_texture_get_height(texture) != static_cast<std::uint32_t>(image.height()))
        return false;
    const auto *name = static_cast<const GLuint *>(gs_texture_get_obj(texture));
    if (!name)
        return false;
    // A pixel buffer bound for unpacking would turn our pointers into offsets: leave it to OBS.
    GLint unpackBuffer = 0;
    glGetIntegerv(GL_PIXEL_UNPACK_BUFFER_BINDING, &unpackBuffer);
    if (unpackBuffer != 0)
        return false;
    while (glGetError() != GL_NO_ERROR) {
    }

    {
        const SavedUnpackState saved;
        glBindTexture(GL_TEXTURE_2D, *name);
        glPixelStorei(GL_UNPACK_ROW_LENGTH, static_cast<GLint>(image.bytesPerLine() / 4));
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glPixelStorei(GL_UNPACK_SKIP_ROWS, 0);
        glPixelStorei(GL_UNPACK_SKIP_PIXELS, 0);
        const QRect whole = image.rect();
        for (const QRect &region : regions) {
            const QRect r = region.intersected(whole);
            if (r.isEmpty())
                continue;
            // QImage's premultiplied ARGB32 is B, G, R, A in memory on little-endian machines.
            glTexSubImage2D(GL_TEXTURE_2D, 0, r.x(), r.y(), r.width(), r.height(), GL_BGRA,
                            GL_UNSIGNED_BYTE, image.constScanLine(r.y()) + r.x() * 4);
        }
    }
    return glGetError() == GL_NO_ERROR;
}

} // namespace coachdeck::texture_regions
