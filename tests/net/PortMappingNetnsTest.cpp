// SPDX-License-Identifier: MIT
// Port mapping against a real miniupnpd: a "home" namespace (the host, 10.77.0.2) behind a
// "router" namespace (miniupnpd, nftables masquerade, outside address 11.22.33.1) and an
// "internet" namespace (the peer, 11.22.33.2). The addresses exist only inside these
// namespaces; the outside one is not a private or documentation range because miniupnpd and
// miniupnpc treat those as "behind another NAT".
#include "NetnsSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using securechat::test::CommandResult;
using securechat::test::NamespacedProcess;
using securechat::test::requireNetnsPrivileges;
using securechat::test::systemTool;
using securechat::test::TestNamespaces;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kQuietMs = 3000;
const QString kExternal = QStringLiteral("11.22.33.1");
const QString kHostPort = QStringLiteral("47000");

enum class RouterMode { UpnpAndNatPmp, NatPmpOnly, Disabled };

// The namespaces, the router's firewall and its miniupnpd.
class HomeNetwork
{
public:
    explicit HomeNetwork(RouterMode mode)
    {
        home = m_ns.add(QStringLiteral("home"));
        router = m_ns.add(QStringLiteral("rt"));
        internet = m_ns.add(QStringLiteral("net"));
        m_ns.link(home, QStringLiteral("h"), QStringLiteral("10.77.0.2/24"), router,
            QStringLiteral("rl"), QStringLiteral("10.77.0.1/24"));
        m_ns.link(router, QStringLiteral("rw"), kExternal + QStringLiteral("/24"), internet,
            QStringLiteral("i"), QStringLiteral("11.22.33.2/24"));
        REQUIRE(
            m_ns.ip({ QStringLiteral("-n"), home, QStringLiteral("route"), QStringLiteral("add"),
                QStringLiteral("default"), QStringLiteral("via"), QStringLiteral("10.77.0.1") }));
        requireSuccess(m_ns.exec(router, systemTool(QStringLiteral("sysctl")),
            { QStringLiteral("-w"), QStringLiteral("net.ipv4.ip_forward=1") }));
        requireSuccess(m_ns.exec(router, systemTool(QStringLiteral("nft")),
            { QStringLiteral("-f"), QStringLiteral("-") }, firewall().toUtf8()));
        REQUIRE(m_dir.isValid());
        const QString config = m_dir.filePath(QStringLiteral("miniupnpd.conf"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(miniupnpdConfig(mode).toUtf8()) > 0);
        file.close();
        m_miniupnpd = &m_ns.start(router, systemTool(QStringLiteral("miniupnpd")),
            { QStringLiteral("-d"), QStringLiteral("-f"), config });
        if (mode != RouterMode::Disabled) {
            // Ready once it listens for NAT-PMP (it logs its sockets as it opens them).
            REQUIRE(m_miniupnpd->waitForErr(QStringLiteral("Listening for NAT-PMP"), kWaitMs));
        }
    }

    QString profile(const QString &name) const { return m_dir.filePath(name); }
    TestNamespaces &namespaces() { return m_ns; }
    QString routerLog() const { return m_miniupnpd->err() + m_miniupnpd->out(); }
    bool routerHears(const QString &text, int ms) { return m_miniupnpd->waitForErr(text, ms); }

    // The redirections miniupnpd has installed in the router's firewall.
    QString forwardedPorts()
    {
        const CommandResult rules = m_ns.exec(router, systemTool(QStringLiteral("nft")),
            { QStringLiteral("list"), QStringLiteral("chain"), QStringLiteral("inet"),
                QStringLiteral("filter"), QStringLiteral("prerouting_miniupnpd") });
        REQUIRE(rules.exitCode == 0);
        QStringList lines;
        for (const QString &line : rules.output.split(u'\n')) {
            if (line.contains(QStringLiteral("dnat")))
                lines << line.trimmed();
        }
        return lines.join(u'\n');
    }

    // Whether a TCP connection from the internet side to address:port is accepted.
    bool reachableFromInternet(const QString &address, const QString &port)
    {
        const CommandResult result = m_ns.exec(internet, systemTool(QStringLiteral("timeout")),
            { QStringLiteral("3"), QStringLiteral("bash"), QStringLiteral("-c"),
                QStringLiteral("exec 3<>/dev/tcp/%1/%2").arg(address, port) });
        return result.exitCode == 0;
    }

    QString home;
    QString router;
    QString internet;

private:
    static void requireSuccess(const CommandResult &result)
    {
        INFO(result.output.toStdString());
        REQUIRE(result.exitCode == 0);
    }

    // A home router's firewall: forward what the LAN sends out (masqueraded), replies, and what
    // miniupnpd opens; nothing else comes in.
    QString firewall() const
    {
        return QStringLiteral(R"(table inet filter {
  chain forward {
    type filter hook forward priority 0; policy drop;
    ct state established,related accept
    iifname "%1" accept
    jump miniupnpd
  }
  chain miniupnpd {
  }
  chain prerouting {
    type nat hook prerouting priority -100; policy accept;
    jump prerouting_miniupnpd
  }
  chain postrouting {
    type nat hook postrouting priority 100; policy accept;
    jump postrouting_miniupnpd
    oifname "%2" masquerade
  }
  chain prerouting_miniupnpd {
  }
  chain postrouting_miniupnpd {
  }
}
)")
            .arg(m_ns.name(QStringLiteral("rl")), m_ns.name(QStringLiteral("rw")));
    }

