// The user's preferences, typed and validated, stored with QSettings. Never holds the API key:
// that lives only in a SecretStore.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QSettings;

class AppSettings final {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr int defaultRefreshMinutes = 5;
    static constexpr int minimumRefreshMinutes = 1;
    static constexpr int maximumRefreshMinutes = 24 * 60;
    static constexpr double defaultWarningPercent = 75.0;
    static constexpr double defaultCriticalPercent = 90.0;
    // How long recorded readings are kept: two years unless the person chooses otherwise, at
    // least a month (a forecast needs the current period) and at most ten years.
    static constexpr int defaultHistoryRetentionDays = 730;
    static constexpr int minimumHistoryRetentionDays = 30;
    static constexpr int maximumHistoryRetentionDays = 3650;

    // The application's own settings file (organization "Allium", application "allium-usage").
    AppSettings();
    // A settings file of its own, in INI format; for tests and tools.
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QUrl baseUrl() const;
    void setBaseUrl(const QUrl &url);

    int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);

    double warningPercent() const;
    double criticalPercent() const;
    void setThresholds(double warningPercent, double criticalPercent);

    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    bool startMinimised() const;
    void setStartMinimised(bool minimised);

    bool launchAtLogin() const;
    void setLaunchAtLogin(bool launch);

    bool closeToTray() const;
    void setCloseToTray(bool closeToTray);

    // Whether the person was already told why there is no tray icon (said once, not every start).
    bool noTrayExplained() const;
    void setNoTrayExplained(bool explained);

    void sync();
    QString fileName() const;

    // Each returns an empty string when the value is acceptable, otherwise a sentence saying why
    // not, to show next to the field.
    static QString baseUrlProblem(const QString &text);
    static QString refreshIntervalProblem(int minutes);
    static QString warningProblem(double warningPercent);
    static QString criticalProblem(double warningPercent, double criticalPercent);
    static QString historyRetentionProblem(int days);

private:
    std::pair<double, double> storedThresholds() const;

    std::unique_ptr<QSettings> m_settings;
};
