// SPDX-License-Identifier: MIT
#include "chat/TrustPolicy.h"

#include "CatchQtStrings.h"
#include "chat/ReconnectBackoff.h"

#include <catch2/catch_test_macros.hpp>

using namespace securechat;
using chat::TrustVerdict;
using storage::ContactStore;

namespace {

crypto::Fingerprint key(char byte)
{
    return crypto::Fingerprint::fromBytes(QByteArray(32, byte));
}

ContactStore::Contact contact(char byte, const QString &name, const QString &dialled = {},
    quint16 port = 0, int seenDaysAgo = 1)
{
    ContactStore::Contact c;
    c.fingerprint = key(byte);
    c.name = name;
    if (!dialled.isEmpty())
        c.addresses.append({ dialled, port, true, {} });
    c.lastSeen = QDateTime::currentDateTimeUtc().addDays(-seenDaysAgo);
    return c;
}

} // namespace

TEST_CASE("Trust decisions, as a table of cases", "[chat][trust][policy]")
{
    const QList<ContactStore::Contact> contacts {
        contact('b', QStringLiteral("Bob"), QStringLiteral("bob.example"), 47000, 3),
        contact('c', QStringLiteral("Carol")), contact('d', QStringLiteral("bob"), QString(), 0, 1)
    };

    struct Case {
        const char *what;
        char presented;
        QString name;
        QString host;
        quint16 port;
        bool incoming;
        char expected; // 0: none given
        bool confirmNewOutgoing;
        TrustVerdict verdict;
        char previous; // 0: none
        bool matchedExpected;
    };
    const QList<Case> cases {
        { "a contact's key, incoming", 'c', QStringLiteral("Carol"), {}, 0, true, 0, false,
            TrustVerdict::Known, 0, false },
        { "a contact's key under a new name is still the contact", 'c', QStringLiteral("Caroline"),
            {}, 0, true, 0, false, TrustVerdict::Known, 0, false },
        { "a new key, new name, incoming: ask", 'e', QStringLiteral("Eve"), {}, 0, true, 0, false,
            TrustVerdict::AskUser, 0, false },
        { "a new key, new name, outgoing: trust on first use", 'e', QStringLiteral("Eve"),
            QStringLiteral("eve.example"), 47000, false, 0, false, TrustVerdict::TrustOnFirstUse, 0,
            false },
        { "outgoing, the front end confirms new peers", 'e', QStringLiteral("Eve"),
            QStringLiteral("eve.example"), 47000, false, 0, true, TrustVerdict::AskUser, 0, false },
        { "outgoing, confirm, but the key was given before: trusted and checked", 'e',
            QStringLiteral("Eve"), QStringLiteral("eve.example"), 47000, false, 'e', true,
            TrustVerdict::TrustOnFirstUse, 0, true },
        { "a known name with another key, incoming: key changed (the most recently seen)", 'm',
            QStringLiteral("BOB "), {}, 0, true, 0, false, TrustVerdict::KeyChanged, 'd', false },
        { "a known address with another key and another name: key changed", 'm',
            QStringLiteral("Mallory"), QStringLiteral("bob.example"), 47000, false, 0, false,
            TrustVerdict::KeyChanged, 'b', false },
        { "the same host on another port is not the contact's address", 'm',
            QStringLiteral("Mallory"), QStringLiteral("bob.example"), 47001, false, 0, false,
            TrustVerdict::TrustOnFirstUse, 0, false },
        { "incoming from a contact's address proves nothing (no address check)", 'm',
            QStringLiteral("Mallory"), {}, 0, true, 0, false, TrustVerdict::AskUser, 0, false },
        { "a known name with the key the user gave: replaces the old key, checked", 'm',
            QStringLiteral("Carol"), QStringLiteral("carol.example"), 47000, false, 'm', false,
            TrustVerdict::TrustOnFirstUse, 'c', true },
        { "an expected key that the peer did not present is no excuse", 'm',
            QStringLiteral("Carol"), QStringLiteral("carol.example"), 47000, false, 'x', false,
            TrustVerdict::KeyChanged, 'c', false },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        chat::TrustFacts facts;
        facts.fingerprint = key(c.presented);
        facts.name = c.name;
        facts.host = c.host;
        facts.port = c.port;
        facts.incoming = c.incoming;
        facts.expected = c.expected ? key(c.expected) : crypto::Fingerprint();
        facts.confirmNewOutgoing = c.confirmNewOutgoing;
        facts.contacts = contacts;
        const chat::TrustDecision decision = chat::decideTrust(facts);
        CHECK(int(decision.verdict) == int(c.verdict));
        CHECK(decision.previous == (c.previous ? key(c.previous) : crypto::Fingerprint()));
        CHECK(decision.matchedExpected == c.matchedExpected);
    }

    // Nobody known: every incoming peer is asked about, every outgoing one trusted.
    chat::TrustFacts alone;
    alone.fingerprint = key('e');
    alone.name = QStringLiteral("Eve");
    alone.incoming = true;
    CHECK(int(chat::decideTrust(alone).verdict) == int(TrustVerdict::AskUser));
    alone.incoming = false;
    CHECK(int(chat::decideTrust(alone).verdict) == int(TrustVerdict::TrustOnFirstUse));
}

TEST_CASE(
    "Reconnection backs off exponentially with jitter, up to five minutes", "[chat][reconnect]")
{
    chat::ReconnectBackoff backoff;
    // The middle of the jitter band is the nominal delay.
    const QList<int> nominal { 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000,
        300000 };
    for (const int expected : nominal)
        CHECK(backoff.nextDelayMs(0.5) == expected);
    CHECK(backoff.failures() == nominal.size());
    // Jitter spreads each delay by ±20 %.
    chat::ReconnectBackoff low, high;
    CHECK(low.nextDelayMs(0.0) == 800);
    CHECK(high.nextDelayMs(1.0) == 1200);
    CHECK(low.nextDelayMs(0.0) == 1600);
    // A success starts again from about a second.
    backoff.reset();
    CHECK(backoff.nextDelayMs(0.5) == 1000);
    // Out-of-range random numbers are clamped, never negative or huge.
    chat::ReconnectBackoff odd;
    CHECK(odd.nextDelayMs(-5.0) == 800);
    CHECK(odd.nextDelayMs(7.0) == 2400);
}
