#include "core/api/UsageError.h"

#include <QCoreApplication>

bool UsageError::isTransient() const {
    switch (kind) {
    case UsageErrorKind::RateLimited:
    case UsageErrorKind::Network:
        return true;
    case UsageErrorKind::Server:
        // 500 and 501 usually mean a bug that a retry will meet again; gateways and overload pass.
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    case UsageErrorKind::Configuration:
    case UsageErrorKind::Unauthorized:
    case UsageErrorKind::Forbidden:
    case UsageErrorKind::HttpStatus:
    case UsageErrorKind::InvalidResponse:
        return false;
    }
    return false;
}

QString UsageError::advice() const {
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("UsageError", text);
    };
    switch (kind) {
    case UsageErrorKind::Configuration:
        return tr("Check the API key and the base URL.");
    case UsageErrorKind::Unauthorized:
        return tr("Check the API key, or create a new one in the Allium app.");
    case UsageErrorKind::Forbidden:
        return tr("Ask your organization's Allium administrator about a Subscription or Free "
                  "Trial plan (hello@allium.so can help).");
    case UsageErrorKind::RateLimited:
        return tr("Wait before trying again; refreshing less often avoids this.");
    case UsageErrorKind::Server:
        return tr("The Allium API is having trouble; try again in a few minutes.");
    case UsageErrorKind::HttpStatus:
        return tr("Check the base URL; if it is right, try again later.");
    case UsageErrorKind::Network:
        return tr("Check the network connection and the base URL, then try again.");
    case UsageErrorKind::InvalidResponse:
        return tr("Check that the base URL points at the Allium API; if it does, the API may have "
                  "changed: look for an update of this app.");
    }
    return {};
}
