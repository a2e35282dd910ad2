// SPDX-License-Identifier: MIT
#include "ChatTestSupport.h"
#include "chat/FileTransfers.h"

#include <csignal>
#include <cstdlib>
#include <sys/resource.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace securechat;
using namespace securechat::test;
using chat::FileTransfers;
using chat::TransferHandle;
using chat::TransferInfo;
using chat::TransferState;

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(bytes.data());
    QRandomGenerator::global()->fillRange(words, size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// The first incoming offer (not yet answered) that node has, or handle 0.
TransferInfo waitForOffer(Node &node, int ms = kWaitMs)
{
    TransferInfo found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            for (const TransferInfo &info : node->files()->transfers()) {
                if (!info.outgoing && info.state == TransferState::Offered) {
                    found = info;
                    return true;
                }
            }
            return false;
        },
        ms);
    return arrived ? found : TransferInfo {};
}

bool waitForState(Node &node, TransferHandle handle, TransferState state, int ms = kWaitMs)
{
    return QTest::qWaitFor([&] { return node->files()->transfer(handle).state == state; }, ms);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
}

struct Pair {
    Pair()
        : alice(Who::Alice)
        , host(Who::Host)
    {
        host.listen();
        std::tie(aliceId, hostId) = connectAndAccept(alice, host);
        host->files()->setDownloadFolder(hostDownloads.path());
        alice->files()->setDownloadFolder(aliceDownloads.path());
    }

    crypto::Fingerprint hostKey() const { return identity(Who::Host).fingerprint(); }
    crypto::Fingerprint aliceKey() const { return identity(Who::Alice).fingerprint(); }

    Node alice;
    Node host;
    chat::ConversationId aliceId = 0;
    chat::ConversationId hostId = 0;
    QTemporaryDir sources;
    QTemporaryDir hostDownloads;
    QTemporaryDir aliceDownloads;
};

} // namespace

TEST_CASE(
    "A file reaches a contact verified, and a text written meanwhile overtakes it", "[chat][files]")
{
    Pair pair;
    const QByteArray content = randomBytes(6 * 1024 * 1024 + 123);
    const QString path = pair.sources.filePath(QStringLiteral("holiday.bin"));
    writeFile(pair.sources, QStringLiteral("holiday.bin"), content);
    QString error;
    const TransferHandle sent = pair.alice->files()->sendFile(pair.hostKey(), path, &error);
    REQUIRE(sent != 0);

    const TransferInfo offer = waitForOffer(pair.host);
    REQUIRE(offer.handle != 0);
    CHECK(offer.name == QStringLiteral("holiday.bin"));
    CHECK(offer.peerName == QStringLiteral("holiday.bin"));
    CHECK(offer.size == content.size());
    CHECK(offer.sha256 == sha256(content));
    CHECK(offer.contact == pair.aliceKey());
    CHECK(pair.alice->files()->transfer(sent).state == TransferState::Offered);
    // Nothing is written before the user accepts.
    CHECK(filesIn(pair.hostDownloads).isEmpty());

    // A text written after the first chunk went out arrives long before the last chunk.
    qint64 doneWhenTextArrived = -1;
    QObject::connect(pair.host.controller.get(), &chat::ChatController::messageReceived,
        pair.host.controller.get(),
        [&] { doneWhenTextArrived = pair.host->files()->transfer(offer.handle).done; });
    bool textSent = false;
    QObject::connect(pair.alice->files(), &FileTransfers::progress, pair.alice->files(), [&] {
        if (!std::exchange(textSent, true))
            pair.alice->sendText(pair.aliceId, QStringLiteral("the photos are on their way"));
    });
    REQUIRE(pair.host->files()->accept(offer.handle, {}, &error));
    CHECK(filesIn(pair.hostDownloads) == QStringList { QStringLiteral("holiday.bin.part") });

    REQUIRE(waitForState(pair.host, offer.handle, TransferState::Completed));
    REQUIRE(waitForState(pair.alice, sent, TransferState::Completed));
    REQUIRE(doneWhenTextArrived >= 0);
    INFO(doneWhenTextArrived);
    CHECK(doneWhenTextArrived <= 3 * FileTransfers::kChunkBytes);
    const TransferInfo received = pair.host->files()->transfer(offer.handle);
    CHECK(received.path == QDir(pair.hostDownloads.path()).filePath(QStringLiteral("holiday.bin")));
    CHECK(filesIn(pair.hostDownloads) == QStringList { QStringLiteral("holiday.bin") });
    CHECK(readFile(received.path) == content);
}

