// SPDX-License-Identifier: MIT
// SecureChat file transfer benchmark: one large file between two ChatControllers over loopback,
// each in a process of its own (this one sends; it starts itself again to receive). Prints
// throughput, the text round trip (send to receipt) while the file flows the same way, the growth
// of peak memory, and the time from reconnection to data flowing again after a dropped connection.
// Figures only, never pass/fail.
#include "../BenchSupport.h"
#include "../OpenSslBaseline.h"
#include "chat/ChatController.h"
#include "chat/FileTransfers.h"
#include "common/AppIdentity.h"
#include "crypto/RsaService.h"
#include "storage/ContactStore.h"

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtCrypto>

using namespace securechat::bench;
using namespace securechat;
using chat::ChatController;
using chat::ConversationState;
using chat::FileTransfers;
using chat::TransferState;
using securechat::bench::waitUntil;

namespace {

struct Figures {
    qint64 bytes = 0;
    double seconds = 0;
    double mbps = 0;
    std::vector<double> roundTrips; // ms
    long rssBeforeKiB = 0;
    long rssPeakKiB = 0;
    long receiverPeakKiB = 0;
    double resumeMs = -1;
    double openSslMBps = 0;
    QString error;
};

// Starts this program again in another role; its first line of output is "PORT n ...".
QList<QByteArray> startChild(QProcess &child, const QStringList &arguments)
{
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments(arguments);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start();
    QByteArray announced;
    waitUntil(
        [&] {
            announced += child.readAllStandardOutput();
            return announced.contains('\n') || child.state() == QProcess::NotRunning;
        },
        60000);
    return announced.trimmed().split(' ');
}

// The receiving side, in a process of its own (as it would be): listens on loopback, accepts
// the peer and every offer into folder, says "PORT n" and its fingerprint on standard output.
int receive(const QString &folder)
{
    const crypto::Identity me
        = crypto::RsaService::createIdentity(QStringLiteral("Receiver"), 2048);
    storage::ContactStore contacts(QDir(folder).filePath(QStringLiteral("profile")));
    ChatController host(me, &contacts);
    QString error;
    if (me.isNull() || !host.listen(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "receiver: %s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(&host, &ChatController::stateChanged, &host,
        [&host](chat::ConversationId id, ConversationState state) {
            if (state == ConversationState::AwaitingApproval)
                host.acceptPeer(id);
        });
    QObject::connect(host.files(), &FileTransfers::transferAdded, host.files(),
        [&](chat::TransferHandle handle) {
            if (!host.files()->transfer(handle).outgoing)
                host.files()->accept(handle, folder);
        });
    std::printf("PORT %d %s\n", host.listeningPort(), qPrintable(me.fingerprint().toHex()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecureChat file transfer benchmark"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("write figures to FILE"), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("mib"),
        QStringLiteral("size of the file in MiB (default 1024)"), QStringLiteral("N"),
        QStringLiteral("1024"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("a 128 MiB file instead"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
        QStringLiteral("where the file and the copy are written (default: a temporary folder)"),
        QStringLiteral("DIR"));
    const QCommandLineOption receiveOption(QStringLiteral("receive-into"),
        QStringLiteral("(internal) be the receiving process, saving into DIR"),
        QStringLiteral("DIR"));
    parser.addOptions({ jsonOption, sizeOption, quickOption, dirOption, receiveOption });
    parser.process(app);
    if (parser.isSet(receiveOption))
        return receive(parser.value(receiveOption));
    const qint64 mib = parser.isSet(quickOption) ? 128 : parser.value(sizeOption).toLongLong();

    const crypto::Identity clientIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench client"), 2048);
    if (clientIdentity.isNull()) {
        std::fprintf(stderr, "identity creation failed (is qca-ossl installed?)\n");
        return 1;
    }
    QTemporaryDir temporary(parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("files-bench-XXXXXX"))
            : QDir::tempPath() + QStringLiteral("/files-bench-XXXXXX"));
    const QString source = QDir(temporary.path()).filePath(QStringLiteral("big.bin"));
    const QString downloads = QDir(temporary.path()).filePath(QStringLiteral("downloads"));
    QDir().mkpath(downloads);
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(source));
            return 1;
        }
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = char(i * 7 + i / 4096);
        for (qint64 i = 0; i < mib; ++i)
            file.write(block);
    }

    QProcess receiver;
    const QList<QByteArray> words
        = startChild(receiver, { QStringLiteral("--receive-into"), downloads });
    const auto receiverKey = words.size() == 3
        ? crypto::Fingerprint::fromString(QString::fromLatin1(words.at(2)))
        : std::nullopt;
    if (!receiverKey) {
        std::fprintf(stderr, "the receiving process did not start\n");
        return 1;
    }
    // Transfers are between contacts: the sender remembers the receiver.
    storage::ContactStore clientContacts(QDir(temporary.path()).filePath(QStringLiteral("client")));
    ChatController client(clientIdentity, &clientContacts);
    QString error;
    const chat::ConversationId clientId = client.connectToPeer(
        QStringLiteral("127.0.0.1"), quint16(words.at(1).toUInt()), *receiverKey);
    if (!waitUntil([&] { return client.state(clientId) == ConversationState::Ready; }, 30000)) {
        std::fprintf(stderr, "no connection\n");
        return 1;
    }

    Figures figures;
    figures.rssBeforeKiB = peakRssKiB();
    const chat::TransferHandle sent = client.files()->sendFile(*receiverKey, source, &error);
    if (!sent) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Timed from the first byte out to the receiver's confirmation.
    QElapsedTimer transfer;
    QObject::connect(client.files(), &FileTransfers::progress, client.files(), [&] {
        if (!transfer.isValid())
            transfer.start();
    });
    // A text every 50 ms in the direction of the file; its round trip is send to receipt.
    QHash<QString, qint64> sentAt;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&client, &ChatController::deliveryChanged, &client,
        [&](chat::ConversationId, const QString &id, chat::DeliveryState state) {
            if (state == chat::DeliveryState::Delivered && sentAt.contains(id))
                figures.roundTrips.push_back(double(clock.nsecsElapsed() - sentAt.take(id)) / 1e6);
        });
    QTimer texts;
    texts.setInterval(50);
    QObject::connect(&texts, &QTimer::timeout, &client, [&] {
        if (transfer.isValid() && client.state(clientId) == ConversationState::Ready)
            sentAt.insert(client.sendText(clientId, QStringLiteral("ping during the transfer")),
                clock.nsecsElapsed());
    });
    texts.start();
    const auto finished = [&] {
        return client.files()->transfer(sent).isFinal();
    };
    // At half way the connection drops; the time from reconnection to data flowing again is
    // the resume figure (not counted in the throughput).
    const qint64 total = mib << 20;
    if (!waitUntil([&] { return finished() || client.files()->transfer(sent).done >= total / 2; },
            600 * 1000)) {
        std::fprintf(stderr, "the transfer did not get half way in 10 minutes\n");
        return 1;
    }
    double pausedSeconds = 0;
    if (!finished()) {
        QElapsedTimer away;
        away.start();
        texts.stop();
        client.closeConversation(clientId);
        waitUntil([&] { return client.state(clientId) == ConversationState::Closed; }, 30000);
        client.connectNow(clientId);
        waitUntil([&] { return client.state(clientId) == ConversationState::Ready; }, 30000);
        QElapsedTimer resume;
        resume.start();
        const qint64 doneBefore = client.files()->transfer(sent).done;
        waitUntil([&] { return finished() || client.files()->transfer(sent).done > doneBefore; },
            600 * 1000);
        figures.resumeMs = double(resume.nsecsElapsed()) / 1e6;
        pausedSeconds = double(away.nsecsElapsed()) / 1e9;
        texts.start();
    }
    waitUntil(finished, 3600 * 1000);
    figures.seconds = double(transfer.nsecsElapsed()) / 1e9 - pausedSeconds;
    figures.rssPeakKiB = peakRssKiB();
    figures.receiverPeakKiB = std::max<qint64>(0, procStatusKiB(receiver.processId(), "VmHWM"));
    receiver.kill();
    receiver.waitForFinished(5000); // the benchmark's own clean-up, after all figures
    if (client.files()->transfer(sent).state != TransferState::Completed)
        figures.error = client.files()->transfer(sent).reason;
    figures.bytes = total;
    figures.mbps = figures.seconds > 0 ? double(total) / figures.seconds / 1e6 : 0;

