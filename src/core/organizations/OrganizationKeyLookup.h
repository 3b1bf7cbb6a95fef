// Where the command line and the exporter find an organization's key, without a person to ask:
// for the environment's organization ALLIUM_API_KEY, else the systemd credential allium-api-key;
// for a stored organization its systemd credential allium-api-key.<id> (a service's unit file
// provides it), else its entry in the system keychain, which is loaded only when asked.
#pragma once

#include "core/organizations/Organization.h"
#include "core/secrets/ApiKeyResolver.h"

class OrganizationKeyLookup final {
public:
    // Whether this process has an environment organization: ALLIUM_API_KEY is set, or systemd
    // gave it the credential allium-api-key.
    static bool environmentHasKey();

    // A resolver for `organization`'s key; its stores are its children. resolve() it and wait
    // for resolved().
    static ApiKeyResolver *makeResolver(const Organization &organization, QObject *parent);
    // The same, waited for in a local event loop (the command line).
    static ApiKeyResolver::Resolution resolveNow(const Organization &organization);
};
