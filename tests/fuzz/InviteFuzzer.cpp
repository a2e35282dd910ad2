// SPDX-License-Identifier: MIT
// Invite strings and URIs as a person pastes them, and the binary form inside them.
#include "FuzzSupport.h"
#include "crypto/Invite.h"

#include <QCryptographicHash>

using namespace securechat;
using crypto::Invite;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    // First byte: bit 0 reads the rest as the binary form and wraps it the way Invite::code()
    // does, checksum made right, so that mutations reach the fields behind the checksum;
    // bit 1 then puts the URI prefix in front. Otherwise the rest is pasted text.
    const quint8 mode = data[0];
    QByteArray rest = fuzz::bytes(data + 1, size - 1);
    QString text;
    if (mode & 1) {
        rest += QCryptographicHash::hash(rest, QCryptographicHash::Sha256)
                    .left(Invite::kChecksumSize);
        text = QString::fromLatin1(rest.toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (mode & 2)
            text.prepend(Invite::kUriPrefix);
    } else {
        text = QString::fromUtf8(rest);
    }

    const auto result = Invite::parse(text);
    if (!result.invite) {
        fuzz::check(result.error != Invite::Error::None, "a refusal names its kind");
        fuzz::check(!result.message.isEmpty(), "a refusal comes with a message");
        return 0;
    }
    const Invite &invite = *result.invite;
    fuzz::check(result.error == Invite::Error::None, "an accepted invite reports no error");
    fuzz::check(!invite.hostFingerprint.isNull(), "an invite names the host's key");
    fuzz::check(invite.secret.size() == Invite::kSecretSize, "the secret has its fixed size");
    fuzz::check(!invite.addresses.isEmpty() && invite.addresses.size() <= Invite::kMaxAddresses,
        "an invite has one to kMaxAddresses addresses");
    for (const auto &entry : invite.addresses)
        fuzz::check(entry.port != 0 && !entry.address.isNull(), "every address can be tried");
    fuzz::check(invite.hostName.toUtf8().size() <= Invite::kMaxNameBytes, "the name is bounded");
    const auto again = Invite::parse(invite.toUri());
    fuzz::check(again.invite && *again.invite == invite,
        "an invite read back from its own URI is the same invite");
    return 0;
}
