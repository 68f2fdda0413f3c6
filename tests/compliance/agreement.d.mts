export type Label = {
  file: string;
  acceptable: boolean;
  expect: Record<string, string>;
  why?: Record<string, string | undefined>;
};
export type Disagreement = { file: string; check: string; label: string; got: string };
export function compare(
  labels: Label[],
  statuses: Record<string, Record<string, string>>,
): {
  perCheck: Record<string, { agree: number; total: number }>;
  disagreements: Disagreement[];
  hardRule: { file: string; reason: string }[];
};
