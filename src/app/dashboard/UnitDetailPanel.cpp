#include "app/dashboard/UnitDetailPanel.h"

#include "app/AfterFirstPaint.h"
#include "app/charts/DetailChartView.h"
#include "app/files/SaveFileChooser.h"
#include "app/widgets/TextLabel.h"
#include "core/display/DashboardText.h"
#include "core/history/HistoryStore.h"
#include "core/output/ExportFileName.h"
#include "core/reading/CurrentReading.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QVBoxLayout>

#include <algorithm>

UnitDetailPanel::UnitDetailPanel(CurrentReading &reading, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_reading(&reading)
    , m_text(std::make_unique<DashboardText>(clock))
    , m_title(new TextLabel(this))
    , m_periodPicker(new QComboBox(this))
    , m_statusLabel(new TextLabel(this))
    , m_chartPlace(new QWidget(this))
    , m_exportAction(new QAction(tr("Export &history…"), this)) {
    setObjectName(QStringLiteral("unitDetailPanel"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_periodPicker->setObjectName(QStringLiteral("periodPicker"));
    m_periodPicker->setAccessibleName(tr("Period shown over time"));
    // As wide as its longest name (see reload), without measuring every period's name: five
    // years of history are sixty of them.
    m_periodPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chartPlace->setMinimumHeight(DetailChartView::minimumHeightFor(fontMetrics()));
    m_statusLabel->setObjectName(QStringLiteral("historyStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_exportAction->setObjectName(QStringLiteral("exportHistoryAction"));
    m_exportAction->setToolTip(tr("Write a period's recorded readings as CSV"));

    auto *header = new QHBoxLayout;
    auto *periodLabel = new TextLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodPicker);
    header->addWidget(m_title, 1);
    header->addWidget(periodLabel);
    header->addWidget(m_periodPicker);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_chartPlace, 1);

    connect(m_periodPicker, &QComboBox::currentIndexChanged, this, &UnitDetailPanel::updateChart);
    connect(m_exportAction, &QAction::triggered, this, &UnitDetailPanel::exportWithDialog);
    setReading(reading);
}

UnitDetailPanel::~UnitDetailPanel() = default;

DetailChartView *UnitDetailPanel::chartView() {
    if (!m_chart) {
        m_chart = new DetailChartView(this);
        m_chart->setObjectName(QStringLiteral("detailChart"));
        m_chart->setAccessibleName(m_title->text());
        delete layout()->replaceWidget(m_chartPlace, m_chart);
        m_chart->show(); // made after its parent was shown, it is hidden until told
        delete m_chartPlace;
        m_chartPlace = nullptr;
        connect(m_chart, &DetailChartView::plotWidthChanged, this, &UnitDetailPanel::updateChart);
        // Its size now, so that the data is thinned to its width.
        layout()->invalidate();
        layout()->activate();
        updateChart();
    }
    return m_chart;
}

void UnitDetailPanel::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_chart) {
        AfterFirstPaint::run(*window(), [panel = QPointer<UnitDetailPanel>(this)] {
            if (panel)
                panel->chartView();
        });
    }
}

void UnitDetailPanel::setReading(CurrentReading &reading) {
    disconnect(m_reading, nullptr, this, nullptr);
    m_reading = &reading;
    // Only when the readings or the forecasts change, not at every busy flag or countdown tick.
    connect(m_reading, &CurrentReading::historyChanged, this, &UnitDetailPanel::reload);
    reload();
}

void UnitDetailPanel::setUnit(const QString &unitKey, const QString &label, UsageLevel level) {
    const bool changed = unitKey != m_unitKey || level != m_level || label != m_unitLabel;
    m_unitKey = unitKey;
    m_unitLabel = label;
    m_level = level;
    //: The detail chart's title: %1 a unit, e.g. "Developer units over time"
    m_title->setText(label.isEmpty() ? tr("Over time") : tr("%1 over time").arg(label));
    if (m_chart)
        m_chart->setAccessibleName(m_title->text());
    if (changed)
        updateChart();
}

QString UnitDetailPanel::title() const {
    return m_title->text();
}

void UnitDetailPanel::reload() {
    const QSignalBlocker blocker(m_periodPicker);
    const qint64 periodStart = m_periodPicker->currentData().toLongLong();
    const bool wasCurrent = m_periodPicker->currentIndex() <= 0;
    m_periodPicker->clear();
    const QList<HistoryPeriod> periods = m_reading->periods();
    qsizetype longest = 0;
    for (const HistoryPeriod &period : periods) {
        const QString name = m_text->period(period.start, period.end);
        longest = std::max(longest, name.size());
        m_periodPicker->addItem(name, period.start.toMSecsSinceEpoch());
    }
    // Counted in average characters; digits and capitals are wider, hence the two more.
    m_periodPicker->setMinimumContentsLength(int(longest) + 2);
    // The newest period follows new readings; an earlier one someone chose stays chosen.
    const int kept = m_periodPicker->findData(periodStart);
    m_periodPicker->setCurrentIndex(wasCurrent || kept < 0 ? 0 : kept);
    m_periodPicker->setEnabled(periods.size() > 1);

    m_exportAction->setEnabled(!periods.isEmpty());
    m_statusLabel->setVisible(!m_reading->isHistoryOpen() &&
                              !m_reading->historyProblem().isEmpty());
    m_statusLabel->setText(tr("History is off: %1").arg(m_reading->historyProblem()));
    updateChart();
}

void UnitDetailPanel::updateChart() {
    if (!m_chart)
        return; // filled in as it is made
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    if (row < 0 || row >= periods.size() || m_unitKey.isEmpty()) {
        m_chart->setData(TrendChartData(), m_level);
        m_chart->setMessage(tr("The trend appears after the first reading."));
        return;
    }
    const HistoryPeriod &period = periods.at(row);
    const ReadingState &state = m_reading->state();
    const bool current = state.snapshot && HistoryStore::periodOf(*state.snapshot) == period;
    const TrendChartData data =
        m_reading->chartData(m_unitKey, period, m_chart->pointsWanted()).asPercentOfAllocation();
    m_chart->setData(data, m_level);
    if (current && state.historyLoading)
        m_chart->setMessage(tr("Reading the recorded history…"));
    else if (data.consumption.isEmpty())
        m_chart->setMessage(tr("No readings of %1 in this period.").arg(m_unitLabel));
    else if (data.consumption.size() == 1)
        m_chart->setMessage(tr("One reading so far: the line and the forecast follow as "
                               "readings come in."));
    else
        m_chart->setMessage(QString());
}

bool UnitDetailPanel::exportPeriodTo(const QString &path, QString *error) {
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    if (row < 0 || row >= periods.size()) {
        if (error)
            *error = tr("There are no recorded readings to export.");
        return false;
    }
    return m_reading->exportPeriod(periods.at(row), path, error);
}

void UnitDetailPanel::exportWithDialog() {
    const QList<HistoryPeriod> periods = m_reading->periods();
    const int row = m_periodPicker->currentIndex();
    if (row < 0 || row >= periods.size())
        return;
    const QString name = ExportFileName::history(periods.at(row).start.toLocalTime().date(),
                                                 m_reading->state().demo);
    SaveFileChooser::ask(this, tr("Export history"), QDir(ExportFileName::folder()).filePath(name),
                         tr("CSV files"), QStringLiteral("*.csv"), [this](const QString &path) {
                             QString error;
                             // The message names the file and why it could not be written.
                             if (!exportPeriodTo(path, &error))
                                 QMessageBox::warning(this, tr("Export history"), error);
                         });
}
