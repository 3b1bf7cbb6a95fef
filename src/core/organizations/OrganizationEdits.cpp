#include "core/organizations/OrganizationEdits.h"

#include "core/api/BaseUrlPolicy.h"
#include "core/organizations/OrganizationKeys.h"
#include "core/organizations/OrganizationList.h"
#include "core/organizations/OrganizationRemoval.h"
#include "core/secrets/ApiKeyKeeper.h"
#include "core/secrets/ApiKeyRule.h"
#include "core/secrets/SecretStore.h"

OrganizationEdits::OrganizationEdits(OrganizationList &list, OrganizationKeys &keys,
                                     HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_keys(keys)
    , m_history(history) {
    connect(&m_keys, &OrganizationKeys::loaded, this, &OrganizationEdits::keyLoaded);
    connect(&m_keys, &OrganizationKeys::keyChanged, this,
            [this](const QString &id, const QString &) { keyLoaded(id); });
}

OrganizationEdits::~OrganizationEdits() = default;

void OrganizationEdits::reload() {
    m_drafts.clear();
    m_removed.clear();
    for (const Organization &organization : m_list.all()) {
        Draft draft;
        draft.organization = organization;
        draft.baseUrlText =
            organization.baseUrl.isEmpty() ? QString() : organization.baseUrl.toString();
        m_drafts.append(draft);
    }
    for (const Draft &draft : std::as_const(m_drafts))
        keyLoaded(draft.organization.id);
    emit draftsReset();
}

void OrganizationEdits::keyLoaded(const QString &id) {
    for (int i = 0; i < m_drafts.size(); ++i) {
        Draft &draft = m_drafts[i];
        if (draft.organization.id != id || draft.keyEdited)
            continue;
        const ApiKeyKeeper *keeper = m_keys.keeper(id);
        // A key from the environment is used, never shown.
        if (!keeper || !keeper->isLoaded() || keeper->fromEnvironment())
            continue;
        draft.key = keeper->key();
        // Without a keychain, this session is the only place a key can go.
        draft.sessionOnly = keeper->sessionOnly() || !keeper->keychainAvailable();
        emit draftChanged(i);
    }
}

bool OrganizationEdits::isEditable(int index) const {
    return index >= 0 && index < m_drafts.size() &&
           !m_drafts.at(index).organization.isFromEnvironment();
}

int OrganizationEdits::add() {
    QList<Organization> taken = m_list.stored() + m_removed;
    for (const Draft &draft : std::as_const(m_drafts))
        taken.append(draft.organization);
    Draft draft;
    draft.isNew = true;
    draft.organization.id = Organization::newId(taken);
    draft.organization.keychainEntry = Organization::keychainEntryFor(draft.organization.id);
    for (int n = int(m_drafts.size()) + 1;; ++n) {
        const QString name = tr("Organization %1").arg(n);
        if (!Organization::named(taken, name)) {
            draft.organization.name = name;
            break;
        }
    }
    m_drafts.append(draft);
    return int(m_drafts.size()) - 1;
}

void OrganizationEdits::rename(int index, const QString &name) {
    if (isEditable(index))
        m_drafts[index].organization.name = name;
}

void OrganizationEdits::setBaseUrlText(int index, const QString &text) {
    if (!isEditable(index))
        return;
    Draft &draft = m_drafts[index];
    draft.baseUrlText = text.trimmed();
    const std::optional<QUrl> url = BaseUrlPolicy::fromText(draft.baseUrlText);
    draft.organization.baseUrl = draft.baseUrlText.isEmpty() || !url ? QUrl() : *url;
}

QString OrganizationEdits::baseUrlText(int index) const {
    return index >= 0 && index < m_drafts.size() ? m_drafts.at(index).baseUrlText : QString();
}

void OrganizationEdits::setKey(int index, const QString &key, bool sessionOnly) {
    if (!isEditable(index))
        return;
    Draft &draft = m_drafts[index];
    if (draft.key == key && draft.sessionOnly == sessionOnly)
        return;
    draft.key = key;
    draft.sessionOnly = sessionOnly;
    draft.keyEdited = true;
}

int OrganizationEdits::move(int index, int toIndex) {
    if (!isEditable(index))
        return index;
    int first = 0;
    while (first < m_drafts.size() && !isEditable(first))
        ++first;
    const int target = qBound(first, toIndex, int(m_drafts.size()) - 1);
    m_drafts.move(index, target);
    return target;
}

void OrganizationEdits::remove(int index) {
    if (!isEditable(index))
        return;
    const Draft draft = m_drafts.takeAt(index);
    if (!draft.isNew)
        m_removed.append(draft.organization);
    emit draftsReset();
}

QString OrganizationEdits::nameProblem(int index) const {
    if (!isEditable(index))
        return QString();
    QList<Organization> others;
    for (const Draft &draft : m_drafts)
        others.append(draft.organization);
    const Organization &organization = m_drafts.at(index).organization;
    return Organization::nameProblem(organization.name, others, organization.id);
}

QString OrganizationEdits::baseUrlProblem(int index) const {
    const QString text = baseUrlText(index);
    return !isEditable(index) || text.isEmpty() ? QString() : BaseUrlPolicy::textProblem(text);
}

QString OrganizationEdits::keyProblem(int index) const {
    if (!isEditable(index))
        return QString();
    // An empty field means "no key" (the stored one, if any, stays); anything typed must pass
    // the one key rule.
    const QString key = m_drafts.at(index).key;
    return key.trimmed().isEmpty() ? QString() : ApiKeyRule::problem(key);
}

bool OrganizationEdits::isValid() const {
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (!nameProblem(i).isEmpty() || !baseUrlProblem(i).isEmpty() || !keyProblem(i).isEmpty())
            return false;
    }
    return true;
}

