// SPDX-License-Identifier: MIT
#include "crypto/CertificateCheck.h"

#include <climits>
#include <memory>

#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace securechat::crypto {

namespace {

struct X509Free {
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

QString extensionName(X509_EXTENSION *extension)
{
    char oid[128] = {};
    const int length = OBJ_obj2txt(oid, sizeof oid, X509_EXTENSION_get_object(extension), 1);
    return length > 0 ? QString::fromLatin1(oid, qMin(length, int(sizeof oid) - 1))
                      : QStringLiteral("?");
}

// Decodes the extension the way QCA's provider will and frees the result; false if it cannot.
bool decodes(X509_EXTENSION *extension)
{
    const X509V3_EXT_METHOD *method = X509V3_EXT_get(extension);
    if (!method)
        return true; // unknown to OpenSSL, so nothing ever decodes it
    void *decoded = X509V3_EXT_d2i(extension);
    if (!decoded)
        return false;
    if (method->it)
        ASN1_item_free(static_cast<ASN1_VALUE *>(decoded), ASN1_ITEM_ptr(method->it));
    else if (method->ext_free)
        method->ext_free(decoded);
    return true;
}

} // namespace

QString CertificateCheck::problem(QByteArrayView certificateDer)
{
    if (certificateDer.isEmpty() || certificateDer.size() > INT_MAX)
        return tr("it is not an X.509 certificate");
    const auto *cursor = reinterpret_cast<const unsigned char *>(certificateDer.data());
    const auto *end = cursor + certificateDer.size();
    const std::unique_ptr<X509, X509Free> certificate(
        d2i_X509(nullptr, &cursor, long(certificateDer.size())));
    if (!certificate)
        return tr("it is not an X.509 certificate");
    if (cursor != end)
        return tr("there are stray bytes after the certificate");
    const int count = X509_get_ext_count(certificate.get());
    for (int index = 0; index < count; ++index) {
        X509_EXTENSION *extension = X509_get_ext(certificate.get(), index);
        if (!extension || !decodes(extension))
            return tr("its extension %1 is malformed").arg(extensionName(extension));
    }
    return {};
}

} // namespace securechat::crypto
