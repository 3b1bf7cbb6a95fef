#include "app/MainWindow.h"

#include "ui_MainWindow.h"

#include "app/HistoryTrendPanel.h"
#include "app/LevelColors.h"
#include "core/Clock.h"
#include "core/api/UsageService.h"
#include "core/display/DashboardText.h"
#include "core/display/UsageTableModel.h"
#include "core/history/UsageHistory.h"
#include "core/output/CsvSnapshotWriter.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHideEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace {

constexpr int timeTextIntervalMs = 15'000;
const auto geometryKey = QStringLiteral("MainWindow/geometry");
const auto stateKey = QStringLiteral("MainWindow/state");
const auto splitterKey = QStringLiteral("MainWindow/chartsSplitter");

// A banner background: the window colour with a little of the accent mixed in, readable in both
// light and dark themes because the text keeps the palette's own colour.
void tint(QWidget *banner, const QColor &accent) {
    QPalette palette = banner->palette();
    const QColor window = banner->palette().color(QPalette::Window);
    const qreal mix = 0.18;
    palette.setColor(QPalette::Window,
                     QColor::fromRgbF(window.redF() * (1 - mix) + accent.redF() * mix,
                                      window.greenF() * (1 - mix) + accent.greenF() * mix,
                                      window.blueF() * (1 - mix) + accent.blueF() * mix));
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
}

bool needsSettings(UsageErrorKind kind) {
    return kind == UsageErrorKind::Unauthorized || kind == UsageErrorKind::Forbidden ||
           kind == UsageErrorKind::Configuration;
}

} // namespace

