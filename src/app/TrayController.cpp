#include "app/TrayController.h"

#include "app/DesktopNotifier.h"
#include "app/MainWindow.h"
#include "app/TrayIconPainter.h"
#include "core/api/UsageService.h"
#include "core/desktop/ThresholdNotifier.h"
#include "core/desktop/TrayStatus.h"
#include "core/settings/AppSettings.h"

#include <QCloseEvent>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>

TrayController::TrayController(MainWindow &window, UsageService &service, AppSettings &settings,
                               const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_service(service)
    , m_settings(settings)
    , m_clock(clock)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(std::make_unique<QSystemTrayIcon>())
    , m_notifier(std::make_unique<ThresholdNotifier>(clock, ThresholdNotifier::defaultStateFile()))
    , m_desktopNotifier(
          std::make_unique<DesktopNotifier>(*m_tray, [this] { return isTrayAvailable(); })) {
    m_openAction = m_menu->addAction(tr("Open dashboard"), this, &TrayController::showWindow);
    m_menu->addSeparator();
    m_menu->addAction(m_window.refreshAction());
    m_menu->addAction(m_window.exportAction());
    m_menu->addAction(m_window.settingsAction());
    m_menu->addSeparator();
    m_menu->addAction(m_window.quitAction());
    m_tray->setContextMenu(m_menu.get());

    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    toggleWindow();
            });
    connect(&m_service, &UsageService::busyChanged, this, &TrayController::update);
    connect(&m_service, &UsageService::refreshFailed, this, &TrayController::update);
    connect(&m_service, &UsageService::snapshotReceived, this, [this](const UsageSnapshot &s) {
        m_notifier->setScope(m_service.baseUrl().toString());
        m_notifier->observe(s);
        update();
    });
    connect(m_notifier.get(), &ThresholdNotifier::notificationDue, this, &TrayController::notify);

    // The tooltip says "Updated 2 minutes ago"; keep it true.
    auto *ticker = new QTimer(this);
    ticker->setInterval(30'000);
    connect(ticker, &QTimer::timeout, this, &TrayController::update);
    ticker->start();

    m_window.installEventFilter(this);
    applySettings();
    // Deferred, so that whoever creates the controller can still override the tray's presence.
    QTimer::singleShot(0, this, [this] {
        if (isTrayAvailable())
            m_tray->show();
        else
            explainMissingTrayOnce();
    });
}

TrayController::~TrayController() {
    m_window.removeEventFilter(this);
}

void TrayController::setNotificationStateFile(const QString &path) {
    m_notifier = std::make_unique<ThresholdNotifier>(m_clock, path);
    connect(m_notifier.get(), &ThresholdNotifier::notificationDue, this, &TrayController::notify);
    applySettings();
}

void TrayController::setHasKey(bool hasKey) {
    m_hasKey = hasKey;
    update();
}

void TrayController::setDemo(bool demo) {
    m_demo = demo;
    update();
}

void TrayController::setForecastSource(std::function<QString()> source) {
    m_forecastSource = std::move(source);
    update();
}

void TrayController::setRestoredSnapshotSource(
    std::function<std::optional<UsageSnapshot>()> source) {
    m_restoredSnapshotSource = std::move(source);
    update();
}

void TrayController::applySettings() {
    m_thresholds.warningPercent = m_settings.warningPercent();
    m_thresholds.criticalPercent = m_settings.criticalPercent();
    m_notifier->setThresholds(m_thresholds.warningPercent, m_thresholds.criticalPercent);
    update();
}

bool TrayController::isTrayAvailable() const {
    return m_trayAvailableOverride.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayController::overrideTrayAvailable(std::optional<bool> available) {
    m_trayAvailableOverride = available;
}

TrayStatus TrayController::status() const {
    TrayStatus::Input input;
    input.hasKey = m_hasKey || m_demo;
    input.busy = m_service.isBusy();
    input.demo = m_demo;
    input.snapshot = m_service.lastSnapshot();
    if (!input.snapshot && m_restoredSnapshotSource)
        input.snapshot = m_restoredSnapshotSource();
    // The service clears its error on the next success, so an error here is the latest news.
    input.error = m_service.lastError();
    input.thresholds = m_thresholds;
    if (m_forecastSource && input.snapshot)
        input.forecast = m_forecastSource();
    return TrayStatus::from(input, m_clock);
}

void TrayController::update() {
    const TrayStatus current = status();
    m_tray->setIcon(TrayIconPainter::icon(current));
    m_tray->setToolTip(current.toolTip);
    m_openAction->setText(m_window.isVisible() ? tr("Hide dashboard") : tr("Open dashboard"));
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

void TrayController::explainMissingTrayOnce() {
    if (m_settings.noTrayExplained())
        return;
    m_settings.setNoTrayExplained(true);
    m_settings.sync();
    // Not modal: the dashboard keeps working behind it.
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("No system tray"),
        tr("This desktop shows no system tray, so Allium Usage runs as a normal window: closing "
           "it quits the app. Threshold notifications appear as desktop notifications. On GNOME, "
           "the \"AppIndicator and KStatusNotifierItem Support\" extension adds a tray."),
        QMessageBox::Ok, &m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit missingTrayExplained();
}
