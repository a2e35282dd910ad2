// SPDX-License-Identifier: MIT
#include "net/FrameCodec.h"

#include "CatchQtStrings.h"
#include "net/Protocol.h"

#include <catch2/catch_test_macros.hpp>

#include <QList>
#include <QRandomGenerator>
#include <QtEndian>

using securechat::net::FrameCodec;
using securechat::net::kMaxFrameBytes;

namespace {

QByteArray header(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(length, bytes.data());
    return bytes;
}

QList<QByteArray> drain(FrameCodec &codec)
{
    QList<QByteArray> frames;
    while (auto frame = codec.next())
        frames.append(*frame);
    return frames;
}

} // namespace

TEST_CASE("A frame is a big-endian length and the payload", "[net][frame]")
{
    const QByteArray frame = FrameCodec::encode("abc", kMaxFrameBytes);
    CHECK(frame == QByteArray::fromHex("00000003616263"));
    CHECK(FrameCodec::encode({}, kMaxFrameBytes).isEmpty());
    CHECK(FrameCodec::encode(QByteArray(kMaxFrameBytes + 1, 'x'), kMaxFrameBytes).isEmpty());
    CHECK(FrameCodec::encode(QByteArray(kMaxFrameBytes, 'x'), kMaxFrameBytes).size()
        == kMaxFrameBytes + 4);
}

TEST_CASE("Frames merged into one burst come out one by one", "[net][frame]")
{
    QByteArray burst;
    QList<QByteArray> sent;
    for (int i = 1; i <= 200; ++i) {
        sent.append(QByteArray(i, char('a' + i % 26)));
        burst += FrameCodec::encode(sent.last(), kMaxFrameBytes);
    }
    FrameCodec codec(kMaxFrameBytes);
    codec.append(burst);
    CHECK(drain(codec) == sent);
    CHECK(codec.pendingBytes() == 0);
    CHECK_FALSE(codec.hasError());
}

TEST_CASE("Frames split at every possible point are reassembled", "[net][frame]")
{
    const QByteArray stream = FrameCodec::encode("first", kMaxFrameBytes)
        + FrameCodec::encode("second frame", kMaxFrameBytes);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        FrameCodec codec(kMaxFrameBytes);
        codec.append(stream.left(cut));
        QList<QByteArray> frames = drain(codec);
        codec.append(stream.mid(cut));
        frames += drain(codec);
        CHECK(frames == QList<QByteArray> { "first", "second frame" });
        CHECK(codec.pendingBytes() == 0);
    }
}

TEST_CASE("Frames fed one byte at a time and in random pieces", "[net][frame]")
{
    QByteArray stream;
    QList<QByteArray> sent;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 50; ++i) {
        QByteArray payload(1 + random->bounded(5000), Qt::Uninitialized);
        for (auto &c : payload)
            c = char(random->bounded(256));
        sent.append(payload);
        stream += FrameCodec::encode(payload, kMaxFrameBytes);
    }
    FrameCodec bytewise(kMaxFrameBytes);
    QList<QByteArray> received;
    for (const char c : std::as_const(stream)) {
        bytewise.append(QByteArray(1, c));
        received += drain(bytewise);
    }
    CHECK(received == sent);

    FrameCodec pieces(kMaxFrameBytes);
    received.clear();
    for (qsizetype at = 0; at < stream.size();) {
        const qsizetype n = 1 + random->bounded(9000);
        pieces.append(stream.mid(at, n));
        at += n;
        received += drain(pieces);
    }
    CHECK(received == sent);
}

TEST_CASE("A truncated frame waits and reports its pending bytes", "[net][frame]")
{
    FrameCodec codec(kMaxFrameBytes);
    codec.append(header(10) + "12345");
    CHECK_FALSE(codec.next().has_value());
    CHECK(codec.pendingBytes() == 9);
    CHECK_FALSE(codec.hasError());
    codec.append("67890");
    CHECK(codec.next() == QByteArray("1234567890"));
}

TEST_CASE("An oversized length prefix is an error before any payload arrives", "[net][frame]")
{
    FrameCodec codec(kMaxFrameBytes);
    codec.append(header(quint32(kMaxFrameBytes + 1)));
    CHECK_FALSE(codec.next().has_value());
    CHECK(codec.hasError());
    CHECK(codec.error().contains(QString::number(kMaxFrameBytes + 1)));
    // The error sticks: later valid frames are not accepted.
    codec.append(FrameCodec::encode("ok", kMaxFrameBytes));
    CHECK_FALSE(codec.next().has_value());

    FrameCodec huge(kMaxFrameBytes);
    huge.append(header(0xffffffffu));
    CHECK_FALSE(huge.next().has_value());
    CHECK(huge.hasError());
}

TEST_CASE("A zero length frame is an error", "[net][frame]")
{
    FrameCodec codec(kMaxFrameBytes);
    codec.append(FrameCodec::encode("a", kMaxFrameBytes) + header(0));
    CHECK(codec.next() == QByteArray("a"));
    CHECK_FALSE(codec.next().has_value());
    CHECK(codec.hasError());
}

TEST_CASE("The largest allowed frame passes", "[net][frame]")
{
    FrameCodec codec(kMaxFrameBytes);
    const QByteArray payload(kMaxFrameBytes, 'z');
    codec.append(FrameCodec::encode(payload, kMaxFrameBytes));
    CHECK(codec.next() == payload);
    CHECK_FALSE(codec.hasError());
}