    QString miniupnpdConfig(RouterMode mode) const
    {
        const bool upnp = mode == RouterMode::UpnpAndNatPmp;
        const bool natPmp = mode != RouterMode::Disabled;
        return QStringLiteral("ext_ifname=%1\n"
                              "listening_ip=%2\n"
                              "enable_upnp=%3\n"
                              "enable_pcp_pmp=%4\n"
                              "secure_mode=yes\n"
                              "system_uptime=yes\n"
                              "uuid=3f1e0e1a-5c1e-4d7b-9a53-5ec0c4a70001\n"
                              "lease_file=%5\n"
                              "upnp_table_name=filter\n"
                              "upnp_nat_table_name=filter\n"
                              "upnp_forward_chain=miniupnpd\n"
                              "upnp_nat_chain=prerouting_miniupnpd\n"
                              "upnp_nat_postrouting_chain=postrouting_miniupnpd\n"
                              "allow 1024-65535 10.77.0.0/24 1024-65535\n"
                              "deny 0-65535 0.0.0.0/0 0-65535\n")
            .arg(m_ns.name(QStringLiteral("rw")), m_ns.name(QStringLiteral("rl")),
                upnp ? QStringLiteral("yes") : QStringLiteral("no"),
                natPmp ? QStringLiteral("yes") : QStringLiteral("no"),
                m_dir.filePath(QStringLiteral("leases")));
    }

    QTemporaryDir m_dir;
    TestNamespaces m_ns;
    NamespacedProcess *m_miniupnpd = nullptr;
};

QString fingerprintIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("your fingerprint: ([0-9A-F ]+)\\n"));
    return pattern.match(text).captured(1).trimmed();
}

NamespacedProcess &startHost(HomeNetwork &network, const QStringList &extra = {})
{
    return network.namespaces().start(network.home, QStringLiteral(SECURECHAT_CLI_PATH),
        QStringList { QStringLiteral("host"), QStringLiteral("--port"), kHostPort,
            QStringLiteral("--profile"), network.profile(QStringLiteral("host")),
            QStringLiteral("--name"), QStringLiteral("Homer"), QStringLiteral("--key-bits"),
            QStringLiteral("2048"), QStringLiteral("--accept-new") }
            + extra);
}

