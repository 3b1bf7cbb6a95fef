#include "core/settings/AppSettings.h"

#include "core/api/UsageService.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString baseUrlKey = QStringLiteral("service/baseUrl");
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

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QUrl AppSettings::baseUrl() const {
    const QUrl url(m_settings->value(baseUrlKey).toString());
    // A hand-edited file may hold anything; an unusable value falls back to the default instead
    // of sending the key somewhere unsafe.
    if (url.isEmpty() || !baseUrlProblem(url.toString()).isEmpty())
        return UsageService::defaultBaseUrl();
    return url;
}

void AppSettings::setBaseUrl(const QUrl &url) {
    if (url.isEmpty() || url == UsageService::defaultBaseUrl())
        m_settings->remove(baseUrlKey);
    else
        m_settings->setValue(baseUrlKey, url.toString());
}

int AppSettings::refreshIntervalMinutes() const {
    bool ok = false;
    const int minutes = m_settings->value(refreshKey, defaultRefreshMinutes).toInt(&ok);
    if (!ok || !refreshIntervalProblem(minutes).isEmpty())
        return defaultRefreshMinutes;
    return minutes;
}

void AppSettings::setRefreshIntervalMinutes(int minutes) {
    m_settings->setValue(refreshKey, minutes);
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
        m_settings->value(warningKey, defaultWarningPercent).toDouble(&warningOk);
    const double critical =
        m_settings->value(criticalKey, defaultCriticalPercent).toDouble(&criticalOk);
    if (!warningOk || !criticalOk || !warningProblem(warning).isEmpty() ||
        !criticalProblem(warning, critical).isEmpty())
        return {defaultWarningPercent, defaultCriticalPercent};
    return {warning, critical};
}

void AppSettings::setThresholds(double warningPercent, double criticalPercent) {
    m_settings->setValue(warningKey, warningPercent);
    m_settings->setValue(criticalKey, criticalPercent);
}

int AppSettings::historyRetentionDays() const {
    bool ok = false;
    const int days = m_settings->value(historyRetentionKey, defaultHistoryRetentionDays).toInt(&ok);
    // A hand-edited "0" must not turn into "delete everything at the next refresh".
    if (!ok || !historyRetentionProblem(days).isEmpty())
        return defaultHistoryRetentionDays;
    return days;
}

void AppSettings::setHistoryRetentionDays(int days) {
    m_settings->setValue(historyRetentionKey, days);
}

bool AppSettings::notificationsEnabled() const {
    return m_settings->value(notificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled) {
    m_settings->setValue(notificationsKey, enabled);
}

bool AppSettings::startMinimised() const {
    return m_settings->value(startMinimisedKey, false).toBool();
}

void AppSettings::setStartMinimised(bool minimised) {
    m_settings->setValue(startMinimisedKey, minimised);
}

bool AppSettings::launchAtLogin() const {
    return m_settings->value(launchAtLoginKey, false).toBool();
}

void AppSettings::setLaunchAtLogin(bool launch) {
    m_settings->setValue(launchAtLoginKey, launch);
}

bool AppSettings::closeToTray() const {
    return m_settings->value(closeToTrayKey, true).toBool();
}

void AppSettings::setCloseToTray(bool closeToTray) {
    m_settings->setValue(closeToTrayKey, closeToTray);
}

bool AppSettings::noTrayExplained() const {
    return m_settings->value(noTrayExplainedKey, false).toBool();
}

void AppSettings::setNoTrayExplained(bool explained) {
    m_settings->setValue(noTrayExplainedKey, explained);
}

void AppSettings::sync() {
    m_settings->sync();
}

QString AppSettings::fileName() const {
    return m_settings->fileName();
}

QString AppSettings::baseUrlProblem(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a base URL, for example https://api.allium.so.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr(
            "This is not a valid URL: it needs a scheme and a host, like https://api.allium.so.");
    // The rule itself (HTTPS, or plain HTTP to loopback only) belongs to the service.
    return UsageService::baseUrlProblem(url);
}

QString AppSettings::refreshIntervalProblem(int minutes) {
    if (minutes < minimumRefreshMinutes)
        return tr("Refresh at most once a minute: the usage figures do not change faster.");
    if (minutes > maximumRefreshMinutes)
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
    if (days < minimumHistoryRetentionDays)
        return tr("Keep readings for at least 30 days: the forecast needs the whole current "
                  "allocation period.");
    if (days > maximumHistoryRetentionDays)
        return tr("Keep readings for at most 3650 days (ten years).");
    return {};
}
