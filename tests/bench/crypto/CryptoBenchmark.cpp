// SPDX-License-Identifier: MIT
// SecureChat crypto benchmark: key generation per size, the GUI thread's longest event-loop
// stall while a 4096-bit key generates on the worker, and seal/open throughput. Prints a table;
// --json FILE writes the figures. Figures only, never pass/fail.
#include "../BenchSupport.h"
#include "common/AppIdentity.h"
#include "crypto/KeyGenerator.h"
#include "crypto/RsaService.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QtCrypto>

using namespace securechat::bench;
using securechat::crypto::Identity;
using securechat::crypto::KeyGenerator;
using securechat::crypto::RsaService;

namespace {

struct Stats {
    double median = 0, min = 0, max = 0;
    int runs = 0;
};

Stats statsOf(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    s.runs = int(n);
    s.min = values.front();
    s.max = values.back();
    s.median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return s;
}

QJsonObject toJson(const Stats &s)
{
    return { { QStringLiteral("median"), s.median }, { QStringLiteral("min"), s.min },
        { QStringLiteral("max"), s.max }, { QStringLiteral("runs"), s.runs } };
}

struct StallResult {
    double longestStallMs = 0; // longest time between two timer ticks, minus the interval
    double generationMs = 0; // wall time of the generations
    int ticks = 0;
    int generations = 0;
};

StallResult measureStall(int generations)
{
    constexpr int kIntervalMs = 1;
    StallResult result;
    KeyGenerator generator;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kIntervalMs);
    QElapsedTimer sinceTick;
    qint64 longestNs = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++result.ticks;
        longestNs = std::max(longestNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    QEventLoop loop;
    bool failed = false;
    QObject::connect(&generator, &KeyGenerator::finished, &loop, &QEventLoop::quit);
    QObject::connect(&generator, &KeyGenerator::failed, &loop, [&] {
        failed = true;
        loop.quit();
    });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    for (int i = 0; i < generations && !failed; ++i) {
        generator.start(QStringLiteral("Benchmark"), 4096);
        loop.exec();
        ++result.generations;
    }
    ticker.stop();
    longestNs = std::max(longestNs, sinceTick.nsecsElapsed());
    result.generationMs = double(total.nsecsElapsed()) / 1e6;
    result.longestStallMs = std::max(0.0, double(longestNs) / 1e6 - kIntervalMs);
    return result;
}

struct Throughput {
    qsizetype bytes = 0;
    int runs = 0;
    double sealMBps = 0, openMBps = 0; // median over runs, 10^6 bytes per second
};

Throughput measureSeal(const Identity &identity, qsizetype bytes, int runs)
{
    QByteArray plaintext(bytes, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes; ++i)
        plaintext[i] = char(i * 7);
    const QCA::PublicKey publicKey = identity.certificate.subjectPublicKey();
    std::vector<double> seal, open;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto envelope = RsaService::seal(publicKey, plaintext);
        seal.push_back(double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        const auto opened = envelope ? RsaService::open(identity.privateKey, *envelope)
                                     : std::optional<QByteArray>();
        open.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!opened || opened->size() != bytes) {
            std::fprintf(stderr, "seal/open failed at %lld bytes\n", qlonglong(bytes));
            return {};
        }
    }
    Throughput t;
    t.bytes = bytes;
    t.runs = runs;
    t.sealMBps = double(bytes) / 1e6 / statsOf(seal).median;
    t.openMBps = double(bytes) / 1e6 / statsOf(open).median;
    return t;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

int main(int argc, char *argv[])
{
    QCA::Initializer qcaInit;
    QCoreApplication app(argc, argv);
    securechat::applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SecureChat crypto benchmark"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QStringLiteral("Also write the figures as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"), QStringLiteral("Fewer runs (a smoke test)."));
    parser.addOption(jsonOption);
    parser.addOption(quickOption);
    parser.process(app);
    const bool quick = parser.isSet(quickOption);

    if (!QCA::isSupported("rsa") || !QCA::isSupported("aes256-gcm")) {
        std::fprintf(stderr, "qca-ossl is missing: install libqca-qt6-plugins\n");
        return 1;
    }

    QJsonObject json;
    json.insert(QStringLiteral("benchmark"), QStringLiteral("crypto"));
    json.insert(QStringLiteral("cpu"), cpuModel());
    json.insert(QStringLiteral("threads"), QThread::idealThreadCount());
    json.insert(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("qca"), QString::fromLatin1(qcaVersionStr()));
    json.insert(QStringLiteral("provider"),
        QCA::findProvider(QStringLiteral("qca-ossl"))
            ? QCA::findProvider(QStringLiteral("qca-ossl"))->name()
            : QStringLiteral("?"));

    out(QStringLiteral("SecureChat crypto benchmark — %1, %2 threads, Qt %3, QCA %4")
            .arg(cpuModel())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(qcaVersionStr())));
    out(QString());

