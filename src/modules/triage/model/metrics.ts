/** Classification scores as `npm run eval:triage` prints them. Pure. */

export interface LabelScores {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  perLabel: LabelScores[];
  /** Most frequent (gold → predicted) mistakes. */
  confusions: { gold: string; predicted: string; count: number }[];
}

export function classificationReport(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): ClassificationReport {
  const truePositive = new Map<string, number>();
  const predictedCount = new Map<string, number>();
  const goldCount = new Map<string, number>();
  const confusions = new Map<string, number>();
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
    predictedCount.set(p, (predictedCount.get(p) ?? 0) + 1);
    if (g === p) {
      correct++;
      truePositive.set(g, (truePositive.get(g) ?? 0) + 1);
    } else {
      const key = `${g}\u0000${p}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  });
  const perLabel = labels
    .filter((label) => (goldCount.get(label) ?? 0) > 0 || (predictedCount.get(label) ?? 0) > 0)
    .map((label) => {
      const tp = truePositive.get(label) ?? 0;
      const precision = (predictedCount.get(label) ?? 0) ? tp / predictedCount.get(label)! : 0;
      const recall = (goldCount.get(label) ?? 0) ? tp / goldCount.get(label)! : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { label, precision, recall, f1, support: goldCount.get(label) ?? 0 };
    });
  const scored = perLabel.filter((s) => s.support > 0);
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: scored.length ? scored.reduce((sum, s) => sum + s.f1, 0) / scored.length : 0,
    perLabel,
    confusions: [...confusions.entries()]
      .map(([key, count]) => {
        const [g, p] = key.split('\u0000');
        return { gold: g!, predicted: p!, count };
      })
      .sort((a, b) => b.count - a.count),
  };
}
