#include "core/settings/AppSettings.h"

#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationList.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString refreshKey = QStringLiteral("service/refreshMinutes");
const QString warningKey = QStringLiteral("thresholds/warningPercent");
const QString criticalKey = QStringLiteral("thresholds/criticalPercent");
const QString historyRetentionKey = QStringLiteral("history/retentionDays");
const QString notificationsKey = QStringLiteral("tray/notifications");
const QString startMinimisedKey = QStringLiteral("tray/startMinimised");
const QString launchAtLoginKey = QStringLiteral("session/launchAtLogin");
const QString closeToTrayKey = QStringLiteral("tray/closeToTray");
const QString noTrayExplainedKey = QStringLiteral("tray/noTrayExplained");

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_organizations(std::make_unique<OrganizationList>(*m_settings)) {}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_organizations(std::make_unique<OrganizationList>(*m_settings)) {}

AppSettings::~AppSettings() = default;

void AppSettings::store(const QString &key, const QVariant &value) {
    // Compared as text: that is how an INI file gives every value back.
    const bool same =
        m_settings->contains(key) && m_settings->value(key).toString() == value.toString();
    m_settings->setValue(key, value);
    if (!same)
        emit changed();
}

void AppSettings::setSessionBaseUrl(const QUrl &url) {
    if (url == m_sessionBaseUrl)
        return;
    m_sessionBaseUrl = url;
    emit changed();
}

int AppSettings::refreshIntervalMinutes() const {
    bool ok = false;
    const int minutes = m_settings->value(refreshKey, Defaults::refreshMinutes).toInt(&ok);
    if (!ok || !refreshIntervalProblem(minutes).isEmpty())
        return Defaults::refreshMinutes;
    return minutes;
}

void AppSettings::setRefreshIntervalMinutes(int minutes) {
    store(refreshKey, minutes);
}

double AppSettings::warningPercent() const {
    return storedThresholds().first;
}

double AppSettings::criticalPercent() const {
    return storedThresholds().second;
}

std::pair<double, double> AppSettings::storedThresholds() const {
    // The two are only meaningful together: a hand-edited pair that breaks either rule gives
    // way to both defaults rather than to a mix.
    bool warningOk = false;
    bool criticalOk = false;
    const double warning =
        m_settings->value(warningKey, Defaults::warningPercent).toDouble(&warningOk);
    const double critical =
        m_settings->value(criticalKey, Defaults::criticalPercent).toDouble(&criticalOk);
    if (!warningOk || !criticalOk || !warningProblem(warning).isEmpty() ||
        !criticalProblem(warning, critical).isEmpty())
        return {Defaults::warningPercent, Defaults::criticalPercent};
    return {warning, critical};
}

UsageThresholds AppSettings::thresholds() const {
    const auto [warning, critical] = storedThresholds();
    UsageThresholds thresholds;
    thresholds.warningPercent = warning;
    thresholds.criticalPercent = critical;
    return thresholds;
}

void AppSettings::setThresholds(double warningPercent, double criticalPercent) {
    const std::pair<double, double> before = storedThresholds();
    m_settings->setValue(warningKey, warningPercent);
    m_settings->setValue(criticalKey, criticalPercent);
    if (storedThresholds() != before)
        emit changed();
}

int AppSettings::historyRetentionDays() const {
    bool ok = false;
    const int days =
        m_settings->value(historyRetentionKey, Defaults::historyRetentionDays).toInt(&ok);
    // A hand-edited "0" must not turn into "delete everything at the next refresh".
    if (!ok || !historyRetentionProblem(days).isEmpty())
        return Defaults::historyRetentionDays;
    return days;
}

void AppSettings::setHistoryRetentionDays(int days) {
    store(historyRetentionKey, days);
}

bool AppSettings::openHistory(HistoryStore &store) const {
    store.setRetentionDays(historyRetentionDays());
    if (!store.open())
        return false;
    m_organizations->adoptEarlierReadings(store);
    return true;
}

bool AppSettings::notificationsEnabled() const {
    return m_settings->value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled) {
    store(notificationsKey, enabled);
}

bool AppSettings::startMinimised() const {
    return m_settings->value(startMinimisedKey, false).toBool();
}

void AppSettings::setStartMinimised(bool minimised) {
    store(startMinimisedKey, minimised);
}

bool AppSettings::launchAtLogin() const {
    return m_settings->value(launchAtLoginKey, false).toBool();
}

void AppSettings::setLaunchAtLogin(bool launch) {
    store(launchAtLoginKey, launch);
}

bool AppSettings::closeToTray() const {
    return m_settings->value(closeToTrayKey, true).toBool();
}

void AppSettings::setCloseToTray(bool closeToTray) {
    store(closeToTrayKey, closeToTray);
}

bool AppSettings::noTrayExplained() const {
    return m_settings->value(noTrayExplainedKey, false).toBool();
}

void AppSettings::setNoTrayExplained(bool explained) {
    store(noTrayExplainedKey, explained);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

QString AppSettings::refreshIntervalProblem(int minutes) {
    if (minutes < Defaults::minimumRefreshMinutes)
        return tr("Refresh at most once a minute: the usage figures do not change faster.");
    if (minutes > Defaults::maximumRefreshMinutes)
        return tr("Refresh at least once a day (1440 minutes).");
    return {};
}

QString AppSettings::warningProblem(double warningPercent) {
    if (!(warningPercent >= 1.0 && warningPercent <= 99.0))
        return tr("The warning threshold must be between 1 and 99 %.");
    return {};
}

QString AppSettings::criticalProblem(double warningPercent, double criticalPercent) {
    if (!(criticalPercent >= 1.0 && criticalPercent <= 100.0))
        return tr("The critical threshold must be between 1 and 100 %.");
    if (criticalPercent <= warningPercent)
        return tr("The critical threshold must be above the warning threshold.");
    return {};
}

QString AppSettings::historyRetentionProblem(int days) {
    if (days < Defaults::minimumHistoryRetentionDays)
        return tr("Keep readings for at least 30 days: the forecast needs the whole current "
                  "allocation period.");
    if (days > Defaults::maximumHistoryRetentionDays)
        return tr("Keep readings for at most 3650 days (ten years).");
    return {};
}
