// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace securechat::gui {

// Tells the user about messages and requests while the window is not active: a tray balloon
// where a system tray exists, otherwise the window's taskbar entry asks for attention.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QWidget *window);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Returns true when a notification was shown (enabled and the window inactive).
    bool notify(const QString &title, const QString &body);
    int shownCount() const { return m_shown; }

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    int m_shown = 0;
};

} // namespace securechat::gui
