#include "core/metrics/BearerToken.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace {

QByteArray digestOf(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

std::optional<BearerToken> BearerToken::fromFile(const QString &path, QString *error) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The token file %1 cannot be read: %2.").arg(shown, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.read(MaximumFileBytes + 1);
    if (content.size() > MaximumFileBytes) {
        *error = tr("The token file %1 is larger than %2 bytes; it should hold one token.")
                     .arg(shown)
                     .arg(MaximumFileBytes);
        return std::nullopt;
    }
    const QByteArray token = content.trimmed();
    if (token.isEmpty()) {
        *error = tr("The token file %1 is empty.").arg(shown);
        return std::nullopt;
    }
    if (!isValidToken(token)) {
        *error = tr("The token file %1 holds characters a bearer token cannot have: use letters, "
                    "digits and - . _ ~ + / only (for example from openssl rand -hex 32).")
                     .arg(shown);
        return std::nullopt;
    }
    return BearerToken(token);
}

bool BearerToken::isValidToken(const QByteArray &token) {
    qsizetype end = token.size();
    while (end > 0 && token.at(end - 1) == '=')
        --end;
    if (end == 0)
        return false;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = token.at(i);
        const bool alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && c != '-' && c != '.' && c != '_' && c != '~' && c != '+' && c != '/')
            return false;
    }
    return true;
}

BearerToken::BearerToken(const QByteArray &token)
    : m_digest(digestOf(token)) {}

bool BearerToken::accepts(const QByteArray &authorization) const {
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    return equalInConstantTime(digestOf(value.mid(space + 1).trimmed()), m_digest);
}
