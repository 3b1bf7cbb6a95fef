#include "app/tray/TrayController.h"

#include "app/MainWindow.h"
#include "app/tray/DesktopNotifier.h"
#include "app/tray/TrayHost.h"
#include "app/tray/TrayIconPainter.h"
#include "core/desktop/TrayStatus.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/organizations/OrganizationReadings.h"
#include "core/reading/CurrentReading.h"
#include "core/settings/AppSettings.h"

#include <QCloseEvent>
#include <QMenu>
#include <QTimer>

#include <algorithm>

TrayController::TrayController(MainWindow &window, CurrentReading &reading, AppSettings &settings,
                               TrayHost &host, const Clock &clock,
                               const QString &notificationStateFile, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reading(&reading)
    , m_settings(settings)
    , m_host(host)
    , m_clock(clock)
    , m_menu(std::make_unique<QMenu>())
    , m_notifier(std::make_unique<ThresholdNotifier>(clock, notificationStateFile))
    , m_desktopNotifier(std::make_unique<DesktopNotifier>(
          [this]() -> QSystemTrayIcon * { return isTrayAvailable() ? m_tray.get() : nullptr; })) {
    // The figures come first (updateFigures), then what to do.
    m_figuresEnd = m_menu->addSeparator();
    m_figuresEnd->setVisible(false); // until there are figures above it
    m_openAction = m_menu->addAction(tr("Open dashboard"), this, &TrayController::showWindow);
    m_menu->addSeparator();
    // The organizations' entries go before this one; it shows only when there are entries.
    m_organizationsEnd = m_menu->addSeparator();
    m_organizationsEnd->setVisible(false);
    m_menu->addAction(m_window.refreshAction());
    m_menu->addAction(m_window.copySummaryAction());
    m_menu->addAction(m_window.exportAction());
    m_menu->addAction(m_window.settingsAction());
    m_menu->addSeparator();
    m_menu->addAction(m_window.quitAction());

    connect(m_reading, &CurrentReading::changed, this, &TrayController::update);
    connect(m_notifier.get(), &ThresholdNotifier::notificationDue, this, &TrayController::notify);
    connect(&m_settings, &AppSettings::changed, this, &TrayController::applySettings);
    connect(&m_host, &TrayHost::availableChanged, this, &TrayController::trayAvailabilityChanged);

    // The tooltip says "Updated 2 minutes ago"; keep it true, but only while a tray shows it.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(30'000);
    connect(m_ticker, &QTimer::timeout, this, &TrayController::update);

    m_window.installEventFilter(this);
    applySettings();
    trayAvailabilityChanged();
}

TrayController::~TrayController() {
    m_window.removeEventFilter(this);
}

void TrayController::setReading(CurrentReading &reading) {
    if (&reading == m_reading)
        return;
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    connect(m_reading, &CurrentReading::changed, this, &TrayController::update);
    update();
}

void TrayController::watchOrganizations(const OrganizationReadings &readings) {
    m_organizations = &readings;
    connect(&readings, &OrganizationReadings::organizationsChanged, this, &TrayController::update);
    connect(&readings, &OrganizationReadings::readingChanged, this, &TrayController::update);
    update();
}

void TrayController::observe(const QString &scope, const UsageSnapshot &snapshot,
                             const QString &organization, const QString &earlierScope) {
    m_notifier->observe(scope, snapshot, organization, earlierScope);
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
    if (available && m_tray)
        m_ticker->start();
    else
        m_ticker->stop();
    m_window.setNoTrayNoteVisible(!available);
}

bool TrayController::isTicking() const {
    return m_ticker->isActive();
}

void TrayController::applySettings() {
    m_notifier->setThresholds(m_settings.warningPercent(), m_settings.criticalPercent());
    update();
}

TrayStatus TrayController::status() const {
    const QList<Organization> organizations =
        m_organizations ? m_organizations->organizations() : QList<Organization>();
    const TrayStatus shown = TrayStatus::from(m_reading->state(), m_settings.thresholds(),
                                              m_reading->forecasts(), m_clock);
    if (organizations.size() < 2)
        return shown;
    TrayStatus status =
        TrayStatus::from(TrayStatus::inputsOf(*m_organizations), m_settings.thresholds(), m_clock);
    // The top of the menu still gives the shown organization's units and reset.
    status.unitLines = shown.unitLines;
    status.periodLine = shown.periodLine;
    return status;
}

void TrayController::update() {
    // Nothing shows the icon, its tooltip or its menu: nothing to work out (the status of every
    // organization, a dozen times a refresh). A tray that appears is brought up to date at once.
    if (!m_tray)
        return;
    m_openAction->setText(m_window.isVisible() ? tr("Hide dashboard") : tr("Open dashboard"));
    const TrayStatus current = status();
    updateOrganizationActions(current);
    // Ten images, antialiased: drawn again only when they would look different.
    if (!m_drawn || !m_drawn->drawsLike(current)) {
        m_tray->setIcon(TrayIconPainter::icon(current));
        m_drawn = std::make_unique<TrayStatus>(current);
        ++m_iconRenders;
    }
    if (m_tray->toolTip() != current.toolTip)
        m_tray->setToolTip(current.toolTip);
    updateFigures(current);
}

void TrayController::updateFigures(const TrayStatus &status) {
    QStringList lines;
    for (const TrayStatus::UnitLine &unit : status.unitLines)
        lines << unit.text;
    lines << status.periodLine;
    lines.removeAll(QString());
    QStringList shown;
    for (const QAction *action : std::as_const(m_figures))
        shown << action->text();
    if (shown == lines)
        return;
    qDeleteAll(m_figures);
    m_figures.clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A unit opens the dashboard on its detail; the reset line just opens it.
        auto *action = new QAction(lines.at(i), m_menu.get());
        const QString unitKey =
            i < status.unitLines.size() ? status.unitLines.at(i).unitKey : QString();
        connect(action, &QAction::triggered, this, [this, unitKey] {
            if (!unitKey.isEmpty())
                m_window.showUnit(unitKey);
            showWindow();
        });
        m_menu->insertAction(m_figuresEnd, action);
        m_figures.append(action);
    }
    m_figuresEnd->setVisible(!m_figures.isEmpty());
}

