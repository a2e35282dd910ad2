// SPDX-License-Identifier: MIT
#include "FuzzSupport.h"

#include "storage/IdentityStore.h"

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtCrypto>

namespace securechat::fuzz {

namespace {

// Every file a harness writes goes below this directory, removed at exit.
QTemporaryDir scratch;
// Kept reachable until exit on purpose: QCA must outlive every key the harnesses hold, and
// LeakSanitizer does not count reachable objects.
crypto::Identity *identity = nullptr;
QCA::Initializer *qcaInitializer = nullptr;
QCoreApplication *application = nullptr;

void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &) { }

} // namespace

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz: invariant broken: %s\n", what);
    std::abort();
}

QString profileWith(const QString &fileName, const QByteArray &content)
{
    static quint64 serial = 0;
    static QString previous;
    if (!previous.isEmpty())
        QDir(previous).removeRecursively();
    previous = scratch.filePath(QString::number(++serial));
    check(QDir().mkpath(previous), "the scratch directory can be created");
    QFile file(QDir(previous).filePath(fileName));
    check(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(),
        "the input can be written to the scratch directory");
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return previous;
}

const crypto::Identity &fixedIdentity()
{
    if (!identity) {
        // Loaded from a copy: a load may tighten permissions or renew the certificate in place.
        QFile source(QStringLiteral(SECURECHAT_FUZZ_DATA_DIR "/identity.pem"));
        check(source.open(QIODevice::ReadOnly), "tests/fuzz/data/identity.pem can be read");
        const storage::IdentityStore store(
            profileWith(QStringLiteral("identity.pem"), source.readAll()));
        const auto loaded = store.load();
        check(loaded.error == storage::IdentityStore::LoadError::None,
            "tests/fuzz/data/identity.pem loads (run tools/dev fuzz --write-corpus)");
        identity = new crypto::Identity(loaded.identity);
    }
    return *identity;
}

} // namespace securechat::fuzz

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qInstallMessageHandler(securechat::fuzz::ignoreMessage);
    securechat::fuzz::qcaInitializer = new QCA::Initializer;
    securechat::fuzz::application = new QCoreApplication(*argc, *argv);
    securechat::fuzz::check(securechat::fuzz::scratch.isValid(), "a temporary directory");
    return 0;
}