TEST_CASE("Several transfers at once, in both directions, never overwrite a file", "[chat][files]")
{
    Pair pair;
    const QByteArray one = randomBytes(300 * 1024);
    const QByteArray two = randomBytes(70 * 1024);
    const QByteArray back = randomBytes(200 * 1024 + 1);
    const QByteArray empty;
    // An existing file of the same name stays as it is.
    writeFile(pair.hostDownloads, QStringLiteral("one.dat"), "mine");
    const QList<std::pair<QString, QByteArray>> toHost { { QStringLiteral("one.dat"), one },
        { QStringLiteral("two.dat"), two }, { QStringLiteral("empty.dat"), empty } };
    QList<TransferHandle> outgoing;
    for (const auto &[name, content] : toHost) {
        writeFile(pair.sources, name, content);
        outgoing << pair.alice->files()->sendFile(pair.hostKey(), pair.sources.filePath(name));
        REQUIRE(outgoing.last() != 0);
    }
    writeFile(pair.sources, QStringLiteral("back.dat"), back);
    const TransferHandle backHandle = pair.host->files()->sendFile(
        pair.aliceKey(), pair.sources.filePath(QStringLiteral("back.dat")));
    REQUIRE(backHandle != 0);

    REQUIRE(QTest::qWaitFor(
        [&] {
            int offers = 0;
            for (const TransferInfo &info : pair.host->files()->transfers())
                offers += !info.outgoing && info.state == TransferState::Offered ? 1 : 0;
            return offers == 3;
        },
        kWaitMs));
    for (const TransferInfo &info : pair.host->files()->transfers()) {
        if (!info.outgoing)
            REQUIRE(pair.host->files()->accept(info.handle));
    }
    const TransferInfo backOffer = waitForOffer(pair.alice);
    REQUIRE(backOffer.handle != 0);
    REQUIRE(pair.alice->files()->accept(backOffer.handle));

    for (const TransferHandle handle : outgoing)
        REQUIRE(waitForState(pair.alice, handle, TransferState::Completed));
    REQUIRE(waitForState(pair.host, backHandle, TransferState::Completed));
    CHECK(readFile(pair.hostDownloads.filePath(QStringLiteral("one.dat"))) == "mine");
    CHECK(readFile(pair.hostDownloads.filePath(QStringLiteral("one (1).dat"))) == one);
    CHECK(readFile(pair.hostDownloads.filePath(QStringLiteral("two.dat"))) == two);
    CHECK(QFileInfo(pair.hostDownloads.filePath(QStringLiteral("empty.dat"))).size() == 0);
    CHECK(readFile(pair.aliceDownloads.filePath(QStringLiteral("back.dat"))) == back);
    CHECK(filesIn(pair.hostDownloads).size() == 4);
}

