// SPDX-License-Identifier: MIT
#include "net/PortMapperWorker.h"

#include "common/Logging.h"

#include <array>
#include <chrono>
#include <cstring>
#include <random>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <sys/select.h>
#endif

#include <miniupnpc/miniupnpc.h>
#include <miniupnpc/upnpcommands.h>
#include <miniupnpc/upnperrors.h>
#include <natpmp.h>

namespace securechat::net {

namespace {

// How long UPnP discovery listens for routers, and how long each NAT-PMP request may take
// (libnatpmp's own retries would go on for two minutes).
constexpr int kUpnpDiscoveryMs = 1500;
constexpr auto kNatPmpRequestTimeout = std::chrono::milliseconds(2500);
// UPnP error codes (UPnP IGD WANIPConnection:1, section 2.4.16).
constexpr int kUpnpConflict = 718;
constexpr int kUpnpOnlyPermanentLeases = 725;
// Other external ports tried when the wanted one is taken.
constexpr int kAlternativePorts = 3;
constexpr const char *kDescription = "SecureChat";
constexpr const char *kTcp = "TCP";

QByteArray number(int value)
{
    return QByteArray::number(value);
}

bool isPrivateIpv4(const QHostAddress &address)
{
    return !address.isNull()
        && (address.isPrivateUse() || address.isLoopback() || address.isLinkLocal()
            || address.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10)); // carrier NAT
}

} // namespace

struct PortMapperWorker::Upnp {
    UPNPUrls urls {};
    IGDdatas data {};
    std::array<char, 64> lanAddress {};
    ~Upnp() { FreeUPNPUrls(&urls); }
    const char *control() const { return urls.controlURL; }
    const char *service() const { return data.first.servicetype; }
};

PortMapperWorker::PortMapperWorker(std::shared_ptr<std::atomic<quint64>> generation)
    : m_generation(std::move(generation))
{ }

PortMapperWorker::~PortMapperWorker() = default;

void PortMapperWorker::map(quint16 internalPort, quint64 generation)
{
    if (abandoned(generation)) {
        emit failed(internalPort, PortMappingFailure::NoRouter, {});
        return;
    }
    if (m_current && m_current->internalPort != internalPort)
        unmap();
    Outcome upnp = mapWithUpnp(internalPort, generation);
    if (upnp.mapping) {
        m_current = upnp.mapping;
        emit mapped(*upnp.mapping);
        return;
    }
    Outcome natPmp;
    if (!abandoned(generation))
        natPmp = mapWithNatPmp(internalPort, generation);
    if (natPmp.mapping) {
        m_current = natPmp.mapping;
        emit mapped(*natPmp.mapping);
        return;
    }
    m_current.reset();
    // The protocol the router did speak says best why it did not work.
    const Outcome &telling = upnp.answered || !natPmp.answered ? upnp : natPmp;
    emit failed(internalPort, telling.failure, telling.detail);
}

void PortMapperWorker::unmap()
{
    if (m_current) {
        if (m_current->method == PortMapping::Method::Upnp)
            removeUpnp();
        else
            removeNatPmp();
        m_current.reset();
    }
    emit unmapped();
}