MainWindow::MainWindow(UsageService &service, UsageHistory &history, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_service(service)
    , m_history(history)
    , m_clock(clock)
    , m_text(std::make_unique<DashboardText>(clock))
    , m_model(new UsageTableModel(this))
    , m_clockTimer(new QTimer(this))
    , m_updatedLabel(new QLabel(this))
    , m_nextRefreshLabel(new QLabel(this))
    , m_staleLabel(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_trendPanel(new HistoryTrendPanel(history)) {
    m_ui->setupUi(this);

    QFont cadenceFont = m_ui->cadenceLabel->font();
    cadenceFont.setBold(true);
    cadenceFont.setPointSizeF(cadenceFont.pointSizeF() * 1.25);
    m_ui->cadenceLabel->setFont(cadenceFont);
    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_ui->emptyTitle->setFont(titleFont);

    m_ui->barsView->setModel(m_model);
    m_ui->percentChart->setModel(m_model);
    // Over time, beside "as percent of allocation": one place for each way of looking.
    m_ui->chartsSplitter->addWidget(m_trendPanel);
    m_ui->fileMenu->insertAction(m_ui->copySummaryAction, m_trendPanel->exportHistoryAction());
    // The percent chart has a column per unit; the over-time chart a month of readings and two
    // pickers above it: it gets the larger share. Sizes are proportions until the first layout.
    m_ui->chartsSplitter->setStretchFactor(0, 2);
    m_ui->chartsSplitter->setStretchFactor(1, 3);
    m_ui->chartsSplitter->setSizes({2000, 3000});

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_ui->errorIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    tint(m_ui->errorBanner, LevelColors::forLevel(UsageLevel::Critical, palette()));
    tint(m_ui->demoBanner, palette().color(QPalette::Highlight));
    m_ui->errorBanner->hide();
    m_ui->demoBanner->hide();

    m_busyIndicator->setRange(0, 0); // indeterminate: we cannot know how long a request takes
    m_busyIndicator->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Refreshing"));
    m_busyIndicator->hide();
    m_staleLabel->setObjectName(QStringLiteral("staleLabel"));
    m_staleLabel->hide();
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_nextRefreshLabel->setObjectName(QStringLiteral("nextRefreshLabel"));
    statusBar()->addWidget(m_staleLabel);
    statusBar()->addWidget(m_updatedLabel);
    statusBar()->addPermanentWidget(m_nextRefreshLabel);
    statusBar()->addPermanentWidget(m_busyIndicator);

    // The actions live in the form; the window only wires them.
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] { m_service.refreshNow(); });
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);
    connect(m_ui->copySummaryAction, &QAction::triggered, this, &MainWindow::copySummary);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    const auto shortcutOnly = [](QAction *action) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(
            action->shortcut().isEmpty()
                ? action->toolTip()
                : tr("%1 (%2)").arg(action->toolTip(),
                                    action->shortcut().toString(QKeySequence::NativeText)));
    };
    for (QAction *action : {m_ui->refreshAction, m_ui->exportAction, m_ui->copySummaryAction})
        shortcutOnly(action);

    connect(m_ui->errorSettingsButton, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    connect(m_ui->errorRetryButton, &QPushButton::clicked, this,
            [this] { m_service.refreshNow(); });
    connect(m_ui->errorDismissButton, &QToolButton::clicked, this, &MainWindow::hideErrorBanner);
    connect(m_ui->emptyDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);

    connect(&m_service, &UsageService::snapshotReceived, this,
            [this](const UsageSnapshot &snapshot) { showSnapshot(snapshot); });
    connect(&m_service, &UsageService::refreshFailed, this, &MainWindow::showError);
    connect(&m_service, &UsageService::busyChanged, this, &MainWindow::showBusy);
    connect(&m_service, &UsageService::nextRefreshChanged, this, &MainWindow::refreshTimeTexts);

    m_clockTimer->setInterval(timeTextIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::refreshTimeTexts);
    m_clockTimer->start();

    setEmptyState(tr("Fetching usage…"),
                  tr("The dashboard appears as soon as the first reading arrives."), false);
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
    showBusy(m_service.isBusy());
    updateActions();
    updateWindowTitle();
    refreshTimeTexts();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QAction *MainWindow::refreshAction() const {
    return m_ui->refreshAction;
}

QAction *MainWindow::exportAction() const {
    return m_ui->exportAction;
}

QAction *MainWindow::copySummaryAction() const {
    return m_ui->copySummaryAction;
}

QAction *MainWindow::settingsAction() const {
    return m_ui->settingsAction;
}

QAction *MainWindow::aboutAction() const {
    return m_ui->aboutAction;
}

QAction *MainWindow::quitAction() const {
    return m_ui->quitAction;
}

void MainWindow::setThresholds(const UsageThresholds &thresholds) {
    m_model->setThresholds(thresholds);
}

void MainWindow::setDemoMode(bool demo) {
    m_demo = demo;
    m_ui->demoBanner->setVisible(demo);
    updateWindowTitle();
}

void MainWindow::setEmptyState(const QString &title, const QString &text, bool offerDemo) {
    m_ui->emptyTitle->setText(title);
    m_ui->emptyText->setText(text);
    m_ui->emptyDemoButton->setVisible(offerDemo);
    // Said when the key went away or the address was refused: Refresh follows.
    updateActions();
}

void MainWindow::setEmptyStateWidget(QWidget *widget) {
    if (m_emptyWidget) {
        m_ui->pages->removeWidget(m_emptyWidget);
        m_emptyWidget->deleteLater();
    }
    m_emptyWidget = widget;
    if (widget)
        m_ui->pages->addWidget(widget);
    if (!m_snapshot)
        m_ui->pages->setCurrentWidget(widget ? widget : m_ui->emptyPage);
    updateActions();
}

bool MainWindow::isShowingDashboard() const {
    return m_ui->pages->currentWidget() == m_ui->dashboardPage;
}

bool MainWindow::exportSnapshotTo(const QString &path, QString *error) {
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_snapshot)
        return fail(tr("There is no snapshot to export yet."));
    // Atomic and checked: a full disk or a crash never leaves half a file or replaces a good one.
    return CsvSnapshotWriter::writeFile(path, {*m_snapshot}, error);
}

QString MainWindow::summaryText() const {
    if (!m_snapshot)
        return {};
    QString text = m_text->summary(*m_snapshot);
    if (m_stale && m_error)
        text += tr("Stale: the last refresh failed (%1)\n").arg(m_error->message);
    else if (m_stale)
        text += tr("Stale: a recorded reading, not refreshed yet\n");
    if (m_demo)
        text.prepend(tr("Demo data, not a real organization's usage\n"));
    return text;
}

QString MainWindow::proposedExportFileName() const {
    const QDate today = m_clock.now().toLocalTime().date();
    return QStringLiteral("allium-usage-%1.csv").arg(today.toString(Qt::ISODate));
}

QString MainWindow::overTimeUnitKey() const {
    return m_trendPanel->unitKey();
}

void MainWindow::showSnapshot(const UsageSnapshot &snapshot, bool stale) {
    m_snapshot = snapshot;
    m_stale = stale;
    if (!stale) {
        m_error.reset();
        hideErrorBanner();
        m_history.record(snapshot);
    }
    m_model->setSnapshot(snapshot);
    m_ui->pages->setCurrentWidget(m_ui->dashboardPage);
    updateHeader();
    updateActions();
    refreshTimeTexts();
}

