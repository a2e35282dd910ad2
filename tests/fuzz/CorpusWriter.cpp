// SPDX-License-Identifier: MIT
// Writes the seed corpora of tests/fuzz/corpus/ with the real encoders and stores, so that every
// seed is something SecureChat itself writes or sends. Usage: fuzz_corpus_writer FUZZ_DIR
// (tests/fuzz). The fixed identity data/identity.pem is made once and reused, so that sealed
// seeds stay openable by the history_key harness.
#include "chat/FileTransfers.h"
#include "crypto/CertificateKey.h"
#include "crypto/Invite.h"
#include "crypto/RsaService.h"
#include "net/DiscoveryPacket.h"
#include "net/FrameCodec.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"
#include "storage/ContactStore.h"
#include "storage/HistoryKeyStore.h"
#include "storage/IdentityStore.h"
#include "storage/InviteStore.h"
#include "storage/KnownPeers.h"
#include "storage/Settings.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCrypto>

using namespace securechat;

namespace {

QString g_fuzzDir;

void die(const QString &message)
{
    std::fprintf(stderr, "fuzz_corpus_writer: %s\n", qPrintable(message));
    std::exit(1);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(content) != content.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

void writeSeed(const char *target, const QString &name, const QByteArray &content)
{
    writeFile(
        QStringLiteral("%1/corpus/%2/%3").arg(g_fuzzDir, QLatin1String(target), name), content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    return file.readAll();
}

// A fresh directory for a store to write its file in.
QString freshProfile(QTemporaryDir &scratch)
{
    static int serial = 0;
    const QString dir = scratch.filePath(QString::number(++serial));
    QDir().mkpath(dir);
    return dir;
}

const QDateTime kTime = QDateTime::fromMSecsSinceEpoch(1767225600123, QTimeZone::UTC);

crypto::Identity fixedIdentity(QTemporaryDir &scratch)
{
    const QString path = g_fuzzDir + QStringLiteral("/data/identity.pem");
    if (!QFile::exists(path)) {
        QString error;
        const QByteArray content = storage::IdentityStore::serialize(
            crypto::RsaService::createIdentity(QStringLiteral("Fuzz"), 2048), QString(), &error);
        if (content.isEmpty())
            die(error);
        writeFile(path, content);
    }
    const QString profile = freshProfile(scratch);
    writeFile(profile + QStringLiteral("/identity.pem"), readFile(path));
    const auto loaded = storage::IdentityStore(profile).load();
    if (loaded.error != storage::IdentityStore::LoadError::None)
        die(loaded.message);
    return loaded.identity;
}

QList<net::Message> everyMessage()
{
    return {
        net::Hello { net::kProtocolVersion, QStringLiteral("Alice"),
            QStringLiteral("SecureChat 0.1.0"), { QString::fromLatin1(net::kApprovalCapability) },
            {} },
        net::Hello { net::kProtocolVersion, QStringLiteral("Zoë 李"), QString(), {}, {} },
        net::Text { QStringLiteral("m-1.a_B"), QStringLiteral("Hello, Bob! 👋"), kTime },
        net::Text { QStringLiteral("2"), QString(), kTime },
        net::Receipt { QStringLiteral("m-1.a_B") },
        net::Typing { true },
        net::Typing { false },
        net::Ping { 1234567 },
        net::Pong { 1234567 },
        net::Bye { QString::fromLatin1(net::ByeReason::kClosed), QString() },
        net::Bye { QString::fromLatin1(net::ByeReason::kProtocolError),
            QStringLiteral("the \"body\" field is longer than 262144 bytes") },
        net::Approval { QString::fromLatin1(net::ApprovalState::kAwaitingApproval) },
        net::Approval { QString::fromLatin1(net::ApprovalState::kKeyChangePending) },
        net::Approval { QString::fromLatin1(net::ApprovalState::kAccepted) },
        net::Hello { net::kProtocolVersion, QStringLiteral("Bob"), QString(),
            { QString::fromLatin1(net::kApprovalCapability),
                QString::fromLatin1(net::kHistoryCapability),
                QString::fromLatin1(net::kInviteCapability),
                QString::fromLatin1(net::kFilesCapability) },
            QByteArray(32, '\x5a') },
        net::HistoryNotice { true },
        net::HistoryNotice { false },
        net::FileOffer { QStringLiteral("f-1"), QStringLiteral("report (final).pdf"), 1048576,
            QByteArray(32, '\x11'), QStringLiteral("application/pdf") },
        net::FileOffer { QStringLiteral("f-2"), QStringLiteral("empty"), 0,
            QByteArray(32, '\x22'), QString() },
        net::FileAccept { QStringLiteral("f-1"), 0, QByteArray() },
        net::FileAccept { QStringLiteral("f-1"), 65536, QByteArray(32, '\x33') },
        net::FileChunk { QStringLiteral("f-1"), 65536, QByteArray(512, '\x44') },
        net::FilePause { QStringLiteral("f-1") },
        net::FileCancel { QStringLiteral("f-1"), QString::fromLatin1(net::FileCancelReason::kTooLarge),
            QStringLiteral("over the 100 MB limit") },
        net::FileComplete { QStringLiteral("f-1") },
    };
}

void writeMessageSeeds()
{
    QByteArray stream;
    int index = 0;
    for (const net::Message &message : everyMessage()) {
        const QByteArray payload = net::MessageCodec::encode(message);
        writeSeed("message_codec",
            QStringLiteral("%1-%2").arg(net::MessageCodec::typeName(message)).arg(++index),
            payload);
        stream += net::FrameCodec::encode(payload, net::kMaxFrameBytes);
    }
    // The first byte is the piece size less one; odd values use the protocol's frame limit.
    writeSeed("frame_codec", QStringLiteral("all-messages-1-byte-pieces"), '\x00' + stream);
    writeSeed("frame_codec", QStringLiteral("all-messages-16-byte-pieces"), '\x0f' + stream);
    writeSeed("frame_codec", QStringLiteral("all-messages-256-byte-pieces"), '\xff' + stream);
    writeSeed(
        "frame_codec", QStringLiteral("partial-frame"), '\x07' + stream.left(stream.size() - 3));
}

void writeCertificateSeeds(const crypto::Identity &identity, QTemporaryDir &scratch)
{
    const QByteArray der = identity.certificate.toDER();
    writeSeed("certificate_der", QStringLiteral("identity-certificate"), der);
    writeSeed("certificate_der", QStringLiteral("identity-spki"),
        crypto::CertificateKey::fromCertificateDer(der).subjectPublicKeyInfo());
    // Keys SecureChat refuses, made by the openssl command when there is one.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return;
    const QList<std::pair<QString, QStringList>> foreign {
        { QStringLiteral("ec-certificate"),
            { QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1") } },
        { QStringLiteral("ed25519-certificate"), { QStringLiteral("ED25519") } },
    };
    for (const auto &[name, algorithm] : foreign) {
        const QString dir = freshProfile(scratch);
        QStringList arguments { QStringLiteral("req"), QStringLiteral("-x509"),
            QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=foreign"),
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-outform"),
            QStringLiteral("DER"), QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
            QStringLiteral("-out"), dir + QStringLiteral("/cert.der"), QStringLiteral("-newkey"),
            algorithm.first() };
        arguments += algorithm.mid(1);
        if (QProcess::execute(openssl, arguments) != 0)
            die(QStringLiteral("openssl could not make the %1").arg(name));
        writeSeed("certificate_der", name, readFile(dir + QStringLiteral("/cert.der")));
    }
}

void writeIdentitySeeds(const crypto::Identity &identity)
{
    // The first byte: bit 0 makes the harness fix the checksum, bit 1 passes "fuzz".
    QString error;
    const QByteArray plain = storage::IdentityStore::serialize(identity, QString(), &error);
    const QByteArray protectedFile
        = storage::IdentityStore::serialize(identity, QStringLiteral("fuzz"), &error);
    if (plain.isEmpty() || protectedFile.isEmpty())
        die(error);
    writeSeed("identity_store", QStringLiteral("plain"), '\x00' + plain);
    writeSeed("identity_store", QStringLiteral("plain-checksum-fixed"), '\x01' + plain);
    writeSeed("identity_store", QStringLiteral("protected"), '\x03' + protectedFile);
    writeSeed("identity_store", QStringLiteral("protected-no-passphrase"), '\x01' + protectedFile);
}

void writeStoreSeeds(const crypto::Identity &identity, QTemporaryDir &scratch)
{
    const crypto::Fingerprint alice = identity.fingerprint();
    const crypto::Fingerprint bob
        = crypto::Fingerprint::fromBytes(QByteArray(crypto::Fingerprint::kSize, '\xb0'));
    QString error;

    const QString peersDir = freshProfile(scratch);
    storage::KnownPeers peers(peersDir);
    if (!peers.remember({ alice, QStringLiteral("Alice"), true, QStringLiteral("192.0.2.1:47000"),
                            kTime, kTime.addDays(3) },
            &error)
        || !peers.remember({ bob, QStringLiteral("Bob"), false, QString(), kTime, kTime }, &error))
        die(error);
    writeSeed("known_peers", QStringLiteral("two-peers"), readFile(peers.filePath()));

    const QString contactsDir = freshProfile(scratch);
    storage::ContactStore contacts(contactsDir);
    storage::ContactStore::Contact first { alice, QStringLiteral("Alice"), QStringLiteral("Al"),
        storage::ContactStore::Verification::SafetyNumber,
        { { QStringLiteral("192.0.2.1"), 47000, true, kTime },
            { QStringLiteral("2001:db8::1"), 47001, false, kTime.addSecs(60) } },
        kTime, kTime.addDays(1), storage::ContactStore::Retention::KeepDays, 30,
        { { bob, kTime.addSecs(-60) } } };
    storage::ContactStore::Contact second { bob, QStringLiteral("Bob"), QString(),
        storage::ContactStore::Verification::None, {}, kTime, kTime,
        storage::ContactStore::Retention::Default, 0, {} };
    if (!contacts.add(first, &error) || !contacts.add(second, &error))
        die(error);
    writeSeed("contact_store", QStringLiteral("two-contacts"), readFile(contacts.filePath()));

    const QString settingsDir = freshProfile(scratch);
    {
        storage::Settings settings(settingsDir);
        settings.setDisplayName(QStringLiteral("Alice"));
        settings.setDefaultPort(47001);
        settings.setKeyBits(4096);
        settings.setNotificationsEnabled(false);
        settings.addRecentConnection({ QStringLiteral("192.0.2.7"), 47000, alice });
        settings.addRecentConnection({ QStringLiteral("bob.example"), 47002, {} });
        if (!settings.sync(&error))
            die(error);
    }
    writeSeed("settings", QStringLiteral("everything-set"),
        readFile(settingsDir + QStringLiteral("/settings.ini")));

    const QString historyDir = freshProfile(scratch);
    const storage::HistoryKeyStore keys(historyDir);
    const auto created = keys.create(identity);
    if (created.error != storage::HistoryKeyStore::Error::None)
        die(created.message);
    writeSeed(
        "history_key", QStringLiteral("sealed-to-fixed-identity"), readFile(keys.keyFilePath()));
}

void writeInviteSeeds(const crypto::Identity &identity)
{
    const crypto::Invite invite = crypto::Invite::create(identity.fingerprint(),
        QStringLiteral("Alice"),
        { { QHostAddress(QStringLiteral("198.51.100.7")), 47000 },
            { QHostAddress(QStringLiteral("192.168.1.20")), 47000 },
            { QHostAddress(QStringLiteral("2001:db8::20")), 47001 } },
        kTime.addDays(1));
    // The first byte: bit 0 makes the harness wrap the binary form (checksum made right),
    // bit 1 adds the URI prefix; 0 passes the rest as pasted text.
    const QByteArray binary = invite.encode();
    writeSeed("invite", QStringLiteral("binary"),
        '\x03' + binary.first(binary.size() - crypto::Invite::kChecksumSize));
    writeSeed("invite", QStringLiteral("uri"), '\x00' + invite.toUri().toUtf8());
    // invites.json with one open invite and one used one.
    QTemporaryDir profile;
    storage::InviteStore store(profile.path());
    QString error;
    const crypto::Invite used = crypto::Invite::create(identity.fingerprint(),
        QStringLiteral("Alice"), { { QHostAddress(QStringLiteral("192.168.1.20")), 47000 } },
        kTime.addDays(2));
    if (!store.add(invite, kTime, &error) || !store.add(used, kTime, &error))
        die(error);
    const crypto::Fingerprint bob
        = crypto::Fingerprint::fromBytes(QByteArray(crypto::Fingerprint::kSize, '\xb0'));
    store.redeem(crypto::Invite::proof(used.secret, identity.fingerprint(), bob),
        identity.fingerprint(), bob, kTime.addSecs(60));
    writeSeed("invite_store", QStringLiteral("open-and-used"), readFile(store.filePath()));
    QString wrapped = invite.code();
    wrapped.insert(40, QStringLiteral("\n  "));
    writeSeed("invite", QStringLiteral("bare-code-wrapped"), '\x00' + wrapped.toUtf8());
}

void writeDiscoverySeeds(const crypto::Identity &identity)
{
    const net::DiscoveryPacket packet { 47000, identity.fingerprint(), QStringLiteral("Alice") };
    writeSeed("discovery_packet", QStringLiteral("announcement"), packet.encode());
    const net::DiscoveryPacket accented { 1, identity.fingerprint(),
        QStringLiteral("Zoë's laptop") };
    writeSeed("discovery_packet", QStringLiteral("announcement-utf8"), accented.encode());
}

void writeTransferSeeds(const crypto::Identity &identity, QTemporaryDir &scratch)
{
    // An offer waiting for its contact, as FileTransfers saves it once the file is hashed.
    const QString dir = freshProfile(scratch);
    const QString source = dir + QStringLiteral("/report.pdf");
    writeFile(source, QByteArray(100000, 'r'));
    const QString state = dir + QStringLiteral("/transfers.json");
    {
        chat::FileTransfers files;
        QString error;
        if (!files.setStateFile(state, &error))
            die(error);
        const chat::TransferHandle handle
            = files.sendFile(identity.fingerprint(), source, &error);
        if (!handle)
            die(error);
        const auto hashed
            = [&] { return files.transfer(handle).state != chat::TransferState::Preparing; };
        QEventLoop loop;
        QObject::connect(&files, &chat::FileTransfers::transferChanged, &loop, [&] {
            if (hashed())
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        if (!hashed())
            loop.exec();
        if (!hashed())
            die(QStringLiteral("report.pdf was not hashed within 10 s"));
    }
    writeSeed("transfers_state", QStringLiteral("outgoing-offer"), readFile(state));

    // A file half received and paused here, in the same format (receiving needs a peer).
    const QString sha256 = QStringLiteral("5e").repeated(int(net::kSha256Bytes));
    writeSeed("transfers_state", QStringLiteral("incoming-paused-half"),
        QStringLiteral("{\"transfers\":[{\"contact\":\"%1\",\"created\":%2,\"done\":524288,"
                       "\"folder\":\"/home/alice/Downloads\",\"id\":\"t-2.b_C\","
                       "\"mediaType\":\"video/x-matroska\",\"mtime\":0,\"name\":\"film (1).mkv\","
                       "\"outgoing\":false,\"part\":\"/home/alice/Downloads/film (1).mkv.part\","
                       "\"path\":\"\",\"peerName\":\"film.mkv\",\"peerTold\":false,"
                       "\"reason\":\"Paused here.\",\"reasonCode\":\"\",\"sha256\":\"%3\","
                       "\"size\":1048576,\"state\":\"paused\"}],\"version\":1}")
            .arg(identity.fingerprint().toHex())
            .arg(kTime.toMSecsSinceEpoch())
            .arg(sha256)
            .toUtf8());
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    if (argc != 2)
        die(QStringLiteral("usage: fuzz_corpus_writer FUZZ_DIR (the checkout's tests/fuzz)"));
    g_fuzzDir = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir scratch;
    if (!scratch.isValid())
        die(QStringLiteral("no temporary directory"));
    const crypto::Identity identity = fixedIdentity(scratch);
    writeMessageSeeds();
    writeCertificateSeeds(identity, scratch);
    writeIdentitySeeds(identity);
    writeStoreSeeds(identity, scratch);
    writeInviteSeeds(identity);
    writeDiscoverySeeds(identity);
    writeTransferSeeds(identity, scratch);
    return 0;
}
