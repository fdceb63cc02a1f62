/**
 * The coverage matcher the pane uses: src/directives' `computeCoverage(model, source, { notApplicable })`, the same
 * function the CLI's JSON output is built from. Injected into the session (and replaceable in component tests).
 */
import { computeCoverage } from "../directives/coverage";
import type { CoverageProvider } from "./session";

export const coverageProvider: CoverageProvider | undefined = (model, source, options) =>
  computeCoverage(model, source, { notApplicable: options.notApplicable });
