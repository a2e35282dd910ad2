// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "RawTlsPeer.h"
#include "chat/FileTransfers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <optional>
#include <variant>

using namespace securechat;
using namespace securechat::test;
using chat::ConversationState;
using chat::FileTransfers;
using chat::TransferInfo;
using chat::TransferState;

namespace {

QByteArray message(const net::Message &m)
{
    return frame(net::MessageCodec::encode(m));
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

net::FileOffer offer(const QString &id, const QString &name, const QByteArray &content)
{
    return net::FileOffer { id, name, content.size(), sha256(content), {} };
}

// A host that accepts files into downloads/ inside a folder of its own, and a raw peer
// (Mallory) that speaks "files" and does whatever the test says.
struct Fixture {
    Fixture()
        : host(Who::Host)
        , peer(&identity(Who::Mallory))
    {
        host->setTimeouts(hostileTimeouts());
        REQUIRE(QDir(base.path()).mkdir(QStringLiteral("downloads")));
        downloads = QDir(base.path()).filePath(QStringLiteral("downloads"));
        host->files()->setDownloadFolder(downloads);
        host.listen();
        REQUIRE(peer.connectTo(host.port()));
        peer.send(frame(net::MessageCodec::encode(net::Hello { net::kProtocolVersion,
            QStringLiteral("Eve"), QStringLiteral("raw test peer"),
            { QLatin1StringView(net::kFilesCapability) }, {} })));
        id = host.waitForPeer(Who::Mallory);
        REQUIRE(id != 0);
        if (host->state(id) == ConversationState::AwaitingApproval)
            host->acceptPeer(id);
        REQUIRE(host->state(id) == ConversationState::Ready);
    }

    // The host's transfer with that wire id, once it exists.
    TransferInfo waitForTransfer(const QString &wireId)
    {
        TransferInfo found;
        const bool appeared = QTest::qWaitFor(
            [&] {
                for (const TransferInfo &info : host->files()->transfers()) {
                    if (info.id == wireId && !info.outgoing) {
                        found = info;
                        return true;
                    }
                }
                return false;
            },
            kWaitMs);
        return appeared ? found : TransferInfo {};
    }

    // The first file-cancel the peer received for wireId.
    std::optional<net::FileCancel> waitForCancel(const QString &wireId)
    {
        std::optional<net::FileCancel> found;
        const bool arrived = QTest::qWaitFor(
            [&] {
                peer.pump();
                for (const net::Message &m : peer.received) {
                    const auto *cancel = std::get_if<net::FileCancel>(&m);
                    if (cancel && cancel->transfer == wireId) {
                        found = *cancel;
                        return true;
                    }
                }
                return false;
            },
            kWaitMs);
        return arrived ? found : std::nullopt;
    }

    // The chat goes on: a text from the peer still arrives.
    void checkChatGoesOn()
    {
        const qsizetype before = host->messages(id).size();
        peer.send(message(net::Text { QStringLiteral("still-%1").arg(before),
            QStringLiteral("still talking"), QDateTime::currentDateTimeUtc() }));
        REQUIRE(QTest::qWaitFor([&] { return host->messages(id).size() > before; }, kWaitMs));
        CHECK(host->state(id) == ConversationState::Ready);
    }

    QStringList everythingUnderBase() const
    {
        QStringList names;
        const QDir root(base.path());
        for (const QString &entry :
            root.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            names << entry;
            if (entry == QStringLiteral("downloads")) {
                for (const QString &inner : QDir(downloads).entryList(
                         QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                    names << QStringLiteral("downloads/") + inner;
            }
        }
        return names;
    }

    QTemporaryDir base;
    QString downloads;
    Node host;
    RawTlsPeer peer;
    chat::ConversationId id = 0;
};

} // namespace

TEST_CASE("Hostile file names stay inside the chosen folder", "[chat][files][hostile]")
{
    Fixture f;
    const QByteArray content("payload");
    const QList<std::pair<QString, QString>> names {
        { QStringLiteral("../../../etc/passwd"), QStringLiteral("_._._etc_passwd") },
        { QStringLiteral("/etc/passwd"), QStringLiteral("_etc_passwd") },
        { QStringLiteral("C:\\Windows\\system32\\evil.dll"),
            QStringLiteral("C__Windows_system32_evil.dll") },
        { QStringLiteral("nul") + QChar(0) + QStringLiteral("byte.txt"),
            QStringLiteral("nulbyte.txt") },
        { QStringLiteral(".."), QStringLiteral("file") },
        { QStringLiteral("CON"), QStringLiteral("_CON") },
    };
    int n = 0;
    QStringList expected { QStringLiteral("downloads") };
    for (const auto &[peerName, savedName] : names) {
        INFO(peerName.toStdString());
        const QString wireId = QStringLiteral("name-%1").arg(++n);
        f.peer.send(message(offer(wireId, peerName, content)));
        const TransferInfo info = f.waitForTransfer(wireId);
        REQUIRE(info.handle != 0);
        CHECK(info.peerName == peerName);
        CHECK(info.name == savedName);
        REQUIRE(f.host->files()->accept(info.handle));
        REQUIRE(f.peer.waitFor<net::FileAccept>());
        f.peer.send(message(net::FileChunk { wireId, 0, content }));
        REQUIRE(QTest::qWaitFor(
            [&] {
                return f.host->files()->transfer(info.handle).state == TransferState::Completed;
            },
            kWaitMs));
        f.peer.received.clear();
        expected << QStringLiteral("downloads/") + savedName;
    }
    expected.sort();
    QStringList actual = f.everythingUnderBase();
    actual.sort();
    CHECK(actual == expected);
    f.checkChatGoesOn();
}

TEST_CASE("A hostile sender's data ends that transfer, never the chat", "[chat][files][hostile]")
{
    Fixture f;
    const QByteArray content(100 * 1024, 'x');
    const auto acceptOffer = [&](const QString &wireId, const net::FileOffer &o) {
        f.peer.send(message(o));
        const TransferInfo info = f.waitForTransfer(wireId);
        REQUIRE(info.handle != 0);
        REQUIRE(f.host->files()->accept(info.handle));
        REQUIRE(f.peer.waitFor<net::FileAccept>());
        f.peer.received.clear();
        return info.handle;
    };
    const auto endsWith
        = [&](chat::TransferHandle handle, const QString &wireId, const char *code) {
              REQUIRE(QTest::qWaitFor(
                  [&] { return f.host->files()->transfer(handle).state == TransferState::Failed; },
                  kWaitMs));
              const auto cancel = f.waitForCancel(wireId);
              REQUIRE(cancel);
              CHECK(cancel->reason == QLatin1StringView(code));
              CHECK_FALSE(f.host->files()->transfer(handle).reason.isEmpty());
              CHECK(QDir(f.downloads).isEmpty());
              f.peer.received.clear();
          };

    SECTION("more data than declared")
    {
        const auto handle = acceptOffer(
            QStringLiteral("more"), offer(QStringLiteral("more"), QStringLiteral("m"), "12345"));
        f.peer.send(message(net::FileChunk { QStringLiteral("more"), 0, "1234567890" }));
        endsWith(handle, QStringLiteral("more"), "invalid");
    }
    SECTION("chunks out of order")
    {
        const auto handle = acceptOffer(
            QStringLiteral("order"), offer(QStringLiteral("order"), QStringLiteral("o"), content));
        f.peer.send(message(net::FileChunk { QStringLiteral("order"), 5, content.left(10) }));
        endsWith(handle, QStringLiteral("order"), "invalid");
    }
    SECTION("a wrong final hash: the .part is deleted, nothing under the final name")
    {
        net::FileOffer lying = offer(QStringLiteral("hash"), QStringLiteral("h.txt"), "hello");
        lying.sha256 = QByteArray(32, '\0');
        const auto handle = acceptOffer(QStringLiteral("hash"), lying);
        f.peer.send(message(net::FileChunk { QStringLiteral("hash"), 0, "hello" }));
        endsWith(handle, QStringLiteral("hash"), "hash-mismatch");
        CHECK(f.host->files()->transfer(handle).reason.contains(QStringLiteral("SHA-256")));
    }
    SECTION("data before the offer was accepted")
    {
        f.peer.send(message(offer(QStringLiteral("early"), QStringLiteral("e"), content)));
        const TransferInfo info = f.waitForTransfer(QStringLiteral("early"));
        REQUIRE(info.handle != 0);
        f.peer.send(message(net::FileChunk { QStringLiteral("early"), 0, content.left(10) }));
        endsWith(info.handle, QStringLiteral("early"), "invalid");
    }
    SECTION("chunks for an unknown transfer, and for a cancelled one")
    {
        f.peer.send(message(net::FileChunk { QStringLiteral("ghost"), 0, "boo" }));
        const auto cancel = f.waitForCancel(QStringLiteral("ghost"));
        REQUIRE(cancel);
        CHECK(cancel->reason == QStringLiteral("invalid"));
        const auto handle = acceptOffer(
            QStringLiteral("gone"), offer(QStringLiteral("gone"), QStringLiteral("g"), content));
        f.host->files()->cancel(handle);
        REQUIRE(f.waitForCancel(QStringLiteral("gone")));
        f.peer.send(message(net::FileChunk { QStringLiteral("gone"), 0, content.left(10) }));
        CHECK(QDir(f.downloads).isEmpty());
    }
    SECTION("a flood of offers: a bounded number wait, the rest are declined")
    {
        constexpr int kOffers = 100;
        for (int i = 0; i < kOffers; ++i)
            f.peer.send(
                message(offer(QStringLiteral("flood-%1").arg(i), QStringLiteral("f"), "x")));
        REQUIRE(f.waitForCancel(QStringLiteral("flood-%1").arg(kOffers - 1)));
        int declined = 0;
        for (const net::Message &m : f.peer.received) {
            const auto *cancel = std::get_if<net::FileCancel>(&m);
            declined += cancel && cancel->reason == QStringLiteral("too-many") ? 1 : 0;
        }
        CHECK(declined == kOffers - FileTransfers::kMaxWaitingOffers);
        CHECK(f.host->files()->transfers().size() == FileTransfers::kMaxWaitingOffers);
    }
    f.checkChatGoesOn();
}

TEST_CASE(
    "File messages the decoder refuses end the session with a reason", "[chat][files][hostile]")
{
    const QList<std::tuple<const char *, net::FileOffer, const char *>> attacks {
        { "a name of 10,000 characters",
            net::FileOffer { QStringLiteral("long"), QString(10000, QLatin1Char('a')), 1,
                QByteArray(32, 'a'), {} },
            "name" },
        { "a declared size of 2^62",
            net::FileOffer { QStringLiteral("huge"), QStringLiteral("huge"), qint64(1) << 62,
                QByteArray(32, 'a'), {} },
            "size" },
    };
    for (const auto &[what, bad, field] : attacks) {
        INFO(what);
        Fixture f;
        f.peer.send(message(bad));
        REQUIRE(f.host.waitForState(f.id, ConversationState::Closed));
        INFO(f.host->closeReason(f.id).toStdString());
        CHECK(f.host->closeReason(f.id).contains(QString::fromLatin1(field)));
        CHECK(f.host->files()->transfers().isEmpty());
        CHECK(QDir(f.downloads).isEmpty());
    }
}

TEST_CASE("A peer that accepts a file and never reads costs at most a chunk of memory",
    "[chat][files][hostile]")
{
    Fixture f;
    // Qt would otherwise read everything that arrives into memory for the peer.
    f.peer.socket.setReadBufferSize(64 * 1024);
    QTemporaryDir sources;
    const QString path = QDir(sources.path()).filePath(QStringLiteral("big.bin"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, 'z');
        for (int i = 0; i < 8; ++i)
            REQUIRE(file.write(block) == block.size());
    }
    const chat::TransferHandle handle
        = f.host->files()->sendFile(identity(Who::Mallory).fingerprint(), path);
    REQUIRE(handle != 0);
    // Until the offer is out Mallory answers pings like a live peer: hashing the file may take
    // longer than the short silence deadline on a busy machine.
    std::optional<net::FileOffer> offered;
    qsizetype seen = 0;
    REQUIRE(QTest::qWaitFor(
        [&] {
            f.peer.pump();
            for (; seen < f.peer.received.size(); ++seen) {
                const net::Message &m = f.peer.received.at(seen);
                if (const auto *ping = std::get_if<net::Ping>(&m))
                    f.peer.send(message(net::Pong { ping->nonce }));
                else if (const auto *offer = std::get_if<net::FileOffer>(&m))
                    offered = *offer;
            }
            return offered.has_value();
        },
        3 * kWaitMs));
    REQUIRE(f.host->state(f.id) == ConversationState::Ready);
    f.peer.send(message(net::FileAccept {
        offered->transfer, 0, QCryptographicHash::hash({}, QCryptographicHash::Sha256) }));
    // From now on the peer reads nothing; the host notices the silence and ends the session.
    qint64 mostUnsent = 0;
    REQUIRE(QTest::qWaitFor(
        [&] {
            mostUnsent = qMax(mostUnsent, f.host->unsentBytes(f.id));
            return f.host->state(f.id) == ConversationState::Closed;
        },
        3 * kWaitMs));
    const TransferInfo info = f.host->files()->transfer(handle);
    INFO(mostUnsent);
    // One chunk, counted before and after encryption, with framing and TLS records.
    CHECK(mostUnsent <= 2 * FileTransfers::kChunkBytes + 4096);
    // Without pongs no more than the window goes out.
    CHECK(info.done <= FileTransfers::kWindowBytes);
    CHECK(info.done < info.size);
    // Not failed: it resumes when the contact is back.
    CHECK(info.state == TransferState::Transferring);
}

TEST_CASE("An offer larger than the free disk space cannot be accepted", "[chat][files][hostile]")
{
    Fixture f;
    const qint64 huge = net::kMaxFileBytes; // 2^53 - 1 bytes: valid on the wire, fits no disk
    f.peer.send(message(net::FileOffer {
        QStringLiteral("huge"), QStringLiteral("huge.iso"), huge, QByteArray(32, 'h'), {} }));
    const TransferInfo info = f.waitForTransfer(QStringLiteral("huge"));
    REQUIRE(info.handle != 0);
    QString error;
    CHECK_FALSE(f.host->files()->accept(info.handle, {}, &error));
    CHECK(error.contains(QStringLiteral("free space")));
    // Nothing was written, and the offer can still be declined.
    CHECK(QDir(f.downloads).isEmpty());
    f.host->files()->decline(info.handle);
    const auto cancel = f.waitForCancel(QStringLiteral("huge"));
    REQUIRE(cancel);
    CHECK(cancel->reason == QStringLiteral("declined"));
    f.checkChatGoesOn();
}
