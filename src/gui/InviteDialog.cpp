// SPDX-License-Identifier: MIT
#include "gui/InviteDialog.h"

#include "chat/HostAddresses.h"
#include "gui/QrCode.h"
#include "ui_InviteDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>

namespace securechat::gui {

namespace {
constexpr int kQrModulePixels = 5;
constexpr qint64 kHour = 60 * 60;
} // namespace

InviteDialog::InviteDialog(Factory factory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InviteDialog>())
    , m_factory(std::move(factory))
{
    m_ui->setupUi(this);
    m_ui->validityCombo->addItem(tr("1 hour"), kHour);
    m_ui->validityCombo->addItem(tr("24 hours"), 24 * kHour);
    m_ui->validityCombo->addItem(tr("7 days"), 7 * 24 * kHour);
    selectValidity(crypto::Invite::kDefaultValiditySeconds);
    m_ui->linkEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->errorLabel->hide();
    m_ui->invitePanel->hide();

    connect(m_ui->createButton, &QPushButton::clicked, this, &InviteDialog::createInvite);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->linkEdit->text());
        m_ui->copyButton->setText(tr("Copied"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->createButton->setDefault(true);
    m_ui->createButton->setFocus();
}

InviteDialog::~InviteDialog() = default;

QList<qint64> InviteDialog::validityChoices()
{
    return { kHour, 24 * kHour, 7 * 24 * kHour };
}

qint64 InviteDialog::selectedValidity() const
{
    return m_ui->validityCombo->currentData().toLongLong();
}

void InviteDialog::selectValidity(qint64 seconds)
{
    const int index = m_ui->validityCombo->findData(seconds);
    if (index >= 0)
        m_ui->validityCombo->setCurrentIndex(index);
}

QImage InviteDialog::qrCode() const
{
    return m_ui->qrLabel->pixmap().toImage();
}

void InviteDialog::createInvite()
{
    QString error;
    const auto made = m_factory ? m_factory(selectedValidity(), &error) : std::nullopt;
    if (!made) {
        m_ui->errorLabel->setText(error.isEmpty() ? tr("No invite could be made.") : error);
        m_ui->errorLabel->show();
        return;
    }
    m_ui->errorLabel->hide();
    showInvite(*made);
}

void InviteDialog::showInvite(const crypto::Invite &invite)
{
    m_invite = invite;
    const QString link = invite.toUri();
    m_ui->qrLabel->setPixmap(QPixmap::fromImage(qrCodeImage(link.toUtf8(), kQrModulePixels)));
    m_ui->linkEdit->setText(link);
    m_ui->linkEdit->setCursorPosition(0);
    m_ui->copyButton->setText(tr("Co&py link"));
    QStringList addresses;
    for (const auto &entry : invite.addresses)
        addresses << chat::hostAndPort(entry.address, entry.port);
    m_ui->detailLabel->setText(
        tr("Valid until %1, for one person. It tries %2, in this order.")
            .arg(QLocale().toString(invite.expires.toLocalTime(), QLocale::ShortFormat),
                addresses.join(QStringLiteral(", "))));
    m_ui->invitePanel->show();
    m_ui->createButton->setText(tr("&New invite"));
    m_ui->copyButton->setFocus();
}

} // namespace securechat::gui
