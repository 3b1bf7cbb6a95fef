#include "app/MainWindow.h"

#include "ui_MainWindow.h"

#include "app/HistoryTrendPanel.h"
#include "app/LevelColors.h"
#include "app/SnapshotActions.h"
#include "core/Clock.h"
#include "core/display/UsageTableModel.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"
#include "core/settings/AppSettings.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

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

void setTextColor(QLabel *label, const std::optional<QColor> &color) {
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     color.value_or(label->parentWidget()->palette().color(QPalette::WindowText)));
    label->setPalette(palette);
}

} // namespace

MainWindow::MainWindow(CurrentReading &reading, AppSettings &settings, const Clock &clock,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_reading(&reading)
    , m_settings(settings)
    , m_clock(clock)
    , m_text(std::make_unique<ReadingText>(clock))
    , m_model(new UsageTableModel(this))
    , m_clockTimer(new QTimer(this))
    , m_freshnessLabel(new QLabel(this))
    , m_scheduleLabel(new QLabel(this))
    , m_busyIndicator(new QProgressBar(this))
    , m_trendPanel(new HistoryTrendPanel(reading)) {
    m_ui->setupUi(this);
    m_actions = new SnapshotActions(*m_reading, *m_text, m_clock, this, statusBar());

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
    m_noTrayNote = createNoTrayNote();
    m_ui->centralLayout->insertWidget(0, m_noTrayNote);

    m_busyIndicator->setRange(0, 0); // indeterminate: we cannot know how long a request takes
    m_busyIndicator->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Refreshing"));
    m_busyIndicator->hide();
    // One label says how fresh the figures are (never "Updated just now" beside "Stale"), one
    // what happens next (the next refresh, or a quiet retry).
    m_freshnessLabel->setObjectName(QStringLiteral("freshnessLabel"));
    m_scheduleLabel->setObjectName(QStringLiteral("scheduleLabel"));
    statusBar()->addWidget(m_freshnessLabel);
    statusBar()->addPermanentWidget(m_scheduleLabel);
    statusBar()->addPermanentWidget(m_busyIndicator);

    // The actions live in the form; the window only wires them.
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] { m_reading->refreshNow(); });
    connect(m_ui->exportAction, &QAction::triggered, m_actions, &SnapshotActions::exportWithDialog);
    connect(m_ui->copySummaryAction, &QAction::triggered, m_actions, &SnapshotActions::copySummary);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    // The usual Preferences shortcut, unless the form already gave Settings one.
    if (m_ui->settingsAction->shortcut().isEmpty())
        m_ui->settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    for (QAction *action : {m_ui->refreshAction, m_ui->exportAction, m_ui->copySummaryAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(
            action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }

    connect(m_ui->errorSettingsButton, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    connect(m_ui->errorRetryButton, &QPushButton::clicked, this,
            [this] { m_reading->refreshNow(); });
    connect(m_ui->errorDismissButton, &QToolButton::clicked, this, [this] {
        const ReadingState &state = m_reading->state();
        if (state.error)
            m_dismissedError = std::make_pair(state.error->kind, state.error->message);
        m_ui->errorBanner->hide();
    });
    connect(m_ui->emptyDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);

    connect(m_reading, &CurrentReading::changed, this, &MainWindow::showState);
    connect(&m_settings, &AppSettings::changed, this,
            [this] { m_model->setThresholds(m_settings.thresholds()); });
    m_model->setThresholds(m_settings.thresholds());

    m_clockTimer->setInterval(timeTextIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::refreshTimeTexts);
    m_clockTimer->start();

    showState();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setReading(CurrentReading &reading) {
    if (&reading == m_reading)
        return;
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    connect(m_reading, &CurrentReading::changed, this, &MainWindow::showState);
    m_trendPanel->setReading(reading);
    m_actions->setReading(reading);
    m_dismissedError.reset();
    showState();
}

void MainWindow::setOrganizationName(const QString &name) {
    m_organizationName = name;
    m_actions->setOrganizationName(name);
    showState();
}

void MainWindow::addExportAction(QAction *action) {
    m_ui->fileMenu->insertAction(m_trendPanel->exportHistoryAction(), action);
}

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

void MainWindow::setWelcomeWidget(QWidget *widget) {
    if (m_welcomeWidget) {
        m_ui->pages->removeWidget(m_welcomeWidget);
        m_welcomeWidget->deleteLater();
    }
    m_welcomeWidget = widget;
    if (widget)
        m_ui->pages->addWidget(widget);
    showPage();
}

void MainWindow::setLookingForKey(bool looking) {
    m_lookingForKey = looking;
    showPage();
}

void MainWindow::setNoTrayNoteVisible(bool visible) {
    m_noTrayNote->setVisible(visible && !m_settings.noTrayExplained());
}

bool MainWindow::isShowingDashboard() const {
    return m_ui->pages->currentWidget() == m_ui->dashboardPage;
}

void MainWindow::showState() {
    const ReadingState &state = m_reading->state();
    if (state.snapshot)
        m_model->setSnapshot(*state.snapshot);
    else
        m_model->clear();
    m_ui->demoBanner->setVisible(state.demo);
    const QString title = state.demo ? tr("Allium Usage — Demo data") : tr("Allium Usage");
    setWindowTitle(m_organizationName.isEmpty() ? title
                                                : tr("%1 — %2").arg(m_organizationName, title));
    m_busyIndicator->setVisible(state.busy);
    if (!state.error)
        m_dismissedError.reset();
    showPage();
    showHeader();
    showBanner();
    updateActions();
    refreshTimeTexts();
}

void MainWindow::showPage() {
    const ReadingState &state = m_reading->state();
    if (state.snapshot) {
        m_ui->pages->setCurrentWidget(m_ui->dashboardPage);
        return;
    }
    if (!state.hasSource && m_welcomeWidget && !m_lookingForKey) {
        m_ui->pages->setCurrentWidget(m_welcomeWidget);
        return;
    }
    if (!state.hasSource && m_lookingForKey) {
        m_ui->emptyTitle->setText(tr("Looking for the API key…"));
        m_ui->emptyText->setText(
            tr("Asking the system keychain for the key; this can take a moment."));
    } else {
        m_ui->emptyTitle->setText(m_text->emptyTitle(state));
        m_ui->emptyText->setText(m_text->emptyText(state));
    }
    // Demo data is offered wherever real figures cannot come yet.
    m_ui->emptyDemoButton->setVisible(!state.demo && !m_lookingForKey &&
                                      (!state.hasSource || ReadingText::showsBanner(state)));
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

void MainWindow::showHeader() {
    const ReadingState &state = m_reading->state();
    if (!state.snapshot)
        return;
    const DashboardText &text = m_text->dashboard();
    m_ui->cadenceLabel->setText(text.cadence(*state.snapshot));
    QStringList periods{text.billingPeriod(*state.snapshot)};
    const QString allocation = text.allocationPeriod(*state.snapshot);
    if (!allocation.isEmpty())
        periods << allocation;
    m_ui->periodsLabel->setText(periods.join(QStringLiteral("   ·   ")));
    // An ended period is the one thing in the header that must not be missed.
    QFont font = m_ui->countdownLabel->font();
    font.setBold(state.periodEnded);
    m_ui->countdownLabel->setFont(font);
    setTextColor(m_ui->countdownLabel,
                 state.periodEnded
                     ? std::optional<QColor>(LevelColors::forLevel(UsageLevel::Warning, palette()))
                     : std::nullopt);
}

void MainWindow::showBanner() {
    const ReadingState &state = m_reading->state();
    const bool dismissed =
        m_dismissedError && state.error &&
        *m_dismissedError == std::make_pair(state.error->kind, state.error->message);
    if (!ReadingText::showsBanner(state) || dismissed) {
        m_ui->errorBanner->hide();
        return;
    }
    m_ui->errorMessage->setText(state.error->message);
    const ReadingText::BannerAction action = ReadingText::bannerAction(state);
    m_ui->errorSettingsButton->setVisible(action == ReadingText::BannerAction::OpenSettings);
    m_ui->errorRetryButton->setVisible(action == ReadingText::BannerAction::TryAgain);
    m_ui->errorBanner->show();
}

void MainWindow::refreshTimeTexts() {
    const ReadingState &state = m_reading->state();
    m_freshnessLabel->setText(m_text->freshness(state));
    setTextColor(m_freshnessLabel,
                 state.isStale()
                     ? std::optional<QColor>(LevelColors::forLevel(UsageLevel::Critical, palette()))
                     : std::nullopt);
    m_ui->countdownLabel->setText(m_text->periodNote(state));
    m_ui->countdownLabel->setVisible(!m_ui->countdownLabel->text().isEmpty());
    m_scheduleLabel->setText(m_text->schedule(state));
    const QString advice = m_text->bannerAdvice(state);
    m_ui->errorAdvice->setText(advice);
    m_ui->errorAdvice->setVisible(!advice.isEmpty());
    // Seconds are shown in the last minutes before a refresh: tick every second then.
    const bool soon =
        state.nextRefreshAt.isValid() && m_clock.now().secsTo(state.nextRefreshAt) < 120;
    m_clockTimer->setInterval(soon ? 1000 : timeTextIntervalMs);
}

void MainWindow::updateActions() {
    // Without a source (the welcome view) a refresh can only fail; while one runs, a second would
    // only queue behind it. Try again follows the same rule as Refresh.
    const ReadingState &state = m_reading->state();
    m_ui->refreshAction->setEnabled(state.canRefresh());
    m_ui->errorRetryButton->setEnabled(state.canRefresh());
    m_ui->exportAction->setEnabled(state.hasSnapshot());
    m_ui->copySummaryAction->setEnabled(state.hasSnapshot());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event) {
    saveWindowState();
    QMainWindow::hideEvent(event);
}

bool MainWindow::exportSnapshotTo(const QString &path, QString *error) {
    return m_actions->exportTo(path, error);
}

QString MainWindow::summaryText() const {
    return m_actions->summaryText();
}

QString MainWindow::proposedExportFileName() const {
    return m_actions->proposedFileName();
}

QString MainWindow::overTimeUnitKey() const {
    return m_trendPanel->unitKey();
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

QWidget *MainWindow::createNoTrayNote() {
    auto *note = new QFrame(this);
    note->setObjectName(QStringLiteral("noTrayNote"));
    note->setFrameShape(QFrame::StyledPanel);
    note->setAccessibleName(tr("No system tray"));
    auto *text = new QLabel(
        tr("No system tray shows the Allium Usage icon, so closing this window quits the app; "
           "threshold notifications appear as desktop notifications. The icon appears as soon as "
           "a tray does. On GNOME, the \"AppIndicator and KStatusNotifierItem Support\" extension "
           "adds one."),
        note);
    text->setWordWrap(true);
    auto *dismiss = new QToolButton(note);
    dismiss->setObjectName(QStringLiteral("noTrayDismissButton"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setToolTip(tr("Do not show this note again"));
    connect(dismiss, &QToolButton::clicked, this, [this, note] {
        m_settings.setNoTrayExplained(true);
        m_settings.sync();
        note->hide();
    });
    auto *layout = new QHBoxLayout(note);
    layout->addWidget(text, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    tint(note, palette().color(QPalette::Highlight));
    note->hide();
    return note;
}