TEST_CASE("Declining and cancelling end the transfer on both sides with a reason", "[chat][files]")
{
    Pair pair;
    writeFile(pair.sources, QStringLiteral("a.txt"), "some text");
    SECTION("the receiver declines")
    {
        const TransferHandle sent = pair.alice->files()->sendFile(
            pair.hostKey(), pair.sources.filePath(QStringLiteral("a.txt")));
        const TransferInfo offer = waitForOffer(pair.host);
        REQUIRE(offer.handle != 0);
        pair.host->files()->decline(offer.handle);
        REQUIRE(waitForState(pair.alice, sent, TransferState::Failed));
        CHECK(pair.alice->files()->transfer(sent).reasonCode == QStringLiteral("declined"));
        CHECK(pair.alice->files()->transfer(sent).reason.contains(QStringLiteral("declined")));
    }
    SECTION("the sender cancels before the answer")
    {
        const TransferHandle sent = pair.alice->files()->sendFile(
            pair.hostKey(), pair.sources.filePath(QStringLiteral("a.txt")));
        const TransferInfo offer = waitForOffer(pair.host);
        REQUIRE(offer.handle != 0);
        pair.alice->files()->cancel(sent);
        REQUIRE(waitForState(pair.host, offer.handle, TransferState::Failed));
        CHECK(pair.host->files()
                  ->transfer(offer.handle)
                  .reason.contains(QStringLiteral("cancelled")));
        QString error;
        CHECK_FALSE(pair.host->files()->accept(offer.handle, {}, &error));
        CHECK_FALSE(error.isEmpty());
    }
    CHECK(filesIn(pair.hostDownloads).isEmpty());
    // Chat goes on.
    pair.alice->sendText(pair.aliceId, QStringLiteral("still here"));
    REQUIRE(QTest::qWaitFor([&] { return !pair.host->messages(pair.hostId).isEmpty(); }, kWaitMs));
}

TEST_CASE("Offers above the size limit are declined at once", "[chat][files]")
{
    Pair pair;
    pair.host->files()->setMaxOfferBytes(1000);
    writeFile(pair.sources, QStringLiteral("big.bin"), randomBytes(1001));
    const TransferHandle sent = pair.alice->files()->sendFile(
        pair.hostKey(), pair.sources.filePath(QStringLiteral("big.bin")));
    REQUIRE(waitForState(pair.alice, sent, TransferState::Failed));
    CHECK(pair.alice->files()->transfer(sent).reasonCode == QStringLiteral("too-large"));
    CHECK(pair.host->files()->transfers().isEmpty());
}

