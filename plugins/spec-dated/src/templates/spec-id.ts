/** `SPEC-2025-01-31-002`: a calendar date and a zero-padded three-digit number. */
export const specIdPattern = '^SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}$';
export const specIdFormat = 'SPEC-YYYY-MM-DD-NNN';
