import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPublishedDate, utcDay } from "../../src/extract/dates.js";

describe("toPublishedDate", () => {
  it.each([
    ["2024-03-05T23:30:00-05:00", "2024-03-05"],
    ["2017-11-03 03:01:00.000000", "2017-11-03"],
    ["2019-01-03T07:00:02.000Z", "2019-01-03"],
    ["2020-02-03", "2020-02-03"],
    ["Tue, 19 Nov 2019 11:00:00 GMT", "2019-11-19"],
    ["2023-02-30T00:00:00Z", null],
    ["1494950400", null],
    ["yesterday", null],
    ["", null],
    [null, null],
  ])("reads %j as %j", (input, expected) => {
    expect(toPublishedDate(input)).toBe(expected);
  });

  it("keeps the day of any ISO timestamp as written", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          expect(toPublishedDate(iso)).toBe(iso.slice(0, 10));
        },
      ),
    );
  });
});

describe("utcDay", () => {
  it("gives the UTC calendar day", () => {
    expect(utcDay(Date.UTC(2024, 0, 31, 23, 59))).toBe("2024-01-31");
  });
});
