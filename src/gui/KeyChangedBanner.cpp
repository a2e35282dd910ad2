// SPDX-License-Identifier: MIT
#include "gui/KeyChangedBanner.h"

#include "gui/GuiResources.h"
#include "gui/GuiText.h"
#include "ui_KeyChangedBanner.h"

#include <QFontDatabase>
#include <QIcon>

namespace securechat::gui {

KeyChangedBanner::KeyChangedBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::KeyChangedBanner>())
{
    initResources();
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/warning.svg")).pixmap(32, 32));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->previousFingerprintLabel->setFont(fixed);
    m_ui->newFingerprintLabel->setFont(fixed);
    applyColours();
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &KeyChangedBanner::acceptRequested);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &KeyChangedBanner::rejectRequested);
}

KeyChangedBanner::~KeyChangedBanner() = default;

void KeyChangedBanner::setPeer(
    const QString &name, const crypto::Fingerprint &previous, const crypto::Fingerprint &current)
{
    m_ui->titleLabel->setText(tr("Warning: %1's key has changed").arg(name));
    m_ui->explanationLabel->setText(
        tr("Someone calling themselves %1 connected with a different key than before. This "
           "happens when they reinstalled SecureChat or lost their key, but it is also exactly "
           "what an attacker impersonating them would cause. Ask %1 through another channel "
           "(in person or by phone) whether their key changed before you accept it.")
            .arg(name));
    m_ui->previousFingerprintLabel->setText(GuiText::fingerprintLines(previous));
    m_ui->newFingerprintLabel->setText(GuiText::fingerprintLines(current));
    setAccessibleDescription(m_ui->titleLabel->text());
}

void KeyChangedBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void KeyChangedBanner::applyColours()
{
    // The one deliberately fixed colour in the UI: the warning reads the same in light and
    // dark themes. Only the frame's own roles change; the buttons keep the system look.
    const QColor red(0xb4, 0x23, 0x18);
    QPalette p = palette();
    if (p.color(QPalette::Window) == red && p.color(QPalette::WindowText) == Qt::white)
        return;
    p.setColor(QPalette::Window, red);
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);
}

} // namespace securechat::gui
