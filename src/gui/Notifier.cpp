// SPDX-License-Identifier: MIT
#include "gui/Notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace securechat::gui {

Notifier::Notifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->activateWindow();
            }
        });
        m_tray->show();
    }
}

bool Notifier::notify(const QString &title, const QString &body)
{
    if (!m_enabled || !m_window || m_window->isActiveWindow())
        return false;
    ++m_shown;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, body, QApplication::windowIcon(), 8000);
    else
        QApplication::alert(m_window);
    return true;
}

} // namespace securechat::gui
