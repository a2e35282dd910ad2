// SPDX-License-Identifier: MIT
#include "net/DiscoveryPacket.h"

#include "CatchQtStrings.h"
#include "net/LanDiscovery.h"

#include <catch2/catch_test_macros.hpp>

#include <QRandomGenerator>
#include <QSignalSpy>

using securechat::crypto::Fingerprint;
using securechat::net::DiscoveryPacket;
using securechat::net::LanDiscovery;

namespace {

Fingerprint fingerprintOf(char first)
{
    QByteArray bytes(Fingerprint::kSize, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = char(first + i);
    return Fingerprint::fromBytes(bytes);
}

DiscoveryPacket alice()
{
    return { 47000, fingerprintOf(0), QStringLiteral("Alice") };
}

const QHostAddress kSender(QStringLiteral("192.168.1.20"));

} // namespace

TEST_CASE("A discovery packet is encoded as docs/protocol.md shows", "[net][discovery]")
{
    // The example of docs/protocol.md, section 13, "LAN discovery".
    const QByteArray expected = QByteArray::fromHex("53434c44"
                                                    "01"
                                                    "00"
                                                    "b798"
                                                    "000102030405060708090a0b0c0d0e0f"
                                                    "101112131415161718191a1b1c1d1e1f"
                                                    "0005"
                                                    "416c696365");
    CHECK(alice().encode() == expected);
    const auto decoded = DiscoveryPacket::decode(expected);
    REQUIRE(decoded);
    CHECK(*decoded == alice());
}

TEST_CASE("Discovery packets round-trip names of every allowed length", "[net][discovery]")
{
    for (const QString &name :
        { QStringLiteral("Zoë 🦊"), QString(256, u'x'), QStringLiteral("名前") }) {
        const DiscoveryPacket packet { 1, fingerprintOf(7), name };
        const QByteArray bytes = packet.encode();
        REQUIRE(bytes.size() <= DiscoveryPacket::kMaxBytes);
        const auto decoded = DiscoveryPacket::decode(bytes);
        REQUIRE(decoded);
        CHECK(*decoded == packet);
    }
}

TEST_CASE("What cannot be announced is not encoded", "[net][discovery]")
{
    CHECK(DiscoveryPacket { 0, fingerprintOf(0), QStringLiteral("A") }.encode().isEmpty());
    CHECK(DiscoveryPacket { 1, Fingerprint(), QStringLiteral("A") }.encode().isEmpty());
    CHECK(DiscoveryPacket { 1, fingerprintOf(0), QStringLiteral("a\nb") }.encode().isEmpty());
    CHECK(DiscoveryPacket { 1, fingerprintOf(0), QString(257, u'x') }.encode().isEmpty());
}

TEST_CASE("Malformed discovery packets are refused", "[net][discovery]")
{
    const QByteArray good = alice().encode();
    const auto with = [&](int offset, char value) {
        QByteArray bytes = good;
        bytes[offset] = value;
        return bytes;
    };
    SECTION("every truncation")
    {
        for (int size = 0; size < good.size(); ++size)
            CHECK_FALSE(DiscoveryPacket::decode(good.left(size)));
    }
    SECTION("trailing bytes")
    {
        CHECK_FALSE(DiscoveryPacket::decode(good + 'x'));
    }
    SECTION("oversized")
    {
        CHECK_FALSE(DiscoveryPacket::decode(QByteArray(DiscoveryPacket::kMaxBytes + 1, 'S')));
        CHECK_FALSE(DiscoveryPacket::decode(QByteArray(65507, '\0')));
    }
    SECTION("magic, version, flags")
    {
        CHECK_FALSE(DiscoveryPacket::decode(with(0, 'X')));
        CHECK_FALSE(DiscoveryPacket::decode(with(4, 2)));
        CHECK_FALSE(DiscoveryPacket::decode(with(4, 0)));
        CHECK_FALSE(DiscoveryPacket::decode(with(5, 1)));
    }
    SECTION("port 0")
    {
        CHECK_FALSE(DiscoveryPacket::decode(with(7, 0).replace(6, 1, QByteArray(1, '\0'))));
    }
    SECTION("a name length that does not match")
    {
        CHECK_FALSE(DiscoveryPacket::decode(with(41, 6)));
        CHECK_FALSE(DiscoveryPacket::decode(with(41, 4)));
        CHECK_FALSE(DiscoveryPacket::decode(with(40, 1)));
    }
    SECTION("a name that is not UTF-8 or that peers would refuse")
    {
        CHECK_FALSE(DiscoveryPacket::decode(with(42, char(0xff))));
        CHECK_FALSE(DiscoveryPacket::decode(with(42, '\n')));
        CHECK_FALSE(DiscoveryPacket::decode(with(42, ' ').replace(43, 4, "    ")));
    }
    SECTION("random bytes")
    {
        QRandomGenerator random(14);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(int(random.bounded(DiscoveryPacket::kMaxBytes + 2)), '\0');
            for (char &byte : bytes)
                byte = char(random.bounded(256));
            if (i % 2 == 0 && bytes.size() >= 6)
                bytes.replace(0, 6, QByteArray("SCLD\x01\x00", 6));
            CHECK_NOTHROW(DiscoveryPacket::decode(bytes));
        }
    }
}

