/** Drafts shared with the first set: the seed's district plan d01, read in the second set as an unrelated plan. */
import type { Section } from "../coverage-set/build";
import { DRAFTS } from "../coverage-set/drafts";

/** The sections of d01-party-plan-in-order (a Party plan implementing the seed's socio-economic conclusion). */
export const SEED_PLAN_SECTIONS: Section[] = DRAFTS.find((d) => d.name === "d01-party-plan-in-order")!.sections;
