// SPDX-License-Identifier: MIT
#include "gui/ConversationPage.h"

#include "gui/GuiText.h"
#include "ui_ConversationPage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace securechat::gui {

namespace {
constexpr int kTypingIdleMs = 4000;
constexpr int kStatusMessageMs = 10000;
} // namespace

ConversationPage::ConversationPage(chat::ChatController *controller, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationPage>())
    , m_controller(controller)
    , m_typingIdle(new QTimer(this))
    , m_historyIcon(new QLabel(this))
{
    Q_ASSERT(m_controller);
    m_ui->setupUi(this);
    m_historyIcon->setObjectName(QStringLiteral("peerHistoryIcon"));
    m_historyIcon->setAccessibleName(tr("Peer keeps history"));
    m_historyIcon->setPixmap(QIcon(QStringLiteral(":/icons/history.svg")).pixmap(20, 20));
    m_historyIcon->hide();
    m_ui->headerLayout->insertWidget(
        m_ui->headerLayout->indexOf(m_ui->peerNameLabel) + 1, m_historyIcon);
    m_ui->keyChangedBanner->hide();
    m_ui->approvalBanner->hide();
    QFont nameFont = m_ui->peerNameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_ui->peerNameLabel->setFont(nameFont);
    m_ui->composerReasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->typingLabel->setMinimumHeight(m_ui->typingLabel->fontMetrics().height());

    m_chooseFiles = [](QWidget *owner) {
        return QFileDialog::getOpenFileNames(owner, tr("Send Files"),
            QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    };
    m_chooseSavePath = [](QWidget *owner, const QString &suggestedPath) {
        // No question about replacing: a received file never replaces one, it takes the next
        // free name ("name (1).ext"), which its card then shows.
        return QFileDialog::getSaveFileName(owner, tr("Save File As"), suggestedPath, QString(),
            nullptr, QFileDialog::DontConfirmOverwrite);
    };
    connect(m_ui->attachButton, &QToolButton::clicked, this, &ConversationPage::chooseFilesToSend);
    connect(m_ui->composer, &ComposerEdit::filesPasted, this, &ConversationPage::sendFiles);
    connect(m_ui->messageView, &MessageView::filesDropped, this, &ConversationPage::sendFiles);
    connect(m_ui->messageView, &MessageView::transferActionRequested, this,
        &ConversationPage::onTransferAction);

    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(kTypingIdleMs);
    connect(m_typingIdle, &QTimer::timeout, this, &ConversationPage::stopTyping);

    connect(m_ui->verifyButton, &QPushButton::clicked, this, &ConversationPage::verifyRequested);
    connect(
        m_ui->composer, &ComposerEdit::sendRequested, this, &ConversationPage::sendCurrentMessage);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ConversationPage::sendCurrentMessage);
    connect(
        m_ui->composer, &QPlainTextEdit::textChanged, this, &ConversationPage::onComposerChanged);
    connect(
        m_ui->reconnectButton, &QPushButton::clicked, this, &ConversationPage::reconnectCurrent);
    connect(m_ui->keyChangedBanner, &KeyChangedBanner::acceptRequested, this, [this] {
        if (m_current)
            m_controller->acceptChangedKey(m_current);
    });
    connect(m_ui->keyChangedBanner, &KeyChangedBanner::rejectRequested, this, [this] {
        if (m_current)
            m_controller->rejectPeer(m_current);
    });
    connect(m_ui->approvalBanner, &ApprovalBanner::acceptRequested, this, [this] {
        if (m_current)
            m_controller->acceptPeer(m_current);
    });
    connect(m_ui->approvalBanner, &ApprovalBanner::rejectRequested, this, [this] {
        if (m_current)
            m_controller->rejectPeer(m_current);
    });

    using chat::ChatController;
    connect(m_controller, &ChatController::stateChanged, this,
        [this](chat::ConversationId id, chat::ConversationState state) {
            if (id != m_current)
                return;
            refresh();
            if (state == chat::ConversationState::Ready)
                focusComposerIfWritable();
        });
    const auto refreshIfShown = [this](chat::ConversationId id) {
        if (id == m_current)
            refresh();
    };
    connect(m_controller, &ChatController::peerChanged, this, refreshIfShown);
    connect(m_controller, &ChatController::heldByPeerChanged, this, refreshIfShown);
    // The message view follows new messages, receipts and notes itself.
    connect(m_controller, &ChatController::messageReceived, this,
        [this](chat::ConversationId id) { onMessageReceived(id); });
    connect(m_ui->messageView, &MessageView::linkActivated, this,
        [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_controller, &ChatController::peerTyping, this, &ConversationPage::onPeerTyping);
    connect(
        m_controller, &ChatController::conversationClosed, this, [this](chat::ConversationId id) {
            m_peerTyping.remove(id);
            if (id == m_typingSentFor)
                m_typingSentFor = 0;
            if (id == m_current)
                refresh();
        });
    connect(
        m_controller, &ChatController::conversationRemoved, this, [this](chat::ConversationId id) {
            m_peerTyping.remove(id);
            if (id == m_typingSentFor)
                m_typingSentFor = 0;
        });
}

ConversationPage::~ConversationPage() = default;

void ConversationPage::setConversation(chat::ConversationId id)
{
    if (id == m_current)
        return;
    stopTyping();
    m_current = id;
    m_ui->composer->clear();
    m_ui->messageView->clearMessages();
    refresh();
    focusComposerIfWritable();
}

bool ConversationPage::showMessage(const QString &messageId, qint64 seq)
{
    if (!m_ui->messageView->showMessage(messageId, seq))
        return false;
    m_ui->messageView->setFocus(Qt::OtherFocusReason);
    return true;
}

void ConversationPage::focusComposerIfWritable()
{
    if (m_current && m_ui->composer->isEnabled())
        m_ui->composer->setFocus(Qt::OtherFocusReason);
}

void ConversationPage::onMessageReceived(chat::ConversationId id)
{
    m_peerTyping.remove(id);
    if (id == m_current)
        m_ui->typingLabel->clear();
}

void ConversationPage::onPeerTyping(chat::ConversationId id, bool typing)
{
    if (typing)
        m_peerTyping.insert(id);
    else
        m_peerTyping.remove(id);
    if (id == m_current) {
        m_ui->typingLabel->setText(typing
                ? tr("%1 is typing…").arg(GuiText::peerTitle(m_controller->peer(id)))
                : QString());
    }
}

void ConversationPage::sendCurrentMessage()
{
    if (!m_current || !m_ui->composer->isEnabled())
        return;
    const QString body = m_ui->composer->toPlainText();
    if (body.trimmed().isEmpty())
        return;
    const QString id = m_controller->sendText(m_current, body);
    if (id.isEmpty()) {
        emit statusMessage(
            tr("The message was not sent: it is too long or the conversation has ended."),
            kStatusMessageMs);
        return;
    }
    stopTyping();
    m_ui->composer->clear();
    m_ui->messageView->scrollToNewest();
}

void ConversationPage::chooseFilesToSend()
{
    if (!m_current || !m_ui->attachButton->isEnabled())
        return;
    const QStringList paths = m_chooseFiles(this);
    if (!paths.isEmpty())
        sendFiles(paths);
}

void ConversationPage::sendFiles(const QStringList &paths)
{
    if (!m_current || paths.isEmpty())
        return;
    const chat::PeerInfo peer = m_controller->peer(m_current);
    if (!m_ui->attachButton->isEnabled()) {
        emit statusMessage(peer.isContact
                ? tr("Files cannot be sent in this conversation now.")
                : tr("Files can be sent to contacts only: accept %1 as a contact first.")
                      .arg(GuiText::peerTitle(peer)),
            kStatusMessageMs);
        return;
    }
    QStringList problems;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            problems.append(tr("%1 is a folder; send the files in it, or an archive of it.")
                                .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QString error;
        if (!m_controller->files()->sendFile(peer.fingerprint, path, &error))
            problems.append(error);
    }
    if (!problems.isEmpty())
        emit statusMessage(problems.join(QLatin1Char(' ')), kStatusMessageMs);
    m_ui->messageView->scrollToNewest();
}

void ConversationPage::onTransferAction(chat::TransferHandle handle, TransferAction action)
{
    chat::FileTransfers *files = m_controller->files();
    const chat::TransferInfo info = files->transfer(handle);
    if (!info.handle)
        return;
    QString error;
    switch (action) {
    case TransferAction::Accept:
        if (!files->accept(handle, {}, &error))
            emit statusMessage(error, kStatusMessageMs);
        return;
    case TransferAction::SaveAs: {
        const QString path
            = m_chooseSavePath(this, QDir(files->downloadFolder()).filePath(info.name));
        if (!path.isEmpty() && !files->acceptAs(handle, path, &error))
            emit statusMessage(error, kStatusMessageMs);
        return;
    }
    case TransferAction::Decline:
        files->decline(handle);
        return;
    case TransferAction::Pause:
        files->pause(handle);
        return;
    case TransferAction::Resume:
        files->resume(handle);
        return;
    case TransferAction::Cancel:
        files->cancel(handle);
        return;
    case TransferAction::Open:
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(info.path)))
            emit statusMessage(
                tr("No program could open %1.").arg(QDir::toNativeSeparators(info.path)),
                kStatusMessageMs);
        return;
    case TransferAction::ShowInFolder:
        break;
    }
    const QString folder = QFileInfo(info.path).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        emit statusMessage(
            tr("The folder %1 could not be shown.").arg(QDir::toNativeSeparators(folder)),
            kStatusMessageMs);
}

