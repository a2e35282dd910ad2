// SPDX-License-Identifier: MIT
// LAN discovery on a real (virtual) local network: namespaces "a" and "b" on one bridge (the
// LAN, 10.88.0.0/24), "c" linked to the switch but not bridged (another network). Multicast and
// addresses exist only inside these namespaces.
#include "NetnsSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

using securechat::test::NamespacedProcess;
using securechat::test::requireNetnsPrivileges;
using securechat::test::TestNamespaces;

namespace {

constexpr int kWaitMs = 30000;
// Longer than one announcement interval (LanDiscovery::kAnnounceIntervalMs, 5 s).
const QString kListenSeconds = QStringLiteral("8");

class Lan
{
public:
    Lan()
    {
        sw = m_ns.add(QStringLiteral("sw"));
        REQUIRE(m_ns.ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("add"),
            m_ns.name(QStringLiteral("br")), QStringLiteral("type"), QStringLiteral("bridge") }));
        REQUIRE(m_ns.ip({ QStringLiteral("-n"), sw, QStringLiteral("link"), QStringLiteral("set"),
            m_ns.name(QStringLiteral("br")), QStringLiteral("up") }));
        a = attach(QStringLiteral("a"), QStringLiteral("10.88.0.2/24"), true);
        b = attach(QStringLiteral("b"), QStringLiteral("10.88.0.3/24"), true);
        c = attach(QStringLiteral("c"), QStringLiteral("10.88.0.4/24"), false);
    }

    TestNamespaces &namespaces() { return m_ns; }
    QString profile(const QString &who) const { return m_dir.filePath(who); }

    NamespacedProcess &cli(const QString &netns, const QStringList &arguments)
    {
        return m_ns.start(netns, QStringLiteral(SECURECHAT_CLI_PATH), arguments);
    }

    QString sw, a, b, c;

private:
    // A namespace with one interface on the switch; bridged: on the LAN.
    QString attach(const QString &who, const QString &address, bool bridged)
    {
        const QString netns = m_ns.add(who);
        const QString port = QStringLiteral("s") + who;
        m_ns.link(netns, who + QStringLiteral("0"), address, sw, port, QString());
        if (bridged)
            REQUIRE(m_ns.ip({ QStringLiteral("-n"), sw, QStringLiteral("link"),
                QStringLiteral("set"), m_ns.name(port), QStringLiteral("master"),
                m_ns.name(QStringLiteral("br")) }));
        return netns;
    }

    QTemporaryDir m_dir;
    TestNamespaces m_ns;
};

QString fingerprintIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("your fingerprint: ([0-9A-F ]+)\\n"));
    return pattern.match(text).captured(1).trimmed();
}

QStringList identityArgs(const Lan &lan, const QString &name)
{
    return { QStringLiteral("--profile"), lan.profile(name), QStringLiteral("--name"), name,
        QStringLiteral("--key-bits"), QStringLiteral("2048") };
}

} // namespace

TEST_CASE("A host announcing on the LAN is found there and not on another network; a contact "
          "found announcing is reconnected to without being asked",
    "[netns][discovery]")
{
    requireNetnsPrivileges();
    Lan lan;
    NamespacedProcess &annie = lan.cli(lan.a,
        QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("47000"),
            QStringLiteral("--lan-discovery"), QStringLiteral("--no-port-mapping"),
            QStringLiteral("--accept-new") }
            + identityArgs(lan, QStringLiteral("Annie")));
    REQUIRE(annie.waitForErr(QStringLiteral("Announcing this host on the local network"), kWaitMs));
    const QString annieFingerprint = fingerprintIn(annie.err());
    REQUIRE(annieFingerprint.size() == 79);

    NamespacedProcess &onLan = lan.cli(lan.b,
        { QStringLiteral("nearby"), QStringLiteral("--seconds"), kListenSeconds });
    NamespacedProcess &elsewhere = lan.cli(lan.c,
        { QStringLiteral("nearby"), QStringLiteral("--seconds"), kListenSeconds });
    REQUIRE(onLan.waitForExit(kWaitMs) == 0);
    REQUIRE(elsewhere.waitForExit(kWaitMs) == 0);
    INFO("on the LAN: " << onLan.out().toStdString() << onLan.err().toStdString());
    INFO("elsewhere: " << elsewhere.out().toStdString() << elsewhere.err().toStdString());
    const QStringList found = onLan.out().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(found.size() == 1);
    const QStringList fields = found.first().split(u'\t');
    REQUIRE(fields.size() == 3);
    CHECK(fields.at(0) == QStringLiteral("Annie"));
    CHECK(fields.at(1).endsWith(QStringLiteral(":47000")));
    CHECK(fields.at(2) == annieFingerprint);
    CHECK(elsewhere.out().isEmpty());
    CHECK(elsewhere.err().contains(QStringLiteral("Nobody announced")));

    // Bea talks to Annie once (both become contacts), then only hosts with discovery on: she
    // hears Annie announce and connects to her by herself.
    NamespacedProcess &firstTalk = lan.cli(lan.b,
        QStringList { QStringLiteral("connect"), QStringLiteral("10.88.0.2:47000"),
            QStringLiteral("--expect"), annieFingerprint, QStringLiteral("--accept-new") }
            + identityArgs(lan, QStringLiteral("Bea")));
    REQUIRE(firstTalk.waitForErr(QStringLiteral("Connected to Annie"), kWaitMs));
    firstTalk.endInput();
    REQUIRE(firstTalk.waitForExit(kWaitMs) == 0);
    REQUIRE(annie.waitForErr(QStringLiteral("Conversation with Bea"), kWaitMs));
    const qsizetype connectionsBefore = annie.err().count(QStringLiteral("Connected to Bea"));

    NamespacedProcess &bea = lan.cli(lan.b,
        QStringList { QStringLiteral("host"), QStringLiteral("--port"), QStringLiteral("47001"),
            QStringLiteral("--lan-discovery"), QStringLiteral("--no-port-mapping") }
            + identityArgs(lan, QStringLiteral("Bea")));
    const bool reconnected = bea.waitForErr(QStringLiteral("Connected to Annie"), kWaitMs);
    INFO("bea: " << bea.err().toStdString());
    INFO("annie: " << annie.err().toStdString());
    REQUIRE(reconnected);
    CHECK(annie.waitForErr(QStringLiteral("Connected to Bea"), kWaitMs));
    CHECK(QTest::qWaitFor(
        [&] { return annie.err().count(QStringLiteral("Connected to Bea")) > connectionsBefore; },
        kWaitMs));
    bea.writeLine(QStringLiteral("found you on the LAN"));
    CHECK(annie.waitForOut(QStringLiteral("Bea: found you on the LAN\n"), kWaitMs));
    bea.endInput();
    CHECK(bea.waitForExit(kWaitMs) == 0);
    annie.endInput();
    CHECK(annie.waitForExit(kWaitMs) == 0);
}
