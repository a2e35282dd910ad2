// SPDX-License-Identifier: MIT
#include "gui/TransferCard.h"

#include "net/Messages.h"

#include <cmath>

#include <QLocale>

namespace securechat::gui {

using chat::TransferState;

QString TransferText::title(const TransferCard &card)
{
    if (card.info.outgoing)
        return tr("File for %1").arg(card.peerName);
    return card.info.state == TransferState::Offered ? tr("%1 offers a file").arg(card.peerName)
                                                     : tr("File from %1").arg(card.peerName);
}

QString TransferText::name(const TransferCard &card)
{
    const chat::TransferInfo &info = card.info;
    if (info.outgoing || info.peerName.isEmpty() || info.peerName == info.name)
        return info.name;
    return tr("%1 (sent as \"%2\")").arg(info.name, info.peerName);
}

QString TransferText::timeLeft(const TransferCard &card)
{
    const qint64 left = card.info.size - card.info.done;
    if (card.bytesPerSecond <= 0 || left <= 0)
        return {};
    const qint64 seconds = std::max<qint64>(1, std::llround(double(left) / card.bytesPerSecond));
    if (seconds < 60)
        return tr("%n s left", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min left").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString TransferText::status(const TransferCard &card)
{
    const chat::TransferInfo &info = card.info;
    const QLocale locale;
    const QString amounts
        = tr("%1 of %2")
              .arg(locale.formattedDataSize(info.done), locale.formattedDataSize(info.size));
    switch (info.state) {
    case TransferState::Preparing:
        return tr("Computing the file's SHA-256 before offering it…");
    case TransferState::Offered:
        return info.outgoing ? tr("Waiting for %1 to accept it").arg(card.peerName)
                             : tr("Accept to receive it; nothing is saved before you do.");
    case TransferState::Checking:
        return tr("Checking what has already arrived…");
    case TransferState::Transferring: {
        // The sender's pause is not announced (protocol.md 4.10): the receiver sees it as data
        // that stopped coming.
        if (card.stalled && info.done > 0)
            return info.outgoing
                ? tr("%1 · %2 has taken nothing for a while").arg(amounts, card.peerName)
                : tr("%1 · no data for a while: %2 may have paused it")
                      .arg(amounts, card.peerName);
        if (card.bytesPerSecond <= 0)
            return info.done > 0 ? amounts : tr("Starting…");
        QStringList parts { amounts,
            tr("%1/s").arg(locale.formattedDataSize(qint64(card.bytesPerSecond))) };
        if (const QString left = timeLeft(card); !left.isEmpty())
            parts.append(left);
        return parts.join(QStringLiteral(" · "));
    }
    case TransferState::Paused:
        // The engine's reason (paused here, by the receiver, a full disk) on a line of its own.
        return info.reason.isEmpty() ? tr("Paused · %1").arg(amounts)
                                     : tr("Paused · %1\n%2").arg(amounts, info.reason);
    case TransferState::Completed:
        return info.outgoing ? tr("Sent; %1 checked its SHA-256").arg(card.peerName)
                             : tr("Received and checked (SHA-256)");
    case TransferState::Failed:
        break;
    }
    const QString code = info.reasonCode;
    const QString reason = info.reason.isEmpty() ? tr("No reason was given.") : info.reason;
    if (code == QLatin1StringView(net::FileCancelReason::kDeclined))
        return tr("Declined: %1").arg(reason);
    if (code == QLatin1StringView(net::FileCancelReason::kCancelled))
        return tr("Cancelled: %1").arg(reason);
    return tr("Failed: %1").arg(reason);
}

bool TransferText::failed(const TransferCard &card)
{
    return card.info.state == TransferState::Failed;
}

QString TransferText::text(const TransferCard &card)
{
    return tr("%1: %2, %3\n%4")
        .arg(title(card), name(card), QLocale().formattedDataSize(card.info.size), status(card));
}

QList<TransferAction> TransferText::actions(const TransferCard &card)
{
    const chat::TransferInfo &info = card.info;
    switch (info.state) {
    case TransferState::Preparing:
        return { TransferAction::Cancel };
    case TransferState::Offered:
        if (info.outgoing)
            return { TransferAction::Cancel };
        return { TransferAction::Accept, TransferAction::SaveAs, TransferAction::Decline };
    case TransferState::Checking:
    case TransferState::Transferring:
        return { TransferAction::Pause, TransferAction::Cancel };
    case TransferState::Paused:
        if (info.pausedHere)
            return { TransferAction::Resume, TransferAction::Cancel };
        return { TransferAction::Cancel };
    case TransferState::Completed:
        if (info.outgoing)
            return { TransferAction::ShowInFolder };
        return { TransferAction::Open, TransferAction::ShowInFolder };
    case TransferState::Failed:
        break;
    }
    return {};
}

QString TransferText::actionText(TransferAction action)
{
    switch (action) {
    case TransferAction::Accept:
        return tr("Accept");
    case TransferAction::SaveAs:
        return tr("Save as…");
    case TransferAction::Decline:
        return tr("Decline");
    case TransferAction::Pause:
        return tr("Pause");
    case TransferAction::Resume:
        return tr("Resume");
    case TransferAction::Cancel:
        return tr("Cancel");
    case TransferAction::Open:
        return tr("Open");
    case TransferAction::ShowInFolder:
        break;
    }
    return tr("Show in folder");
}

} // namespace securechat::gui
