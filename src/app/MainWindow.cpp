#include "app/MainWindow.h"

#include "ui_MainWindow.h"

#include "app/dashboard/OrganizationDashboard.h"
#include "app/dashboard/UnitDetailPanel.h"
#include "app/files/SnapshotActions.h"
#include "app/organizations/OrganizationsOverview.h"
#include "app/theme/ActionIcons.h"
#include "app/theme/LevelColors.h"
#include "app/widgets/TextLabel.h"
#include "core/Clock.h"
#include "core/reading/CurrentReading.h"
#include "core/reading/ReadingText.h"
#include "core/settings/AppSettings.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace {

constexpr int timeTextIntervalMs = 15'000;
const auto geometryKey = QStringLiteral("MainWindow/geometry");
const auto stateKey = QStringLiteral("MainWindow/state");
// What the window would like at first, in device-independent pixels; never more than the screen
// has room for (1920 x 1080 at 200 % is 960 x 540 of them, less the panels).
const QSize preferredSize(1060, 780);
const QSize smallestSize(360, 400);

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
    , m_dashboard(new OrganizationDashboard(reading, settings, clock))
    , m_clockTimer(new QTimer(this))
    , m_freshnessLabel(new TextLabel(this))
    , m_scheduleLabel(new TextLabel(this))
    , m_busyIndicator(new QProgressBar(this)) {
    m_ui->setupUi(this);
    m_actions = new SnapshotActions(reading, m_dashboard->text(), m_clock, this, statusBar());
    m_ui->pages->addWidget(m_dashboard);
    m_noTrayNote = createNoTrayNote();
    m_ui->centralLayout->insertWidget(0, m_noTrayNote);
    m_ui->fileMenu->insertAction(m_ui->copySummaryAction,
                                 m_dashboard->detailPanel()->exportHistoryAction());

    m_busyIndicator->setRange(0, 0); // indeterminate: we cannot know how long a request takes
    m_busyIndicator->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setAccessibleName(tr("Refreshing"));
    // Its room is kept while it is hidden: coming and going at every refresh, it would lay the
    // window out anew twice a refresh, and resize and repaint the detail chart each time.
    QSizePolicy busyPolicy = m_busyIndicator->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyIndicator->setSizePolicy(busyPolicy);
    m_busyIndicator->hide();
    // One label says how fresh the figures are (never "Updated just now" beside "Stale"), one
    // what happens next (the next refresh, or a quiet retry).
    m_freshnessLabel->setObjectName(QStringLiteral("freshnessLabel"));
    m_scheduleLabel->setObjectName(QStringLiteral("scheduleLabel"));
    // A narrow window wraps the status rather than cutting it off.
    m_freshnessLabel->setWordWrap(true);
    m_freshnessLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    statusBar()->addWidget(m_freshnessLabel, 1);
    statusBar()->addPermanentWidget(m_scheduleLabel);
    statusBar()->addPermanentWidget(m_busyIndicator);

    // The actions live in the form; the window only wires them.
    // On the overview they act on every organization; on a dashboard, on the one shown.
    connect(m_ui->overviewAction, &QAction::triggered, this, &MainWindow::overviewRequested);
    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        if (isShowingOverview())
            emit refreshAllRequested();
        else
            m_reading->refreshNow();
    });
    connect(m_ui->exportAction, &QAction::triggered, this, [this] {
        if (isShowingOverview() && m_exportAllAction)
            m_exportAllAction->trigger();
        else
            m_actions->exportWithDialog();
    });
    connect(m_ui->copySummaryAction, &QAction::triggered, this, [this] {
        if (isShowingOverview())
            m_actions->copyText(m_overview->overview().summary());
        else
            m_actions->copySummary();
    });
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    // The usual Preferences shortcut, unless the form already gave Settings one.
    if (m_ui->settingsAction->shortcut().isEmpty())
        m_ui->settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    for (QAction *action : {m_ui->overviewAction, m_ui->refreshAction, m_ui->exportAction,
                            m_ui->copySummaryAction, m_ui->settingsAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(tr("%1 (%2)").arg(
            action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    updateIcons();

    connect(m_dashboard, &OrganizationDashboard::settingsRequested, this,
            &MainWindow::settingsRequested);
    connect(m_dashboard, &OrganizationDashboard::demoRequested, this, &MainWindow::demoRequested);
    connect(m_reading, &CurrentReading::changed, this, &MainWindow::showState);

    // Ticks only while the window is shown (see showEvent and hideEvent).
    m_clockTimer->setObjectName(QStringLiteral("timeTextTimer"));
    m_clockTimer->setInterval(timeTextIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::refreshTimeTexts);

    showState();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setOrganizationName(const QString &name) {
    m_organizationName = name;
    m_actions->setOrganizationName(name);
    showState();
}

void MainWindow::addExportAction(QAction *action) {
    // After the snapshot's and the history's exports, before Copy summary.
    m_ui->fileMenu->insertAction(m_ui->copySummaryAction, action);
    m_exportAllAction = action;
    connect(action, &QAction::changed, this, &MainWindow::updateActions);
}

void MainWindow::setOverview(OrganizationsOverview *overview) {
    m_overview = overview;
    // Among the pages only once it is first shown: a stack of pages asks every page for its size,
    // and the overview's would load its fonts and lay out its words for a first frame that shows
    // one organization. Owned and hidden until then.
    overview->setParent(this);
    overview->hide();
    // Its countdowns move on with the clock, as the dashboard's do (it ignores ticks while hidden).
    connect(m_clockTimer, &QTimer::timeout, overview, &OrganizationsOverview::refresh);
    showState();
}

void MainWindow::setOverviewState(bool available, bool shown) {
    m_ui->overviewAction->setVisible(available);
    m_overviewShown = available && shown;
    showState();
}

bool MainWindow::isShowingOverview() const {
    return m_overview && m_ui->pages->currentWidget() == m_overview;
}

QAction *MainWindow::overviewAction() const {
    return m_ui->overviewAction;
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

UnitDetailPanel *MainWindow::detailPanel() const {
    return m_dashboard->detailPanel();
}

void MainWindow::setReading(CurrentReading &reading) {
    if (&reading == m_reading)
        return;
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    connect(m_reading, &CurrentReading::changed, this, &MainWindow::showState);
    m_actions->setReading(reading);
    m_dashboard->setReading(reading);
    showState();
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
    m_dashboard->setLookingForKey(looking);
    showPage();
}

void MainWindow::setNoTrayNoteVisible(bool visible) {
    m_noTrayNote->setVisible(visible && !m_settings.noTrayExplained());
}

bool MainWindow::isShowingDashboard() const {
    return m_ui->pages->currentWidget() == m_dashboard && m_dashboard->isShowingFigures();
}

void MainWindow::showState() {
    const ReadingState &state = m_reading->state();
    showPage();
    const QString title = state.demo ? tr("Allium Usage — Demo data") : tr("Allium Usage");
    //: The window's title with several organizations: %1 the organization, %2 the app's title
    setWindowTitle(m_organizationName.isEmpty() || isShowingOverview()
                       ? title
                       : tr("%1 — %2").arg(m_organizationName, title));
    // On the overview each card says how fresh its figures are; the bar speaks of one reading.
    m_busyIndicator->setVisible(state.busy && !isShowingOverview());
    updateActions();
    refreshTimeTexts();
}

void MainWindow::showPage() {
    const ReadingState &state = m_reading->state();
    const bool welcome = !state.snapshot && !state.hasSource && m_welcomeWidget && !m_lookingForKey;
    QWidget *page = m_dashboard;
    if (m_overview && m_overviewShown) {
        page = m_overview;
        if (m_ui->pages->indexOf(m_overview) < 0)
            m_ui->pages->addWidget(m_overview);
    } else if (welcome) {
        page = m_welcomeWidget;
    }
    m_ui->pages->setCurrentWidget(page);
    m_ui->overviewAction->setEnabled(page != m_overview);
}

void MainWindow::refreshTimeTexts() {
    const ReadingState &state = m_reading->state();
    const ReadingText &text = m_dashboard->text();
    const bool overview = isShowingOverview();
    m_freshnessLabel->setText(overview ? QString() : text.freshness(state));
    setTextColor(m_freshnessLabel,
                 state.isStale()
                     ? std::optional<QColor>(LevelColors::textFor(UsageLevel::Critical, palette()))
                     : std::nullopt);
    m_scheduleLabel->setText(overview ? QString() : text.schedule(state));
    m_dashboard->refreshTimeTexts();
    // Seconds are shown in the last minutes before a refresh: tick every second then.
    const bool soon =
        state.nextRefreshAt.isValid() && m_clock.now().secsTo(state.nextRefreshAt) < 120;
    m_clockTimer->setInterval(soon ? 1000 : timeTextIntervalMs);
}

void MainWindow::updateActions() {
    // Without a source (the welcome view) a refresh can only fail; while one runs, a second would
    // only queue behind it.
    const ReadingState &state = m_reading->state();
    const bool overview = isShowingOverview();
    m_ui->refreshAction->setEnabled(overview || state.canRefresh());
    m_ui->exportAction->setEnabled(overview ? m_exportAllAction && m_exportAllAction->isEnabled()
                                            : state.hasSnapshot());
    m_ui->copySummaryAction->setEnabled(overview || state.hasSnapshot());
}

void MainWindow::updateIcons() {
    // The theme's icons where the desktop has them, drawn ones in the palette's colours otherwise.
    const QPalette &pal = palette();
    m_ui->overviewAction->setIcon(ActionIcons::icon(ActionIcons::Action::Overview, pal));
    m_ui->refreshAction->setIcon(ActionIcons::icon(ActionIcons::Action::Refresh, pal));
    m_ui->exportAction->setIcon(ActionIcons::icon(ActionIcons::Action::Export, pal));
    m_ui->copySummaryAction->setIcon(ActionIcons::icon(ActionIcons::Action::Copy, pal));
    m_ui->settingsAction->setIcon(ActionIcons::icon(ActionIcons::Action::Settings, pal));
    m_ui->aboutAction->setIcon(ActionIcons::icon(ActionIcons::Action::About, pal));
    m_ui->quitAction->setIcon(ActionIcons::icon(ActionIcons::Action::Quit, pal));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event) {
    saveWindowState();
    // Nothing on screen to keep up to date: no ticking while hidden.
    m_clockTimer->stop();
    QMainWindow::hideEvent(event);
}

void MainWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    refreshTimeTexts();
    m_clockTimer->start();
}

void MainWindow::resizeEvent(QResizeEvent *event) {
    QMainWindow::resizeEvent(event);
    // A narrow window keeps the toolbar's icons and drops their words (the tooltips keep them).
    m_ui->toolBar->setToolButtonStyle(width() < 700 ? Qt::ToolButtonIconOnly
                                                    : Qt::ToolButtonTextBesideIcon);
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QMainWindow::changeEvent(event);
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

void MainWindow::showUnit(const QString &unitKey) {
    m_dashboard->selectUnit(unitKey);
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
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    const QScreen *screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
    setMinimumSize(smallestSize.boundedTo(available.size()));
    restoreState(settings.value(stateKey).toByteArray());
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // The first start: as much as fits, centred on the screen.
        const QSize size = preferredSize.boundedTo(available.size() * 0.92);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        return;
    }
    // A size saved on a larger screen never reaches past this one.
    if (!available.contains(frameGeometry())) {
        resize(size().boundedTo(available.size() * 0.95));
        move(std::clamp(x(), available.left(),
                        std::max(available.left(), available.right() - width())),
             std::clamp(y(), available.top(),
                        std::max(available.top(), available.bottom() - height())));
    }
}

QWidget *MainWindow::createNoTrayNote() {
    auto *note = new QFrame(this);
    note->setObjectName(QStringLiteral("noTrayNote"));
    note->setFrameShape(QFrame::StyledPanel);
    note->setAccessibleName(tr("No system tray"));
    auto *text = new TextLabel(
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
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, LevelColors::tint(tinted.color(QPalette::Highlight), tinted));
    note->setPalette(tinted);
    note->setAutoFillBackground(true);
    note->hide();
    return note;
}
