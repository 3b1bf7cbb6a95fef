// The user's preferences, typed and validated, stored with QSettings, and the one owner of them in
// a running app: the composition root makes one and passes it by reference, and everyone re-reads
// what they need on changed(). Hands out the list of organizations kept in the same file, and
// knows what the command line overrides for this session (--base-url). Never holds an API key:
// keys live only in a SecretStore.
#pragma once

#include "core/display/UsageLevel.h"
#include "core/settings/Defaults.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class HistoryStore;
class OrganizationList;
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

    // The organizations, kept in this settings file (each one's address is its own).
    OrganizationList &organizations() const { return *m_organizations; }

    // A base URL for this session only (--base-url): every organization is read there instead
    // of at its own address; it is never saved. An invalid URL removes the override.
    void setSessionBaseUrl(const QUrl &url);
    QUrl sessionBaseUrl() const { return m_sessionBaseUrl; }
    bool hasSessionBaseUrl() const { return m_sessionBaseUrl.isValid(); }

    int refreshIntervalMinutes() const;
    void setRefreshIntervalMinutes(int minutes);

    double warningPercent() const;
    double criticalPercent() const;
    UsageThresholds thresholds() const;
    void setThresholds(double warningPercent, double criticalPercent);

    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    // Opens `store` as every part of the app does: keeping readings as long as Settings says
    // (opening prunes), with the readings from before organizations filed under theirs
    // (OrganizationList::adoptEarlierReadings). False, with the store's errorMessage, when it
    // cannot be opened; a failed adoption is retried at the next opening and keeps the store open.
    bool openHistory(HistoryStore &store) const;

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
    std::unique_ptr<OrganizationList> m_organizations;
    QUrl m_sessionBaseUrl;
};
