// SPDX-License-Identifier: MIT
#pragma once

#include "net/Messages.h"

#include <optional>

#include <QByteArray>
#include <QString>

namespace securechat::net {

// Turns messages into CBOR frame payloads and back, validating every field against
// docs/protocol.md: required fields present with the right type, sizes within the limits,
// exactly one CBOR map per payload. Unknown keys are ignored; unknown types are errors.
class MessageCodec
{
public:
    struct Decoded {
        std::optional<Message> message;
        QString error; // says what was wrong, for a person; empty on success
    };

    static QByteArray encode(const Message &message);
    static Decoded decode(const QByteArray &payload);

    // The name of a message's type on the wire ("hello", "text", ...).
    static QString typeName(const Message &message);
    // 1 to kMaxIdBytes characters from A-Z a-z 0-9 '-' '_' '.'.
    static bool isValidId(const QString &id);
    // Whether a display name may be sent in a hello: not blank, at most kMaxNameBytes of UTF-8,
    // no control (Cc) or format (Cf) characters, no line or paragraph separators, no ": ".
    static bool isAcceptableName(const QString &name);
};

} // namespace securechat::net
