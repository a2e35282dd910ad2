// SPDX-License-Identifier: MIT
#include "gui/AboutDialog.h"

#include "common/AppInfo.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QtCrypto>

namespace securechat::gui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.5);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setText(
        tr("%1 %2").arg(QApplication::applicationName(), QApplication::applicationVersion()));
    m_ui->descriptionLabel->setText(
        tr("Private chat between two people over a direct, mutually authenticated TLS 1.3 "
           "connection. No server in between."));
    QString provider = QCA::findProvider(QStringLiteral("qca-ossl"))
        ? QStringLiteral("qca-ossl")
        : tr("no OpenSSL provider found");
    m_ui->versionsLabel->setText(
        tr("Qt %1 (built with %2)\nQCA %3 (%4)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qcaVersionStr()), provider));
    const QString homepage = QString::fromLatin1(appinfo::kHomepage);
    m_ui->licenceLabel->setText(tr("Released under the MIT licence.<br/><a href=\"%1\">%1</a>")
                                    .arg(homepage.toHtmlEscaped()));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace securechat::gui
