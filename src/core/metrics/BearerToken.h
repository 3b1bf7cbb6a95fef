// The token that protects the metrics endpoint, read once from a file (the same file Prometheus's
// authorization.credentials_file sends), and the check of a request's Authorization header against
// it in constant time, so that response times do not reveal how much of a guess was right.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class BearerToken final {
    Q_DECLARE_TR_FUNCTIONS(BearerToken)

public:
    // A token file is small; anything larger is not one.
    static constexpr qint64 MaximumFileBytes = 4096;

    // The file's content without surrounding white space (a trailing line feed is usual). On
    // failure (unreadable, empty, too large, characters a bearer token cannot hold) returns
    // std::nullopt and says why in *error.
    static std::optional<BearerToken> fromFile(const QString &path, QString *error);
    // Token characters (RFC 6750): letters, digits and - . _ ~ + / then optional = padding.
    static bool isValidToken(const QByteArray &token);

    explicit BearerToken(const QByteArray &token);

    // Whether the Authorization header value is "Bearer <this token>" (scheme in any case).
    bool accepts(const QByteArray &authorization) const;

private:
    // Only a digest is kept: comparing digests of equal length is constant in time whatever the
    // length of the guess, and the token itself is not kept in memory.
    QByteArray m_digest;
};