void requireMapped(HomeNetwork &network, NamespacedProcess &host)
{
    const bool mapped = host.waitForErr(
        QStringLiteral("Your router forwards %1:%2 to this computer").arg(kExternal, kHostPort),
        kWaitMs);
    INFO("host: " << host.err().toStdString());
    INFO("router: " << network.routerLog().toStdString());
    REQUIRE(mapped);
}

// The peer on the internet side connects to the mapped address and says hello.
void peerReachesHost(HomeNetwork &network, NamespacedProcess &host, const QString &address)
{
    REQUIRE(host.waitForErr(QStringLiteral("your fingerprint:"), kWaitMs));
    const QString fingerprint = fingerprintIn(host.err());
    REQUIRE(fingerprint.size() == 79);
    NamespacedProcess &peer
        = network.namespaces().start(network.internet, QStringLiteral(SECURECHAT_CLI_PATH),
            { QStringLiteral("connect"), address + u':' + kHostPort, QStringLiteral("--expect"),
                fingerprint, QStringLiteral("--profile"), network.profile(QStringLiteral("peer")),
                QStringLiteral("--name"), QStringLiteral("Faraway"), QStringLiteral("--key-bits"),
                QStringLiteral("2048"), QStringLiteral("--accept-new") });
    const bool connected = peer.waitForErr(QStringLiteral("Connected to Homer"), kWaitMs);
    peer.writeLine(QStringLiteral("hello through the router"));
    // An unknown peer's name is followed by the start of its fingerprint.
    const bool received
        = connected && host.waitForOut(QStringLiteral(": hello through the router\n"), kWaitMs);
    INFO("peer: " << peer.err().toStdString());
    INFO("host: " << host.err().toStdString() << host.out().toStdString());
    REQUIRE(connected);
    REQUIRE(received);
    peer.endInput();
    REQUIRE(peer.waitForExit(kWaitMs) == 0);
}

} // namespace

TEST_CASE("A host behind a UPnP router is reached through the mapped port, which goes when the "
          "host quits",
    "[netns][portmapping]")
{
    requireNetnsPrivileges();
    HomeNetwork network(RouterMode::UpnpAndNatPmp);
    NamespacedProcess &host = startHost(network);
    requireMapped(network, host);
    CHECK(network.routerHears(QStringLiteral("AddPortMapping"), kWaitMs));
    CHECK(network.forwardedPorts().contains(QStringLiteral("dport %1").arg(kHostPort)));

    peerReachesHost(network, host, kExternal);

    host.endInput();
    REQUIRE(host.waitForExit(kWaitMs) == 0);
    CHECK(network.routerHears(QStringLiteral("DeletePortMapping"), kWaitMs));
    CHECK(network.forwardedPorts().isEmpty());
    CHECK_FALSE(network.reachableFromInternet(kExternal, kHostPort));
}

TEST_CASE("A router that speaks only NAT-PMP maps the port too", "[netns][portmapping]")
{
    requireNetnsPrivileges();
    HomeNetwork network(RouterMode::NatPmpOnly);
    NamespacedProcess &host = startHost(network);
    requireMapped(network, host);
    peerReachesHost(network, host, kExternal);
    host.endInput();
    REQUIRE(host.waitForExit(kWaitMs) == 0);
    CHECK(network.forwardedPorts().isEmpty());
}

TEST_CASE("A router with UPnP and NAT-PMP switched off is reported, and hosting goes on",
    "[netns][portmapping]")
{
    requireNetnsPrivileges();
    HomeNetwork network(RouterMode::Disabled);
    NamespacedProcess &host = startHost(network);
    const bool reported = host.waitForErr(QStringLiteral("Your router did not open a port: no "
                                                         "router on this network answered UPnP "
                                                         "or NAT-PMP."),
        kWaitMs);
    INFO("host: " << host.err().toStdString());
    REQUIRE(reported);
    CHECK(host.isRunning());
    CHECK(network.forwardedPorts().isEmpty());
    CHECK_FALSE(network.reachableFromInternet(kExternal, kHostPort));
    host.endInput();
    REQUIRE(host.waitForExit(kWaitMs) == 0);
}