void ConversationPage::reconnectCurrent()
{
    if (!m_current || m_controller->state(m_current) != chat::ConversationState::Closed)
        return;
    const chat::PeerInfo peer = m_controller->peer(m_current);
    if (peer.incoming || peer.address.isEmpty() || !peer.port)
        return;
    // The key seen last time is expected again: anyone else is refused.
    const chat::ConversationId id
        = m_controller->connectToPeer(peer.address, peer.port, peer.fingerprint);
    if (id)
        emit conversationRequested(id);
}

void ConversationPage::onComposerChanged()
{
    if (!m_current || m_controller->state(m_current) != chat::ConversationState::Ready)
        return;
    if (m_ui->composer->document()->isEmpty()) {
        stopTyping();
        return;
    }
    if (m_typingSentFor != m_current) {
        stopTyping();
        m_controller->setTyping(m_current, true);
        m_typingSentFor = m_current;
    }
    m_typingIdle->start();
}

void ConversationPage::stopTyping()
{
    m_typingIdle->stop();
    if (m_typingSentFor) {
        if (m_controller->state(m_typingSentFor) == chat::ConversationState::Ready)
            m_controller->setTyping(m_typingSentFor, false);
        m_typingSentFor = 0;
    }
}

void ConversationPage::updateMessages()
{
    if (!m_current)
        return;
    const chat::ConversationState state = m_controller->state(m_current);
    QString note;
    if (state == chat::ConversationState::Closed) {
        const QString reason = m_controller->closeReason(m_current);
        note = reason.isEmpty() ? tr("The conversation has ended.")
                                : tr("The conversation has ended: %1").arg(reason);
    }
    // The one held sees it where they write: their texts stay queued here until then.
    const chat::PeerInfo peer = m_controller->peer(m_current);
    if (state == chat::ConversationState::Ready && peer.heldByPeer != chat::HeldByPeer::No) {
        const QString name = GuiText::peerTitle(peer);
        note = peer.heldByPeer == chat::HeldByPeer::KeyChangePending
            ? tr("%1 has to accept your new key. Your messages stay queued until then.").arg(name)
            : tr("Waiting for %1 to accept you. Your messages stay queued until then.").arg(name);
    }
    // Nothing from an unapproved or changed key is shown.
    const bool blocked = state == chat::ConversationState::AwaitingApproval
        || state == chat::ConversationState::KeyChanged;
    m_ui->messageView->setConversation(m_controller, m_current, blocked);
    m_ui->messageView->setNote(note);
}

