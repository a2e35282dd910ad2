// SPDX-License-Identifier: MIT
#pragma once

#include "net/DiscoveryPacket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class QUdpSocket;

namespace securechat::net {

// Opt-in LAN discovery: while hosting, announces a DiscoveryPacket by UDP multicast on IPv4 and
// IPv6 every kAnnounceIntervalMs, and keeps a table of who else announces. Datagrams are hostile
// input: anything malformed is dropped, at most kMaxDatagramsPerSecond are looked at, and the
// table holds at most kMaxPeers entries, each forgotten kExpiryMs after its last announcement.
class LanDiscovery : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kDefaultUdpPort = 47000;
    static constexpr const char *kGroupIpv4 = "239.255.74.70"; // organisation-local scope
    static constexpr const char *kGroupIpv6 = "ff02::5343:4c44"; // link-local scope, "SCLD"
    static constexpr int kAnnounceIntervalMs = 5000;
    static constexpr int kExpiryMs = 4 * kAnnounceIntervalMs;
    static constexpr int kMaxPeers = 64;
    static constexpr int kMaxDatagramsPerSecond = 200;

    struct Peer {
        DiscoveryPacket announcement;
        QHostAddress address; // where the announcement came from
        qint64 lastSeenMs = 0; // on this object's clock
    };

    explicit LanDiscovery(QObject *parent = nullptr);
    ~LanDiscovery() override;

    // udpPort: tests use their own. Returns false with a reason when neither IPv4 nor IPv6 could
    // listen; one of them failing alone is only logged.
    bool start(const crypto::Fingerprint &self, quint16 udpPort = kDefaultUdpPort,
        QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }

    // Announces (now, then every kAnnounceIntervalMs) until stopAnnouncing(). An announcement
    // that cannot be encoded (see DiscoveryPacket::encode) is not sent.
    void announce(const DiscoveryPacket &self);
    void stopAnnouncing();

    // Announcements with this fingerprint (our own, coming back) are skipped; start() sets it.
    void setOwnFingerprint(const crypto::Fingerprint &self) { m_self = self; }

    // Everyone heard within kExpiryMs, most recently heard first.
    QList<Peer> peers() const { return peersAt(nowMs()); }
    QList<Peer> peersAt(qint64 nowMs) const;

    // One received datagram (the sockets' path, and the tests'), at nowMs on this object's
    // clock (tests pass their own times).
    void handleDatagram(const QByteArray &datagram, const QHostAddress &sender, qint64 nowMs);
    qint64 nowMs() const { return m_clock.elapsed(); }
    int droppedDatagrams() const { return m_dropped; } // every one ignored, for whatever reason
    int overBudgetDatagrams() const { return m_overBudget; } // ignored unread: over the rate

signals:
    // A peer appeared, or announced another address, port or name.
    void peerFound(const securechat::net::LanDiscovery::Peer &peer);
    void peerLost(const securechat::crypto::Fingerprint &fingerprint);

private:
    void readPending(QUdpSocket *socket);
    void sendAnnouncement();
    void expire(qint64 nowMs);

    QUdpSocket *m_socket4 = nullptr;
    QUdpSocket *m_socket6 = nullptr;
    QTimer *m_announceTimer = nullptr;
    QTimer *m_expiryTimer = nullptr;
    QElapsedTimer m_clock;
    crypto::Fingerprint m_self;
    quint16 m_udpPort = kDefaultUdpPort;
    QByteArray m_announcement;
    QHash<crypto::Fingerprint, Peer> m_peers;
    qint64 m_budgetSecond = -1;
    int m_budgetUsed = 0;
    int m_dropped = 0;
    int m_overBudget = 0;
    bool m_running = false;
};

} // namespace securechat::net

Q_DECLARE_METATYPE(securechat::net::LanDiscovery::Peer)
