// SPDX-License-Identifier: MIT
#pragma once

#include "chat/FileTransfers.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace securechat::gui {

// One file transfer as a card in the conversation: what the engine says about it, who offered
// it, and how fast it goes.
struct TransferCard {
    chat::TransferInfo info;
    QString peerName; // the contact's name as shown: who offered it, or who it is for
    double bytesPerSecond = 0; // 0 while unknown
    bool stalled = false; // moving, then nothing for a while (MessageView::kStalledMs)
};

// What a card's buttons do, in the order they are shown.
enum class TransferAction { Accept, SaveAs, Decline, Pause, Resume, Cancel, Open, ShowInFolder };

// A card's wording and buttons, shared by the delegate that draws it, the text copied and read
// out, and the tests.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(securechat::gui::TransferText)
public:
    // "Bob offers a file", "File for Bob", ...
    static QString title(const TransferCard &card);
    // The name, and the name as the peer sent it when it had to be changed.
    static QString name(const TransferCard &card);
    // One line: the state, then progress, speed and time left, or why it stopped.
    static QString status(const TransferCard &card);
    // Whether the status reads as a failure (drawn in red).
    static bool failed(const TransferCard &card);
    // Everything as plain text, for copying and screen readers.
    static QString text(const TransferCard &card);
    static QList<TransferAction> actions(const TransferCard &card);
    static QString actionText(TransferAction action);
    // "2 min 5 s", "40 s"; empty when unknown.
    static QString timeLeft(const TransferCard &card);
};

} // namespace securechat::gui
