// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQtStrings.h"
#include "chat/ChatController.h"
#include "crypto/RsaService.h"
#include "storage/ContactStore.h"
#include "storage/HistoryKeyStore.h"
#include "storage/HistoryStore.h"
#include "storage/InviteStore.h"

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

enum class Keeps { MemoryOnly, History };

// One user: an identity, a private contacts file, optionally a history database, and a
// controller. restart() makes a new controller over the same files, as a new start would.
struct Node {
    explicit Node(Who who, Keeps keeps = Keeps::MemoryOnly)
        : me(who)
        , keepsHistory(keeps == Keeps::History)
    {
        start();
    }

    void start()
    {
        contacts = std::make_unique<storage::ContactStore>(dir.path());
        if (keepsHistory) {
            const auto key = storage::HistoryKeyStore(dir.path()).loadOrCreate(identity(me));
            REQUIRE(key.error == storage::HistoryKeyStore::Error::None);
            storage::HistoryStore::Error error;
            history = storage::HistoryStore::open(
                storage::HistoryStore::defaultPath(dir.path()), key.key, &error);
            REQUIRE(history);
        }
        controller
            = std::make_unique<chat::ChatController>(identity(me), contacts.get(), history.get());
        controller->setTimeouts(testTimeouts());
        invites = std::make_unique<storage::InviteStore>(dir.path());
        controller->setInviteStore(invites.get());
        baseline = controller->conversations().size(); // the contacts' conversations
    }

    void restart()
    {
        controller.reset();
        invites.reset();
        history.reset();
        contacts.reset();
        start();
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

    // The id of the count-th conversation that appeared since the controller started (the
    // contacts' own conversations exist from the start), or 0 on timeout.
    chat::ConversationId waitForConversation(qsizetype count = 1, int ms = kWaitMs)
    {
        const qsizetype index = baseline + count - 1;
        if (!QTest::qWaitFor([&] { return controller->conversations().size() > index; }, ms))
            return 0;
        return controller->conversations().at(index);
    }

    // The conversation in which who's next session is established (Ready, or held for the
    // user), whether or not who is a contact already; 0 on timeout.
    chat::ConversationId waitForPeer(Who who, int ms = kWaitMs)
    {
        const crypto::Fingerprint fingerprint = identity(who).fingerprint();
        chat::ConversationId found = 0;
        const bool appeared = QTest::qWaitFor(
            [&] {
                for (const auto id : controller->conversations()) {
                    const auto state = controller->state(id);
                    if (controller->peer(id).fingerprint == fingerprint
                        && (state == chat::ConversationState::Ready
                            || state == chat::ConversationState::AwaitingApproval
                            || state == chat::ConversationState::KeyChanged)) {
                        found = id;
                        return true;
                    }
                }
                return false;
            },
            ms);
        return appeared ? found : 0;
    }

    QTemporaryDir dir;
    Who me;
    bool keepsHistory = false;
    qsizetype baseline = 0;
    std::unique_ptr<storage::ContactStore> contacts;
    std::unique_ptr<storage::HistoryStore> history;
    std::unique_ptr<storage::InviteStore> invites;
    std::unique_ptr<chat::ChatController> controller;
};

// Connects client to host; the host accepts the new peer. Returns {client id, host id}.
inline std::pair<chat::ConversationId, chat::ConversationId> connectAndAccept(
    Node &client, Node &host)
{
    const chat::ConversationId clientId
        = client->connectToPeer(QStringLiteral("127.0.0.1"), host.port());
    const chat::ConversationId hostId = host.waitForPeer(client.me);
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

// A contact as an earlier session would have left it, last reached by connecting to address.
inline void knowPeer(Node &node, Who who, quint16 port = 0)
{
    storage::ContactStore::Contact contact;
    contact.fingerprint = identity(who).fingerprint();
    contact.name = identity(who).displayName;
    if (port != 0)
        contact.addresses.append({ QStringLiteral("127.0.0.1"), port, true, {} });
    QString error;
    REQUIRE(node.contacts->add(contact, &error));
    const quint16 listening = node->listeningPort();
    node.restart(); // contacts are read at start
    if (listening != 0)
        REQUIRE(node->listen(QHostAddress::LocalHost, listening));
}

} // namespace securechat::test
