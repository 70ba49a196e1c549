/**
 * Clustering quality against labels (used by bench/briefings.ts): purity (each cluster counted by
 * its majority label), completeness or inverse purity (each label counted by its majority
 * cluster), and pairwise precision, recall and F1 over pairs of items.
 */
export interface ClusterScores {
  purity: number;
  completeness: number;
  pairPrecision: number;
  pairRecall: number;
  pairF1: number;
}

function majorityTotal(groups: Iterable<Iterable<string>>): number {
  let total = 0;
  for (const group of groups) {
    const counts = new Map<string, number>();
    for (const key of group) counts.set(key, (counts.get(key) ?? 0) + 1);
    total += Math.max(0, ...counts.values());
  }
  return total;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Scores clusters (lists of item indices) against one label per item. */
export function scoreClusters(
  clusters: readonly number[][],
  labels: readonly string[],
): ClusterScores {
  const n = labels.length;
  if (n === 0) return { purity: 1, completeness: 1, pairPrecision: 1, pairRecall: 1, pairF1: 1 };
  const clusterOf = new Array<string>(n);
  clusters.forEach((members, c) => {
    for (const i of members) clusterOf[i] = String(c);
  });
  const byLabel = new Map<string, string[]>();
  labels.forEach((label, i) => {
    const list = byLabel.get(label) ?? [];
    list.push(clusterOf[i]!);
    byLabel.set(label, list);
  });
  const purity = majorityTotal(clusters.map((m) => m.map((i) => labels[i]!))) / n;
  const completeness = majorityTotal(byLabel.values()) / n;
  let together = 0;
  let correct = 0;
  for (const members of clusters) {
    together += pairs(members.length);
    const counts = new Map<string, number>();
    for (const i of members) counts.set(labels[i]!, (counts.get(labels[i]!) ?? 0) + 1);
    for (const count of counts.values()) correct += pairs(count);
  }
  let gold = 0;
  for (const list of byLabel.values()) gold += pairs(list.length);
  const pairPrecision = together === 0 ? 1 : correct / together;
  const pairRecall = gold === 0 ? 1 : correct / gold;
  const pairF1 =
    pairPrecision + pairRecall === 0
      ? 0
      : (2 * pairPrecision * pairRecall) / (pairPrecision + pairRecall);
  return { purity, completeness, pairPrecision, pairRecall, pairF1 };
}
