#include "cli/OnceHistory.h"

#include "cli/HistoryCommand.h"
#include "cli/TerminalMessages.h"
#include "core/Clock.h"
#include "core/history/HistoryStore.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QJsonValue>

#include <cmath>

namespace {

QString statusName(Forecast::Status status) {
    switch (status) {
    case Forecast::Status::NoAllocation:
        return QStringLiteral("no_allocation");
    case Forecast::Status::NotEnoughHistory:
        return QStringLiteral("not_enough_history");
    case Forecast::Status::PeriodOver:
        return QStringLiteral("period_over");
    case Forecast::Status::OnTrack:
        return QStringLiteral("on_track");
    case Forecast::Status::RunsOut:
        return QStringLiteral("runs_out");
    case Forecast::Status::OverAllocation:
        return QStringLiteral("over_allocation");
    }
    return QString();
}

// Two decimals, like percent_used: a projection has no more precision than that.
QJsonValue rounded(double value) {
    return QJsonValue(std::round(value * 100.0) / 100.0);
}

} // namespace

OnceHistory OnceHistory::record(const QCommandLineParser &parser, const QString &source,
                                const UsageSnapshot &snapshot, bool withForecasts) {
    OnceHistory history;
    history.m_snapshot = snapshot;
    if (parser.isSet(HistoryCommand::noHistoryOption())) {
        if (withForecasts) {
            history.m_forecasts =
                SnapshotForecasts::compute(nullptr, source, snapshot, Clock::system());
        }
        return history;
    }
    HistoryStore store(HistoryStore::defaultPath(), Clock::system());
    if (!AppSettings().openHistory(store) || !store.record(source, snapshot)) {
        history.m_recorded = false;
        TerminalMessages::printError(
            tr("Not recorded in the usage history: %1").arg(store.errorMessage()));
    }
    if (withForecasts)
        history.m_forecasts = SnapshotForecasts::compute(&store, source, snapshot, Clock::system());
    return history;
}

OnceHistory OnceHistory::lastGood(const QCommandLineParser &parser, const QString &source) {
    OnceHistory history;
    if (parser.isSet(HistoryCommand::noHistoryOption()))
        return history;
    HistoryStore store(HistoryStore::defaultPath(), Clock::system());
    // Only reading where the folder cannot be written: a failed run still shows its last reading.
    if (!HistoryCommand::openToRead(store))
        return history;
    history.m_snapshot = store.latestSnapshot(source);
    if (history.m_snapshot) {
        history.m_forecasts =
            SnapshotForecasts::compute(&store, source, *history.m_snapshot, Clock::system());
    }
    return history;
}

JsonSnapshotWriter::UnitExtras OnceHistory::jsonExtras() const {
    JsonSnapshotWriter::UnitExtras extras;
    if (!m_snapshot)
        return extras;
    for (const UnitUsage &unit : m_snapshot->units) {
        const std::optional<Forecast> forecast = m_forecasts.forUnit(unit.key);
        if (!forecast) {
            extras.insert(unit.key, {{QStringLiteral("forecast"), QJsonValue()}});
            continue;
        }
        QJsonObject object{
            {QStringLiteral("status"), statusName(forecast->status())},
            {QStringLiteral("text"), forecast->text()},
            {QStringLiteral("readings"), forecast->readingCount()},
        };
        const bool projected = forecast->hasProjection();
        object.insert(QStringLiteral("rate_per_day"),
                      projected ? rounded(forecast->ratePerDay()) : QJsonValue());
        object.insert(QStringLiteral("projected_consumed"),
                      projected ? rounded(forecast->projectedConsumed()) : QJsonValue());
        const std::optional<double> percent = forecast->projectedPercent();
        object.insert(QStringLiteral("projected_percent_used"),
                      percent ? rounded(*percent) : QJsonValue());
        object.insert(QStringLiteral("run_out_at"),
                      forecast->runOutAt().isValid()
                          ? QJsonValue(forecast->runOutAt().toUTC().toString(Qt::ISODate))
                          : QJsonValue());
        extras.insert(unit.key, {{QStringLiteral("forecast"), object}});
    }
    return extras;
}

QString OnceHistory::tableText() const {
    if (!m_snapshot)
        return QString();
    qsizetype width = 0;
    for (const UnitUsage &unit : m_snapshot->units) {
        if (m_forecasts.forUnit(unit.key))
            width = qMax(width, unit.label().size());
    }
    if (width == 0)
        return QString();
    QString text = QLatin1Char('\n') + tr("Forecast") + QLatin1Char('\n');
    for (const UnitUsage &unit : m_snapshot->units) {
        if (const std::optional<Forecast> forecast = m_forecasts.forUnit(unit.key)) {
            text += QStringLiteral("  ") + unit.label().leftJustified(width + 2) +
                    forecast->text() + QLatin1Char('\n');
        }
    }
    return text;
}
