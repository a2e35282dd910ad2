// SPDX-License-Identifier: MIT
#include "chat/TrustPolicy.h"

namespace securechat::chat {

bool sameName(const QString &a, const QString &b)
{
    const QString left = a.simplified();
    return !left.isEmpty() && left.compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

TrustDecision decideTrust(const TrustFacts &facts)
{
    TrustDecision decision;
    decision.matchedExpected = !facts.expected.isNull() && facts.expected == facts.fingerprint;
    const storage::ContactStore::Contact *previous = nullptr;
    for (const auto &contact : facts.contacts) {
        if (contact.fingerprint == facts.fingerprint) {
            decision.verdict = TrustVerdict::Known;
            return decision;
        }
        bool conflicts = sameName(contact.name, facts.name);
        if (!facts.incoming && !facts.host.isEmpty()) {
            for (const auto &address : contact.addresses) {
                if (address.weConnected && address.port == facts.port
                    && address.host.compare(facts.host, Qt::CaseInsensitive) == 0)
                    conflicts = true;
            }
        }
        if (conflicts && (!previous || contact.lastSeen > previous->lastSeen))
            previous = &contact;
    }
    // A key the user asked for by fingerprint replaces whatever was known under that name or
    // address: the user checked it out of band.
    if (previous && !decision.matchedExpected) {
        decision.verdict = TrustVerdict::KeyChanged;
        decision.previous = previous->fingerprint;
        return decision;
    }
    if (facts.incoming || (facts.confirmNewOutgoing && !decision.matchedExpected))
        decision.verdict = TrustVerdict::AskUser;
    else
        decision.verdict = TrustVerdict::TrustOnFirstUse;
    if (previous)
        decision.previous = previous->fingerprint;
    return decision;
}

} // namespace securechat::chat
