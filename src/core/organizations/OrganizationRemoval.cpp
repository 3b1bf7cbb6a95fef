#include "core/organizations/OrganizationRemoval.h"

#include "core/history/HistoryStore.h"
#include "core/organizations/OrganizationList.h"
#include "core/secrets/SecretStore.h"

OrganizationRemoval::OrganizationRemoval(OrganizationList &list, HistoryStore *history,
                                         QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_history(history) {
    qRegisterMetaType<OrganizationRemoval::Result>();
}

OrganizationRemoval::~OrganizationRemoval() = default;

void OrganizationRemoval::start(const Organization &organization, SecretStore &keychain) {
    if (m_running)
        return;
    m_running = true;
    m_organization = organization;
    m_connection =
        connect(&keychain, &SecretStore::deleteFinished, this, &OrganizationRemoval::keyDeleted);
    keychain.deleteKey();
}

void OrganizationRemoval::keyDeleted(const SecretResult &result) {
    disconnect(m_connection);
    // Carried on from the event loop: removing the organization may destroy the store that is
    // still sending this signal.
    QMetaObject::invokeMethod(
        this, [this, result] { finishRemoving(result); }, Qt::QueuedConnection);
}

void OrganizationRemoval::finishRemoving(const SecretResult &result) {
    m_running = false;
    Result outcome;
    // No keychain on this system means no key kept in one; a keychain that refused or did not
    // answer may still hold it, so the organization stays until it can be deleted.
    const bool keyGone = result.ok() || result.status == SecretStatus::NotFound ||
                         result.status == SecretStatus::Unavailable;
    if (!keyGone) {
        outcome.keyKept = true;
        outcome.problem =
            tr("%1 was not removed: its key could not be deleted from the keychain: %2")
                .arg(m_organization.name, result.message);
        emit finished(outcome);
        return;
    }
    if (m_history && m_history->isOpen()) {
        for (const QString &source :
             {m_organization.historyKey(), m_organization.earlierHistoryKey}) {
            if (source.isEmpty())
                continue;
            const int removed = m_history->removeReadings(source);
            if (removed < 0)
                outcome.historyProblem = m_history->errorMessage();
            else
                outcome.readingsRemoved += removed;
        }
    }
    outcome.removed = m_list.remove(m_organization.id, &outcome.problem);
    emit finished(outcome);
}