void TrayController::updateOrganizationActions(const TrayStatus &status) {
    const QList<TrayStatus::OrganizationLine> &lines = status.organizations;
    while (m_organizationActions.size() > lines.size())
        delete m_organizationActions.takeLast();
    m_organizationIcons.resize(std::min(m_organizationIcons.size(), size_t(lines.size())));
    while (m_organizationActions.size() < lines.size()) {
        auto *action = new QAction(m_menu.get());
        action->setCheckable(true);
        connect(action, &QAction::triggered, this, [this, action] {
            // The person chose it: the window shows it (again, when it already did).
            action->setChecked(true);
            emit organizationChosen(action->data().toString());
        });
        m_menu->insertAction(m_organizationsEnd, action);
        m_organizationActions.append(action);
    }
    for (int i = 0; i < lines.size(); ++i) {
        const TrayStatus::OrganizationLine &line = lines.at(i);
        QAction *action = m_organizationActions.at(i);
        action->setData(line.id);
        action->setText(line.menuText());
        // Its own small gauge, so the worst one stands out in the list as on the icon.
        TrayStatus own;
        own.look = line.look;
        own.level = line.level;
        own.percent = line.percent;
        // The entries are drawn in order, so an entry not drawn yet is the next one.
        const size_t at = size_t(i);
        if (at == m_organizationIcons.size() || !m_organizationIcons[at].drawsLike(own)) {
            action->setIcon(TrayIconPainter::icon(own));
            if (at == m_organizationIcons.size())
                m_organizationIcons.push_back(own);
            else
                m_organizationIcons[at] = own;
            ++m_iconRenders;
        }
        // The one the window shows: ticked, and in bold, since a tick beside an icon is faint in
        // some styles.
        const bool shown = m_organizations->reading(line.id) == m_reading;
        action->setChecked(shown);
        QFont font = m_menu->font();
        font.setBold(shown);
        action->setFont(font);
    }
    m_organizationsEnd->setVisible(!lines.isEmpty());
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
