#include "app/TrayController.h"

#include "app/DesktopNotifier.h"
#include "app/MainWindow.h"
#include "app/TrayHost.h"
#include "app/TrayIconPainter.h"
#include "core/desktop/TrayStatus.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/AppSettings.h"

#include <QCloseEvent>
#include <QMenu>
#include <QTimer>

TrayController::TrayController(MainWindow &window, CurrentReading &reading, AppSettings &settings,
                               TrayHost &host, const Clock &clock,
                               const QString &notificationStateFile, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reading(reading)
    , m_settings(settings)
    , m_host(host)
    , m_clock(clock)
    , m_menu(std::make_unique<QMenu>())
    , m_notifier(std::make_unique<ThresholdNotifier>(clock, notificationStateFile))
    , m_desktopNotifier(std::make_unique<DesktopNotifier>(
          [this]() -> QSystemTrayIcon * { return isTrayAvailable() ? m_tray.get() : nullptr; })) {
    m_openAction = m_menu->addAction(tr("Open dashboard"), this, &TrayController::showWindow);
    m_menu->addSeparator();
    m_menu->addAction(m_window.refreshAction());
    m_menu->addAction(m_window.exportAction());
    m_menu->addAction(m_window.settingsAction());
    m_menu->addSeparator();
    m_menu->addAction(m_window.quitAction());

    connect(&m_reading, &CurrentReading::changed, this, &TrayController::update);
    connect(&m_reading, &CurrentReading::readingReceived, this,
            [this](const UsageSnapshot &snapshot) {
                // The source's history key, not its URL: the demo's port changes every run.
                m_notifier->observe(m_reading.historyKey(), snapshot);
            });
    connect(m_notifier.get(), &ThresholdNotifier::notificationDue, this, &TrayController::notify);
    connect(&m_settings, &AppSettings::changed, this, &TrayController::applySettings);
    connect(&m_host, &TrayHost::availableChanged, this, &TrayController::trayAvailabilityChanged);

    // The tooltip says "Updated 2 minutes ago"; keep it true.
    auto *ticker = new QTimer(this);
    ticker->setInterval(30'000);
    connect(ticker, &QTimer::timeout, this, &TrayController::update);
    ticker->start();

    m_window.installEventFilter(this);
    applySettings();
    trayAvailabilityChanged();
}

TrayController::~TrayController() {
    m_window.removeEventFilter(this);
}

bool TrayController::isTrayAvailable() const {
    return m_host.isAvailable();
}

void TrayController::trayAvailabilityChanged() {
    const bool available = isTrayAvailable();
    if (available && !m_tray) {
        // Created only now: asking Qt about the tray before a host exists would make it settle
        // on "no D-Bus tray" for the rest of the run (see TrayHost).
        m_tray = std::make_unique<QSystemTrayIcon>();
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray.get(), &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleWindow();
                });
        update();
        m_tray->show();
    }
    m_window.setNoTrayNoteVisible(!available);
}

void TrayController::applySettings() {
    m_notifier->setThresholds(m_settings.warningPercent(), m_settings.criticalPercent());
    update();
}

TrayStatus TrayController::status() const {
    return TrayStatus::from(m_reading.state(), m_settings.thresholds(),
                            m_reading.forecasts().summaryText(), m_clock);
}

void TrayController::update() {
    m_openAction->setText(m_window.isVisible() ? tr("Hide dashboard") : tr("Open dashboard"));
    if (!m_tray)
        return;
    const TrayStatus current = status();
    m_tray->setIcon(TrayIconPainter::icon(current));
    m_tray->setToolTip(current.toolTip);
}

void TrayController::showWindow() {
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
    update();
}

void TrayController::toggleWindow() {
    if (m_window.isVisible() && !m_window.isMinimized())
        m_window.hide();
    else
        showWindow();
    update();
}

void TrayController::notify(const ThresholdNotification &notification) {
    emit notified(notification);
    if (!m_settings.notificationsEnabled())
        return;
    // Without a tray the desktop's notification service carries it (GNOME without AppIndicator).
    m_desktopNotifier->show(notification.title, notification.body,
                            notification.level == ThresholdNotification::Level::Warning
                                ? FreedesktopNotifications::Urgency::Normal
                                : FreedesktopNotifications::Urgency::Critical);
}

bool TrayController::eventFilter(QObject *watched, QEvent *event) {
    if (watched == &m_window && event->type() == QEvent::Close && isTrayAvailable() &&
        m_settings.closeToTray()) {
        // Keep running in the tray: polling and notifications go on without the window.
        m_window.hide();
        event->ignore();
        update();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
