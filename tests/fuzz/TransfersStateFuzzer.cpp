// SPDX-License-Identifier: MIT
// transfers.json, the file transfers remembered across restarts. Whatever it holds, loading
// gives either a reason and no transfers, or only transfers that are safe to continue: a wire id
// the protocol allows, a size within the protocol's limit, what is held within the size, a
// received file's name cleaned like a peer's and its .part inside the folder it is saved to.
#include "FuzzSupport.h"
#include "chat/FileNames.h"
#include "chat/FileTransfers.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <QDir>
#include <QFileInfo>

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString profile
        = fuzz::profileWith(QStringLiteral("transfers.json"), fuzz::bytes(data, size));
    chat::FileTransfers files;
    QString error;
    const bool loaded
        = files.setStateFile(QDir(profile).filePath(QStringLiteral("transfers.json")), &error);
    const QList<chat::TransferInfo> all = files.transfers();
    if (!loaded) {
        fuzz::check(all.isEmpty() && !error.isEmpty(), "an unreadable file gives a reason only");
        fuzz::check(QDir(profile).entryList({ QStringLiteral("transfers.json.damaged*") }).size()
                == 1,
            "an unreadable file is kept aside");
        return 0;
    }
    for (const chat::TransferInfo &info : all) {
        fuzz::check(net::MessageCodec::isValidId(info.id), "a loaded id is valid on the wire");
        fuzz::check(!info.contact.isNull(), "a loaded transfer belongs to a contact");
        fuzz::check(info.size >= 0 && info.size <= net::kMaxFileBytes, "the size is in range");
        fuzz::check(info.done >= 0 && info.done <= info.size, "what is held fits the size");
        fuzz::check(files.transfer(info.handle).id == info.id, "every transfer is found");
        if (info.outgoing)
            continue;
        fuzz::check(info.sha256.size() == net::kSha256Bytes, "a received file has its hash");
        fuzz::check(chat::sanitizeFileName(info.name) == info.name, "the name is clean");
    }
    return 0;
}