PortMapperWorker::Outcome PortMapperWorker::mapWithUpnp(quint16 internalPort, quint64 generation)
{
    Outcome outcome;
    const bool renewing = m_upnp && m_current && m_current->method == PortMapping::Method::Upnp
        && m_current->internalPort == internalPort;
    std::array<char, 64> wanAddress {};
    if (!renewing) {
        m_upnp.reset();
        int error = 0;
        UPNPDev *devices
            = upnpDiscover(kUpnpDiscoveryMs, nullptr, nullptr, UPNP_LOCAL_PORT_ANY, 0, 2, &error);
        if (!devices) {
            qCDebug(lcNet) << "UPnP: no device answered discovery";
            return outcome;
        }
        auto upnp = std::make_unique<Upnp>();
#if MINIUPNPC_API_VERSION >= 18
        const int found
            = UPNP_GetValidIGD(devices, &upnp->urls, &upnp->data, upnp->lanAddress.data(),
                int(upnp->lanAddress.size()), wanAddress.data(), int(wanAddress.size()));
        const bool usable = found == 1 || found == 2; // 2: connected, reserved outside address
#else
        const int found = UPNP_GetValidIGD(devices, &upnp->urls, &upnp->data,
            upnp->lanAddress.data(), int(upnp->lanAddress.size()));
        const bool usable = found == 1;
#endif
        freeUPNPDevlist(devices);
        if (!usable) {
            qCDebug(lcNet) << "UPnP: no connected Internet gateway among the devices found"
                           << found;
            if (found != 0) {
                outcome.answered = true;
                outcome.failure = PortMappingFailure::Refused;
                outcome.detail = QStringLiteral("no connected Internet gateway");
            }
            return outcome;
        }
        m_upnp = std::move(upnp);
    }
    outcome.answered = true;
    if (abandoned(generation))
        return outcome;

    std::array<char, 64> external {};
    if (UPNP_GetExternalIPAddress(m_upnp->control(), m_upnp->service(), external.data())
        != UPNPCOMMAND_SUCCESS)
        external.fill(0);

    const QByteArray inPort = number(internalPort);
    std::mt19937 random(std::random_device {}());
    std::uniform_int_distribution<int> highPorts(49152, 65535);
    quint16 externalPort
        = renewing ? m_current->externalPort : internalPort; // the same number is easiest to tell
    for (int attempt = 0; attempt <= kAlternativePorts; ++attempt) {
        int lease = PortMapper::kRequestedLeaseSeconds;
        int result = UPNP_AddPortMapping(m_upnp->control(), m_upnp->service(),
            number(externalPort).constData(), inPort.constData(), m_upnp->lanAddress.data(),
            kDescription, kTcp, nullptr, number(lease).constData());
        if (result == kUpnpOnlyPermanentLeases) {
            lease = 0;
            result = UPNP_AddPortMapping(m_upnp->control(), m_upnp->service(),
                number(externalPort).constData(), inPort.constData(), m_upnp->lanAddress.data(),
                kDescription, kTcp, nullptr, "0");
        }
        if (result == UPNPCOMMAND_SUCCESS) {
            PortMapping mapping;
            mapping.method = PortMapping::Method::Upnp;
            mapping.externalAddress = QHostAddress(QString::fromLatin1(external.data()));
            mapping.externalPort = externalPort;
            mapping.internalPort = internalPort;
            mapping.leaseSeconds = lease;
            mapping.behindAnotherNat = isPrivateIpv4(mapping.externalAddress);
            qCInfo(lcNet) << "UPnP: port" << internalPort << "mapped to"
                          << mapping.externalAddress.toString() << externalPort << "lease" << lease;
            outcome.mapping = mapping;
            return outcome;
        }
        qCInfo(lcNet) << "UPnP: the router refused port" << externalPort << result
                      << strupnperror(result);
        if (result != kUpnpConflict) {
            outcome.failure = PortMappingFailure::Refused;
            const char *text = strupnperror(result);
            outcome.detail = text ? QString::fromLatin1(text) : QString::number(result);
            return outcome;
        }
        outcome.failure = PortMappingFailure::Conflict;
        outcome.detail.clear();
        if (abandoned(generation))
            return outcome;
        externalPort = quint16(highPorts(random));
    }
    return outcome;
}

void PortMapperWorker::removeUpnp()
{
    if (!m_upnp)
        return;
    const int result = UPNP_DeletePortMapping(m_upnp->control(), m_upnp->service(),
        number(m_current->externalPort).constData(), kTcp, nullptr);
    if (result == UPNPCOMMAND_SUCCESS)
        qCInfo(lcNet) << "UPnP: mapping of port" << m_current->externalPort << "removed";
    else
        qCWarning(lcNet) << "UPnP: the router did not remove the mapping of port"
                         << m_current->externalPort << result;
}