    // The same file through OpenSSL's own tools (s_client reading it), after the transfer.
    const crypto::Identity hostIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench host"), 2048);
    OpenSsl openssl(hostIdentity, clientIdentity);
    if (openssl.available())
        figures.openSslMBps = openssl.bulk(source).megabytesPerSecond;

    out(QStringLiteral("| file transfer over loopback (two controllers, two processes) | value |"));
    out(QStringLiteral("|---|---|"));
    out(QStringLiteral("| file | %1 MiB |").arg(mib));
    out(QStringLiteral("| throughput | %1 MB/s |").arg(figures.mbps, 0, 'f', 1));
    const double share = figures.openSslMBps > 0 ? figures.mbps / figures.openSslMBps * 100 : 0;
    out(QStringLiteral("| the same file through OpenSSL s_client → s_server (TLS 1.3) | %1 MB/s "
                       "(%2 % of it) |")
            .arg(figures.openSslMBps, 0, 'f', 1)
            .arg(share, 0, 'f', 0));
    out(QStringLiteral("| text round trip during the transfer, p50 / p99 (%1 texts) | %2 / %3 ms |")
            .arg(figures.roundTrips.size())
            .arg(quantile(figures.roundTrips, 0.5), 0, 'f', 2)
            .arg(quantile(figures.roundTrips, 0.99), 0, 'f', 2));
    out(QStringLiteral("| sender peak RSS before / after | %1 / %2 MiB |")
            .arg(double(figures.rssBeforeKiB) / 1024, 0, 'f', 1)
            .arg(double(figures.rssPeakKiB) / 1024, 0, 'f', 1));
    out(QStringLiteral("| receiver peak RSS | %1 MiB |")
            .arg(double(figures.receiverPeakKiB) / 1024, 0, 'f', 1));
    out(QStringLiteral("| resume: reconnection to data flowing again | %1 ms |")
            .arg(figures.resumeMs, 0, 'f', 1));
    if (!figures.error.isEmpty())
        out(QStringLiteral("| error | %1 |").arg(figures.error));

    if (parser.isSet(jsonOption)) {
        const QJsonObject json {
            { QStringLiteral("file_bytes"), figures.bytes },
            { QStringLiteral("seconds"), figures.seconds },
            { QStringLiteral("throughput_mbps"), figures.mbps },
            { QStringLiteral("openssl_mbps"), figures.openSslMBps },
            { QStringLiteral("text_round_trip_p50_ms"), quantile(figures.roundTrips, 0.5) },
            { QStringLiteral("text_round_trip_p99_ms"), quantile(figures.roundTrips, 0.99) },
            { QStringLiteral("text_round_trips"), qint64(figures.roundTrips.size()) },
            { QStringLiteral("peak_rss_before_kib"), qint64(figures.rssBeforeKiB) },
            { QStringLiteral("peak_rss_after_kib"), qint64(figures.rssPeakKiB) },
            { QStringLiteral("receiver_peak_rss_kib"), qint64(figures.receiverPeakKiB) },
            { QStringLiteral("resume_ms"), figures.resumeMs },
            { QStringLiteral("error"), figures.error },
        };
        QFile file(parser.value(jsonOption));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
    }
    return figures.error.isEmpty() ? 0 : 1;
}
