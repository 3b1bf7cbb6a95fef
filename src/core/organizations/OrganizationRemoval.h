// Removes an organization with all that is kept about it: its key from the keychain, then its
// readings from the history, then the organization from the list. The key goes first, so that a
// keychain that refuses leaves the organization as it was, rather than its secret behind with
// nothing left to find it by. The dashboard's Settings and `--forget-key --org` both use it.
#pragma once

#include "core/organizations/Organization.h"

#include <QObject>

class HistoryStore;
class OrganizationList;
class SecretStore;
struct SecretResult;

class OrganizationRemoval final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationRemoval)

public:
    struct Result {
        bool removed = false;
        QString problem;         // why not, for a person; empty when removed
        bool keyKept = false;    // the keychain refused to delete the key: nothing was removed
        int readingsRemoved = 0; // from the history (0 without one)
        QString historyProblem;  // the history could not be cleaned up (the rest went)
    };

    // history may be null or closed: then no readings are deleted.
    OrganizationRemoval(OrganizationList &list, HistoryStore *history, QObject *parent = nullptr);
    ~OrganizationRemoval() override;

    // Starts removing `organization`, whose key `keychain` holds; ends with finished(). A second
    // call while one runs is ignored.
    void start(const Organization &organization, SecretStore &keychain);
    bool isRunning() const { return m_running; }

signals:
    void finished(const OrganizationRemoval::Result &result);

private:
    void keyDeleted(const SecretResult &result);
    void finishRemoving(const SecretResult &result);

    OrganizationList &m_list;
    HistoryStore *m_history;
    Organization m_organization;
    QMetaObject::Connection m_connection;
    bool m_running = false;
};
Q_DECLARE_METATYPE(OrganizationRemoval::Result)
