// SPDX-License-Identifier: MIT
#pragma once

#include "net/PortMapper.h"

#include <atomic>
#include <memory>
#include <optional>

#include <QObject>

namespace securechat::net {

// PortMapper's half on the worker thread: the blocking miniupnpc and libnatpmp calls. Each
// request ends with exactly one of mapped(), failed() or unmapped().
class PortMapperWorker : public QObject
{
    Q_OBJECT
public:
    explicit PortMapperWorker(std::shared_ptr<std::atomic<quint64>> generation);
    ~PortMapperWorker() override;

    // Maps internalPort, or renews the mapping that exists for it.
    void map(quint16 internalPort, quint64 generation);
    void unmap();

signals:
    void mapped(const securechat::net::PortMapping &mapping);
    void failed(
        quint16 internalPort, securechat::net::PortMappingFailure failure, const QString &detail);
    void unmapped();

private:
    struct Upnp;
    struct Outcome {
        bool answered = false; // some router spoke this protocol
        std::optional<PortMapping> mapping;
        PortMappingFailure failure = PortMappingFailure::NoRouter;
        QString detail;
    };
    bool abandoned(quint64 generation) const { return *m_generation != generation; }
    Outcome mapWithUpnp(quint16 internalPort, quint64 generation);
    Outcome mapWithNatPmp(quint16 internalPort, quint64 generation);
    void removeUpnp();
    void removeNatPmp();

    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::unique_ptr<Upnp> m_upnp; // the router found by discovery, kept for renewal and removal
    std::optional<PortMapping> m_current;
};

} // namespace securechat::net
