// What the arguments of `--once` ask for, read and checked before anything touches the network:
// the format, where the output goes, the timeout, demo data or which organizations, the address.
#pragma once

#include "core/settings/Defaults.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

class QCommandLineParser;

struct OnceRequest {
    enum class Format { Table, Csv, Json, Prometheus };

    Format format = Format::Table;
    QString outputPath; // empty: standard output
    std::chrono::milliseconds timeout{std::chrono::seconds(Defaults::requestTimeoutSeconds)};
    bool demo = false;
    bool allOrganizations = false; // --all-orgs
    QUrl baseUrl; // --base-url for this run; invalid: each organization's own address

    // The options --once reads besides the shared ones (--demo, --base-url, --org).
    static QList<QCommandLineOption> options();
    // Fills this from the arguments; returns the usage error, or an empty string.
    QString read(const QCommandLineParser &parser);
};
