// The overview of several organizations: each one's headline as its own dashboard opens with, why
// figures are not current or why there are none, the order worst first (a failing organization
// right after a critical one, a forecast to run out counting as a warning), and the headline that
// answers "is any of them in trouble?".
#include "core/desktop/OrganizationOverview.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"
#include "core/forecast/SnapshotForecasts.h"
#include "core/history/HistoryStore.h"
#include "core/history/PeriodSeries.h"

#include <QTest>

using SampleSnapshots::unit;
using SampleSnapshots::utc;
using Standing = OrganizationOverview::Standing;

namespace {

const QDateTime now = utc(2026, 4, 20, 12);

// April 2026, read two minutes ago, with `developer` of 2,000,000 developer units and `explorer`
// of 100 explorer units used.
UsageSnapshot april(double developer, double explorer, const QDateTime &at = now.addSecs(-120)) {
    UsageSnapshot snapshot = SampleSnapshots::monthly();
    snapshot.units = {unit(QStringLiteral("developer_units"), developer, 2'000'000.0),
                      unit(QStringLiteral("explorer_units"), explorer, 100.0)};
    snapshot.receivedAt = at;
    return snapshot;
}

ReadingState current(const UsageSnapshot &snapshot) {
    ReadingState state;
    state.hasSource = true;
    state.snapshot = snapshot;
    state.freshness = ReadingState::Freshness::Current;
    state.periodStart = snapshot.periodStart();
    state.periodEnd = snapshot.periodEnd();
    return state;
}

UsageError rejected() {
    UsageError error;
    error.kind = UsageErrorKind::Unauthorized;
    error.httpStatus = 401;
    error.message = QStringLiteral("The API key was rejected (HTTP 401).");
    return error;
}

ReadingState failed(ReadingState state) {
    state.busy = false;
    state.nextRefreshAt = now.addSecs(300);
    state.error = rejected();
    state.errorStatus = ReadingState::ErrorStatus::Settled;
    if (state.snapshot)
        state.freshness = ReadingState::Freshness::Stale;
    return state;
}

ReadingState noKey() {
    return ReadingState();
}

ReadingState loading() {
    ReadingState state;
    state.hasSource = true;
    state.busy = true;
    return state;
}

TrayStatus::Input organization(const QString &name, const ReadingState &state,
                               const SnapshotForecasts *forecasts = nullptr) {
    return TrayStatus::Input{name.toLower(), name, state, forecasts};
}

OrganizationOverview overviewOf(const QList<TrayStatus::Input> &organizations) {
    const ManualClock clock(now);
    return OrganizationOverview::of(organizations, UsageThresholds(), clock);
}

// The names in the overview's order: "Over, Critical, Failing".
QString namesOf(const OrganizationOverview &overview) {
    QStringList names;
    for (const OrganizationOverview::Row &row : overview.rows)
        names << row.name;
    return names.join(QStringLiteral(", "));
}

// Readings every six hours since 1 April, developer units growing evenly to `developer` now: the
// forecasts the reading would have.
SnapshotForecasts evenUse(const UsageSnapshot &last) {
    PeriodSeries series(HistoryStore::periodOf(last));
    const QDateTime start = utc(2026, 4, 1);
    const double span = double(start.secsTo(last.receivedAt));
    for (QDateTime at = start; at < last.receivedAt; at = at.addSecs(6 * 3600)) {
        const double share = double(start.secsTo(at)) / span;
        series.addUnrecorded(
            april(*last.units.at(0).consumed * share, *last.units.at(1).consumed * share, at));
    }
    series.addUnrecorded(last);
    const ManualClock clock(now);
    return SnapshotForecasts::compute(series, last, clock);
}

} // namespace

class OrganizationOverviewTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");
    }

    void eachRowIsTheHeadlineOfItsDashboard() {
        const UsageSnapshot snapshot = april(1'640'000, 12.5);
        const OrganizationOverview overview =
            overviewOf({organization(QStringLiteral("Production"), current(snapshot))});
        QCOMPARE(overview.rows.size(), 1);
        const OrganizationOverview::Row &row = overview.rows.constFirst();
        QCOMPARE(row.id, QStringLiteral("production"));
        QCOMPARE(row.standing, Standing::Warning);
        QVERIFY(row.unit.has_value());
        QCOMPARE(row.unit->key, QStringLiteral("developer_units"));
        QCOMPARE(row.figure, QStringLiteral("82 %"));
        QCOMPARE(*row.unit->percent, 82.0);
        QCOMPARE(row.reset, QStringLiteral("Resets in 10 days, on 1 May"));
        QVERIFY(row.note.isEmpty()); // current figures need no word
        QVERIFY(!row.sentence.isEmpty());
        QVERIFY2(row.description.startsWith(QStringLiteral("Production: Developer units 82 %")),
                 qPrintable(row.description));
        QVERIFY2(row.line().startsWith(QStringLiteral("Production — Developer units 82 % · ")),
                 qPrintable(row.line()));
    }

    void figuresThatAreNotCurrentSaySo() {
        const OrganizationOverview overview = overviewOf(
            {organization(QStringLiteral("Production"), failed(current(april(400'000, 10))))});
        const OrganizationOverview::Row &row = overview.rows.constFirst();
        // The figures stay, with their age and why they were not refreshed.
        QCOMPARE(row.figure, QStringLiteral("20 %"));
        QVERIFY2(row.note.startsWith(QStringLiteral("Stale: last updated")), qPrintable(row.note));
        QVERIFY2(row.note.endsWith(QStringLiteral("Refresh failed: API key rejected (HTTP 401)")),
                 qPrintable(row.note));
        QVERIFY(row.line().contains(row.note));
    }

    void withoutFiguresTheRowSaysWhy_data() {
        QTest::addColumn<ReadingState>("state");
        QTest::addColumn<int>("standing");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("reset");
        QTest::newRow("no key") << noKey() << int(Standing::NoKey) << QStringLiteral("No API key")
                                << QStringLiteral("Enter its key in Settings, under Organizations.")
                                << QString();
        // A failing one says when it tries again where the reset would be.
        QTest::newRow("the first refresh failed")
            << failed(loading()) << int(Standing::Failing) << QStringLiteral("Refresh failed")
            << QStringLiteral("The API key was rejected (HTTP 401).")
            << QStringLiteral("Next refresh in 5 minutes");
        QTest::newRow("waiting for the first reading")
            << loading() << int(Standing::Loading) << QStringLiteral("Loading…")
            << QStringLiteral("Refreshing…") << QString();
    }

    void withoutFiguresTheRowSaysWhy() {
        QFETCH(ReadingState, state);
        QFETCH(int, standing);
        QFETCH(QString, figure);
        QFETCH(QString, sentence);
        QFETCH(QString, reset);
        const OrganizationOverview overview =
            overviewOf({organization(QStringLiteral("Staging"), state)});
        const OrganizationOverview::Row &row = overview.rows.constFirst();
        QCOMPARE(int(row.standing), standing);
        QVERIFY(!row.unit.has_value());
        QCOMPARE(row.figure, figure);
        QCOMPARE(row.sentence, sentence);
        QCOMPARE(row.reset, reset);
        QVERIFY(row.note.isEmpty());
    }

    void theWorstComeFirst() {
        const OrganizationOverview overview = overviewOf({
            organization(QStringLiteral("Quiet"), current(april(100'000, 5))),
            organization(QStringLiteral("No key"), noKey()),
            organization(QStringLiteral("Warning"), current(april(1'560'000, 5))),
            organization(QStringLiteral("Loading"), loading()),
            organization(QStringLiteral("Failing"), failed(loading())),
            organization(QStringLiteral("Over"), current(april(2'100'000, 5))),
            organization(QStringLiteral("Critical"), current(april(1'900'000, 5))),
            organization(QStringLiteral("Busier warning"), current(april(1'700'000, 5))),
        });
        QCOMPARE(namesOf(overview), QStringLiteral("Over, Critical, Failing, Busier warning, "
                                                   "Warning, Quiet, Loading, No key"));
        QCOMPARE(overview.headline, QStringLiteral("5 of 8 organizations need attention"));
    }

    void equalsKeepThePersonsOrder() {
        const OrganizationOverview overview = overviewOf({
            organization(QStringLiteral("B"), current(april(200'000, 5))),
            organization(QStringLiteral("A"), current(april(200'000, 5))),
            organization(QStringLiteral("C"), noKey()),
            organization(QStringLiteral("D"), noKey()),
        });
        QCOMPARE(namesOf(overview), QStringLiteral("B, A, C, D"));
    }

    void aForecastToRunOutAsksForAttentionBeforeAThresholdIsCrossed() {
        // 48 % used twenty days into April's thirty, at a pace that ends near 72 %: on pace.
        // Explorer units at 64 % are on a pace to run out before the reset: attention.
        const UsageSnapshot onPace = april(960'000, 10);
        const SnapshotForecasts onPaceForecasts = evenUse(onPace);
        const UsageSnapshot runsOut = april(200'000, 70);
        const SnapshotForecasts runsOutForecasts = evenUse(runsOut);
        const OrganizationOverview overview = overviewOf({
            organization(QStringLiteral("On pace"), current(onPace), &onPaceForecasts),
            organization(QStringLiteral("Runs out"), current(runsOut), &runsOutForecasts),
        });
        QCOMPARE(namesOf(overview), QStringLiteral("Runs out, On pace"));
        const OrganizationOverview::Row &first = overview.rows.at(0);
        QCOMPARE(first.standing, Standing::Warning);
        QCOMPARE(first.unit->key, QStringLiteral("explorer_units"));
        QVERIFY2(first.sentence.startsWith(QStringLiteral("Projected to run out on")),
                 qPrintable(first.sentence));
        QCOMPARE(overview.rows.at(1).standing, Standing::Normal);
        QVERIFY2(overview.rows.at(1).sentence.startsWith(QStringLiteral("On pace")),
                 qPrintable(overview.rows.at(1).sentence));
        QCOMPARE(overview.headline, QStringLiteral("Runs out needs attention"));
    }

    void theHeadlineAnswersAtAGlance_data() {
        QTest::addColumn<QList<ReadingState>>("states");
        QTest::addColumn<QString>("headline");
        QTest::newRow("all within their thresholds")
            << QList<ReadingState>{current(april(100'000, 5)), current(april(300'000, 50))}
            << QStringLiteral("All 2 organizations are within their thresholds");
        QTest::newRow("one in trouble is named")
            << QList<ReadingState>{current(april(100'000, 5)), current(april(1'900'000, 5))}
            << QStringLiteral("B needs attention");
        QTest::newRow("one that cannot be read is trouble")
            << QList<ReadingState>{current(april(100'000, 5)), failed(loading())}
            << QStringLiteral("B needs attention");
        QTest::newRow("nothing read yet") << QList<ReadingState>{loading(), noKey()}
                                          << QStringLiteral("Waiting for the first readings");
        QTest::newRow("some read, none in trouble")
            << QList<ReadingState>{current(april(100'000, 5)), noKey()}
            << QStringLiteral("No organization needs attention so far");
    }

    void theHeadlineAnswersAtAGlance() {
        QFETCH(QList<ReadingState>, states);
        QFETCH(QString, headline);
        QList<TrayStatus::Input> organizations;
        for (qsizetype i = 0; i < states.size(); ++i)
            organizations << organization(QString(QChar(char16_t(u'A' + i))), states.at(i));
        QCOMPARE(overviewOf(organizations).headline, headline);
    }

    void theSummaryHasTheHeadlineAndALineEach() {
        const OrganizationOverview overview = overviewOf({
            organization(QStringLiteral("Staging"), current(april(100'000, 5))),
            organization(QStringLiteral("Production"), current(april(1'900'000, 5))),
        });
        const QStringList lines = overview.summary().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Production needs attention"));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Production — Developer units 95 % · ")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Staging — ")), qPrintable(lines.at(2)));
    }

    void eachStandingHasItsColour() {
        QCOMPARE(OrganizationOverview::levelOf(Standing::Over), UsageLevel::Over);
        QCOMPARE(OrganizationOverview::levelOf(Standing::Failing), UsageLevel::Critical);
        QCOMPARE(OrganizationOverview::levelOf(Standing::Warning), UsageLevel::Warning);
        QCOMPARE(OrganizationOverview::levelOf(Standing::Loading), UsageLevel::NoAllocation);
    }
};

QTEST_GUILESS_MAIN(OrganizationOverviewTest)
#include "OrganizationOverviewTest.moc"
