package io.rollsense.ui;

import org.jfree.data.xy.AbstractXYDataset;

/**
 * An XY dataset over reusable arrays (one pair per series) that the Swing timer refills with
 * decimated points and then announces with a single change event. Swing thread only.
 */
final class ColumnDataset extends AbstractXYDataset {
    private final String[] keys;
    private final double[][] xs;
    private final double[][] ys;
    private final int[] counts;

    ColumnDataset(String[] keys, int capacity) {
        this.keys = keys.clone();
        this.xs = new double[keys.length][capacity];
        this.ys = new double[keys.length][capacity];
        this.counts = new int[keys.length];
    }

    double[] xs(int series) {
        return xs[series];
    }

    double[] ys(int series) {
        return ys[series];
    }

    void setCount(int series, int count) {
        counts[series] = count;
    }

    /** Announces new contents to the chart (one repaint for all series). */
    void changed() {
        fireDatasetChanged();
    }

    @Override
    public int getSeriesCount() {
        return keys.length;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
        return keys[series];
    }

    @Override
    public int getItemCount(int series) {
        return counts[series];
    }

    @Override
    public Number getX(int series, int item) {
        return xs[series][item];
    }

    @Override
    public double getXValue(int series, int item) {
        return xs[series][item];
    }

    @Override
    public Number getY(int series, int item) {
        return ys[series][item];
    }

    @Override
    public double getYValue(int series, int item) {
        return ys[series][item];
    }
}
