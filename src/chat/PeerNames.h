// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <QString>

namespace securechat::chat {

// Display names are chosen by the peer and prove nothing; these helpers let both front ends show
// who is really behind a name.

// The first two groups of the grouped fingerprint ("9842 64CD"): enough to tell two keys apart
// at a glance next to a name, not enough to verify one (that takes the whole fingerprint or the
// safety number).
QString shortFingerprint(const crypto::Fingerprint &fingerprint);

// A confusable "skeleton" of a name in the spirit of Unicode Technical Standard #39 (Unicode
// Security Mechanisms, section 4 "Confusable Detection"): compatibility decomposition (NFKD),
// case folding, default-ignorable and format characters removed, white space collapsed, and a
// compact table of common Cyrillic and Greek look-alikes of Latin letters (plus 0/1 and "rn"/"vv")
// mapped to Latin. Two names with the same skeleton look the same, or nearly, on screen. It is
// not the full confusables.txt mapping: it covers the common homoglyph attacks on Latin names.
QString nameSkeleton(const QString &name);

bool namesConfusable(const QString &a, const QString &b);

} // namespace securechat::chat
