import { describe, expect, it } from "vitest";
import { isUserError } from "../../src/errors.js";
import { checkSeedFolder } from "../../src/index/open-index.js";

describe("checkSeedFolder", () => {
  const postgres = {
    DATABASE_URL: "postgres://newsdesk@db.example/newsdesk",
    DATA_DIR: "/var/lib/newsdesk",
    SEEDS_DIR: "/srv/seeds",
  };

  it("refuses another folder than SEEDS_DIR when the index is a shared PostgreSQL database", () => {
    let thrown: unknown;
    try {
      checkSeedFolder(postgres, "/tmp/other");
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toContain("/srv/seeds");
    expect((thrown as Error).message).toContain("DATABASE_URL=sqlite://");
  });

  it("accepts the configured folder however it is written, and any folder with SQLite", () => {
    expect(() => checkSeedFolder(postgres, "/srv/seeds/")).not.toThrow();
    expect(() =>
      checkSeedFolder({ ...postgres, DATABASE_URL: undefined }, "/tmp/other"),
    ).not.toThrow();
    expect(() =>
      checkSeedFolder({ ...postgres, DATABASE_URL: "sqlite:///tmp/x.sqlite" }, "/tmp/other"),
    ).not.toThrow();
  });
});
