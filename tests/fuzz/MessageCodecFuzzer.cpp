// SPDX-License-Identifier: MIT
// The CBOR message decoder, every message type in one harness: the type is a text value inside
// the map, not a leading byte, and all types share the field readers, so one harness lets a
// mutation move between types. Seeds hold a valid message of every type.
#include "FuzzSupport.h"
#include "net/MessageCodec.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto decoded = net::MessageCodec::decode(fuzz::bytes(data, size));
    if (!decoded.message) {
        fuzz::check(!decoded.error.isEmpty(), "a refused payload comes with a reason");
        return 0;
    }
    fuzz::check(decoded.error.isEmpty(), "an accepted payload has no error");
    fuzz::check(!net::MessageCodec::typeName(*decoded.message).isEmpty(), "a type name");
    // What the decoder accepts, the encoder writes back in a form the decoder accepts again,
    // and encoding is stable from there on.
    const QByteArray encoded = net::MessageCodec::encode(*decoded.message);
    const auto again = net::MessageCodec::decode(encoded);
    fuzz::check(again.message.has_value(), "an accepted message re-encodes to a valid payload");
    fuzz::check(net::MessageCodec::encode(*again.message) == encoded, "encoding is stable");
    return 0;
}
