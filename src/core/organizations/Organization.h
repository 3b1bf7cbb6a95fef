// One Allium organization the person watches: a stable id (its readings, notifications and key
// are kept under it, never under its key or address), the name the person chose, optionally its
// own API base URL, and the keychain entry its key is kept in. A value: OrganizationList owns the
// list, and everyone else takes copies.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class Organization final {
    Q_DECLARE_TR_FUNCTIONS(Organization)

public:
    // Longer names do not fit a tray menu or a table column, and no alias needs more.
    static constexpr int MaximumNameLength = 64;

    // The organization of the single-key setup before organizations existed, and of a first
    // start: its key stays in the keychain entry it always had ("api-key").
    static QString defaultId() { return QStringLiteral("default"); }
    // The organization whose key comes from ALLIUM_API_KEY (or a service's systemd credential
    // allium-api-key): for this session only, never stored. Its name is the same word.
    static QString environmentId() { return QStringLiteral("environment"); }
    // A new id: random, never derived from the key or the address, so that changing either
    // keeps the organization's history. `taken` are the ids it must differ from.
    static QString newId(const QList<Organization> &taken);
    // The keychain entry (account) of a new organization: "api-key.<id>".
    static QString keychainEntryFor(const QString &id);

    // Empty when `name` may name an organization beside `others` (ignoring the one whose id is
    // `exceptId`, when it is being renamed); otherwise a sentence saying why not. Names are
    // compared without case, so that --org production finds "Production".
    static QString nameProblem(const QString &name, const QList<Organization> &others,
                               const QString &exceptId = QString());
    static bool sameName(const QString &a, const QString &b);
    // The organization of `list` called `name` (without case); nullptr when none is.
    static const Organization *named(const QList<Organization> &list, const QString &name);
    static const Organization *withId(const QList<Organization> &list, const QString &id);

    QString id;
    QString name;
    QUrl baseUrl;          // its own API address; empty for the default one
    QString keychainEntry; // where its key is kept; empty for the environment's organization
    // Readings recorded under this history key before organizations existed (the base URL of
    // the single-key setup) are this organization's; see OrganizationList::adoptEarlierReadings.
    QString earlierHistoryKey;

    bool isFromEnvironment() const { return id == environmentId(); }
    // The key its readings and notifications are recorded under: its id.
    QString historyKey() const { return id; }
    // The address it is read from: `sessionBaseUrl` (--base-url) when valid, else its own,
    // else the default.
    QUrl effectiveBaseUrl(const QUrl &sessionBaseUrl = QUrl()) const;

    bool operator==(const Organization &other) const;
    bool operator!=(const Organization &other) const { return !(*this == other); }
};
