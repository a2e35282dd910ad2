// SPDX-License-Identifier: MIT
#include "net/PortMapper.h"

#include "common/Logging.h"
#include "net/PortMapperWorker.h"

#include <QThread>
#include <QTimer>

namespace securechat::net {

PortMapper::PortMapper(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_renewTimer(new QTimer(this))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<PortMapping>();
    qRegisterMetaType<PortMappingFailure>();
    m_thread->setObjectName(QStringLiteral("PortMapper"));
    m_worker = new PortMapperWorker(m_generation);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PortMapperWorker::mapped, this, &PortMapper::onMapped);
    connect(m_worker, &PortMapperWorker::failed, this, &PortMapper::onFailed);
    connect(m_worker, &PortMapperWorker::unmapped, this, &PortMapper::onRequestDone);
    m_renewTimer->setSingleShot(true);
    connect(m_renewTimer, &QTimer::timeout, this, [this] {
        if (isActive())
            post(false);
    });
    m_thread->start();
}

PortMapper::~PortMapper()
{
    m_renewTimer->stop();
    ++*m_generation; // a mapping under way gives up at its next step
    disconnect(m_worker, nullptr, this, nullptr);
    PortMapperWorker *worker = m_worker;
    QThread *thread = m_thread;
    // Removal, then the end of the thread, in the order the worker receives requests.
    QMetaObject::invokeMethod(worker, [worker, thread] {
        worker->unmap();
        thread->quit();
    });
    if (thread->wait(kQuitWaitMs)) {
        delete thread;
        return;
    }
    // The router is slow to answer: leave the thread to finish on its own rather than block.
    qCWarning(lcNet) << "the router did not confirm removing the port mapping in time";
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

void PortMapper::start(quint16 internalPort)
{
    if (internalPort == 0 || internalPort == m_internalPort)
        return;
    if (isActive())
        stop();
    m_internalPort = internalPort;
    m_problem.clear();
    post(false);
}

void PortMapper::stop()
{
    if (!isActive())
        return;
    m_internalPort = 0;
    m_renewTimer->stop();
    m_hasMapping = false;
    m_problem.clear();
    post(true);
}

void PortMapper::post(bool remove)
{
    ++m_outstanding;
    if (remove) {
        ++*m_generation;
        QMetaObject::invokeMethod(m_worker, &PortMapperWorker::unmap);
        return;
    }
    const quint64 generation = *m_generation;
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, port = m_internalPort, generation] { worker->map(port, generation); });
}

void PortMapper::onMapped(const PortMapping &mapping)
{
    onRequestDone();
    if (mapping.internalPort != m_internalPort)
        return; // an answer for a request since withdrawn; its removal is queued after it
    m_hasMapping = true;
    m_mapping = mapping;
    m_problem = mapping.behindAnotherNat ? describeBehindAnotherNat(mapping) : QString();
    // Renew at half the lease, so that one lost renewal still leaves time for another.
    m_renewTimer->start(
        mapping.leaseSeconds > 0 ? mapping.leaseSeconds * 500 : kRequestedLeaseSeconds * 500);
    emit mapped(mapping);
}

void PortMapper::onFailed(quint16 internalPort, PortMappingFailure failure, const QString &detail)
{
    onRequestDone();
    if (internalPort != m_internalPort)
        return;
    m_hasMapping = false;
    m_problem = describe(failure, internalPort, detail);
    m_renewTimer->start(kRetryAfterFailureMs);
    emit failed(m_problem);
}

void PortMapper::onRequestDone()
{
    if (m_outstanding > 0 && --m_outstanding == 0 && !isActive())
        emit idle();
}

QString PortMapper::describe(PortMappingFailure failure, quint16 port, const QString &detail)
{
    const QString unless
        = tr("People on your network can still connect. People outside it cannot reach you unless "
             "you forward TCP port %1 to this computer in your router's settings, or switch on "
             "UPnP or NAT-PMP there.")
              .arg(port);
    switch (failure) {
    case PortMappingFailure::NoRouter:
        return tr("Your router did not open a port: no router on this network answered UPnP or "
                  "NAT-PMP.")
            + u' ' + unless;
    case PortMappingFailure::Refused:
        return tr("Your router did not open a port: it refused (%1).").arg(detail) + u' ' + unless;
    case PortMappingFailure::Conflict:
        return tr("Your router did not open a port: port %1 and the others tried are already "
                  "forwarded to another device.")
                   .arg(port)
            + u' ' + unless;
    }
    return unless;
}

QString PortMapper::describeBehindAnotherNat(const PortMapping &mapping)
{
    return tr("Your router opened port %1, but its own outside address %2 is private: another "
              "router, usually your Internet provider's, is in front of it. People outside your "
              "network can probably not reach you; ask your provider for a public address, or "
              "let the other person host.")
        .arg(mapping.externalPort)
        .arg(mapping.externalAddress.toString());
}

} // namespace securechat::net
