// The user's preferences, typed and validated, stored with QSettings, and the one owner of them in
// a running app: the composition root makes one and passes it by reference, and everyone re-reads
// what they need on changed(). Also knows what the command line overrides for this session
// (--base-url). Never holds the API key: that lives only in a SecretStore.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/settings/Defaults.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QSettings;

class AppSettings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The application's own settings file (organization "Allium", application "allium-usage").
    explicit AppSettings(QObject *parent = nullptr);
    // A settings file of its own, in INI format; for tests and tools.
    explicit AppSettings(const QString &iniFile, QObject *parent = nullptr);
    ~AppSettings() override;

    // The base URL in use: the session's override when there is one, else the saved one.
    QUrl baseUrl() const;
    // The saved base URL (Settings > Advanced), whatever this session uses.
    QUrl storedBaseUrl() const;
    void setBaseUrl(const QUrl &url);
    // A base URL for this session only (--base-url): wins over the saved one, is never saved.
    // An invalid URL removes the override.
    void setSessionBaseUrl(const QUrl &url);
    bool hasSessionBaseUrl() const { return m_sessionBaseUrl.isValid(); }

    int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);

    double warningPercent() const;
    double criticalPercent() const;
    UsageThresholds thresholds() const;
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
    // not, to show next to the field. (The base URL's rule is BaseUrlPolicy::textProblem.)
    static QString refreshIntervalProblem(int minutes);
    static QString warningProblem(double warningPercent);
    static QString criticalProblem(double warningPercent, double criticalPercent);
    static QString historyRetentionProblem(int days);

signals:
    // A setting changed (by a setter here; one signal per changed value).
    void changed();

private:
    std::pair<double, double> storedThresholds() const;
    // Stores value under key and emits changed() when it differs from what was stored.
    void store(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
    QUrl m_sessionBaseUrl;
};
