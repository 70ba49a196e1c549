import { describe } from "vitest";
import { createInProcessJobs } from "../../src/jobs/in-process.js";
import { silentLogger } from "../../src/logger.js";
import { runJobsContract } from "./contract.js";

describe("createInProcessJobs", () => {
  runJobsContract("in-process", async () => createInProcessJobs({ logger: silentLogger }));
});