TEST_CASE("LAN discovery keeps who announces, updates them and forgets them", "[net][discovery]")
{
    LanDiscovery discovery;
    QSignalSpy found(&discovery, &LanDiscovery::peerFound);
    const qint64 now = 1000;
    discovery.handleDatagram(alice().encode(), kSender, now);
    REQUIRE(discovery.peersAt(now).size() == 1);
    CHECK(discovery.peersAt(now).front().announcement == alice());
    CHECK(discovery.peersAt(now).front().address == kSender);
    discovery.handleDatagram(alice().encode(), kSender, now + 10);
    CHECK(found.size() == 1); // the same announcement again is no news
    DiscoveryPacket moved = alice();
    moved.port = 47001;
    discovery.handleDatagram(moved.encode(), kSender, now + 20);
    CHECK(found.size() == 2);
    CHECK(discovery.peersAt(now + 20).front().announcement.port == 47001);
    discovery.handleDatagram(QByteArray("garbage"), kSender, now + 30);
    CHECK(discovery.peersAt(now + 30).size() == 1);
    CHECK(discovery.droppedDatagrams() == 1);
    CHECK(discovery.peersAt(now + 20 + LanDiscovery::kExpiryMs + 1).isEmpty());
}

TEST_CASE("LAN discovery ignores its own announcement", "[net][discovery]")
{
    LanDiscovery discovery;
    discovery.setOwnFingerprint(alice().fingerprint);
    discovery.handleDatagram(alice().encode(), kSender, 0);
    CHECK(discovery.peersAt(0).isEmpty());
}

TEST_CASE("A flood of announcements keeps the table and the work bounded", "[net][discovery]")
{
    LanDiscovery discovery;
    QRandomGenerator random(47);
    qint64 now = 0;
    constexpr int kFlood = 20000;
    for (int i = 0; i < kFlood; ++i) {
        QByteArray bytes(Fingerprint::kSize, '\0');
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const DiscoveryPacket spoofed { quint16(1 + i % 60000), Fingerprint::fromBytes(bytes),
            QStringLiteral("spoof %1").arg(i) };
        discovery.handleDatagram(spoofed.encode(), kSender, now + i / 100); // 100 per ms
        REQUIRE(discovery.peersAt(now).size() <= LanDiscovery::kMaxPeers);
    }
    CHECK(discovery.peersAt(now).size() == LanDiscovery::kMaxPeers);
    // At most kMaxDatagramsPerSecond were looked at in the flood's 200 ms.
    CHECK(discovery.overBudgetDatagrams() == kFlood - LanDiscovery::kMaxDatagramsPerSecond);
    CHECK(discovery.droppedDatagrams() == kFlood - LanDiscovery::kMaxPeers);

    // Once the flood has expired, a real announcement gets in again.
    now += LanDiscovery::kExpiryMs + 1000;
    discovery.handleDatagram(alice().encode(), kSender, now);
    REQUIRE(discovery.peersAt(now).size() == 1);
    CHECK(discovery.peersAt(now).front().announcement == alice());
}
