import { findIds, type IdFamilySchema, type IdOccurrence, type SpecDocument } from '@specloom/core';

/*
 * The ID families of the dated templates, as data: core finds them (`findIds`) and its ID rules check them. Each
 * `find` is looser than its `pattern`, so a malformed ID (`REQ-1`, `FR-2`) is found and can be reported.
 */

/** `REQ-001`: why/what/how requirements. */
export const requirementFamily: IdFamilySchema = { name: 'req', pattern: 'REQ-\\d{3}', find: 'REQ-\\d+', scope: 'document', sequential: true, requirement: true };
/** `AC-1`: acceptance criteria. */
export const criterionFamily: IdFamilySchema = { name: 'ac', pattern: 'AC-\\d+', scope: 'document', sequential: true, requirement: true };
/** `TEST-001`: test cases. */
export const testCaseFamily: IdFamilySchema = { name: 'test', pattern: 'TEST-\\d{3}', find: 'TEST-\\d+', scope: 'document', sequential: true, requirement: true };
/** `FR1`: a feature spec's functional requirements. */
export const functionalFamily: IdFamilySchema = { name: 'fr', pattern: 'FR\\d+', find: 'FR-?\\d+', scope: 'document', sequential: true, requirement: true };
/** `NFR1`: its non-functional requirements. */
export const nonFunctionalFamily: IdFamilySchema = { name: 'nfr', pattern: 'NFR\\d+', find: 'NFR-?\\d+', scope: 'document', sequential: true, requirement: true };

/** Every family either dated template writes: the plugin's own rules read requirements of both kinds. */
const specDatedFamilies: readonly IdFamilySchema[] = [requirementFamily, criterionFamily, testCaseFamily, nonFunctionalFamily, functionalFamily];

/**
 * The requirement, criterion and test IDs of a dated spec, whichever template it is: a feature spec that numbers
 * its requirements `REQ-001` is read as written (`document.ids` holds only its template's own families).
 */
export function specDatedIds(document: SpecDocument): IdOccurrence[] {
  return findIds(document, specDatedFamilies);
}
