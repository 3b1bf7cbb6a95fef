// The dashboard's start-up and refresh, side by side with their floor in one run:
// - First paint: allium-bench-dashboard (the dashboard as allium-usage-desktop runs it) against
//   allium-bench-bare-chart (a QApplication with one QChartView), each started fresh, interleaved,
//   with history stores from a month to five years of 5-minute readings and a late annual period;
//   and, in the same runs, until the dashboard has painted the reading's figures (a unit's card),
//   which may come a frame or two after its first paint.
// - Refresh: the dashboard in this process, refreshed against a loopback API; the longest stall of
//   the event loop during each refresh (a 1 ms heartbeat timer), and its CPU time; before the
//   refreshes, the longest stall from the first paint until the API's first reading and the
//   current period's readings (read in the background) have arrived, and in an idle second (the
//   baseline: what the machine itself adds).
//
// - With --instructions, the first paint once more under callgrind: the instructions the main
//   thread ran until the probe's report, the same on every run (the clock on a shared machine
//   varies by a tenth between runs of the very same program).
//
//   allium-dashboard-bench [--runs N] [--refreshes N] [--quick] [--instructions] [--cache DIR]
//
// Stores are filled through HistoryStore::record, as the app fills them, under the organization
// of ALLIUM_API_KEY (the one the dashboard shows), which takes minutes for five years; they are
// kept in the cache folder (per day, since their periods are dated from today) and copied afresh
// for every run.
#include "BenchStores.h"
#include "app/AfterFirstPaint.h"
#include "app/DesktopApp.h"
#include "app/MainWindow.h"
#include "app/tray/TrayHost.h"
#include "core/Clock.h"
#include "core/reading/CurrentReading.h"
#include "core/secrets/SessionSecretStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <sys/resource.h>

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double processCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString sibling(const QString &name) {
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

struct FirstPaint {
    QList<double> wallMs;
    QList<double> cpuMs;
    QList<double> residentMib;
};

// A report line of FirstPaintProbe: "<what> <CPU ms> <peak KiB>", with the wall time until it came.
struct ProbeLine {
    QByteArray what;
    double wallMs = 0;
    double cpuMs = 0;
    double residentMib = 0;
};

// Waits for the next line the probe prints; false when none comes.
bool readProbeLine(QProcess &process, const QElapsedTimer &wall, ProbeLine &into) {
    QByteArray line;
    while (!process.canReadLine() && process.waitForReadyRead(30'000)) {
    }
    if (!process.canReadLine())
        return false;
    line = process.readLine();
    into.wallMs = double(wall.nsecsElapsed()) / 1e6;
    const QList<QByteArray> fields = line.trimmed().split(' ');
    if (fields.size() != 3)
        return false;
    into.what = fields.at(0);
    into.cpuMs = fields.at(1).toDouble();
    into.residentMib = fields.at(2).toDouble() / 1024.0;
    return true;
}

void append(FirstPaint &into, const ProbeLine &line) {
    into.wallMs.append(line.wallMs);
    into.cpuMs.append(line.cpuMs);
    into.residentMib.append(line.residentMib);
}

// A person's settings for the dashboard: the store's readings kept (five years needs the longest
// retention), no tray note.
void writeSettings(const QString &configHome) {
    QDir().mkpath(configHome + QStringLiteral("/Allium"));
    QSettings settings(configHome + QStringLiteral("/Allium/allium-usage.conf"),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("history/retentionDays"), 3650);
    settings.setValue(QStringLiteral("tray/noTrayExplained"), true);
}

// A fresh home for one start of a program: the settings, a copy of the store, the environment.
struct ProgramHome {
    QTemporaryDir home;
    QProcessEnvironment environment;

    bool prepare(const BenchStore *store, QTextStream &out) {
        const QString data = home.filePath(QStringLiteral("data"));
        const QString config = home.filePath(QStringLiteral("config"));
        writeSettings(config);
        if (store && !store->copyTo(data + QStringLiteral("/Allium/allium-usage/history.sqlite"))) {
            out << "cannot copy the store " << store->path() << '\n';
            return false;
        }
        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        environment.insert(QStringLiteral("XDG_CACHE_HOME"),
                           home.filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        environment.insert(QStringLiteral("ALLIUM_API_KEY"), QStringLiteral("sk-bench"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return true;
    }
};

// Starts one program, fresh, and waits for its "painted" line, and for its "figures" line when
// `figures` is given. Wall time from the start to each line, the CPU time and peak memory the
// program reports.
bool paintOnce(const QString &program, const QStringList &arguments, const BenchStore *store,
               FirstPaint &into, FirstPaint *figures, QTextStream &out) {
    ProgramHome home;
    if (!home.prepare(store, out))
        return false;
    QProcess process;
    process.setProcessEnvironment(home.environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    wall.start();
    process.start(program, arguments);
    ProbeLine painted;
    ProbeLine shown;
    const bool ok = readProbeLine(process, wall, painted) && painted.what == "painted" &&
                    (!figures || (readProbeLine(process, wall, shown) && shown.what == "figures"));
    process.waitForFinished(5'000);
    if (!ok) {
        out << "no first paint" << (figures ? " or figures" : "") << " from " << program << ": "
            << process.readAllStandardError() << '\n';
        return false;
    }
    append(into, painted);
    if (figures)
        append(*figures, shown);
    return true;
}

// The instructions the program's main thread ran until its first paint was reported, counted by
// callgrind (which stops there: the probe's report is its first call of getrusage); 0 when it
// could not be counted.
qint64 instructionsToFirstPaint(const QString &valgrind, const QString &program,
                                const QStringList &arguments, const BenchStore *store,
                                QTextStream &out) {
    ProgramHome home;
    if (!home.prepare(store, out))
        return 0;
    const QString counts = home.home.filePath(QStringLiteral("callgrind.out"));
    QProcess process;
    process.setProcessEnvironment(home.environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(valgrind, QStringList{QStringLiteral("--tool=callgrind"),
                                        QStringLiteral("--dump-before=getrusage"),
                                        QStringLiteral("--separate-threads=yes"),
                                        QStringLiteral("--callgrind-out-file=") + counts, program} +
                                arguments);
    if (!process.waitForFinished(300'000)) {
        process.kill();
        out << "callgrind did not finish " << program << '\n';
        return 0;
    }
    // The main thread's (1) first dump (01).
    QFile dump(counts + QStringLiteral(".1-01"));
    if (!dump.open(QIODevice::ReadOnly)) {
        out << "no callgrind count for " << program << ": " << process.readAll().right(400) << '\n';
        return 0;
    }
    while (!dump.atEnd()) {
        const QByteArray line = dump.readLine();
        if (line.startsWith("summary:"))
            return line.mid(8).trimmed().toLongLong();
    }
    return 0;
}

struct RefreshFigures {
    QList<double> stallMs;
    QList<double> cpuMs;
    double landingMs = 0; // after the first paint, until the reading and the period are in
    double idleMs = 0;    // a second of nothing to do: the machine's own hiccups, the baseline
};

// The dashboard in this process on a copy of the store: each refresh goes to the loopback API;
// a 1 ms heartbeat measures the longest time the event loop could not run during it. The same
// heartbeat first measures what follows the first paint (the API's first reading, the current
// period's readings from their read in the background), and a second with nothing to do.
bool measureRefreshes(const BenchStore &store, BenchApi &api, int refreshes, RefreshFigures &into,
                      QTextStream &out) {
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("history.sqlite"));
    if (!store.copyTo(path))
        return false;
    QSettings().setValue(QStringLiteral("history/retentionDays"), 3650);
    DesktopApp::Options options;
    options.sessionBaseUrl = api.baseUrl();
    options.historyPath = path;
    options.notificationStateFile = home.filePath(QStringLiteral("notifications.ini"));
    options.environmentKey = QStringLiteral("sk-bench");
    // The key comes from the environment; every organization's keychain is a session store.
    DesktopApp app(
        Clock::system(), options,
        [](const QString &) -> std::unique_ptr<SecretStore> {
            return std::make_unique<SessionSecretStore>();
        },
        std::make_unique<TrayHost>());
    if (!app.start())
        return false;
    // Waits in the event loop (asleep until an event or the time comes), so that the waiting
    // itself costs no CPU: a processEvents() loop would spin and count as the refresh's work.
    const auto idle = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    // The reading shown changes once the organization's key is looked up: always ask the app.
    const auto settle = [&app, &idle](int quietMs) {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20'000 &&
               (app.reading().state().busy || app.reading().state().historyLoading ||
                app.reading().state().freshness != ReadingState::Freshness::Current)) {
            idle(5);
        }
        idle(quietMs);
        return app.reading().state().freshness == ReadingState::Freshness::Current;
    };
    QElapsedTimer beat;
    double longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        longest = std::max(longest, double(beat.nsecsElapsed()) / 1e6);
        beat.restart();
    });
    const auto startBeating = [&] {
        longest = 0;
        beat.start();
        heartbeat.start();
    };

    // From the first paint (requests and the period's read wait for it) until both are in.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20'000 && !app.window().isVisible())
        idle(1);
    bool painted = false;
    AfterFirstPaint::run(app.window(), [&] {
        painted = true;
        startBeating();
    });
    while (waited.elapsed() < 20'000 && !painted)
        idle(1);
    if (!settle(300)) {
        const ReadingState &state = app.reading().state();
        out << "the dashboard did not read the loopback API ("
            << (state.hasSource ? "a source" : "no source") << ", "
            << (state.error ? state.error->message : QStringLiteral("no error")) << ")\n";
        return false;
    }
    heartbeat.stop();
    into.landingMs = longest;
    startBeating();
    idle(1000);
    heartbeat.stop();
    into.idleMs = longest;

    // Asked only now: the reading shown changes once the organization's key is looked up.
    CurrentReading &reading = app.reading();

    for (int i = 0; i < refreshes; ++i) {
        api.advance();
        startBeating();
        const double cpu = processCpuMs();
        reading.refreshNow();
        settle(150);
        heartbeat.stop();
        // The refresh's own CPU: the waits sleep; the heartbeat's 1 ms wake-ups are counted too.
        into.cpuMs.append(processCpuMs() - cpu);
        into.stallMs.append(longest);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir ownHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(ownHome.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(ownHome.filePath(QStringLiteral("data"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(ownHome.path()));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allium"));
    QCoreApplication::setApplicationName(QStringLiteral("allium-usage"));
    QTextStream out(stdout);

    int runs = 9;
    int refreshes = 20;
    bool quick = false;
    bool instructions = false;
    QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (qEnvironmentVariableIsSet("ALLIUM_BENCH_CACHE"))
        cache = qEnvironmentVariable("ALLIUM_BENCH_CACHE");
    cache += QStringLiteral("/allium-dashboard-bench");
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString next = i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument == QLatin1String("--runs"))
            runs = qMax(3, next.toInt());
        else if (argument == QLatin1String("--refreshes"))
            refreshes = qMax(3, next.toInt());
        else if (argument == QLatin1String("--cache"))
            cache = next;
        else if (argument == QLatin1String("--quick"))
            quick = true;
        else if (argument == QLatin1String("--instructions"))
            instructions = true;
    }

    BenchApi api;
    if (!api.start()) {
        out << "the loopback API could not listen on port " << BenchApi::port << '\n';
        return 1;
    }
    QList<BenchStore> stores = BenchStore::scenarios(quick);
    for (BenchStore &store : stores) {
        out << "store: " << store.name() << " ... ";
        out.flush();
        if (!store.prepare(cache, api.baseUrl(), out))
            return 1;
        out << store.readingCount() << " readings, " << store.currentPeriodReadings()
            << " in the current period\n";
        out.flush();
    }

    const QString bare = sibling(QStringLiteral("allium-bench-bare-chart"));
    const QString dashboard = sibling(QStringLiteral("allium-bench-dashboard"));
    const QStringList dashboardArguments{QStringLiteral("--base-url"), api.baseUrl().toString(),
                                         QStringLiteral("--theme"), QStringLiteral("light")};
    // Each dashboard start follows a fresh copy of its store (it records into it), and copying up
    // to 150 MB leaves the machine busy for a while after: a floor start after the very same copy
    // goes beside each one, so that the after-effects fall on both alike. One warm-up round, then
    // interleaved rounds, so that load on a shared machine falls on all alike too.
    QList<FirstPaint> floors(stores.size());
    QList<FirstPaint> painted(stores.size());
    QList<FirstPaint> figures(stores.size());
    for (int round = -1; round < runs; ++round) {
        FirstPaint scratch;
        FirstPaint scratchFigures;
        for (qsizetype i = 0; i < stores.size(); ++i) {
            api.serve(stores.at(i));
            if (!paintOnce(bare, {}, &stores.at(i), round < 0 ? scratch : floors[i], nullptr,
                           out) ||
                !paintOnce(dashboard, dashboardArguments, &stores.at(i),
                           round < 0 ? scratch : painted[i],
                           round < 0 ? &scratchFigures : &figures[i], out)) {
                return 1;
            }
        }
    }

    out << "\nFirst paint: medians of " << runs
        << " fresh starts each, each beside a floor start after the same copy of the store (wall"
           " ms, CPU ms, peak memory MiB; QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM") << ")\n";
    const auto row = [&out](const QString &name, const FirstPaint &floor,
                            const FirstPaint &figures) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6   %7x / %8x\n")
                   .arg(name, -34)
                   .arg(median(floor.wallMs), 7, 'f', 1)
                   .arg(median(floor.cpuMs), 7, 'f', 1)
                   .arg(median(figures.wallMs), 9, 'f', 1)
                   .arg(median(figures.cpuMs), 7, 'f', 1)
                   .arg(median(figures.residentMib), 6, 'f', 1)
                   .arg(median(figures.wallMs) / median(floor.wallMs), 0, 'f', 2)
                   .arg(median(figures.cpuMs) / median(floor.cpuMs), 0, 'f', 2);
    };
    const auto header = [&out] {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6   %7\n")
                   .arg(QStringLiteral("store"), -34)
                   .arg(QStringLiteral("floor"), 7)
                   .arg(QStringLiteral("CPU"), 7)
                   .arg(QStringLiteral("dashboard"), 9)
                   .arg(QStringLiteral("CPU"), 7)
                   .arg(QStringLiteral("MiB"), 6)
                   .arg(QStringLiteral("ratio to the floor (wall / CPU)"));
    };
    out << "The floor: a bare QApplication with one QChartView, peak "
        << QString::number(median(floors.constFirst().residentMib), 'f', 1) << " MiB\n";
    header();
    for (qsizetype i = 0; i < stores.size(); ++i)
        row(stores.at(i).name(), floors.at(i), painted.at(i));
    // The first paint shows the figures when a key is at hand (ALLIUM_API_KEY here, as in this
    // bench); with the key in the keychain it says that it is looking for the key, and the
    // figures follow once the keychain answers.
    out << "\nFigures on screen: the first paint of a unit's card, same runs\n";
    header();
    for (qsizetype i = 0; i < stores.size(); ++i)
        row(stores.at(i).name(), floors.at(i), figures.at(i));

    if (instructions) {
        const QString valgrind = QStandardPaths::findExecutable(QStringLiteral("valgrind"));
        out << "\nInstructions to the first paint, main thread, counted by callgrind (one start"
               " each; the same on every run)\n";
        if (valgrind.isEmpty())
            out << "valgrind is not installed: not counted\n";
        for (qsizetype i = 0; !valgrind.isEmpty() && i < stores.size(); ++i) {
            api.serve(stores.at(i));
            const qint64 floor = instructionsToFirstPaint(valgrind, bare, {}, &stores.at(i), out);
            const qint64 dashboardCount = instructionsToFirstPaint(
                valgrind, dashboard, dashboardArguments, &stores.at(i), out);
            out << QStringLiteral("%1 %2 M %3 M   %4x\n")
                       .arg(stores.at(i).name(), -34)
                       .arg(double(floor) / 1e6, 7, 'f', 1)
                       .arg(double(dashboardCount) / 1e6, 9, 'f', 1)
                       .arg(floor > 0 ? double(dashboardCount) / double(floor) : 0.0, 0, 'f', 2);
            out.flush();
        }
    }

    out << "\nRefresh: " << refreshes
        << " refreshes each, in this process (longest event-loop stall, ms; CPU ms); before"
           " them, the longest stall from the first paint until the first reading and the"
           " period's readings (read in the background) are in, and in a second with nothing to"
           " do (the machine's own hiccups)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("store"), -44)
               .arg(QStringLiteral("max stall"), 10)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("CPU median"), 11)
               .arg(QStringLiteral("after paint"), 12)
               .arg(QStringLiteral("idle"), 6);
    for (const BenchStore &store : stores) {
        api.serve(store);
        RefreshFigures figures;
        if (!measureRefreshes(store, api, refreshes, figures, out))
            return 1;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(store.name(), -44)
                   .arg(*std::max_element(figures.stallMs.cbegin(), figures.stallMs.cend()), 10,
                        'f', 1)
                   .arg(median(figures.stallMs), 10, 'f', 1)
                   .arg(median(figures.cpuMs), 11, 'f', 1)
                   .arg(figures.landingMs, 12, 'f', 1)
                   .arg(figures.idleMs, 6, 'f', 1);
        out.flush();
    }
    out << "\nGoals: first paint within 1.5x of the floor; no refresh stalls the loop over 16 "
           "ms.\n";
    return 0;
}
