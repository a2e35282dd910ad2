// SPDX-License-Identifier: MIT
// The DER reader and the certificate key inspection, on a certificate and on a bare
// SubjectPublicKeyInfo (a peer's certificate reaches them before any trust decision); and the
// check that stands before QCA: whatever passes it, QCA must read without crashing.
#include "FuzzSupport.h"
#include "crypto/CertificateCheck.h"
#include "crypto/CertificateKey.h"
#include "crypto/Der.h"

#include <QtCrypto>

using namespace securechat;

namespace {

void walk(QByteArrayView data, int depth)
{
    const auto element = crypto::der::read(data);
    if (!element)
        return;
    fuzz::check(element->encoded.size() <= data.size() && element->encoded.data() == data.data()
            && element->content.data() + element->content.size()
                == element->encoded.data() + element->encoded.size(),
        "an element lies inside its input and its content ends it");
    const auto children = crypto::der::children(element->content);
    if (!children || depth >= 8)
        return;
    for (const auto &child : *children)
        walk(child.encoded, depth + 1);
}

void inspect(const crypto::CertificateKey &key)
{
    if (key.isNull())
        return;
    fuzz::check(key.isAcceptableIdentityKey() == key.identityKeyProblem().isEmpty(),
        "a key is acceptable exactly when there is no problem to tell");
    fuzz::check(key.rsaBits() >= 0, "a bit count is never negative");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    walk(input, 0);
    crypto::der::tbsCertificateFields(input);
    inspect(crypto::CertificateKey::fromCertificateDer(input));
    inspect(crypto::CertificateKey::fromSubjectPublicKeyInfo(input));
    if (crypto::CertificateCheck::problem(input).isEmpty()) {
        QCA::ConvertResult result = QCA::ErrorDecode;
        QCA::Certificate::fromDER(input, &result);
    }
    return 0;
}
