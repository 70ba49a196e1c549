/**
 * Each benchmark module exports `run(): Promise<BenchSection>`; `bench/run.ts` runs them in one
 * process, one after another, and writes every section to docs/benchmarks.md. Compare against a
 * baseline measured in the same run and report ratios: these machines are noisy.
 */
export interface BenchSection {
  /** Heading in docs/benchmarks.md, e.g. "Cleaning and corpus load". */
  title: string;
  /** Markdown body: a table of figures, each with its unit, the baseline, the ratio and the target. */
  markdown: string;
}
