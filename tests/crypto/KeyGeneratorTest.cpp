// SPDX-License-Identifier: MIT
#include "crypto/KeyGenerator.h"

#include "CatchQtStrings.h"
#include "crypto/RsaService.h"

#include <memory>

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using securechat::crypto::Identity;
using securechat::crypto::KeyGenerator;

namespace {
constexpr int kGenerationDeadlineMs = 120000;
}

TEST_CASE("KeyGenerator delivers an identity asynchronously", "[crypto][keygen]")
{
    KeyGenerator generator;
    QSignalSpy finished(&generator, &KeyGenerator::finished);
    QSignalSpy failed(&generator, &KeyGenerator::failed);

    REQUIRE(generator.start(QStringLiteral("Carol"), 2048));
    CHECK(generator.isRunning());
    CHECK(finished.isEmpty()); // never from inside start()
    CHECK_FALSE(generator.start(QStringLiteral("Carol again"), 2048)); // one at a time

    REQUIRE(finished.wait(kGenerationDeadlineMs));
    CHECK(failed.isEmpty());
    CHECK_FALSE(generator.isRunning());
    const auto identity = finished.first().first().value<Identity>();
    REQUIRE_FALSE(identity.isNull());
    CHECK(identity.displayName == QStringLiteral("Carol"));
    CHECK(identity.privateKey.bitSize() == 2048);
    CHECK(identity.keyMatchesCertificate());

    // The generator can be used again.
    REQUIRE(generator.start(QStringLiteral("Dave"), 2048));
    REQUIRE(finished.wait(kGenerationDeadlineMs));
    CHECK(finished.last().first().value<Identity>().displayName == QStringLiteral("Dave"));
    CHECK(finished.last().first().value<Identity>().fingerprint() != identity.fingerprint());
}

TEST_CASE("KeyGenerator reports bad requests through failed()", "[crypto][keygen]")
{
    KeyGenerator generator;
    QSignalSpy finished(&generator, &KeyGenerator::finished);
    QSignalSpy failed(&generator, &KeyGenerator::failed);

    REQUIRE(generator.start(QStringLiteral("Carol"), 1024));
    REQUIRE(failed.wait(kGenerationDeadlineMs));
    CHECK(failed.first().first().toString().contains(QStringLiteral("2048, 3072 or 4096")));
    CHECK_FALSE(generator.isRunning());

    REQUIRE(generator.start(QStringLiteral("   "), 2048));
    REQUIRE(failed.wait(kGenerationDeadlineMs));
    CHECK(failed.last().first().toString().contains(QStringLiteral("name")));
    CHECK(finished.isEmpty());
}

TEST_CASE("The event loop keeps turning while a 4096-bit key generates", "[crypto][keygen]")
{
    KeyGenerator generator;
    QSignalSpy finished(&generator, &KeyGenerator::finished);

    constexpr int kTickMs = 10;
    constexpr qint64 kMinimumTotalMs = 1000;
    QTimer ticker;
    ticker.setInterval(kTickMs);
    int ticks = 0;
    qint64 maxGapMs = 0;
    QElapsedTimer sinceLastTick;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++ticks;
        maxGapMs = std::max(maxGapMs, sinceLastTick.restart());
    });

    QElapsedTimer elapsed;
    elapsed.start();
    sinceLastTick.start();
    ticker.start();
    // A 4096-bit generation sometimes finds its primes quickly: keep generating until the
    // measurement covers at least a second.
    int generations = 0;
    while (generations < 10 && (generations == 0 || elapsed.elapsed() < kMinimumTotalMs)) {
        REQUIRE(generator.start(QStringLiteral("Erin"), 4096));
        REQUIRE(generator.workerThread() != QThread::currentThread());
        REQUIRE(finished.wait(kGenerationDeadlineMs));
        ++generations;
    }
    ticker.stop();
    maxGapMs = std::max(maxGapMs, sinceLastTick.elapsed());
    const qint64 totalMs = elapsed.elapsed();

    CHECK(finished.first().first().value<Identity>().privateKey.bitSize() == 4096);
    INFO(generations << " generations took " << totalMs << " ms, " << ticks
                     << " ticks, longest gap " << maxGapMs << " ms");
    CHECK(ticks >= totalMs / (kTickMs * 4));
    CHECK(maxGapMs < 500);
}

TEST_CASE("Destroying a KeyGenerator mid-generation abandons it cleanly", "[crypto][keygen]")
{
    const int before = KeyGenerator::abandonedCount();
    bool signalled = false;
    {
        auto generator = std::make_unique<KeyGenerator>();
        QObject::connect(generator.get(), &KeyGenerator::finished, [&] { signalled = true; });
        QObject::connect(generator.get(), &KeyGenerator::failed, [&] { signalled = true; });
        REQUIRE(generator->start(QStringLiteral("Frank"), 3072));
        REQUIRE(generator->isRunning());
        generator.reset(); // returns at once; the worker thread is not waited for here
    }
    CHECK(KeyGenerator::abandonedCount() == before + 1);

    // The abandoned thread finishes on its own and is cleaned up; nothing is delivered.
    REQUIRE(QTest::qWaitFor(
        [&] { return KeyGenerator::abandonedCount() == before; }, kGenerationDeadlineMs));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(signalled);
}

TEST_CASE("Destroying an idle KeyGenerator stops its thread at once", "[crypto][keygen]")
{
    const int before = KeyGenerator::abandonedCount();
    auto generator = std::make_unique<KeyGenerator>();
    QSignalSpy finished(generator.get(), &KeyGenerator::finished);
    REQUIRE(generator->start(QStringLiteral("Grace"), 2048));
    REQUIRE(finished.wait(kGenerationDeadlineMs));
    generator.reset();
    CHECK(KeyGenerator::abandonedCount() == before);

    KeyGenerator neverStarted; // no thread at all
    CHECK_FALSE(neverStarted.isRunning());
}

TEST_CASE(
    "Quitting the application during a generation neither crashes nor hangs", "[crypto][keygen]")
{
    QProcess helper;
    helper.setProgram(
        QCoreApplication::applicationDirPath() + QStringLiteral("/keygen_quit_helper"));
    helper.start();
    REQUIRE(helper.waitForStarted());
    REQUIRE(helper.waitForFinished(kGenerationDeadlineMs));
    const QByteArray stderrText = helper.readAllStandardError();
    INFO(stderrText.toStdString());
    CHECK(helper.exitStatus() == QProcess::NormalExit);
    CHECK(helper.exitCode() == 0);
    CHECK(helper.readAllStandardOutput() == "abandoned 1\n");
    CHECK_FALSE(stderrText.contains("QThread"));
}
