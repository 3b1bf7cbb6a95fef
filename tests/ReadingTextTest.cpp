// What every view says about the current reading, from its state alone: how fresh the figures are
// (one sentence, so "Stale" never stands beside "Updated just now"), the next refresh or quiet
// retry, when a banner shows and which button goes with its advice, and the empty page.
#include "core/reading/ReadingText.h"
#include "SampleSnapshots.h"
#include "core/Clock.h"

#include <QTest>

namespace {

using SampleSnapshots::utc;

const QDateTime now = utc(2026, 4, 25, 12);

ReadingState withSnapshot(ReadingState::Freshness freshness, const QDateTime &receivedAt) {
    ReadingState state;
    state.hasSource = true;
    state.snapshot = SampleSnapshots::monthly();
    state.snapshot->receivedAt = receivedAt;
    state.freshness = freshness;
    return state;
}

UsageError error(UsageErrorKind kind, int status) {
    UsageError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = QStringLiteral("It failed.");
    return e;
}

ReadingState failing(UsageErrorKind kind, int status, ReadingState::ErrorStatus how) {
    ReadingState state =
        withSnapshot(how == ReadingState::ErrorStatus::Settled ? ReadingState::Freshness::Stale
                                                               : ReadingState::Freshness::Current,
                     now.addSecs(-300));
    state.error = error(kind, status);
    state.errorStatus = how;
    state.failuresInARow = state.error->isTransient() ? 1 : 0;
    state.nextRefreshAt = now.addSecs(240);
    return state;
}

} // namespace

Q_DECLARE_METATYPE(ReadingState)

class ReadingTextTest final : public QObject {
    Q_OBJECT

private:
    const ManualClock m_clock{now};
    ReadingText text() const { return ReadingText(m_clock, QLocale::c(), QTimeZone::utc()); }

private slots:
    void freshnessIsOneSentence_data() {
        QTest::addColumn<ReadingState>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing yet") << ReadingState() << "No data yet";
        QTest::newRow("current") << withSnapshot(ReadingState::Freshness::Current, now.addSecs(-20))
                                 << "Updated just now";
        QTest::newRow("restored from the history, just seen")
            << withSnapshot(ReadingState::Freshness::Restored, now.addSecs(-20))
            << "Recorded reading of 25 Apr 11:59 (just now), not refreshed yet";
        QTest::newRow("stale") << withSnapshot(ReadingState::Freshness::Stale,
                                               now.addSecs(-3 * 3600))
                               << "Stale: last updated 25 Apr 09:00 (3 hours ago)";
    }

    void freshnessIsOneSentence() {
        QFETCH(ReadingState, state);
        QFETCH(QString, expected);
        QCOMPARE(text().freshness(state), expected);
    }

    void scheduleSaysWhatHappensNext_data() {
        QTest::addColumn<ReadingState>("state");
        QTest::addColumn<QString>("expected");
        ReadingState scheduled = withSnapshot(ReadingState::Freshness::Current, now);
        scheduled.nextRefreshAt = now.addSecs(240);
        QTest::newRow("a normal refresh") << scheduled << "Next refresh in 4 minutes";
        ReadingState retrying =
            failing(UsageErrorKind::Server, 503, ReadingState::ErrorStatus::Retrying);
        retrying.nextRefreshAt = now.addSecs(12);
        QTest::newRow("a quiet retry") << retrying << "Retrying in 12 s";
        ReadingState busy = retrying;
        busy.busy = true;
        QTest::newRow("the retry on its way") << busy << "Retrying now…";
        ReadingState refreshing = scheduled;
        refreshing.busy = true;
        QTest::newRow("a refresh on its way") << refreshing << "Refreshing…";
        QTest::newRow("no source") << ReadingState() << "";
    }

    void scheduleSaysWhatHappensNext() {
        QFETCH(ReadingState, state);
        QFETCH(QString, expected);
        QCOMPARE(text().schedule(state), expected);
    }

