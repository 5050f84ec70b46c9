package org.minga.planning.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A forecast by linear trend (ordinary least squares on the period number) with a 95 % prediction interval
 * from the residuals: ŷ ± t(0.975, n−2) · s · √(1 + 1/n + (x − x̄)² / Sxx). Needs at least three observations.
 * It is an estimate: pages and exports say so and name the method.
 */
final class Forecast {

    static final String METHOD = "Tendencia lineal por mínimos cuadrados con intervalo de predicción del 95 % (estimación)";

    /** Student t quantiles at 0.975 for 1..30 degrees of freedom. */
    private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
            2.056, 2.052, 2.048, 2.045, 2.042};

    record Point(int step, double estimate, double low, double high) {
    }

    private Forecast() {
    }

    static double t975(int df) {
        return df <= 30 ? T975[df - 1] : 1.96;
    }

    /** Forecast of the {@code horizon} next steps after observations y[0..n-1] (taken at x = 0..n-1). */
    static List<Point> linear(double[] y, int horizon) {
        int n = y.length;
        if (n < 3) {
            return List.of();
        }
        double xbar = (n - 1) / 2.0;
        double ybar = 0;
        for (double v : y) {
            ybar += v;
        }
        ybar /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (i - xbar) * (i - xbar);
            sxy += (i - xbar) * (y[i] - ybar);
        }
        double b = sxy / sxx;
        double a = ybar - b * xbar;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (a + b * i);
            sse += r * r;
        }
        double s = Math.sqrt(sse / (n - 2));
        double t = t975(n - 2);
        List<Point> out = new ArrayList<>();
        for (int h = 1; h <= horizon; h++) {
            int x = n - 1 + h;
            double est = a + b * x;
            double half = t * s * Math.sqrt(1 + 1.0 / n + (x - xbar) * (x - xbar) / sxx);
            out.add(new Point(h, est, est - half, est + half));
        }
        return out;
    }
}
