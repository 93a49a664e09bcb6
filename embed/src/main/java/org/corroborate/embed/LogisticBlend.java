package org.corroborate.embed;

/**
 * A two-feature logistic model, P(same) = sigmoid(b + w1 * engine + w2 * cosine), where engine is
 * 1 when the engine put the pair in one cluster; fitted by Newton's method on the log loss with a
 * small L2 penalty on the two weights (so a separable feature cannot send them to infinity).
 * Deterministic. Because the engine feature is 0 or 1, the blend amounts to one cosine threshold
 * for pairs the engine merged and another for pairs it did not ({@link #cosineThreshold}).
 */
public record LogisticBlend(double bias, double engineWeight, double cosineWeight) {
  /** The L2 penalty on the two feature weights. */
  public static final double L2 = 1e-3;
  private static final int ITERATIONS = 50;

  public static LogisticBlend fit(boolean[] engine, double[] cosine, boolean[] gold) {
    double[] w = new double[3];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] grad = new double[3];
      double[][] hess = new double[3][3];
      for (int i = 0; i < gold.length; i++) {
        double[] x = {1, engine[i] ? 1 : 0, cosine[i]};
        double p = sigmoid(w[0] * x[0] + w[1] * x[1] + w[2] * x[2]);
        double err = p - (gold[i] ? 1 : 0);
        for (int j = 0; j < 3; j++) {
          grad[j] += err * x[j];
          for (int k = 0; k < 3; k++) {
            hess[j][k] += p * (1 - p) * x[j] * x[k];
          }
        }
      }
      for (int j = 1; j < 3; j++) {
        grad[j] += L2 * w[j];
        hess[j][j] += L2;
      }
      hess[0][0] += 1e-9;
      double[] step = solve(hess, grad);
      for (int j = 0; j < 3; j++) {
        w[j] -= step[j];
      }
    }
    return new LogisticBlend(w[0], w[1], w[2]);
  }

  public double probability(boolean engine, double cosine) {
    return sigmoid(bias + engineWeight * (engine ? 1 : 0) + cosineWeight * cosine);
  }

  /** "Same" when the probability is at least one half. */
  public boolean[] decide(boolean[] engine, double[] cosine) {
    boolean[] said = new boolean[engine.length];
    for (int i = 0; i < said.length; i++) {
      said[i] = probability(engine[i], cosine[i]) >= 0.5;
    }
    return said;
  }

  /** The cosine at which the blend turns to "same", for pairs the engine merged or not. */
  public double cosineThreshold(boolean engine) {
    return -(bias + engineWeight * (engine ? 1 : 0)) / cosineWeight;
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Gaussian elimination with partial pivoting on a 3x3 system. */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int c = i + 1; c < n; c++) {
        s -= m[i][c] * x[c];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }
}