QList<Organization> OrganizationEdits::storedDrafts() const {
    QList<Organization> organizations;
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (isEditable(i))
            organizations.append(m_drafts.at(i).organization);
    }
    return organizations;
}

void OrganizationEdits::apply() {
    if (isApplying() || !isValid())
        return;
    m_step = Step::Removing;
    removeNext();
}

void OrganizationEdits::removeNext() {
    if (m_removed.isEmpty()) {
        applyList();
        return;
    }
    const Organization organization = m_removed.constFirst();
    SecretStore *keychain = m_keys.keychain(organization.id);
    if (!keychain) {
        finish(false, tr("%1 cannot be removed now: its key is still being looked up.")
                          .arg(organization.name));
        return;
    }
    m_removal = std::make_unique<OrganizationRemoval>(m_list, m_history);
    connect(m_removal.get(), &OrganizationRemoval::finished, this,
            [this](const OrganizationRemoval::Result &result) {
                if (!result.removed) {
                    finish(false, result.problem);
                    return;
                }
                m_removed.removeFirst();
                removeNext();
            });
    m_removal->start(organization, *keychain);
}

void OrganizationEdits::applyList() {
    QString problem;
    if (!m_list.apply(storedDrafts(), &problem)) {
        finish(false, problem);
        return;
    }
    // Keepers for new organizations, so that their keys can be saved (idempotent).
    m_keys.setOrganizations(m_list.all());
    m_keysToSave.clear();
    for (Draft &draft : m_drafts) {
        draft.isNew = false;
        const ApiKeyKeeper *keeper = m_keys.keeper(draft.organization.id);
        const QString key = ApiKeyRule::normalized(draft.key);
        if (!draft.keyEdited || key.isEmpty() || !keeper)
            continue;
        if (key != keeper->key() || draft.sessionOnly != keeper->sessionOnly())
            m_keysToSave.append(draft.organization.id);
        else
            draft.keyEdited = false;
    }
    m_step = Step::SavingKeys;
    saveNextKey();
}

void OrganizationEdits::saveNextKey() {
    if (m_keysToSave.isEmpty()) {
        finish(true, QString());
        return;
    }
    const QString id = m_keysToSave.constFirst();
    ApiKeyKeeper *keeper = m_keys.keeper(id);
    const auto draft = std::find_if(m_drafts.begin(), m_drafts.end(),
                                    [&id](const Draft &d) { return d.organization.id == id; });
    if (!keeper || draft == m_drafts.end()) {
        m_keysToSave.removeFirst();
        saveNextKey();
        return;
    }
    const QString name = draft->organization.name;
    m_saving =
        connect(keeper, &ApiKeyKeeper::saved, this, [this, id, name](const SecretResult &result) {
            disconnect(m_saving);
            if (!result.ok()) {
                finish(false, tr("The key of %1 was not saved: %2").arg(name, result.message));
                return;
            }
            for (Draft &d : m_drafts) {
                if (d.organization.id == id)
                    d.keyEdited = false;
            }
            m_keysToSave.removeFirst();
            saveNextKey();
        });
    keeper->save(draft->key, draft->sessionOnly);
}

void OrganizationEdits::finish(bool ok, const QString &problem) {
    m_step = Step::Idle;
    emit applied(ok, problem);
}