TEST_CASE("Saved under a name the user chose, never over a file that is there",
    "[chat][files]")
{
    Pair pair;
    const QByteArray content = randomBytes(70 * 1024);
    const TransferHandle sent = pair.alice->files()->sendFile(
        pair.hostKey(), writeFile(pair.sources, QStringLiteral("scan.png"), content));
    const TransferInfo offer = waitForOffer(pair.host);
    REQUIRE(offer.handle != 0);
    QTemporaryDir chosen;
    const QString unwritable = QDir(chosen.path()).filePath(QStringLiteral("file/in/a/file"));
    writeFile(chosen, QStringLiteral("file"), "not a folder");

    // A folder that cannot be made: refused with a reason, and the offer waits as it was.
    QString error;
    CHECK_FALSE(pair.host->files()->acceptAs(offer.handle, unwritable, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(pair.host->files()->transfer(offer.handle).state == TransferState::Offered);
    CHECK(pair.host->files()->transfer(offer.handle).name == QStringLiteral("scan.png"));

    writeFile(chosen, QStringLiteral("holiday.png"), "older");
    REQUIRE(pair.host->files()->acceptAs(
        offer.handle, QDir(chosen.path()).filePath(QStringLiteral("holiday.png")), &error));
    REQUIRE(waitForState(pair.host, offer.handle, TransferState::Completed));
    REQUIRE(waitForState(pair.alice, sent, TransferState::Completed));
    const TransferInfo saved = pair.host->files()->transfer(offer.handle);
    CHECK(saved.name == QStringLiteral("holiday (1).png"));
    CHECK(saved.peerName == QStringLiteral("scan.png"));
    CHECK(saved.path == QDir(chosen.path()).filePath(QStringLiteral("holiday (1).png")));
    CHECK(readFile(saved.path) == content);
    CHECK(readFile(QDir(chosen.path()).filePath(QStringLiteral("holiday.png"))) == "older");
}

TEST_CASE("A folder named relative to the working folder is remembered as the absolute one",
    "[chat][files]")
{
    Pair pair;
    const QString state = QDir(pair.host.dir.path()).filePath(QStringLiteral("transfers.json"));
    REQUIRE(pair.host->files()->setStateFile(state));
    const QByteArray content = randomBytes(3000);
    pair.alice->files()->sendFile(
        pair.hostKey(), writeFile(pair.sources, QStringLiteral("notes.txt"), content));
    const TransferInfo offer = waitForOffer(pair.host);
    REQUIRE(offer.handle != 0);

    QTemporaryDir work;
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(work.path()));
    QString error;
    const bool accepted = pair.host->files()->accept(offer.handle, QStringLiteral("inbox"), &error);
    REQUIRE(QDir::setCurrent(before));
    REQUIRE(accepted);
    REQUIRE(waitForState(pair.host, offer.handle, TransferState::Completed));
    const QString inbox = QDir(work.path()).filePath(QStringLiteral("inbox"));
    CHECK(pair.host->files()->transfer(offer.handle).folder == inbox);
    CHECK(readFile(QDir(inbox).filePath(QStringLiteral("notes.txt"))) == content);

    // Started again from another folder: the record is sound and names the same place.
    FileTransfers again;
    REQUIRE(again.setStateFile(state, &error));
    CHECK(error.isEmpty());
    REQUIRE(again.transfers().size() == 1);
    CHECK(again.transfers().first().path == QDir(inbox).filePath(QStringLiteral("notes.txt")));
}

TEST_CASE(
    "A transfer resumes after a dropped connection from what the receiver holds", "[chat][files]")
{
    Pair pair;
    const QByteArray content = randomBytes(24 * 1024 * 1024);
    writeFile(pair.sources, QStringLiteral("big.bin"), content);
    const TransferHandle sent = pair.alice->files()->sendFile(
        pair.hostKey(), pair.sources.filePath(QStringLiteral("big.bin")));
    const TransferInfo offer = waitForOffer(pair.host);
    REQUIRE(offer.handle != 0);
    bool dropped = false;
    QObject::connect(pair.host->files(), &FileTransfers::progress, pair.host->files(),
        [&](TransferHandle, qint64 done) {
            if (done >= 1024 * 1024 && !std::exchange(dropped, true))
                pair.alice->closeConversation(pair.aliceId);
        });
    REQUIRE(pair.host->files()->accept(offer.handle));
    REQUIRE(pair.host.waitForState(pair.hostId, chat::ConversationState::Closed));
    const qint64 heldAtDrop = pair.host->files()->transfer(offer.handle).done;
    CHECK(heldAtDrop >= 1024 * 1024);
    CHECK(heldAtDrop < content.size());
    CHECK(pair.host->files()->transfer(offer.handle).state == TransferState::Transferring);

    // Back: the receiver asks for the rest without anyone doing anything.
    qint64 firstOffsetAfter = -1;
    QObject::connect(pair.host->files(), &FileTransfers::progress, pair.host->files(),
        [&](TransferHandle, qint64 done) {
            if (firstOffsetAfter < 0)
                firstOffsetAfter = done;
        });
    REQUIRE(pair.alice->connectNow(pair.aliceId));
    REQUIRE(waitForState(pair.host, offer.handle, TransferState::Completed, 3 * kWaitMs));
    REQUIRE(waitForState(pair.alice, sent, TransferState::Completed));
    CHECK(firstOffsetAfter > heldAtDrop - FileTransfers::kChunkBytes);
    CHECK(readFile(pair.host->files()->transfer(offer.handle).path) == content);
}

TEST_CASE(
    "A transfer resumes after the receiver restarts; a changed source fails it", "[chat][files]")
{
    QTemporaryDir sources;
    QTemporaryDir downloads;
    Node alice(Who::Alice);
    Node host(Who::Host);
    const QString hostState = QDir(host.dir.path()).filePath(QStringLiteral("transfers.json"));
    REQUIRE(host->files()->setStateFile(hostState));
    host->files()->setDownloadFolder(downloads.path());
    host.listen();
    const auto [aliceId, hostId] = connectAndAccept(alice, host);
    Q_UNUSED(hostId)
    const QByteArray content = randomBytes(8 * 1024 * 1024);
    const QString source = writeFile(sources, QStringLiteral("film.mkv"), content);
    const TransferHandle sent = alice->files()->sendFile(identity(Who::Host).fingerprint(), source);
    const TransferInfo offer = waitForOffer(host);
    REQUIRE(offer.handle != 0);
    bool paused = false;
    QObject::connect(host->files(), &FileTransfers::progress, host->files(),
        [&](TransferHandle handle, qint64 done) {
            if (done >= 512 * 1024 && !std::exchange(paused, true))
                host->files()->pause(handle);
        });
    REQUIRE(host->files()->accept(offer.handle));
    REQUIRE(waitForState(host, offer.handle, TransferState::Paused));
    REQUIRE(waitForState(alice, sent, TransferState::Paused));
    // Paused here, which the user can resume; on the sender, paused by the peer, which it cannot.
    CHECK(host->files()->transfer(offer.handle).pausedHere);
    CHECK_FALSE(alice->files()->transfer(sent).pausedHere);
    const QDateTime offered = host->files()->transfer(offer.handle).created;
    CHECK(offered.isValid());
    CHECK(std::abs(offered.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const quint16 port = host.port();
    host.restart();
    REQUIRE(alice.waitForState(aliceId, chat::ConversationState::Closed));
    REQUIRE(host->files()->setStateFile(hostState));
    REQUIRE(host->listen(QHostAddress::LocalHost, port));
    const QList<TransferInfo> remembered = host->files()->transfers();
    REQUIRE(remembered.size() == 1);
    const TransferHandle again = remembered.first().handle;
    CHECK(remembered.first().state == TransferState::Paused);
    CHECK(remembered.first().pausedHere);
    CHECK(remembered.first().name == QStringLiteral("film.mkv"));
    // The time of the offer survives the restart (the desktop app places the card by it).
    CHECK(remembered.first().created == offered);
    REQUIRE(alice->connectNow(aliceId));
    REQUIRE(host.waitForPeer(Who::Alice) != 0);

    SECTION("unchanged: it completes")
    {
        host->files()->resume(again);
        REQUIRE(waitForState(host, again, TransferState::Completed, 3 * kWaitMs));
        REQUIRE(waitForState(alice, sent, TransferState::Completed));
        CHECK(readFile(host->files()->transfer(again).path) == content);
    }
    SECTION("changed on the sender's disk: it fails with that reason on both sides")
    {
        QByteArray changed = content;
        changed[10] = char(changed[10] ^ 1);
        writeFile(sources, QStringLiteral("film.mkv"), changed);
        QFile(source).setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime);
        host->files()->resume(again);
        REQUIRE(waitForState(alice, sent, TransferState::Failed));
        CHECK(alice->files()->transfer(sent).reasonCode == QStringLiteral("changed"));
        REQUIRE(waitForState(host, again, TransferState::Failed));
        CHECK(host->files()->transfer(again).reason.contains(QStringLiteral("changed")));
        // Said once, to this side's user, not repeated in the sender's words.
        CHECK_FALSE(host->files()->transfer(again).reason.contains(QStringLiteral("They said")));
        CHECK(filesIn(downloads).isEmpty());
    }
}

TEST_CASE("A full disk pauses receiving and keeps what arrived; resuming completes the file",
    "[chat][files]")
{
    Pair pair;
    const QByteArray content = randomBytes(2 * 1024 * 1024 + 5);
    writeFile(pair.sources, QStringLiteral("disk.bin"), content);
    const TransferHandle sent = pair.alice->files()->sendFile(
        pair.hostKey(), pair.sources.filePath(QStringLiteral("disk.bin")));
    const TransferInfo offer = waitForOffer(pair.host);
    REQUIRE(offer.handle != 0);
    // No file of this process may grow beyond 300 KiB for now, as on a disk that is full.
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit previous {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    rlimit full = previous;
    full.rlim_cur = 300 * 1024;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &full) == 0);
    REQUIRE(pair.host->files()->accept(offer.handle));
    const bool paused = waitForState(pair.host, offer.handle, TransferState::Paused);
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &previous) == 0);
    std::signal(SIGXFSZ, previousHandler);
    REQUIRE(paused);
    const TransferInfo held = pair.host->files()->transfer(offer.handle);
    CHECK(held.reason.contains(QStringLiteral("full")));
    CHECK(held.done <= 300 * 1024);
    CHECK(held.done % FileTransfers::kChunkBytes == 0);
    CHECK(QFileInfo(pair.hostDownloads.filePath(QStringLiteral("disk.bin.part"))).size()
        == held.done);
    REQUIRE(waitForState(pair.alice, sent, TransferState::Paused));

    pair.host->files()->resume(offer.handle);
    REQUIRE(waitForState(pair.host, offer.handle, TransferState::Completed));
    REQUIRE(waitForState(pair.alice, sent, TransferState::Completed));
    CHECK(readFile(pair.hostDownloads.filePath(QStringLiteral("disk.bin"))) == content);
}

