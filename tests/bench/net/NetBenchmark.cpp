// SPDX-License-Identifier: MIT
// SecureChat network benchmark: connection set-up (connect to ready), message round trip (send to
// receipt), text throughput and peak memory of two ChatControllers talking over loopback, next to
// plain TLS 1.3 between OpenSSL's s_server and s_client/s_time in the same run with the same keys.
// Prints a table; --json FILE writes the figures. Figures only, never pass/fail.
#include "../BenchSupport.h"
#include "../OpenSslBaseline.h"
#include "chat/ChatController.h"
#include "common/AppIdentity.h"
#include "crypto/RsaService.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <sys/resource.h>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtCrypto>

using namespace securechat::bench;
using namespace securechat;
using chat::ChatController;
using chat::ConversationState;
using securechat::bench::waitUntil;

namespace {

struct Percentiles {
    double median = 0, p99 = 0, mean = 0;
    int runs = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const double total = std::accumulate(samples.begin(), samples.end(), 0.0);
    return { quantileOfSorted(samples, 0.5), quantileOfSorted(samples, 0.99),
        total / double(samples.size()), int(samples.size()) };
}

QJsonObject toJson(const Percentiles &p)
{
    return { { QStringLiteral("median_ms"), p.median }, { QStringLiteral("p99_ms"), p.p99 },
        { QStringLiteral("mean_ms"), p.mean }, { QStringLiteral("runs"), p.runs } };
}

double processCpuMicros()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto micros
        = [](const timeval &t) { return double(t.tv_sec) * 1e6 + double(t.tv_usec); };
    return micros(usage.ru_utime) + micros(usage.ru_stime);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}


struct Pair {
    Pair(const crypto::Identity &hostIdentity, const crypto::Identity &clientIdentity)
        : host(hostIdentity, nullptr)
        , client(clientIdentity, nullptr)
    {
        // Nothing is remembered, so every incoming peer waits for approval: approve at once.
        QObject::connect(&host, &ChatController::stateChanged,
            [this](chat::ConversationId id, ConversationState state) {
                if (state == ConversationState::AwaitingApproval)
                    host.acceptPeer(id);
            });
        host.listen(QHostAddress::LocalHost, 0);
    }
    ChatController host;
    ChatController client;
};

struct Throughput {
    int size = 0;
    int count = 0;
    double seconds = 0;
    // User and system CPU time of this process (both controllers) per message: unlike the
    // rate, it hardly moves when other programs compete for the processor.
    double cpuMicrosPerMessage = 0;
    double messagesPerSecond() const { return seconds > 0 ? count / seconds : 0; }
    double megabytesPerSecond() const
    {
        return seconds > 0 ? double(size) * count / seconds / 1e6 : 0;
    }
};

struct OpenSslFigures {
    bool available = false;
    double connectMeanMs = 0;
    int connections = 0;
    Percentiles roundTrip;
    double bulkMBps = 0;
    qint64 bulkBytes = 0;
    long serverPeakKiB = 0;
    long clientPeakKiB = 0;
    QString error;
};


