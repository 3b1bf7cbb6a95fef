// `allium-usage --once --all-orgs`: every organization fetched side by side, each on its own (a
// failing one delays none of the others), written as one output: a section per organization in
// the table, a leading `organization` column in CSV, an array of the single-organization objects
// in JSON, one label per organization in Prometheus metrics. Each failure is named on standard
// error, and the exit status is the worst (highest) of the organizations'.
#pragma once

#include "cli/OnceRequest.h"
#include "core/organizations/Organization.h"

#include <QCoreApplication>

class OutputDestination;
class QCommandLineParser;

class OnceAllOrganizations final {
    Q_DECLARE_TR_FUNCTIONS(OnceAllOrganizations)

public:
    static int run(const QCommandLineParser &parser, const OnceRequest &request,
                   OutputDestination &destination, const QList<Organization> &organizations);
};