TEST_CASE("A damaged transfers.json is reported, never crashes, keeps what is sound and is kept "
          "aside, not overwritten",
    "[chat][files]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("transfers.json"));
    const auto write = [&](const QByteArray &bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    };
    const QList<QByteArray> damaged { "not json at all", "[]",
        "{\"version\": 2, \"transfers\": []}", QByteArray(1000, '\0'),
        "{\"version\": 1, \"transfers\": {\"a\": 1}" };
    for (const QByteArray &bytes : damaged) {
        INFO(bytes.left(40).toStdString());
        write(bytes);
        FileTransfers files;
        QString error;
        CHECK_FALSE(files.setStateFile(path, &error));
        CHECK(error.contains(QStringLiteral("could not be read and was kept as")));
        CHECK(files.transfers().isEmpty());
        // Moved aside with its contents, so that saving the (empty) state loses nothing.
        CHECK_FALSE(QFileInfo::exists(path));
        const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("*.damaged*") });
        CHECK(aside.size() == damaged.indexOf(bytes) + 1);
        CHECK(error.contains(QStringLiteral("transfers.json.damaged")));
    }
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        REQUIRE(QFile::remove(QDir(dir.path()).filePath(name)));

    const QString alice = identity(Who::Alice).fingerprint().toHex();
    const QString hash = QStringLiteral("ab").repeated(32);
    const QString folder = QDir(dir.path()).filePath(QStringLiteral("in"));
    const QByteArray mixed = QStringLiteral(
        "{\"version\": 1, \"transfers\": [42, {\"id\": \"a\"}, {\"id\": \"b\", \"contact\": "
        "\"zz\"},"
        " {\"id\": \"c\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"exploded\"},"
        " {\"id\": \"d\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"offered\","
        "  \"size\": -5, \"sha256\": \"%2\"},"
        " {\"id\": \"e\", \"contact\": \"%1\", \"outgoing\": true, \"state\": \"offered\"},"
        " {\"id\": \"f\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"offered\","
        "  \"size\": 10, \"done\": 11, \"sha256\": \"%2\"},"
        " {\"id\": \"g\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"offered\","
        "  \"size\": 10, \"sha256\": \"00\"},"
        " {\"id\": \"../h\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"offered\","
        "  \"size\": 10, \"sha256\": \"%2\"},"
        " {\"id\": \"i\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"transferring\","
        "  \"size\": 10, \"sha256\": \"%2\", \"folder\": \"%3\", \"part\": \"%4\"},"
        " {\"id\": \"good\", \"contact\": \"%1\", \"outgoing\": false, \"state\": \"offered\","
        "  \"name\": \"x/../y\", \"size\": 10, \"sha256\": \"%2\"}]}")
                                .arg(alice, hash, folder, path)
                                .toUtf8();
    write(mixed);
    FileTransfers files;
    QString error;
    REQUIRE(files.setStateFile(path, &error));
    const QList<TransferInfo> loaded = files.transfers();
    REQUIRE(loaded.size() == 1);
    CHECK(loaded.first().id == QStringLiteral("good"));
    CHECK(loaded.first().name == QStringLiteral("x_._y"));
    CHECK(loaded.first().state == TransferState::Offered);
    // Ten records left out (including "i", whose .part would be a file outside its folder);
    // the whole file is kept as it was.
    CHECK(error.contains(QStringLiteral("Damaged transfers were left out")));
    CHECK(error.contains(QStringLiteral("transfers.json.damaged")));
    const QStringList aside = QDir(dir.path()).entryList({ QStringLiteral("*.damaged*") });
    REQUIRE(aside.size() == 1);
    CHECK(readFile(QDir(dir.path()).filePath(aside.first())) == mixed);
    // The file itself now holds the sound record only: the next start reports nothing.
    FileTransfers again;
    QString none;
    REQUIRE(again.setStateFile(path, &none));
    CHECK(none.isEmpty());
    REQUIRE(again.transfers().size() == 1);
    CHECK(again.transfers().first().id == QStringLiteral("good"));
}

