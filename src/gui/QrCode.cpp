// SPDX-License-Identifier: MIT
#include "gui/QrCode.h"

#include <memory>

#include <QPainter>

#include <qrencode.h>

namespace securechat::gui {

namespace {
constexpr int kQuietZoneModules = 4; // ISO/IEC 18004, section 6.3.8
struct QrCodeFree {
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QImage qrCodeImage(const QByteArray &text, int moduleSize)
{
    if (text.isEmpty() || moduleSize < 1)
        return {};
    const std::unique_ptr<QRcode, QrCodeFree> code(QRcode_encodeData(int(text.size()),
        reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return {};
    const int modules = code->width + 2 * kQuietZoneModules;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1: dark); the others are libqrencode's.
            if (code->data[y * code->width + x] & 1)
                painter.fillRect((x + kQuietZoneModules) * moduleSize,
                    (y + kQuietZoneModules) * moduleSize, moduleSize, moduleSize, Qt::black);
        }
    }
    return image;
}

} // namespace securechat::gui
