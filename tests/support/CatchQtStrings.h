// SPDX-License-Identifier: MIT
#pragma once

#include <catch2/catch_tostring.hpp>

#include <QByteArray>
#include <QString>

// Readable failure messages for Qt strings.
template<> struct Catch::StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<> struct Catch::StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value)
    {
        return "0x" + value.left(64).toHex().toStdString() + (value.size() > 64 ? "..." : "");
    }
};
