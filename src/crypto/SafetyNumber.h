// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Fingerprint.h"

#include <QString>

namespace securechat::crypto {

// A number two peers compare out of band: 12 groups of 5 decimal digits computed from both
// fingerprints in sorted order, so both sides see the same digits. Empty if either is null.
// Definition: docs/security.md.
QString safetyNumber(const Fingerprint &a, const Fingerprint &b);

} // namespace securechat::crypto
