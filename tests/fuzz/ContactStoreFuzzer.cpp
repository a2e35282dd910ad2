// SPDX-License-Identifier: MIT
// contacts.json. A file that loads is also written back (through an update of its first
// contact) and must read back the same.
#include "FuzzSupport.h"
#include "storage/ContactStore.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString profile
        = fuzz::profileWith(QStringLiteral("contacts.json"), fuzz::bytes(data, size));
    storage::ContactStore store(profile);
    const auto all = store.all();
    if (store.loadError() != storage::ContactStore::LoadError::None) {
        fuzz::check(all.isEmpty() && !store.loadMessage().isEmpty(),
            "an unreadable file gives no contacts and a message");
        return 0;
    }
    for (const auto &contact : all)
        fuzz::check(store.find(contact.fingerprint).has_value(), "every contact is found");
    if (!all.isEmpty()) {
        store.match(all.first().name);
        QString error;
        fuzz::check(store.update(all.first(), &error), "a loaded contact can be stored again");
        const storage::ContactStore reread(profile);
        fuzz::check(reread.loadError() == storage::ContactStore::LoadError::None,
            "a file the store wrote reads back");
        fuzz::check(reread.all() == all, "what was written reads back the same");
    }
    return 0;
}