void ConversationPage::refresh()
{
    if (!m_current) {
        m_historyIcon->hide();
        emit securityChanged({});
        return;
    }
    const chat::PeerInfo peer = m_controller->peer(m_current);
    const chat::ConversationState state = m_controller->state(m_current);
    const QString name = GuiText::peerTitle(peer);

    m_ui->peerNameLabel->setText(GuiText::peerLabel(peer));
    const QString confusable = GuiText::confusableWarning(peer);
    m_ui->peerNameLabel->setToolTip(confusable);
    const bool keyChanged = state == chat::ConversationState::KeyChanged;
    const QString icon = keyChanged || !confusable.isEmpty() ? QStringLiteral(":/icons/warning.svg")
        : peer.verified ? QStringLiteral(":/icons/verified.svg")
                        : QStringLiteral(":/icons/unverified.svg");
    m_ui->peerVerifiedIcon->setPixmap(QIcon(icon).pixmap(24, 24));
    QString verification = GuiText::verification(peer);
    verification[0] = verification.at(0).toUpper();
    m_ui->peerVerifiedIcon->setToolTip(confusable.isEmpty() ? verification : confusable);
    m_ui->peerVerifiedIcon->setAccessibleDescription(m_ui->peerVerifiedIcon->toolTip());
    QString stateText = GuiText::conversationState(state);
    // An incoming peer's source port is an ephemeral one and means nothing to the user.
    if (!peer.address.isEmpty()) {
        stateText += QStringLiteral(" · ")
            + (peer.incoming ? tr("from %1").arg(peer.address)
                             : QStringLiteral("%1:%2").arg(peer.address).arg(peer.port));
    }
    if (state == chat::ConversationState::Ready)
        stateText += QStringLiteral(" · ") + GuiText::verification(peer);
    m_ui->peerStateLabel->setText(stateText);
    m_ui->verifyButton->setEnabled(state == chat::ConversationState::Ready);
    const bool peerKeeps = peer.peerKeepsHistory.value_or(false);
    m_historyIcon->setVisible(peerKeeps);
    m_historyIcon->setToolTip(peerKeeps
            ? tr("%1 keeps this conversation on their computer: what you write stays there "
                 "until they delete it.")
                  .arg(name)
            : QString());
    m_historyIcon->setAccessibleDescription(m_historyIcon->toolTip());

    m_ui->keyChangedBanner->setVisible(keyChanged);
    if (keyChanged)
        m_ui->keyChangedBanner->setPeer(name, peer.previousFingerprint, peer.fingerprint);
    const bool approval = state == chat::ConversationState::AwaitingApproval;
    m_ui->approvalBanner->setVisible(approval);
    if (approval)
        m_ui->approvalBanner->setPeer(name, peer.address, peer.fingerprint, peer.inviteProblem);

    const bool ready = state == chat::ConversationState::Ready;
    // A contact's conversation takes messages whether or not they are online: they wait.
    const bool writable = ready || (peer.isContact && state != chat::ConversationState::KeyChanged);
    m_ui->composer->setEnabled(writable);
    m_ui->sendButton->setEnabled(writable);
    // Transfers belong to a contact and wait, like texts, until they are online.
    const bool filesAllowed = writable && peer.isContact;
    m_ui->attachButton->setEnabled(filesAllowed);
    m_ui->attachButton->setToolTip(filesAllowed
            ? tr("Send files (or drop them on the conversation, or paste them)")
            : tr("Files can be sent to contacts only"));
    const bool heldThere = ready && peer.heldByPeer != chat::HeldByPeer::No;
    if (heldThere) {
        stateText = peer.heldByPeer == chat::HeldByPeer::KeyChangePending
            ? tr("%1 has to accept your new key").arg(name)
            : tr("Waiting for %1 to accept you").arg(name);
        m_ui->peerStateLabel->setText(stateText);
    }
    const QString reason = heldThere
        ? tr("What you write is kept here, queued, until %1 accepts you.").arg(name)
        : writable && !ready
        ? tr("%1 is not connected. What you write now is sent when you are connected again.")
              .arg(name)
        : GuiText::composerBlockedReason(state, name);
    m_ui->composerReasonLabel->setText(reason);
    m_ui->composerReasonLabel->setVisible(!reason.isEmpty());
    m_ui->reconnectButton->setVisible(state == chat::ConversationState::Closed && !peer.incoming
        && !peer.address.isEmpty() && peer.port != 0);
    m_ui->composer->setAccessibleDescription(
        reason.isEmpty() ? tr("Enter sends, Shift+Enter starts a new line") : reason);
    m_ui->typingLabel->setText(
        m_peerTyping.contains(m_current) ? tr("%1 is typing…").arg(name) : QString());

    emit securityChanged(ready && !peer.tlsProtocol.isEmpty()
            ? tr("%1 · %2").arg(peer.tlsProtocol, peer.tlsCipher)
            : QString());
    updateMessages();
}

} // namespace securechat::gui