TEST_CASE("A transfer waiting for a contact follows the contact to a new key once accepted",
    "[chat][files]")
{
    // Alice offers a file to Bob while he is away; when he comes back with a new key (Mallory's
    // identity here, calling herself Bob) and Alice accepts it, the offer goes to the new key.
    Node bobAgain(Who::Mallory);
    Node alice(Who::Alice);
    QTemporaryDir sources;
    QTemporaryDir downloads;
    bobAgain->files()->setDownloadFolder(downloads.path());
    bobAgain.listen();
    knowPeer(alice, Who::Bob, bobAgain.port());
    const QByteArray content = randomBytes(300 * 1024 + 7);
    const TransferHandle sent = alice->files()->sendFile(
        identity(Who::Bob).fingerprint(), writeFile(sources, QStringLiteral("plan.pdf"), content));
    REQUIRE(sent != 0);
    REQUIRE(waitForState(alice, sent, TransferState::Offered));

    const auto aliceId = alice->connectToPeer(QStringLiteral("127.0.0.1"), bobAgain.port());
    REQUIRE(alice.waitForState(aliceId, chat::ConversationState::KeyChanged));
    const auto bobId = bobAgain.waitForConversation();
    REQUIRE(bobAgain.waitForState(bobId, chat::ConversationState::AwaitingApproval));
    bobAgain->acceptPeer(bobId);
    // Held for the key decision: nothing is offered to the new key yet.
    CHECK(alice->files()->transfer(sent).contact == identity(Who::Bob).fingerprint());

    alice->acceptChangedKey(aliceId);
    REQUIRE(alice.waitForState(aliceId, chat::ConversationState::Ready));
    CHECK(alice->files()->transfer(sent).contact == identity(Who::Mallory).fingerprint());
    const TransferInfo offer = waitForOffer(bobAgain);
    REQUIRE(offer.handle != 0);
    CHECK(offer.name == QStringLiteral("plan.pdf"));
    REQUIRE(bobAgain->files()->accept(offer.handle));
    REQUIRE(waitForState(bobAgain, offer.handle, TransferState::Completed));
    CHECK(readFile(bobAgain->files()->transfer(offer.handle).path) == content);
    REQUIRE(waitForState(alice, sent, TransferState::Completed));
}
