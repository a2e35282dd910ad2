// SPDX-License-Identifier: MIT
// Helper process for KeyGeneratorTest: abandons a running 4096-bit generation and returns from
// main at once, so the QCoreApplication goes away while the worker thread is still busy.
#include "crypto/KeyGenerator.h"

#include <cstdio>

#include <QCoreApplication>
#include <QtCrypto>

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    {
        securechat::crypto::KeyGenerator generator;
        if (!generator.start(QStringLiteral("Quitter"), 4096))
            return 2;
    }
    std::printf("abandoned %d\n", securechat::crypto::KeyGenerator::abandonedCount());
    return 0;
}
