// SPDX-License-Identifier: MIT
#include "common/AppIdentity.h"

#include "common/AppInfo.h"

#include <QCoreApplication>

namespace securechat {

void applyApplicationIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(appinfo::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(appinfo::kOrganizationDomain));
}

} // namespace securechat
