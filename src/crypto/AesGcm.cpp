// SPDX-License-Identifier: MIT
#include "crypto/AesGcm.h"

namespace securechat::crypto {

namespace {

// QCA copies every update() into secure memory; feeding it in chunks keeps that bounded.
constexpr qsizetype kChunk = 256 * 1024;

bool usable(const QCA::SymmetricKey &key, const QByteArray &iv)
{
    return key.size() == AesGcm::kKeyLength && iv.size() == AesGcm::kIvLength
        && QCA::isSupported("aes256-gcm");
}

// Appends the transformed input to *output; false (and *output cut back) on any failure.
bool run(QCA::Cipher &cipher, QByteArrayView input, QByteArray *output)
{
    const qsizetype start = output->size();
    output->reserve(start + input.size());
    auto fail = [&] {
        std::fill(output->begin() + start, output->end(), '\0');
        output->truncate(start);
        return false;
    };
    for (qsizetype offset = 0; offset < input.size(); offset += kChunk) {
        const QByteArrayView piece = input.mid(offset, std::min(kChunk, input.size() - offset));
        const QCA::SecureArray part
            = cipher.update(QCA::MemoryRegion(QByteArray::fromRawData(piece.data(), piece.size())));
        if (!cipher.ok())
            return fail();
        output->append(part.constData(), part.size());
    }
    const QCA::SecureArray last = cipher.final();
    if (!cipher.ok())
        return fail();
    output->append(last.constData(), last.size());
    if (output->size() - start != input.size())
        return fail();
    return true;
}

} // namespace

bool AesGcm::encryptAppend(const QCA::SymmetricKey &key, const QByteArray &iv,
    QByteArrayView plaintext, QByteArray *output, QByteArray *tag)
{
    if (!usable(key, iv))
        return false;
    // An empty AuthTag would mean "no tag": ask for exactly 16 bytes.
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding,
        QCA::Encode, key, QCA::InitializationVector(iv), QCA::AuthTag(kTagLength));
    if (!run(cipher, plaintext, output))
        return false;
    *tag = cipher.tag().toByteArray();
    if (tag->size() != kTagLength) {
        output->truncate(output->size() - plaintext.size());
        return false;
    }
    return true;
}

std::optional<AesGcm::Sealed> AesGcm::encrypt(
    const QCA::SymmetricKey &key, const QByteArray &iv, QByteArrayView plaintext)
{
    Sealed sealed;
    if (!encryptAppend(key, iv, plaintext, &sealed.ciphertext, &sealed.tag))
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> AesGcm::decrypt(const QCA::SymmetricKey &key, const QByteArray &iv,
    QByteArrayView ciphertext, QByteArrayView tag)
{
    // An empty tag would make QCA skip authentication altogether.
    if (!usable(key, iv) || tag.size() != kTagLength)
        return std::nullopt;
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding,
        QCA::Decode, key, QCA::InitializationVector(iv), QCA::AuthTag(tag.toByteArray()));
    QByteArray plaintext;
    if (!run(cipher, ciphertext, &plaintext))
        return std::nullopt;
    return plaintext;
}

} // namespace securechat::crypto
