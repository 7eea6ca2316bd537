package org.newsgraph.extract.learn;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, algorithm 7.4 and 7.5) with a
 * backtracking line search: minimises a smooth convex function such as a penalised log-likelihood.
 * Single-threaded and free of randomness, so a training run is repeatable.
 */
final class Lbfgs {
  private Lbfgs() {}

  /** A function to minimise: returns its value at {@code x} and writes its gradient into {@code grad}. */
  interface Objective {
    double value(double[] x, double[] grad);
  }

  private static final int MEMORY = 10;
  private static final int MAX_ITERATIONS = 500;
  /** Stop when an iteration lowers the value by less than this fraction of it. */
  private static final double TOLERANCE = 1e-7;

  static double[] minimise(int n, Objective f) {
    double[] x = new double[n];
    double[] g = new double[n];
    double fx = f.value(x, g);
    double[][] s = new double[MEMORY][];
    double[][] y = new double[MEMORY][];
    double[] rho = new double[MEMORY];
    double[] alpha = new double[MEMORY];
    int stored = 0;
    int next = 0;
    double[] xNew = new double[n];
    double[] gNew = new double[n];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      // the direction: -H g by the two-loop recursion over the stored pairs, newest first
      double[] d = new double[n];
      for (int j = 0; j < n; j++) d[j] = -g[j];
      for (int k = 0; k < stored; k++) {
        int i = Math.floorMod(next - 1 - k, MEMORY);
        alpha[i] = rho[i] * dot(s[i], d);
        axpy(-alpha[i], y[i], d);
      }
      if (stored > 0) {
        int i = Math.floorMod(next - 1, MEMORY);
        double gamma = dot(s[i], y[i]) / dot(y[i], y[i]);
        for (int j = 0; j < n; j++) d[j] *= gamma;
      }
      for (int k = stored - 1; k >= 0; k--) {
        int i = Math.floorMod(next - 1 - k, MEMORY);
        double beta = rho[i] * dot(y[i], d);
        axpy(alpha[i] - beta, s[i], d);
      }
      double slope = dot(g, d);
      if (slope >= 0) {  // not a descent direction (rounding): restart from the gradient
        for (int j = 0; j < n; j++) d[j] = -g[j];
        slope = dot(g, d);
        stored = 0;
      }
      if (slope == 0) break;
      double step = stored == 0 ? 1.0 / Math.max(1.0, Math.sqrt(-slope)) : 1.0;
      double fNew = Double.NaN;
      for (int tries = 0; tries < 40; tries++) {
        for (int j = 0; j < n; j++) xNew[j] = x[j] + step * d[j];
        fNew = f.value(xNew, gNew);
        if (fNew <= fx + 1e-4 * step * slope) break;  // Armijo: enough decrease
        step *= 0.5;
      }
      if (!(fNew < fx)) break;
      double[] sk = new double[n];
      double[] yk = new double[n];
      for (int j = 0; j < n; j++) {
        sk[j] = xNew[j] - x[j];
        yk[j] = gNew[j] - g[j];
      }
      double sy = dot(sk, yk);
      if (sy > 1e-12) {
        s[next] = sk;
        y[next] = yk;
        rho[next] = 1.0 / sy;
        next = (next + 1) % MEMORY;
        stored = Math.min(stored + 1, MEMORY);
      }
      double decrease = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, n);
      System.arraycopy(gNew, 0, g, 0, n);
      fx = fNew;
      if (decrease < TOLERANCE * Math.max(1.0, Math.abs(fx))) break;
    }
    return x;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] += a * x[i];
  }
}
