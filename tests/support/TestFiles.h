// SPDX-License-Identifier: MIT
#pragma once

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace securechat::test {

// The file's bytes, or empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes a file the way a user or another program would (not atomically), creating its folder,
// and leaves it private to the owner, as SecureChat's own files are.
inline void writeFile(const QString &path, const QByteArray &data)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
    file.close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

} // namespace securechat::test