    // 1. Key generation.
    struct Size {
        int bits, runs;
    };
    const std::vector<Size> sizes = quick
        ? std::vector<Size> { { 2048, 3 }, { 3072, 2 }, { 4096, 1 } }
        : std::vector<Size> { { 2048, 21 }, { 3072, 11 }, { 4096, 11 } };
    out(QStringLiteral("RSA key generation (RsaService::generateKey)"));
    out(QStringLiteral("| key size | runs | median ms | min ms | max ms |"));
    out(QStringLiteral("|---------:|-----:|----------:|-------:|-------:|"));
    QJsonObject keygen;
    for (const Size &size : sizes) {
        std::vector<double> times;
        for (int i = 0; i < size.runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QCA::PrivateKey key = RsaService::generateKey(size.bits);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (key.isNull()) {
                std::fprintf(stderr, "key generation failed\n");
                return 1;
            }
        }
        const Stats s = statsOf(times);
        out(QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                .arg(size.bits, 8)
                .arg(s.runs, 4)
                .arg(s.median, 9, 'f', 0)
                .arg(s.min, 6, 'f', 0)
                .arg(s.max, 6, 'f', 0));
        keygen.insert(QString::number(size.bits), toJson(s));
    }
    json.insert(QStringLiteral("keygen_ms"), keygen);
    out(QString());

    // 2. Event-loop stall on the GUI thread while the worker generates.
    const StallResult stall = measureStall(quick ? 1 : 5);
    out(QStringLiteral("GUI-thread event loop during 4096-bit generation on the worker "
                       "(1 ms timer)"));
    out(QStringLiteral("| generations | wall ms | timer ticks | longest stall ms |"));
    out(QStringLiteral("|------------:|--------:|------------:|-----------------:|"));
    out(QStringLiteral("| %1 | %2 | %3 | %4 |")
            .arg(stall.generations, 11)
            .arg(stall.generationMs, 7, 'f', 0)
            .arg(stall.ticks, 11)
            .arg(stall.longestStallMs, 16, 'f', 1));
    // For contrast: the same work done on the GUI thread stalls it for the whole generation.
    QElapsedTimer onGuiThread;
    onGuiThread.start();
    RsaService::generateKey(4096);
    const double guiThreadMs = double(onGuiThread.nsecsElapsed()) / 1e6;
    out(QStringLiteral("| (for contrast: one generation on the GUI thread itself stalls it "
                       "for %1 ms) |")
            .arg(guiThreadMs, 0, 'f', 0));
    json.insert(QStringLiteral("gui_stall"),
        QJsonObject { { QStringLiteral("generations"), stall.generations },
            { QStringLiteral("wall_ms"), stall.generationMs },
            { QStringLiteral("ticks"), stall.ticks },
            { QStringLiteral("longest_stall_ms"), stall.longestStallMs } });
    out(QString());

    // 3. Seal/open throughput with a default-size (3072-bit) identity.
    const Identity identity
        = RsaService::createIdentity(QStringLiteral("Benchmark"), RsaService::kDefaultKeyBits);
    if (identity.isNull()) {
        std::fprintf(stderr, "identity creation failed\n");
        return 1;
    }
    out(QStringLiteral("seal/open throughput (RSA-3072 OAEP + HKDF + AES-256-GCM; "
                       "MB = 10^6 bytes; median)"));
    out(QStringLiteral("| payload | runs | seal MB/s | open MB/s |"));
    out(QStringLiteral("|--------:|-----:|----------:|----------:|"));
    QJsonArray throughput;
    const std::vector<std::pair<qsizetype, int>> payloads
        = { { qsizetype(1) << 20, quick ? 3 : 21 }, { qsizetype(64) << 20, quick ? 1 : 5 } };
    for (const auto &[bytes, runs] : payloads) {
        const Throughput t = measureSeal(identity, bytes, runs);
        if (t.runs == 0)
            return 1;
        out(QStringLiteral("| %1 MiB | %2 | %3 | %4 |")
                .arg(bytes >> 20, 3)
                .arg(t.runs, 4)
                .arg(t.sealMBps, 9, 'f', 1)
                .arg(t.openMBps, 9, 'f', 1));
        throughput.append(QJsonObject { { QStringLiteral("bytes"), double(bytes) },
            { QStringLiteral("runs"), t.runs }, { QStringLiteral("seal_MBps"), t.sealMBps },
            { QStringLiteral("open_MBps"), t.openMBps } });
    }
    json.insert(QStringLiteral("seal_open"), throughput);

    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(QJsonDocument(json).toJson()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(jsonOption)));
            return 1;
        }
        out(QString());
        out(QStringLiteral("JSON written to %1").arg(parser.value(jsonOption)));
    }
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
