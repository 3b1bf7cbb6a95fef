// The dashboard window as the app builds it, for the window's tests: a MainWindow showing a
// LiveReading (real history file, scripted loopback API) with settings in a temporary folder, and
// the steps the tests take (serve a body, serve a failure the reading settles on).
#pragma once

#include "app/MainWindow.h"
#include "core/Clock.h"
#include "core/settings/AppSettings.h"
#include "support/LiveReading.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class LiveWindow final {
public:
    // For initTestCase(): a settings file of the test's own for the window's geometry, English,
    // and dates in UTC, so that "on 1 May" is what the tests expect.
    static void prepareApplication(const QString &name) {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AlliumTest"));
        QCoreApplication::setApplicationName(name);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qputenv("TZ", "UTC");
    }

    explicit LiveWindow(const QDateTime &now)
        : clock(now)
        , live(clock, dir.filePath(QStringLiteral("history.sqlite")))
        , settings(dir.filePath(QStringLiteral("settings.ini")))
        , window(std::make_unique<MainWindow>(live.reading(), settings, clock)) {
        window->show();
    }

    const ReadingState &state() { return live.reading().state(); }

    // The first response starts the reading (setting its source); later ones are a Refresh.
    bool serve(const HttpResponse &response) {
        if (state().hasSource)
            return live.serve(response);
        live.api().enqueue(response);
        return live.start();
    }
    // A body the reading takes in as its current reading.
    bool show(const QByteArray &body) {
        return serve(ScriptedUsageApi::ok(body)) &&
               state().freshness == ReadingState::Freshness::Current;
    }
    // A failure the reading settles on at once (a 500, a 401: nothing to retry quietly).
    bool fail(const HttpResponse &response) {
        return serve(response) && state().errorStatus == ReadingState::ErrorStatus::Settled;
    }

    QString labelText(const char *name) const {
        const auto *label = window->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    QTemporaryDir dir;
    ManualClock clock;
    LiveReading live;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};
