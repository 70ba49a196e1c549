import { describe, expect, it } from "vitest";
import { effectiveLlmBudget } from "../../src/settings/types.js";

describe("effectiveLlmBudget", () => {
  it("is the operator's cap when the server set none, and never above it", () => {
    expect(effectiveLlmBudget({ llmBudget: null }, 30)).toBe(30);
    expect(effectiveLlmBudget({ llmBudget: 5 }, 30)).toBe(5);
    expect(effectiveLlmBudget({ llmBudget: 50 }, 30)).toBe(30);
    expect(effectiveLlmBudget({ llmBudget: 0 }, 30)).toBe(0);
  });
});
