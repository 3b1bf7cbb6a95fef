// The one owner of the list of organizations: kept in the settings file (AppSettings hands it
// out), in the person's order, with changed() on every change. Until the list is first written
// it holds the one organization of the single-key setup ("Default", its key in the keychain entry
// "api-key", its address from the old setting), so that an upgrade asks nothing and a read-only
// run writes nothing. ALLIUM_API_KEY's organization joins it for the session, never stored.
#pragma once

#include "core/organizations/Organization.h"

#include <QObject>

#include <optional>

class HistoryStore;
class QSettings;

class OrganizationList final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationList)

public:
    // The name of the organization an upgrade or a first start makes.
    static QString defaultName() { return QStringLiteral("Default"); }

    explicit OrganizationList(QSettings &settings, QObject *parent = nullptr);
    ~OrganizationList() override;

    // The stored organizations, in the person's order.
    QList<Organization> stored() const;
    // Every organization of this session: ALLIUM_API_KEY's first (it wins, as it always did),
    // then the stored ones.
    QList<Organization> all() const;
    // False until the list was first written: it then holds the implicit first organization.
    bool isWritten() const;

    // Whether ALLIUM_API_KEY (or a systemd credential) gives this session an organization.
    void setEnvironmentOrganization(bool present);
    bool hasEnvironmentOrganization() const { return m_environment; }
    static Organization environmentOrganization();

    // In all(), by id or by name (without case).
    std::optional<Organization> find(const QString &id) const;
    std::optional<Organization> findByName(const QString &name) const;

    // Each change is written at once and checked; when it is refused or the settings file cannot
    // be written, nothing changes and *problem says why (a sentence).
    // A new organization (its key is stored separately, in its keychainEntry).
    std::optional<Organization> add(const QString &name, const QUrl &baseUrl,
                                    QString *problem = nullptr);
    bool rename(const QString &id, const QString &name, QString *problem = nullptr);
    // An empty URL: the default address.
    bool setBaseUrl(const QString &id, const QUrl &baseUrl, QString *problem = nullptr);
    bool move(const QString &id, int toIndex, QString *problem = nullptr);
    // Only the list: OrganizationRemoval deletes the key and the readings first.
    bool remove(const QString &id, QString *problem = nullptr);
    // The stored organizations in this order, with these names and addresses, in one step (the
    // Settings dialog's edits). Every id must be stored already or be new (then it is added);
    // a stored organization missing from `organizations` is refused: remove() it first.
    bool apply(const QList<Organization> &organizations, QString *problem = nullptr);

    // Files the readings recorded before organizations existed (under the base URL of the
    // single-key setup, Organization::earlierHistoryKey) under the organization they belong to.
    // Called whenever the history is opened for reading organizations: idempotent, one
    // transaction each, so an upgrade interrupted anywhere completes at the next start. Readings
    // under any other address (a proxy tried once) are left where they are: nothing says whose
    // they were. Returns how many moved, or -1 (and the store's errorMessage) on error.
    int adoptEarlierReadings(HistoryStore &store) const;

    // Empty when the list may hold `organization` as it is (name, address); otherwise why not.
    QString problemWith(const Organization &organization, const QList<Organization> &others) const;

signals:
    void changed();

private:
    QList<Organization> read() const;
    Organization implicitDefault() const;
    bool write(const QList<Organization> &organizations, QString *problem);

    QSettings &m_settings;
    bool m_environment = false;
};
