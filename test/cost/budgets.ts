// Per-event budgets `npm run cost` enforces (issue 7): a path over its budget fails the run.
import { totalCalls, type PerEvent } from "./prices.ts";

export interface Budget {
  path: string;
  regime: "busy" | "sparse";
  /** Returns what is over budget (empty when within it). */
  check(e: PerEvent, usd: number): string[];
}

const over = (what: string, value: number, max: number): string[] =>
  value > max + 1e-9 ? [`${what} ${value.toFixed(3)} > ${max}`] : [];

export const BUDGETS: Budget[] = [];
