// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QImage>

namespace securechat::gui {

// The QR code of text (libqrencode, 8-bit mode, error correction level M), black modules on
// white with the standard quiet zone of four modules, each module moduleSize pixels square.
// A null image when the text is empty or too long for a QR code.
QImage qrCodeImage(const QByteArray &text, int moduleSize);

} // namespace securechat::gui
