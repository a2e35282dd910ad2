// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <QObject>
#include <QString>

namespace securechat::crypto {

// Runs RsaService::createIdentity on whatever thread it lives in (KeyGenerator's worker thread).
class KeyGenWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void generate(const QString &displayName, int bits);

signals:
    void finished(const securechat::crypto::Identity &identity);
    void failed(const QString &reason);
};

} // namespace securechat::crypto
