// The detail chart: one unit through a whole period, in percent of its allocation (or in amounts
// for a unit without one), filled below, with the projection shaded and dashed to the period's
// end, the allocation line, a line at today, month-start ticks for long periods, and a read-out
// of the reading under the pointer or at the arrow keys. Without readings to draw it says why
// instead of showing empty axes.
#pragma once

#include "core/display/ChartReadout.h"
#include "core/display/UsageLevel.h"
#include "core/history/TrendChartData.h"

#include <QChartView>

#include <memory>
#include <optional>

class ChartReadoutItem;
class DashboardText;
class QAreaSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;

class DetailChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailChartView)

public:
    explicit DetailChartView(QWidget *parent = nullptr);
    ~DetailChartView() override;

    // The least height that leaves the plot readable, in the widget's font.
    static int minimumHeightFor(const QFontMetrics &metrics);

    // data comes ready to draw from the core; the line takes the unit's level colour.
    void setData(const TrendChartData &data, UsageLevel level);
    // What the chart says over an empty plot ("Reading the recorded history…"); empty for none.
    void setMessage(const QString &message);
    const TrendChartData &data() const { return m_data; }
    QString message() const;
    // The plot's width in pixels.
    int plotWidth() const;
    // How many points the data is thinned to: one every other pixel. The line is two pixels wide
    // and each of its segments is stroked on its own, so more would look the same and cost twice
    // as much to draw at every refresh.
    int pointsWanted() const;

    // The read-out on show, if any; tests and the keyboard move it.
    const std::optional<ChartReadout> &readout() const { return m_readout; }
    void showReadoutAt(double x);
    void hideReadout();
    // The tick labels on the time and the value axis.
    QStringList timeLabels() const;
    QStringList valueLabels() const;
    QStringList legendEntries() const { return m_legendEntries; }

signals:
    // The width changed enough that the data should be thinned again.
    void plotWidthChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rebuild();
    void rebuildAxes();
    void placeOverlays();
    void showReadout(const std::optional<ChartReadout> &readout);

    std::unique_ptr<DashboardText> m_text;
    QLineSeries *m_consumed;
    QAreaSeries *m_consumedArea;
    QLineSeries *m_projected;
    QAreaSeries *m_projectedArea;
    // The areas' top edges, drawn on their own: an area's pen would also run down its sides and
    // along zero.
    QLineSeries *m_consumedEdge;
    QLineSeries *m_projectedEdge;
    QLineSeries *m_allocation;
    QLineSeries *m_today;
    QScatterSeries *m_single; // one reading: a dot, not an area down to zero
    QCategoryAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
    QGraphicsSimpleTextItem *m_todayLabel;
    ChartReadoutItem *m_readoutItem;
    QLabel *m_message;
    QLabel *m_legend;
    QStringList m_legendEntries;
    TrendChartData m_data;
    UsageLevel m_level = UsageLevel::NoAllocation;
    std::optional<ChartReadout> m_readout;
    // What the axes' ticks and labels were made from; they are made again only when it changes.
    struct AxisInputs {
        qint64 first = 0;
        qint64 last = 0;
        int plotWidth = 0;
        int plotHeight = 0;
        int charWidth = 0;
        int lineHeight = 0;
        double maximum = 0.0;
        double step = 0.0;
        int ticks = 0;
        bool inPercent = false;
        QString locale;
        bool operator==(const AxisInputs &other) const {
            return first == other.first && last == other.last && plotWidth == other.plotWidth &&
                   plotHeight == other.plotHeight && charWidth == other.charWidth &&
                   lineHeight == other.lineHeight && maximum == other.maximum &&
                   step == other.step && ticks == other.ticks && inPercent == other.inPercent &&
                   locale == other.locale;
        }
    };
    AxisInputs m_axisInputs;
    qint64 m_chartPaletteKey = 0;
    int m_lastWidth = 0;
    int m_lastHeight = 0;
};