namespace {

// Waits for the answer to the request pending on natpmp, at most kNatPmpRequestTimeout.
int natPmpAnswer(natpmp_t *natpmp, natpmpresp_t *response)
{
    const auto deadline = std::chrono::steady_clock::now() + kNatPmpRequestTimeout;
    int result = NATPMP_TRYAGAIN;
    while (result == NATPMP_TRYAGAIN) {
        const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        timeval timeout {};
        if (getnatpmprequesttimeout(natpmp, &timeout) < 0)
            break;
        const long long wanted = timeout.tv_sec * 1000000LL + timeout.tv_usec;
        const long long waited
            = std::max(0LL, std::min(wanted, static_cast<long long>(left.count())));
        timeout.tv_sec = time_t(waited / 1000000);
        timeout.tv_usec = suseconds_t(waited % 1000000);
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(natpmp->s, &readable);
        if (select(natpmp->s + 1, &readable, nullptr, nullptr, &timeout) < 0)
            break;
        result = readnatpmpresponseorretry(natpmp, response);
    }
    return result;
}

} // namespace

PortMapperWorker::Outcome PortMapperWorker::mapWithNatPmp(quint16 internalPort, quint64 generation)
{
    Outcome outcome;
    natpmp_t natpmp {};
    if (initnatpmp(&natpmp, 0, 0) < 0) {
        qCDebug(lcNet) << "NAT-PMP: no default gateway";
        return outcome;
    }
    natpmpresp_t response {};
    QHostAddress external;
    if (sendpublicaddressrequest(&natpmp) >= 0 && natPmpAnswer(&natpmp, &response) == 0) {
        outcome.answered = true;
        std::array<char, INET_ADDRSTRLEN> text {};
        if (inet_ntop(AF_INET, &response.pnu.publicaddress.addr, text.data(), text.size()))
            external = QHostAddress(QString::fromLatin1(text.data()));
    }
    if (!outcome.answered || abandoned(generation)) {
        closenatpmp(&natpmp);
        qCDebug(lcNet) << "NAT-PMP: the gateway did not answer";
        return outcome;
    }
    const quint16 wantedPort = m_current && m_current->method == PortMapping::Method::NatPmp
        ? m_current->externalPort
        : internalPort;
    const int result = sendnewportmappingrequest(&natpmp, NATPMP_PROTOCOL_TCP, internalPort,
                           wantedPort, uint32_t(PortMapper::kRequestedLeaseSeconds))
            < 0
        ? NATPMP_ERR_SENDERR
        : natPmpAnswer(&natpmp, &response);
    closenatpmp(&natpmp);
    if (result != 0 || response.pnu.newportmapping.lifetime == 0) {
        outcome.failure = PortMappingFailure::Refused;
        outcome.detail = QStringLiteral("NAT-PMP error %1").arg(result);
        qCInfo(lcNet) << "NAT-PMP: the gateway refused port" << internalPort << result;
        return outcome;
    }
    PortMapping mapping;
    mapping.method = PortMapping::Method::NatPmp;
    mapping.externalAddress = external;
    mapping.externalPort = response.pnu.newportmapping.mappedpublicport;
    mapping.internalPort = internalPort;
    mapping.leaseSeconds = int(response.pnu.newportmapping.lifetime);
    mapping.behindAnotherNat = isPrivateIpv4(external);
    qCInfo(lcNet) << "NAT-PMP: port" << internalPort << "mapped to" << external.toString()
                  << mapping.externalPort << "lease" << mapping.leaseSeconds;
    outcome.mapping = mapping;
    return outcome;
}

void PortMapperWorker::removeNatPmp()
{
    natpmp_t natpmp {};
    if (initnatpmp(&natpmp, 0, 0) < 0)
        return;
    natpmpresp_t response {};
    // Lifetime 0 deletes the mapping (RFC 6886, section 3.4).
    const int result
        = sendnewportmappingrequest(&natpmp, NATPMP_PROTOCOL_TCP, m_current->internalPort, 0, 0) < 0
        ? NATPMP_ERR_SENDERR
        : natPmpAnswer(&natpmp, &response);
    closenatpmp(&natpmp);
    if (result == 0)
        qCInfo(lcNet) << "NAT-PMP: mapping of port" << m_current->internalPort << "removed";
    else
        qCWarning(lcNet) << "NAT-PMP: the gateway did not remove the mapping" << result;
}

} // namespace securechat::net
