#include "core/organizations/Organization.h"

#include "core/api/BaseUrlPolicy.h"

#include <QRandomGenerator>

QString Organization::newId(const QList<Organization> &taken) {
    for (;;) {
        // 48 random bits as 12 hex digits: short enough for a credential's file name
        // (allium-api-key.<id>), far from ever colliding in a person's list.
        const quint64 bits = QRandomGenerator::system()->generate64() & 0xffff'ffff'ffffULL;
        const QString id = QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0'));
        if (id != defaultId() && id != environmentId() && !withId(taken, id))
            return id;
    }
}

QString Organization::keychainEntryFor(const QString &id) {
    return QStringLiteral("api-key.") + id;
}

bool Organization::sameName(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString Organization::nameProblem(const QString &name, const QList<Organization> &others,
                                  const QString &exceptId) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the organization a name, such as Production.");
    if (trimmed.size() > MaximumNameLength)
        return tr("Keep the name to %1 characters.").arg(MaximumNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return tr("The name cannot contain line breaks or control characters.");
    }
    if (sameName(trimmed, environmentId()))
        return tr("\"%1\" is the name of the organization from ALLIUM_API_KEY; choose another.")
            .arg(environmentId());
    for (const Organization &other : others) {
        if (other.id != exceptId && sameName(other.name, trimmed))
            return tr("There is already an organization called %1.").arg(other.name);
    }
    return QString();
}

const Organization *Organization::named(const QList<Organization> &list, const QString &name) {
    for (const Organization &organization : list) {
        if (sameName(organization.name, name))
            return &organization;
    }
    return nullptr;
}

const Organization *Organization::withId(const QList<Organization> &list, const QString &id) {
    for (const Organization &organization : list) {
        if (organization.id == id)
            return &organization;
    }
    return nullptr;
}

QUrl Organization::effectiveBaseUrl(const QUrl &sessionBaseUrl) const {
    if (sessionBaseUrl.isValid() && !sessionBaseUrl.isEmpty())
        return sessionBaseUrl;
    if (baseUrl.isValid() && !baseUrl.isEmpty())
        return baseUrl;
    return BaseUrlPolicy::defaultBaseUrl();
}

bool Organization::operator==(const Organization &other) const {
    return id == other.id && name == other.name && baseUrl == other.baseUrl &&
           keychainEntry == other.keychainEntry && earlierHistoryKey == other.earlierHistoryKey;
}
