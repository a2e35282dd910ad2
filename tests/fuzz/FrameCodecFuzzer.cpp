// SPDX-License-Identifier: MIT
// The frame splitter, fed the input as a byte stream torn into pieces of every size.
#include "FuzzSupport.h"
#include "net/FrameCodec.h"
#include "net/Protocol.h"

using namespace securechat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte is the piece size (1 to 256 bytes): headers and payloads arrive torn at
    // every position, as TCP may deliver them. The small limit reaches "too large" quickly.
    const qsizetype pieceBytes = qsizetype(data[0]) + 1;
    const qint64 maxFrameBytes = (data[0] & 1) ? net::kMaxFrameBytes : 1024;
    const QByteArray stream = fuzz::bytes(data + 1, size - 1);

    net::FrameCodec codec(maxFrameBytes);
    QByteArray reencoded;
    for (qsizetype offset = 0; offset < stream.size(); offset += pieceBytes) {
        codec.append(stream.mid(offset, pieceBytes));
        while (const auto frame = codec.next()) {
            fuzz::check(!frame->isEmpty() && frame->size() <= maxFrameBytes,
                "a frame's payload is 1 to maxFrameBytes long");
            reencoded += net::FrameCodec::encode(*frame, maxFrameBytes);
        }
        fuzz::check(codec.pendingBytes() >= 0, "pending bytes are never negative");
    }
    // Every frame returned is exactly the bytes that carried it, in order.
    fuzz::check(stream.startsWith(reencoded), "the frames re-encode to the stream's start");
    if (codec.hasError()) {
        fuzz::check(!codec.error().isEmpty() && !codec.next(), "an error sticks");
    } else {
        fuzz::check(reencoded.size() + codec.pendingBytes() == stream.size(),
            "without an error every byte is a frame or pending");
    }
    return 0;
}
