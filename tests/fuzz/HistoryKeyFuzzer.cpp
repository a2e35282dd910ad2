// SPDX-License-Identifier: MIT
// history.key: the magic line, then the sealed envelope (RsaService::open) for the fixed
// identity of tests/fuzz/data, to which the seeds are sealed.
#include "FuzzSupport.h"
#include "storage/HistoryKeyStore.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const crypto::Identity &identity = fuzz::fixedIdentity();
    const storage::HistoryKeyStore store(
        fuzz::profileWith(QStringLiteral("history.key"), fuzz::bytes(data, size)));
    const auto result = store.load(identity);
    if (result.error == storage::HistoryKeyStore::Error::None)
        fuzz::check(result.key.size() == 32, "a history key has 32 bytes");
    else
        fuzz::check(!result.message.isEmpty(), "a refused key file comes with a message");
    return 0;
}
