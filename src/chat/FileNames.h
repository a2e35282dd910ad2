// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Names of received files: what a peer calls a file is never used as a path as it is.
namespace securechat::chat {

// The longest name (in bytes of UTF-8) sanitizeFileName returns, so that " (9999)" and ".part"
// still fit in the 255 bytes most file systems allow.
inline constexpr int kMaxFileNameBytes = 200;

// A name that is safe to create in a folder on any platform: path separators and characters
// Windows refuses become '_', control and format characters (bidirectional overrides included)
// are removed, runs of dots become one dot, leading dots and white space go, trailing dots and
// spaces go, names Windows reserves (CON, NUL, COM1, LPT1, ...) get a leading '_', and the
// name is cut to kMaxFileNameBytes keeping a short extension. Never empty: "file" when nothing
// is left. A pure function.
QString sanitizeFileName(const QString &peerName);

// name itself when neither dir/name nor dir/name.part exists, else "base (N).ext" for the
// smallest such N up to 9999; empty when all are taken.
QString freeFileName(const QString &dir, const QString &name);

} // namespace securechat::chat
