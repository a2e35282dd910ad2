// SPDX-License-Identifier: MIT
// The identity file loader (header, checksum, PEM blocks, certificate and key through QCA).
#include "FuzzSupport.h"
#include "storage/IdentityStore.h"

#include <QCryptographicHash>

using namespace securechat;

namespace {

// The checksum line made right, so that mutations get past it to the PEM blocks; the same
// rule as IdentityStore::parse (the hash of the file without its own first checksum line).
QByteArray withRightChecksum(const QByteArray &content)
{
    static const QByteArray key = QByteArrayLiteral("Content-SHA256: ");
    const QList<QByteArray> lines = content.left(4096).split('\n');
    if (lines.size() < 5 || !lines.at(3).startsWith(key))
        return content;
    const QByteArray line = lines.at(3) + '\n';
    const qsizetype at = content.indexOf(line);
    QByteArray without = content;
    without.remove(at, line.size());
    const QByteArray right
        = key + QCryptographicHash::hash(without, QCryptographicHash::Sha256).toHex() + '\n';
    QByteArray fixed = without;
    fixed.insert(at, right);
    return fixed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // First byte: bit 0 fixes the checksum, bit 1 gives a passphrase (the seeds' is "fuzz").
    const quint8 mode = data[0];
    QByteArray content = fuzz::bytes(data + 1, size - 1);
    if (mode & 1)
        content = withRightChecksum(content);
    const QString passphrase = (mode & 2) ? QStringLiteral("fuzz") : QString();

    const storage::IdentityStore store(fuzz::profileWith(QStringLiteral("identity.pem"), content));
    store.isPassphraseProtected();
    const auto result = store.load(passphrase);
    if (result.error == storage::IdentityStore::LoadError::None) {
        fuzz::check(!result.identity.isNull() && result.identity.keyMatchesCertificate(),
            "a loaded identity's certificate belongs to its key");
        fuzz::check(!result.identity.displayName.isEmpty(), "a loaded identity has a name");
    } else {
        fuzz::check(!result.message.isEmpty(), "a refused file comes with a message");
    }
    return 0;
}
