// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

namespace securechat {

// Sets application name, organisation and version on the running application so that
// QStandardPaths and QSettings resolve to SecureChat's own folders.
void applyApplicationIdentity();

} // namespace securechat
