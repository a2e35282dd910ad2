// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace securechat::test {

// One test vector of docs/protocol.md, section 11: a fenced block of type "vector".
struct ProtocolVector {
    QString name;
    QByteArray frame; // the complete frame: length header and payload
    QString expect; // a message type, or "protocol-error …" / "frame-error …" with the bye message
};

// The vectors as the document states them, read at test time so that the document is what is
// tested. Empty if the file cannot be read.
inline QList<ProtocolVector> readProtocolVectors(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ProtocolVector> vectors;
    std::optional<ProtocolVector> current;
    QByteArray hex;
    bool inFrame = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line == "```vector") {
            current = ProtocolVector {};
            hex.clear();
            continue;
        }
        if (!current)
            continue;
        if (line == "```") {
            current->frame = QByteArray::fromHex(hex);
            vectors.append(*current);
            current.reset();
            continue;
        }
        if (line.startsWith("       ") && inFrame) {
            hex += line.trimmed();
            continue;
        }
        inFrame = line.startsWith("frame: ");
        if (inFrame)
            hex += line.mid(7).trimmed();
        else if (line.startsWith("name: "))
            current->name = QString::fromUtf8(line.mid(6));
        else if (line.startsWith("expect: "))
            current->expect = QString::fromUtf8(line.mid(8));
    }
    return vectors;
}

} // namespace securechat::test
