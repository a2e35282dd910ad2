#pragma once

#include "CatchQtStrings.h"
#include "chat/ChatController.h"
#include "crypto/RsaService.h"
#include "storage/KnownPeers.h"

#include <array>
#include <memory>

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace securechat::test {

enum class Who { Host, Alice, Bob, Carol, Mallory };

// 2048-bit identities, made once per test process. Mallory calls herself "Bob".
inline const crypto::Identity &identity(Who who)
{
    static std::array<crypto::Identity *, 5> identities {};
    static bool cleanupRegistered = false;
    if (!cleanupRegistered) {
        cleanupRegistered = true;
        // QCA objects must go before the QCA::Initializer in main().
        qAddPostRoutine([] {
            for (auto *&identity : identities) {
                delete identity;
                identity = nullptr;
            }
        });
    }
    static const char *names[] = { "Host", "Alice", "Bob", "Carol", "Bob" };
    auto *&slot = identities[size_t(who)];
    if (!slot) {
        slot = new crypto::Identity(
            crypto::RsaService::createIdentity(QString::fromLatin1(names[size_t(who)]), 2048));
        REQUIRE_FALSE(slot->isNull());
    }
    return *slot;
}

inline net::SessionTimeouts testTimeouts()
{
    net::SessionTimeouts timeouts;
    timeouts.handshakeMs = 5000;
    timeouts.helloMs = 5000;
    timeouts.pingIntervalMs = 1000;
    timeouts.silenceMs = 5000;
    timeouts.closeMs = 1000;
    return timeouts;
}

constexpr int kWaitMs = 10000;

// One user: an identity, a private known-peers file and a controller.
struct Node {
    explicit Node(Who who)
        : knownPeers(std::make_unique<storage::KnownPeers>(dir.path()))
        , controller(std::make_unique<chat::ChatController>(identity(who), knownPeers.get()))
    {
        controller->setTimeouts(testTimeouts());
    }

    chat::ChatController *operator->() const { return controller.get(); }

    void listen()
    {
        REQUIRE(controller->listen(QHostAddress::LocalHost, 0));
        REQUIRE(controller->listeningPort() != 0);
    }

    quint16 port() const { return controller->listeningPort(); }

    bool waitForState(chat::ConversationId id, chat::ConversationState state, int ms = kWaitMs)
    {
        return QTest::qWaitFor([&] { return controller->state(id) == state; }, ms);
    }

    // The id of the next conversation that appears, or 0 on timeout.
    chat::ConversationId waitForConversation(qsizetype count = 1, int ms = kWaitMs)
    {
        if (!QTest::qWaitFor([&] { return controller->conversations().size() >= count; }, ms))
            return 0;
        return controller->conversations().at(count - 1);
    }

    QTemporaryDir dir;
    std::unique_ptr<storage::KnownPeers> knownPeers;
    std::unique_ptr<chat::ChatController> controller;
};

// Connects client to host; the host accepts the new peer. Returns {client id, host id}.
inline std::pair<chat::ConversationId, chat::ConversationId> connectAndAccept(
    Node &client, Node &host)
{
    const qsizetype before = host->conversations().size();
    const chat::ConversationId clientId
        = client->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const chat::ConversationId hostId = host.waitForConversation(before + 1);
    REQUIRE(hostId != 0);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto state = host->state(hostId);
            return state != chat::ConversationState::Handshaking
                && state != chat::ConversationState::Connecting;
        },
        kWaitMs));
    if (host->state(hostId) == chat::ConversationState::AwaitingApproval)
        host->acceptPeer(hostId);
    REQUIRE(host.waitForState(hostId, chat::ConversationState::Ready));
    REQUIRE(client.waitForState(clientId, chat::ConversationState::Ready));
    return { clientId, hostId };
}

} // namespace securechat::test