OpenSslFigures measureOpenSsl(const crypto::Identity &hostIdentity,
    const crypto::Identity &clientIdentity, int roundTrips, int timeSeconds, qint64 bulkBytes)
{
    OpenSslFigures figures;
    OpenSsl openssl(hostIdentity, clientIdentity);
    if (!openssl.available()) {
        figures.error = QStringLiteral("openssl not found");
        return figures;
    }
    figures.available = true;

    // Connection set-up: s_time makes full handshakes one after another for timeSeconds.
    {
        const quint16 port = freePort();
        auto server
            = openssl.start(openssl.serverArgs(port) + QStringList { QStringLiteral("-www") });
        OpenSsl::waitForPort(port);
        QElapsedTimer timer;
        timer.start();
        auto stime
            = openssl.start(QStringList { QStringLiteral("s_time"), QStringLiteral("-connect"),
                                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-new"),
                                QStringLiteral("-time"), QString::number(timeSeconds) }
                + openssl.clientAuthArgs());
        waitUntil(
            [&] { return stime->state() == QProcess::NotRunning; }, (timeSeconds + 30) * 1000);
        const double wallMs = ms(timer.nsecsElapsed());
        const QString text = QString::fromLocal8Bit(stime->readAllStandardOutput());
        static const QRegularExpression pattern(QStringLiteral("(\\d+) connections in [\\d.]+s"));
        figures.connections = pattern.match(text).captured(1).toInt();
        if (figures.connections > 0)
            figures.connectMeanMs = wallMs / figures.connections;
        OpenSsl::stop(server.get());
    }

    // Round trip: s_server -rev echoes each line (reversed); s_client carries it through pipes.
    {
        const quint16 port = freePort();
        auto server
            = openssl.start(openssl.serverArgs(port) + QStringList { QStringLiteral("-rev") });
        OpenSsl::waitForPort(port);
        auto client
            = openssl.start(QStringList { QStringLiteral("s_client"), QStringLiteral("-connect"),
                                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-quiet") }
                + openssl.clientAuthArgs());
        QByteArray received;
        QObject::connect(client.get(), &QProcess::readyReadStandardOutput,
            [&] { received += client->readAllStandardOutput(); });
        // Warm up: the first answer also says the handshake is done.
        client->write("warmup\n");
        waitUntil([&] { return received.contains("pumraw\n"); }, 10000);
        received.clear();
        std::vector<double> samples;
        for (int i = 0; i < roundTrips; ++i) {
            QElapsedTimer timer;
            timer.start();
            client->write("0123456789abcdefghijklmnopqrstuv\n");
            if (!waitUntil([&] { return received.endsWith('\n'); }, 10000))
                break;
            samples.push_back(ms(timer.nsecsElapsed()));
            received.clear();
        }
        figures.roundTrip = percentiles(samples);
        if (samples.empty())
            figures.error = QStringLiteral("no echo from s_server -rev: %1 %2")
                                .arg(QString::fromLocal8Bit(client->readAllStandardError()),
                                    QString::fromLocal8Bit(server->readAllStandardOutput()));
        figures.serverPeakKiB
            = std::max(figures.serverPeakKiB, long(procStatusKiB(server->processId(), "VmHWM")));
        figures.clientPeakKiB
            = std::max(figures.clientPeakKiB, long(procStatusKiB(client->processId(), "VmHWM")));
        OpenSsl::stop(client.get());
        OpenSsl::stop(server.get());
    }

    // Bulk throughput: s_client sends a file, s_server swallows it.
    {
        const QString dataPath = openssl.path(QStringLiteral("bulk.bin"));
        {
            QFile data(dataPath);
            data.open(QIODevice::WriteOnly);
            const QByteArray chunk(1 << 20, 'x');
            for (qint64 written = 0; written < bulkBytes; written += chunk.size())
                data.write(chunk);
        }
        const OpenSslBulk bulk = openssl.bulk(dataPath);
        figures.bulkBytes = bulk.bytes;
        figures.bulkMBps = bulk.megabytesPerSecond;
        figures.serverPeakKiB = std::max(figures.serverPeakKiB, bulk.serverPeakKiB);
        figures.clientPeakKiB = std::max(figures.clientPeakKiB, bulk.clientPeakKiB);
        QFile::remove(dataPath);
    }
    return figures;
}

QString fmt(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecureChat network benchmark"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("write figures to FILE"), QStringLiteral("FILE"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("fewer iterations"));
    const QCommandLineOption bitsOption(QStringLiteral("key-bits"),
        QStringLiteral("RSA key size of both identities (default 3072, the product's default)"),
        QStringLiteral("N"), QStringLiteral("3072"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
        QStringLiteral("throughput bursts instead of the default ones, e.g. 262144:400,64:50000 "
                       "(to profile one of them)"),
        QStringLiteral("SIZE:COUNT,..."));
    parser.addOptions({ jsonOption, quickOption, bitsOption, sizesOption });
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int bits = parser.value(bitsOption).toInt();

    const int connections = quick ? 20 : 200;
    const int roundTrips = quick ? 200 : 2000;
    QList<std::pair<int, int>> sizes = quick
        ? QList<std::pair<int, int>> { { 64, 5000 }, { 4096, 2000 }, { 262144, 50 } }
        : QList<std::pair<int, int>> { { 64, 50000 }, { 4096, 20000 }, { 262144, 400 } };
    if (parser.isSet(sizesOption)) {
        sizes.clear();
        for (const QString &burst : parser.value(sizesOption).split(u',')) {
            const QStringList parts = burst.split(u':');
            const int size = parts.value(0).toInt();
            const int count = parts.value(1).toInt();
            if (parts.size() != 2 || size < 1 || size > 262144 || count < 1) {
                std::fprintf(stderr, "--sizes: \"%s\" is not SIZE:COUNT (1..262144 bytes)\n",
                    qPrintable(burst));
                return 2;
            }
            sizes.append({ size, count });
        }
    }

    const crypto::Identity hostIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench host"), bits);
    const crypto::Identity clientIdentity
        = crypto::RsaService::createIdentity(QStringLiteral("Bench client"), bits);
    if (hostIdentity.isNull() || clientIdentity.isNull()) {
        std::fprintf(stderr, "identity creation failed (is qca-ossl installed?)\n");
        return 1;
    }

    Pair pair(hostIdentity, clientIdentity);
    const quint16 port = pair.host.listeningPort();

    // 1. Connect to ready, one connection after another.
    // The first connection also loads TLS libraries and certificates: a warm-up, not counted.
    std::vector<double> setup;
    for (int i = -1; i < connections; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto id = pair.client.connectToPeer(QStringLiteral("127.0.0.1"), port);
        if (!waitUntil([&] {
                const auto state = pair.client.state(id);
                return state == ConversationState::Ready || state == ConversationState::Closed;
            })
            || pair.client.state(id) != ConversationState::Ready) {
            std::fprintf(
                stderr, "connection %d failed: %s\n", i, qPrintable(pair.client.closeReason(id)));
            return 1;
        }
        if (i >= 0)
            setup.push_back(ms(timer.nsecsElapsed()));
        pair.client.closeConversation(id);
        waitUntil([&] { return pair.client.state(id) == ConversationState::Closed; });
    }
    const Percentiles setupStats = percentiles(setup);

    // 2. Round trip: send, wait for the receipt, repeat.
    const auto id = pair.client.connectToPeer(QStringLiteral("127.0.0.1"), port);
    waitUntil([&] { return pair.client.state(id) == ConversationState::Ready; });
    const qsizetype hostBefore = pair.host.conversations().size();
    waitUntil([&] {
        const auto ids = pair.host.conversations();
        return ids.size() > hostBefore - 1
            && pair.host.state(ids.last()) == ConversationState::Ready;
    });
    const auto hostId = pair.host.conversations().last();
    QString awaited;
    bool delivered = false;
    QObject::connect(&pair.client, &ChatController::deliveryChanged,
        [&](chat::ConversationId, const QString &messageId, chat::DeliveryState state) {
            if (state == chat::DeliveryState::Delivered && messageId == awaited)
                delivered = true;
        });
    std::vector<double> rtt;
    const QString small = QStringLiteral("0123456789abcdefghijklmnopqrstuv");
    for (int i = 0; i < roundTrips; ++i) {
        delivered = false;
        QElapsedTimer timer;
        timer.start();
        awaited = pair.client.sendText(id, small);
        waitUntil([&] { return delivered; });
        rtt.push_back(ms(timer.nsecsElapsed()));
    }
    const Percentiles rttStats = percentiles(rtt);
    const long peakBeforeThroughput = peakRssKiB();

    // 3. Throughput: a burst of messages of each size, timed until the last one is delivered
    // to the host's application.
    qsizetype received = 0;
    QObject::connect(&pair.host, &ChatController::messageReceived,
        [&](chat::ConversationId, const chat::ChatMessage &) { ++received; });
    QList<Throughput> throughput;
    for (const auto &[size, count] : sizes) {
        const QString body(size, u'm');
        received = 0;
        const double cpuBefore = processCpuMicros();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i)
            pair.client.sendText(id, body);
        waitUntil([&] { return received >= count; }, 300000);
        throughput.append(Throughput { size, count, double(timer.nsecsElapsed()) / 1e9 });
        throughput.last().cpuMicrosPerMessage = (processCpuMicros() - cpuBefore) / count;
    }
    Q_UNUSED(hostId);
    pair.client.closeAll();
    waitUntil([&] { return pair.client.state(id) == ConversationState::Closed; });
    const long ourPeak = peakRssKiB();

    // 4. The same measurements with OpenSSL's own tools.
    const qint64 bulkBytes = qint64(quick ? 64 : 256) << 20;
    const OpenSslFigures ossl
        = measureOpenSsl(hostIdentity, clientIdentity, roundTrips, quick ? 2 : 5, bulkBytes);

    out(QStringLiteral("SecureChat network benchmark (loopback, RSA-%1 identities, TLS 1.3, mutual "
                       "certificates)")
            .arg(bits));
    out(QStringLiteral(""));
    out(QStringLiteral("| measure | SecureChat (ChatController ↔ ChatController) | plain TLS 1.3, "
                       "OpenSSL s_server ↔ s_client |"));
    out(QStringLiteral("|---|---|---|"));
    out(QStringLiteral("| connect → ready, median | %1 ms (%2 runs) | %3 ms mean (s_time, %4 "
                       "full handshakes) |")
            .arg(fmt(setupStats.median))
            .arg(setupStats.runs)
            .arg(fmt(ossl.connectMeanMs))
            .arg(ossl.connections));
    out(QStringLiteral("| connect → ready, p99 | %1 ms | n/a (s_time reports a total only) |")
            .arg(fmt(setupStats.p99)));
    out(QStringLiteral("| round trip, median | %1 ms (text → receipt, %2 runs) | %3 ms (line → "
                       "echo via s_client pipes) |")
            .arg(fmt(rttStats.median, 3))
            .arg(rttStats.runs)
            .arg(fmt(ossl.roundTrip.median, 3)));
    out(QStringLiteral("| round trip, p99 | %1 ms | %2 ms |")
            .arg(fmt(rttStats.p99, 3), fmt(ossl.roundTrip.p99, 3)));
    for (const Throughput &t : throughput) {
        out(QStringLiteral("| throughput, %1-byte texts | %2 msgs/s, %3 MB/s (%4 msgs; %5 µs CPU "
                           "per message, both sides) | — |")
                .arg(t.size)
                .arg(fmt(t.messagesPerSecond(), 0), fmt(t.megabytesPerSecond(), 1))
                .arg(t.count)
                .arg(fmt(t.cpuMicrosPerMessage, 1)));
    }
    out(QStringLiteral("| throughput, bulk stream | — | %1 MB/s (%2 MiB through s_client) |")
            .arg(fmt(ossl.bulkMBps, 1))
            .arg(ossl.bulkBytes >> 20));
    out(QStringLiteral("| peak RSS, connections and round trips | %1 MiB (one process, both "
                       "controllers) | s_server %2 MiB, s_client %3 MiB |")
            .arg(fmt(peakBeforeThroughput / 1024.0, 1), fmt(ossl.serverPeakKiB / 1024.0, 1),
                fmt(ossl.clientPeakKiB / 1024.0, 1)));
    out(QStringLiteral("| peak RSS, after the throughput bursts | %1 MiB (includes both "
                       "sides' histories, capped at %2 MiB each) | — |")
            .arg(fmt(ourPeak / 1024.0, 1))
            .arg(securechat::chat::Conversation::kCachedBytes >> 20));
    if (!ossl.error.isEmpty())
        out(QStringLiteral("OpenSSL baseline: %1").arg(ossl.error));

    QJsonObject json;
    json.insert(QStringLiteral("benchmark"), QStringLiteral("net"));
    json.insert(QStringLiteral("key_bits"), bits);
    json.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("connect_to_ready"), toJson(setupStats));
    json.insert(QStringLiteral("round_trip"), toJson(rttStats));
    QJsonArray tp;
    for (const Throughput &t : throughput) {
        tp.append(QJsonObject { { QStringLiteral("size"), t.size },
            { QStringLiteral("count"), t.count }, { QStringLiteral("seconds"), t.seconds },
            { QStringLiteral("messages_per_second"), t.messagesPerSecond() },
            { QStringLiteral("megabytes_per_second"), t.megabytesPerSecond() },
            { QStringLiteral("cpu_us_per_message"), t.cpuMicrosPerMessage } });
    }
    json.insert(QStringLiteral("throughput"), tp);
    json.insert(QStringLiteral("peak_rss_kib"), qint64(ourPeak));
    json.insert(QStringLiteral("peak_rss_before_throughput_kib"), qint64(peakBeforeThroughput));
    json.insert(QStringLiteral("openssl"),
        QJsonObject { { QStringLiteral("available"), ossl.available },
            { QStringLiteral("connect_mean_ms"), ossl.connectMeanMs },
            { QStringLiteral("connections"), ossl.connections },
            { QStringLiteral("round_trip"), toJson(ossl.roundTrip) },
            { QStringLiteral("bulk_megabytes_per_second"), ossl.bulkMBps },
            { QStringLiteral("bulk_bytes"), ossl.bulkBytes },
            { QStringLiteral("server_peak_rss_kib"), qint64(ossl.serverPeakKiB) },
            { QStringLiteral("client_peak_rss_kib"), qint64(ossl.clientPeakKiB) } });
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(jsonOption)));
            return 1;
        }
        out(QStringLiteral("JSON written to %1").arg(parser.value(jsonOption)));
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
