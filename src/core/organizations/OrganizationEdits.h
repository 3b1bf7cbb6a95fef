// The Settings dialog's edits to the organizations, kept apart until OK: added, renamed, moved,
// given another address or another key, removed. apply() carries them out in the one safe order:
// each removal first (its key and its readings with it, see OrganizationRemoval), then the list
// in one step, then the new keys; it stops at the first failure and says whose it was. No
// widgets: the dialog only shows the drafts and forwards what the person does.
#pragma once

#include "core/organizations/Organization.h"

#include <QObject>

#include <memory>

class HistoryStore;
class OrganizationKeys;
class OrganizationList;
class OrganizationRemoval;

class OrganizationEdits final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationEdits)

public:
    struct Draft {
        Organization organization;
        QString baseUrlText; // what the address field holds; empty for the default address
        bool isNew = false;
        QString key;              // what the key field holds (the stored key until edited)
        bool keyEdited = false;   // the person typed or pasted a key
        bool sessionOnly = false; // keep the key in memory only (no keychain)
    };

    // history may be null: then removals delete no readings.
    OrganizationEdits(OrganizationList &list, OrganizationKeys &keys, HistoryStore *history,
                      QObject *parent = nullptr);
    ~OrganizationEdits() override;

    // Drafts of the organizations as they are now (the environment's first, read-only), each
    // with its stored key as far as it is known; keys still being looked up follow.
    void reload();
    const QList<Draft> &drafts() const { return m_drafts; }
    // Whether the draft at `index` may be edited, moved and removed (not the environment's).
    bool isEditable(int index) const;

    // A new organization with a name not yet taken ("Organization 2"); returns its index.
    int add();
    void rename(int index, const QString &name);
    // Empty text: the default address.
    void setBaseUrlText(int index, const QString &text);
    QString baseUrlText(int index) const;
    void setKey(int index, const QString &key, bool sessionOnly);
    // Moves within the editable drafts; returns the new index.
    int move(int index, int toIndex);
    void remove(int index);

    // Why the draft at `index` cannot be saved as it is (name, address, key), or empty.
    QString nameProblem(int index) const;
    QString baseUrlProblem(int index) const;
    QString keyProblem(int index) const;
    bool isValid() const;

    // Carries the edits out; ends with applied(). Does nothing while one runs.
    void apply();
    bool isApplying() const { return m_step != Step::Idle; }

signals:
    // The draft at `index` changed from outside (its stored key arrived).
    void draftChanged(int index);
    // The drafts changed in number or order (reload, a removal done).
    void draftsReset();
    // The edits are carried out (ok), or stopped at a failure (problem says which and why; what
    // went before it stays done, and the drafts show what is left to do).
    void applied(bool ok, const QString &problem);

private:
    enum class Step { Idle, Removing, SavingKeys };

    void keyLoaded(const QString &id);
    void removeNext();
    void applyList();
    void saveNextKey();
    void finish(bool ok, const QString &problem);
    QList<Organization> storedDrafts() const;

    OrganizationList &m_list;
    OrganizationKeys &m_keys;
    HistoryStore *m_history;
    QList<Draft> m_drafts;
    QList<Organization> m_removed; // stored organizations to remove on apply()
    Step m_step = Step::Idle;
    std::unique_ptr<OrganizationRemoval> m_removal;
    QStringList m_keysToSave; // ids, in order
    QMetaObject::Connection m_saving;
};