TEST_CASE("A host started with --no-port-mapping leaves the router alone", "[netns][portmapping]")
{
    requireNetnsPrivileges();
    HomeNetwork network(RouterMode::UpnpAndNatPmp);
    NamespacedProcess &host = startHost(network, { QStringLiteral("--no-port-mapping") });
    REQUIRE(host.waitForErr(QStringLiteral("Waiting for peers"), kWaitMs));
    // A host that maps asks at once, so the router would hear it well within this bounded wait.
    CHECK_FALSE(network.routerHears(QStringLiteral("M-SEARCH"), kQuietMs));
    host.endInput();
    REQUIRE(host.waitForExit(kWaitMs) == 0);
    CHECK_FALSE(network.routerLog().contains(QStringLiteral("NAT-PMP request")));
}

TEST_CASE("An invite made behind the router puts the mapped address first, and a peer on the "
          "internet gets in with it, verified",
    "[netns][portmapping][invite]")
{
    requireNetnsPrivileges();
    HomeNetwork network(RouterMode::UpnpAndNatPmp);
    // No --accept-new: only the invite lets the peer in.
    NamespacedProcess &host = network.namespaces().start(network.home,
        QStringLiteral(SECURECHAT_CLI_PATH),
        { QStringLiteral("invite"), QStringLiteral("--port"), kHostPort, QStringLiteral("--profile"),
            network.profile(QStringLiteral("host")), QStringLiteral("--name"),
            QStringLiteral("Homer"), QStringLiteral("--key-bits"), QStringLiteral("2048") });
    requireMapped(network, host);
    REQUIRE(host.waitForOut(QStringLiteral("\n"), kWaitMs));
    const QString link = host.out().section(u'\n', 0, 0);
    INFO("host: " << host.err().toStdString());
    REQUIRE(link.startsWith(QStringLiteral("securechat:invite/")));
    // The sentence about the invite comes on standard error, which may trail standard output.
    REQUIRE(host.waitForErr(QStringLiteral("works once"), kWaitMs));
    // The router's outside address comes first, then the home network's.
    const QString tried = host.err();
    CHECK(tried.indexOf(kExternal + u':' + kHostPort) >= 0);
    CHECK(tried.indexOf(kExternal + u':' + kHostPort)
        < tried.indexOf(QStringLiteral("10.77.0.2:") + kHostPort));

    NamespacedProcess &peer
        = network.namespaces().start(network.internet, QStringLiteral(SECURECHAT_CLI_PATH),
            { QStringLiteral("connect"), link, QStringLiteral("--profile"),
                network.profile(QStringLiteral("peer")), QStringLiteral("--name"),
                QStringLiteral("Faraway"), QStringLiteral("--key-bits"), QStringLiteral("2048") });
    const bool connected = peer.waitForErr(QStringLiteral("Connected to Homer"), kWaitMs);
    INFO("peer: " << peer.err().toStdString());
    REQUIRE(connected);
    CHECK(peer.err().contains(QStringLiteral("Reached %1:%2.").arg(kExternal, kHostPort)));
    CHECK(peer.err().contains(QStringLiteral("verified by invite")));
    REQUIRE(host.waitForErr(QStringLiteral("Connected to Faraway"), kWaitMs));
    CHECK(host.err().contains(QStringLiteral("verified by invite")));
    peer.writeLine(QStringLiteral("invited from afar"));
    CHECK(host.waitForOut(QStringLiteral(": invited from afar\n"), kWaitMs));
    peer.endInput();
    REQUIRE(peer.waitForExit(kWaitMs) == 0);
    host.endInput();
    REQUIRE(host.waitForExit(kWaitMs) == 0);
}
