/** The years a plan figure can be stated for or asked about. */
export const YEARS = { min: 2000, max: 2100 } as const;
