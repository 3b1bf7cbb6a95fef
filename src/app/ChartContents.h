// Empties a chart for rebuilding: removeAllSeries() leaves the axes behind, and a chart rebuilt
// on every model change would pile up axes, each drawing its own labels over the others.
#pragma once

class QChart;

class ChartContents final {
public:
    static void clear(QChart *chart);
};
