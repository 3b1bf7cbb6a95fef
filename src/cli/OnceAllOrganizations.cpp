#include "cli/OnceAllOrganizations.h"

#include "cli/OnceCommand.h"
#include "cli/OnceFetch.h"
#include "cli/OnceHistory.h"
#include "cli/OnceOutput.h"
#include "cli/OutputDestination.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/display/DashboardText.h"
#include "core/launch/ExitCode.h"
#include "core/metrics/MetricsExposition.h"
#include "core/output/CsvSnapshotWriter.h"
#include "core/output/JsonSnapshotWriter.h"
#include "core/output/TextTableWriter.h"

#include <QEventLoop>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

struct Outcome {
    std::unique_ptr<OnceFetch> fetch;
    OnceHistory history;
};

QString prefixed(const Organization &organization, const QString &message) {
    return OnceAllOrganizations::tr("%1: %2").arg(organization.name, message);
}

// The failure of one organization in words: what happened (and what to do).
QString failureText(const OnceFetch &fetch) {
    if (!fetch.usageProblem().isEmpty())
        return fetch.usageProblem();
    const UsageError &error = *fetch.failure();
    const QString advice = error.advice();
    return advice.isEmpty() ? error.message : error.message + QLatin1Char(' ') + advice;
}

QString table(const std::vector<Outcome> &outcomes) {
    QString text;
    for (const Outcome &outcome : outcomes) {
        const Organization &organization = outcome.fetch->organization();
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += organization.name + QLatin1Char('\n') +
                QString(organization.name.size(), QLatin1Char('=')) + QLatin1Char('\n');
        if (const auto &snapshot = outcome.fetch->snapshot()) {
            text += TextTableWriter(nullptr).toText(*snapshot) + outcome.history.tableText();
        } else {
            text += OnceAllOrganizations::tr("Not fetched: %1").arg(failureText(*outcome.fetch)) +
                    QLatin1Char('\n');
        }
    }
    return text;
}

QString csv(const std::vector<Outcome> &outcomes) {
    QList<CsvSnapshotWriter::OrganizationSnapshot> snapshots;
    for (const Outcome &outcome : outcomes) {
        if (const auto &snapshot = outcome.fetch->snapshot())
            snapshots.append({outcome.fetch->organization().name, *snapshot});
    }
    return CsvSnapshotWriter::text(snapshots);
}

QByteArray json(const std::vector<Outcome> &outcomes) {
    QJsonArray array;
    for (const Outcome &outcome : outcomes) {
        const OnceFetch &fetch = *outcome.fetch;
        QJsonObject object;
        if (fetch.snapshot()) {
            object = JsonSnapshotWriter::toJson(*fetch.snapshot(), Clock::system().now(),
                                                outcome.history.jsonExtras());
        } else {
            // A script sees which organization failed and why, as the exit status would say.
            const UsageErrorKind kind =
                fetch.failure() ? fetch.failure()->kind : UsageErrorKind::Configuration;
            object.insert(QStringLiteral("error"),
                          QJsonObject{
                              {QStringLiteral("kind"),
                               QString::fromLatin1(MetricsExposition::reasonLabel(kind))},
                              {QStringLiteral("message"), failureText(fetch)},
                              {QStringLiteral("exit_code"), toInt(fetch.exitCode())},
                          });
        }
        object.insert(QStringLiteral("organization"), fetch.organization().name);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int OnceAllOrganizations::run(const QCommandLineParser &parser, const OnceRequest &request,
                              OutputDestination &destination,
                              const QList<Organization> &organizations) {
    std::vector<Outcome> outcomes;
    QEventLoop loop;
    int pending = int(organizations.size());
    for (int i = 0; i < organizations.size(); ++i) {
        const Organization &organization = organizations.at(i);
        Outcome outcome;
        outcome.fetch = std::make_unique<OnceFetch>(
            organization, organization.effectiveBaseUrl(request.baseUrl), request.timeout);
        outcome.fetch->setAnnouncePrefix(organization.name + QStringLiteral(": "));
        outcome.fetch->setNamed(true);
        QObject::connect(outcome.fetch.get(), &OnceFetch::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        // Spread out: each organization has its own key and limit, but a burst is never needed.
        outcome.fetch->start(std::chrono::milliseconds(i * OnceCommand::OrganizationSpacingMs));
        outcomes.push_back(std::move(outcome));
    }
    if (pending > 0)
        loop.exec();

    int worst = toInt(ExitCode::Ok);
    const bool withForecasts = request.format != OnceRequest::Format::Csv;
    QList<OrganizationMetrics> metrics;
    for (Outcome &outcome : outcomes) {
        const OnceFetch &fetch = *outcome.fetch;
        const Organization &organization = fetch.organization();
        worst = std::max(worst, toInt(fetch.exitCode()));
        if (const auto &snapshot = fetch.snapshot()) {
            const QString ended = DashboardText(Clock::system()).endedPeriod(*snapshot);
            if (!ended.isEmpty())
                TerminalMessages::printError(
                    prefixed(organization, OnceCommand::tr("Warning: %1").arg(ended)));
            outcome.history =
                OnceHistory::record(parser, organization.historyKey(), *snapshot, withForecasts);
            metrics.append(OnceOutput::metrics(organization.name, outcome.history, {}));
        } else {
            TerminalMessages::printError(prefixed(organization, failureText(fetch)));
            if (request.format == OnceRequest::Format::Prometheus) {
                outcome.history = OnceHistory::lastGood(parser, organization.historyKey());
                metrics.append(OnceOutput::metrics(
                    organization.name, outcome.history,
                    fetch.failure() ? fetch.failure()->kind : UsageErrorKind::Configuration));
            }
        }
    }

    QByteArray bytes;
    switch (request.format) {
    case OnceRequest::Format::Table:
        bytes = table(outcomes).toUtf8();
        break;
    case OnceRequest::Format::Csv:
        bytes = csv(outcomes).toUtf8();
        break;
    case OnceRequest::Format::Json:
        bytes = json(outcomes);
        break;
    case OnceRequest::Format::Prometheus:
        bytes = MetricsExposition::write(metrics, MetricsFormat::PrometheusText);
        break;
    }
    const bool written = destination.device()->write(bytes) == bytes.size();
    if (!destination.finish(written, destination.device()->errorString())) {
        TerminalMessages::printError(destination.errorString());
        return toInt(ExitCode::OutputFailed);
    }
    // Every output is complete; a reading that is not in the history is not acknowledged as
    // recorded (a failed fetch says more, so it comes first).
    const bool allRecorded = std::all_of(outcomes.cbegin(), outcomes.cend(), [](const Outcome &o) {
        return !o.fetch->snapshot() || o.history.recorded();
    });
    if (worst == toInt(ExitCode::Ok) && !allRecorded)
        return toInt(ExitCode::NotRecorded);
    return worst;
}
