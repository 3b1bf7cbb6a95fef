#include "app/ChartContents.h"

#include <QAbstractAxis>
#include <QChart>

void ChartContents::clear(QChart *chart) {
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}
