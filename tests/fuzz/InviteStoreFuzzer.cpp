// SPDX-License-Identifier: MIT
// invites.json, the invites this profile issued. A file that loads takes a redemption (which
// writes it back) and must then read back as the store holds it.
#include "FuzzSupport.h"
#include "storage/InviteStore.h"

#include <QTimeZone>

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString profile
        = fuzz::profileWith(QStringLiteral("invites.json"), fuzz::bytes(data, size));
    storage::InviteStore store(profile);
    if (!store.isReadable()) {
        fuzz::check(store.all().isEmpty(), "an unreadable file gives no invites");
        return 0;
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, QTimeZone::UTC);
    for (const auto &issued : store.all())
        fuzz::check(issued.secret.size() == crypto::Invite::kSecretSize,
            "every invite loaded has a whole secret");
    fuzz::check(store.openCount(now) <= store.all().size(), "open invites are among all");
    if (store.all().isEmpty())
        return 0;
    const crypto::Fingerprint host = fuzz::fixedIdentity().fingerprint();
    const crypto::Fingerprint client
        = crypto::Fingerprint::fromBytes(QByteArray(crypto::Fingerprint::kSize, '\x42'));
    const auto first = store.all().first();
    const auto redemption
        = store.redeem(crypto::Invite::proof(first.secret, host, client), host, client, now);
    fuzz::check(redemption.outcome != storage::InviteStore::Outcome::Unknown,
        "an invite in the file is found by its own proof");
    if (redemption.outcome == storage::InviteStore::Outcome::Accepted) {
        const storage::InviteStore reread(profile);
        fuzz::check(reread.isReadable() && reread.all() == store.all(),
            "what was written reads back the same");
    }
    return 0;
}
