// A CurrentReading as the app runs it, for the tests of the reading and its views: a real history
// file, the scripted loopback API as its source (organization "live", key "test-key"), and a way
// to serve a response and wait until the reading shows it.
//
//   LiveReading live(clock, dir.filePath("history.sqlite"));
//   live.api().enqueue(ScriptedUsageApi::ok(CannedUsageBodies::unitPlan()));
//   QVERIFY(live.start());             // the source is set: the first request goes at once
//   QVERIFY(live.serve(CannedUsageBodies::legacyCredits())); // Refresh, answered with this body
#pragma once

#include "core/history/HistoryStore.h"
#include "core/reading/CurrentReading.h"
#include "support/ScriptedUsageApi.h"

class Clock;

class LiveReading final {
    Q_DISABLE_COPY_MOVE(LiveReading)

public:
    static QString testKey() { return QStringLiteral("test-key"); }
    // The organization the API plays; its readings are kept under this id.
    static QString organizationId() { return QStringLiteral("live"); }

    // historyPath empty: no history store at all.
    LiveReading(const Clock &clock, const QString &historyPath);
    ~LiveReading();

    HistoryStore &store() { return m_store; }
    ScriptedUsageApi &api() { return m_api; }
    CurrentReading &reading() { return m_reading; }
    // The source the API plays, and its history key.
    ReadingSource source() const;
    QString historyKey() const { return source().historyKey(); }

    // Sets the source, which refreshes at once, and waits until that refresh ended (in a reading
    // or a failure). The response is whatever the API has queued, else its fallback.
    bool start();
    // Refreshes now against `response` and waits until the reading took it in.
    bool serve(const HttpResponse &response);
    bool serve(const QByteArray &body) { return serve(ScriptedUsageApi::ok(body)); }
    // Waits until the refresh on its way (if any) ended.
    bool waitUntilIdle();

private:
    HistoryStore m_store;
    ScriptedUsageApi m_api;
    CurrentReading m_reading;
};
