// SPDX-License-Identifier: MIT
#include "crypto/Der.h"

namespace securechat::crypto::der {

std::optional<Element> read(QByteArrayView data)
{
    if (data.size() < 2 || (quint8(data[0]) & 0x1f) == 0x1f)
        return std::nullopt;
    const quint8 first = quint8(data[1]);
    qsizetype offset = 2;
    qsizetype length = first;
    if (first & 0x80) {
        // Long form, at most four length bytes; 0x80 alone would be BER's indefinite length.
        const int count = first & 0x7f;
        if (count == 0 || count > 4 || data.size() < 2 + count)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | quint8(data[2 + i]);
        offset += count;
    }
    if (length > data.size() - offset)
        return std::nullopt;
    Element element;
    element.tag = quint8(data[0]);
    element.content = data.sliced(offset, length);
    element.encoded = data.first(offset + length);
    return element;
}

std::optional<QList<Element>> children(QByteArrayView content)
{
    QList<Element> result;
    while (!content.isEmpty()) {
        const std::optional<Element> element = read(content);
        if (!element)
            return std::nullopt;
        result.append(*element);
        content = content.sliced(element->encoded.size());
    }
    return result;
}

std::optional<QList<Element>> tbsCertificateFields(QByteArrayView certificateDer)
{
    // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
    const auto certificate = read(certificateDer);
    if (!certificate || certificate->tag != Sequence
        || certificate->encoded.size() != certificateDer.size())
        return std::nullopt;
    const auto outer = children(certificate->content);
    if (!outer || outer->size() != 3 || outer->at(0).tag != Sequence)
        return std::nullopt;
    return children(outer->at(0).content);
}

QByteArray encode(quint8 tag, QByteArrayView content)
{
    QByteArray result(1, char(tag));
    const qsizetype length = content.size();
    if (length < 0x80) {
        result.append(char(length));
    } else {
        QByteArray bytes;
        for (qsizetype rest = length; rest > 0; rest >>= 8)
            bytes.prepend(char(rest & 0xff));
        result.append(char(0x80 | bytes.size()));
        result.append(bytes);
    }
    result.append(content);
    return result;
}

QByteArray unsignedInteger(QByteArrayView magnitude)
{
    while (magnitude.size() > 1 && magnitude[0] == 0)
        magnitude = magnitude.sliced(1);
    QByteArray content = magnitude.toByteArray();
    if (content.isEmpty() || (quint8(content[0]) & 0x80))
        content.prepend('\0');
    return encode(Integer, content);
}

} // namespace securechat::crypto::der
