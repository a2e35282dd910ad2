// SPDX-License-Identifier: MIT
#include "net/LanDiscovery.h"

#include "common/Logging.h"

#include <algorithm>

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QTimer>
#include <QUdpSocket>
#include <QVariant>

namespace securechat::net {

namespace {

QList<QNetworkInterface> multicastInterfaces()
{
    QList<QNetworkInterface> result;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : all) {
        const auto flags = interface.flags();
        if (flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning)
            && flags.testFlag(QNetworkInterface::CanMulticast)
            && !flags.testFlag(QNetworkInterface::IsLoopBack))
            result << interface;
    }
    return result;
}

QUdpSocket *openSocket(
    const QHostAddress &any, const QHostAddress &group, quint16 port, QObject *parent, QString *why)
{
    auto *socket = new QUdpSocket(parent);
    if (!socket->bind(any, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        *why = socket->errorString();
        delete socket;
        return nullptr;
    }
    int joined = 0;
    const auto interfaces = multicastInterfaces();
    for (const QNetworkInterface &interface : interfaces)
        joined += socket->joinMulticastGroup(group, interface) ? 1 : 0;
    if (joined == 0) {
        *why = QStringLiteral("no network interface joined %1").arg(group.toString());
        delete socket;
        return nullptr;
    }
    // Our own announcements come back through the loopback; they are recognised and skipped.
    socket->setSocketOption(QAbstractSocket::MulticastTtlOption, QVariant(1));
    return socket;
}

} // namespace

LanDiscovery::LanDiscovery(QObject *parent)
    : QObject(parent)
    , m_announceTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
{
    qRegisterMetaType<Peer>();
    m_clock.start();
    m_announceTimer->setInterval(kAnnounceIntervalMs);
    connect(m_announceTimer, &QTimer::timeout, this, &LanDiscovery::sendAnnouncement);
    m_expiryTimer->setInterval(kAnnounceIntervalMs);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] { expire(nowMs()); });
}

LanDiscovery::~LanDiscovery() = default;

bool LanDiscovery::start(const crypto::Fingerprint &self, quint16 udpPort, QString *error)
{
    stop();
    setOwnFingerprint(self);
    m_udpPort = udpPort;
    QString why4;
    QString why6;
    m_socket4 = openSocket(QHostAddress(QHostAddress::AnyIPv4),
        QHostAddress(QString::fromLatin1(kGroupIpv4)), udpPort, this, &why4);
    m_socket6 = openSocket(QHostAddress(QHostAddress::AnyIPv6),
        QHostAddress(QString::fromLatin1(kGroupIpv6)), udpPort, this, &why6);
    if (!m_socket4 && !m_socket6) {
        if (error)
            *error = tr("LAN discovery could not listen on UDP port %1: %2")
                         .arg(udpPort)
                         .arg(why4.isEmpty() ? why6 : why4);
        return false;
    }
    if (!m_socket4)
        qCInfo(lcNet) << "LAN discovery: no IPv4:" << why4;
    if (!m_socket6)
        qCInfo(lcNet) << "LAN discovery: no IPv6:" << why6;
    for (QUdpSocket *socket : { m_socket4, m_socket6 }) {
        if (socket)
            connect(socket, &QUdpSocket::readyRead, this, [this, socket] { readPending(socket); });
    }
    m_running = true;
    m_expiryTimer->start();
    return true;
}

void LanDiscovery::stop()
{
    stopAnnouncing();
    m_expiryTimer->stop();
    delete m_socket4;
    m_socket4 = nullptr;
    delete m_socket6;
    m_socket6 = nullptr;
    m_running = false;
    const auto lost = m_peers.keys();
    m_peers.clear();
    for (const auto &fingerprint : lost)
        emit peerLost(fingerprint);
}

void LanDiscovery::announce(const DiscoveryPacket &self)
{
    m_announcement = self.encode();
    if (m_announcement.isEmpty()) {
        qCWarning(lcNet) << "LAN discovery: this identity cannot be announced";
        stopAnnouncing();
        return;
    }
    sendAnnouncement();
    m_announceTimer->start();
}

void LanDiscovery::stopAnnouncing()
{
    m_announceTimer->stop();
    m_announcement.clear();
}

QList<LanDiscovery::Peer> LanDiscovery::peersAt(qint64 now) const
{
    QList<Peer> result;
    for (const Peer &peer : m_peers) {
        if (now - peer.lastSeenMs <= kExpiryMs)
            result << peer;
    }
    std::sort(result.begin(), result.end(),
        [](const Peer &a, const Peer &b) { return a.lastSeenMs > b.lastSeenMs; });
    return result;
}

void LanDiscovery::readPending(QUdpSocket *socket)
{
    // Drain everything: what is over the budget is read and thrown away unparsed.
    for (int i = 0; i < 4 * kMaxDatagramsPerSecond && socket->hasPendingDatagrams(); ++i) {
        const QNetworkDatagram datagram = socket->receiveDatagram(DiscoveryPacket::kMaxBytes + 1);
        handleDatagram(datagram.data(), datagram.senderAddress(), nowMs());
    }
    if (socket->hasPendingDatagrams()) // more than the loop takes: look again later
        QTimer::singleShot(0, this, [this, socket] {
            if (socket == m_socket4 || socket == m_socket6)
                readPending(socket);
        });
}

void LanDiscovery::handleDatagram(
    const QByteArray &datagram, const QHostAddress &sender, qint64 now)
{
    const qint64 second = now / 1000;
    if (second != m_budgetSecond) {
        m_budgetSecond = second;
        m_budgetUsed = 0;
    }
    if (++m_budgetUsed > kMaxDatagramsPerSecond) {
        ++m_overBudget;
        ++m_dropped;
        return;
    }
    const auto packet = DiscoveryPacket::decode(datagram);
    if (!packet || packet->fingerprint == m_self || sender.isNull()) {
        ++m_dropped;
        return;
    }
    auto found = m_peers.find(packet->fingerprint);
    if (found == m_peers.end()) {
        if (m_peers.size() >= kMaxPeers) {
            expire(now);
            if (m_peers.size() >= kMaxPeers) {
                ++m_dropped;
                return;
            }
        }
        found = m_peers.insert(packet->fingerprint, Peer { *packet, sender, now });
        emit peerFound(*found);
        return;
    }
    const bool changed = found->announcement != *packet || found->address != sender;
    found->announcement = *packet;
    found->address = sender;
    found->lastSeenMs = now;
    if (changed)
        emit peerFound(*found);
}

void LanDiscovery::sendAnnouncement()
{
    if (m_announcement.isEmpty())
        return;
    const auto interfaces = multicastInterfaces();
    const struct {
        QUdpSocket *socket;
        const char *group;
    } targets[] = { { m_socket4, kGroupIpv4 }, { m_socket6, kGroupIpv6 } };
    for (const auto &target : targets) {
        if (!target.socket)
            continue;
        const QHostAddress group(QString::fromLatin1(target.group));
        for (const QNetworkInterface &interface : interfaces) {
            target.socket->setMulticastInterface(interface);
            target.socket->writeDatagram(m_announcement, group, m_udpPort);
        }
    }
}

void LanDiscovery::expire(qint64 now)
{
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (now - it->lastSeenMs > kExpiryMs) {
            const crypto::Fingerprint gone = it.key();
            it = m_peers.erase(it);
            emit peerLost(gone);
        } else {
            ++it;
        }
    }
}

} // namespace securechat::net
