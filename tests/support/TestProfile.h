// SPDX-License-Identifier: MIT
#pragma once

#include "chat/Profile.h"

namespace securechat::test {

// Starts profile's controller with identity and returns the profile, for constructor
// initialiser lists of windows that need a started profile.
inline chat::Profile *startedProfile(chat::Profile &profile, const crypto::Identity &identity)
{
    profile.start(identity);
    return &profile;
}

} // namespace securechat::test
