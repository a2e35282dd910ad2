// SPDX-License-Identifier: MIT
#include "ProtocolVectors.h"

#include "CatchQtStrings.h"
#include "net/FrameCodec.h"
#include "net/MessageCodec.h"
#include "net/Protocol.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace securechat;

namespace {

// What a receiver does with the frame: the message type it decoded, or the protocol error it
// closes with (the bye's message).
QString reactionTo(const QByteArray &frame)
{
    net::FrameCodec codec(net::kMaxFrameBytes);
    codec.append(frame);
    const std::optional<QByteArray> payload = codec.next();
    if (codec.hasError())
        return QStringLiteral("frame-error ") + codec.error();
    if (!payload)
        return QStringLiteral("incomplete");
    if (codec.pendingBytes() != 0)
        return QStringLiteral("more than one frame");
    const auto decoded = net::MessageCodec::decode(*payload);
    if (!decoded.message)
        return QStringLiteral("protocol-error ") + decoded.error;
    return net::MessageCodec::typeName(*decoded.message);
}

} // namespace

TEST_CASE("Every test vector in docs/protocol.md gets the documented reaction", "[net][vectors]")
{
    const auto vectors = test::readProtocolVectors(QStringLiteral(SECURECHAT_PROTOCOL_DOC));
    REQUIRE(vectors.size() >= 30);
    QSet<QString> names;
    QSet<QString> validTypes;
    for (const auto &vector : vectors) {
        INFO("vector " << vector.name.toStdString());
        CHECK_FALSE(names.contains(vector.name));
        names.insert(vector.name);
        REQUIRE(vector.frame.size() >= 4);
        CHECK(reactionTo(vector.frame) == vector.expect);
        const bool valid = !vector.expect.startsWith(QStringLiteral("protocol-error"))
            && !vector.expect.startsWith(QStringLiteral("frame-error"));
        // A valid payload encodes back to a message that decodes the same way.
        if (valid) {
            validTypes.insert(vector.expect);
            const auto decoded = net::MessageCodec::decode(vector.frame.mid(4));
            REQUIRE(decoded.message);
            CHECK(reactionTo(net::FrameCodec::encode(
                      net::MessageCodec::encode(*decoded.message), net::kMaxFrameBytes))
                == vector.expect);
        }
    }
    // Every message type of section 4 has a valid vector.
    CHECK(validTypes
        == QSet<QString> { QStringLiteral("hello"), QStringLiteral("text"),
            QStringLiteral("receipt"), QStringLiteral("typing"), QStringLiteral("ping"),
            QStringLiteral("pong"), QStringLiteral("bye"), QStringLiteral("approval") });
}
