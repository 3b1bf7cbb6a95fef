// The exporter's costs with 1, 10 and 100 organizations, each figure beside a baseline measured in
// the same run: the real `allium-usage --serve` reads every organization (each a systemd
// credential allium-api-key.NAME, all served by one loopback API in this process, a 1-minute
// refresh interval), then this program times GET /metrics against GET /healthz of the same
// service and against a loopback server in this process sending a body of the same size, reads
// the service's resident memory (against 1 organization's), and its CPU while it waits between
// refreshes.
//
//   allium-serve-bench [--scrapes N] [--quick] [--organizations N]
//   (--quick: 1 and 10 organizations only; --organizations: that many only)
#include "LoopbackApiThread.h"
#include "support/CannedUsageBodies.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <unistd.h>

namespace {

QTextStream out(stdout);

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

double percentile95(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(qMin(values.size() - 1, values.size() * 95 / 100));
}

// One GET on a connection of its own, as Prometheus scrapes: milliseconds until the service
// closed it, and what it sent.
double timedGet(quint16 port, const QByteArray &path, QByteArray *answer) {
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(5'000);
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    answer->clear();
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5'000))
        *answer += socket.readAll();
    *answer += socket.readAll();
    return double(timer.nsecsElapsed()) / 1e6;
}

QByteArray bodyOf(const QByteArray &answer) {
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

// From /proc: resident memory in KiB, and CPU time (user + system) in milliseconds.
qint64 residentKiB(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

double cpuMs(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / ticks;
}

struct Figures {
    int organizations = 0;
    double readAllSeconds = 0;
    qint64 exposureBytes = 0;
    QList<double> metricsMs, healthMs, staticMs;
    qint64 rssKiB = 0;
    double idleSeconds = 0;
    double idleCpuMs = -1;
    // Where refreshes never pause: CPU over a window with them, and how many there were.
    double busySeconds = 0;
    double busyCpuMs = -1;
    int busyRefreshes = 0;
};

Figures measure(int organizations, int scrapes, const QString &program) {
    Figures figures;
    figures.organizations = organizations;
    LoopbackApiThread api(CannedUsageBodies::unitPlan(), "application/json");
    api.start();
    const QString apiUrl = QStringLiteral("http://127.0.0.1:%1").arg(api.port());

    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral("credentials"));
    for (int i = 1; i <= organizations; ++i) {
        QFile key(home.filePath(
            QStringLiteral("credentials/allium-api-key.org%1").arg(i, 3, 10, QLatin1Char('0'))));
        key.open(QIODevice::WriteOnly);
        key.write(QStringLiteral("ak_bench_%1\n").arg(i).toLatin1());
    }
    {
        QSettings settings(home.filePath(QStringLiteral("config/Allium/allium-usage.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("service/refreshMinutes"), 1);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("CREDENTIALS_DIRECTORY"),
                       home.filePath(QStringLiteral("credentials")));
    environment.remove(QStringLiteral("ALLIUM_API_KEY"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QProcess serve;
    serve.setProcessEnvironment(environment);
    serve.setReadChannel(QProcess::StandardError); // where it logs
    QElapsedTimer sinceStart;
    sinceStart.start();
    serve.start(program, {QStringLiteral("--serve"), QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0"), QStringLiteral("--base-url"), apiUrl});
    serve.waitForStarted();
    static const QRegularExpression serving(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/metrics"));
    QByteArray log;
    quint16 port = 0;
    while (port == 0 && serve.waitForReadyRead(10'000)) {
        log += serve.readAllStandardError();
        const QRegularExpressionMatch match = serving.match(QString::fromUtf8(log));
        if (match.hasMatch())
            port = quint16(match.captured(1).toUInt());
    }
    if (port == 0) {
        out << "allium-usage --serve did not start: " << log << Qt::endl;
        serve.kill();
        serve.waitForFinished();
        api.quit();
        api.wait();
        return figures;
    }
    // Every organization read once (their requests go out spread apart).
    QDeadlineTimer deadline(10 * 60'000);
    while (api.requestCount() < organizations && !deadline.hasExpired())
        QThread::msleep(50);
    const qint64 firstRoundEndedMs = sinceStart.elapsed();
    figures.readAllSeconds = double(firstRoundEndedMs) / 1000.0;
    QThread::msleep(300); // the last answer recorded

    // The baseline server sends a body as large as the exposition.
    QByteArray answer;
    timedGet(port, "/metrics", &answer);
    const QByteArray exposition = bodyOf(answer);
    figures.exposureBytes = exposition.size();
    LoopbackApiThread same(exposition, "text/plain; version=0.0.4; charset=utf-8");
    same.start();
    const quint16 staticPort = same.port();
    for (int i = 0; i < scrapes; ++i) {
        figures.metricsMs.append(timedGet(port, "/metrics", &answer));
        figures.healthMs.append(timedGet(port, "/healthz", &answer));
        figures.staticMs.append(timedGet(staticPort, "/", &answer));
    }
    same.quit();
    same.wait();
    figures.rssKiB = residentKiB(serve.processId());

    // Idle: until shortly before the first organization is due again (one interval after its
    // first read), nothing is to be done.
    const qint64 idleUntilMs = 60'000 - 2'000;
    const qint64 nowMs = sinceStart.elapsed();
    if (idleUntilMs - nowMs >= 5'000 && firstRoundEndedMs < 30'000) {
        const int before = api.requestCount();
        const double cpuBefore = cpuMs(serve.processId());
        QElapsedTimer window;
        window.start();
        QThread::msleep(quint64(idleUntilMs - nowMs));
        figures.idleCpuMs = cpuMs(serve.processId()) - cpuBefore;
        figures.idleSeconds = double(window.elapsed()) / 1000.0;
        if (api.requestCount() != before)
            figures.idleCpuMs = -1; // a refresh came in: not idle after all
    } else {
        const int before = api.requestCount();
        const double cpuBefore = cpuMs(serve.processId());
        QElapsedTimer window;
        window.start();
        QThread::msleep(30'000);
        figures.busyCpuMs = cpuMs(serve.processId()) - cpuBefore;
        figures.busySeconds = double(window.elapsed()) / 1000.0;
        figures.busyRefreshes = api.requestCount() - before;
    }
    serve.terminate();
    serve.waitForFinished(15'000);
    api.quit();
    api.wait();
    return figures;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int scrapes = 200;
    bool quick = false;
    int only = 0;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--scrapes") && i + 1 < arguments.size())
            scrapes = qMax(10, arguments.at(++i).toInt());
        else if (arguments.at(i) == QLatin1String("--quick"))
            quick = true;
        else if (arguments.at(i) == QLatin1String("--organizations") && i + 1 < arguments.size())
            only = qMax(1, arguments.at(++i).toInt());
    }
    const QString program = QDir(app.applicationDirPath()).filePath(QStringLiteral("allium-usage"));
    QList<Figures> results;
    QList<int> sizes = quick ? QList<int>{1, 10} : QList<int>{1, 10, 100};
    if (only > 0)
        sizes = {only};
    for (const int organizations : sizes) {
        out << "Measuring " << organizations << " organization(s)...\n";
        out.flush();
        results.append(measure(organizations, scrapes, program));
    }

    out << "\nScrape latency, " << scrapes
        << " scrapes each, one connection per scrape (median / 95th percentile, ms)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("orgs"), 5)
               .arg(QStringLiteral("bytes"), 7)
               .arg(QStringLiteral("/metrics"), 16)
               .arg(QStringLiteral("/healthz"), 16)
               .arg(QStringLiteral("same bytes, static"), 20)
               .arg(QStringLiteral("/metrics vs static"), 20);
    for (const Figures &f : results) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(f.organizations, 5)
                   .arg(f.exposureBytes, 7)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(median(f.metricsMs), 0, 'f', 2)
                            .arg(percentile95(f.metricsMs), 0, 'f', 2),
                        16)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(median(f.healthMs), 0, 'f', 2)
                            .arg(percentile95(f.healthMs), 0, 'f', 2),
                        16)
                   .arg(QStringLiteral("%1 / %2")
                            .arg(median(f.staticMs), 0, 'f', 2)
                            .arg(percentile95(f.staticMs), 0, 'f', 2),
                        20)
                   .arg(QStringLiteral("%1x").arg(median(f.metricsMs) / median(f.staticMs), 0, 'f',
                                                  2),
                        20);
    }
    const qint64 baseRss = results.constFirst().rssKiB;
    out << "\nResident memory after the first round and the scrapes (against 1 organization)\n";
    for (const Figures &f : results) {
        const double perOrganization =
            f.organizations > 1 ? double(f.rssKiB - baseRss) / double(f.organizations - 1) : 0.0;
        out << QStringLiteral("%1 orgs: %2 MiB  (+%3 MiB; %4 KiB per further organization); "
                              "all read once after %5 s\n")
                   .arg(f.organizations, 5)
                   .arg(double(f.rssKiB) / 1024.0, 0, 'f', 1)
                   .arg(double(f.rssKiB - baseRss) / 1024.0, 0, 'f', 1)
                   .arg(perOrganization, 0, 'f', 0)
                   .arg(f.readAllSeconds, 0, 'f', 1);
    }
    out << "\nCPU while idle between refreshes (1-minute interval)\n";
    for (const Figures &f : results) {
        if (f.idleCpuMs < 0) {
            out << QStringLiteral("%1 orgs: never idle (a request every %2 s): %3 ms of CPU in "
                                  "%4 s with %5 refreshes, %6 ms each (%7 %)\n")
                       .arg(f.organizations, 5)
                       .arg(60.0 / f.organizations, 0, 'f', 1)
                       .arg(f.busyCpuMs, 0, 'f', 0)
                       .arg(f.busySeconds, 0, 'f', 1)
                       .arg(f.busyRefreshes)
                       .arg(f.busyRefreshes > 0 ? f.busyCpuMs / f.busyRefreshes : 0.0, 0, 'f', 1)
                       .arg(f.busyCpuMs / (f.busySeconds * 10.0), 0, 'f', 2);
            continue;
        }
        out << QStringLiteral("%1 orgs: %2 ms of CPU in %3 s (%4 %)\n")
                   .arg(f.organizations, 5)
                   .arg(f.idleCpuMs, 0, 'f', 0)
                   .arg(f.idleSeconds, 0, 'f', 1)
                   .arg(f.idleCpuMs / (f.idleSeconds * 10.0), 0, 'f', 3);
    }
    return 0;
}
