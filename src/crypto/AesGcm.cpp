#include "AesGcm.h"

namespace securechat::crypto {

namespace {

// QCA copies every update() into secure memory; feeding it in chunks keeps that bounded.
constexpr qsizetype kChunk = 256 * 1024;

bool usable(const QCA::SymmetricKey &key, const QByteArray &iv)
{
    return key.size() == AesGcm::kKeyLength && iv.size() == AesGcm::kIvLength
        && QCA::isSupported("aes256-gcm");
}

bool run(QCA::Cipher &cipher, const QByteArray &input, QByteArray *output)
{
    output->clear();
    output->reserve(input.size());
    for (qsizetype offset = 0; offset < input.size(); offset += kChunk) {
        const QCA::SecureArray part = cipher.update(QCA::MemoryRegion(QByteArray::fromRawData(
            input.constData() + offset, std::min(kChunk, input.size() - offset))));
        if (!cipher.ok())
            return false;
        output->append(part.constData(), part.size());
    }
    const QCA::SecureArray last = cipher.final();
    if (!cipher.ok())
        return false;
    output->append(last.constData(), last.size());
    return output->size() == input.size();
}

} // namespace

std::optional<AesGcm::Sealed> AesGcm::encrypt(
    const QCA::SymmetricKey &key, const QByteArray &iv, const QByteArray &plaintext)
{
    if (!usable(key, iv))
        return std::nullopt;
    // An empty AuthTag would mean "no tag": ask for exactly 16 bytes.
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding,
        QCA::Encode, key, QCA::InitializationVector(iv), QCA::AuthTag(kTagLength));
    Sealed sealed;
    if (!run(cipher, plaintext, &sealed.ciphertext))
        return std::nullopt;
    sealed.tag = cipher.tag().toByteArray();
    if (sealed.tag.size() != kTagLength)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> AesGcm::decrypt(const QCA::SymmetricKey &key, const QByteArray &iv,
    const QByteArray &ciphertext, const QByteArray &tag)
{
    // An empty tag would make QCA skip authentication altogether.
    if (!usable(key, iv) || tag.size() != kTagLength)
        return std::nullopt;
    QCA::Cipher cipher(QStringLiteral("aes256"), QCA::Cipher::GCM, QCA::Cipher::NoPadding,
        QCA::Decode, key, QCA::InitializationVector(iv), QCA::AuthTag(tag));
    QByteArray plaintext;
    if (!run(cipher, ciphertext, &plaintext)) {
        plaintext.fill('\0');
        return std::nullopt;
    }
    return plaintext;
}

} // namespace securechat::crypto
