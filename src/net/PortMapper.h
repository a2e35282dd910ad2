// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <memory>

#include <QHostAddress>
#include <QMetaType>
#include <QObject>
#include <QString>

class QThread;
class QTimer;

namespace securechat::net {

class PortMapperWorker;

// What the router agreed to: TCP connections to externalAddress:externalPort reach this
// computer's internalPort.
struct PortMapping {
    enum class Method { Upnp, NatPmp };
    Method method = Method::Upnp;
    QHostAddress externalAddress; // null when the router did not say
    quint16 externalPort = 0;
    quint16 internalPort = 0;
    int leaseSeconds = 0; // 0: until removed
    // The router's outside address is itself private (another NAT, e.g. the provider's, is in
    // front of it): the mapping exists but people outside still cannot reach it.
    bool behindAnotherNat = false;
};

// Why there is no mapping.
enum class PortMappingFailure {
    NoRouter, // nothing answered UPnP or NAT-PMP on this network
    Refused, // a router answered and said no
    Conflict, // the port is already forwarded to another device
};

// Asks the home router to forward a TCP port to this computer while hosting, with UPnP IGD
// (miniupnpc) and, when no UPnP router answers, NAT-PMP (libnatpmp). The library calls block
// for up to a few seconds, so they run on a worker thread of this object's own; results come
// back as signals on the thread the mapper lives on. The lease is renewed before it expires;
// stop() and the destructor remove the mapping (the destructor waits at most kQuitWaitMs).
class PortMapper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRequestedLeaseSeconds = 3600;
    static constexpr int kQuitWaitMs = 3000;
    // After a failure, how long until the router is asked again (it may have been switched on).
    static constexpr int kRetryAfterFailureMs = 5 * 60 * 1000;

    explicit PortMapper(QObject *parent = nullptr);
    ~PortMapper() override;

    // Asks for internalPort to be forwarded (replacing any earlier request).
    void start(quint16 internalPort);
    // Removes the mapping; idle() follows once the router has been told (or there was none).
    void stop();

    bool isActive() const { return m_internalPort != 0; } // between start() and stop()
    bool isBusy() const { return m_outstanding > 0; } // a request is on its way to the router
    bool hasMapping() const { return m_hasMapping; }
    PortMapping mapping() const { return m_mapping; } // valid while hasMapping()
    QString problem() const { return m_problem; } // why there is no usable mapping, or empty

    // A sentence for the user about what failure means and what they can do.
    static QString describe(PortMappingFailure failure, quint16 port, const QString &detail);
    static QString describeBehindAnotherNat(const PortMapping &mapping);

signals:
    void mapped(const securechat::net::PortMapping &mapping); // also after a renewal changed it
    void failed(const QString &message); // no mapping (any earlier one is gone)
    void idle(); // nothing is on its way to the router any more (after stop())

private:
    void post(bool remove);
    void onMapped(const PortMapping &mapping);
    void onFailed(quint16 internalPort, PortMappingFailure failure, const QString &detail);
    void onRequestDone();

    QThread *m_thread = nullptr;
    PortMapperWorker *m_worker = nullptr; // lives on m_thread
    QTimer *m_renewTimer = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_generation; // a request of an older one gives up
    quint16 m_internalPort = 0;
    int m_outstanding = 0;
    bool m_hasMapping = false;
    PortMapping m_mapping;
    QString m_problem;
};

} // namespace securechat::net

Q_DECLARE_METATYPE(securechat::net::PortMapping)
Q_DECLARE_METATYPE(securechat::net::PortMappingFailure)