    void theBannerAndItsButtonGoTogether_data() {
        QTest::addColumn<ReadingState>("state");
        QTest::addColumn<bool>("banner");
        QTest::addColumn<int>("action");
        const int none = int(ReadingText::BannerAction::None);
        const int settings = int(ReadingText::BannerAction::OpenSettings);
        const int tryAgain = int(ReadingText::BannerAction::TryAgain);
        using S = ReadingState::ErrorStatus;
        QTest::newRow("a quiet retry: no banner")
            << failing(UsageErrorKind::Network, 0, S::Retrying) << false << none;
        QTest::newRow("retries ran out: try again")
            << failing(UsageErrorKind::Network, 0, S::Settled) << true << tryAgain;
        QTest::newRow("a server bug: try again")
            << failing(UsageErrorKind::Server, 500, S::Settled) << true << tryAgain;
        QTest::newRow("a rejected key: settings")
            << failing(UsageErrorKind::Unauthorized, 401, S::Settled) << true << settings;
        QTest::newRow("no plan: settings")
            << failing(UsageErrorKind::Forbidden, 403, S::Settled) << true << settings;
        QTest::newRow("asked to wait: no button that would not wait")
            << failing(UsageErrorKind::RateLimited, 429, S::Settled) << true << none;
    }

    void theBannerAndItsButtonGoTogether() {
        QFETCH(ReadingState, state);
        QFETCH(bool, banner);
        QFETCH(int, action);
        QCOMPARE(ReadingText::showsBanner(state), banner);
        QCOMPARE(int(ReadingText::bannerAction(state)), action);
        QCOMPARE(text().bannerAdvice(state).isEmpty(), !banner);
    }

    void adviceSaysWhenTheAppTriesAgainAndNeverSuggestsABusyButton() {
        ReadingState state =
            failing(UsageErrorKind::Network, 0, ReadingState::ErrorStatus::Settled);
        state.failuresInARow = 3;
        QVERIFY2(text().bannerAdvice(state).endsWith(
                     QStringLiteral("3 attempts in a row failed. The app tries again in 4 "
                                    "minutes.")),
                 qPrintable(text().bannerAdvice(state)));
        state.busy = true;
        QCOMPARE(text().bannerAdvice(state), QStringLiteral("Trying again…"));
    }

    void theEmptyPageExplainsTheWait_data() {
        QTest::addColumn<ReadingState>("state");
        QTest::addColumn<QString>("title");
        QTest::newRow("no key") << ReadingState() << "No API key is set";
        ReadingState fetching;
        fetching.hasSource = true;
        fetching.busy = true;
        QTest::newRow("the first request") << fetching << "Fetching usage…";
        ReadingState demo = fetching;
        demo.demo = true;
        QTest::newRow("demo data") << demo << "Fetching demo data…";
        ReadingState failed = fetching;
        failed.busy = false;
        failed.error = error(UsageErrorKind::Unauthorized, 401);
        failed.errorStatus = ReadingState::ErrorStatus::Settled;
        QTest::newRow("the first request failed") << failed << "No usage data yet";
    }

    void theEmptyPageExplainsTheWait() {
        QFETCH(ReadingState, state);
        QFETCH(QString, title);
        QCOMPARE(text().emptyTitle(state), title);
        QVERIFY(!text().emptyText(state).isEmpty());
    }

    void theSummarySaysWhatTheFiguresAre() {
        ReadingState restored = withSnapshot(ReadingState::Freshness::Restored, now.addSecs(-60));
        restored.demo = true;
        const QString summary = text().summary(restored);
        QVERIFY(summary.startsWith(QStringLiteral("Demo data, not a real organization's usage\n")));
        QVERIFY(summary.endsWith(QStringLiteral("Stale: a recorded reading, not refreshed yet\n")));
        QCOMPARE(text().summary(ReadingState()), QString());
    }
};

QTEST_GUILESS_MAIN(ReadingTextTest)
#include "ReadingTextTest.moc"