void MainWindow::showError(const UsageError &error) {
    m_error = error;
    m_stale = m_snapshot.has_value();
    m_ui->errorMessage->setText(error.message);
    m_ui->errorSettingsButton->setVisible(needsSettings(error.kind));
    m_ui->errorRetryButton->setVisible(!needsSettings(error.kind));
    m_ui->errorBanner->show();
    if (!m_snapshot) {
        setEmptyState(tr("No usage data yet"),
                      tr("The first refresh failed. The message above says what to do."), !m_demo);
    }
    refreshTimeTexts();
}

void MainWindow::showBusy(bool busy) {
    m_busyIndicator->setVisible(busy);
    updateActions();
}

void MainWindow::hideErrorBanner() {
    m_ui->errorBanner->hide();
}

void MainWindow::refreshTimeTexts() {
    // The service says nothing when its key changes, but polling starts with a new next refresh,
    // which lands here.
    updateActions();
    if (m_snapshot) {
        m_updatedLabel->setText(m_text->updatedAgo(m_snapshot->receivedAt));
        m_ui->countdownLabel->setText(m_text->resetCountdown(*m_snapshot));
    } else {
        m_updatedLabel->setText(tr("No data yet"));
    }
    m_staleLabel->setVisible(m_stale);
    if (m_stale && m_snapshot) {
        m_staleLabel->setText(tr("Stale: showing the reading of %1")
                                  .arg(m_text->dateAndTime(m_snapshot->receivedAt)));
        QPalette stalePalette = m_staleLabel->palette();
        stalePalette.setColor(QPalette::WindowText,
                              LevelColors::forLevel(UsageLevel::Critical, palette()));
        m_staleLabel->setPalette(stalePalette);
    }
    const QDateTime nextRefresh = m_service.nextRefreshAt();
    m_nextRefreshLabel->setText(m_text->nextRefresh(nextRefresh));
    // Seconds are shown in the last minutes before a refresh: tick every second then.
    const bool soon = nextRefresh.isValid() && m_clock.now().secsTo(nextRefresh) < 120;
    m_clockTimer->setInterval(soon ? 1000 : timeTextIntervalMs);

    if (m_error) {
        QString advice = m_error->advice();
        if (m_error->kind == UsageErrorKind::RateLimited || m_error->isTransient()) {
            const QString next = m_text->nextRefresh(nextRefresh);
            if (!next.isEmpty())
                advice = tr("%1 %2.").arg(advice, next);
        }
        m_ui->errorAdvice->setText(advice);
        m_ui->errorAdvice->setVisible(!advice.isEmpty());
    }
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event) {
    saveWindowState();
    QMainWindow::hideEvent(event);
}

void MainWindow::updateHeader() {
    if (!m_snapshot)
        return;
    m_ui->cadenceLabel->setText(m_text->cadence(*m_snapshot));
    QStringList periods{m_text->billingPeriod(*m_snapshot)};
    const QString allocation = m_text->allocationPeriod(*m_snapshot);
    if (!allocation.isEmpty())
        periods << allocation;
    m_ui->periodsLabel->setText(periods.join(QStringLiteral("   ·   ")));
}

void MainWindow::updateActions() {
    // Without a key (the welcome view) a refresh can only fail; while one runs, a second would
    // only queue behind it.
    const bool canRefresh = m_service.hasApiKey() && !m_service.isBusy();
    m_ui->refreshAction->setEnabled(canRefresh);
    m_ui->errorRetryButton->setEnabled(canRefresh);
    m_ui->exportAction->setEnabled(m_snapshot.has_value());
    m_ui->copySummaryAction->setEnabled(m_snapshot.has_value());
}

void MainWindow::updateWindowTitle() {
    setWindowTitle(m_demo ? tr("Allium Usage — Demo data") : tr("Allium Usage"));
}

void MainWindow::exportWithDialog() {
    if (!m_snapshot)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export snapshot to CSV"), QDir(folder).filePath(proposedExportFileName()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportSnapshotTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::copySummary() {
    const QString text = summaryText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Summary copied"), 3000);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Allium Usage"),
        tr("<h3>Allium Usage %1</h3>"
           "<p>Shows how much of your organization's Allium API allocation is used, and when it "
           "resets.</p><p>Figures come from the organization usage endpoint of the Allium API.</p>")
            .arg(QStringLiteral(ALLIUM_VERSION)));
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_ui->chartsSplitter->saveState());
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
    m_ui->chartsSplitter->restoreState(settings.value(splitterKey).toByteArray());
}
