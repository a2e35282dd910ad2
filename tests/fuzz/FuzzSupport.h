// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/Identity.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

// What every harness shares. FuzzSupport.cpp defines LLVMFuzzerInitialize: it creates the
// QCoreApplication and the QCA::Initializer once per process and silences Qt's logging (the
// parsers log every refusal, which would drown libFuzzer's output and slow it down).
namespace securechat::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant: report it and abort, so that libFuzzer records the input as a crash.
[[noreturn]] void fail(const char *what);
inline void check(bool condition, const char *what)
{
    if (!condition)
        fail(what);
}

// A new, empty profile directory inside the process's temporary directory, with fileName
// holding content. The previous call's directory is removed first, and every call gets a
// directory of its own, so caches keyed by path (QSettings) never see an old file.
QString profileWith(const QString &fileName, const QByteArray &content);

// The fixed identity of tests/fuzz/data/identity.pem, for parsers that need a key.
const crypto::Identity &fixedIdentity();

} // namespace securechat::fuzz
