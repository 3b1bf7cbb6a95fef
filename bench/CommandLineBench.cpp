// Times the command line against its baselines, side by side in one run: `allium-usage --once
// --format csv` against `curl -s` of the same loopback URL (a local server in this process serves
// the documented body), and `allium-usage --version` against an empty program linked to QtCore
// only. Runs are interleaved so that load on a shared machine falls on all alike; prints medians of
// wall and CPU time and the ratios.
//
//   allium-commandline-bench [--runs N] [--also PATH]    (--also: another allium-usage to compare)
#include "core/http/HttpServer.h"
#include "support/CannedUsageBodies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

// The loopback API in a thread of its own, so that it answers while the main thread waits.
class ApiThread final : public QThread {
public:
    quint16 port() {
        m_ready.acquire();
        return m_port;
    }

protected:
    void run() override {
        HttpServer server;
        server.setHandler([](const HttpRequest &) {
            return HttpResponse::json(200, CannedUsageBodies::unitPlan());
        });
        server.listen();
        m_port = server.port();
        m_ready.release();
        exec();
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
};

struct Command {
    QString name;
    QStringList arguments; // the program first
    QList<double> wallMs;
    QList<double> cpuMs;
};

struct Run {
    int status = -1;
    double wallMs = 0;
    double cpuMs = 0;
};

double milliseconds(const timeval &time) {
    return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
}

// posix_spawn and wait4: the child's own CPU time, and a wall time with nothing of Qt's
// process machinery in it. Output goes to /dev/null, as a script's redirection would.
Run runOnce(const QStringList &arguments, char **environment) {
    QList<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &argument : arguments)
        storage.append(QFile::encodeName(argument));
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    Run run;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environment) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        clock_gettime(CLOCK_MONOTONIC, &end);
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.wallMs =
            double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
        run.cpuMs = milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime);
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

QString sibling(const QString &name) {
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 40;
    QStringList others;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--runs"))
            runs = qMax(3, arguments.at(i + 1).toInt());
        else if (arguments.at(i) == QLatin1String("--also"))
            others.append(QFileInfo(arguments.at(i + 1)).absoluteFilePath());
    }
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        out << "curl is needed (package curl)\n";
        return 1;
    }

    ApiThread api;
    api.start();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(api.port());
    const QString endpoint = url + QStringLiteral("/api/v1/account/organization/usage");

    // A person's environment with the key in ALLIUM_API_KEY and a history of its own.
    QTemporaryDir home;
    QList<QByteArray> environmentStorage;
    for (char **variable = environ; *variable; ++variable) {
        const QByteArray entry(*variable);
        if (!entry.startsWith("XDG_") && !entry.startsWith("ALLIUM_") &&
            !entry.startsWith("LC_ALL="))
            environmentStorage.append(entry);
    }
    environmentStorage.append("ALLIUM_API_KEY=sk-bench");
    environmentStorage.append("LC_ALL=C.UTF-8");
    environmentStorage.append("XDG_DATA_HOME=" +
                              QFile::encodeName(home.filePath(QStringLiteral("data"))));
    environmentStorage.append("XDG_CONFIG_HOME=" +
                              QFile::encodeName(home.filePath(QStringLiteral("config"))));
    std::vector<char *> environment;
    for (QByteArray &entry : environmentStorage)
        environment.push_back(entry.data());
    environment.push_back(nullptr);

    QList<Command> commands{
        {QStringLiteral("curl -s URL"), {curl, QStringLiteral("-s"), endpoint}, {}, {}},
    };
    QStringList alliums{sibling(QStringLiteral("allium-usage"))};
    alliums += others;
    for (const QString &allium : alliums) {
        const QString tag =
            allium == alliums.constFirst() ? QString() : QStringLiteral(" [%1]").arg(allium);
        commands.append({QStringLiteral("--once --format csv") + tag,
                         {allium, QStringLiteral("--once"), QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--base-url"), url},
                         {},
                         {}});
        commands.append(
            {QStringLiteral("--once --format csv --no-history") + tag,
             {allium, QStringLiteral("--once"), QStringLiteral("--format"), QStringLiteral("csv"),
              QStringLiteral("--no-history"), QStringLiteral("--base-url"), url},
             {},
             {}});
        commands.append(
            {QStringLiteral("--version") + tag, {allium, QStringLiteral("--version")}, {}, {}});
    }
    commands.append({QStringLiteral("empty program, QtCore only"),
                     {sibling(QStringLiteral("allium-bench-empty-qtcore"))},
                     {},
                     {}});
    commands.append({QStringLiteral("empty program, Core Network Sql + QtKeychain, QtDBus"),
                     {sibling(QStringLiteral("allium-bench-empty-headless"))},
                     {},
                     {}});
    commands.append({QStringLiteral("empty program, Core Network Sql (allium-usage's)"),
                     {sibling(QStringLiteral("allium-bench-empty-no-keychain"))},
                     {},
                     {}});

    // Every command must work before it is timed; the first round is a warm-up.
    for (Command &command : commands) {
        const Run run = runOnce(command.arguments, environment.data());
        if (run.status != 0) {
            out << "FAILED (exit " << run.status
                << "): " << command.arguments.join(QLatin1Char(' ')) << '\n';
            return 1;
        }
    }
    for (int round = 0; round < runs; ++round) {
        for (Command &command : commands) {
            const Run run = runOnce(command.arguments, environment.data());
            command.wallMs.append(run.wallMs);
            command.cpuMs.append(run.cpuMs);
        }
    }
    api.quit();
    api.wait();

    const double curlWall = median(commands.constFirst().wallMs);
    const double curlCpu = median(commands.constFirst().cpuMs);
    const Command &emptyQtCore = commands.at(commands.size() - 3);
    const double emptyWall = median(emptyQtCore.wallMs);
    const double emptyCpu = median(emptyQtCore.cpuMs);
    out << "Medians of " << runs << " interleaved runs each (wall ms / CPU ms, user+system)\n\n";
    out << QStringLiteral("%1 %2 %3  %4\n")
               .arg(QStringLiteral("command"), -52)
               .arg(QStringLiteral("wall"), 8)
               .arg(QStringLiteral("CPU"), 8)
               .arg(QStringLiteral("ratio (wall / CPU) to its baseline"));
    for (const Command &command : commands) {
        const double wall = median(command.wallMs);
        const double cpu = median(command.cpuMs);
        QString ratio;
        if (command.name.startsWith(QLatin1String("--once")))
            ratio = QStringLiteral("%1x / %2x curl")
                        .arg(wall / curlWall, 0, 'f', 2)
                        .arg(cpu / curlCpu, 0, 'f', 2);
        else if (command.name.startsWith(QLatin1String("--version")) ||
                 command.name.startsWith(QLatin1String("empty program, Core")))
            ratio = QStringLiteral("%1x / %2x empty QtCore")
                        .arg(wall / emptyWall, 0, 'f', 2)
                        .arg(cpu / emptyCpu, 0, 'f', 2);
        out << QStringLiteral("%1 %2 %3  %4\n")
                   .arg(command.name, -52)
                   .arg(wall, 8, 'f', 2)
                   .arg(cpu, 8, 'f', 2)
                   .arg(ratio);
    }
    out << "\nGoal: --once --format csv within 1.5x of curl -s.\n";
    return 0;
}
