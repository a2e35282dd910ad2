// SPDX-License-Identifier: MIT
#pragma once

namespace securechat::gui {

// Registers the icons compiled into this static library. Idempotent; every widget that shows
// an icon calls it, so that the linker keeps the resource data.
void initResources();

} // namespace securechat::gui
